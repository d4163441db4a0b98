"""Facts -> items of the seven kinds, deterministically, with what was dropped and why.

Each item draws from its own `random.Random(f"{seed}:{item_id}")`, so adding or editing one
fact never changes the items of another. Callers go through edu.items.generate, which keeps
what is made here (edu.items.itemcache) and loads this module only when it must make items.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from edu.deck.model import Deck, Fact, FactStatus
from edu.errors import EduError
from edu.items import cloze, matching, multiple_choice, numeric, ordering, short_answer, true_false
from edu.items.common import Context, Drop
from edu.items.model import Item, ItemKind
from edu.text.reading import read_document

Dropped = tuple[str, str, str]  # (fact id or group id, kind, reason)

PER_FACT: dict[ItemKind, Callable[[Fact, Context], Item]] = {
    ItemKind.SHORT_ANSWER: short_answer.make,
    ItemKind.MULTIPLE_CHOICE: multiple_choice.make,
    ItemKind.TRUE_FALSE: true_false.make,
    ItemKind.CLOZE: cloze.make,
    ItemKind.NUMERIC: numeric.make,
}
PER_GROUP: dict[ItemKind, Callable[[Context], tuple[list[Item], list[Dropped]]]] = {
    ItemKind.MATCHING: matching.make_all,
    ItemKind.ORDERING: ordering.make_all,
}


def build_context(deck: Deck, seed: int = 0) -> Context:
    """The deck's items share one reading of its source (from the disk cache when unchanged)."""
    ctx = Context(deck=deck, seed=seed)
    try:
        ctx.reading = read_document(deck.source_path)
    except EduError as exc:
        ctx.source_problem = str(exc)
        return ctx
    ctx.reference = document_date(ctx.reading.glossary.meta.get("date"))
    return ctx


def document_date(value: object) -> tuple[int, int | None] | None:
    """(year, month) from a glossary `date` ('2022-01', 2022, a YAML date), None if absent."""
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2}))?", str(value)) if value is not None else None
    if not m:
        return None
    month = int(m.group(2)) if m.group(2) and 1 <= int(m.group(2)) <= 12 else None
    return int(m.group(1)), month


def make_items(deck: Deck, wanted: list[ItemKind], seed: int,
               first_only: bool) -> tuple[list[Item], list[Dropped]]:
    """Each fact's items of the wanted kinds (with `first_only`, the first that can be made),
    then the group kinds."""
    ctx = build_context(deck, seed)
    items: list[Item] = []
    dropped: list[Dropped] = []
    for fact in deck.facts:
        if fact.status == FactStatus.DRAFT:
            dropped.extend((fact.id, k, "draft fact (not reviewed)")
                           for k in wanted if k in PER_FACT)
            continue
        for kind in wanted:
            make = PER_FACT.get(kind)
            if make is None or (kind == ItemKind.NUMERIC and not numeric.applies(fact)):
                continue
            try:
                items.append(make(fact, ctx))
            except Drop as why:
                dropped.append((fact.id, kind, str(why)))
                continue
            if first_only:
                break  # the fact's preferred item is made
    for kind in wanted:
        group = PER_GROUP.get(kind)
        if group is not None:
            made, lost = group(ctx)
            items.extend(made)
            dropped.extend(lost)
    return items, dropped
