"""The bundled deck's Reading shipped as package data (edu/data/readings/): it equals what the
restorer makes of the document, so it cannot go stale unnoticed; a user's first read of the
bundled document restores nothing; any other text (an edited copy) is restored as before;
and the trainer's first session on it asks what a restored Reading asks."""

from __future__ import annotations

import gzip
import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from edu.bundled import bundled_deck_path
from edu.deck.check import load_deck
from edu.items.generate import generate_items
from edu.progress.session import SessionOptions, select_items
from edu.progress.store import open_store
from edu.text import reading as reading_module
from edu.text.reading import read_document, read_source, shipped_file
from tests.trainer_helpers import FakeClock, async_test

ROOT = Path(__file__).resolve().parent.parent
BUILDER = ROOT / "scripts" / "build_shipped_readings.py"
REBUILD = "run `python scripts/build_shipped_readings.py` and commit edu/data/readings/"


def _builder():  # the build script, imported by path (scripts/ is no package)
    spec = importlib.util.spec_from_file_location("build_shipped_readings", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def cold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder and memo: a user's first start."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    reading_module._memo.clear()
    yield tmp_path
    reading_module._memo.clear()


def _refuse_restoring(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("restored: the shipped reading was not used")

    monkeypatch.setattr(reading_module, "reading_of", refuse)


def test_what_is_shipped_equals_what_the_restorer_makes(cold: Path) -> None:
    """Fails after a change to restoration, the seed or its glossary until the script is run
    again (compared as JSON, not as gzip's bytes, which depend on zlib's version)."""
    wanted = {name: json.loads(gzip.decompress(data))
              for name, data in _builder().built().items()}
    shipped = {p.name: json.loads(gzip.decompress(p.read_bytes()))
               for p in reading_module.SHIPPED_READINGS.glob("*.json.gz")}
    assert wanted, "no document's reading is built"
    assert sorted(shipped) == sorted(wanted), REBUILD
    for name, payload in wanted.items():
        assert shipped[name] == payload, f"{name} is stale: {REBUILD}"


def test_a_first_read_of_the_bundled_document_restores_nothing(
        cold: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deck = load_deck(bundled_deck_path())
    source = read_source(deck.source_path)
    assert shipped_file(source).is_file(), REBUILD
    _refuse_restoring(monkeypatch)
    reading = read_document(deck.source_path)
    assert reading.path == str(deck.source_path)
    assert len(reading.words) == len(reading.tokens) > 1000 and reading.sections


@pytest.mark.parametrize("edit", ["text", "glossary comment"])
def test_an_edited_copy_is_restored(cold: Path, monkeypatch: pytest.MonkeyPatch,
                                    edit: str) -> None:
    """The shipped reading is found by its text and glossary, not by the file's name."""
    seed = Path(load_deck(bundled_deck_path()).source_path)
    doc = cold / "seed.txt"
    shutil.copyfile(seed, doc)
    shutil.copyfile(seed.with_suffix(".yaml"), doc.with_suffix(".yaml"))
    if edit == "text":
        doc.write_text(doc.read_text("utf-8") + "\nmore text\n", "utf-8")
    else:
        glossary = doc.with_suffix(".yaml")
        glossary.write_text(glossary.read_text("utf-8") + "\n# edited\n", "utf-8")
    unchanged = read_source(doc).content_key == read_source(seed).content_key
    assert unchanged == (edit != "text")  # a comment changes no glossary entry
    made: list[object] = []
    reading_of = reading_module.reading_of
    monkeypatch.setattr(reading_module, "reading_of",
                        lambda *args: made.append(args) or reading_of(*args))
    read_document(doc)
    assert bool(made) == (not unchanged)


@async_test
async def test_the_first_session_asks_what_a_restored_reading_asks(
        cold: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The trainer's first quiz on the bundled deck, every cache cold (its Reading shipped),
    asks the same items in the same order as a session drawn from items made with the
    document restored (the path before the Reading was shipped)."""
    from edu.trainer.app import TrainerApp
    from edu.trainer.quiz import QuizScreen

    deck = load_deck(bundled_deck_path())
    clock = FakeClock()
    app = TrainerApp([deck], SessionOptions(), db_path=cold / "p.sqlite3", clock=clock,
                     start="quiz")
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(1500):
            await pilot.pause(0.02)
            if isinstance(app.screen, QuizScreen) and app.screen.query("#answer"):
                break  # mounted whole (a Header still mounting fails the app's exit)
        assert isinstance(app.screen, QuizScreen)
        asked = [item.to_dict() for item in app.screen.items]

    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    monkeypatch.setattr(reading_module, "SHIPPED_READINGS", cold / "none")
    reading_module._memo.clear()
    with open_store(cold / "q.sqlite3") as store:
        restored = select_items(generate_items(deck, kinds=None, seed=0), store, deck.id,
                                clock(), SessionOptions())
    assert len(asked) > 10
    assert asked == [item.to_dict() for item in restored]
