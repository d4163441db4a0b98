"""Opening the progress database file: path rules, schema migrations, clear errors.

Kept apart from the store's logic so every way a database file can be unusable (a folder, an
unwritable place, garbage bytes, another program's database, a newer schema, a lock) is
handled in one place and reported as an EduError naming the path.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from edu.errors import EduError, Problem

SCHEMA_VERSION = 2
DB_FILENAME = "progress.sqlite3"
MEMORY = ":memory:"  # open_store(MEMORY): a throwaway store, e.g. stats before any training
# Each entry upgrades the schema from version i to i+1 (index 0: empty file -> 1).
MIGRATIONS: list[list[str]] = [
    [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE cards (
            deck_id TEXT NOT NULL, ref TEXT NOT NULL, kind TEXT NOT NULL,
            card_json TEXT NOT NULL, state INTEGER NOT NULL, due TEXT NOT NULL,
            reps INTEGER NOT NULL, lapses INTEGER NOT NULL, leech INTEGER NOT NULL,
            first_review TEXT NOT NULL, last_review TEXT NOT NULL,
            PRIMARY KEY (deck_id, ref, kind)) WITHOUT ROWID""",
        "CREATE INDEX cards_by_due ON cards (deck_id, due)",
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY, ts TEXT NOT NULL, deck_id TEXT NOT NULL,
            fact_id TEXT NOT NULL, item_id TEXT NOT NULL, kind TEXT NOT NULL,
            ref TEXT NOT NULL, response TEXT NOT NULL, verdict TEXT,
            rating INTEGER NOT NULL, duration_ms INTEGER, cram INTEGER NOT NULL,
            state_before INTEGER NOT NULL)""",
        "CREATE INDEX reviews_by_deck_time ON reviews (deck_id, ts)",
    ],
    [  # 1 -> 2: where each deck id came from (store.py, `follow_document`): a document's
        # file name (case-folded), or NULL once a deck file was opened with that id
        """CREATE TABLE deck_origins (
            deck_id TEXT PRIMARY KEY, document_name TEXT) WITHOUT ROWID""",
        "CREATE INDEX deck_origins_by_document ON deck_origins (document_name)",
    ],
]


class DatabaseLocked(EduError):
    """Another program holds the database's write lock past the busy timeout. The trainer
    keeps the answer and retries (edu.trainer.state); other commands stop with exit 2."""


def is_lock(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "locked" in text or "busy" in text


def resolve_db_path(cli_value: str | None = None) -> Path:
    """Where progress lives: `--db` value, else $EDU_DB, else the platform's user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("EDU_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("edu")) / DB_FILENAME


def explain(exc: sqlite3.Error) -> str:
    """A sentence for the learner about what is wrong with the database file."""
    text = str(exc)
    if is_lock(exc):
        return "progress database is locked by another program (is another edu running?)"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return ("progress database is corrupt or not an edu database "
                f"({text}); move it away or choose another file with --db")
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return f"cannot open or write the progress database ({text})"
    return f"progress database error: {text}"


def schema_version(conn: sqlite3.Connection) -> int:
    """Version recorded in the meta table (0 for an empty file); refuses foreign databases."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "meta" not in tables:
        if tables:
            raise _NotOurs(sorted(tables))
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    if row is None:
        return 0
    value = row[0]
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 10:
        return int(value)
    raise _Damaged(f"meta table: schema_version is {str(value)[:40]!r}, expected a whole "
                   "number")


class _Damaged(Exception):
    pass


class _NotOurs(Exception):
    pass


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the schema up to SCHEMA_VERSION, one committed step at a time."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise EduError(Problem(path, f"progress database has schema version {version}; this "
                                     f"edu understands up to {SCHEMA_VERSION} (upgrade edu)"))
    for step in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[step]:
                conn.execute(statement)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                         (str(step + 1),))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return SCHEMA_VERSION


def check_db_path(db: Path) -> None:
    """Refuse paths that can never hold a database, before touching anything."""
    name = str(db)
    if db.is_dir():
        raise EduError(Problem(name, "is a directory; --db needs a database file path"))
    for parent in db.parents:
        if parent.exists():
            if not parent.is_dir():
                raise EduError(Problem(name, f"{str(parent)!r} is a file, not a folder"))
            if not os.access(parent, os.W_OK):
                raise EduError(Problem(name, f"folder {str(parent)!r} is not writable"))
            break
    if db.exists() and not os.access(db, os.R_OK | os.W_OK):
        raise EduError(Problem(name, "progress database is not readable and writable"))


def connect(db: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """An open, migrated WAL connection to `db` (created if missing), or an EduError."""
    name = str(db)
    if name != MEMORY:
        check_db_path(db)
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise EduError(Problem(name, f"cannot create folder {str(db.parent)!r}: "
                                         f"{exc.strerror or exc}")) from None
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(db, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal" and name != MEMORY:
            raise EduError(Problem(name, f"cannot switch the database to WAL mode ({mode})"))
        conn.execute("PRAGMA synchronous=FULL")  # an answer shown as saved survives power loss
        migrate(conn, name)
        return conn
    except _Damaged as exc:
        _close(conn)
        raise EduError(Problem(name, f"progress database is damaged: {exc.args[0]}; restore a "
                                     "backup or choose another file with --db")) from None
    except _NotOurs as exc:
        _close(conn)
        raise EduError(Problem(name, f"not an edu progress database (has tables {exc.args[0]});"
                                     " choose another file with --db")) from None
    except sqlite3.Error as exc:
        _close(conn)
        raise EduError(Problem(name, explain(exc))) from None
    except EduError:
        _close(conn)
        raise


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        try:
            conn.close()
        except sqlite3.Error:
            pass
