"""`edu handout DECK -o worksheet.pdf|.html|.md`: printable worksheets with answer keys."""

from __future__ import annotations

import argparse

from edu.commands._deckitems import add_item_options
from edu.commands._vocab import add_deck_argument, add_sections_option

TEXT_FORMATS = {"md": ".md", "markdown": ".md", "html": ".html"}
FORMAT_SUFFIX = {"pdf": ".pdf", **TEXT_FORMATS}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "handout", help="write a printable worksheet (PDF, HTML or Markdown) with answer key",
        description="The format follows the output's extension (.pdf, .html, .md) or "
                    "--format. With --versions K, writes NAME-A.ext ... (same questions, "
                    "shuffled order and options); --answer-key separate adds NAME-key.ext. "
                    "-o - writes one text worksheet (--format md or html) to standard output.")
    add_deck_argument(p)
    p.add_argument("-o", "--output", required=True,
                   help="worksheet file: .pdf, .html or .md; - for standard output")
    p.add_argument("--format", choices=tuple(FORMAT_SUFFIX),
                   help="pdf, html or md (default: from the output's extension; required "
                        "with -o -)")
    p.add_argument("--count", type=int, default=20, help="number of questions (default 20)")
    add_item_options(p)
    add_sections_option(p)
    p.add_argument("--versions", type=int, default=1, metavar="K",
                   help="how many shuffled versions (A, B, C, ...) to write (default 1)")
    p.add_argument("--title", help="worksheet title (default: the deck's title)")
    p.add_argument("--answer-key", choices=("separate", "appendix", "none"),
                   help="where the answer key goes (default: separate; appendix with -o -)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4",
                   help="paper size of the PDF and of HTML printing (default: a4)")
    p.add_argument("--points", type=int, default=None, metavar="N",
                   help="print N points beside every question and a total box on the sheet")
    p.add_argument("--teacher-copy", action="store_true",
                   help="print the answers inline, on each question (a marking copy)")
    p.add_argument("--font", metavar="PATH",
                   help="PDF only: a .ttf/.otf font for characters DejaVu Sans lacks, such as "
                        "Chinese (default: $EDU_PDF_FONT, or what fontconfig finds)")


def _suffix(args: argparse.Namespace) -> str:
    """The format as an extension: from --format, else from the output's extension."""
    from edu.commands._deckitems import require_suffix
    from edu.errors import EduError, Problem
    from edu.handout.files import FORMATS

    if args.output == "-":
        if args.format not in TEXT_FORMATS:
            raise EduError(Problem("-o -", "standard output takes a text worksheet: add "
                                           "--format md or --format html"))
        return TEXT_FORMATS[args.format]
    suffix = require_suffix(args.output, tuple(FORMATS))
    if args.format and FORMATS[suffix] != FORMATS[FORMAT_SUFFIX[args.format]]:
        raise EduError(Problem(args.output, f"--format {args.format} does not match the "
                                            f"extension {suffix!r}"))
    return suffix


def run(args: argparse.Namespace) -> int:
    import sys

    from edu.commands._deckitems import deck_inputs, deck_items
    from edu.commands._document import title_for_students
    from edu.commands._vocab import deck_path, split_sections
    from edu.errors import EduError, Problem
    from edu.fileio import check_output, write_output
    from edu.handout.files import handout_files
    from edu.handout.layout import Options, build_handout

    suffix = _suffix(args)
    to_stdout = args.output == "-"
    key_mode = args.answer_key or ("appendix" if to_stdout else "separate")
    if to_stdout and (args.versions != 1 or key_mode == "separate"):
        raise EduError(Problem("-o -", "standard output takes one file: use --versions 1 and "
                                       "--answer-key appendix or none"))
    if args.points is not None and not 1 <= args.points <= 100:
        raise EduError(Problem("--points", "must be between 1 and 100"))
    check_output(args.output, [deck_path(args.deck)])  # fail before the work, not after it
    deck, items = deck_items(deck_path(args.deck), args.kinds, args.seed, args.drafts)
    options = Options(paper=args.paper, points=args.points, teacher_copy=args.teacher_copy,
                      font=args.font)
    deck_title = title_for_students(deck.title)
    handout = build_handout(items, title=args.title or deck_title, deck_title=deck_title,
                            count=args.count, sections=split_sections(args.sections),
                            seed=args.seed, versions=args.versions, options=options)
    files = handout_files(handout, args.output, key_mode, suffix)
    inputs = deck_inputs(deck)
    for path, _ in files:  # every file is checked before the first one is written
        check_output(path, inputs)
    for path, data in files:
        write_output(path, data, inputs=inputs)
    note = ""
    if handout.count < args.count:
        # "only 15 usable" of 44 drafts read as 29 broken facts: most are left out because
        # their question would answer another's (edu.items.reveal), which a sheet must not do
        note = (f" (of {args.count} asked for: every other question would repeat a fact or "
                "give away the answer to one on the sheet)")
    names = "standard output" if to_stdout else ", ".join(str(p) for p, _ in files)
    print(f"wrote {names}: {handout.count} questions{note}, {len(handout.versions)} "
          f"version(s), answer key: {key_mode}", file=sys.stderr if to_stdout else sys.stdout)
    return 0
