"""true_false: a statement built from the fact, true as-is or made false with a distractor.

About a third of the facts of a deck have no safe false form (no distractor that is surely
false), so they are always true; the others are made false with FALSE_SHARE, which keeps the
share of false statements near one half at every seed ("always press t" scores no better than
chance). A figure the question gives as a bound ("more than how many?") has no false value by
construction (any larger bound may be true as well), so it gets no true/false item at all.
"""

from __future__ import annotations

from edu.deck.model import Fact
from edu.items.common import Context, Drop, answer_forms, base_item, check_no_leak, leaks
from edu.items.distractors import distractors_for, too_similar
from edu.items.hedges import direction_of
from edu.items.model import Item, ItemKind
from edu.items.phrasing import statement

# Chance that a fact with a safe distractor is shown false: 0.5 / (share of such facts, ~0.64).
# A constant, not computed per deck: adding a fact must not flip other facts' statements.
FALSE_SHARE = 0.78


def make(fact: Fact, ctx: Context) -> Item:
    """The seed decides true or false; the true statement is kept to show after answering."""
    check_no_leak(fact, fact.prompt)
    if direction_of(fact):
        raise Drop("a bound ('more than how many') cannot be made false by construction")
    item = base_item(fact, ItemKind.TRUE_FALSE, ctx)
    rng = ctx.rng(item.id)
    true_text = statement(fact.prompt, fact.answer, fact.kind)
    if fact.answer.casefold() not in true_text.casefold():
        raise Drop("could not build a statement that contains the answer")
    text = true_text
    if rng.random() < FALSE_SHARE:
        try:
            wrong = distractors_for(fact, ctx.deck, rng, 1, ctx.surroundings(fact))[0]
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
