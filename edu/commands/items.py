"""`edu items DECK`: print the quiz items generated from a deck (JSON, YAML or text)."""

from __future__ import annotations

import argparse
import sys

from edu.commands._deckitems import add_item_options
from edu.commands._vocab import add_deck_argument, add_format_option


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("items", help="generate quiz items of seven kinds from a deck")
    add_deck_argument(p)
    add_item_options(p)
    add_format_option(p, ("json", "yaml", "text"), "json",
                      help_text="json (default: a list of item objects), yaml or text")
    p.add_argument("-o", "--output", help="write here (atomically) instead of standard output")
    p.add_argument("--every-way", action="store_true",
                   help="every item of every fact (default: the default set, each fact asked "
                        "at most 3 ways, no sentence shown twice as one kind)")


def render_text(items: list) -> str:
    """A readable listing: the items' topic, then one block per item with its options and
    answer."""
    topics = list(dict.fromkeys(item.topic for item in items if item.topic))
    blocks = [f"Topic: {'; '.join(topics)}"] if topics else []
    for item in items:
        lines = [f"[{item.id}] {item.kind}", f"  {item.prompt}"]
        if item.kind == "multiple_choice":
            lines += [f"    {'ABCD'[i]}) {o}" for i, o in enumerate(item.options or [])]
        elif item.kind == "matching":
            lines += [f"    {i + 1}. {left}" for i, (left, _r) in enumerate(item.pairs or [])]
            lines += [f"    {'ABCDEF'[i]}) {o}" for i, o in enumerate(item.options or [])]
        elif item.kind == "ordering":
            lines += [f"    - {o}" for o in item.options or []]
        lines.append(f"  answer: {item.answer}")
        if item.kind == "ordering":
            lines += [f"    {y}: {e}" for y, e in zip(item.years or [], item.sequence or [],
                                                        strict=False)]
        if item.kind == "true_false" and item.answer == "false":
            lines.append(f"  true: {item.true_statement}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def run(args: argparse.Namespace) -> int:
    import json

    import yaml

    from edu.commands._deckitems import (
        deck_inputs,
        deck_or_document,
        kinds_option,
        load_deck_noting,
    )
    from edu.commands._vocab import deck_path
    from edu.fileio import check_output, write_output
    from edu.items.generate import generate_items_with_report

    kinds = kinds_option(args.kinds)
    if args.output:
        check_output(args.output, [deck_path(args.deck)])  # fail before the work, not after it
    deck, use_drafts = deck_or_document(deck_path(args.deck), args.drafts,
                                        load=load_deck_noting)
    items, dropped = generate_items_with_report(deck, kinds, args.seed, include_drafts=use_drafts)
    if not args.every_way:
        from edu.items.spread import spread

        items, left = spread(items, args.seed)
        dropped = [*dropped, *left]
    if args.format == "json":
        out = json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=2) + "\n"
    elif args.format == "yaml":
        out = yaml.safe_dump([i.to_dict() for i in items], sort_keys=False, allow_unicode=True,
                             width=100)
    else:
        out = render_text(items)
    if args.output:
        write_output(args.output, out, inputs=deck_inputs(deck))
    else:
        sys.stdout.write(out)
    if args.verbose:
        for fact_id, kind, reason in dropped:
            print(f"dropped {kind} for {fact_id}: {reason}", file=sys.stderr)
    if not items:
        drafts = sum(1 for f in deck.facts if f.status == "draft")
        hint = (f" ({drafts} of {len(deck.facts)} facts are drafts: review them or pass --drafts)"
                if drafts and not use_drafts else " (run with --dropped to see why)")
        print(f"{deck.path}: no items could be made{hint}", file=sys.stderr)
    return 0
