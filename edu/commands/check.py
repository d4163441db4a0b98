"""`edu check DECK...`: validate deck files and prove every fact against its source document."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="validate decks: schema, duplicates, spans and answers against the source",
        description="Report every problem of each deck as path:line:col: message; "
                    "exit 2 if any deck has problems, else print one summary line per deck.",
    )
    p.add_argument("decks", nargs="+", metavar="DECK", help="deck YAML file(s)")


def run(args: argparse.Namespace) -> int:
    from edu.deckcheck import parse_deck

    failed = False
    for path in args.decks:
        report = parse_deck(path)
        for problem in report.problems:
            print(problem)
        count = len(report.problems)
        failed = failed or count > 0
        facts = f"{len(report.deck.facts)} facts, " if report.deck is not None else ""
        drafts = sum(f.status == "draft" for f in report.deck.facts) if report.deck else 0
        draft_note = f" ({drafts} draft{'' if drafts == 1 else 's'})" if drafts else ""
        print(f"{path}: {facts}{count} problem{'' if count == 1 else 's'}{draft_note}")
    return 2 if failed else 0
