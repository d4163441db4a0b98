"""Broken raw English question shapes in top-20 drafts (issue 15, blind set 16 review).

Counts, per shape, the top-20 questions of every tests/data/blind text that still read as the
reviewers' broken examples: a fronted year inside the subject ("did 1977 European ..."),
"What" for a person or a country doing something, "Whom" for a thing, a place acting as its
government, the head of a compound asked with its modifiers as the noun, a copular
"Which X was of Y?", a fragment with no finite verb, a pluperfect's adverb misplaced, a
comparison or long fronted phrase before "how many", "What percentage" with a phrase between.
`--dump FILE` writes every top-20 question with its answer and category.

Usage: EDU_CACHE_DIR=off python bench/question_shapes.py [--dump FILE] [files...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from edu.extract import extract_candidates  # noqa: E402
from edu.extract.wording import BLANK  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PAGE = 20

SHAPES = {
    "year in subject": re.compile(r"^\w+(?: \w+)? (?:did|does|do|was|were|had) (?:1\d|20)\d\d "),
    "what for actor": re.compile(r"^What (?!was|is|were|are|did|does|do|had|has)[a-z]+ "
                                 r"(?!(?:did|does|do|was|were|is|are|had|has)\b)"),
    "whom": re.compile(r"^Whom "),
    "place acting": re.compile(r"^Which (?:place|city|capital) (?!was|is|lies|lay|became)\w+ed\b"),
    "copular of": re.compile(r"^Which [\w ]+ (?:was|were) (?:of|for|in)\b"),
    "ends which word": re.compile(r"\bwhich \w+\?$"),
    "already": re.compile(r"\b(?:was|were)\b.* already \w+\?$"),
    "how many than": re.compile(r"how many (?:\w+ ){0,3}(?:larger|smaller|bigger|greater|longer|"
                                r"shorter|higher|lower|more|less|fewer) than\b"),
    "long fronted": re.compile(r"^(?:In|At|On|From|With) (?:[\w'-]+ ){1,4}(?:in|at|on|of) "
                               r"(?:[\w'-]+ ){1,4}(?:of|at|from) how many\b"),
    "percentage phrase": re.compile(r"^What percentage (?:between|from|in|during|over|since)\b"),
    "fragment": re.compile(r"^[A-Z][a-z]+ [a-z]+, [a-z]+ed\b.* which \w+\?$"),
}


def shapes(question: str) -> list[str]:
    """The broken shapes a question (no blank) has."""
    return [name for name, rx in SHAPES.items() if rx.search(question)]


def compound_head(question: str, answer: str, evidence: str) -> bool:
    """Whether "... which X?" asks the head of a compound whose modifier X follows it."""
    end = re.search(r"\bwhich ([\w-]+)\?$", question)
    said = " ".join(evidence.lower().split())
    return end is not None and answer[:1].islower() \
        and f"{answer.lower()} {end.group(1).lower()}" in said


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--dump")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted((DATA / "blind").glob("*.txt"))
    counts: Counter[str] = Counter()
    lines = []
    for path in files:
        for f in extract_candidates(read_document(path))[:PAGE]:
            found = [] if BLANK in f.prompt else shapes(f.prompt)
            if "ends which word" in found and not compound_head(f.prompt, str(f.answer),
                                                                f.evidence or ""):
                found.remove("ends which word")
            if "what for actor" in found and f.category not in ("person", "place",
                                                                "organisation"):
                found.remove("what for actor")
            if "whom" in found and f.category == "person":
                found.remove("whom")
            counts.update(found)
            if found:
                print(f"{path.name:30} {','.join(found):18} [{f.answer}] {f.prompt}")
            lines.append(f"{path.name}\t{f.id}\t{f.answer}\t{f.category}\t{f.prompt}")
    print("TOTAL", sum(counts.values()), dict(sorted(counts.items())))
    if args.dump:
        Path(args.dump).write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
