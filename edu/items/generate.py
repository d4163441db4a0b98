"""Facts -> items of the seven kinds, deterministically, with a report of what was dropped.

`generate_items(deck, kinds=None, seed=0)` is what the trainer, Anki export and handouts call.
Each item draws from its own `random.Random(f"{seed}:{item_id}")`, so adding or editing one
fact never changes the items of another.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Sequence

from edu.deck.model import Deck, Fact, FactStatus
from edu.errors import EduError
from edu.gcpause import no_cycle_collection
from edu.items import (
    cloze,
    itemcache,
    matching,
    multiple_choice,
    numeric,
    ordering,
    short_answer,
    true_false,
)
from edu.items.common import Context, Drop
from edu.items.model import Item, ItemKind, parse_kinds
from edu.text.reading import read_document
from edu.text.stemcache import flush as flush_stems

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


def generate_items_with_report(deck: Deck, kinds: Iterable[str] | str | None = None,
                               seed: int = 0, *, include_drafts: bool = False,
                               first_of: Sequence[str] | None = None,
                               ) -> tuple[list[Item], list[Dropped]]:
    """Items (fact order, then kind order; groups last) and the (id, kind, reason) dropped.

    Draft facts (fresh from `edu extract`) are skipped unless `include_drafts` is set. With
    `first_of` (kinds in order of preference), each fact gets only the first of those kinds
    that can be made, and kinds a fact never reaches are not tried: an export of one card per
    fact does a fifth of the work. Group kinds are made whole either way."""
    wanted = [ItemKind(k) for k in parse_kinds(kinds)]
    if first_of is not None:
        wanted = [ItemKind(k) for k in first_of if ItemKind(k) in wanted]
    if include_drafts:
        deck = dataclasses.replace(deck, facts=[
            dataclasses.replace(f, status=FactStatus.REVIEWED)
            if f.status == FactStatus.DRAFT else f
            for f in deck.facts])
    options = json.dumps([seed, wanted, first_of is not None])
    key = itemcache.items_key(deck, options)
    kept = itemcache.recall(deck, options, key) if key is not None else None
    if kept is not None:
        return kept
    with no_cycle_collection():  # items and their strings make no cycles: ~25% faster
        items, dropped = _generate(deck, wanted, seed, first_of is not None)
    flush_stems()  # answers stemmed for the cloze and distractor checks: no nltk next time
    if key is not None:
        itemcache.keep(deck, options, key, items, dropped)
    return items, dropped


def _generate(deck: Deck, wanted: list[ItemKind], seed: int,
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


def generate_items(deck: Deck, kinds: Iterable[str] | str | None = None,
                   seed: int = 0, *, include_drafts: bool = False,
                   first_of: Sequence[str] | None = None) -> list[Item]:
    """Items for the deck (see generate_items_with_report for what gets dropped and why)."""
    return generate_items_with_report(deck, kinds, seed, include_drafts=include_drafts,
                                      first_of=first_of)[0]
