"""`edu stats DECK`: what the learner has done and what is coming, from the progress log."""

from __future__ import annotations

import argparse

from edu.commands._vocab import add_deck_argument, add_format_option


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="learning statistics for a deck (text or --format json)")
    add_deck_argument(p)
    add_format_option(p, ("text", "json"), "text", aliases=("json",),
                      help_text="text (default) or json (one stable JSON object)")
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

    from edu.commands._deckitems import deck_or_document
    from edu.commands._document import attach_progress
    from edu.commands._vocab import deck_path
    from edu.errors import EduError, Problem
    from edu.progress.stats import compute_stats, render_text
    from edu.progress.store import MEMORY, check_db_path, open_store, resolve_db_path

    if args.days < 1 or args.days > 3660:
        raise EduError(Problem("--days", f"must be between 1 and 3660, got {args.days}"))
    now = _parse_now(args.now)
    # no items: the deck, the log and the cards say what was studied
    deck, drafts = deck_or_document(deck_path(args.deck))  # a document: its unreviewed drafts
    db_path = resolve_db_path(args.db)
    # Reading statistics must not create a database as a side effect.
    check_db_path(db_path)
    exists = db_path.exists()
    with open_store(db_path if exists else MEMORY) as store:
        if exists:
            attach_progress(store, deck)
        stats = compute_stats(store, deck, None, now, days=args.days, drafts=drafts)
    if args.format == "json":
        data = {"db": str(db_path), **stats.to_dict()}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(render_text(stats), end="")
        if not exists:
            print(f"(no progress database yet at {db_path})")
    return 0
