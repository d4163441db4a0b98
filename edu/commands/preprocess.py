"""`edu preprocess RAW.txt`: put ordinary English text in the seed documents' form."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("preprocess",
                       help="put English text in the seed documents' form (lower-cased, stemmed)")
    p.add_argument("file", help="raw English text file ('-' for standard input)")
    p.add_argument("-o", "--output", help="write here (atomically) instead of standard output "
                                           "(- also means standard output)")


def run(args: argparse.Namespace) -> int:
    from edu.fileio import check_output, read_text, write_output
    from edu.text.preprocess import preprocess

    if args.output:
        check_output(args.output, [args.file])  # fail before the work, not after it
    out = preprocess(read_text(args.file, allow_empty=True)) + "\n"
    if args.output:
        write_output(args.output, out, inputs=[args.file])
    else:
        sys.stdout.write(out)
    return 0
