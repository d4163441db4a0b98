"""First-page raw drafts that lean on a referent they do not name: a bare pronoun
(`pronoun_names.leans_on_pronoun`), "the <kind>" of a noun the text defines a name by or
calls its subject by, a dangling "that same year" / "the same day" (issue 15, round 20n).

Usage: EDU_CACHE_DIR=off python bench/bare_referents.py [--top 20] [--off] [FILE...]
       (default: every tests/data/blind/*.txt; --off: without the naming pass, for a before)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

import edu.extract as extract  # noqa: E402
from edu.extract import pronoun_names  # noqa: E402
from edu.extract.subject_kinds import leans_unnamed  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
_TIME = re.compile(r"\b(?:that (?:very |same )?|the (?:very )?same )(?:year|day)\b(?! as\b)",
                   re.IGNORECASE)


def marks(prompt: str, answer: str, text: str) -> dict[str, bool]:
    """Which of the three ways `prompt` leans on something unnamed."""
    kinds = pronoun_names._read(text).kinds
    kind = bool(leans_unnamed(prompt, text)) or any(
        m.group(2) in kinds for m in re.finditer(r"\b([Tt]he) ([a-z]{3,})\b(?! of\b)", prompt))
    return {"pronoun": bool(pronoun_names.leans_on_pronoun(prompt, answer)), "kind": kind,
            "time": bool(_TIME.search(prompt))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--off", action="store_true")
    args = ap.parse_args()
    if args.off:
        extract.named_draft = lambda prompt, *_: prompt
        extract.leans_unnamed_draft = lambda *_: ""
    files = [Path(f) for f in args.files] or sorted((DATA / "blind").glob("*.txt"))
    totals = {"pronoun": 0, "kind": 0, "time": 0}
    drafts = 0
    for path in files:
        reading = read_document(path)
        text = reading.document.text
        for fact in extract.extract_candidates(reading)[: args.top]:
            drafts += 1
            for key, on in marks(" ".join(fact.prompt.split()), str(fact.answer), text).items():
                totals[key] += on
    print(f"{len(files)} documents, {drafts} first-page drafts: bare pronoun "
          f"{totals['pronoun']}, unnamed kind word {totals['kind']}, dangling time word "
          f"{totals['time']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
