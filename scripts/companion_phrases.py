"""Propose entries for the seed's companion from its reference reading.

For every token that restoration (with the companion as it is) gets wrong -- by the accuracy
count, or by how the paper writes it: an owner's "'s", a hyphen, an apostrophe, a
designator's capitals -- the most general entry that the reference (bench/seed_reference.tsv)
supports everywhere it would match:

1. `stem: word` -- the reference writes the stem one way throughout the paper (never for a
   stem that follows an owner somewhere, which a one-stem glossary word would rob of its
   "'s", nor for a stem the glossary already names);
2. a stem with one context stem in parentheses, before or after it ("(china) launch":
   launched, "launch (mission)": launch) -- every place where the pair occurs reads the same;
   of the two, the one that matches more places;
3. the same with two context stems ("(continu) improv (capac)"), and then three.

An entry is proposed only when every token it would write is read the same way by the
reference, so it cannot make another occurrence wrong. Entries are listed most general
first, each with the number of tokens it matches and a line of the reference around its
first use to read it against (`--why`). The output is YAML lines for `glossary: words:` of
seeds/china-space-2021.yaml: read each one against its sections before pasting it in. The
companion maps stems to words, never offsets; the figure it buys on the seed is in-sample
(docs/RESTORE.md).

`--pairs` gives the older proposal instead: two-stem phrases that write both tokens, when the
reference writes the pair the same way at least `--min` times and restoration gets it wrong
that often (possessives count apart: "China's space" and "China space" make no phrase).

Usage: python scripts/companion_phrases.py [--why] [--pairs [--min 2]]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # bench.* beside edu

from bench.restore_eval import load_reference, token_right  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

SEED = ROOT / "seeds" / "china-space-2021.txt"
# (stems before, stems after) tried around a wrong token, most general first: the stem alone,
# then one stem of context, two, three; of windows of one size the one that matches most
_WINDOWS = (((0, 0),), ((1, 0), (0, 1)), ((2, 0), (1, 1), (0, 2)),
            ((3, 0), (2, 1), (1, 2), (0, 3)))
_SHOWN_AROUND = 6  # reference words shown on each side of an entry's first use


def shown(restored: str, original: str) -> str:
    """The original word, capitalised only where restoration shows a name or the word is a
    name by its letters ("Chang'e", "04A", "X-ray")."""
    if (restored[:1].isupper() or original.isupper() or any(c.isdigit() for c in original)
            or (original[:1].isupper() and "'" in original.rstrip("s").rstrip("'"))):
        return original
    return original.lower()


def reads_as_written(restored: str, original: str) -> bool:
    """Whether restoration shows the reference word as the paper writes it, beyond what the
    accuracy count looks at: an owner's "'s" ("China's space industry"), a hyphen
    ("in-depth"), an apostrophe ("Chang'e") and a designator's capitals ("04A", "4K").
    Capitals of ordinary words are left alone, and so are glossary pieces that carry a stop
    word ("Republic of") or glue to the next token ("Shenzhou-")."""
    if " " in restored or restored.endswith("-"):
        return True
    restored = restored.strip("(),:;")  # a name's own punctuation ("2016-2025:", "(China)")
    if original.replace("\u2013", "-") == restored.replace("\u2013", "-"):
        return True
    if ("'" in original) != ("'" in restored) or ("-" in original) != ("-" in restored):
        return False
    return not (any(c.isdigit() for c in original) and original != restored)


def propose(minimum: int) -> list[str]:
    """Two-stem phrases that write both tokens (the first round's proposal)."""
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


def _key(stems: list[str], i: int, before: int, after: int) -> str:
    """`"(p2) (p1) s (n1)"` for the token at i with its context stems in parentheses."""
    left = [f"({s})" for s in stems[i - before : i]]
    right = [f"({s})" for s in stems[i + 1 : i + 1 + after]]
    return " ".join([*left, stems[i], *right])


def _written(restored: str, uses: list[str]) -> str:
    """The reference word as the companion writes it: lower-case like the words around it,
    unless restoration shows a name there ("Afghanistan's" -> Afghanistan) or the reference
    writes it in capitals; a title word alone in capitals ("international academy
    Astronautics") would read worse than none."""
    return shown(restored, uses[0]) if len(set(uses)) == 1 else uses[0].lower()


def propose_in_context() -> list[tuple[str, str, int, int]]:
    """(key, word, tokens matched, first index) for the wrong tokens, most general first."""
    reference = load_reference()
    stems = [s for s, _ in reference]
    originals = [w for _, w in reference]
    reading = read_document(SEED)
    words, glossary = reading.words, reading.glossary
    n = len(stems)
    wrong = [i for i in range(n) if not token_right(words[i], originals[i])
             or not reads_as_written(words[i], originals[i])]
    # every (window, key) -> the reference words of the token it would write
    done: set[int] = set()
    found: dict[str, tuple[str, int, int]] = {}
    for i in wrong:
        if i in done:
            continue
        # a possessive written where the reference has none ("Afghanistan's") needs a
        # context: a one-stem entry would still take the "'s" (docs/GLOSSARY.md)
        possessive = words[i].endswith("'s") and not originals[i].endswith("'s")
        # nor may a one-stem entry cover a stem that follows an owner anywhere: a glossary
        # word is a name to the possessive rule, and "China's space" would lose its "'s"
        owned = any(k and originals[k - 1].endswith("'s")
                    for k in range(n) if stems[k] == stems[i])
        # and a stem the glossary already gives a word of its own (a name: "Europe") keeps it
        # unless a context says otherwise
        named = (hit := glossary.match(stems, i)) is not None and hit[0] == 1
        for size in _WINDOWS[1:] if possessive or owned or named else _WINDOWS:
            best: tuple[int, int, list[int]] | None = None
            for before, after in size:
                if i - before < 0 or i + after >= n:
                    continue
                pattern = stems[i - before : i + after + 1]
                hits = [k for k in range(before, n - after) if stems[k] == stems[i]
                        and stems[k - before : k + after + 1] == pattern]
                same = len({originals[k].lower() for k in hits}) == 1
                if same and (best is None or len(hits) > len(best[2])):
                    best = (before, after, hits)
            if best is not None:
                before, after, hits = best
                key = _key(stems, i, before, after)
                found[key] = (_written(words[i], [originals[k] for k in hits]), len(hits), i)
                done.update(hits)
                break
    return sorted(((k, w, c, i) for k, (w, c, i) in found.items()),
                  key=lambda e: (e[0].count("("), -e[2], e[0]))


def _yaml_key(key: str) -> str:
    return f'"{key}"' if ("(" in key or " " in key or not key.isalpha()) else key


def _yaml_value(word: str) -> str:
    """The word as YAML text: quoted where plain YAML would read something else ("no")."""
    plain = yaml.safe_load(f"k: {word}") if word[:1].isalnum() else None
    return word if isinstance(plain, dict) and plain.get("k") == word else json.dumps(word)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", action="store_true", help="two-stem phrases (round 1)")
    parser.add_argument("--min", type=int, default=2, help="uses (and wrong uses) needed")
    parser.add_argument("--why", action="store_true", help="show the reference around each")
    args = parser.parse_args()
    if args.pairs:
        print("\n".join(propose(args.min)))
        return
    originals = [w for _, w in load_reference()]
    for key, word, count, first in propose_in_context():
        line = f"    {_yaml_key(key)}: {_yaml_value(word)}"
        if args.why:
            around = originals[max(0, first - _SHOWN_AROUND) : first + _SHOWN_AROUND + 1]
            line = f"{line:<48} # {count}x: {' '.join(around)}"
        print(line)


if __name__ == "__main__":
    main()
