"""Every first-page draft of the blind documents, raw and preprocessed, with the word it
leans on (`bench/unnamed_subjects.unnamed`), written as one tab-separated line a draft: the
before and after of a naming change are compared line by line (issue 15, round 19t).

Usage: EDU_CACHE_DIR=off python bench/first_page_dump.py OUT.tsv [--top 20] [files...]
       (default: every tests/data/blind/*.txt)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from bench.unnamed_subjects import unnamed  # noqa: E402
from edu.extract import extract_candidates  # noqa: E402
from edu.text.preprocess import preprocess  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted((DATA / "blind").glob("*.txt"))
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            pre = Path(tmp) / path.name
            pre.write_text(preprocess(path.read_text("utf-8")) + "\n", "utf-8")
            for form, read in (("raw", path), ("pre", pre)):
                for rank, f in enumerate(extract_candidates(read_document(read))[: args.top]):
                    prompt = " ".join(f.prompt.split())
                    word = unnamed(prompt, str(f.answer))
                    lines.append(f"{path.stem}\t{form}\t{rank}\t{word}\t{f.answer}\t{prompt}")
    Path(args.out).write_text("\n".join(lines) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
