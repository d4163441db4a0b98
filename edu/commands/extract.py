"""`edu extract FILE [-o draft.yaml]`: ranked draft facts with evidence spans, as a deck."""

from __future__ import annotations

import argparse
import sys

from edu.commands._vocab import add_kinds_option, whole_number

KIND_NAMES = ("number", "date", "name")
STDIN_SOURCE = "document-read-from-standard-input.txt"  # a placeholder the user replaces


def _kinds(given: list[str] | None) -> tuple[str, ...]:
    """`--kinds` (commas or spaces) -> fact kinds; a bad one is a usage error (exit 2)."""
    from edu.commands._vocab import split_values
    from edu.errors import EduError, Problem

    if given is None:
        return KIND_NAMES
    kinds = split_values(given) or ()
    bad = [k for k in kinds if k not in KIND_NAMES]
    if bad or not kinds:
        raise EduError(Problem("--kinds", f"unknown kind {', '.join(bad) or repr(' '.join(given))}"
                                          f" (choose from {', '.join(KIND_NAMES)})"))
    return kinds


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="find candidate facts (numbers, dates, names) in a document",
                       description="Find candidate facts in a document (ordinary English, "
                       "Markdown, a PDF, or preprocessed text) and write them, best first, as a "
                       "draft deck to review with `edu review`.")
    p.add_argument("file", help="document: .txt, .md or .pdf (a <doc>.yaml glossary beside it "
                               "is used); - reads standard input")
    p.add_argument("-o", "--output", help="write the draft deck here (atomically) instead of "
                   "standard output")
    add_kinds_option(p, "number date name (default: all)")
    p.add_argument("--limit", type=whole_number(0), default=None, help="keep only the N best facts")
    p.add_argument("--min-score", type=float, default=None,
                   help="drop facts scoring below this")


def run(args: argparse.Namespace) -> int:
    from edu.deck.model import dump_deck
    from edu.extract import draft_deck, extract_candidates
    from edu.fileio import atomic_write, check_output
    from edu.gcpause import no_cycle_collection
    from edu.text.glossary import glossary_path_for, is_glossary_file
    from edu.text.reading import read_document

    kinds = _kinds(args.kinds)
    inputs = [args.file]  # the document, and its glossary when `<doc>.yaml` is one: a draft
    glossary = glossary_path_for(args.file)  # deck written there before may be replaced
    if args.file != "-" and is_glossary_file(glossary):
        inputs.append(glossary)
    if args.output:
        check_output(args.output, inputs)  # fail before the work, not after it
    # tokens, facts and their YAML make millions of objects and no cycles: with the collector
    # running, writing the draft of 10 MB rescanned them all (0.9 s of 1.7 s)
    with no_cycle_collection():
        reading = read_document(args.file)
        facts = extract_candidates(reading, kinds=kinds)
        if args.min_score is not None:
            facts = [f for f in facts if (f.score or 0.0) >= args.min_score]
        if args.limit is not None:
            facts = facts[: args.limit]
        deck = draft_deck(args.file, facts, args.output, reading.glossary, reading.text,
                          reading.sections)
        if args.file == "-":  # no file to point at: say so in the deck and on the terminal
            from dataclasses import replace

            deck = replace(deck, title=deck.title if deck.title != "-" else "Draft deck",
                           id="draft", source=STDIN_SOURCE)
            print(f"the document came from standard input: set the deck's source: (now "
                  f"{STDIN_SOURCE!r}) to the document's path before `edu check`", file=sys.stderr)
        text = dump_deck(deck)
    if args.output and args.output != "-":
        atomic_write(args.output, text, inputs=inputs)
        print(f"{args.output}: {len(facts)} draft facts", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0

