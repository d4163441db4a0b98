"""The trainer's model: decks, their generated items, the progress store and the clock.

Screens ask this object for counts, session items, grades and previews; it is the one place
where the trainer calls the items, grading, session, progress and stats APIs. The clock is
injected so tests can move time (come back tomorrow) without sleeping.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from edu.deck.model import Deck
from edu.items.model import Item
from edu.progress.scheduler import MULTI_FACT_KINDS, CardKey, card_key, format_interval
from edu.progress.session import (
    Counts,
    SessionOptions,
    filter_items,
    new_left_today,
    new_order,
    select_items,
    session_counts,
)
from edu.progress.store import AnswerResult, DatabaseLocked, ProgressStore

if TYPE_CHECKING:
    from edu.items.generate import DeckMaking
    from edu.progress.stats import DeckStats  # the module loads at first use (start-up)

Clock = Callable[[], datetime]
# While answers are kept (the database was locked), a retry waits this long for the lock
# instead of the store's full timeout, so answering the next item never freezes the screen.
RETRY_WAIT_SECONDS = 0.05
# Flashcards draw on every fact; of a fact's cards they ask first the one recalled from
# memory (a question and its answer), then those that show their choices on the front.
FLASHCARD_KINDS = ("short_answer", "cloze", "numeric", "multiple_choice", "true_false",
                   "matching", "ordering")
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def system_clock() -> datetime:
    """The real time, timezone-aware UTC."""
    return datetime.now(UTC)


@dataclass
class Graded:
    """One answered quiz item: what was said, the verdict, and what the scheduler did."""

    item: Item
    response: str | list[str]
    status: str
    reason: str
    interval: timedelta | None
    result: AnswerResult | None = None  # what was recorded, so it can be taken back
    overridden: bool = False  # the learner counted a typed answer as correct
    kept: KeptAnswer | None = None  # not yet written (locked database): undo drops it

    @property
    def passed(self) -> bool:
        """Not wrong: what accuracy counts and what a session does not ask again."""
        return self.status != "wrong"


@dataclass
class KeptAnswer:
    """An answer not yet in the database (another program held its lock): written later,
    in order, with the moment it was given."""

    deck_id: str
    item: Item
    now: datetime
    verdict: str | None
    rating: int | None
    response: str | list[str]
    duration_ms: int | None
    cram: bool


def deck_items(deck: Deck, seed: int,
               later: list[Callable[[], object]] | None = None) -> list[Item]:
    """All items of every kind for a deck; the session picks from these. `later`: items
    made now are kept when the caller runs what is appended to it (after the first
    question)."""
    from edu.items.generate import generate_items  # lazy for start-up: runs in a worker

    return generate_items(deck, kinds=None, seed=seed, later=later)


class TrainerState:
    """Everything a screen needs besides widgets; owns the open progress store."""

    def __init__(self, decks: list[Deck], options: SessionOptions, store: ProgressStore,
                 clock: Clock = system_clock,
                 items: dict[str, list[Item]] | None = None) -> None:
        self.decks = decks
        self.options = options
        self.store = store
        self.clock = clock
        self._items: dict[str, list[Item]] = dict(items or {})
        self._items_lock = threading.Lock()
        self._later: list[Callable[[], object]] = []  # items made, not yet kept (keep_items)
        self._making: dict[str, DeckMaking] = {}  # decks whose first session made a part
        self._first: dict[tuple[str, str], list[Item]] = {}  # those sessions, not yet taken
        self.kept: list[KeptAnswer] = []  # answers waiting for a locked database
        self.notice: Callable[[str], None] = lambda message: None  # the App shows these
        self._apply_settings()

    def _apply_settings(self) -> None:
        """--retention is a learner setting: persist it so later sessions keep it."""
        if self.options.retention is not None:
            settings = self.store.settings
            if settings.desired_retention != self.options.retention:
                self.store.save_settings(replace(settings,
                                                 desired_retention=self.options.retention))

    def ready(self, deck: Deck) -> bool:
        """True once the deck's items exist (the App generates them in a worker thread), or
        its first session was made (prepare_session)."""
        return deck.id in self._items or deck.id in self._making

    def items(self, deck: Deck) -> list[Item]:
        """Every item of the deck, generated once per app run (deterministic for the seed).
        Items made now are kept on disk by `keep_items`, not before they are returned: a
        deck's first start shows its first question ~0.03-0.04 s of CPU sooner."""
        with self._items_lock:
            return self._whole(deck)

    def _whole(self, deck: Deck) -> list[Item]:
        """items(), the lock held."""
        if deck.id not in self._items:
            making = self._making.pop(deck.id, None)
            self._items[deck.id] = (making.finish() if making is not None
                                    else deck_items(deck, self.options.seed, self._later))
        return self._items[deck.id]

    def prepare_session(self, deck: Deck, mode: str) -> None:
        """Make the deck's first session of `mode` with as few of its items as that needs
        (a deck's first start: ~20 facts' items, not ~1,000; round 22u); the rest are made by
        `keep_items` or the first call that needs every item. The session is the one
        `session_items` would draw from every item (new cards are ranked by their own
        key: edu.progress.session.card_rank), and `session_items` returns it once."""
        from edu.items.generate import DeckMaking  # lazy for start-up: runs in a worker

        with self._items_lock:
            if deck.id in self._items or deck.id in self._making:
                return
            making = DeckMaking(deck, self.options.seed, self._later)
            if making.whole is not None:
                self._items[deck.id] = making.whole
                return
            self._making[deck.id] = making
            first = self._first_session(deck, mode, making)
            if first is not None:
                self._first[(deck.id, mode)] = first

    def _first_session(self, deck: Deck, mode: str,
                       making: DeckMaking) -> list[Item] | None:
        """The session select_items draws from every item, made from as few facts' items as
        decide it (those of the best-placed facts first, a session's count of them, then a
        half count more, growing); None for cram and an uncounted session (every item).

        Why it is the same session: due cards' facts are made; new cards are walked in
        new_order, one per fact (siblings), and a fact not made cannot come before the
        session's last new card when its best candidate card stands after it."""
        options = self._options_for(mode)
        if options.cram or options.count is None:
            return None
        facts = making.facts
        kinds = [k for k in making.request.wanted
                 if k not in MULTI_FACT_KINDS and (not options.kinds or k in options.kinds)]
        cards = self.store.cards(deck.id)
        carded = {key[0] for key in cards}
        items = making.group_items() if any(k in MULTI_FACT_KINDS
                                            for k in making.request.wanted) else []
        waiting = []
        for index, fact in enumerate(facts):
            if fact.id in carded:
                items += making.fact_items(index)
            elif kinds and not options.due_only:  # only due cards: no new card is asked
                waiting.append((min(new_order((fact.id, k), deck.id, options) for k in kinds),
                                index))
        waiting.sort()
        now = self.clock()
        step, more, taken = max(options.count, 1), max(options.count // 2, 1), 0
        while True:
            for _order, index in waiting[taken:taken + step]:
                items += making.fact_items(index)
            taken = min(len(waiting), taken + step)
            walked: list[CardKey] = []
            session = select_items(items, self.store, deck.id, now, options, walked=walked)
            if taken >= len(waiting) or self._decided(items, session, walked,
                                                      waiting[taken][0], deck, options, now):
                return session
            step, more = more, more + more // 2 + 1  # each batch half as big again (a deck
            # of 5,000 facts: tens of selections at most, never thousands)

    def _decided(self, items: list[Item], session: list[Item], walked: list[CardKey],
                 next_order: object, deck: Deck, options: SessionOptions,
                 now: datetime) -> bool:
        """Whether no fact not yet made can change `session` (drawn from `items`): it is
        full, or its walk took as many new cards as the day allows; and each new card that
        decided it is its fact's first new card among `items`, standing before `next_order`
        (the best card of any fact not yet made)."""
        cards = self.store.cards(deck.id)
        if len(session) >= (options.count or 0):
            deciding = [card_key(item) for item in session if card_key(item) not in cards]
        elif len(walked) >= new_left_today(self.store, deck.id, now, options.new_limit):
            deciding = walked
        else:
            return False
        first: dict[str, tuple[object, CardKey]] = {}
        for item in filter_items(items, options):
            key = card_key(item)
            if key not in cards:
                order = (new_order(key, deck.id, options), key)
                if item.fact_id not in first or order < first[item.fact_id]:
                    first[item.fact_id] = order
        fact_of = {card_key(item): item.fact_id for item in items}
        for key in deciding:
            order = (new_order(key, deck.id, options), key)
            if order != first.get(fact_of[key]) or not order[0] < next_order:  # type: ignore[operator]
                return False
        return True

    def keep_items(self) -> None:
        """Keep the items made so far (the items cache, the answers' stems), so that the
        next start reads them back; never fails the caller (a cache only saves time). A
        deck whose first session made only its part has the rest made first."""
        with self._items_lock:
            for deck in self.decks:
                if deck.id in self._making:
                    self._whole(deck)
            waiting, self._later = self._later, []
        for keep in waiting:
            keep()

    def counts(self, deck: Deck) -> Counts:
        """Due / new / learning / learned / leeches among the items --kinds/--sections allow."""
        chosen = filter_items(self.items(deck), self.options)
        return session_counts(chosen, self.store, deck.id, self.clock())

    def session_items(self, deck: Deck, mode: str) -> list[Item]:
        """The items of one session: due reviews first, then new cards, capped by --count."""
        first = self._first.pop((deck.id, mode), None)
        if first is not None:
            return first
        return select_items(self.items(deck), self.store, deck.id, self.clock(),
                            self._options_for(mode))

    def pool_size(self, deck: Deck, mode: str) -> int:
        """How many items --kinds and --sections allow at all, due or not."""
        return len(filter_items(self.items(deck), self._options_for(mode)))

    def _options_for(self, mode: str) -> SessionOptions:
        """Flashcards prefer the recall card of each fact (--kinds still narrows them)."""
        if mode == "flashcards":
            return replace(self.options, prefer_kinds=FLASHCARD_KINDS)
        return self.options

    def limit_note(self, deck: Deck, mode: str, got: int) -> str | None:
        """Why a session has fewer items than --count asked for, when a rule caps it."""
        want = self.options.count
        if want is None or got >= want or self.options.cram:
            return None
        options = self._options_for(mode)
        if len(select_items(self.items(deck), self.store, deck.id, self.clock(), options,
                            reveals=True)) > got:
            return (f"{got} of {want} items: an item that shares its answer with another, or "
                    "states it, waits for a later session.")
        unlimited = select_items(self.items(deck), self.store, deck.id, self.clock(),
                                 replace(options, count=None, new_limit=10**9,
                                         review_limit=10**9))
        if len(unlimited) > got:
            settings = self.store.settings
            new = settings.new_per_day if options.new_limit is None else options.new_limit
            reviews = (settings.reviews_per_day if options.review_limit is None
                       else options.review_limit)
            return (f"{got} of {want} items: today's limits apply ({new} new cards and "
                    f"{reviews} reviews a day). --new-limit and --review-limit change them; "
                    "--cram ignores them.")
        return (f"{got} of {want} items: nothing else is due, and a fact already asked "
                "today waits for tomorrow. --cram practises anything.")

    def answer(self, deck: Deck, item: Item, response: str | list[str],
               duration_ms: int | None) -> Graded:
        """Grade a quiz answer and record it at once (one transaction per answer)."""
        from edu.grading.grade import grade  # lazy for start-up: home shows no grades

        verdict = grade(item, response)
        kept = KeptAnswer(deck.id, item, self.clock(), verdict.status, None, response,
                          duration_ms, self.options.cram)
        result = self._record(kept)
        interval = result.interval if result is not None else None
        return Graded(item, response, verdict.status, verdict.reason, interval, result,
                      kept=None if result is not None else kept)

    def override(self, deck: Deck, graded: Graded) -> Graded | None:
        """Count a typed answer as correct: the recorded answer is replaced in one
        transaction (log row and card), as if the grader had accepted it; an answer still
        kept (locked database) is changed before it is written. None: the database is
        locked, nothing changed."""
        corrected = Graded(graded.item, graded.response, "correct", "counted as correct by you",
                           None, None, overridden=True)
        if graded.kept is not None and any(k is graded.kept for k in self.kept):
            graded.kept.verdict = "correct"
            corrected.kept = graded.kept
            return corrected
        if graded.result is None:
            return None
        try:
            with self.store.busy_wait(RETRY_WAIT_SECONDS):
                result = self.store.record_answer(
                    deck.id, graded.item, now=self.clock(), verdict="correct",
                    response=graded.response, duration_ms=None, cram=graded.result.cram,
                    replaces=graded.result)
        except DatabaseLocked:
            self.notice("The progress database is locked by another program; try again.")
            return None
        corrected.interval, corrected.result = result.interval, result
        return corrected

    def undo(self, deck: Deck, answer: AnswerResult | KeptAnswer | None) -> bool:
        """Take back the last answer (log row and card state) in one transaction, or drop it
        if it is still kept. False: the database is locked, nothing changed."""
        if isinstance(answer, KeptAnswer):
            self.kept = [k for k in self.kept if k is not answer]
            return True
        if answer is None:
            return True
        try:
            with self.store.busy_wait(RETRY_WAIT_SECONDS):
                self.store.undo(deck.id, answer)
        except DatabaseLocked:
            self.notice("The progress database is locked by another program; try again.")
            return False
        return True

    def rate(self, deck: Deck, item: Item, rating: int,
             duration_ms: int | None) -> AnswerResult | KeptAnswer:
        """Record a flashcard rating (1-4); the KeptAnswer while the database is locked."""
        kept = KeptAnswer(deck.id, item, self.clock(), None, rating, "", duration_ms,
                          self.options.cram)
        result = self._record(kept)
        return kept if result is None else result

    def _record(self, answer: KeptAnswer) -> AnswerResult | None:
        """Write the answer after any kept ones; if the database is locked, keep it, tell the
        learner, and let `save_kept` write it later. Its result, or None when kept."""
        waiting = len(self.kept)
        self.kept.append(answer)
        result = self.save_kept(RETRY_WAIT_SECONDS if waiting else None)
        if self.kept:
            self.notice(f"The progress database is locked by another program. Your answer is "
                        f"kept ({len(self.kept)} waiting) and will be saved as soon as the "
                        "database is free.")
            return None
        if waiting:
            self.notice(f"Progress database free again: {waiting + 1} kept answers saved.")
        return result

    def save_kept(self, wait: float | None = RETRY_WAIT_SECONDS) -> AnswerResult | None:
        """Write kept answers oldest first, waiting at most `wait` seconds for the lock; stops
        (keeping the rest) while it is held. The last written answer's result."""
        result = None
        while self.kept:
            answer = self.kept[0]
            try:
                with self.store.busy_wait(wait):
                    result = self.store.record_answer(
                        answer.deck_id, answer.item, now=answer.now, verdict=answer.verdict,
                        rating=answer.rating, response=answer.response,
                        duration_ms=answer.duration_ms, cram=answer.cram)
            except DatabaseLocked:
                return None
            self.kept.pop(0)
        return result

    def preview(self, deck: Deck, item: Item) -> dict[int, str]:
        """Next interval per rating, formatted for the rating buttons ("10m", "4d")."""
        raw = self.store.preview(deck.id, card_key(item), self.clock())
        return {int(rating): format_interval(interval) for rating, interval in raw.items()}

    def stats(self, deck: Deck) -> DeckStats:
        """The stats screen's figures for one deck."""
        from edu.progress.stats import compute_stats  # lazy for start-up: home shows none

        return compute_stats(self.store, deck, self.items(deck), self.clock())

    def next_due_in(self, deck: Deck, mode: str = "quiz") -> str | None:
        """How long until the next scheduled card this mode can ask is due ("8m", "2d")."""
        keys = {card_key(item) for item in filter_items(self.items(deck),
                                                        self._options_for(mode))}
        dues = [card.due for key, card in self.store.cards(deck.id).items() if key in keys]
        if not dues:
            return None
        return format_interval(max(min(dues) - self.clock(), timedelta(0)))

    def elapsed_ms(self, since: datetime) -> int:
        return max(0, int((self.clock() - since).total_seconds() * 1000))
