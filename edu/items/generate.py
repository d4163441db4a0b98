"""Facts -> items of the seven kinds, deterministically, with a report of what was dropped.

`generate_items(deck, kinds=None, seed=0)` is what the trainer, Anki export and handouts call.
The items are made by edu.items.make, and kept (edu.items.itemcache): the same facts, source
and options give the kept items back without loading the modules that make them.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from edu.deck.model import Deck, FactStatus, topic_of
from edu.gcpause import no_cycle_collection
from edu.items import itemcache
from edu.items.itemcache import Dropped
from edu.items.model import Item, ItemKind, parse_kinds
from edu.text.stemcache import flush as flush_stems


@dataclass
class ItemsRequest:
    """A deck's items as asked for, and the keys they are kept under (None: not kept).

    Why separate from making them: a consumer that keeps what it makes of the items (the
    Anki export's notes, edu.anki.notecache) asks by the same key whether it needs them at
    all, before they are read back."""

    deck: Deck  # drafts marked reviewed when they make items
    wanted: list[ItemKind]
    seed: int
    first_only: bool
    options: str
    keys: itemcache.CacheKeys | None


def request_items(deck: Deck, kinds: Iterable[str] | str | None = None, seed: int = 0, *,
                  include_drafts: bool = False, first_of: Sequence[str] | None = None,
                  ) -> ItemsRequest:
    """What generate_items_with_report would make, and its keys (hashed once)."""
    wanted = [ItemKind(k) for k in parse_kinds(kinds)]
    if first_of is not None:
        wanted = [ItemKind(k) for k in first_of if ItemKind(k) in wanted]
    if include_drafts:
        deck = dataclasses.replace(deck, facts=[
            dataclasses.replace(f, status=FactStatus.REVIEWED)
            if f.status == FactStatus.DRAFT else f
            for f in deck.facts])
    options = json.dumps([seed, wanted, first_of is not None])
    with no_cycle_collection():  # the facts' rows: many objects, no cycles
        keys = itemcache.cache_keys(deck, options)
    return ItemsRequest(deck, wanted, seed, first_of is not None, options, keys)


def generate_items_with_report(deck: Deck, kinds: Iterable[str] | str | None = None,
                               seed: int = 0, *, include_drafts: bool = False,
                               first_of: Sequence[str] | None = None,
                               ) -> tuple[list[Item], list[Dropped]]:
    """Items (fact order, then kind order; groups last) and the (id, kind, reason) dropped.

    Draft facts (fresh from `edu extract`) are skipped unless `include_drafts` is set. With
    `first_of` (kinds in order of preference), each fact gets only the first of those kinds
    that can be made, and kinds a fact never reaches are not tried: an export of one card per
    fact does a fifth of the work. Group kinds are made whole either way."""
    return requested_items(request_items(deck, kinds, seed, include_drafts=include_drafts,
                                         first_of=first_of))


Later = list[Callable[[], object]]  # work a caller runs when it has time (keeping items)


def requested_items(request: ItemsRequest, later: Later | None = None,
                    ) -> tuple[list[Item], list[Dropped]]:
    """The items and drops of `request`: kept ones when its key matches, else made (after an
    edit, partly from the parts kept last time) and kept (with `later`: the keeping is
    appended to it for the caller to run)."""
    found = requested_items_and_rows(request, later=later)
    return with_topic(in_standing(request, found.items, later), request.deck), found.dropped


def in_standing(request: ItemsRequest, items: list[Item], later: Later | None = None,
                ) -> list[Item]:
    """The items in the order a learner should meet them: a drafted document's, each kind's
    by its own quality (edu.items.make.standing_order), else as made (fact by fact). The order
    is kept beside the items (itemcache.keep_order; with `later`, when the caller has time):
    read back, it costs no parse.

    Why not in the items as kept: they are kept, and read back, part by part (fact by fact),
    as the Anki export's notes are made; the export keeps that order (one card per fact, in
    the facts' order)."""
    keys = request.keys
    order = itemcache.recall_order(request.deck, request.options, keys.whole) \
        if keys is not None else None
    if order is None:
        from edu.items import make  # lazy, as in requested_items_and_rows

        made_order = make.standing_order(request.deck, items) or []
        if keys is not None:
            def keep_order() -> None:
                itemcache.keep_order(request.deck, request.options, keys.whole, made_order)
            if later is not None:
                later.append(keep_order)
            else:
                keep_order()
        order = made_order
    if not order:
        return items
    place = {item_id: n for n, item_id in enumerate(order)}
    if len(place) != len(items) or any(item.id not in place for item in items):
        return items  # not these items' order (ids not one each): as made
    return sorted(items, key=lambda item: place[item.id])


def with_topic(items: list[Item], deck: Deck) -> list[Item]:
    """The items, each carrying its deck's topic (`topic_of` its title). Set here, on the
    items as made or read back, and not kept with them: a deck whose title changed keeps
    its items and shows the new topic."""
    topic = topic_of(deck.title)
    for item in items:
        item.topic = topic
    return items


@dataclass
class RequestedItems:
    """A request's items and drops, and what a consumer that keeps what it makes of them
    needs to know (edu.anki.notecache)."""

    items: list[Item]
    dropped: list[Dropped]
    rows: list[str] | None = None  # each item's row as the items cache kept it (made now)
    parts: list[itemcache.Part] | None = None  # the parts the items are made of, in order


def requested_items_and_rows(request: ItemsRequest, *, parts: bool = False,
                             later: Later | None = None) -> RequestedItems:
    """requested_items, with each item's row as the items cache keeps it (JSON text of every
    field) when the items were made now and kept, and the parts they were made in (kept or
    made now) when those are known (items read back whole: only when `parts` is asked).
    `later`: items made now are not kept here; their keeping (and the stems') is appended
    to it, for a caller with something to show first (the trainer's first question)."""
    deck, wanted, seed, options, keys = (request.deck, request.wanted, request.seed,
                                         request.options, request.keys)
    with no_cycle_collection():  # reading ~100,000 objects back, no cycles among them
        kept = itemcache.recall(deck, options, keys.whole) if keys is not None else None
    if kept is not None:
        listed = (itemcache.recall_parts(deck, options, keys, *kept)
                  if keys is not None and parts else None)
        return RequestedItems(kept[0], kept[1], None, listed)
    from edu.items import make  # lazy: its modules (distractors, the Reading) cost ~50 ms

    made: list[itemcache.Part] = []
    with no_cycle_collection():  # items and their strings make no cycles: ~25% faster
        if keys is None:
            items, dropped = make.make_items(deck, wanted, seed, request.first_only)
        else:  # after an edit, the parts whose inputs are unchanged are taken as they were
            earlier = itemcache.kept_parts(deck, options, keys)
            items, dropped = make.make_items(deck, wanted, seed, request.first_only,
                                             (keys, earlier, made))
    if later is not None:
        later.append(lambda: _keep(request, items, dropped, made))
        return RequestedItems(items, dropped, None, made if keys is not None else None)
    rows = _keep(request, items, dropped, made)
    return RequestedItems(items, dropped, rows, made if keys is not None else None)


def _keep(request: ItemsRequest, items: list[Item], dropped: list[Dropped],
          made: list[itemcache.Part]) -> list[str] | None:
    """Keep items made now (and the answers stemmed making them); their rows, None when
    the request is not kept."""
    flush_stems()  # answers stemmed for the cloze and distractor checks: no nltk next time
    if request.keys is None:
        return None
    with no_cycle_collection():  # 5,000 item rows and their JSON: no cycles
        return itemcache.keep(request.deck, request.options, request.keys.whole, items,
                              dropped, (request.keys, made))



def requested_parts(request: ItemsRequest, held: dict[str, Any],
                    groups: Callable[[list[itemcache.Part]], bool] | None = None,
                    ) -> list[itemcache.Part] | None:
    """The parts of the request's items in order (edu.items.make.made_parts): a part whose
    key is in `held` (key -> the need it was made with) and whose need still holds comes
    empty (`kept`), every other part is made. `groups` sees every fact's part and says
    whether the group kinds' parts are wanted (no: they are neither keyed nor made). None
    when the request is not kept (no keys).

    Why: a consumer that keeps what it makes of each part's items (the Anki export's notes)
    then makes only the parts that changed, without the items cache read back or written."""
    if request.keys is None:
        return None
    from edu.items import make  # lazy, as in requested_items_and_rows

    parts: list[itemcache.Part] = []
    with no_cycle_collection():
        parts.extend(make.made_parts(
            request.deck, request.wanted, request.seed, request.first_only, request.keys,
            held, (lambda: groups(parts)) if groups is not None else None))
    flush_stems()
    return parts


def generate_items(deck: Deck, kinds: Iterable[str] | str | None = None,
                   seed: int = 0, *, include_drafts: bool = False,
                   first_of: Sequence[str] | None = None, later: Later | None = None,
                   ) -> list[Item]:
    """Items for the deck (see generate_items_with_report for what gets dropped and why;
    `later`: see requested_items_and_rows)."""
    request = request_items(deck, kinds, seed, include_drafts=include_drafts,
                            first_of=first_of)
    return requested_items(request, later)[0]


class DeckMaking:
    """A deck's items (every kind, as `generate_items(deck, seed=seed)` gives them) made
    fact by fact as a session asks for them, the rest when `finish` is called: the parts
    are the ones `make.make_items` makes, in its order, so the items kept by `finish` are
    byte-identical to `edu items`'. Why: a deck's first quiz shows its question after
    ~20 facts' items, not the deck's ~1,000 (round 22u).

    `whole` is set at once (nothing to make lazily) when the items cache has them, the deck
    was edited (its unchanged parts are reused), it is not kept or fact ids repeat."""

    def __init__(self, deck: Deck, seed: int, later: Later) -> None:
        self.request = request_items(deck, None, seed)
        self.later = later
        self.whole: list[Item] | None = None
        self._facts: dict[int, itemcache.Part] = {}
        self._groups: list[itemcache.Part] | None = None
        keys = self.request.keys
        if keys is None or len({f.id for f in deck.facts}) != len(deck.facts) or \
                itemcache.recall(deck, self.request.options, keys.whole) is not None or \
                itemcache.kept_parts(deck, self.request.options, keys):
            self.whole = requested_items(self.request, later)[0]
            return
        from edu.items import make  # lazy, as in requested_items_and_rows

        self._make = make
        self._ctx = make.build_context(deck, seed)
        self._needs = make._Needs(deck, lambda: self._ctx, keys.facts)
        self._fact_keys = keys.fact_keys()

    @property
    def facts(self) -> list[Any]:
        return list(self.request.deck.facts)

    def fact_items(self, index: int) -> list[Item]:
        """The items of the deck's fact at `index` (made once)."""
        part = self._facts.get(index)
        if part is None:
            with no_cycle_collection():
                part = self._make._fact_part(self.request.deck.facts[index], self._ctx,
                                             self.request.wanted, False, self._needs,
                                             self._fact_keys[index])
            self._facts[index] = part
        return with_topic(list(part.items), self.request.deck)

    def group_items(self) -> list[Item]:
        """The group kinds' items (matching, ordering), made once, all together."""
        if self._groups is None:
            deck, keys, make = self.request.deck, self.request.keys, self._make
            assert keys is not None
            with no_cycle_collection():
                self._groups = [
                    make._group_part(kind, self._ctx, label, facts,
                                     keys.group_key(kind, label, facts, extra))
                    for kind in self.request.wanted
                    for label, facts, extra in make._group_parts(kind, deck)]
        return with_topic([i for part in self._groups for i in part.items],
                          self.request.deck)

    def finish(self) -> list[Item]:
        """Every item of the deck, in `generate_items`' order; their keeping is appended to
        `later`, as `requested_items` does."""
        if self.whole is not None:
            return self.whole
        for index in range(len(self.request.deck.facts)):
            self.fact_items(index)
        self.group_items()
        assert self._groups is not None
        made = [self._facts[i] for i in range(len(self.request.deck.facts))] + self._groups
        items = [i for part in made for i in part.items]
        dropped = [d for part in made for d in part.dropped]
        request = self.request
        self.later.append(lambda: _keep(request, items, dropped, made))
        self.whole = with_topic(in_standing(request, items, self.later), request.deck)
        return self.whole
