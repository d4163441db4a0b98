"""One end of a range asked alone: "a stay of three to twelve months" asked "3 months".

A figure the evidence writes as one end of a range ("between three months and a year",
"three to twelve months", "between 30 and 40 per cent", "5-7 days", "from 1505 to 1510")
asked as the value is half a fact, and a wrong one: set 20's blind reviewer marked "What is
the period of participants in months?" (3) wrong in two kinds. An item of such a figure is
made only when what it shows states the other end too ("Participants spent between _____
months and a year abroad."), where the learner sees the range and is asked one of its ends.

The extraction's own test (edu.text.quantities.range_end) reads figures in digits with a
figure after the joint; the items' test reads the ranges of ordinary English too: number
words, up to two words of unit between the ends ("three months and a year"), an end that
is "a"/"an" ("a year"), and an upper end after a "from ..." of a few words ("from a little
over a day to about 100 days"). A change ("rose from 12 to 20") is no range.
"""

from __future__ import annotations

import re

from edu.deck.model import Fact, FactKind
from edu.text.numbers import SMALL_NUMBERS, find_number, number_to_words

_SPELT = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_SCALE = r"(?:\s+(?:hundred|thousand|million|billion))?"
# one figure as ordinary English writes it: digits, number words ("twenty-five"), "a"/"an"
_FIGURE = (r"(?:\d[\d,.]*%?|(?:" + _SPELT + r")(?:[\s-](?:" + _SPELT + r"))?|an?|half\s+an?)"
           + _SCALE)
_HEDGE_WORDS = (r"(?:about|around|some|roughly|approximately|nearly|almost|just\s+over|over"
                r"|a\s+little\s+over|up\s+to|as\s+many\s+as|as\s+much\s+as)")
_HEDGE = r"(?:" + _HEDGE_WORDS + r"\s+)?"
# up to two words of unit ("months", "square kilometres", "per cent"), never a word that
# joins or opens a phrase ("published in 1888 and ran to nearly 500 pages" is no range)
_UNIT = (r"(?:\s*%|\s+per\s+cent|\s+(?!(?:and|or|to|than|the|a|an|of|in|on|at|by|for|with"
         r"|was|were|is|are|had|has)\b)[a-z]+){0,2}")
_JOINT = r"\s*(?:to|and|[-\u2013\u2014])\s*"
# the words after a lower end up to the upper one ("three months and a year", "5-7")
_LOWER_AFTER = re.compile(r"^" + _SCALE + _UNIT + _JOINT + _HEDGE + _FIGURE + r"\b",
                          re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+" + _HEDGE + r"$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+" + _HEDGE + r"$", re.IGNORECASE)
# the words before an upper end ("between 30 and", "three to", "from a little over a day to
# about", "5-")
_UPPER_BEFORE = re.compile(r"(?:\b(?:between|from)\s+" + _HEDGE + _FIGURE + r"(?:\s+[\w-]+)"
                           r"{0,3}?|\b" + _FIGURE + _UNIT + r")" + _JOINT + _HEDGE + r"$",
                           re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:r[io]s\w*|f[ae]ll\w*|gr[eo]w\w*|increas\w*|decreas\w*|dropp?\w*"
                     r"|climb\w*|cut|reduc\w*|jump\w*|soar\w*|shr[iau]nk\w*|rais\w*|went"
                     r"|chang\w*|mov\w*|doubl\w*|tripl\w*)\b[\w\s,]{0,40}$", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"^-\d+/\d")  # "26-1/2 hours": a whole and a half


def _spots(text: str, fact: Fact) -> list[tuple[int, int]]:
    """Where the evidence writes the answer's figure: as the answer writes it, in digits,
    in words."""
    found = find_number(fact.answer)
    if found is None:
        return []
    forms = {found.numeral.strip()}
    if found.value.is_integer():
        value = int(found.value)
        forms |= {str(value), f"{value:,}"}
        if 0 < value < 100:
            forms.add(number_to_words(value))
    spots = []
    for form in forms:
        for m in re.finditer(r"(?<![\w.,])" + re.escape(form) + r"(?![\w]|[.,]\d)", text,
                             re.IGNORECASE):
            spots.append((m.start(), m.end()))
    return sorted(set(spots))


def _other_end(text: str, start: int, end: int) -> str | None:
    """The range's other figure (as written) when the figure at [start, end) of `text` is
    one end of a range, else None."""
    before, after = text[max(0, start - 60): start], text[end: end + 60]
    if _FRACTION_AFTER.match(after):
        return None
    lower = _LOWER_AFTER.match(after)
    if lower is not None:
        joint = re.search(_JOINT, after[: lower.end()])
        word = joint.group(0).strip().lower() if joint else ""
        opened = _FROM.search(before)
        if word == "and" and not _BETWEEN.search(before):
            pass  # "30 men and 40 women": a list
        elif opened is not None and _CHANGE.search(before[: opened.start()]):
            return None  # "rose from 12 to 20 metres": a change
        elif joint is not None:
            unit = re.match(r"\s+[a-z]+", after[lower.end():])  # "and a year"
            return after[joint.end(): lower.end() + (unit.end() if unit else 0)].strip()
    upper = _UPPER_BEFORE.search(before)
    if upper is None:
        return None
    opening = upper.group(0)
    between = re.match(r"between\b", opening, re.IGNORECASE)
    if re.search(r"\band\s*" + _HEDGE + r"$", opening, re.IGNORECASE) and not between:
        return None  # "30 men and 40 women"
    if re.match(r"from\b", opening, re.IGNORECASE) and _CHANGE.search(before[: upper.start()]):
        return None
    return opening.strip()


def unstated_other_end(fact: Fact, evidence: str, shown: str) -> str | None:
    """The other end of the range the answer is one end of in `evidence`, when the item's
    `shown` text (its question, statement or sentence) does not state it; else None."""
    if fact.kind != FactKind.NUMBER or not evidence:  # a period's first year is a date
        # of its own ("from 1939 to 1945": when did the war begin?)
        return None
    from edu.text.quantities import parse_range  # the answer itself a range: its own items

    if parse_range(fact.answer) is not None:
        return None
    ends = [end for start, stop in _spots(evidence, fact)
            if (end := _other_end(evidence, start, stop)) is not None]
    if not ends:
        return None
    said = _end_said(ends[0])
    if said.casefold() in shown.casefold():
        return None  # "between _____ months and a year"
    value = find_number(said)
    if value is not None and any(
            n is not None and n.value == value.value
            for n in (find_number(w) for w in re.findall(r"\d[\d,.]*|[a-z]+", shown.lower()))):
        return None
    return said


def _end_said(other: str) -> str:
    """The other end as a learner would read it in an item: its figure and the word after
    ("a year", "40", "twelve months"), without "between", "from", hedges and the joint."""
    text = re.sub(r"^(?:between|from)\s+", "", other.strip(), flags=re.IGNORECASE)
    text = re.sub(_JOINT + r"(?:" + _HEDGE_WORDS + r")?\s*$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^" + _HEDGE, "", text, flags=re.IGNORECASE)
    return text.strip()
