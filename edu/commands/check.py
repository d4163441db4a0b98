"""`edu check DECK...`: validate deck files and prove every fact against its source document."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="validate decks: schema, duplicates, spans and answers against the source",
        description="Report every problem of each deck as path:line:col: message; "
                    "exit 2 if any deck has problems. Problems go to standard error, one "
                    "summary line per deck to standard output.",
    )
    p.add_argument("decks", nargs="+", metavar="DECK",
                   help="deck YAML file(s); a folder means every *.yaml file in it")


def _expand(paths: list[str]) -> list[str]:
    """Deck paths, with each folder replaced by its *.yaml files in name order."""
    out = []
    for path in paths:
        folder = Path(path)
        if folder.is_dir():
            out += [str(p) for p in sorted(folder.glob("*.yaml")) if p.is_file()] or [path]
        else:
            out.append(path)
    return out


def run(args: argparse.Namespace) -> int:
    import sys

    from edu.deck.check import parse_deck
    from edu.errors import printable

    failed = False
    for path in _expand(args.decks):
        report = parse_deck(path)
        for problem in report.problems:  # problems on stderr, the summary on stdout
            print(problem, file=sys.stderr)
        count = len(report.problems)
        failed = failed or count > 0
        facts = f"{len(report.deck.facts)} facts, " if report.deck is not None else ""
        drafts = sum(f.status == "draft" for f in report.deck.facts) if report.deck else 0
        draft_note = f" ({drafts} draft{'' if drafts == 1 else 's'})" if drafts else ""
        print(f"{printable(path)}: {facts}{count} problem{'' if count == 1 else 's'}{draft_note}")
    return 2 if failed else 0
