"""true_false: a statement built from the fact, true as-is or made false with a distractor.

Half the statements should be false, at every seed and in every deck, so that pressing "t"
every time scores chance. A number or date can nearly always be made false, so it is shown
false with probability one half. A name can be made false only when a safe distractor exists
(same category, fitting the question's qualifiers, not possibly true): names are shown false
with probability 0.5 / (the deck's share of names that have one), so that the names as a
whole are half false too. That share depends on the deck, as name distractors always did;
a number's or date's statement never depends on other facts.

A figure the question gives as a bound ("more than how many?") has no false value by
construction (any larger bound may be true as well), so it gets no true/false item at all.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from edu.deck.model import Fact, FactKind, FactStatus
from edu.items.cloze import BLANK, sentence_as_written
from edu.items.common import (
    Context,
    Drop,
    answer_forms,
    base_item,
    check_no_leak,
    check_single_figure,
    leaks,
)
from edu.items.distractors import distractors_for, too_similar
from edu.items.hedges import approximation_word, direction_of
from edu.items.model import Item, ItemKind
from edu.items.phrasing import as_written, fluent_statement, reordered, strays
from edu.items.pools import says_nothing
from edu.items.ranges import range_of
from edu.items.short import STATEMENT_WORDS, short_stater
from edu.text.names import HONORIFICS, NOBLE_TITLES

TARGET_FALSE = 0.5
_TITLES = frozenset(HONORIFICS) | frozenset(NOBLE_TITLES)


def false_chance(fact: Fact, ctx: Context) -> float:
    """Probability of showing this fact's statement false (see the module docstring)."""
    if fact.kind != FactKind.NAME:
        return TARGET_FALSE
    share = ctx.shared.get("true_false:name_share")
    if share is None:
        names = [f for f in ctx.deck.facts if f.kind == FactKind.NAME
                 and f.status != FactStatus.DRAFT and not says_nothing(f.category)]
        able = 0
        for f in names:
            try:
                distractors_for(f, ctx.deck, random.Random(0), 1, ctx.surroundings(f),
                                in_sentence=True)
                able += 1
            except Drop:
                pass
        share = ctx.shared["true_false:name_share"] = able / len(names) if names else 1.0
    return min(1.0, TARGET_FALSE / share) if share else 0.0


def make(fact: Fact, ctx: Context) -> Item:
    """The seed decides true or false; the true statement is kept to show after answering."""
    check_no_leak(fact, fact.prompt)
    check_single_figure(fact)
    if fact.kind == FactKind.NAME and says_nothing(fact.category):
        raise Drop(f"category '{fact.category}' says nothing of what the answer is: a "
                   "statement about it could only be true")
    if direction_of(fact):
        raise Drop("a bound ('more than how many') cannot be made false by construction")
    item = base_item(fact, ItemKind.TRUE_FALSE, ctx)
    rng = ctx.rng(item.id)
    state = _stater(fact, ctx)
    if ctx.reading is not None and ctx.reading.raw:  # a claim, not a paragraph
        short = short_stater(state, fact.answer, answer_forms(fact))
        if short is None:
            raise Drop(f"its statement would be a whole sentence of over {STATEMENT_WORDS} "
                       "words, and no clause of it holds the answer alone")
        state = short
    state = _hedged(state, fact, ctx)
    true_text = state(fact.answer)
    if true_text is None or not leaks(true_text, answer_forms(fact)):
        raise Drop("could not build a statement that contains the answer")
    text = true_text
    if rng.random() < false_chance(fact, ctx):
        try:
            wrong = distractors_for(fact, ctx.deck, rng, 1, ctx.surroundings(fact),
                                    in_sentence=True)[0]
        except Drop:
            wrong = None  # no distractor: the item stays true
        if wrong is not None and _titled_twice(true_text, fact.answer, wrong):
            wrong = None  # "Sir Prince of Wales" would give itself away: the item stays true
        if wrong is not None and _POSSESSIVE.search(fact.answer) and not _POSSESSIVE.search(
                wrong):
            wrong += "'s"  # "Galileo Galilei's discovery" -> "Johannes Kepler's discovery"
        if wrong is not None:
            if too_similar(wrong, fact.answer):
                raise Drop(f"statement would be true both ways ('{wrong}')")
            text = state(wrong) or true_text
            if text != true_text and leaks(text, answer_forms(fact)):
                raise Drop(f"false statement still contains the answer ('{wrong}')")
    item.statement = text
    item.true_statement = true_text
    item.answer = "true" if text == true_text else "false"
    item.prompt = f"True or false? {text}"
    item.aliases = []
    return item


def _hedged(state: Callable[[str], str | None], fact: Fact,
            ctx: Context) -> Callable[[str], str | None]:
    """Statements that keep the evidence's approximation ("Each journey took roughly 15
    minutes."): a figure rebuilt from a question that dropped it would be stated as exact."""
    word = approximation_word(ctx.evidence(fact), fact.answer) if fact.kind == FactKind.NUMBER \
        else None
    said = state(fact.answer) if word else None
    if not word or said is None or re.search(r"\b" + word + r"\s", said, re.IGNORECASE):
        return state

    def hedged(value: str) -> str | None:
        text = state(value)
        at = text.find(value) if text is not None else -1
        if text is None or at < 0:
            return text
        return text[:at] + f"{word} " + text[at:]
    return hedged


def _stater(fact: Fact, ctx: Context) -> Callable[[str], str | None]:
    """How the fact's statements are said with one answer or another: the statement rebuilt
    from the question, a name with its article where the document says it ("The Royal Society
    set up ...", not "Royal Society set up ..."), in ordinary English only with the words of
    its sentence (`as_written`); else, in ordinary English, the evidence sentence as written
    with the answer swapped (Drop where there is neither: "Where was ground broken? — Rome" is
    no statement a teacher prints)."""
    raw = ctx.reading is not None and ctx.reading.raw
    evidence = ctx.evidence(fact) if raw else ""

    def rebuilt(answer: str) -> str | None:
        found = fluent_statement(fact.prompt, ctx.said(answer))
        if found is not None and raw:  # its verbs as the text writes them, or None
            found = as_written(found, fact.prompt, ctx.said(answer), evidence)
        return _DOUBLE_THE.sub(r"\1 ", found) if found is not None else None

    # a range is swapped in its sentence where it has one: "Between which years ...?" rebuilt
    # with "from 1505 to 1510" would read "Between from 1505 to 1510, ..."
    written = sentence_as_written(fact, ctx) if range_of(fact) is not None else None
    if written is None and rebuilt(fact.answer) is not None:
        # a figure or a date said in another order than its sentence's: the sentence as
        # written says it (where it can be shown)
        said = rebuilt(fact.answer) or ""
        forms = tuple(answer_forms(fact))
        stray = raw and strays(said, evidence, forms)
        if not raw or not (stray or (
                fact.kind != FactKind.NAME and reordered(said, evidence, forms))):
            return rebuilt
        written = sentence_as_written(fact, ctx)
        if written is None and stray:
            raise Drop("the statement rebuilt from the question joins words its sentence "
                       "never writes together, and the sentence cannot be shown as written")
        if written is None or _CONVERSION.search(written[0]):
            return rebuilt  # a figure said twice in its sentence: the rebuilt order stays
    written = written or sentence_as_written(fact, ctx)
    if written is None:
        raise Drop("no statement reads as English: the question's form is not understood "
                   "and there is no sentence as written to state")
    blanked, form = written

    def swapped(answer: str) -> str:
        text = blanked.replace(BLANK, form if answer == fact.answer else answer, 1)
        return text[:1].upper() + text[1:]  # "three rail tunnels ..." opens a sentence
    return swapped


# A figure in brackets ("363 miles (584 kilometres)"): the same quantity said again, which a
# false value swapped in beside it would contradict, so the sentence as written gives it away.
_CONVERSION = re.compile(r"\([^()]*\d[^()]*\)")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")
_DOUBLE_THE = re.compile(r"\b([Tt]he) the ")  # "grew into the _____" + "the Bank of America"


def _titled_twice(text: str, answer: str, wrong: str) -> bool:
    """True when the word before the answer is a title ("Sir John Fowler") and the distractor
    opens with one of its own: the false statement would read "Sir Prince of Wales"."""
    at = text.casefold().find(answer.casefold())
    before = text[:at].split()[-1:] if at > 0 else []
    first = wrong.split()[:1]
    return bool(before and first) and before[0].strip(".,;:").casefold() in _TITLES \
        and first[0].casefold() in _TITLES
