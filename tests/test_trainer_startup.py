"""Start-up of the trainer: the first question needs neither the extraction pipeline nor
the renderers, and a second start reads the document from the cache (no stemming) and its
items from the items cache (nothing is made, the Reading is not even loaded)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.trainer_helpers import FakeClock, async_test, fixture_deck

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import asyncio, sys
from edu.bundled import bundled_deck_path
from edu.deck.check import load_deck
from edu.progress.session import SessionOptions
from edu.trainer.app import TrainerApp

deck = load_deck(bundled_deck_path())

async def main():
    app = TrainerApp([deck], SessionOptions(count=3), db_path=sys.argv[1], start="quiz")
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(1000):
            await pilot.pause(0.01)
            if type(app.screen).__name__ == "QuizScreen" and app.screen.query("#answer"):
                break
        assert type(app.screen).__name__ == "QuizScreen", app.screen_stack

asyncio.run(main())
heavy = ["spacy", "fpdf", "genanki", "edu.extract", "edu.anki", "edu.handout"]
if sys.argv[2] == "warm":
    heavy.append("nltk")  # the Reading and the stems come from the cache
    heavy += ["edu.items.make", "edu.text.reading"]  # and the items: none is made
loaded = [m for m in heavy if m in sys.modules]
stems = sys.modules.get("edu.text.preprocess")  # nltk's stemmer leaves no module behind
if sys.argv[2] == "warm" and stems is not None and stems._stemmer.cache_info().currsize:
    loaded.append("the Porter stemmer")
print(" ".join(loaded))
"""


def test_first_question_loads_no_pipeline_or_renderer(tmp_path):
    env = {**os.environ, "EDU_CACHE_DIR": str(tmp_path / "cache")}
    for state in ("cold", "warm"):
        done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "p.sqlite3"), state],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.strip() == "", f"{state} start loaded: {done.stdout}"


def _kept_items(cache: Path) -> dict[Path, bytes]:
    """The items cache's files under a cache folder, by their relative path."""
    return {p.relative_to(cache): p.read_bytes() for p in sorted(cache.rglob("*"))
            if p.is_file() and p.relative_to(cache).parts[0] in ("items", "item-parts")}


@async_test
async def test_items_made_at_start_are_kept_after_the_first_question(tmp_path, monkeypatch):
    """A deck's first start keeps its items (the items cache) once the session has shown
    (KEEP_AFTER_SECONDS after it drew), not before it (~0.03-0.04 s of CPU of the first
    question), or at exit when the learner quits first; and it keeps the same cache `edu
    items` would: the deck's topic, set on every item, is not kept with them."""
    from edu.items import generate, itemcache
    from edu.progress.session import SessionOptions
    from edu.text import reading as reading_module
    from edu.trainer import app as app_module

    monkeypatch.setattr(app_module, "KEEP_AFTER_SECONDS", 0.05)
    keep = itemcache.keep
    screens: list[list[str]] = []

    def watched(*args, **kwargs):
        screens.append([type(s).__name__ for s in app.screen_stack])
        return keep(*args, **kwargs)

    monkeypatch.setattr(itemcache, "keep", watched)
    deck = fixture_deck()
    caches = {}
    for quit_at_once in (False, True):
        cache = caches[quit_at_once] = tmp_path / f"cache-{quit_at_once}"
        monkeypatch.setenv("EDU_CACHE_DIR", str(cache))
        reading_module._memo.clear()
        screens.clear()
        app = app_module.TrainerApp([deck], SessionOptions(), db_path=tmp_path / "p.sqlite3",
                                    clock=FakeClock(), start="quiz")
        async with app.run_test(size=(100, 30)) as pilot:
            for _ in range(1500):
                await pilot.pause(0.02)
                if type(app.screen).__name__ == "QuizScreen" and app.screen.query("#answer"):
                    break
            assert type(app.screen).__name__ == "QuizScreen"
            for _ in range(0 if quit_at_once else 500):
                await pilot.pause(0.02)
                if screens:
                    break
            assert bool(screens) == (not quit_at_once), screens
        assert screens, "not kept"  # a quit: kept as the App closes (no screen left)
        assert quit_at_once or screens[0][-1] == "QuizScreen", screens

    monkeypatch.setattr(itemcache, "keep", keep)
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "again"))
    reading_module._memo.clear()
    generate.generate_items(deck, kinds=None, seed=0)  # as `edu items` keeps them
    again = _kept_items(tmp_path / "again")
    assert again and _kept_items(caches[False]) == again == _kept_items(caches[True])
