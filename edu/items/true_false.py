"""true_false: a statement built from the fact, true as-is or made false with a distractor."""

from __future__ import annotations

from edu.deck.model import Fact
from edu.items.common import Context, Drop, answer_forms, base_item, check_no_leak, leaks
from edu.items.distractors import distractors_for, too_similar
from edu.items.model import Item, ItemKind
from edu.items.phrasing import statement


def make(fact: Fact, ctx: Context) -> Item:
    """The seed decides true or false; the true statement is kept to show after answering."""
    check_no_leak(fact, fact.prompt)
    item = base_item(fact, ItemKind.TRUE_FALSE, ctx)
    rng = ctx.rng(item.id)
    true_text = statement(fact.prompt, fact.answer, fact.kind)
    if fact.answer.casefold() not in true_text.casefold():
        raise Drop("could not build a statement that contains the answer")
    text = true_text
    if rng.random() < 0.5:
        try:
            wrong = distractors_for(fact, ctx.deck, rng, 1, ctx.surroundings(fact),
                                    in_statement=True)[0]
        except Drop:
            wrong = None  # no distractor: the item stays true
        if wrong is not None:
            if too_similar(wrong, fact.answer):
                raise Drop(f"statement would be true both ways ('{wrong}')")
            text = statement(fact.prompt, wrong, fact.kind)
            if leaks(text, answer_forms(fact)):
                raise Drop(f"false statement still contains the answer ('{wrong}')")
    item.statement = text
    item.true_statement = true_text
    item.answer = "true" if text == true_text else "false"
    item.prompt = f"True or false? {text}"
    item.aliases = []
    return item
