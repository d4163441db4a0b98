"""short_answer: the fact's own question; the learner types the answer."""

from __future__ import annotations

from edu.deck.model import Fact, FactKind
from edu.items.common import Context, base_item, check_no_leak
from edu.items.hedges import tolerance_of
from edu.items.model import Item, ItemKind


def make(fact: Fact, ctx: Context) -> Item:
    """The fact's prompt as asked; dropped if the prompt gives the answer away."""
    check_no_leak(fact, fact.prompt)
    item = base_item(fact, ItemKind.SHORT_ANSWER, ctx)
    if fact.kind == FactKind.NUMBER:
        item.unit, item.tolerance = fact.unit, tolerance_of(fact)
    return item
