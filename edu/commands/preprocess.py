"""`edu preprocess RAW.txt`: put ordinary English text in the seed documents' form."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("preprocess", help="apply the seed preprocessing recipe to English text")
    p.add_argument("file", help="raw English text file ('-' for standard input)")
    p.add_argument("-o", "--output", help="write here (atomically) instead of standard output")


def run(args: argparse.Namespace) -> int:
    from edu.fileio import atomic_write, check_output, read_text
    from edu.text.preprocess import preprocess

    inputs = [] if args.file == "-" else [args.file]
    if args.output:
        check_output(args.output, inputs)  # fail before the work, not after it
    text = sys.stdin.read() if args.file == "-" else read_text(args.file)
    out = preprocess(text) + "\n"
    if args.output:
        atomic_write(args.output, out, inputs=inputs)
    else:
        sys.stdout.write(out)
    return 0
