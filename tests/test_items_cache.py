"""A deck's items are kept (edu.items.itemcache): the next command on the same facts makes
none, and any change to the facts, the options, the source, its glossary or the code makes
them again; a damaged or stale file is never used."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import edu.items.make
from edu.deck.check import load_deck
from edu.items import itemcache
from edu.items.generate import generate_items, generate_items_with_report
from edu.items.model import Item, ItemKind

ROOT = Path(__file__).resolve().parent.parent
FIRST = 40  # with every date fact: enough for every kind (groups, distractor pools), quick


@pytest.fixture
def deck(tmp_path, monkeypatch) -> Path:
    """Some facts of the bundled deck, beside a copy of its document and glossary."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "seeds").mkdir()
    (tmp_path / "decks").mkdir()
    for name in ("china-space-2021.txt", "china-space-2021.yaml"):
        shutil.copy(ROOT / "seeds" / name, tmp_path / "seeds" / name)
    data = yaml.safe_load((ROOT / "decks" / "china-space-2021.yaml").read_text("utf-8"))
    data["facts"] = [f for n, f in enumerate(data["facts"]) if n < FIRST or f["kind"] == "date"]
    path = tmp_path / "decks" / "deck.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    return path


@pytest.fixture
def made(monkeypatch) -> list[int]:
    """Each item generation since the fixture started (1 per run)."""
    runs: list[int] = []
    real = edu.items.make.make_items

    def counting(*args, **kwargs):
        runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(edu.items.make, "make_items", counting)
    return runs


def _files(deck: Path) -> list[Path]:
    return sorted((deck.parent.parent / "cache" / "items").glob("*.json"))


def test_the_same_facts_give_the_kept_items_without_making_them(deck, made):
    first, dropped = generate_items_with_report(load_deck(deck), seed=3)
    assert made == [1] and len(_files(deck)) == 1
    again, dropped_again = generate_items_with_report(load_deck(deck), seed=3)
    assert made == [1]  # nothing made the second time
    assert again == first and dropped_again == dropped
    assert len({item.kind for item in again}) >= 5  # groups too (no ordering in this deck)
    assert all(type(item.kind) is ItemKind for item in again)
    assert [type(kind) for _, kind, _ in dropped_again] == [type(k) for _, k, _ in dropped]


def test_a_comment_in_the_deck_file_changes_no_fact_and_keeps_the_items(deck, made):
    generate_items(load_deck(deck))
    with deck.open("a", encoding="utf-8") as f:
        f.write("# reviewed again\n")
    generate_items(load_deck(deck))
    assert made == [1]


def test_an_edited_fact_makes_the_items_again(deck, made):
    first = generate_items(load_deck(deck))
    text = deck.read_text("utf-8")
    data = yaml.safe_load(text)
    old = data["facts"][0]["prompt"]
    data["facts"][0]["prompt"] = old.rstrip("?") + " (edited)?"
    deck.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    second = generate_items(load_deck(deck))
    assert made == [1, 1]
    assert second != first
    assert any("(edited)" in item.prompt for item in second)


def test_other_options_are_kept_apart(deck, made):
    deck_ = load_deck(deck)
    seed0 = generate_items(deck_, seed=0)
    seed1 = generate_items(deck_, seed=1)
    one_kind = generate_items(deck_, kinds="cloze", seed=0)
    assert len(made) == 3 and len(_files(deck)) == 3
    assert generate_items(deck_, seed=0) == seed0
    assert generate_items(deck_, seed=1) == seed1
    assert generate_items(deck_, kinds="cloze", seed=0) == one_kind
    assert generate_items(deck_, seed=0, first_of=["cloze", "short_answer"]) != seed0
    assert len(made) == 4


@pytest.mark.parametrize("damage", ["flip a byte", "cut short", "empty", "not json"])
def test_a_damaged_file_is_not_used_and_is_made_again(deck, made, damage):
    first = generate_items(load_deck(deck))
    [file] = _files(deck)
    data = file.read_bytes()
    if damage == "flip a byte":  # inside an item's prompt: still valid JSON
        at = data.index(b"?", data.index(b"\n"))
        data = data[:at] + b"!" + data[at + 1:]
    elif damage == "cut short":
        data = data[: len(data) // 2]
    elif damage == "empty":
        data = b""
    else:
        data = b"{}\n[1, 2"
    file.write_bytes(data)
    again = generate_items(load_deck(deck))
    assert made == [1, 1]
    assert again == first
    generate_items(load_deck(deck))  # and kept soundly again
    assert made == [1, 1]


def test_a_changed_source_glossary_or_code_makes_the_items_again(deck, made, monkeypatch):
    generate_items(load_deck(deck))
    source = deck.parent.parent / "seeds" / "china-space-2021.txt"
    source.write_text(source.read_text("utf-8") + " ", "utf-8")  # spans still prove
    generate_items(load_deck(deck))
    glossary = source.with_suffix(".yaml")
    glossary.write_text(glossary.read_text("utf-8") + "\n# edited\n", "utf-8")
    generate_items(load_deck(deck))
    monkeypatch.setattr(itemcache, "code_digest", lambda: "another version")
    generate_items(load_deck(deck))
    assert made == [1] * 4


def test_nothing_is_kept_with_the_cache_off_or_for_a_deck_from_no_file(deck, made,
                                                                      monkeypatch):
    loaded = load_deck(deck)
    loaded.path = None
    generate_items(loaded)
    generate_items(loaded)
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    generate_items(load_deck(deck))
    generate_items(load_deck(deck))
    assert made == [1] * 4
    assert not _files(deck)


class Label(str):
    """A string that is more than a string: JSON would give back a plain one."""


@pytest.mark.parametrize("odd", [
    {"options": ("a", "b")},  # a tuple comes back a list
    {"tolerance": float("nan")},  # NaN comes back unequal to itself
    {"unit": Label("km")},
    {"pairs": [["a", ("b",)]]},
])
def test_items_json_cannot_carry_as_they_are_are_not_kept(deck, odd):
    loaded = load_deck(deck)
    item = Item(id="x:numeric", fact_id="x", kind=ItemKind.NUMERIC, prompt="How many?",
                answer="3", **odd)
    plain = Item(id="y:numeric", fact_id="y", kind=ItemKind.NUMERIC, prompt="How many?",
                 answer="4", tolerance=0.5, unit="km", pairs=[["a", "b"]])
    key = itemcache.items_key(loaded, "options")
    assert key is not None
    itemcache.keep(loaded, "options", key, [plain, item], [])
    assert itemcache.recall(loaded, "options", key) is None
    assert not _files(deck)
    itemcache.keep(loaded, "options", key, [plain], [("y", ItemKind.CLOZE, "why")])
    assert itemcache.recall(loaded, "options", key) == ([plain], [("y", "cloze", "why")])


def test_a_deck_built_in_code_with_other_values_is_made_not_kept(deck, made):
    loaded = load_deck(deck)
    loaded.facts[0].tags = [object()]  # type: ignore[list-item]  # no JSON for it
    assert itemcache.items_key(loaded, "options") is None
    generate_items(loaded)
    generate_items(loaded)
    assert made == [1, 1] and not _files(deck)


_CELLS = st.one_of(st.text(alphabet="[], \"ab\\"), st.integers(), st.none(),
                   st.lists(st.text(alphabet="[], ab"), max_size=2))


@given(st.lists(st.lists(_CELLS, min_size=1, max_size=4), max_size=5))
def test_fact_rows_split_from_the_whole_key_are_each_rows_json(rows) -> None:
    """The part keys take each fact's JSON from the whole key's text when it splits into as
    many rows as there are (itemcache._split_rows), never a piece that is not one row."""
    import json

    texts = itemcache._split_rows(json.dumps(rows, ensure_ascii=False), len(rows))
    if texts is not None:
        assert texts == [itemcache._fact_json(row) for row in rows]
    elif rows:  # only a row holding the boundary itself is not split
        assert any("], [" in itemcache._fact_json(row) for row in rows)


def test_the_items_code_key_covers_every_module_item_making_imports():
    """Items read extraction's parse, referents and subject namers, which import more of
    edu/extract: a change to any module items import (at the top or lazily, followed through
    the modules they import) must make a new key, or items kept under old code would be served
    (round 22i found the list of files short)."""
    import ast

    from edu.fileio import package_files

    edu_root = Path(itemcache.__file__).resolve().parent.parent

    def module_file(name: str) -> Path | None:
        parts = name.split(".")[1:]
        if not parts:
            return None  # edu itself
        rel = Path(*parts)
        for candidate in (edu_root / rel.with_suffix(".py"), edu_root / rel / "__init__.py"):
            if candidate.is_file():
                return candidate
        return None

    def imported(path: Path) -> set[Path]:
        found: set[Path] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("edu"):
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names if a.name.startswith("edu")]
            found |= {f for f in map(module_file, names) if f is not None}
        return found

    todo = sorted((edu_root / "items").glob("*.py"))
    reached: set[Path] = set(todo)
    while todo:
        for nxt in imported(todo.pop()) - reached:
            reached.add(nxt)
            todo.append(nxt)
    covered = {p.resolve() for p in package_files(itemcache._FILES, itemcache._CODE, ())}
    # edu/__init__.py and the package's entry files hold no item logic
    missed = {p for p in reached - covered if p.name != "__init__.py" or p.parent != edu_root}
    assert sorted(str(p.relative_to(edu_root)) for p in missed) == []
