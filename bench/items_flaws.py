"""Counts of the item flaws the last blind review of raw documents' items named.

Usage: python bench/items_flaws.py ITEMS.json... (each from `edu items DOC --format json
--seed 0`, the document beside it named by the items' evidence) [--doc DOC for each]

Per document and in total:
- long: a multiple-choice option over 12 words, an ordering event over 15 (a clause with its
  verb), a matching description or a true/false statement over 25 (copied whole sentences);
- not a person: an option of a person's multiple choice, or a name in a set of people, that
  spaCy never reads as a person where the text writes it alone (a cut name: "Hadron
  Collider");
- mixed kinds: a multiple choice or matching set of names whose spaCy labels (where the text
  writes each name alone) are not all one;
- hedge close: a hedged figure's ("about 15") wrong option within 15 % of it;
- hedge dropped: a question of a figure the evidence hedges that says no hedge;
- blank cut: a blank (cloze, gapped question) whose answer is no whole constituent of its
  sentence in spaCy's parse (it splits a name, or a verb from its particle);
- era apart (round 16): a person's option or false statement's substitute whom the text
  places more than 60 years from the answer (the years of the sentences naming each, else
  the last year before the first mention): "David Rubenstein" (2007) for who reissued a
  charter in 1216;
- form alone: a name's multiple choice whose answer alone has a title, or alone has none;
- date pointer: a date's multiple choice whose answer is the one option sharing most parts
  (month, year) with the others ("3 August 1787" among "3 May 1786", "3 August 1785",
  "3 July 1787");
- bad day: an option or statement with a day its month has not got ("31 April");
- capital inside: a true/false statement with a capitalised opener moved inside it
  ("... circled the Earth Once every 96.2 minutes");
- no topic (round 17): an item that carries no `topic` and whose shown text names no
  content word of the document's title line ("About how many dollars did the whole mission
  cost?" of "Mars Pathfinder and the Sojourner Rover");
- relative day: shown text with a weekday or a day told against the text ("on Friday",
  "four days earlier", "the next day", "next week") that no date follows and the answer
  is not in;
- dateline: shown text opening on a dateline in capitals ("NEW YORK, ... —"), or a blank
  in one;
- conversion: a blank or the answer's figure beside the same quantity in another unit
  ("_____ degrees Fahrenheit, around 5 degrees Celsius", "15 feet (_____ metres)");
- repeat: an item of one kind asking the answer of another fact's item of that kind with
  a question whose words all stand in the other's.
Also items, facts, items per fact and the kinds made. The checks are this bench's own
(spaCy's labels and parse read directly), not the item code's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # edu beside bench

from edu.extract.entities import pipeline  # noqa: E402
from edu.extract.questions import parser  # noqa: E402
from edu.items.qualifiers import untitled  # noqa: E402

HEDGE = re.compile(r"\b(?:about|roughly|around|approximately|almost|nearly|some|an estimated|"
                   r"estimated|close to|more than|over|fewer than|less than|under|at least|"
                   r"up to)\s*$", re.IGNORECASE)
HEDGE_ASKED = re.compile(r"\b(?:about|roughly|around|approximately|almost|nearly|some|"
                         r"estimated|more than|over|fewer than|less than|under|at least|"
                         r"up to|exceed\w*)\b", re.IGNORECASE)
APPROXIMATE = re.compile(r"\b(?:about|roughly|around|approximately|almost|nearly|some|"
                         r"an estimated|estimated|close to)\s*$", re.IGNORECASE)
WORD = re.compile(r"[\w'’-]+")
BLANKS = re.compile(r"_{3,}")


def words(text: str) -> int:
    return len(WORD.findall(text))


def labels_alone(text: str) -> dict[str, Counter[str]]:
    """Each entity text -> its labels where spaCy reads it (whole document)."""
    doc = pipeline()(text)
    out: dict[str, Counter[str]] = {}
    for ent in doc.ents:
        out.setdefault(ent.text.strip(), Counter())[ent.label_] += 1
    return out


def label_of(name: str, seen: dict[str, Counter[str]]) -> str | None:
    found = seen.get(name.strip()) or seen.get(" ".join(untitled(name)))
    if not found:
        bare = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
        found = seen.get(bare)
    return found.most_common(1)[0][0] if found else None


def always_inside(name: str, text: str) -> bool:
    """Whether every mention of the name follows a capitalised word inside its sentence
    ("the Large Hadron Collider"): a piece of a longer name."""
    spots = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])",
                                            text)]
    return bool(spots) and all(re.search(r"[a-z,;]\s+[A-Z][\w-]+\s+$", text[max(0, at - 40):at])
                               for at in spots)


def constituent(sentence: str, start: int, end: int) -> bool:
    """Whether characters [start, end) of `sentence` are one subtree's span in the parse."""
    doc = parser()(sentence)
    toks = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not toks:
        return True
    ids = {t.i for t in toks}
    outside = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return len(outside) == 1


SHOW: list[str] = []  # the flaws whose items are printed (--show)


def check(items: list[dict], text: str) -> Counter[str]:
    seen = labels_alone(text)
    out = _Shown()
    facts = {i["fact_id"] for i in items if i["kind"] not in ("matching", "ordering")}
    out["items"] = len(items)
    out["facts"] = len(facts)
    for kind, n in Counter(i["kind"] for i in items).items():
        out[f"kind {kind}"] = n
    for item in items:
        out.item = item
        kind = item["kind"]
        if kind == "multiple_choice" and any(words(o) > 12 for o in item["options"]):
            out["long"] += 1
        if kind == "ordering" and any(words(o) > 15 for o in item["sequence"]):
            out["long"] += 1
            out["long ordering"] += 1
        if kind == "matching" and any(words(d) > 25 for _a, d in item["pairs"]):
            out["long"] += 1
            out["long matching"] += 1
        if kind == "true_false" and words(item["statement"]) > 25:
            out["long"] += 1
            out["long true_false"] += 1
        names: list[str] = []
        if kind == "multiple_choice" and item.get("fact_kind") == "name":
            names = item["options"]
        if kind == "matching":
            names = [a for a, _d in item["pairs"]]
        if names:
            labs = [label_of(n, seen) for n in names]
            pairs = zip(names, labs, strict=True)
            if item.get("category") == "person" and any(
                    lab != "PERSON" or always_inside(n, text) for n, lab in pairs):
                out["not a person"] += 1
            known = {lab for lab in labs if lab}
            if len(known) > 1 or item.get("category") != "person" and "PERSON" in known \
                    and len(known) == 1 and None in labs:
                out["mixed kinds"] += 1
        evidence = item.get("evidence", "")
        answer = item.get("answer", "")
        if item.get("fact_kind") == "number" and kind in ("short_answer", "multiple_choice",
                                                          "numeric"):
            at = evidence.find(answer)
            hedged = at > 0 and HEDGE.search(evidence[:at])
            if hedged and not HEDGE_ASKED.search(item["prompt"]):
                out["hedge dropped"] += 1
            value = _value(answer)
            approximate = hedged and APPROXIMATE.search(evidence[:at])
            if approximate and kind == "multiple_choice" and value:
                if any(o != answer and _value(o) and abs(_value(o) - value) <= 0.15 * value
                       for o in item["options"]):
                    out["hedge close"] += 1
        prompt = item.get("prompt", "")
        if kind in ("cloze", "short_answer", "multiple_choice") and BLANKS.search(prompt) \
                and answer and kind != "true_false":
            m = BLANKS.search(prompt)
            assert m is not None
            filled = prompt[:m.start()] + answer + prompt[m.end():]
            if "?" not in filled[:m.start()] and not constituent(
                    filled, m.start(), m.start() + len(answer)):
                out["blank cut"] += 1
    sixteenth(items, text, seen, out)
    seventeenth(items, text, out)
    return out


_YEAR = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})(?![\d,])")
_SENTENCE = re.compile(r"[^.!?]+[.!?]")
_MONTHS = ("January February March April May June July August September October November "
           "December").split()
_DAY_MONTH = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r") (\d{4})\b")
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{4})\b")
_TITLES = frozenset("king queen pope president prince princess sir lord lady dr mr mrs "
                    "emperor empress earl duke general captain saint st".split())
_INSIDE_CAPS = re.compile(r"[a-z,]\s+(?:Once|Below|Above|Beneath|Every|Each|Within|Twice)\s")


def _era(name: str, text: str) -> set[int]:
    """The years of the sentences that name `name`, else the last year before it."""
    found: set[int] = set()
    for m in _SENTENCE.finditer(text):
        if name in m.group():
            found |= {int(y) for y in _YEAR.findall(m.group())}
    if not found and name in text:
        before = _YEAR.findall(text[: text.index(name)])
        found = {int(before[-1])} if before else set()
    return found


def _apart(a: str, b: str, text: str) -> bool:
    ea, eb = _era(a, text), _era(b, text)
    return bool(ea and eb) and min(abs(x - y) for x in ea for y in eb) > 60


def _substitute(statement: str, true: str) -> str:
    """The words a false statement has in the true one's place."""
    i = 0
    while i < min(len(statement), len(true)) and statement[i] == true[i]:
        i += 1
    j = 0
    while j < min(len(statement), len(true)) - i and statement[-1 - j] == true[-1 - j]:
        j += 1
    return statement[i: len(statement) - j].strip()


def _titled(name: str) -> bool:
    return len(name.split()) > 1 and name.split()[0].lower().rstrip(".") in _TITLES


def _parts(option: str) -> tuple[str, str] | None:
    m = _MONTH_YEAR.search(option)
    return (m.group(1), m.group(2)) if m else None


def sixteenth(items: list[dict], text: str, seen: dict[str, Counter[str]],
              out: Counter[str]) -> None:
    """Round 16's checks (see the module's docstring)."""
    import calendar

    for item in items:
        if isinstance(out, _Shown):
            out.item = item
        kind, options = item["kind"], item.get("options") or []
        for shown in [*options, item.get("statement") or ""]:
            for m in _DAY_MONTH.finditer(shown):
                month = _MONTHS.index(m.group(2)) + 1
                if int(m.group(1)) > calendar.monthrange(int(m.group(3)), month)[1]:
                    out["bad day"] += 1
        if kind == "true_false" and _INSIDE_CAPS.search(item.get("statement") or ""):
            out["capital inside"] += 1
        if item.get("fact_kind") != "name" and kind == "multiple_choice" and len(options) == 4:
            parts = [_parts(o) for o in options]
            if all(parts) and item["answer"] in options:
                score = [sum((p[0] == q[0]) + (p[1] == q[1]) for q in parts if q is not p)
                         for p in parts]
                at = options.index(item["answer"])
                if score[at] > 0 and all(score[at] > v for i, v in enumerate(score) if i != at):
                    out["date pointer"] += 1
        if item.get("fact_kind") != "name":
            continue
        answer = item["answer"]
        if kind == "multiple_choice" and len(options) == 4:
            titled = [_titled(o) for o in options]
            if answer in options and titled.count(titled[options.index(answer)]) == 1:
                out["form alone"] += 1
        others = [o for o in options if o != answer]
        if kind == "true_false":
            if item.get("answer") != "false":
                continue
            others = [_substitute(item["statement"], item.get("true_statement") or "")]
            answer = _substitute(item.get("true_statement") or "", item["statement"])
        if label_of(answer, seen) != "PERSON":
            continue
        if any(_apart(answer, o, text) for o in others if o):
            out["era apart"] += 1


class _Shown(Counter[str]):
    """A counter that prints the item it counts a shown flaw of."""

    item: dict = {}

    def __missing__(self, key: str) -> int:
        return 0

    def __setitem__(self, key: str, value: int) -> None:
        if key in SHOW and value > self.get(key, 0):
            it = self.item
            print(f"  {key}: [{it.get('kind')}] {it.get('prompt', '')[:150]}"
                  f" | {it.get('options') or it.get('pairs') or it.get('statement') or ''}")
        super().__setitem__(key, value)


_STOP = frozenset("the a an of and in on at to for by with from its his her their".split())
_RELATIVE = re.compile(r"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       r"(?!,?\s+(?:\d|_|the\s+\d|January|February|March|April|May|June|"
                       r"July|August|September|October|November|December))"
                       r"|yesterday|tomorrow|tonight|the (?:next|following|previous) day"
                       r"|(?:next|last|this) week"
                       r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) "
                       r"(?:days?|weeks?|months?) (?:earlier|later)(?! than))\b")
_DATELINE = re.compile(r"^(?:[A-Z]{3,}|[A-Z]{2,} [A-Z]{2,}|_{3,})[^—–]{0,30}\s(?:—|–|--)\s")
_METRIC = "metres|meters|kilometres|kilometers|centimetres|kilograms|grams|tonnes|celsius|litres"
_IMPERIAL = "feet|foot|miles|inches|yards|pounds|tons|fahrenheit|gallons|ounces"
_CONVERSION = re.compile(r"(?:_{3,}|\d[\d,.]*) (?:degrees )?(" + _METRIC + "|" + _IMPERIAL
                         + r")\b(?: per \w+)?(?:,| \(|, or| or)\s*(?:about |around |some |"
                         r"roughly |nearly )?(?:_{3,}|\d[\d,.]*) (?:degrees )?(" + _METRIC
                         + "|" + _IMPERIAL + r")\b", re.IGNORECASE)


def _shown(item: dict) -> list[str]:
    """The texts a learner reads of an item (not its evidence)."""
    kind = item["kind"]
    if kind == "matching":
        return [d for _a, d in item.get("pairs") or []]
    if kind == "ordering":
        return list(item.get("sequence") or [])
    if kind == "true_false":
        return [item.get("statement") or ""]
    return [item.get("prompt") or ""]


def seventeenth(items: list[dict], text: str, out: Counter[str]) -> None:
    """Round 17's checks (see the module's docstring)."""
    title = text.strip().splitlines()[0] if text.strip() else ""
    topic_words = {w.casefold() for w in WORD.findall(title) if w.casefold() not in _STOP
                   and len(w) > 2}
    asked: dict[tuple[str, str], list[tuple[set[str], str]]] = {}
    for item in items:
        if isinstance(out, _Shown):
            out.item = item
        shown = _shown(item)
        said = {w.casefold() for t in shown for w in WORD.findall(t)}
        if not item.get("topic") and not topic_words & said:
            out["no topic"] += 1
        answers = [a.casefold() for a in item.get("asked_answers") or [item.get("answer", "")]]
        for t in shown:
            m = _RELATIVE.search(t)
            if m and not any(a and a in m.group().casefold() for a in answers):
                out["relative day"] += 1
                break
        if any(_DATELINE.match(t) for t in shown):
            out["dateline"] += 1
        if any(_conversion(t) for t in shown):
            out["conversion"] += 1
        if item["kind"] in ("matching", "ordering"):
            continue
        words = {w.casefold() for w in WORD.findall(shown[0])}
        key = (item["kind"], answers[0] if answers else "")
        for earlier, fact in asked.get(key, []):
            if fact != item["fact_id"] and (earlier <= words or words <= earlier):
                out["repeat"] += 1
                break
        asked.setdefault(key, []).append((words, item["fact_id"]))


def _conversion(text: str) -> bool:
    for m in _CONVERSION.finditer(text):
        a, b = m.group(1).casefold(), m.group(2).casefold()
        if a != b and (a in _METRIC.split("|")) != (b in _METRIC.split("|")):
            return True
    return False


def _value(text: str) -> float | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not m:
        return None
    try:
        return float(m.group().replace(",", ""))
    except ValueError:
        return None


FLAWS = ("long", "not a person", "mixed kinds", "hedge close", "hedge dropped", "blank cut",
         "era apart", "form alone", "date pointer", "bad day", "capital inside", "no topic",
         "relative day", "dateline", "conversion", "repeat")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("items", nargs="+", type=Path)
    ap.add_argument("--docs", type=Path, nargs="+", required=True,
                    help="the documents, in the order of the items files")
    ap.add_argument("--show", action="append", default=[], help="print the items of a flaw")
    args = ap.parse_args()
    SHOW.extend(args.show)
    total: Counter[str] = Counter()
    print(f"{'document':28} items facts/items " + " ".join(f"{f:>13}" for f in FLAWS))
    for path, doc in zip(args.items, args.docs, strict=True):
        got = check(json.loads(path.read_text("utf-8")), doc.read_text("utf-8"))
        total.update(got)
        print(f"{doc.stem[:28]:28} {got['items']:5} {got['items'] / max(1, got['facts']):5.2f}"
              "      " + " ".join(f"{got[f]:13}" for f in FLAWS))
    print(f"{'all':28} {total['items']:5} {total['items'] / max(1, total['facts']):5.2f}"
          "      " + " ".join(f"{total[f]:13}" for f in FLAWS))
    print("kinds:", ", ".join(f"{k[5:]} {v}" for k, v in sorted(total.items())
                              if k.startswith("kind ")))
    print("long by kind:", ", ".join(f"{k[5:]} {v}" for k, v in sorted(total.items())
                                     if k.startswith("long ")))


if __name__ == "__main__":
    main()
