"""A second `edu extract` of the same file reuses the first run's drafts (edu/deck/draftcache.py)
and writes exactly what extracting again writes: for raw English, preprocessed text and
Markdown, after an edit of the text or of its glossary, under other options, another output
folder or another file name; a damaged cache file is ignored and replaced, never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import edu.extract
from edu.cli import main
from edu.deck import draftcache
from edu.deck.model import Deck, dump_deck, dump_deck_head, dump_deck_parts
from edu.fileio import cache_file_for, keep_sealed
from edu.text.reading import forget_cached

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).parent.parent / "seeds" / "china-space-2021.txt"
RAW = DATA / "prose_science.txt"  # ordinary English: spaCy reads its names
PREPROCESSED = DATA / "unseen_polar.txt"
MARKDOWN = DATA / "tuning" / "voyager.md"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("EDU_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def extractions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the extractions run (one entry per call of extract_candidates)."""
    calls: list[int] = []
    real = edu.extract.extract_candidates

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(edu.extract, "extract_candidates", counted)
    return calls


def _extract(doc: Path, out: Path, *options: str) -> bytes:
    assert main(["extract", str(doc), "-o", str(out), *options]) == 0
    return out.read_bytes()


def _fresh(doc: Path, out: Path, monkeypatch: pytest.MonkeyPatch, *options: str) -> bytes:
    """What extracting with no cache at all writes."""
    with monkeypatch.context() as m:
        m.setenv("EDU_CACHE_DIR", "off")
        forget_cached(doc)
        return _extract(doc, out, *options)


def _copy(doc: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / doc.name
    shutil.copy(doc, target)
    glossary = doc.with_suffix(".yaml")
    if glossary.is_file() and doc.suffix != ".yaml":
        shutil.copy(glossary, target.with_suffix(".yaml"))
    return target


@pytest.mark.parametrize("source", [RAW, PREPROCESSED, MARKDOWN, SEED],
                         ids=["raw", "preprocessed", "markdown", "seed-with-glossary"])
def test_second_run_reuses_the_drafts_and_writes_the_same_bytes(
        source: Path, tmp_path: Path, cache: Path, extractions: list[int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _copy(source, tmp_path / "docs")
    first = _extract(doc, tmp_path / "first.yaml")
    assert len(extractions) == 1
    second = _extract(doc, tmp_path / "second.yaml")
    assert len(extractions) == 1  # nothing extracted: the drafts were kept
    assert second == first
    assert _fresh(doc, tmp_path / "fresh.yaml", monkeypatch) == first


def test_an_edit_of_the_text_or_its_glossary_is_extracted_again(
        tmp_path: Path, cache: Path, extractions: list[int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _copy(SEED, tmp_path / "docs")
    before = _extract(doc, tmp_path / "a.yaml")
    text = doc.read_text("utf-8")
    doc.write_text(text.replace("2016", "2017", 1), "utf-8")
    after = _extract(doc, tmp_path / "b.yaml")
    assert len(extractions) == 2 and after != before
    assert after == _fresh(doc, tmp_path / "fresh-text.yaml", monkeypatch)
    glossary = doc.with_suffix(".yaml")
    glossary.write_text(glossary.read_text("utf-8").replace(
        "China's Space Program: A 2021 Perspective", "Another title"), "utf-8")
    retitled = _extract(doc, tmp_path / "c.yaml")
    assert len(extractions) == 4  # (the fresh run above is one)
    assert b"deck: Another title" in retitled and retitled != after
    assert retitled == _fresh(doc, tmp_path / "fresh-glossary.yaml", monkeypatch)
    again = _extract(doc, tmp_path / "d.yaml")
    assert len(extractions) == 5 and again == retitled


def test_paths_in_the_output_follow_this_run(tmp_path: Path, cache: Path,
                                             extractions: list[int],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The deck's `source:` (relative to the output's folder), its id and a title taken from
    the file's name are this run's, not the first run's."""
    doc = _copy(PREPROCESSED, tmp_path / "docs")
    _extract(doc, tmp_path / "draft.yaml")
    deeper = tmp_path / "out" / "deeper"
    deeper.mkdir(parents=True)
    moved = _extract(doc, deeper / "draft.yaml")
    assert len(extractions) == 1
    assert b"source: ../../docs/unseen_polar.txt\n" in moved
    assert moved == _fresh(doc, deeper / "fresh.yaml", monkeypatch)
    renamed = doc.with_name("renamed notes.txt")
    shutil.copy(doc, renamed)
    named = _extract(renamed, tmp_path / "renamed.yaml")
    assert named == _fresh(renamed, tmp_path / "renamed-fresh.yaml", monkeypatch)
    assert named != moved


@pytest.mark.parametrize("options", [("--limit", "5"), ("--limit", "0"), ("--min-score", "0.6"),
                                     ("--min-score", "1000"), ("--kinds", "date,name")])
def test_options_are_kept_apart(options: tuple[str, ...], tmp_path: Path, cache: Path,
                                extractions: list[int],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _copy(PREPROCESSED, tmp_path / "docs")
    whole = _extract(doc, tmp_path / "whole.yaml")
    first = _extract(doc, tmp_path / "first.yaml", *options)
    assert len(extractions) == 2 and first != whole
    second = _extract(doc, tmp_path / "second.yaml", *options)
    again = _extract(doc, tmp_path / "again.yaml")
    assert len(extractions) == 2
    assert second == first and again == whole
    assert first == _fresh(doc, tmp_path / "fresh.yaml", monkeypatch, *options)


def test_standard_output_writes_the_same_text(tmp_path: Path, cache: Path,
                                              extractions: list[int],
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    doc = _copy(MARKDOWN, tmp_path / "docs")
    monkeypatch.chdir(tmp_path)
    outputs = []
    for argv in (["extract", str(doc)], ["extract", str(doc)], ["extract", str(doc), "-o", "-"]):
        assert main(argv) == 0
        outputs.append(capsys.readouterr().out)
    assert len(extractions) == 1
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    forget_cached(doc)
    assert main(["extract", str(doc)]) == 0
    fresh = capsys.readouterr().out
    assert "source: docs/voyager.md\n" in fresh
    assert outputs == [fresh] * 3


@pytest.mark.parametrize("damage", ["cut", "flipped", "empty", "header", "count", "no-newline"])
def test_a_damaged_cache_file_is_ignored_and_replaced(damage: str, tmp_path: Path, cache: Path,
                                                      extractions: list[int]) -> None:
    doc = _copy(PREPROCESSED, tmp_path / "docs")
    first = _extract(doc, tmp_path / "first.yaml")
    [kept] = (cache / "drafts").iterdir()
    data = kept.read_bytes()
    header, _, body = data.partition(b"\n")
    damaged = {
        "cut": data[: len(data) // 2],
        "flipped": data[:-10] + bytes([data[-10] ^ 1]) + data[-9:],
        "empty": b"",
        "header": b"{not json\n" + body,
        "count": header + b"\n" + body.replace(b'"count": ', b'"count": 1', 1),
        "no-newline": header,
    }[damage]
    kept.write_bytes(damaged)
    second = _extract(doc, tmp_path / "second.yaml")
    assert len(extractions) == 2 and second == first
    assert kept.read_bytes() == data  # kept anew
    third = _extract(doc, tmp_path / "third.yaml")
    assert len(extractions) == 2 and third == first


def test_a_sealed_file_of_another_layout_is_not_used(tmp_path: Path, cache: Path,
                                                     extractions: list[int]) -> None:
    """A file whose seal holds but whose body is not what keep_drafts writes (a count of
    facts with no facts, no head line) is extracted again, not written out."""
    doc = _copy(PREPROCESSED, tmp_path / "docs")
    first = _extract(doc, tmp_path / "first.yaml")
    [kept] = (cache / "drafts").iterdir()
    seal_key = json.loads(kept.read_bytes().partition(b"\n")[0])["key"]
    for body in ['{"title": null, "count": 3}\n', '{"title": 7, "count": 3}\n- id: x\n',
                 "- id: x\n", '{"title": null, "count": 0}\n- id: x\n']:
        keep_sealed(kept, seal_key, body)
        again = _extract(doc, tmp_path / "again.yaml")
        assert again == first
    assert len(extractions) == 5


def test_no_cache_neither_reads_nor_keeps(tmp_path: Path, cache: Path,
                                          extractions: list[int]) -> None:
    doc = _copy(PREPROCESSED, tmp_path / "docs")
    first = _extract(doc, tmp_path / "first.yaml", "--no-cache")
    assert not (cache / "drafts").exists()
    _extract(doc, tmp_path / "second.yaml")
    third = _extract(doc, tmp_path / "third.yaml", "--no-cache")
    assert len(extractions) == 3 and third == first
    assert (cache / "readings").is_dir()  # the Reading stays cached


def test_other_code_is_extracted_again(tmp_path: Path, cache: Path, extractions: list[int],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _copy(PREPROCESSED, tmp_path / "docs")
    _extract(doc, tmp_path / "first.yaml")
    monkeypatch.setattr(draftcache, "code_digest", lambda: "other code")
    _extract(doc, tmp_path / "second.yaml")
    assert len(extractions) == 2


def test_one_file_per_document_and_options(tmp_path: Path, cache: Path) -> None:
    doc = _copy(PREPROCESSED, tmp_path / "docs")
    _extract(doc, tmp_path / "first.yaml")
    _extract(doc, tmp_path / "second.yaml")
    _extract(doc, tmp_path / "third.yaml", "--limit", "3")
    options = draftcache.options_text(("number", "date", "name"), None, None)
    assert cache_file_for(doc, "drafts", options) in list((cache / "drafts").iterdir())
    assert len(list((cache / "drafts").iterdir())) == 2


def test_standard_input_is_not_kept(tmp_path: Path, cache: Path, extractions: list[int],
                                    monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    import edu.fileio

    for _ in range(2):
        monkeypatch.setattr(edu.fileio, "_stdin_read", None)
        stream = io.TextIOWrapper(io.BytesIO(PREPROCESSED.read_bytes()), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stream)
        assert main(["extract", "-", "-o", str(tmp_path / "stdin.yaml")]) == 0
    assert len(extractions) == 2 and not (cache / "drafts").exists()


def test_a_deck_head_and_its_facts_make_the_whole_dump() -> None:
    """dump_deck's text is its head and its facts; the head of the deck's fields without its
    facts is that same head (a kept draft's facts follow a new head)."""
    from edu.bundled import bundled_deck_path
    from edu.deck.check import load_deck

    path = bundled_deck_path()
    assert path is not None
    deck = load_deck(path)
    head, facts = dump_deck_parts(deck)
    assert head + facts == dump_deck(deck)
    assert dump_deck_head(deck) == head and head.endswith("facts:\n") and facts.startswith("- ")
    for k in (1, 2, 7):
        own = {"description": "two\nlines: and a colon", "tags": ["a", "b"], "language": "en"}
        part = Deck(deck.title, deck.id, deck.source, deck.facts[:k], **own)  # type: ignore[arg-type]
        bare = Deck(deck.title, deck.id, deck.source, [], **own)  # type: ignore[arg-type]
        assert dump_deck_head(bare) + dump_deck_parts(part)[1] == dump_deck(part)
    empty = Deck("t", "i", "s", [])
    assert dump_deck_parts(empty) == (dump_deck(empty), "")
    assert "facts: []" in dump_deck(empty)


def test_no_key_is_computed_with_the_cache_folder_off(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With EDU_CACHE_DIR=off nothing can be kept: the code of extraction is not hashed
    (its data files are megabytes) on every run."""
    monkeypatch.setenv("EDU_CACHE_DIR", "off")

    def no_digest() -> str:
        raise AssertionError("the drafts' code hashed with the cache off")

    monkeypatch.setattr(draftcache, "code_digest", no_digest)
    doc = _copy(PREPROCESSED, tmp_path / "docs")
    assert main(["extract", str(doc), "-o", str(tmp_path / "draft.yaml")]) == 0
