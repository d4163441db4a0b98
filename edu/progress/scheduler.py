"""FSRS scheduling rules for edu, as pure functions over py-fsrs cards (no I/O, no clock).

Why a wrapper: edu keys cards on (fact, kind), maps quiz verdicts to ratings, counts lapses
for leeches, defines the learner's "day" for daily limits, and keeps scheduling deterministic
(py-fsrs fuzzes intervals with the global `random`, so fuzzing is switched off).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any

from fsrs import Card, Rating, Scheduler, State

from edu.grading.verdict import Grade
from edu.items.model import Item, ItemKind

MULTI_FACT_KINDS = (ItemKind.MATCHING, ItemKind.ORDERING)
STATE_NAMES = {0: "new", int(State.Learning): "learning", int(State.Review): "review",
               int(State.Relearning): "relearning"}

# (ref, kind): the fact id (the item id for MULTI_FACT_KINDS) and an ItemKind, which hashes
# and compares like its value, so keys built from plain strings find the same cards.
CardKey = tuple[str, str]


@dataclass(frozen=True)
class Settings:
    """Learner-adjustable scheduling settings; persisted in the progress database."""

    desired_retention: float = 0.9
    new_per_day: int = 20
    reviews_per_day: int = 200
    leech_lapses: int = 8
    easy_ms: int | None = None
    day_start_hour: int = 4
    utc_offset_minutes: int | None = None

    def __post_init__(self) -> None:
        if not 0.5 <= self.desired_retention <= 0.99:
            raise ValueError("desired retention must be between 0.5 and 0.99")
        for name in ("new_per_day", "reviews_per_day"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name.replace('_', ' ')} must not be negative")
        if self.leech_lapses < 1:
            raise ValueError("leech lapses must be at least 1")
        if not 0 <= self.day_start_hour <= 23:
            raise ValueError("day start hour must be 0-23")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Build from stored JSON, ignoring keys a newer/older version does not know."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def card_key(item: Item) -> CardKey:
    """The card an item trains: its fact, or the item itself when it spans several facts."""
    ref = item.id if item.kind in MULTI_FACT_KINDS else item.fact_id
    return (ref, item.kind)


def as_utc(now: datetime) -> datetime:
    """Normalise a datetime to aware UTC (naive values are taken as UTC already)."""
    if now.tzinfo is None:
        return now.replace(tzinfo=UTC)
    return now.astimezone(UTC)


def to_rating(value: Rating | int) -> Rating:
    try:
        return Rating(int(value))
    except ValueError:
        raise ValueError(f"rating must be 1-4 (Again, Hard, Good, Easy), got {value!r}") from None


def rating_for_verdict(status: Grade | str, duration_ms: int | None = None,
                       settings: Settings | None = None) -> Rating:
    """Quiz verdict -> FSRS rating: correct=Good (Easy when fast), almost=Hard, wrong=Again."""
    settings = settings or Settings()
    if status == Grade.CORRECT:
        fast = (settings.easy_ms is not None and duration_ms is not None
                and duration_ms < settings.easy_ms)
        return Rating.Easy if fast else Rating.Good
    if status == Grade.ALMOST:
        return Rating.Hard
    if status == Grade.WRONG:
        return Rating.Again
    raise ValueError(f"unknown verdict status {str(status)!r}")


@lru_cache(maxsize=8)
def fsrs_scheduler(desired_retention: float) -> Scheduler:
    """A py-fsrs scheduler without fuzzing, so the same answers always give the same dates."""
    return Scheduler(desired_retention=desired_retention, enable_fuzzing=False)


def stable_card_id(deck_id: str, key: CardKey) -> int:
    """py-fsrs wants an int id (and sleeps 1 ms to invent one); derive it from the key."""
    digest = hashlib.blake2b(f"{deck_id}\x1f{key[0]}\x1f{key[1]}".encode(), digest_size=6)
    return int.from_bytes(digest.digest(), "big")


def new_card(deck_id: str, key: CardKey, now: datetime) -> Card:
    return Card(card_id=stable_card_id(deck_id, key), due=as_utc(now))


@dataclass
class Review:
    """Outcome of rating one card: the new card and what the answer meant for leeches."""

    card: Card
    interval: timedelta
    lapse: bool


def review(card: Card | None, rating: Rating | int, now: datetime, settings: Settings,
           deck_id: str = "", key: CardKey = ("", "")) -> Review:
    """Apply one rating. `card=None` means a new card (first time seen)."""
    now = as_utc(now)
    rating = to_rating(rating)
    before = card if card is not None else new_card(deck_id, key, now)
    lapse = card is not None and before.state == State.Review and rating == Rating.Again
    after, _log = fsrs_scheduler(settings.desired_retention).review_card(before, rating, now)
    return Review(card=after, interval=after.due - now, lapse=lapse)


def preview(card: Card | None, now: datetime, settings: Settings, deck_id: str = "",
            key: CardKey = ("", "")) -> dict[Rating, timedelta]:
    """Next interval for each rating, for flashcard buttons ("Again 1m · Good 10m ...")."""
    return {r: review(card, r, now, settings, deck_id, key).interval for r in Rating}


def format_interval(td: timedelta) -> str:
    """Short human interval: 1m, 10m, 3h, 4d, 2.1mo, 1.3y (never empty, never negative)."""
    seconds = max(0.0, td.total_seconds())
    minutes = seconds / 60
    if minutes < 60:
        return f"{max(1, round(minutes))}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"


def format_preview(intervals: dict[Rating, timedelta]) -> str:
    return " · ".join(f"{r.name} {format_interval(intervals[r])}" for r in Rating)


def _zone(now: datetime, settings: Settings) -> tzinfo:
    if settings.utc_offset_minutes is None:
        zone = as_utc(now).astimezone().tzinfo
        return zone if zone is not None else UTC
    return timezone(timedelta(minutes=settings.utc_offset_minutes))


def learner_day(moment: datetime, settings: Settings) -> date:
    """The calendar day a moment belongs to, with days starting at `day_start_hour`."""
    local = as_utc(moment).astimezone(_zone(moment, settings))
    return (local - timedelta(hours=settings.day_start_hour)).date()


def day_begin(day: date, settings: Settings) -> datetime:
    """The UTC moment learner day `day` begins (`day_start_hour` local time)."""
    if settings.utc_offset_minutes is None:
        # a naive datetime's astimezone() reads it as system local time, DST included
        local = datetime(day.year, day.month, day.day, settings.day_start_hour).astimezone()
    else:
        zone = timezone(timedelta(minutes=settings.utc_offset_minutes))
        local = datetime(day.year, day.month, day.day, settings.day_start_hour, tzinfo=zone)
    return local.astimezone(UTC)


def day_start(now: datetime, settings: Settings) -> datetime:
    """Start (in UTC) of the learner's current day: daily limits reset here."""
    return day_begin(learner_day(now, settings), settings)


# The one definition of accuracy, used by the session summary, the stats screen and
# `edu stats`: an answer counts as passed unless it was rated Again (a wrong verdict), so
# "almost" (Hard) passes, as it does for FSRS.
ACCURACY_RULE = "answers not wrong (Almost/Hard count as passed) out of all answers"


def is_passed(rating: Rating | int) -> bool:
    """An answer FSRS counts as remembered: any rating but Again."""
    return int(rating) >= int(Rating.Hard)


def accuracy(passed: int, answered: int) -> float | None:
    """Share of passed answers (see ACCURACY_RULE); None when nothing was answered."""
    return passed / answered if answered else None
