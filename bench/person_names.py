"""People found in preprocessed text, against the raw text's own spelling.

For every tuned raw document (tests/data/blind, tests/data/tuning, fresh_extract, heldout),
its preprocessed form (the seed recipe, made in a temporary folder) is extracted, and each
distinct person answer (category person) is looked for in the raw text as written, word for
word and case for case ("Margaret Rule", not "Margaret Rules"; "McKee", not "Mckee").
`--top 20 --list` prints the people of each first page that the raw text does not hold, for
a person to judge (a false person, or a real one misspelled).

Usage: python bench/person_names.py [--top N] [--list] [--files GLOB ...]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from edu.extract import extract_candidates  # noqa: E402
from edu.text.preprocess import preprocess  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
GLOBS = ("blind/*.txt", "tuning/*.txt", "tuning/*.md", "fresh_extract/*.txt", "heldout/*.txt",
         "heldout/*.md")


def documents(globs: list[str]) -> list[Path]:
    return sorted(p for g in globs for p in DATA.glob(g) if not p.name.endswith(".pre.txt"))


def as_written(answer: str, raw: str) -> bool:
    """The answer's words, in order, as the raw text writes them (spaces and line breaks
    between them; an initial's point may be its own)."""
    words = [re.escape(w) for w in answer.split()]
    return re.search(r"(?<![\w'])" + r"[\s,]+".join(words) + r"(?!\w|'(?!s\b))", raw) is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=0, help="only the first N drafts (0: all)")
    parser.add_argument("--list", action="store_true", help="print the answers not as written")
    parser.add_argument("--files", nargs="*", default=list(GLOBS))
    args = parser.parse_args()
    right = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for doc in documents(args.files):
            raw = doc.read_text("utf-8")
            path = Path(tmp) / (doc.name.split(".")[0] + ".txt")
            path.write_text(preprocess(raw) + "\n", "utf-8")
            facts = extract_candidates(read_document(path))
            if args.top:
                facts = facts[:args.top]
            people = dict.fromkeys(f.answer for f in facts if f.category == "person")
            ok = [a for a in people if as_written(a, raw)]
            right, total = right + len(ok), total + len(people)
            if args.list:
                wrong = [a for a in people if a not in ok]
                print(f"{doc.parent.name}/{doc.name:28} {len(ok):3}/{len(people):<3} "
                      + "; ".join(wrong))
    print(f"person answers as the raw text writes them: {right}/{total} = "
          f"{right / max(total, 1):.0%}")


if __name__ == "__main__":
    main()
