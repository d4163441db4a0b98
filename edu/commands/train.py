"""`edu train [DECK...]`: open the trainer's home screen (bare `edu` does this on the bundled deck).

`edu quiz` and `edu study` reuse this module's options and launcher, starting straight in a
quiz or a flashcard session. Every flag and deck is checked before the UI starts.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from edu.commands._vocab import add_kinds_option, add_sections_option

if TYPE_CHECKING:  # the trainer loads only when a command starts it
    from edu.deck.model import Deck
    from edu.items.model import Item
    from edu.trainer.state import TrainerState


def add_session_options(p: argparse.ArgumentParser) -> None:
    """The flags every trainer command shares."""
    p.add_argument("--count", type=int, default=20, metavar="N",
                   help="items per session (default 20)")
    add_kinds_option(p)
    add_sections_option(p)
    p.add_argument("--due", action="store_true", help="only cards that are due now")
    p.add_argument("--cram", action="store_true",
                   help="practise without scheduling: answers are not recorded as reviews")
    p.add_argument("--seed", type=int, default=0, help="seed for item and order choices")
    p.add_argument("--db", metavar="PATH",
                   help="progress database (default: $EDU_DB or the per-user data folder)")
    p.add_argument("--retention", type=float, metavar="R",
                   help="desired retention for FSRS scheduling, kept for later sessions "
                        "(default 0.9)")
    p.add_argument("--new-limit", type=int, metavar="N",
                   help="new cards per day (default 20)")
    p.add_argument("--review-limit", type=int, metavar="N",
                   help="reviews per day (default 200)")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train",
                       help="open the trainer's home screen: decks, quiz, flashcards, stats")
    p.add_argument("decks", nargs="*", metavar="DECK",
                   help="deck files (or .txt/.md/.pdf documents: their best drafts, "
                        "unreviewed) to list beside the bundled deck (bare `edu` is `edu train`)")
    add_session_options(p)


def run(args: argparse.Namespace) -> int:
    return launch(args, mode=None)


def launch(args: argparse.Namespace, mode: str | None) -> int:
    """Validate decks and flags (EduError -> exit 2), then run the App until the user quits."""
    from edu.bundled import bundled_deck_path
    from edu.commands._deckitems import kinds_option
    from edu.commands._document import (
        attach_progress,
        is_document,
        review_hint,
        unreviewed_deck,
    )
    from edu.commands._vocab import deck_path, split_sections
    from edu.deck.check import load_deck
    from edu.errors import EduError, Problem
    from edu.items.generate import generate_items
    from edu.progress.session import SessionOptions
    from edu.trainer.options import check_numbers, check_sections

    paths = list(getattr(args, "decks", None) or [])
    if mode is not None:  # quiz and study: one deck, the bundled one unless given
        paths = [deck_path(args.deck)]
    if "-" in paths:
        raise EduError(Problem("-", "the trainer reads your keys from standard input, so it "
                                    "cannot read a deck from it too; give the deck's file name"))
    options = SessionOptions(
        count=args.count, kinds=kinds_option(args.kinds),
        sections=split_sections(args.sections), due_only=args.due, cram=args.cram, seed=args.seed,
        retention=args.retention, new_limit=args.new_limit, review_limit=args.review_limit,
    )
    check_numbers(options)  # cheap checks first, before any deck is read
    kept: dict[str, str] = {}
    for path in paths:  # the same file given twice counts once
        kept.setdefault(_resolved(path), path)
    decks: list[Deck] = []
    items: dict[str, list[Item]] = {}
    for path in kept.values():
        if is_document(path):  # its best drafts, marked unreviewed, items made with drafts
            deck = unreviewed_deck(path)
            print(review_hint(path, deck), file=sys.stderr)
            items[deck.id] = generate_items(deck, seed=options.seed, include_drafts=True)
            decks.append(deck)
        else:
            decks.append(load_deck(path))
    _check_unique_ids(decks)
    bundled = bundled_deck_path() if mode is None else None
    if bundled is not None and not any(_same(bundled, p) for p in paths):
        deck = load_deck(bundled)
        if all(d.id != deck.id for d in decks):  # a given copy of it wins
            decks.insert(0, deck)
    if not decks:
        raise EduError(Problem("edu", "no deck given and the bundled deck is not installed"))
    check_sections(decks, options.sections)

    from edu.progress.store import open_store, resolve_db_path

    store = open_store(resolve_db_path(args.db))  # a bad --db fails here, before the UI
    try:  # so do tampered rows: every card and answer of these decks is read (and checked) once
        for deck in decks:
            attach_progress(store, deck)  # a document whose title was edited: its progress
            store.cards(deck.id)
            store.answer_rows(deck.id)
    except EduError:
        store.close()
        raise

    if not _has_terminal():
        store.close()
        raise EduError(Problem("edu", "the trainer needs a terminal to draw on and read keys "
                                      "from (standard input and error are not one); run it in "
                                      "a terminal, or use `edu items`, `edu handout` or "
                                      "`edu export` for files"))

    from edu.trainer.app import TrainerApp

    app = TrainerApp(decks, options, store=store, start=mode, items=items)
    app.run()
    code = app.return_code or 0
    if app.state.kept:
        code = _save_kept_answers(app.state, give_up_after=HUNG_UP_WAIT if app.hung_up
                                  else None) or code
    store.close()
    return code


def _has_terminal() -> bool:
    """Textual draws on standard error and reads keys from standard input: without both on a
    terminal it would pour escape codes into a file and wait forever for keys. A driver set
    in the environment (textual-serve's web driver, `edu serve`) brings its own."""
    import os

    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    return sys.stdin.isatty() and sys.__stderr__ is not None and sys.__stderr__.isatty()


HUNG_UP_WAIT = 30.0  # seconds a trainer whose terminal is gone waits for a locked database


def _save_kept_answers(state: TrainerState, give_up_after: float | None = None) -> int:
    """The trainer closed with answers a locked database could not take yet: wait for it
    (Ctrl-C gives up, saying how many answers are lost; with no terminal left to press it
    on, `give_up_after` seconds do). Exit status 1 when some are lost."""
    import sys
    import time

    def say(message: str) -> None:
        try:
            print(message, file=sys.stderr)
        except OSError:  # the terminal is gone
            pass

    say(f"edu: the progress database {state.store.path} is locked by another program; "
        f"waiting to save {len(state.kept)} answer(s) (Ctrl-C to give up)")
    deadline = None if give_up_after is None else time.monotonic() + give_up_after
    try:
        while state.kept and (deadline is None or time.monotonic() < deadline):
            state.save_kept(wait=1.0)
    except KeyboardInterrupt:
        pass
    if state.kept:
        say(f"edu: {len(state.kept)} answer(s) were not saved")
        return 1
    say("edu: saved")
    return 0


def _check_unique_ids(decks: list) -> None:
    """Progress is keyed by deck id, so two decks in one session must not share one."""
    from edu.errors import EduError, Problem

    seen: dict[str, str] = {}
    for deck in decks:
        if deck.id in seen:
            raise EduError(Problem(str(deck.path), f"deck id {deck.id!r} is also the id of "
                                                   f"{seen[deck.id]}; give each deck its own id"))
        seen[deck.id] = str(deck.path)


def _resolved(path: object) -> str:
    from pathlib import Path

    try:
        return str(Path(str(path)).resolve())
    except OSError:
        return str(path)


def _same(a: object, b: object) -> bool:
    return _resolved(a) == _resolved(b)
