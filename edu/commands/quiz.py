"""`edu quiz DECK`: start a quiz session straight away (items of every kind, graded)."""

from __future__ import annotations

import argparse

from edu.commands._vocab import add_deck_argument
from edu.commands.train import add_session_options


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quiz", help="quiz yourself on a deck in the terminal trainer")
    add_deck_argument(p)
    add_session_options(p)


def run(args: argparse.Namespace) -> int:
    from edu.commands.train import launch

    return launch(args, mode="quiz")
