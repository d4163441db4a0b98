"""One reading of a document: every draft and item shows the reading's text of its span, and
the reading is restored once, then served from a disk cache that can never be stale."""

from __future__ import annotations

import base64
import json
import re
import shutil
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from edu.deck.check import load_deck
from edu.extract import extract_candidates
from edu.items.generate import generate_items
from edu.text import reading as reading_module
from edu.text.reading import read_document
from edu.text.source import Span, Token, tokenize

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "china-space-2021.txt"
DECK = ROOT / "decks" / "china-space-2021.yaml"
DATA = Path(__file__).parent / "data"


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private, empty cache folder and an empty in-memory memo; no shipped reading (the
    seed's is shipped: tests/test_shipped_reading.py), so a first read restores."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("EDU_CACHE_DIR", str(folder))
    monkeypatch.setattr(reading_module, "SHIPPED_READINGS", tmp_path / "no-shipped-readings")
    reading_module._memo.clear()
    yield folder
    reading_module._memo.clear()


def _no_restoring(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> list[str]:
        raise AssertionError("the document was restored again")

    monkeypatch.setattr(reading_module, "restore_stems", refuse)


@pytest.mark.parametrize("name", ["seed", "unseen_rail.raw.txt", "extract_panama.txt"])
def test_every_draft_shows_the_readings_text(name: str) -> None:
    path = SEED if name == "seed" else DATA / name
    reading = read_document(path)
    facts = extract_candidates(reading)
    assert facts
    for fact in facts:
        assert fact.evidence == reading.span_text(fact.source), fact.id


def test_every_item_shows_the_readings_text() -> None:
    deck = load_deck(DECK)
    reading = read_document(deck.source_path)
    facts = {f.id: f for f in deck.facts}
    items = generate_items(deck)
    assert {i.kind for i in items} >= {"short_answer", "cloze", "matching"}
    for item in items:
        if item.kind in ("matching", "ordering"):
            lines = item.evidence.split("\n")
            assert set(lines) <= {reading.span_text(facts[f].source) for f in item.fact_ids}
        else:
            assert item.evidence == reading.span_text(item.source), item.id


def test_restore_cli_prints_the_same_words(tmp_path: Path) -> None:
    from edu.cli import main

    out = tmp_path / "rows.json"
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["restore", str(SEED), "--format", "json"]) == 0
    out.write_text(buffer.getvalue(), "utf-8")
    rows = json.loads(out.read_text("utf-8"))
    assert [r["word"] for r in rows] == list(read_document(SEED).words)


def test_span_text_and_token_range() -> None:
    reading = read_document(SEED)
    first, second = reading.tokens[0], reading.tokens[1]
    assert reading.token_range(Span(first.start, second.end)) == (0, 2)
    assert reading.token_range(Span(first.start, second.end - 1)) == (0, 1)  # cut token left out
    assert reading.span_text(Span(0, 0)) == ""
    raw = read_document(DATA / "unseen_rail.raw.txt")
    i, j = 3, 9
    span = Span(raw.tokens[i].start, raw.tokens[j - 1].end)
    assert raw.span_text(span) == " ".join(raw.text[span.start : span.end].split())


def test_second_read_comes_from_disk(cache: Path, monkeypatch: pytest.MonkeyPatch,
                                     tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    shutil.copyfile(SEED, doc)
    shutil.copyfile(SEED.with_suffix(".yaml"), doc.with_suffix(".yaml"))
    first = read_document(doc)
    assert list((cache / "readings").glob("*.json"))
    reading_module._memo.clear()  # as a new process would start
    _no_restoring(monkeypatch)
    again = read_document(doc)
    assert again.words == first.words
    assert again.sections == first.sections
    assert again.glossary.section_titles == first.glossary.section_titles


def test_items_build_on_the_cached_reading(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deck = load_deck(DECK)
    first = generate_items(deck)
    reading_module._memo.clear()
    _no_restoring(monkeypatch)  # trainer, Anki, handouts and stats start here
    assert [(i.id, i.evidence, i.prompt) for i in generate_items(deck)] == \
        [(i.id, i.evidence, i.prompt) for i in first]


@pytest.mark.parametrize("change", ["text", "glossary", "code"])
def test_a_stale_reading_is_never_served(cache: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("space station launch 2021 tianh core modul", "utf-8")
    glossary = doc.with_suffix(".yaml")
    glossary.write_text("glossary:\n  names: [Tianhe]\n", "utf-8")
    before = read_document(doc)
    assert "Tianhe" in before.words
    reading_module._memo.clear()
    if change == "text":
        doc.write_text("space station launch 2022 tianh core modul", "utf-8")
    elif change == "glossary":
        glossary.write_text("glossary:\n  names: [TianHe]\n", "utf-8")
    else:  # new restoration code or data: a new digest
        monkeypatch.setattr(reading_module, "code_digest", lambda: "another version")
    restored: list[int] = []
    real = reading_module.restore_stems

    def counting(*args: object, **kwargs: object) -> list[str]:
        restored.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reading_module, "restore_stems", counting)
    after = read_document(doc)
    assert restored, "a changed input must be restored again"
    if change == "text":
        assert "2022" in after.words
    if change == "glossary":
        assert "TianHe" in after.words


def test_a_broken_cache_costs_only_time(cache: Path, tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("space station launch 2021 core modul", "utf-8")
    first = read_document(doc)
    for file in (cache / "readings").glob("*.json"):
        file.write_text('{"key": 12, "words": [', "utf-8")
    reading_module._memo.clear()
    assert read_document(doc).words == first.words


ODD_SPACING = "  space\tstation\u00a0launch\n\n2021  tianh core\u2028modul \x1c x  "


def _tokens_as_before(text: str) -> list[Token]:
    """Tokens as they were made one regex match at a time, before they were kept as columns."""
    return [Token(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text)]


@pytest.mark.parametrize("text", ["", "   ", "one", " one", "one ", ODD_SPACING,
                                  SEED.read_text("utf-8")[:5000]])
def test_tokens_are_the_whitespace_split_words_and_their_offsets(text: str) -> None:
    tokens = tokenize(text)
    expected = _tokens_as_before(text)
    assert list(tokens) == expected and tokens == expected and len(tokens) == len(expected)
    assert [tokens[k] for k in range(-len(tokens), len(tokens))] == expected + expected
    assert tokens[1:4] == expected[1:4] and tokens[::-2] == expected[::-2]
    assert tokenize(text, tokens.starts) == expected  # a cached reading's offsets


def test_cached_token_offsets_read_back_the_same(cache: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(ODD_SPACING, "utf-8")
    first = read_document(doc)
    reading_module._memo.clear()
    _no_restoring(monkeypatch)
    again = read_document(doc)
    assert list(again.tokens) == list(first.tokens) == _tokens_as_before(ODD_SPACING)
    assert again.words == first.words


def _damage_offsets(data: dict) -> None:  # every offset one character late
    starts = array(data["starts"]["type"], base64.b64decode(data["starts"]["data"]))
    data["starts"]["data"] = base64.b64encode(array(starts.typecode, [s + 1 for s in starts])
                                              .tobytes()).decode()


def _word_indices(data: dict) -> array:
    packed = data["words"]["tokens"]
    return array(packed["type"], base64.b64decode(packed["data"]))


def _edit_word_indices(data: dict, edit: Callable[[list[int]], list[int]]) -> None:
    indices = _word_indices(data)
    data["words"]["tokens"]["data"] = base64.b64encode(
        array(indices.typecode, edit(list(indices))).tobytes()).decode()


def _edit_stem_indices(data: dict, edit: Callable[[list[int]], list[int]]) -> None:
    packed = data["stems"]["tokens"]
    indices = array(packed["type"], base64.b64decode(packed["data"]))
    packed["data"] = base64.b64encode(array(indices.typecode, edit(list(indices))).tobytes()
                                      ).decode()


def _swap_two_stems(data: dict) -> None:  # two distinct stems trade places: every use moves
    distinct = data["stems"]["distinct"]
    a, b = distinct.index("launch"), distinct.index("2021")
    distinct[a], distinct[b] = distinct[b], distinct[a]


def _words_as_format_2(data: dict) -> list[str]:  # one JSON string per token
    return [data["words"]["distinct"][k] for k in _word_indices(data)]


@pytest.mark.parametrize("damage", [
    lambda data: data.pop("starts"),  # the layout of format 1
    lambda data: data.update(starts=None),
    lambda data: data["starts"].update(data="not base64!"),
    lambda data: data["starts"].update(data=data["starts"]["data"][:-8]),  # too few
    lambda data: data["starts"].update(type="d"),
    lambda data: data["starts"].update(order="middle"),
    lambda data: _edit_word_indices(data, lambda indices: indices[:-1]),
    lambda data: data["words"].update(distinct=[1] * len(data["words"]["distinct"])),
    lambda data: _edit_word_indices(data, lambda indices: [*indices[:-1], 10**6]),
    lambda data: data["words"].update(tokens="not packed"),
    lambda data: data["words"]["tokens"].update(  # signed: -1 would read the last word
        type="q", data=base64.b64encode(array("q", [-1] * len(_word_indices(data))).tobytes())
        .decode()),
    lambda data: data.update(words=_words_as_format_2(data)),
    _damage_offsets,
    lambda data: data.pop("stems"),  # the layout of format 3
    lambda data: data.update(stems=None),
    lambda data: _edit_stem_indices(data, lambda indices: indices[:-1]),
    lambda data: _edit_stem_indices(data, lambda indices: [*indices[:-1], 10**6]),
    lambda data: _edit_stem_indices(data, lambda indices: [indices[1], *indices[1:]]),
    lambda data: _edit_stem_indices(data, lambda indices: [*indices[:-1], indices[0]]),
    _swap_two_stems,
], ids=["old-layout", "none", "not-base64", "short", "floats", "byte-order", "fewer-words",
        "not-words", "index-past-the-words", "indices-not-packed", "signed-indices",
        "words-of-format-2", "shifted", "stems-of-format-3", "no-stems", "fewer-stems",
        "index-past-the-stems", "first-stem-wrong", "last-stem-wrong", "two-stems-swapped"])
def test_damaged_token_offsets_are_ignored_and_rebuilt(cache: Path, tmp_path: Path,
                                                       damage: Callable[[dict], None]) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(ODD_SPACING + " 2021 launch" * 40, "utf-8")
    first = read_document(doc)
    [file] = (cache / "readings").glob("*.json")
    data = json.loads(file.read_text("utf-8"))
    damage(data)
    file.write_text(json.dumps(data), "utf-8")
    reading_module._memo.clear()
    again = read_document(doc)
    assert list(again.tokens) == _tokens_as_before(doc.read_text("utf-8"))
    assert again.words == first.words
    assert json.loads(file.read_text("utf-8"))["starts"] is not None  # written again


def test_offsets_pack_small_and_large() -> None:
    # 4-byte integers below 4 GB of text, 8-byte ones beyond; both read back as written
    for offsets in ([], [0, 7, 2**32 - 1], [0, 2**32, 2**40]):
        packed = reading_module._packed(offsets)
        assert packed["type"] == ("q" if offsets and max(offsets) >= 2**32 else "I")
        unpacked = reading_module._unpacked(json.loads(json.dumps(packed)))
        assert unpacked is not None and list(unpacked) == offsets


def test_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    reading_module._memo.clear()
    doc = tmp_path / "doc.txt"
    doc.write_text("space station launch 2021 core modul", "utf-8")
    assert read_document(doc).words[:2] == ("space", "station")
    assert not list(tmp_path.rglob("readings"))
