"""Which items a training session presents, and in what order.

Rules: one item per card (fact, kind); due cards first, most overdue first (Review-state
cards capped by the daily review limit, learning steps never capped); then new cards up to
what is left of today's new-card limit, spread so two cards of the same fact are not
introduced back to back. Cram ignores due dates and limits. Every choice is seeded.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from edu.items.model import Item
from edu.progress.scheduler import CardKey, as_utc, card_key
from edu.progress.store import CardInfo, ProgressStore


@dataclass(frozen=True)
class SessionOptions:
    """What the learner asked for: the trainer's flags, read by select_items and the trainer.

    The one options type from the command line down to the selection, so no layer renames
    a field on the way."""

    count: int | None = 20  # items per session; None: every card the rules allow
    kinds: tuple[str, ...] | None = None  # None: every kind
    sections: tuple[str, ...] | None = None  # None: every section
    due_only: bool = False  # no new cards
    cram: bool = False  # ignore due dates and limits; answers are not scheduled
    new_limit: int | None = None  # None: the daily limit from the stored settings
    review_limit: int | None = None
    seed: int = 0
    retention: float | None = None  # None: keep the learner's stored setting
    learn_ahead_minutes: int = 0  # learning cards due this soon count as due (end of session)


@dataclass
class Counts:
    """Numbers for the home screen: what is waiting in this deck right now."""

    due: int
    new: int
    new_today: int
    learning: int
    learned: int
    leeches: int
    total: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def section_matches(section: str, wanted: Sequence[str]) -> bool:
    """Case-insensitive prefix match, so "II" or "ii.1 space" both select a section."""
    low = section.casefold()
    return any(low.startswith(w.casefold().strip()) for w in wanted if w.strip())


def filter_items(items: Sequence[Item], options: SessionOptions) -> list[Item]:
    out = list(items)
    if options.kinds:
        wanted = set(options.kinds)
        out = [i for i in out if i.kind in wanted]
    if options.sections:
        out = [i for i in out if section_matches(i.section, options.sections)]
    return out


def group_by_card(items: Sequence[Item]) -> dict[CardKey, list[Item]]:
    """Items per card, in first-seen order (variants of one card sorted by id)."""
    groups: dict[CardKey, list[Item]] = {}
    for item in items:
        groups.setdefault(card_key(item), []).append(item)
    for variants in groups.values():
        variants.sort(key=lambda i: i.id)
    return groups


def _pick_variant(key: CardKey, variants: list[Item], card: CardInfo | None,
                  seed: int | str) -> Item:
    """Rotate through a card's variants review by review, starting at a seeded offset."""
    if len(variants) == 1:
        return variants[0]
    offset = random.Random(f"{seed}\x1f{key[0]}\x1f{key[1]}").randrange(len(variants))
    reps = card.reps if card else 0
    return variants[(offset + reps) % len(variants)]


def _spread_siblings(keys: list[CardKey], groups: dict[CardKey, list[Item]]) -> list[CardKey]:
    """Stable reorder: every fact's first card, then every fact's second card, and so on."""
    seen: dict[str, int] = {}
    ranked = []
    for position, key in enumerate(keys):
        fact = groups[key][0].fact_id
        rank = seen.get(fact, 0)
        seen[fact] = rank + 1
        ranked.append((rank, position, key))
    return [key for _rank, _pos, key in sorted(ranked)]


def select_items(items: Sequence[Item], store: ProgressStore, deck_id: str, now: datetime,
                 options: SessionOptions | None = None) -> list[Item]:
    """The ordered items to present now (see module docstring for the rules)."""
    options = options or SessionOptions()
    now = as_utc(now)
    groups = group_by_card(filter_items(items, options))
    cards = store.cards(deck_id)
    rng = random.Random(f"session\x1f{deck_id}\x1f{options.seed}")
    if options.cram:
        keys = sorted(groups)
        rng.shuffle(keys)
        if options.due_only:
            keys = [k for k in keys if k in cards and cards[k].due <= now]
    else:
        keys = _due_keys(groups, cards, store, deck_id, now, options)
        if not options.due_only:
            keys += _new_keys(groups, cards, store, deck_id, now, options, rng)
    if options.count is not None:
        keys = keys[:max(0, options.count)]
    return [_pick_variant(k, groups[k], cards.get(k), options.seed) for k in keys]


def _due_keys(groups: dict[CardKey, list[Item]], cards: dict[CardKey, CardInfo],
              store: ProgressStore, deck_id: str, now: datetime,
              options: SessionOptions) -> list[CardKey]:
    ahead = now + timedelta(minutes=max(0, options.learn_ahead_minutes))
    due = sorted((c.due, k) for k, c in ((k, cards.get(k)) for k in groups)
                 if c is not None and (c.due <= now or (c.state != "review" and c.due <= ahead)))
    limit = options.review_limit
    if limit is None:
        limit = store.settings.reviews_per_day
    left = max(0, limit - store.reviews_done_today(deck_id, now))
    out = []
    for _when, key in due:
        if cards[key].state == "review":
            if left <= 0:
                continue
            left -= 1
        out.append(key)
    return out


def _new_keys(groups: dict[CardKey, list[Item]], cards: dict[CardKey, CardInfo],
              store: ProgressStore, deck_id: str, now: datetime, options: SessionOptions,
              rng: random.Random) -> list[CardKey]:
    fresh = sorted(k for k in groups if k not in cards)  # input order must not matter
    left = new_left_today(store, deck_id, now, options.new_limit)
    rng.shuffle(fresh)
    return _spread_siblings(fresh, groups)[:left]


def new_left_today(store: ProgressStore, deck_id: str, now: datetime,
                   new_limit: int | None = None) -> int:
    """How many new cards may still be introduced today."""
    limit = store.settings.new_per_day if new_limit is None else new_limit
    return max(0, limit - store.new_introduced_today(deck_id, now))


def session_counts(items: Sequence[Item], store: ProgressStore, deck_id: str,
                   now: datetime, cards: dict[CardKey, CardInfo] | None = None) -> Counts:
    """Due / new / learning / learned / leech counts over the deck's current cards."""
    now = as_utc(now)
    keys = {card_key(i) for i in items}
    if cards is None:
        cards = store.cards(deck_id)
    mine = [cards[k] for k in keys if k in cards]
    new = len(keys) - len(mine)
    return Counts(
        due=sum(1 for c in mine if c.due <= now),
        new=new,
        new_today=min(new, new_left_today(store, deck_id, now)),
        learning=sum(1 for c in mine if c.state in ("learning", "relearning")),
        learned=sum(1 for c in mine if c.state == "review"),
        leeches=sum(1 for c in mine if c.leech),
        total=len(keys),
    )
