"""How many first-page drafts call the document's subject by a bare kind word ("the bridge",
"the lake", "the method") or open with "It"/"Its" instead of naming it (issue 15, round 18t).

The kind words are the ones `edu.extract.subject_kinds.document_subject` learns from each raw
text (its title, first sentence and definitions); the same words are counted in the
preprocessed form's drafts. A rough count of what blind reviewers call "subject not named",
on both sides of a change: a "the bridge" that means another bridge counts too.

Usage: EDU_CACHE_DIR=off python bench/subject_kinds.py [--form raw|preprocessed] [--show]
       [--dump FILE] [files...]   (default: every tests/data/blind/*.txt)
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from edu.extract import extract_candidates  # noqa: E402
from edu.extract.subject_kinds import Subject, subject_of_text  # noqa: E402
from edu.text.preprocess import preprocess  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PAGE = 20


def bare_kind(prompt: str, subject: Subject) -> str:
    """The first bare "the <kind word>" (or an opening "It"/"Its") of `prompt`, or ""."""
    m = re.match(r"(?:[A-Z][\w ]{0,40}\? )?(Its?) ", prompt)
    if m:
        return m.group(1)
    for k in sorted(subject.kinds):
        m = re.search(rf"\b[Tt]he {k}\b(?!-)", prompt)
        if m:
            return m.group(0)
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--form", choices=("raw", "preprocessed"), default="raw")
    ap.add_argument("--show", action="store_true", help="print each prompt counted")
    ap.add_argument("--dump", help="write every top-20 prompt of the documents counted")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted((DATA / "blind").glob("*.txt"))
    counted = drafts = docs = named = 0
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            subject = subject_of_text(path.read_text("utf-8"))
            if subject is None:
                continue
            docs += 1
            read = path
            if args.form == "preprocessed":
                read = Path(tmp) / path.name
                read.write_text(preprocess(path.read_text("utf-8")) + "\n", "utf-8")
            for f in extract_candidates(read_document(read))[:PAGE]:
                drafts += 1
                word = bare_kind(f.prompt, subject)
                counted += bool(word)
                named += subject.name.casefold() in f.prompt.casefold()
                lines.append(f"{path.name}\t{f.answer}\t{f.prompt}")
                if word and args.show:
                    print(f"{path.stem}: [{word}] {f.prompt}")
    print(f"{args.form}: {docs} documents with a subject, {drafts} top-{PAGE} drafts: "
          f"{counted} call it by a kind word or It/Its, {named} name it")
    if args.dump:
        Path(args.dump).write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
