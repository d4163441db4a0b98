"""Benchmark: trainer start-up on the bundled deck (target: first interactive screen < 1 s).

Runs the same path as `edu` in a fresh Python process, headless: imports, deck load and
validation, progress database, App start-up until the home screen is interactive
("first_screen"), then until the items generated in the background fill in the counts
("items_ready"). Prints each phase (seconds since the process started its own clock), the
wall time seen from outside, and peak memory (max RSS).
Children run with bytecode caching on, as an installed copy does (this machine's shell sets
PYTHONDONTWRITEBYTECODE, which adds compiling every edu module to every start).
Usage: python bench/bench_startup.py [--runs N] [--before DIR [--cold]]
(--before: `edu quiz`'s first question alone, this tree's edu and DIR's interleaved, beside
`edu --version`'s CPU and wall time; --cold: each run with a fresh, empty EDU_CACHE_DIR, as a
user's first `edu quiz`: no Reading, proof, deck, items or stems kept)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import asyncio, json, sys, time
t0 = time.perf_counter()
from edu.trainer.app import TrainerApp
from edu.progress.session import SessionOptions
from edu.bundled import bundled_deck_path
from edu.deck.check import load_deck
from edu.progress.store import open_store
t_import = time.perf_counter()
deck = load_deck(bundled_deck_path())
t_deck = time.perf_counter()
store = open_store(sys.argv[1])
t_store = time.perf_counter()

async def main():
    app = TrainerApp([deck], SessionOptions(), store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        while type(app.screen).__name__ != "HomeScreen":
            await pilot.pause()
        shown = time.perf_counter()
        while not app.state.ready(deck):
            await asyncio.sleep(0.01)
        await pilot.pause()
        table = app.screen.query_one("DataTable")
        assert table.get_row_at(0)[3] != "…"
        counted = time.perf_counter()
        return shown, counted, len(app.state.items(deck))

shown, counted, n_items = asyncio.run(main())
print(json.dumps({"import": t_import - t0, "deck": t_deck - t_import,
                  "store": t_store - t_deck, "app": shown - t_store,
                  "first_screen": shown - t0, "items_ready": counted - t0,
                  "items_count": n_items, "facts": len(deck.facts)}))
"""


CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_once(db: Path) -> tuple[dict, float]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, str(db)], check=True,
                         capture_output=True, text=True, env=CHILD_ENV).stdout
    wall = time.perf_counter() - start
    return json.loads(out.strip().splitlines()[-1]), wall


QUIZ_CHILD = r"""
import asyncio, json, sys, time
t0 = time.perf_counter()
from edu.trainer.app import TrainerApp
from edu.progress.session import SessionOptions
from edu.bundled import bundled_deck_path
from edu.deck.check import load_deck
from edu.progress.store import open_store
deck = load_deck(bundled_deck_path())
store = open_store(sys.argv[1])

async def main():
    app = TrainerApp([deck], SessionOptions(), store=store, start="quiz")
    async with app.run_test(size=(80, 24)) as pilot:
        while type(app.screen).__name__ != "QuizScreen":
            await asyncio.sleep(0.005)
        await pilot.pause()
        return time.perf_counter()

asked = asyncio.run(main())
cpu = time.process_time()  # CPU of every thread: less moved by other work than the wall
print(json.dumps({"first_question": asked - t0, "cpu": cpu}))
"""


def first_question(db: Path, code: str | None = None,
                   cache: Path | None = None) -> tuple[float, float]:
    """Seconds from process start to the quiz screen showing its first question (`edu quiz`),
    and the CPU seconds the process used until then (`code`: another tree's edu, by
    PYTHONPATH, run from outside any checkout; `cache`: the EDU_CACHE_DIR to use)."""
    env = CHILD_ENV if code is None else {**CHILD_ENV, "PYTHONPATH": code}
    if cache is not None:
        env = {**env, "EDU_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", QUIZ_CHILD, str(db)], check=True,
                         capture_output=True, text=True, env=env,
                         cwd=tempfile.gettempdir()).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    return float(figures["first_question"]), float(figures["cpu"])


def version_wall() -> float:
    """Wall time of `edu --version` in a fresh process: the floor any command starts from."""
    return version_run()[0]


def version_run() -> tuple[float, float]:
    """Wall and CPU seconds (user and system, from the child's rusage) of `edu --version`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "edu", "--version"], check=True, capture_output=True,
                   env=CHILD_ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compare(before: str, runs: int, cold: bool = False) -> None:
    """`edu quiz`'s first question with this tree's edu and `before`'s, interleaved, beside
    `edu --version` in the same rounds: CPU seconds (less moved by the machine's load).
    `cold`: every run with its own empty cache folder (a user's first start)."""
    mine: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    floor: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        for k in range(runs):
            order = [(mine, None), (theirs, before)]
            for done, code in (order if k % 2 else order[::-1]):
                cache = Path(folder) / f"cache{k}{code is None}" if cold else None
                done.append(first_question(Path(folder) / f"q{k}{code is None}.sqlite3", code,
                                           cache))
            floor.append(version_run())
    v_wall = statistics.median(w for w, _ in floor)
    v_cpu = statistics.median(c for _, c in floor)
    print(f"edu --version: {v_wall:.3f} s wall, {v_cpu:.3f} s CPU (median of {runs})"
          + ("; every quiz run with its caches cold" if cold else ""))
    for name, done in (("before", theirs), ("after", mine)):
        cpu = [c for _, c in done]
        wall = [w for w, _ in done]
        print(f"  {name:<6} first question: CPU least {min(cpu):.3f} / median "
              f"{statistics.median(cpu):.3f} s ({statistics.median(cpu) / v_cpu:.1f}x "
              f"--version's CPU); wall median {statistics.median(wall):.3f} s "
              f"({statistics.median(wall) / v_wall:.1f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", metavar="DIR",
                        help="only the first question, this tree's and DIR's edu interleaved")
    parser.add_argument("--cold", action="store_true",
                        help="with --before: each quiz run with a fresh, empty cache folder")
    args = parser.parse_args()
    if args.before:
        compare(args.before, args.runs, args.cold)
        return
    with tempfile.TemporaryDirectory() as folder:
        results = [run_once(Path(folder) / "bench.sqlite3") for _ in range(args.runs)]
        quizzes = [first_question(Path(folder) / f"quiz{i}.sqlite3") for i in range(args.runs)]
    asked = statistics.median(wall for wall, _ in quizzes)
    asked_cpu = statistics.median(cpu for _, cpu in quizzes)
    phases = [r for r, _ in results]
    print(f"bundled deck: {phases[0]['facts']} facts, {phases[0]['items_count']} items; "
          f"{args.runs} runs, median seconds")
    for key in ("import", "deck", "store", "app", "first_screen", "items_ready"):
        print(f"  {key:<13} {statistics.median(p[key] for p in phases):7.3f}")
    wall = statistics.median(w for _, w in results)
    floor = statistics.median(version_wall() for _ in range(args.runs))
    print(f"  first_question {asked:7.3f} (`edu quiz`: the quiz screen with its question; "
          f"{asked_cpu:.3f} s of CPU)")
    print(f"  process wall (spawn to home screen and exit) {wall:.3f}")
    print(f"  edu --version, same machine and run          {floor:.3f} "
          f"(home screen and exit: {wall / floor:.1f}x; items ready: "
          f"{statistics.median(p['items_ready'] for p in phases) / floor:.1f}x; first "
          f"question: {asked / floor:.1f}x)")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"  peak memory (max RSS of a run) {peak_kb / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
