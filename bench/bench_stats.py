"""`edu stats` on the bundled deck: the old way (generate every item, then the figures) beside
the new one (the deck, the log and the cards only), in one process, as a ratio.

Run: python bench/bench_stats.py [--answers 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from edu.bundled import bundled_deck_path  # noqa: E402
from edu.commands._deckitems import deck_items  # noqa: E402
from edu.deck.check import load_deck  # noqa: E402
from edu.progress.stats import compute_stats  # noqa: E402
from edu.progress.store import open_store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = str(bundled_deck_path())
    deck, items = deck_items(path, None, 0)  # warms the reading and proof caches for both
    now = datetime(2026, 3, 1, 9, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "p.sqlite3")
        for n in range(args.answers):
            item = items[n % len(items)]
            store.record_answer(deck.id, item, now=now + timedelta(minutes=n),
                                verdict="correct" if n % 3 else "wrong")
        later = now + timedelta(days=2)

        def with_items() -> None:  # what `edu stats` did before
            d, its = deck_items(path, None, 0)
            compute_stats(store, d, its, later)

        def from_log() -> None:  # what it does now
            compute_stats(store, load_deck(path), None, later)

        timings = {}
        for name, run in (("with items", with_items), ("from the log", from_log)):
            best = float("inf")
            for _ in range(args.repeat):
                start = time.perf_counter()
                run()
                best = min(best, time.perf_counter() - start)
            timings[name] = best
            print(f"{name:>14}: {best * 1000:7.1f} ms (best of {args.repeat})")
        print(f"speed-up: {timings['with items'] / timings['from the log']:.1f}x "
              f"({args.answers} answers, {len(items)} items, {len(deck.facts)} facts)")
        store.close()


if __name__ == "__main__":
    main()
