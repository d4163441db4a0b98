"""multiple_choice: the fact's question with four options, exactly one right."""

from __future__ import annotations

import re

from edu.deck.model import Fact
from edu.items.common import (
    Context,
    Drop,
    base_item,
    check_no_leak,
    in_digits,
    shown_in_digits,
)
from edu.items.distractors import distractors_for
from edu.items.model import Item, ItemKind

N_OPTIONS = 4


def _first_word(text: str) -> str:
    words = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE).split()
    return words[0].split("-")[0] if words else ""


def _echoed_word(fact: Fact) -> str | None:
    """The answer's first word when the question says it too ('Which APSTAR satellite ...?'
    answered 'APSTAR-6D'): then another option must start with it, or the echo gives the
    answer away."""
    first = _first_word(fact.answer)
    if len(first) > 3 and first[0].isupper() and re.search(rf"\b{re.escape(first)}\b",
                                                          fact.prompt):
        return first
    return None


def make(fact: Fact, ctx: Context) -> Item:
    """Answer plus three distractors, in an order shuffled with the item's own seed."""
    check_no_leak(fact, fact.prompt)
    item = shown_in_digits(base_item(fact, ItemKind.MULTIPLE_CHOICE, ctx))
    rng = ctx.rng(item.id)
    wrong = distractors_for(fact, ctx.deck, rng, N_OPTIONS - 1, ctx.surroundings(fact))
    echo = _echoed_word(fact)
    if echo and not any(_first_word(option) == echo for option in wrong):
        raise Drop(f"only the answer starts with '{echo}', a word of the question")
    if item.answer != fact.answer:  # a figure in words shown in digits: its options too
        wrong = [in_digits(option) or option for option in wrong]
    options = [item.answer, *wrong]
    rng.shuffle(options)
    item.options = options
    return item
