"""`edu handout DECK -o worksheet.pdf|.html|.md`: printable worksheets with answer keys."""

from __future__ import annotations

import argparse

from edu.commands._deckitems import add_item_options
from edu.commands._document import DECK_HELP


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "handout", help="write a printable worksheet (PDF, HTML or Markdown) with answer key",
        description="The format follows the output's extension (.pdf, .html, .md). With "
                    "--versions K, writes NAME-A.ext ... (same questions, shuffled order and "
                    "options); --answer-key separate adds NAME-key.ext.")
    p.add_argument("deck", help=DECK_HELP)
    p.add_argument("-o", "--output", required=True, help="worksheet file: .pdf, .html or .md")
    p.add_argument("--count", type=int, default=20, help="number of questions (default 20)")
    add_item_options(p)
    p.add_argument("--sections", nargs="+", metavar="SECTION",
                   help="only these sections: a number like II.1, a part like II, or the "
                        "full section name")
    p.add_argument("--versions", type=int, default=1, metavar="K",
                   help="how many shuffled versions (A, B, C, ...) to write (default 1)")
    p.add_argument("--title", help="worksheet title (default: the deck's title)")
    p.add_argument("--answer-key", choices=("separate", "appendix", "none"),
                   default="separate", help="where the answer key goes (default: separate)")


def run(args: argparse.Namespace) -> int:
    from edu.commands._deckitems import check_not_input, deck_items, require_suffix
    from edu.fileio import atomic_write
    from edu.handout.files import FORMATS, handout_files
    from edu.handout.layout import build_handout

    require_suffix(args.output, tuple(FORMATS))
    deck, items = deck_items(args.deck, args.kinds, args.seed, args.drafts)
    handout = build_handout(items, title=args.title or deck.title, deck_title=deck.title,
                            count=args.count, sections=args.sections, seed=args.seed,
                            versions=args.versions)
    files = handout_files(handout, args.output, args.answer_key)
    check_not_input(args.deck, [str(p) for p, _ in files])
    for path, data in files:
        atomic_write(path, data)
    note = ""
    if handout.count < args.count:
        note = f" (only {handout.count} usable questions without repeating a fact)"
    names = ", ".join(str(p) for p, _ in files)
    print(f"wrote {names}: {handout.count} questions{note}, {len(handout.versions)} "
          f"version(s), answer key: {args.answer_key}")
    return 0
