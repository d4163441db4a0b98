"""Benchmark (issue 19, s16): `lexicon.opening_noun` on raw English of 1, 5 and 10 MB.

Extraction asks, for each organisation-labelled name answer of raw English, whether the word
is an everyday noun capital only because it opens its sentences, by finding every place the
whole text writes it. Asked once per such answer, that is a scan of the whole text per
answer: the answers grow with the text, so the cost grows with its square. spaCy reads raw
English far too slowly to extract 10 MB here, so this times the check alone: the raw test
documents repeated to each size, asked for every capitalised everyday word they write (the
words that pass the check's first filter), in the same process, beside one bare pass of a
word regex over the same text (the comparison).

    python bench/s16_whole_text_scans.py [--sizes 1 5 10] [--words 40]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def raw_corpus(mb: float) -> str:
    """The raw English test documents (not the preprocessed ones), repeated to `mb` MB."""
    texts = [p.read_text("utf-8").strip() for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
             if any(c.isupper() for c in p.read_text("utf-8")[:2000])]
    one = "\n\n".join(texts)
    return "\n\n".join([one] * max(1, round(mb * 1_000_000 / len(one))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 10])
    parser.add_argument("--words", type=int, default=40, help="answers asked at each size")
    args = parser.parse_args()
    from edu.extract import lexicon as lx
    from edu.text.wordmap import load_wordmap

    common = load_wordmap().common_words()
    for mb in args.sizes:
        text = raw_corpus(mb)
        seen = dict.fromkeys(re.findall(r"\b[A-Z][a-z]+\b", text))
        asked = [w for w in seen if common.get(w.lower(), 0.0) >= lx.OPENING_NOUN_ZIPF]
        asked = asked[: args.words]
        start = time.process_time()
        re.findall(r"\w+", text)
        bare = time.process_time() - start
        start = time.process_time()
        said = [lx.opening_noun(w, text) for w in asked]
        took = time.process_time() - start
        per = took / max(1, len(asked))
        print(f"{len(text) / 1e6:5.1f} MB: opening_noun x{len(asked)} {took:6.3f} s CPU "
              f"({per * 1000:7.2f} ms a word, {sum(said)} openings); one word-regex pass "
              f"{bare:5.3f} s (the comparison): a word costs {per / bare:5.2f} passes")


if __name__ == "__main__":
    main()
