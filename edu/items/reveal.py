"""No item reveals another: the rule for putting items side by side (a worksheet, a session).

Two items clash when they ask for the same answer (two questions whose answer is Tiantong-1,
or 2030) or when what one shows states what the other asks ("Of China's 207 launch missions
..." beside "How many launch missions ...?"). What an item shows is its prompt, statement,
options, matching columns and ordering events; what it asks is `Item.asked_answers`. Numbers
count as stated when their value appears as a standalone number; names when their words do.
"""

from __future__ import annotations

from collections.abc import Iterable

from edu.deck.model import FactKind
from edu.items.common import leaks, number_leaks
from edu.items.model import Item, ItemKind
from edu.text.normal import key_of
from edu.text.quantities import parse_date, parse_quantity


def shown_text(item: Item) -> str:
    """Everything a learner reads before answering."""
    parts = [item.prompt, item.statement or ""]
    if item.kind != ItemKind.MULTIPLE_CHOICE:  # an option is a guess, not a statement
        parts += list(item.options or [])
    parts += [text for pair in item.pairs or [] for text in pair]
    parts += list(item.sequence or [])
    return "\n".join(p for p in parts if p)


def _same(a: str, b: str) -> bool:
    if key_of(a) == key_of(b):
        return True
    qa, qb = parse_quantity(a), parse_quantity(b)
    if qa is not None and qb is not None and qa.value == qb.value and (
            key_of(a).isdigit() or key_of(b).isdigit()):
        return True
    da, db = parse_date(a), parse_date(b)
    return da is not None and da == db


def shared_answer(a: Item, b: Item) -> str | None:
    """An answer both items ask for, if any."""
    for x in a.asked_answers:
        for y in b.asked_answers:
            if _same(x, y):
                return x
    return None


def states(text: str, item: Item) -> str | None:
    """The answer of `item` that `text` states, if any."""
    if item.fact_kind == FactKind.NUMBER:
        found = number_leaks(text, item.asked_answers)
        if found:
            return found
    return leaks(text, item.asked_answers)


def clash(a: Item, b: Item) -> str | None:
    """Why `a` and `b` must not be asked side by side (None when they may)."""
    if a.id == b.id:
        return None
    same = shared_answer(a, b)
    if same:
        return f"both ask for '{same}'"
    stated = states(shown_text(a), b)
    if stated:
        return f"{a.id} states '{stated}', the answer of {b.id}"
    stated = states(shown_text(b), a)
    if stated:
        return f"{b.id} states '{stated}', the answer of {a.id}"
    return None


def fits(item: Item, chosen: Iterable[Item]) -> bool:
    """Whether `item` can join the chosen items without revealing or being revealed."""
    return all(clash(item, other) is None for other in chosen)
