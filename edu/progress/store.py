"""The learner's progress: FSRS card states and the full answer log, in one SQLite file.

Why SQLite in WAL mode with one transaction per answer: a trainer killed mid-session (even
kill -9) must keep every answer it already showed as recorded. Card state is py-fsrs's
`Card.to_dict()` JSON, so scheduling can be replayed or upgraded later; the log keeps every
answer forever (facts removed from a deck keep their history).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from fsrs import Card, Rating

from edu.errors import EduError, Problem
from edu.grading.verdict import Grade
from edu.items.model import Item, ItemKind
from edu.progress.db import (  # noqa: F401  (re-exported: the documented edu.progress.store API)
    DB_FILENAME,
    MEMORY,
    SCHEMA_VERSION,
    DatabaseLocked,
    check_db_path,
    connect,
    explain,
    is_lock,
    migrate,
    resolve_db_path,
    schema_version,
)
from edu.progress.scheduler import (
    MULTI_FACT_KINDS,
    STATE_NAMES,
    CardKey,
    Settings,
    as_utc,
    card_key,
    day_start,
    is_passed,
    preview,
    rating_for_verdict,
    review,
    to_rating,
)

VERDICTS = tuple(g.value for g in Grade)  # what the log's verdict column may hold
# A document's progress follows an edit of its first line (which moves its deck id) when at
# least this share of the facts the learner answered is still in it. Fact ids come from the
# answer and its sentence, so an edit keeps most: 92-100 % of the kept drafts of two notes
# files kept their ids after a title typo fixed, a title reworded, and a title reworded with
# a typo fixed and a line added (docs/EXTRACT.md, eleventh walk-through); two documents that
# merely share a file name share next to none. Half lies far from both.
FOLLOW_SHARE = 0.5
NEW_STATE = 0
REVIEW_STATE = 2

def ts_text(moment: datetime) -> str:
    """Fixed-width UTC ISO text, so timestamps sort and compare correctly as strings."""
    return as_utc(moment).isoformat(timespec="microseconds")


@dataclass
class CardInfo:
    """A card's scheduling state as the trainer and statistics need it."""

    key: CardKey
    state: str
    due: datetime
    reps: int
    lapses: int
    leech: bool
    last_review: datetime | None
    card_json: str

    @property
    def fsrs_card(self) -> Card:
        return Card.from_dict(json.loads(self.card_json))

    @property
    def stability(self) -> float | None:
        return json.loads(self.card_json).get("stability")

    @property
    def difficulty(self) -> float | None:
        return json.loads(self.card_json).get("difficulty")


@dataclass
class AnswerResult:
    """What one recorded answer did; `card` is unchanged (or None when new) for cram answers.

    `review_id` and `before` (the card as it was) let the answer be taken back (`undo`)."""

    rating: Rating
    cram: bool
    card: CardInfo | None
    interval: timedelta | None
    lapse: bool
    became_leech: bool
    review_id: int = 0
    before: CardInfo | None = None


class AnswerRow(NamedTuple):
    """The log columns statistics need, without decoding responses (fast on big logs)."""

    ts: str
    fact_id: str
    kind: ItemKind
    ref: str
    rating: int
    cram: bool
    state_before: int

    @property
    def key(self) -> CardKey:
        return (self.ref, self.kind)

    @property
    def passed(self) -> bool:
        return is_passed(self.rating)


@dataclass
class LogEntry:
    """One row of the answer log."""

    id: int
    ts: str
    deck_id: str
    fact_id: str
    item_id: str
    kind: ItemKind
    ref: str
    response: str | list[str]
    verdict: Grade | None
    rating: int
    duration_ms: int | None
    cram: bool
    state_before: str

    @property
    def key(self) -> CardKey:
        return (self.ref, self.kind)

    @property
    def passed(self) -> bool:
        """Counted as correct in statistics: anything but Again."""
        return is_passed(self.rating)


# -- reading rows: another program (or a person with sqlite3) may have written anything ----
# Every value is checked as it is read; a bad one is an EduError naming the database, the
# table, the row and the column, so `edu stats` and the trainer stop with exit 2 and a message
# instead of a traceback deep in scheduling or statistics.

class _BadValue(Exception):
    """A stored value that is not what the schema promises: (column, value, expectation)."""


def _whole(row: sqlite3.Row, column: str, low: int = 0, high: int | None = None) -> int:
    value = row[column]
    if not isinstance(value, int) or value < low or (high is not None and value > high):
        span = f"{low}..{high}" if high is not None else f">= {low}"
        raise _BadValue(column, value, f"a whole number {span}")
    return value


def _moment(row: sqlite3.Row, column: str) -> datetime:
    value = row[column]
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise _BadValue(column, value, "an ISO date-time with a time zone")
    return moment


def _choice(row: sqlite3.Row, column: str, kind: type[ItemKind] | type[Grade]) -> str:
    value = row[column]
    try:
        return kind(value)
    except ValueError:
        raise _BadValue(column, value, f"one of {', '.join(m.value for m in kind)}") from None


def _state(row: sqlite3.Row, column: str) -> str:
    value = row[column]
    if isinstance(value, bool) or value not in STATE_NAMES:
        raise _BadValue(column, value, f"a card state {sorted(STATE_NAMES)}")
    return STATE_NAMES[value]


def _damaged(path: Path, table: str, where: str, bad: _BadValue) -> EduError:
    column, value, expected = bad.args
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    return EduError(Problem(str(path), f"progress database is damaged: table {table}, {where}, "
                                       f"column {column} is {shown}, expected {expected}; "
                                       "restore a backup or choose another file with --db"))


def _card_info(row: sqlite3.Row, path: Path) -> CardInfo:
    try:
        card_json = row["card_json"]
        try:
            Card.from_dict(json.loads(card_json))  # the scheduler will need it: check it now
        except (TypeError, ValueError, KeyError, AttributeError):
            raise _BadValue("card_json", card_json, "a py-fsrs card as JSON") from None
        return CardInfo(
            key=(row["ref"], ItemKind(_choice(row, "kind", ItemKind))),
            state=_state(row, "state"), due=_moment(row, "due"), reps=_whole(row, "reps"),
            lapses=_whole(row, "lapses"), leech=bool(_whole(row, "leech", 0, 1)),
            last_review=_moment(row, "last_review"), card_json=card_json,
        )
    except _BadValue as bad:
        raise _damaged(path, "cards", f"card {row['ref']!r} ({row['kind']!r}) of deck "
                                      f"{row['deck_id']!r}", bad) from None


def _log_entry(row: sqlite3.Row, path: Path) -> LogEntry:
    try:
        try:
            response = json.loads(row["response"])
        except (TypeError, ValueError):
            raise _BadValue("response", row["response"], "JSON text") from None
        if not isinstance(response, str) and not (
                isinstance(response, list) and all(isinstance(r, str) for r in response)):
            raise _BadValue("response", row["response"], "a JSON string or list of strings")
        duration = row["duration_ms"]
        _moment(row, "ts")  # kept as the stored text (it sorts), but it must be a moment
        return LogEntry(
            id=row["id"], ts=row["ts"],
            deck_id=row["deck_id"], fact_id=row["fact_id"], item_id=row["item_id"],
            kind=ItemKind(_choice(row, "kind", ItemKind)), ref=row["ref"], response=response,
            verdict=None if row["verdict"] is None else Grade(_choice(row, "verdict", Grade)),
            rating=_whole(row, "rating", 1, 4),
            duration_ms=None if duration is None else _whole(row, "duration_ms"),
            cram=bool(_whole(row, "cram", 0, 1)), state_before=_state(row, "state_before"),
        )
    except _BadValue as bad:
        raise _damaged(path, "reviews", f"row id {row['id']}", bad) from None


def _answer_row(row: sqlite3.Row, path: Path) -> AnswerRow:
    try:
        _moment(row, "ts")
        _state(row, "state_before")
        return AnswerRow(row["ts"], row["fact_id"], ItemKind(_choice(row, "kind", ItemKind)),
                         row["ref"], _whole(row, "rating", 1, 4),
                         bool(_whole(row, "cram", 0, 1)), row["state_before"])
    except _BadValue as bad:
        raise _damaged(path, "reviews", f"row id {row['id']}", bad) from None


def _settings(raw: object) -> Settings:
    """Stored settings, checked field by field (types too: a text retention is an error)."""
    data = json.loads(raw) if isinstance(raw, str) else raw
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    defaults = Settings()
    for name, value in data.items():
        if not hasattr(defaults, name) or value is None:
            continue
        usual = getattr(defaults, name)
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if not numeric or (isinstance(usual, int) and not isinstance(value, int)):
            raise ValueError(f"{name} is {value!r}, expected a number")
    return Settings.from_dict(data)


class ProgressStore:
    """Open progress database. Every public method turns SQLite failures into EduError."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self.settings = self._load_settings()

    # -- plumbing ----------------------------------------------------------------------
    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            with self._lock:
                yield
        except sqlite3.Error as exc:
            error = DatabaseLocked if is_lock(exc) else EduError
            raise error(Problem(str(self.path), explain(exc))) from None

    @contextmanager
    def busy_wait(self, seconds: float | None) -> Iterator[None]:
        """Within the block, wait at most `seconds` for another program's lock (None: the
        timeout the store was opened with), so a retry need not freeze the trainer."""
        if seconds is None:
            yield
            return
        with self._guard():
            before = self._conn.execute("PRAGMA busy_timeout").fetchone()[0]
            self._conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        try:
            yield
        finally:
            with self._guard():
                self._conn.execute(f"PRAGMA busy_timeout = {int(before)}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._guard():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- settings ----------------------------------------------------------------------
    def _load_settings(self) -> Settings:
        with self._guard():
            row = self._conn.execute("SELECT value FROM meta WHERE key='settings'").fetchone()
        if row is None:
            return Settings()
        try:
            return _settings(row[0])
        except (ValueError, TypeError) as exc:
            raise EduError(Problem(str(self.path), f"stored settings are invalid: {exc}")) from None

    def save_settings(self, settings: Settings) -> None:
        with self._transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('settings', ?)",
                         (json.dumps(settings.to_dict(), sort_keys=True),))
        self.settings = settings

    @property
    def schema_version(self) -> int:
        with self._guard():
            return schema_version(self._conn)

    # -- answers -----------------------------------------------------------------------
    def record_answer(self, deck_id: str, item: Item, *, now: datetime,
                      verdict: Grade | str | None = None, rating: Rating | int | None = None,
                      response: str | list[str] = "", duration_ms: int | None = None,
                      cram: bool = False, replaces: AnswerResult | None = None) -> AnswerResult:
        """Log one answer and (unless cramming) reschedule its card, in one transaction.

        `replaces`: an earlier answer to take back in the same transaction (the learner's
        "count as correct" override), so the log never holds both or neither."""
        if verdict is not None:
            if verdict not in VERDICTS:
                raise ValueError(f"verdict must be one of {VERDICTS}, got {verdict!r}")
            verdict = Grade(verdict)
        if rating is not None:
            chosen = to_rating(rating)
        elif verdict is not None:
            chosen = rating_for_verdict(verdict, duration_ms, self.settings)
        else:
            raise ValueError("record_answer needs a verdict or a rating")
        now = as_utc(now)
        key = card_key(item)
        stamp = ts_text(now)
        with self._transaction() as conn:
            if replaces is not None:
                self._take_back(conn, deck_id, replaces)
            row = conn.execute("SELECT * FROM cards WHERE deck_id=? AND ref=? AND kind=?",
                               (deck_id, *key)).fetchone()
            before = _card_info(row, self.path) if row is not None else None
            state_before = before.fsrs_card.state.value if before else NEW_STATE
            result = AnswerResult(chosen, cram, before, None, False, False)
            if not cram:
                result = self._reschedule(conn, deck_id, key, before, chosen, now)
            cursor = conn.execute(
                "INSERT INTO reviews (ts, deck_id, fact_id, item_id, kind, ref, response,"
                " verdict, rating, duration_ms, cram, state_before)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (stamp, deck_id, item.fact_id, item.id, item.kind, key[0],
                 json.dumps(response, ensure_ascii=False), verdict, int(chosen), duration_ms,
                 int(cram), state_before))
        result.review_id = cursor.lastrowid or 0
        result.before = before
        return result

    def undo(self, deck_id: str, answer: AnswerResult) -> None:
        """Take back a recorded answer: its log row goes and its card is as it was before,
        in one transaction. Only the card's latest answer can be taken back."""
        with self._transaction() as conn:
            self._take_back(conn, deck_id, answer)

    def _take_back(self, conn: sqlite3.Connection, deck_id: str, answer: AnswerResult) -> None:
        row = conn.execute("SELECT ts, ref, kind FROM reviews WHERE id=? AND deck_id=?",
                           (answer.review_id, deck_id)).fetchone()
        if row is None:
            raise EduError(Problem(str(self.path), "the answer to undo is not in the log"))
        key = (row["ref"], row["kind"])
        later = conn.execute("SELECT count(*) FROM reviews WHERE deck_id=? AND ref=? AND kind=?"
                             " AND cram=0 AND id>?", (deck_id, *key, answer.review_id)
                             ).fetchone()[0]
        if later and not answer.cram:
            raise EduError(Problem(str(self.path), "only the latest answer to a card can be "
                                                   "undone"))
        conn.execute("DELETE FROM reviews WHERE id=?", (answer.review_id,))
        if answer.cram:
            return
        before = answer.before
        if before is None:
            conn.execute("DELETE FROM cards WHERE deck_id=? AND ref=? AND kind=?",
                         (deck_id, *key))
            return
        conn.execute(
            "UPDATE cards SET card_json=?, state=?, due=?, reps=?, lapses=?, leech=?,"
            " last_review=? WHERE deck_id=? AND ref=? AND kind=?",
            (before.card_json, before.fsrs_card.state.value, ts_text(before.due), before.reps,
             before.lapses, int(before.leech),
             ts_text(before.last_review) if before.last_review else None, deck_id, *key))

    def _reschedule(self, conn: sqlite3.Connection, deck_id: str, key: CardKey,
                    before: CardInfo | None, rating: Rating, now: datetime) -> AnswerResult:
        outcome = review(before.fsrs_card if before else None, rating, now, self.settings,
                         deck_id, key)
        reps = (before.reps if before else 0) + 1
        lapses = (before.lapses if before else 0) + int(outcome.lapse)
        leech = lapses >= self.settings.leech_lapses
        stamp = ts_text(now)
        card_json = json.dumps(outcome.card.to_dict())
        conn.execute(
            "INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (deck_id, ref, kind) DO UPDATE SET card_json=excluded.card_json,"
            " state=excluded.state, due=excluded.due, reps=excluded.reps,"
            " lapses=excluded.lapses, leech=excluded.leech, last_review=excluded.last_review",
            (deck_id, key[0], key[1], card_json, outcome.card.state.value,
             ts_text(outcome.card.due), reps, lapses, int(leech), stamp, stamp))
        row = conn.execute("SELECT * FROM cards WHERE deck_id=? AND ref=? AND kind=?",
                           (deck_id, *key)).fetchone()
        became = outcome.lapse and lapses == self.settings.leech_lapses
        return AnswerResult(rating, False, _card_info(row, self.path), outcome.interval,
                            outcome.lapse,
                            became)

    # -- which deck a document is ------------------------------------------------------
    def follow_document(self, deck_id: str, document_name: str,
                        fact_ids: Collection[str]) -> str | None:
        """Note that `deck_id` is a deck drafted from a document file called `document_name`,
        and when it has no progress yet, give it the progress of an earlier deck id of a file
        of that name whose answered facts are still here (FOLLOW_SHARE): the same document
        after an edit of its first line, which the deck id hashes. All rows move, in one
        transaction, so nothing is counted twice and nothing merges; an id a deck file was
        opened with (`keep_deck_id`) is never taken. Returns the earlier id, or None."""
        wanted = set(fact_ids)
        with self._transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO deck_origins VALUES (?, ?)",
                         (deck_id, document_name))
            if self._has_progress(conn, deck_id):
                return None
            best: tuple[float, int, str] | None = None
            others = conn.execute("SELECT deck_id FROM deck_origins WHERE document_name=? AND"
                                  " deck_id<>? ORDER BY deck_id", (document_name, deck_id))
            for (other,) in others.fetchall():
                answered = {row[0] for row in conn.execute(
                    "SELECT DISTINCT fact_id FROM reviews WHERE deck_id=? AND kind NOT IN"
                    f" ({','.join('?' * len(MULTI_FACT_KINDS))})", (other, *MULTI_FACT_KINDS))}
                if not answered:
                    continue
                share = len(answered & wanted) / len(answered)
                if share >= FOLLOW_SHARE and (best is None or (share, len(answered)) > best[:2]):
                    best = (share, len(answered), other)
            if best is None:
                return None
            earlier = best[2]
            conn.execute("UPDATE cards SET deck_id=? WHERE deck_id=?", (deck_id, earlier))
            conn.execute("UPDATE reviews SET deck_id=? WHERE deck_id=?", (deck_id, earlier))
            conn.execute("DELETE FROM deck_origins WHERE deck_id=?", (earlier,))
        return earlier

    def keep_deck_id(self, deck_id: str) -> None:
        """A deck file's id is its own: its progress never follows a document, even when the
        deck was reviewed from a document's drafts and has their id."""
        with self._transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO deck_origins VALUES (?, NULL)", (deck_id,))

    @staticmethod
    def _has_progress(conn: sqlite3.Connection, deck_id: str) -> bool:
        return bool(conn.execute("SELECT 1 FROM cards WHERE deck_id=? LIMIT 1", (deck_id,))
                    .fetchone() or conn.execute("SELECT 1 FROM reviews WHERE deck_id=? LIMIT 1",
                                                (deck_id,)).fetchone())

    # -- queries -----------------------------------------------------------------------
    def card(self, deck_id: str, key: CardKey) -> CardInfo | None:
        with self._guard():
            row = self._conn.execute("SELECT * FROM cards WHERE deck_id=? AND ref=? AND kind=?",
                                     (deck_id, *key)).fetchone()
        return _card_info(row, self.path) if row is not None else None

    def cards(self, deck_id: str) -> dict[CardKey, CardInfo]:
        with self._guard():
            rows = self._conn.execute("SELECT * FROM cards WHERE deck_id=?",
                                      (deck_id,)).fetchall()
        cards = (_card_info(r, self.path) for r in rows)
        return {card.key: card for card in cards}

    def preview(self, deck_id: str, key: CardKey, now: datetime) -> dict[Rating, timedelta]:
        """Interval each rating would give now, without changing anything."""
        info = self.card(deck_id, key)
        return preview(info.fsrs_card if info else None, now, self.settings, deck_id, key)

    def log(self, deck_id: str | None = None, since: datetime | None = None) -> list[LogEntry]:
        """Answers, oldest first; optionally for one deck and from a moment on."""
        sql, params = "SELECT * FROM reviews WHERE 1=1", []
        if deck_id is not None:
            sql += " AND deck_id=?"
            params.append(deck_id)
        if since is not None:
            sql += " AND ts>=?"
            params.append(ts_text(since))
        with self._guard():
            rows = self._conn.execute(sql + " ORDER BY ts, id", params).fetchall()
        return [_log_entry(r, self.path) for r in rows]

    def answer_rows(self, deck_id: str, until: datetime | None = None) -> list[AnswerRow]:
        """Light log rows of one deck up to `until`, oldest first."""
        sql = ("SELECT id, ts, fact_id, kind, ref, rating, cram, state_before FROM reviews"
               " WHERE deck_id=?")
        params: list[str] = [deck_id]
        if until is not None:
            sql += " AND ts<=?"
            params.append(ts_text(until))
        with self._guard():
            rows = self._conn.execute(sql + " ORDER BY ts, id", params).fetchall()
        return [_answer_row(r, self.path) for r in rows]

    def count_answers(self, deck_id: str | None = None) -> int:
        with self._guard():
            if deck_id is None:
                return self._conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
            return self._conn.execute("SELECT count(*) FROM reviews WHERE deck_id=?",
                                      (deck_id,)).fetchone()[0]

    def _count_today(self, deck_id: str, now: datetime, state_before: int) -> int:
        start = ts_text(day_start(now, self.settings))
        with self._guard():
            return self._conn.execute(
                "SELECT count(*) FROM reviews WHERE deck_id=? AND ts>=? AND ts<=?"
                " AND cram=0 AND state_before=?",
                (deck_id, start, ts_text(now), state_before)).fetchone()[0]

    def answered_today(self, deck_id: str, now: datetime) -> dict[str, set[CardKey]]:
        """The cards answered (outside cram) since the learner's day began, per fact: a
        fact asked one way today is not asked another way until tomorrow."""
        start = ts_text(day_start(now, self.settings))
        with self._guard():
            rows = self._conn.execute(
                "SELECT DISTINCT fact_id, ref, kind FROM reviews WHERE deck_id=? AND ts>=?"
                " AND ts<=? AND cram=0", (deck_id, start, ts_text(now))).fetchall()
        out: dict[str, set[CardKey]] = {}
        for fact_id, ref, kind in rows:
            out.setdefault(fact_id, set()).add((ref, kind))
        return out

    def new_introduced_today(self, deck_id: str, now: datetime) -> int:
        """Cards seen for the first time (outside cram) since the learner's day began."""
        return self._count_today(deck_id, now, NEW_STATE)

    def reviews_done_today(self, deck_id: str, now: datetime) -> int:
        """Answers to Review-state cards since the day began (what the review limit caps)."""
        return self._count_today(deck_id, now, REVIEW_STATE)


def open_store(path: str | Path | None = None, *, timeout: float = 5.0) -> ProgressStore:
    """Open (creating if needed) the progress database; every failure is an EduError."""
    db = Path(path) if path is not None else resolve_db_path(None)
    return ProgressStore(db, connect(db, timeout))
