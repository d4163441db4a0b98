"""Names spelled wrong on the preprocessed first pages, read against the raw text.

Round 18p (issue 15): blind reviewers edited preprocessed questions for names spelled from
stems ("Mary Ans" for Anning, "Arthur Scherbiu" for Scherbius). Reads a dump of
bench/preprocessed_forms.py (file, rank, answer, category, prompt) and counts, on each first
page, the words of person answers and the capitalised words of questions (no blank; not the
first word) that the raw document (tests/data/blind/<file>) never writes: each such word is a
name the stems misspelled (or a word the Reading wrote in another form).

Usage: python bench/preprocessed_names.py DUMP [--list]
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
BLANK = "_____"


def _plain(text: str) -> str:
    """The text without accents ("Nägeli" -> "Nageli"): a name that lost only its accent is
    no misspelling the stems made."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _written(path: Path) -> frozenset[str]:
    text = path.read_text("utf-8")
    words = set()
    for w in _WORD.findall(text + " " + _plain(text)):
        words.add(w.lower().strip("'-"))
        words.update(p.lower() for p in re.split(r"[-']", w) if p)
    return frozenset(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dump")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    seen: dict[str, frozenset[str]] = {}
    wrong = total = 0
    docs: set[str] = set()
    for line in Path(args.dump).read_text("utf-8").splitlines():
        name, _rank, answer, category, prompt = line.split("\t")
        raw = DATA / "blind" / name
        if not raw.exists():
            continue
        written = seen.setdefault(name, _written(raw))
        words = _WORD.findall(answer) if category == "person" else []
        if BLANK not in prompt:
            words += [w for w in _WORD.findall(prompt)[1:] if w[0].isupper()]
        for w in words:
            if len(w) < 2 or w.isupper():
                continue
            total += 1
            if w.lower().strip("'-") not in written:
                wrong += 1
                docs.add(name)
                if args.list:
                    print(f"{name}\t{w}\t{answer}\t{prompt}")
    print(f"names checked {total}, not written in the raw text {wrong} ({len(docs)} documents)")


if __name__ == "__main__":
    main()
