"""Time item generation on the bundled deck: document restoration vs. the generator itself,
and the items read back from the items cache (edu.items.itemcache) beside making them.

    python bench/bench_items.py [DECK] [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from edu.deck.check import load_deck
from edu.items import make
from edu.items.generate import generate_items_with_report
from edu.items.make import build_context
from edu.items.model import ITEM_KINDS
from edu.text.reading import _memo, forget_cached

DEFAULT = Path(__file__).resolve().parent.parent / "decks" / "china-space-2021.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("deck", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    deck = load_deck(args.deck)

    t0 = time.perf_counter()
    items, dropped = generate_items_with_report(deck, seed=0)
    first = time.perf_counter() - t0

    forget_cached(deck.source_path)
    t0 = time.perf_counter()
    build_context(deck, 0)
    cold = time.perf_counter() - t0
    contexts = []
    for _ in range(args.repeat):
        _memo.clear()  # as in a new process: the reading comes from the disk cache
        t0 = time.perf_counter()
        build_context(deck, 0)
        contexts.append(time.perf_counter() - t0)
    restore = min(contexts)

    ctx = build_context(deck, 0)
    original = make.build_context
    make.build_context = lambda d, s=0: ctx  # time the kinds alone
    try:
        kinds = []
        for seed in range(args.repeat):
            t0 = time.perf_counter()
            make.make_items(deck, list(ITEM_KINDS), seed, False)
            kinds.append(time.perf_counter() - t0)
    finally:
        make.build_context = original
    kept = []
    for _ in range(args.repeat):  # the first call above kept them (unless the cache is off)
        t0 = time.perf_counter()
        generate_items_with_report(deck, seed=0)
        kept.append(time.perf_counter() - t0)
    print(f"deck: {args.deck} ({len(deck.facts)} facts)")
    by_kind = dict(Counter(str(i.kind) for i in items))  # str: values, not enum reprs
    print(f"items: {len(items)} {by_kind}; dropped: {len(dropped)}")
    print(f"first generate_items call (cold caches): {first * 1000:.0f} ms")
    print(f"build_context, reading restored (cold):   {cold * 1000:.0f} ms")
    print(f"build_context, reading from disk cache:   {restore * 1000:.0f} ms (best of "
          f"{args.repeat}; {cold / restore:.0f}x faster)")
    print(f"items from a built context, per seed:     {min(kinds) * 1000:.0f} ms (best of "
          f"{args.repeat})")
    print(f"items read back from the items cache:     {min(kept) * 1000:.0f} ms (best of "
          f"{args.repeat}; {min(kinds) / min(kept):.0f}x faster than making them)")


if __name__ == "__main__":
    main()
