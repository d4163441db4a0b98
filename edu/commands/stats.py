"""`edu stats DECK`: what the learner has done and what is coming, from the progress log."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="learning statistics for a deck (text or --json)")
    p.add_argument("deck", nargs="?", metavar="DECK",
                   help="deck file (default: the bundled deck)")
    p.add_argument("--json", action="store_true", help="print one stable JSON object")
    p.add_argument("--db", metavar="PATH",
                   help="progress database (default: $EDU_DB or the per-user data folder)")
    p.add_argument("--days", type=int, default=30, metavar="N",
                   help="days of history in the answers-per-day chart (default 30)")
    p.add_argument("--seed", type=int, default=0,
                   help="accepted for compatibility: statistics no longer generate items, so "
                        "they do not depend on the seed")
    p.add_argument("--now", metavar="ISO",
                   help="report as of this UTC time, e.g. 2026-01-31T12:00 (default: now)")


def _parse_now(raw: str | None):  # -> datetime
    from datetime import UTC, datetime

    from edu.errors import EduError, Problem

    if not raw:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise EduError(Problem("--now", f"not an ISO date/time: {raw!r}")) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def run(args: argparse.Namespace) -> int:
    import json

    from edu.bundled import bundled_deck_path
    from edu.deck.check import load_deck
    from edu.errors import EduError, Problem
    from edu.progress.stats import compute_stats, render_text
    from edu.progress.store import MEMORY, check_db_path, open_store, resolve_db_path

    if args.days < 1 or args.days > 3660:
        raise EduError(Problem("--days", f"must be between 1 and 3660, got {args.days}"))
    now = _parse_now(args.now)
    deck_path = args.deck or bundled_deck_path()
    if deck_path is None:
        raise EduError(Problem("edu stats", "no deck given and the bundled deck is not installed"))
    deck = load_deck(deck_path)  # no items: the log and the cards say what was studied
    db_path = resolve_db_path(args.db)
    # Reading statistics must not create a database as a side effect.
    check_db_path(db_path)
    exists = db_path.exists()
    with open_store(db_path if exists else MEMORY) as store:
        stats = compute_stats(store, deck, None, now, days=args.days)
    if args.json:
        data = {"db": str(db_path), **stats.to_dict()}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(render_text(stats), end="")
        if not exists:
            print(f"(no progress database yet at {db_path})")
    return 0
