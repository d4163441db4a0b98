"""`edu extract FILE [-o draft.yaml]`: ranked draft facts with evidence spans, as a deck."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from edu.commands._vocab import add_kinds_option, whole_number

if TYPE_CHECKING:
    from edu.deck.draftcache import KeptDrafts
    from edu.text.reading import Source

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
    p.add_argument("--no-cache", action="store_true",
                   help="extract again: neither reuse nor keep the drafts an earlier run of the "
                        "same file and options kept (its Reading stays cached; EDU_CACHE_DIR=off "
                        "turns every cache off)")


def run(args: argparse.Namespace) -> int:
    from edu.fileio import atomic_write, check_output
    from edu.text.glossary import glossary_path_for, is_glossary_file
    from edu.text.reading import read_source

    kinds = _kinds(args.kinds)
    inputs = [args.file]  # the document, and its glossary when `<doc>.yaml` is one: a draft
    glossary = glossary_path_for(args.file)  # deck written there before may be replaced
    if args.file != "-" and is_glossary_file(glossary):
        inputs.append(glossary)
    if args.output:
        check_output(args.output, inputs)  # fail before the work, not after it
    source = read_source(args.file)
    count, pieces = _draft(args, kinds, source)
    if args.output and args.output != "-":
        atomic_write(args.output, pieces, inputs=inputs)
        print(f"{args.output}: {count} draft facts", file=sys.stderr)
    else:
        for piece in pieces:
            sys.stdout.write(piece if isinstance(piece, str) else str(piece, "utf-8"))
    return 0


Pieces = list[str | bytes | memoryview]  # a text in pieces, bytes in UTF-8


def _draft(args: argparse.Namespace, kinds: tuple[str, ...],
           source: Source) -> tuple[int, Pieces]:
    """The number of draft facts and the draft deck's YAML in pieces: the facts kept by an
    earlier run with the same key (edu/deck/draftcache.py) after this run's head, else
    extracted (and kept, unless `--no-cache` or the document came from standard input)."""
    from edu.deck import draftcache
    from edu.deck.model import document_deck, dump_deck, dump_deck_head, yaml_dumper

    options = draftcache.options_text(kinds, args.limit, args.min_score)
    file = key = None
    if args.file != "-" and not args.no_cache:
        file = draftcache.drafts_file(args.file, options)
    if file is not None:
        key = draftcache.drafts_key(source.key, options, yaml_dumper())
        kept = draftcache.kept_drafts(file, key)
        if kept is not None:
            deck = document_deck(args.file, [], args.output, kept.title, source.text)
            if not kept.count:
                return 0, [dump_deck(deck)]
            return kept.count, [dump_deck_head(deck), kept.facts]
    head, drafts = _extract(args, kinds, source)
    if file is not None and key is not None:
        draftcache.keep_drafts(file, key, drafts)
    return drafts.count, [head, drafts.facts]


def _extract(args: argparse.Namespace, kinds: tuple[str, ...],
             source: Source) -> tuple[str, KeptDrafts]:
    """The document's drafts extracted now: the deck's head (through "facts:") and its facts
    (draftcache.KeptDrafts)."""
    from edu.commands._document import note_long_document
    from edu.deck.draftcache import KeptDrafts
    from edu.deck.model import document_deck, dump_deck_parts
    from edu.extract import draft_title, extract_candidates
    from edu.gcpause import no_cycle_collection
    from edu.text.reading import source_reading

    # tokens, facts and their YAML make millions of objects and no cycles: with the collector
    # running, writing the draft of 10 MB rescanned them all (0.9 s of 1.7 s)
    note_long_document(args.file, source.written)
    with no_cycle_collection():
        reading = source_reading(source)
        facts = extract_candidates(reading, kinds=kinds)
        if args.min_score is not None:
            facts = [f for f in facts if (f.score or 0.0) >= args.min_score]
        if args.limit is not None:
            facts = facts[: args.limit]
        title = draft_title(reading.glossary, reading.text, reading.sections)
        deck = document_deck(args.file, facts, args.output, title, reading.text)
        if args.file == "-":  # no file to point at: say so in the deck and on the terminal
            from dataclasses import replace

            deck = replace(deck, title=deck.title if deck.title != "-" else "Draft deck",
                           id="draft", source=STDIN_SOURCE)
            print(f"the document came from standard input: set the deck's source: (now "
                  f"{STDIN_SOURCE!r}) to the document's path before `edu check`", file=sys.stderr)
        head, body = dump_deck_parts(deck)
    # the facts' text encoded once, for the output and the cache alike
    return head, KeptDrafts(title, len(facts), body.encode("utf-8"))
