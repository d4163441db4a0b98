"""The first two items per one-fact kind of each document, two runs side by side (round 22i).

Usage: python bench/items_standing.py BEFORE_DIR AFTER_DIR [--show]
(each DIR holds <doc>.json from `edu items tests/data/blind/<doc>.txt --format json --seed 0`)

Counts, over the first two items of each one-fact kind (what a handout or a listing shows
first), by this bench's own rules, not the item code's:
- unnamed: the shown text leans on a subject it does not name (bench/unnamed_subjects.py's
  `unnamed`: a pronoun outside the answer, a bare "the N", a given name alone);
- fragment: a true/false statement or cloze sentence with no finite verb outside a relative
  clause (bench/items_first_page.py's `is_fragment`);
- long: a shown text of over 20 words;
- changed: first items that differ between the runs (by shown text), and the documents
  with any. `--show` prints each changed document's first items, before and after.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from bench.items_first_page import is_fragment, shown  # noqa: E402
from bench.unnamed_subjects import unnamed  # noqa: E402

ONE_FACT = ("short_answer", "multiple_choice", "true_false", "cloze", "numeric")
FIRST = 2
LONG_WORDS = 20


def firsts(path: Path) -> list[dict]:
    """The first FIRST items of each one-fact kind, kind by kind."""
    items = json.loads(path.read_text() or "[]") if path.exists() else []
    out: list[dict] = []
    for kind in ONE_FACT:
        out.extend([i for i in items if i["kind"] == kind][:FIRST])
    return out


def count(items: list[dict]) -> Counter[str]:
    c: Counter[str] = Counter()
    for item in items:
        text = shown(item)
        c["items"] += 1
        c["unnamed"] += bool(unnamed(text, item["answer"] if item["kind"] != "true_false"
                                     else ""))
        if item["kind"] in ("true_false", "cloze"):
            c["fragment"] += is_fragment(text)
        c["long"] += len(text.split()) > LONG_WORDS
    return c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    totals = {"before": Counter[str](), "after": Counter[str]()}
    changed = docs = 0
    for path in sorted(args.before.glob("*.json")):
        old, new = firsts(path), firsts(args.after / path.name)
        totals["before"].update(count(old))
        totals["after"].update(count(new))
        gone = {shown(i) for i in old} - {shown(i) for i in new}
        changed += len(gone)
        docs += bool(gone)
        if gone and args.show:
            print(f"== {path.stem}")
            for side, items in (("-", old), ("+", new)):
                for item in items:
                    print(f"  {side} {item['kind'][:5]}: {shown(item)} => {item['answer']}")
    for key in ("items", "unnamed", "fragment", "long"):
        print(f"{key}: {totals['before'][key]} -> {totals['after'][key]}")
    print(f"first items changed: {changed} in {docs} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
