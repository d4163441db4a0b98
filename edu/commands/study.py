"""`edu study DECK`: flashcards with spaced repetition (reveal, then rate Again..Easy)."""

from __future__ import annotations

import argparse

from edu.commands._vocab import add_deck_argument
from edu.commands.train import add_session_options


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("study", help="study a deck as flashcards with spaced repetition")
    add_deck_argument(p)
    add_session_options(p)


def run(args: argparse.Namespace) -> int:
    from edu.commands.train import launch

    return launch(args, mode="flashcards")
