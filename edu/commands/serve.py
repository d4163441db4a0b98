"""`edu serve [DECK...] [--port P]`: the trainer in a web browser, through textual-serve.

For a classroom screen or a learner without a terminal: every browser tab that opens the
page gets its own trainer process (`edu train` with the same decks and flags), so progress
goes to the same database as in the terminal. Flags and decks are checked before serving.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from edu.commands.train import add_session_options

if TYPE_CHECKING:  # loaded in run: every command's parser imports this module
    from edu.progress.session import SessionOptions


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the trainer to a web browser (textual-serve)")
    p.add_argument("decks", nargs="*", metavar="DECK",
                   help="deck files to list beside the bundled deck")
    p.add_argument("--port", type=int, default=8000, metavar="P",
                   help="port to listen on (default 8000)")
    p.add_argument("--host", default="localhost",
                   help="address to listen on (default localhost; 0.0.0.0 for a classroom)")
    add_session_options(p)


def trainer_command(args: argparse.Namespace, options: SessionOptions) -> list[str]:
    """The `edu train` command line each browser session runs, with the same choices."""
    import sys
    from pathlib import Path

    argv = [sys.executable, "-m", "edu", "train",
            *(str(Path(d).resolve()) for d in args.decks)]
    if options.count is not None:
        argv += ["--count", str(options.count)]
    if options.kinds:
        argv += ["--kinds", ",".join(options.kinds)]
    if options.sections:  # each its own value: a section name may hold spaces or commas
        argv += ["--sections", *options.sections]
    argv += ["--seed", str(options.seed)]
    for flag, value in (("--retention", options.retention), ("--new-limit", options.new_limit),
                        ("--review-limit", options.review_limit)):
        if value is not None:
            argv += [flag, str(value)]
    if args.db:
        argv += ["--db", str(Path(args.db).expanduser().resolve())]
    argv += ["--due"] if options.due_only else []
    argv += ["--cram"] if options.cram else []
    return argv


def run(args: argparse.Namespace) -> int:
    import shlex

    from edu.bundled import bundled_deck_path
    from edu.commands._deckitems import kinds_option
    from edu.commands._vocab import split_sections
    from edu.deck.check import load_deck
    from edu.errors import EduError, Problem
    from edu.progress.session import SessionOptions
    from edu.progress.store import open_store, resolve_db_path
    from edu.trainer.options import check_numbers, check_sections

    if not 0 < args.port < 65536:
        raise EduError(Problem("--port", f"must be 1-65535, got {args.port}"))
    options = SessionOptions(
        count=args.count, kinds=kinds_option(args.kinds),
        sections=split_sections(args.sections), due_only=args.due, cram=args.cram, seed=args.seed,
        retention=args.retention, new_limit=args.new_limit, review_limit=args.review_limit)
    check_numbers(options)
    decks = [load_deck(path) for path in args.decks]
    bundled = bundled_deck_path()
    if bundled is not None:
        decks.append(load_deck(bundled))
    check_sections(decks, options.sections)
    open_store(resolve_db_path(args.db)).close()  # a bad --db fails here, not in the page

    from textual_serve.server import Server

    command = shlex.join(trainer_command(args, options))
    print(f"edu trainer at http://{args.host}:{args.port} (Ctrl+C stops)", flush=True)
    Server(command, host=args.host, port=args.port, title="edu trainer").serve()
    return 0
