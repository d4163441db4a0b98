"""The form of raw English top-20 drafts: prompt length, long fill-ins and repeats.

Issue 15, fifteenth round: teachers keep few raw drafts as written because they copy a long
sentence around the blank, or ask one fact twice on one page. For each document this prints
the mean and 90th-percentile prompt length (words) of the top 20, the fill-ins longer than
LONG words, and the pairs of top-20 drafts that repeat a fact (the same answer from the same
sentence, or the same answer span). `--dump FILE` writes every top-20 prompt (for a diff of
two commits' wording).

Usage: EDU_CACHE_DIR=off python bench/prompt_form.py [--dump FILE] [files...]
(default: every tests/data/blind/*.txt and the tuning 15f texts)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from edu.extract import extract_candidates  # noqa: E402
from edu.extract.wording import BLANK  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PAGE = 20
LONG = 25  # a fill-in longer than this many words copies more than its clause


def repeats(facts: list) -> int:
    """Pairs of drafts that ask one fact twice: the same answer from the same sentence, or
    the same answer span."""
    n = 0
    for k, a in enumerate(facts):
        for b in facts[:k]:
            same_answer = a.answer.lower() == b.answer.lower()
            if same_answer and (a.source == b.source or a.evidence == b.evidence):
                n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--dump")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted((DATA / "blind").glob("*.txt")) \
        + sorted((DATA / "tuning").glob("f15_*.txt"))
    lengths: list[int] = []
    long_total = dup_total = 0
    lines = []
    for path in files:
        facts = extract_candidates(read_document(path))[:PAGE]
        words = [len(f.prompt.split()) for f in facts]
        long_ = sum(1 for f, w in zip(facts, words, strict=True) if BLANK in f.prompt and w > LONG)
        dups = repeats(facts)
        lengths += words
        long_total += long_
        dup_total += dups
        print(f"{path.name:34} mean {sum(words) / max(1, len(words)):5.1f}  "
              f"long {long_:2}  repeats {dups}")
        lines += [f"{path.name}\t{f.id}\t{f.answer}\t{f.prompt}" for f in facts]
    lengths.sort()
    p90 = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    print(f"ALL {len(files)} files, {len(lengths)} drafts: mean {sum(lengths) / len(lengths):.1f}"
          f" words, p90 {p90}, fill-ins > {LONG} words {long_total}, repeats {dup_total}")
    if args.dump:
        Path(args.dump).write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
