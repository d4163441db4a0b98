"""Rebuild `edu/data/wordmap.tsv.gz`, the inverse stem -> English words map used by restore.

wordfreq is a build-time dependency only (`pip install -e .[build]`); the runtime reads the
shipped gzipped TSV. Each line is `stem<TAB>word:zipf100<TAB>word:zipf100...`, candidates
sorted by descending frequency, where zipf100 is wordfreq's Zipf frequency times 100 (an
integer: log10 of occurrences per billion words, so 700 is a very common word).

Usage: python scripts/build_wordmap.py [--size 100000] [--output edu/data/wordmap.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import defaultdict
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from edu.preprocess import stem, stop_words

_PLAIN = re.compile(r"^[a-z0-9]+$")
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "edu" / "data" / "wordmap.tsv.gz"


def build(size: int) -> dict[str, list[tuple[str, int]]]:
    """Group the `size` most frequent English words by their Porter stem."""
    stops = stop_words()
    groups: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for word in top_n_list("en", size):
        if not _PLAIN.match(word) or word in stops or word.isdigit():
            continue
        zipf = round(zipf_frequency(word, "en") * 100)
        groups[stem(word)].append((word, zipf))
    for cands in groups.values():
        cands.sort(key=lambda wz: (-wz[1], wz[0]))
    return groups


def dump(groups: dict[str, list[tuple[str, int]]]) -> bytes:
    lines = []
    for s in sorted(groups):
        cands = "\t".join(f"{w}:{z}" for w, z in groups[s])
        lines.append(f"{s}\t{cands}\n")
    # mtime=0 keeps the file byte-identical across rebuilds.
    return gzip.compress("".join(lines).encode("utf-8"), compresslevel=9, mtime=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="how many top words to use")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    groups = build(args.size)
    data = dump(groups)
    args.output.write_bytes(data)
    print(f"{len(groups)} stems, {sum(map(len, groups.values()))} words, "
          f"{len(data) / 1e6:.2f} MB -> {args.output}")


if __name__ == "__main__":
    main()
