"""Benchmark: item generation and `edu anki` on 1,000 and 5,000 facts grow about linearly
(issue 19: 5x the facts, at most 7x the time), after the item rounds' changes (18i's
alone-first ordering among them).

The decks are bench_anki's synthetic ones (a real source document, name facts spread over
categories of a few families, number and date facts). For each size, in fresh processes
(CPU seconds of the work after the imports, lazy imports counted; best of `--repeat`):

- every item of every kind made (`generate_items(deck, kinds=None)`, what the trainer and
  `edu items` ask), the items cache cold but the deck's Reading, proof and loaded deck kept
  (a copy of a cache folder `edu check` filled, fresh for each process);
- `edu anki DECK` with the same cold items (a first export after `edu check`);
- beside them, genanki alone writing as many notes (bench_anki's comparison), in the same run.

The growth is the 5,000-fact figure over the 1,000-fact one; read it beside 5x.

    python bench/s19_items_growth.py [--sizes 1000 5000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.bench_anki import CHILD_ENV, EDU_CHILD, GENANKI_CHILD, write_deck  # noqa: E402

ITEMS_CHILD = r"""
import json, sys, time
t0 = time.process_time()
from edu.deck.check import load_deck
from edu.items.generate import generate_items
deck = load_deck(sys.argv[1])
c1 = time.process_time()
items = generate_items(deck, kinds=None, seed=0)
c2 = time.process_time()
print(json.dumps({"load": c1 - t0, "cpu": c2 - c1, "items": len(items)}))
"""


def child(code: str, cache: Path | None, *args: str) -> dict:
    env = dict(CHILD_ENV)
    if cache is not None:
        env["EDU_CACHE_DIR"] = str(cache)
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from edu.cli import main as edu_main

    figures: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="s19-items-") as tmp:
        root = Path(tmp)
        for n in args.sizes:
            folder = root / str(n)
            folder.mkdir()
            deck = write_deck(folder, n)
            warm = folder / "warm-cache"
            os.environ["EDU_CACHE_DIR"] = str(warm)  # `edu check` fills it, in process
            with contextlib.redirect_stdout(io.StringIO()):
                edu_main(["check", str(deck)])
            best: dict[str, float] = {}
            count = notes = 0
            for k in range(args.repeat):
                for name in ("items", "anki", "genanki"):
                    cache = folder / f"cache-{name}-{k}"
                    shutil.copytree(warm, cache)
                    if name == "items":
                        got = child(ITEMS_CHILD, cache, str(deck))
                        count = int(got["items"])
                    elif name == "anki":
                        got = child(EDU_CHILD, cache, str(deck), str(folder / "out.apkg"))
                        notes = int(got["notes"])
                    else:
                        got = child(GENANKI_CHILD, None, str(folder / "g.apkg"), str(notes or n),
                                    "memory")
                    best[name] = min(best.get(name, float("inf")), float(got["cpu"]))
            figures[n] = best
            print(f"{n:>6} facts: every item made ({count} items) {best['items']:6.2f} s CPU; "
                  f"`edu anki` first export ({notes} notes) {best['anki']:6.2f} s CPU, "
                  f"genanki alone {best['genanki']:5.2f} s ({best['anki'] / best['genanki']:.1f}x)"
                  f"; best of {args.repeat}")
    sizes = sorted(figures)
    for small, large in zip(sizes, sizes[1:], strict=False):
        grow = large / small
        print(f"growth {small} -> {large} facts ({grow:.0f}x): items "
              f"{figures[large]['items'] / figures[small]['items']:.1f}x, edu anki "
              f"{figures[large]['anki'] / figures[small]['anki']:.1f}x, genanki alone "
              f"{figures[large]['genanki'] / figures[small]['genanki']:.1f}x (target <= 7x)")


if __name__ == "__main__":
    main()
