"""`edu export DECK --format gift|csv -o FILE`: questions for Moodle (GIFT) or a flashcard CSV."""

from __future__ import annotations

import argparse

from edu.commands._deckitems import add_item_options
from edu.commands._document import DECK_HELP


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="export items as Moodle GIFT or a front/back/tags CSV",
        description="GIFT: multiple choice, short answer (with aliases), numerical (with "
                    "tolerance), true/false, missing word and matching questions for Moodle. "
                    "CSV: front, back, tags rows for Anki's or Quizlet's text import.")
    p.add_argument("deck", help=DECK_HELP)
    p.add_argument("--format", required=True, choices=("gift", "csv"), help="output format")
    p.add_argument("-o", "--output", required=True, help="file to write (atomically)")
    add_item_options(p)


def run(args: argparse.Namespace) -> int:
    from edu.commands._deckitems import check_not_input, deck_items, report_skipped
    from edu.fileio import atomic_write
    from edu.handout.export import to_csv, to_gift

    check_not_input(args.deck, [args.output])
    deck, items = deck_items(args.deck, args.kinds, args.seed, args.drafts)
    if args.format == "gift":
        text, report = to_gift(items, deck.title)
    else:
        text, report = to_csv(items)
    atomic_write(args.output, text)
    report_skipped(report.skipped, args.verbose)
    skipped = f", {len(report.skipped)} items skipped (no {args.format.upper()} form)" \
        if report.skipped else ""
    print(f"wrote {args.output}: {report.written} {args.format.upper()} questions{skipped}")
    return 0
