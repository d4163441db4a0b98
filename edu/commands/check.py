"""`edu check DECK...`: validate deck files and prove every fact against its source document."""

from __future__ import annotations

import argparse
from pathlib import Path

from edu.commands._vocab import add_format_option


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="validate decks: schema, duplicates, spans and answers against the source",
        description="Report every problem of each deck as path:line:col: message; "
                    "exit 2 if any deck has problems, else print one summary line per deck.",
    )
    p.add_argument("decks", nargs="*", metavar="DECK",
                   help="deck YAML file(s); a folder means every .yaml and .yml file in it; "
                        "- reads one deck from standard input (default: the bundled deck)")
    add_format_option(p, ("text", "json"), "text", aliases=("json",),
                      help_text="text (default: problems as path:line:col lines, then a "
                                "summary per deck) or json (one object per deck)")


DECK_SUFFIXES = (".yaml", ".yml")


def expand(paths: list[str]) -> list[str]:
    """Deck paths, each folder replaced by its .yaml and .yml files in name order; a folder
    without any is a usage error naming it."""
    from edu.errors import EduError, Problem

    out = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            found = [str(p) for p in sorted(folder.iterdir())
                     if p.suffix.lower() in DECK_SUFFIXES and p.is_file()]
            if not found:
                raise EduError(Problem(path, "folder holds no .yaml or .yml deck files"))
            out += found
        else:
            out.append(path)
    return out


def run(args: argparse.Namespace) -> int:
    import json
    import sys
    from pathlib import Path

    from edu.commands._document import is_document
    from edu.commands._vocab import deck_path
    from edu.deck.check import parse_deck
    from edu.errors import Problem, printable

    failed = False
    rows = []
    for path in expand(args.decks or [deck_path(None)]):
        report = parse_deck(path)
        deck = report.deck
        problems = report.problems
        if deck is None and is_document(path):
            # `edu check notes.md`: what to run, not why Markdown is no YAML deck ("invalid
            # YAML: expected '<document start>'" was all a new user saw first)
            problems = [Problem(path, f"a document, not a deck: `edu extract "
                                      f"{printable(Path(path).name)} -o draft.yaml` drafts a "
                                      "deck from it")]
        count = len(problems)
        failed = failed or count > 0
        drafts = sum(f.status == "draft" for f in deck.facts) if deck else 0
        if args.format == "json":
            rows.append({"path": report.path, "facts": len(deck.facts) if deck else None,
                         "drafts": drafts, "problems": [
                             {"path": p.path, "line": p.line, "col": p.col,
                              "message": p.message} for p in problems]})
            continue
        for problem in problems:  # problems on stderr, the summary on stdout
            print(problem, file=sys.stderr)
        facts = f"{len(deck.facts)} facts, " if deck is not None else ""
        draft_note = f" ({drafts} draft{'' if drafts == 1 else 's'})" if drafts else ""
        plural = "" if count == 1 else "s"
        print(f"{printable(report.path)}: {facts}{count} problem{plural}{draft_note}")
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    return 2 if failed else 0
