"""`edu anki DECK -o deck.apkg`: export a deck's items as an Anki package."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from edu.commands._deckitems import add_item_options, report_skipped, require_suffix
from edu.commands._vocab import add_deck_argument

if TYPE_CHECKING:
    from edu.anki.export import AnkiExport


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "anki", help="export a deck as an Anki package (.apkg)",
        description="Write one Anki deck with a subdeck per section. Re-importing an edited "
                    "deck updates notes in place (GUIDs come from deck and item ids).")
    add_deck_argument(p)
    p.add_argument("-o", "--output", required=True,
                   help="the .apkg file to write (atomically); - for standard output")
    add_item_options(p)
    p.add_argument("--every-kind", action="store_true",
                   help="a note for every item kind of every fact (default: one note per "
                        "fact, its preferred kind, so new cards are different facts)")
    p.add_argument("--timestamp", type=int, metavar="EPOCH",
                   help="modification time stamped on notes (default: SOURCE_DATE_EPOCH or "
                        "the deck file's mtime, so unchanged input gives identical bytes)")


def run(args: argparse.Namespace) -> int:
    from edu.commands._vocab import deck_path
    from edu.fileio import check_output
    from edu.gcpause import no_cycle_collection

    require_suffix(args.output, (".apkg",))
    check_output(args.output, [deck_path(args.deck)])  # fail before the work, not after it
    # One pause for the whole export, and the deck, items and package freed before it ends:
    # the collector, back on, would otherwise scan every object they made (~0.025 s of 0.3)
    with no_cycle_collection():
        report = _export(args)
    report_skipped(report.skipped, args.verbose)
    print(report.summary(args.output), file=sys.stderr if args.output == "-" else sys.stdout)
    return 0


def _export(args: argparse.Namespace) -> AnkiExport:
    """The deck's items (one per fact unless --every-kind) written as args.output."""
    from edu.anki.export import PREFERRED_KINDS, export_request
    from edu.commands._deckitems import deck_inputs, deck_or_document, kinds_option, require_items
    from edu.commands._vocab import deck_path
    from edu.items.generate import request_items

    path = deck_path(args.deck)
    kinds = kinds_option(args.kinds)
    deck, drafts = deck_or_document(path, args.drafts)
    request = request_items(deck, kinds, args.seed, include_drafts=drafts,
                            first_of=None if args.every_kind else PREFERRED_KINDS)
    return export_request(request, args.output, every_kind=args.every_kind,
                          timestamp=args.timestamp, inputs=deck_inputs(deck),
                          check=lambda items: require_items(path, deck, items, kinds, drafts))
