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
from edu.items.qualifiers import untitled

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


def _without_title(name: str) -> str | None:
    """A name without the titles before it, when a full name remains ("President Dwight
    Eisenhower" -> "Dwight Eisenhower"; not "King John", nor "Earl of Pembroke")."""
    words = untitled(name)
    if len(words) == len(name.split()) or len(words) < 2 or not words[0][:1].isupper():
        return None
    return " ".join(words)


def _said_alike(answer: str, wrong: list[str]) -> tuple[str, list[str]]:
    """Options in one form: a titled name alone among bare ones loses its title (and a bare
    answer's options theirs), so no option stands out by its form ("President Dwight
    Eisenhower" beside "James Van Allen" and "Sergei Korolev")."""
    names = [answer, *wrong]
    bare = [_without_title(option) for option in names]
    titled = [len(untitled(option)) < len(option.split()) for option in names]
    if sum(titled) in (0, len(titled)):
        return answer, wrong
    if not all(b is not None for b, t in zip(bare, titled, strict=True) if t):
        # a title that cannot go ("King John", "Ms Welsh") stays; the answer's own title, of
        # no other option, goes all the same: "President George W. Bush" beside "Ms Welsh",
        # "Donna Dent" and "David Paterson" was chosen by its title alone (blind review)
        titles = [option.split()[:len(option.split()) - len(untitled(option))]
                  for option in names]
        if bare[0] is None or titles.count(titles[0]) > 1 or any(
                b is not None and b.casefold() == bare[0].casefold() for b in bare[1:]):
            return answer, wrong
        return bare[0], wrong
    shown = [b or o for b, o in zip(bare, names, strict=True)]
    if len({s.casefold() for s in shown}) < len(shown):
        return answer, wrong
    return shown[0], shown[1:]


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
    shown, wrong = _said_alike(item.answer, wrong)
    if shown != item.answer:
        item.aliases = [item.answer, *item.aliases]
        item.answer = shown
    options = [item.answer, *wrong]
    rng.shuffle(options)
    item.options = options
    return item
