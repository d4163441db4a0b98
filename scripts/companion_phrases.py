"""Propose two-stem phrases for the seed's companion from its reference reading.

A phrase is proposed when the reference (bench/seed_reference.tsv) writes a pair of adjacent
stems the same way every time, at least twice, and the current restoration (with the
companion as it is) gets the pair wrong at least twice: "peac purpos" -> peaceful purposes.
Possessives count apart ("China's space" and "China space" make no phrase). A word keeps
the capitals restoration gives it (a glossary name) and is lower-case otherwise.

The output is YAML lines for the `words` of seeds/china-space-2021.yaml: read them before
pasting them in. The companion maps stems to words, never offsets; the figure it buys on
the seed is in-sample (docs/RESTORE.md).

Usage: python scripts/companion_phrases.py [--min 2]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # bench.* beside edu

from bench.restore_eval import load_reference, token_right  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

SEED = ROOT / "seeds" / "china-space-2021.txt"


def shown(restored: str, original: str) -> str:
    """The original word, capitalised only where restoration shows a name."""
    if restored[:1].isupper() or original.isupper():
        return original
    return original.lower()


def propose(minimum: int) -> list[str]:
    reference = load_reference()
    words = read_document(SEED).words
    seen: dict[tuple[str, str], list[tuple[str, str, bool]]] = defaultdict(list)
    for i in range(len(reference) - 1):
        (a, x), (b, y) = reference[i], reference[i + 1]
        if a.isalpha() and b.isalpha():
            right = token_right(words[i], x) and token_right(words[i + 1], y)
            seen[(a, b)].append((shown(words[i], x), shown(words[i + 1], y), right))
    lines = []
    for (a, b), uses in sorted(seen.items()):
        same = len({(x.lower(), y.lower()) for x, y, _ in uses}) == 1
        wrong = sum(not right for _, _, right in uses)
        if same and len(uses) >= minimum and wrong >= minimum:
            lines.append(f'    "{a} {b}": {uses[0][0]} {uses[0][1]}')
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=2, help="uses (and wrong uses) needed")
    print("\n".join(propose(parser.parse_args().min)))


if __name__ == "__main__":
    main()
