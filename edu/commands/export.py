"""`edu export DECK --format gift|csv|quizlet -o FILE`: Moodle GIFT, Anki CSV or Quizlet text."""

from __future__ import annotations

import argparse

from edu.commands._deckitems import add_item_options
from edu.commands._vocab import add_deck_argument


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="export items as Moodle GIFT, an Anki CSV or Quizlet text",
        description="gift: multiple choice, short answer (with aliases), numerical (with "
                    "tolerance), true/false, missing word and matching questions for Moodle. "
                    "csv: front, back, tags rows with Anki's header lines (#separator, #html, "
                    "#tags column). quizlet: term<TAB>definition lines for Quizlet's import.")
    add_deck_argument(p)
    p.add_argument("--format", required=True, choices=("gift", "csv", "quizlet"),
                   help="output format")
    p.add_argument("-o", "--output", required=True,
                   help="file to write (atomically); - for standard output")
    add_item_options(p)


def run(args: argparse.Namespace) -> int:
    import sys

    from edu.commands._deckitems import deck_inputs, deck_items, report_skipped
    from edu.commands._vocab import deck_path
    from edu.fileio import check_output, write_output
    from edu.handout.export import to_csv, to_gift, to_quizlet

    check_output(args.output, [deck_path(args.deck)])  # fail before the work, not after it
    deck, items = deck_items(deck_path(args.deck), args.kinds, args.seed, args.drafts)
    if args.format == "gift":
        text, report = to_gift(items, deck.title)
    elif args.format == "quizlet":
        text, report = to_quizlet(items)
    else:
        text, report = to_csv(items)
    write_output(args.output, text, inputs=deck_inputs(deck))
    report_skipped(report.skipped, args.verbose)
    name = args.format.upper() if args.format != "quizlet" else "Quizlet"
    skipped = f", {len(report.skipped)} items skipped (no {name} form)" if report.skipped else ""
    where = "standard output" if args.output == "-" else args.output
    print(f"wrote {where}: {report.written} {name} questions{skipped}",
          file=sys.stderr if args.output == "-" else sys.stdout)
    return 0
