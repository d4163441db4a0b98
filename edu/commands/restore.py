"""`edu restore FILE`: show a preprocessed document as readable English (or JSON per token)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import TYPE_CHECKING

from edu.commands._vocab import add_format_option

if TYPE_CHECKING:  # the module is imported lazily: `edu --help` need not load restoration
    from edu.text.reading import Reading


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restore",
        help="turn a preprocessed document's stems back into readable words",
        description="Restore every stem to its most likely English word. Raw English input is "
        "detected and passed through (tokens are its non-stop words).",
    )
    p.add_argument("file", help="preprocessed (or raw English) text file; - reads standard "
                                "input")
    p.add_argument("--glossary", metavar="PATH",
                   help="glossary YAML (default: <file>.yaml beside the document, if any)")
    add_format_option(p, ("text", "json"), "text", aliases=("json",),
                      help_text="text (default) or a JSON list with one object per token")
    p.add_argument("--outline", "--sections", dest="outline", action="store_true",
                   help="print the detected section outline instead of the text "
                        "(--sections is the old spelling)")


def run(args: argparse.Namespace) -> int:
    from edu.text.glossary import load_glossary
    from edu.text.markdown import spaced_words
    from edu.text.reading import read_document
    from edu.text.restore import join_words

    reading = read_document(args.file, load_glossary(args.glossary) if args.glossary else None)
    if args.outline:
        return _print_sections(reading, args.format)
    doc, words = reading.document, reading.words
    if args.format == "json":
        rows = [{"stem": t.stem, "word": w, "start": t.start, "end": t.end}
                for t, w in zip(doc.tokens, words, strict=True)]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if doc.raw:  # as the text is read: Markdown's marks out, a line's words one space apart
        lines = map(spaced_words, doc.text.split("\n"))
        sys.stdout.write(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n")
        return 0
    # Put each detected heading on its own line so the text reads like the document.
    # The heading's own tokens are shown once, as the heading line.
    starts: dict[int, list] = {}
    for sec in reading.sections:
        starts.setdefault(sec.start, []).append(sec)
    out: list[str] = []
    chunk: list[str] = []
    skip_until = -1
    for token, word in zip(doc.tokens, words, strict=True):
        if token.start in starts:
            if chunk:
                out.append(join_words(chunk))
            chunk = []
            for sec in starts[token.start]:
                out.extend(["", sec.label, ""])
                skip_until = max(skip_until, sec.heading_end)
        if token.end <= skip_until:
            continue
        chunk.append(word)
    if chunk:
        out.append(join_words(chunk))
    text = "\n".join(_wrap(line) for line in out).lstrip("\n")
    sys.stdout.write(re.sub(r"\n{3,}", "\n\n", text) + "\n")
    return 0


def _wrap(line: str) -> str:
    import textwrap

    # A word longer than the line stays whole (breaking it is quadratic in its length).
    return textwrap.fill(line, width=88, break_on_hyphens=False,
                         break_long_words=False) if line else line


def _print_sections(reading: Reading, fmt: str) -> int:
    if fmt == "json":
        rows = [{"number": s.number, "title": s.title, "start": s.start, "end": s.end}
                for s in reading.sections]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for s in reading.sections:
        depth = s.level - 1 if s.level else s.number.count(".")
        sys.stdout.write(f"{'  ' * depth}{s.label}  [{s.start}-{s.end}]\n")
    return 0
