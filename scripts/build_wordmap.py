"""Rebuild the restoration data: `edu/data/wordmap.tsv.gz` and `edu/data/bigrams.tsv.gz`.

Build-time dependencies only (`pip install -e .[build]`): wordfreq and symspellpy; the runtime
reads the shipped gzipped TSVs.

wordmap: `stem<TAB>word:zipf100<TAB>word:zipf100...`, candidates sorted by descending
frequency, zipf100 = wordfreq's Zipf frequency times 100 (log10 of uses per billion words).

bigrams: `stem1<TAB>stem2<TAB>word1 word2 log10count*100[,word1 word2 ...]` for pairs of adjacent
content words from symspellpy's English bigram list (derived from the Google Books Ngram
corpus, CC BY 3.0), kept when both words are in the word map and one of their stems has more
than one candidate word (only then can the pair change a choice).

Usage: python scripts/build_wordmap.py [--size 100000] [--output-dir edu/data]
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
from collections import defaultdict
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from edu.text.preprocess import stem, stop_words

_PLAIN = re.compile(r"^[a-z0-9]+$")
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "edu" / "data"
BIGRAM_FILE = "frequency_bigramdictionary_en_243_342.txt"


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
    return _gzip(lines)


def _gzip(lines: list[str]) -> bytes:
    # mtime=0 keeps the file byte-identical across rebuilds.
    return gzip.compress("".join(lines).encode("utf-8"), compresslevel=9, mtime=0)


def build_bigrams(groups: dict[str, list[tuple[str, int]]]) -> bytes:
    """Content-word bigrams that can tell apart the candidate words of a stem."""
    from importlib import resources

    stops = stop_words()
    stem_of = {w: s for s, cands in groups.items() for w, _ in cands}
    text = resources.files("symspellpy").joinpath(BIGRAM_FILE).read_text("utf-8")
    by_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in text.splitlines():
        a, b, count = line.split()
        if a in stops or b in stops or a not in stem_of or b not in stem_of:
            continue
        sa, sb = stem_of[a], stem_of[b]
        if len(groups[sa]) < 2 and len(groups[sb]) < 2:
            continue
        by_pair[(sa, sb)].append(f"{a} {b} {round(math.log10(int(count)) * 100)}")
    lines = [f"{sa}\t{sb}\t{','.join(sorted(v))}\n" for (sa, sb), v in sorted(by_pair.items())]
    return _gzip(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="how many top words to use")
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    groups = build(args.size)
    data = dump(groups)
    out = args.output_dir / "wordmap.tsv.gz"
    out.write_bytes(data)
    print(f"{len(groups)} stems, {sum(map(len, groups.values()))} words, "
          f"{len(data) / 1e6:.2f} MB -> {out}")
    bigrams = build_bigrams(groups)
    out = args.output_dir / "bigrams.tsv.gz"
    out.write_bytes(bigrams)
    print(f"bigrams: {len(bigrams) / 1e6:.2f} MB -> {out}")


if __name__ == "__main__":
    main()
