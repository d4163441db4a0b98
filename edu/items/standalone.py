"""What an item read alone must not lean on: a day told against the report's own date, a
dateline, the answer given away in another unit.

A card, a worksheet line or a trainer screen shows one sentence of a document. The blind
review marked three things such a sentence carries that help nobody there:
- *time told relative to the text* ("said on Tuesday morning", "taken down only four days
  earlier", "pledged 200 million euros the next day"): read alone, no day is meant. The
  phrase is left out ("said that the structure had been saved"); a phrase holding the
  answer stays (it is what is asked);
- *a dateline* ("PARIS — A fire tore through ..."): left out; a blank on it is no item;
- *a conversion beside the answer* ("about _____ degrees Fahrenheit, around 5 degrees
  Celsius", "15 feet (_____ metres)"): the other unit gives the answer away, so it goes; a
  blank inside the conversion keeps the conversion and loses the figure before it.

`standalone(item)` applies all three to what the item shows (prompt, statements, matching
descriptions, ordering events) and raises Drop when nothing sensible is left. The evidence,
shown after answering, stays as the document writes it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from edu.items.common import Drop
from edu.items.model import Item, ItemKind
from edu.text.numbers import NUMBER_WORDS
from edu.text.quantities import (
    DAY_PARTS,
    MONTH_NAMES,
    RELATIVE_DAYS,
    RELATIVE_STEPS,
    STEP_UNITS,
    UNIT_FAMILIES,
    WEEKDAYS,
)

_OR = "|".join
_COUNT = r"(?:\d+|a|an|one|" + _OR(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# the date that fixes a weekday: "Monday, 15 April", "Friday 14 March", "Friday _____"
_DATE_AFTER = re.compile(r",?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:"
                         + _OR(MONTH_NAMES) + r")\b|,?\s+\d{1,2}\b|,?\s+_{3,}")
# one phrase of time told against the text's own day
_RELATIVE = re.compile(
    r"(?<![\w'’-])(?:"
    r"(?:(?:late|early)\s+)?(?:on\s+)?(?:" + _OR(WEEKDAYS) + r")(?:\s+(?:" + _OR(DAY_PARTS)
    + r"))?"
    r"|(?:only\s+|just\s+|some\s+)?" + _COUNT + r"\s+(?:" + _OR(STEP_UNITS) + r")\s+(?:"
    + _OR(RELATIVE_STEPS) + r")(?!\s+than)"
    r"|(?:" + _OR(re.escape(p) for p in RELATIVE_DAYS) + r")"
    r")(?![\w'’-])", re.IGNORECASE)
# A word every phrase of _RELATIVE holds (weekdays end in "day"; RELATIVE_DAYS and
# STEP_UNITS say day, week, month, tomorrow, night or morning), matched as it matches them;
# tests/test_relative_time_words.py checks the lists still hold one of these
_RELATIVE_WORDS = ("day", "week", "month", "tomorrow", "night", "morning")
_RELATIVE_WORD = re.compile("|".join(_RELATIVE_WORDS), re.IGNORECASE)
# "PARIS —", "NEW YORK, 16 January 2009 --": a news report's first words; its place in
# capitals (or a blank made of it), then at most a short date or state after a comma
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'’-]{2,}|[A-Z]{2,}(?:\s+[A-Z.'’-]{2,})+|_{3,})"
                       r"(?:,\s+[^—–\n]{1,30}?)?\s+(?:—|–|--)\s+")
_BLANKS = re.compile(r"_{3,}")
_FAMILY = {word: family for family, words in UNIT_FAMILIES.items() for word in words}
_HEDGE = r"(?:(?:about|around|some|roughly|approximately|nearly|almost|or|over|under)\s+)?"
_FIGURE = r"(?:minus\s+|-)?(?:\d[\d,]*(?:\.\d+)?|_{3,})(?:\s+(?:thousand|million|billion))?"


def _unit(name: str) -> str:
    return r"(?:(?:degrees?|square|cubic)\s+)?(?P<" + name + r">[A-Za-z]+)(?:\s+per\s+[a-z]+)?"


# a figure with its unit, then the same in another unit: in brackets or after a comma
_CONVERSION = re.compile(
    r"(?P<first>" + _FIGURE + r"\s+" + _unit("u1") + r")"
    r"(?P<second>\s*\(\s*" + _HEDGE + _FIGURE + r"\s+" + _unit("u2") + r"\s*\)"
    r"|,\s+" + _HEDGE + _FIGURE + r"\s+" + _unit("u3") + r"(?=[,.;)]|\s+(?:and|in|at|on)\b))")


def relative_time(text: str, keep: list[str]) -> list[str]:
    """The phrases of `text` that tell time against the text's own day, none holding a
    form in `keep` (the answer, a blank) and none followed by the date that fixes it
    ("on Monday, 15 April")."""
    if not _RELATIVE_WORD.search(text):
        return []  # the one scan of most texts: _RELATIVE tries its branches at each place
    found = []
    for m in _RELATIVE.finditer(text):
        phrase = m.group()
        if _DATE_AFTER.match(text, m.end()) or _holds(phrase, keep):
            continue
        found.append(phrase)
    return found


def conversions(text: str) -> list[tuple[str, str]]:
    """(what to find, what to put) for each figure given again in another unit of its
    family: the second figure goes, or, when it is the blank, the first one does."""
    out = []
    for m in _CONVERSION.finditer(text):
        first_unit = m.group("u1").casefold()
        second_unit = (m.group("u2") or m.group("u3") or "").casefold()
        family = _FAMILY.get(first_unit)
        if family is None or _FAMILY.get(second_unit) != family or first_unit == second_unit:
            continue
        second = m.group("second")
        if _BLANKS.search(second) and not _BLANKS.search(m.group("first")):
            inner = second.strip().removeprefix(",").strip().removeprefix("(").removesuffix(")")
            out.append((m.group(), re.sub(r"^" + _HEDGE, "", inner.strip())))
        else:
            out.append((m.group(), m.group("first")))
    return out


def _holds(phrase: str, keep: list[str]) -> bool:
    low = phrase.casefold()
    return bool(_BLANKS.search(phrase)) or any(
        k.strip() and re.search(r"(?<!\w)" + re.escape(k.strip().casefold()) + r"(?!\w)", low)
        for k in keep)


def without(text: str, phrase: str) -> str:
    """`text` without one phrase, its comma and space mended: "On Tuesday evening Macron
    said" -> "Macron said"; "held on 28 November, only ten weeks later." -> "held on 28
    November."; "Ten weeks later, the first election" -> "The first election"."""
    at = text.find(phrase)
    if at < 0:
        return text
    before, after = text[:at], text[at + len(phrase):]
    if not before.strip():  # the sentence opens on it
        after = after.lstrip(" ,")
        return before + after[:1].upper() + after[1:]
    if before.rstrip().endswith(",") and after[:1] in (".", ",", ";", ":", "?", "!", ")", ""):
        before = before.rstrip().removesuffix(",")
        return before + after
    after = after.lstrip()
    return before.rstrip() + (" " if after[:1].isalnum() or after[:1] == "_" else "") + after


def shown_alone(text: str, keep: list[str]) -> str:
    """`text` as an item shows it: no dateline, no relative time, no conversion beside a
    figure."""
    text = _DATELINE.sub("", text, count=1)
    for find, put in conversions(text):
        text = text.replace(find, put, 1)
    for phrase in relative_time(text, keep):
        text = without(text, phrase)
    return text


def standalone(item: Item) -> Item:
    """The item with what it shows read alone (see the module docstring); Drop when the
    answer itself was the dateline or a statement lost what made it false."""
    keep = [a for a in item.asked_answers if a.strip()] or [item.answer]
    dateline = _DATELINE.match(re.sub(r"^[^?]*\?\s+(?=\S*_{3})", "", item.prompt))
    if dateline and _BLANKS.search(dateline.group()):  # "Which city? _____ — A fire ..."
        raise Drop("the blank is in the report's dateline")
    changes: dict[str, object] = {}
    if item.kind not in (ItemKind.MATCHING, ItemKind.ORDERING, ItemKind.TRUE_FALSE):
        prompt = shown_alone(item.prompt, keep)
        if prompt != item.prompt:
            changes["prompt"] = prompt
    if item.kind == ItemKind.TRUE_FALSE and item.statement and item.true_statement:
        shown, true = _pair(item.statement, item.true_statement, keep)
        if item.answer == "false" and shown == true:
            raise Drop("the statement was false only in its dateline or relative time")
        if (shown, true) != (item.statement, item.true_statement):
            changes.update(statement=shown, true_statement=true,
                           prompt=item.prompt.replace(item.statement, shown, 1))
    if item.kind == ItemKind.MATCHING and item.pairs:
        said = {d: shown_alone(d, keep + [a]) for a, d in item.pairs}
        if any(k != v for k, v in said.items()):
            changes.update(pairs=[[a, said[d]] for a, d in item.pairs],
                           options=[said.get(o, o) for o in item.options or []])
    if item.kind == ItemKind.ORDERING and item.sequence:
        said = {e: shown_alone(e, keep) for e in item.sequence}
        if any(k != v for k, v in said.items()):
            changes.update(sequence=[said[e] for e in item.sequence],
                           options=[said.get(o, o) for o in item.options or []],
                           answer=" → ".join(said[e] for e in item.sequence))
    return replace(item, **changes) if changes else item  # type: ignore[arg-type]


def _pair(statement: str, true: str, keep: list[str]) -> tuple[str, str]:
    """A true/false statement and its true form, each phrase left out of both or neither
    (a phrase that differs between them is what makes the statement false)."""
    statement = _DATELINE.sub("", statement, count=1)
    true = _DATELINE.sub("", true, count=1)
    for find, put in conversions(true):
        if find in statement:
            statement, true = statement.replace(find, put, 1), true.replace(find, put, 1)
    for find, put in conversions(statement):  # the false figure's own conversion
        statement = statement.replace(find, put, 1)
    for phrase in relative_time(true, keep):
        if phrase in statement:
            statement, true = without(statement, phrase), without(true, phrase)
    return statement, true
