"""multiple_choice: the fact's question with four options, exactly one right."""

from __future__ import annotations

from edu.deck.model import Fact
from edu.items.common import Context, base_item, check_no_leak
from edu.items.distractors import distractors_for
from edu.items.model import Item, ItemKind

N_OPTIONS = 4


def make(fact: Fact, ctx: Context) -> Item:
    """Answer plus three distractors, in an order shuffled with the item's own seed."""
    check_no_leak(fact, fact.prompt)
    item = base_item(fact, ItemKind.MULTIPLE_CHOICE, ctx)
    rng = ctx.rng(item.id)
    options = [fact.answer, *distractors_for(fact, ctx.deck, rng, N_OPTIONS - 1,
                                              ctx.surroundings(fact))]
    rng.shuffle(options)
    item.options = options
    return item
