"""Which items a training session presents, and in what order.

Rules: one item per card (fact, kind); due cards first, most overdue first (Review-state
cards capped by the daily review limit, learning steps never capped); then new cards up to
what is left of today's new-card limit. Siblings: a fact is asked at most once per session
and learner day across its kinds (another card of a fact already asked today waits for
tomorrow; the same card's learning steps go on), so one card cannot give another away.
Cram ignores due dates, limits and siblings. Every choice is seeded: new and cram cards
come in the order of a seeded hash of each card's own key (card_rank).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from edu.items.model import Item
from edu.items.reveal import fits
from edu.progress.scheduler import CardKey, as_utc, card_key
from edu.progress.store import CardInfo, ProgressStore
from edu.text.source import section_tails


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
    prefer_kinds: tuple[str, ...] | None = None  # which card of a new fact to ask first


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
    """Case-insensitive prefix match, so "II" or "ii.1 space" both select a section, ending
    at a word's end ("II" is not "III"); in a nested section's path ("A › B › C") a prefix
    of any part from its start selects it, so "B" is B and what lies in it."""
    tails = section_tails(section.casefold())
    for w in wanted:
        w = w.casefold().strip()
        if w and any(t.startswith(w) and (len(t) == len(w) or not t[len(w)].isalnum())
                     for t in tails):
            return True
    return False


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


def item_facts(item: Item) -> list[str]:
    """The fact an item counts for among its siblings. Matching and ordering items span
    several facts but count for their own first fact only: they ask how facts relate, and
    counting every fact would keep most of them out of any session that asks their facts."""
    return [item.fact_id]


class _Siblings:
    """Which facts a session has asked already, and through which cards today."""

    def __init__(self, groups: dict[CardKey, list[Item]],
                 today: dict[str, set[CardKey]]) -> None:
        self.groups = groups
        self.today = today
        self.session: set[str] = set()

    def allows(self, key: CardKey) -> bool:
        """Not asked in this session, and today (if at all) only through this very card."""
        return all(fact not in self.session and key in self.today.get(fact, {key})
                   for fact in item_facts(self.groups[key][0]))

    def take(self, key: CardKey) -> bool:
        if not self.allows(key):
            return False
        self.session.update(item_facts(self.groups[key][0]))
        return True


def select_items(items: Sequence[Item], store: ProgressStore, deck_id: str, now: datetime,
                 options: SessionOptions | None = None, *, reveals: bool = False,
                 walked: list[CardKey] | None = None) -> list[Item]:
    """The ordered items to present now (see module docstring for the rules). `reveals`:
    keep items that share or state another's answer (to tell a learner why a session is short).
    `walked` gets the new cards taken before that rule, in order (edu.trainer.state: whether
    the items made so far decide the session)."""
    options = options or SessionOptions()
    now = as_utc(now)
    groups = group_by_card(filter_items(items, options))
    cards = store.cards(deck_id)
    if options.cram:
        keys = ranked_keys(groups, deck_id, options.seed)
        if options.due_only:
            keys = [k for k in keys if k in cards and cards[k].due <= now]
    else:
        siblings = _Siblings(groups, store.answered_today(deck_id, now))
        keys = [k for k in _due_keys(groups, cards, store, deck_id, now, options)
                if siblings.take(k)]
        if not options.due_only:
            fresh = _new_keys(groups, cards, store, deck_id, now, options, siblings)
            keys += fresh
            if walked is not None:
                walked.extend(fresh)
    picked = [_pick_variant(k, groups[k], cards.get(k), options.seed) for k in keys]
    if reveals:
        return picked if options.count is None else picked[:max(0, options.count)]
    return _without_reveals(picked, options.count)


_REVEAL_WINDOW = 100  # chosen items a new one is checked against: a session rarely holds more


def _without_reveals(candidates: list[Item], count: int | None) -> list[Item]:
    """The candidates in order, leaving out any item that would share an answer with an item
    already chosen or state its answer (it waits for another session), up to `count`."""
    chosen: list[Item] = []
    for item in candidates:
        if count is not None and len(chosen) >= max(0, count):
            break
        if fits(item, chosen[-_REVEAL_WINDOW:]):
            chosen.append(item)
    return chosen


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


def card_rank(key: CardKey, deck_id: str, seed: int | str) -> bytes:
    """A card's place among new (and cram) cards: a seeded hash of its own key, so that it
    does not depend on which other cards exist. Why: a kind may drop a card, known only
    once its item is made; with a shuffle of every card (as before round 22u) a session's
    order needed every item made first, with this rank a session may make cards in rank
    order and stop when it has enough. blake2b, not `hash()`: the same in every process."""
    text = f"session\x1f{deck_id}\x1f{seed}\x1f{key[0]}\x1f{key[1]}"
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()


def ranked_keys(keys: Iterable[CardKey], deck_id: str, seed: int | str) -> list[CardKey]:
    """The keys in card_rank order (ties, never expected, by key: input order never matters)."""
    return sorted(keys, key=lambda k: (card_rank(k, deck_id, seed), k))


def new_order(key: CardKey, deck_id: str, options: SessionOptions) -> tuple[int, bytes]:
    """Where a new card stands among new cards (before siblings are spread): the preferred
    kinds first, then card_rank."""
    prefer = options.prefer_kinds or ()
    kind = str(key[1])
    return (prefer.index(kind) if kind in prefer else len(prefer),
            card_rank(key, deck_id, options.seed))


def _new_keys(groups: dict[CardKey, list[Item]], cards: dict[CardKey, CardInfo],
              store: ProgressStore, deck_id: str, now: datetime, options: SessionOptions,
              siblings: _Siblings) -> list[CardKey]:
    """Today's new cards: one per fact not yet asked, the preferred kind first."""
    fresh = sorted((k for k in groups if k not in cards),
                   key=lambda k: (new_order(k, deck_id, options), k))
    left = new_left_today(store, deck_id, now, options.new_limit)
    out: list[CardKey] = []
    for key in _spread_siblings(fresh, groups):
        if len(out) >= left:
            break
        if siblings.take(key):
            out.append(key)
    return out


def new_left_today(store: ProgressStore, deck_id: str, now: datetime,
                   new_limit: int | None = None) -> int:
    """How many new cards may still be introduced today."""
    limit = store.settings.new_per_day if new_limit is None else new_limit
    return max(0, limit - store.new_introduced_today(deck_id, now))


def _new_facts_today(items: Sequence[Item], cards: dict[CardKey, CardInfo],
                     store: ProgressStore, deck_id: str, now: datetime) -> int:
    """New cards a session could still introduce today: one per fact not yet asked."""
    asked = store.answered_today(deck_id, now)
    facts = {fact for item in items if card_key(item) not in cards
             for fact in item_facts(item)[:1]
             if all(f not in asked for f in item_facts(item))}
    return len(facts)


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
        new_today=min(_new_facts_today(items, cards, store, deck_id, now),
                      new_left_today(store, deck_id, now)),
        learning=sum(1 for c in mine if c.state in ("learning", "relearning")),
        learned=sum(1 for c in mine if c.state == "review"),
        leeches=sum(1 for c in mine if c.leech),
        total=len(keys),
    )


# A missed item comes back after this many others: enough that the answer is not still on
# the screen in the learner's mind, few enough that it is relearned within the session.
RELEARN_GAP = (3, 5)


@dataclass
class _QueueState:
    pending: list[Item]
    due: dict[str, datetime]
    missed: list[Item]
    retries: set[str]
    answered: int
    rng_state: object


class SessionQueue:
    """The running order of one session: a missed item comes back RELEARN_GAP items later
    (sooner when its FSRS learning step falls due first) until it is passed; the last
    answer can be taken back (`undo`) with the order as it was. Seeded, so reproducible."""

    def __init__(self, items: Sequence[Item], seed: int | str = 0) -> None:
        self._state = _QueueState(list(items), {}, [], set(), 0, None)
        self._rng = random.Random(f"relearn\x1f{seed}")
        self._history: list[_QueueState] = []

    @property
    def current(self) -> Item | None:
        return self._state.pending[0] if self._state.pending else None

    @property
    def is_retry(self) -> bool:
        """The current item was missed earlier in this session."""
        item = self.current
        return item is not None and item.id in self._state.retries

    @property
    def answered(self) -> int:
        return self._state.answered

    @property
    def remaining(self) -> int:
        return len(self._state.pending)

    @property
    def missed(self) -> list[Item]:
        """Items answered wrong at least once this session, in the order first missed."""
        return list(self._state.missed)

    @property
    def finished(self) -> bool:
        return not self._state.pending

    def record(self, passed: bool, due: datetime | None = None) -> None:
        """The current item was answered: a miss puts it back a few items on (until passed);
        `due` is when its card's learning step falls due (None: unscheduled, e.g. cram)."""
        state = self._state
        if not state.pending:
            raise IndexError("the session has no current item")
        self._history.append(_QueueState(list(state.pending), dict(state.due),
                                         list(state.missed), set(state.retries),
                                         state.answered, self._rng.getstate()))
        item = state.pending.pop(0)
        state.answered += 1
        state.due.pop(item.id, None)
        if passed:
            return
        if all(m.id != item.id for m in state.missed):
            state.missed.append(item)
        state.retries.add(item.id)
        gap = self._rng.randint(*RELEARN_GAP)
        state.pending.insert(min(gap, len(state.pending)), item)
        if due is not None:
            state.due[item.id] = as_utc(due)

    def advance(self, now: datetime) -> None:
        """Before showing the next item: a relearning item whose step is due comes first
        (never the item just answered, which `record` put at least one item on)."""
        state = self._state
        now = as_utc(now)
        ready = [(when, position) for position, item in enumerate(state.pending)
                 if position > 0 and (when := state.due.get(item.id)) is not None
                 and when <= now]
        if ready:
            _when, position = min(ready)
            state.pending.insert(0, state.pending.pop(position))

    def can_undo(self) -> bool:
        return bool(self._history)

    def undo(self) -> Item:
        """Back to before the last answer; returns the item to ask again."""
        previous = self._history.pop()
        self._rng.setstate(previous.rng_state)  # type: ignore[arg-type]
        previous.rng_state = None
        self._state = previous
        return previous.pending[0]
