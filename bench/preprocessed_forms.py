"""The form of preprocessed top-20 drafts: questions, windows with a cue, bare windows.

Round 16p (issue 15): a blind reviewer kept 2 of 120 preprocessed top-20 drafts as written,
and marked 47 of 131 for a cue ("Who?", "In which year?") glued before a keyword window.
Each file is put through the seed's recipe (`edu preprocess`) in a temporary folder and
extracted; per file and in all this prints how many of its top 20 are questions (no blank),
windows that start with a cue, and bare windows. `--dump FILE` writes every top-20 draft
(file, rank, answer, category, prompt) for a diff of two commits' drafts.

Usage: EDU_CACHE_DIR=off python bench/preprocessed_forms.py [--dump FILE] [files...]
(default: every tests/data/blind/*.txt and the tuning 16p and 17p texts)
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from edu.extract import extract_candidates  # noqa: E402
from edu.extract.wording import BLANK  # noqa: E402
from edu.text.preprocess import preprocess  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PAGE = 20
CUE = re.compile(r"^(?:How|What|Which|Who|In|On|Over|At|For|When)\b[^?_]{0,40}\? .*" + BLANK)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--dump")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted((DATA / "blind").glob("*.txt")) \
        + sorted(p for p in (DATA / "tuning").glob("p16_*.txt") if "_key" not in p.name) \
        + sorted(p for p in (DATA / "tuning").glob("p17_*.txt") if "_key" not in p.name)
    totals = [0, 0, 0]
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            pre = Path(tmp) / (path.name.split(".")[0] + ".txt")
            pre.write_text(preprocess(path.read_text("utf-8")) + "\n", "utf-8")
            facts = extract_candidates(read_document(pre))[:PAGE]
            questions = sum(1 for f in facts if BLANK not in f.prompt)
            cued = sum(1 for f in facts if CUE.match(f.prompt))
            bare = len(facts) - questions - cued
            for k, n in enumerate((questions, cued, bare)):
                totals[k] += n
            print(f"{path.name:34} questions {questions:2}  cue windows {cued:2}  bare {bare:2}")
            lines += [f"{path.name}\t{k}\t{f.answer}\t{f.category}\t{f.prompt}"
                      for k, f in enumerate(facts)]
    drafts = sum(totals) or 1
    print(f"ALL {len(files)} files, {sum(totals)} drafts: questions {totals[0]} "
          f"({totals[0] / drafts:.0%}), cue windows {totals[1]}, bare windows {totals[2]}")
    if args.dump:
        Path(args.dump).write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
