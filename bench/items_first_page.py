"""Counts of round 19's item flaws over `edu items DOC --format json --seed 0` outputs.

Usage: python bench/items_first_page.py ITEMS.json... (the document is found by the items'
evidence in tests/data/blind/<name>.txt, <name> the JSON file's stem)

- range end: a number item whose answer is one end of a range in its evidence sentence
  ("between three months and a year" asked "3 months") and whose shown text does not state
  the other end (edu.items.range_ends, the rule itself: this counts what it leaves);
- fragment: a true/false statement or cloze sentence (answer in place) in which spaCy tags
  no finite verb outside a relative clause (this bench's own, simpler check);
- repeated: among the first two items of each one-fact kind, items whose fact another
  kind's first two already ask (a learner meets one answer again and again);
- long stem: a short answer, multiple choice or numeric prompt of over 20 words;
- items, and the kinds present (a kind lost shows here).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # edu beside bench

from edu.deck.model import Fact, FactKind, Span  # noqa: E402
from edu.extract.questions import parsed  # noqa: E402
from edu.items.range_ends import unstated_other_end  # noqa: E402

ONE_FACT = ("short_answer", "multiple_choice", "true_false", "cloze", "numeric")
FIRST = 2
_WORD = re.compile(r"[\w'’-]+")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def shown(item: dict) -> str:
    text = item.get("true_statement") or item["prompt"]
    if item["kind"] == "cloze":
        text = text.replace("_____", item["answer"], 1)
    return text


def is_fragment(text: str) -> bool:
    return not any(t.tag_ in _FINITE and t.dep_ != "relcl" for t in parsed(text))


def count(items: list[dict]) -> Counter[str]:
    c: Counter[str] = Counter()
    c["items"] = len(items)
    firsts: dict[str, list[dict]] = {}
    for item in items:
        kind = item["kind"]
        c[f"kind {kind}"] += 1
        if kind in ONE_FACT and len(firsts.setdefault(kind, [])) < FIRST:
            firsts[kind].append(item)
        if kind in ("short_answer", "multiple_choice", "numeric") and \
                len(_WORD.findall(item["prompt"])) > 20:
            c["long stem"] += 1
        if kind in ("true_false", "cloze") and is_fragment(shown(item)):
            c["fragment"] += 1
        if item.get("fact_kind") == "number" and kind in ONE_FACT:
            fact = Fact(id=item["fact_id"], kind=FactKind.NUMBER, prompt=item["prompt"],
                        answer=item.get("asked_answers", [item["answer"]])[0]
                        if kind == "true_false" else item["answer"], source=Span(0, 0))
            if unstated_other_end(fact, item.get("evidence", ""), shown(item)):
                c["range end"] += 1
    seen: Counter[str] = Counter()
    for kind in ONE_FACT:
        for item in firsts.get(kind, []):
            if seen[item["fact_id"]]:
                c["repeated"] += 1
            seen[item["fact_id"]] += 1
    c["first items"] = sum(len(v) for v in firsts.values())
    return c


def main(paths: list[str]) -> None:
    total: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    for path in paths:
        items = json.loads(Path(path).read_text() or "[]")
        c = count(items)
        total.update(c)
        for key, value in c.items():
            if value and not key.startswith("kind") and key not in ("items", "first items"):
                docs[key] += 1
    for key in ("items", "first items", "range end", "fragment", "repeated", "long stem"):
        print(f"{key}: {total[key]} ({docs[key]} documents)" if key in docs or not total[key]
              else f"{key}: {total[key]}")
    print("kinds:", {k[5:]: v for k, v in sorted(total.items()) if k.startswith("kind ")})


if __name__ == "__main__":
    main(sys.argv[1:])
