"""Benchmark the progress store: ms per recorded answer, stats time on 10k log rows, memory.

Run: python bench/bench_progress.py [--answers 500] [--rows 10000]
Prints one line per measurement. Uses a temporary database on the local disk; each answer is
its own committed transaction with synchronous=FULL, exactly as in the trainer.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from edu.deck.model import Deck, Fact  # noqa: E402
from edu.items.model import Item  # noqa: E402
from edu.progress.scheduler import Settings  # noqa: E402
from edu.progress.session import SessionOptions, select_items  # noqa: E402
from edu.progress.stats import compute_stats, render_text  # noqa: E402
from edu.progress.store import open_store  # noqa: E402
from edu.text.source import Span  # noqa: E402

KINDS = ("short_answer", "multiple_choice", "true_false", "cloze", "numeric")
T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


def make_deck(n_facts: int) -> tuple[Deck, list[Item]]:
    facts = [Fact(id=f"fact-{i:04d}", kind="number", prompt=f"Question {i}?", answer=str(i),
                  source=Span(0, 1), section=f"S{i % 7}") for i in range(n_facts)]
    items = [Item(id=f"{f.id}-{k}", fact_id=f.id, kind=k, prompt=f.prompt, answer=f.answer,
                  section=f.section) for f in facts for k in KINDS]
    return Deck(title="Bench deck", id="bench", source="x.txt", facts=facts), items


def bench_answers(folder: Path, items: list[Item], n: int) -> None:
    rng = random.Random(0)
    with open_store(folder / "answers.sqlite3") as store:
        store.save_settings(Settings(utc_offset_minutes=0))
        times = []
        now = T0
        for _ in range(n):
            item = rng.choice(items)
            started = time.perf_counter()
            store.record_answer("bench", item, now=now, verdict=rng.choice(["correct", "wrong"]),
                                response="x", duration_ms=3000)
            times.append((time.perf_counter() - started) * 1000)
            now += timedelta(seconds=30)
    times.sort()
    print(f"record_answer: {n} answers, median {statistics.median(times):.2f} ms, "
          f"p95 {times[int(len(times) * 0.95)]:.2f} ms, max {times[-1]:.2f} ms")


def fill_log(folder: Path, deck: Deck, items: list[Item], rows: int) -> tuple[Path, datetime]:
    """Build a `rows`-answer history over ~120 days quickly (one transaction per day)."""
    rng = random.Random(1)
    path = folder / "history.sqlite3"
    store = open_store(path)
    store.save_settings(Settings(utc_offset_minutes=0, new_per_day=10_000,
                                 reviews_per_day=10_000))
    store._conn.execute("PRAGMA synchronous=OFF")  # setup only; not what is measured
    now, written = T0, 0
    per_day = max(1, rows // 120)
    while written < rows:
        todo = select_items(items, store, "bench", now, SessionOptions(count=per_day, seed=now.day))
        todo = todo or rng.sample(items, per_day)
        for item in todo[: rows - written]:
            store.record_answer("bench", item, now=now, verdict=rng.choice(
                ["correct", "correct", "almost", "wrong"]), response="x", duration_ms=2000)
            now += timedelta(seconds=5)
            written += 1
        now = now.replace(hour=9, minute=0) + timedelta(days=1)
    store.close()
    return path, now


def bench_stats(path: Path, deck: Deck, items: list[Item], now: datetime) -> None:
    with open_store(path) as store:
        rows = store.count_answers("bench")
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            render_text(compute_stats(store, deck, items, now))
            runs.append((time.perf_counter() - started) * 1000)
        tracemalloc.start()  # separate run: tracing slows Python down several times
        render_text(compute_stats(store, deck, items, now))
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        started = time.perf_counter()
        select_items(items, store, "bench", now)
        select_ms = (time.perf_counter() - started) * 1000
    print(f"compute_stats+render: {rows} log rows, {len(items)} cards, "
          f"median {statistics.median(runs):.1f} ms, peak Python memory {peak / 1e6:.1f} MB")
    print(f"select_items: {len(items)} cards, {select_ms:.1f} ms")
    print(f"database size: {path.stat().st_size / 1e6:.2f} MB for {rows} answers")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=500)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--facts", type=int, default=400)
    args = parser.parse_args()
    deck, items = make_deck(args.facts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_answers(folder, items, args.answers)
        path, now = fill_log(folder, deck, items, args.rows)
        bench_stats(path, deck, items, now)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS of the whole run: {rss:.0f} MB")


if __name__ == "__main__":
    main()
