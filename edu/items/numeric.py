"""numeric: a typed number, accepted within the fact's tolerance and in any unit of its kind."""

from __future__ import annotations

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
from edu.text.quantities import parse_date, parse_quantity


def applies(fact: Fact) -> bool:
    """Numeric items exist for number facts and for dates that are a bare year."""
    if fact.kind == FactKind.NUMBER:
        return True
    parsed = parse_date(fact.answer) if fact.kind == FactKind.DATE else None
    return parsed is not None and parsed[0] is not None and parsed[1] is None


def make(fact: Fact, ctx: Context) -> Item:
    """Only for number facts and year-only dates; the unit is named in the prompt."""
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
    if item.unit and item.unit.lower() not in item.prompt.lower():
        item.prompt = f"{item.prompt} (in {item.unit})"
    return item
