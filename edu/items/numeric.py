"""numeric: a typed number, accepted within the fact's tolerance and in any unit of its kind.

A range ("between 227,000 and 300,000", "from 1505 to 1510") is typed as a range; the
prompt says so ("(a range)"), and grading takes both ends (edu/grading/grade.py,
`grade_range`: both ends right is correct, one end or a figure inside it almost)."""

from __future__ import annotations

import re

from edu.deck.model import Fact, FactKind
from edu.items.common import (
    Context,
    Drop,
    base_item,
    check_no_leak,
    check_single_figure,
    shown_in_digits,
)
from edu.items.hedges import tolerance_of
from edu.items.model import YEAR_UNIT, Item, ItemKind
from edu.items.ranges import range_of
from edu.text.quantities import parse_date, parse_quantity, parse_range


def applies(fact: Fact) -> bool:
    """Numeric items exist for number facts and for dates that are a bare year."""
    if fact.kind == FactKind.NUMBER:
        return True
    span = range_of(fact)
    if span is not None:
        return span.years  # "from 1505 to 1510": years typed as a range
    parsed = parse_date(fact.answer) if fact.kind == FactKind.DATE else None
    return parsed is not None and parsed[0] is not None and parsed[1] is None


def make(fact: Fact, ctx: Context) -> Item:
    """Only for number facts and year-only dates; the unit is named in the prompt."""
    span = range_of(fact)
    if fact.kind == FactKind.DATE and span is not None and span.years:
        check_no_leak(fact, fact.prompt)
        item = base_item(fact, ItemKind.NUMERIC, ctx)
        item.unit, item.tolerance = YEAR_UNIT, 0.0
        item.prompt = fact.prompt if "year" in fact.prompt.lower() else f"{fact.prompt} (years)"
        return _asks_range(item)
    if fact.kind == FactKind.DATE:
        parsed = parse_date(fact.answer)
        if parsed is None or parsed[1] is not None or parsed[0] is None:
            raise Drop("numeric needs a number fact or a year-only date")
        check_no_leak(fact, fact.prompt)
        item = base_item(fact, ItemKind.NUMERIC, ctx)
        item.unit, item.tolerance = YEAR_UNIT, 0.0
        # "In which year ...?" says it already; a bare cloze needs the word
        item.prompt = fact.prompt if "year" in fact.prompt.lower() else f"{fact.prompt} (year)"
        return item
    if fact.kind != FactKind.NUMBER:
        raise Drop("numeric needs a number fact or a year-only date")
    check_single_figure(fact)
    quantity = parse_quantity(fact.answer)
    if quantity is None:
        raise Drop(f"answer '{fact.answer}' is not a number")
    check_no_leak(fact, fact.prompt)
    item = shown_in_digits(base_item(fact, ItemKind.NUMERIC, ctx))
    item.unit = fact.unit or quantity.unit or None
    item.tolerance = tolerance_of(fact)
    if item.unit and item.unit.lower() not in item.prompt.lower() \
            and not _MONEY_GAP.search(item.prompt):
        item.prompt = f"{item.prompt} (in {item.unit})"
    return _asks_range(item) if span is not None else item


# a gap the sentence writes its currency before ("about $_____, or around a quarter",
# "fell from about $_____ a ton"): it says the unit, and "(in dollars)" after the sentence
# is a cue the blind reviewers marked (3 of 3 raw items), or wrong ("(in tons)")
_MONEY_GAP = re.compile(r"[$£€¥]\s?_{3,}")

RANGE_HINT = "(a range)"  # a learner types both ends: one figure would be half the answer


def _asks_range(item: Item) -> Item:
    """A range's item says that both ends are asked ("How many metres deep is the harbour?
    (in metres) (a range)") unless its answer reads as two readings of one figure."""
    span = parse_range(item.answer)
    if span is not None and not span.alternatives:
        item.prompt = f"{item.prompt} {RANGE_HINT}"
    return item
