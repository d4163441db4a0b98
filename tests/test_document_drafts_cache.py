"""A document given where a deck is expected (`edu items notes.txt`, `edu anki notes.md`, the
trainer's commands) takes its best drafts from the drafts cache on a second command, as a
second `edu extract` does (edu/deck/draftcache.py): nothing is extracted, and the deck, its
items and its Anki package are those of a run with every cache off. A PDF's text is kept too,
keyed on the file's bytes."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import edu.extract
import edu.text.pdf
from edu.cli import main
from edu.commands._document import unreviewed_deck
from edu.deck import draftcache
from edu.text.reading import forget_cached

DATA = Path(__file__).parent / "data"
RAW = DATA / "blind" / "aberfan_disaster.txt"
MARKDOWN = DATA / "tuning" / "voyager.md"
PREPROCESSED = DATA / "unseen_polar.txt"


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


def _copy(doc: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(doc, folder / doc.name)
    return folder / doc.name


def _fresh_deck(doc: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    with monkeypatch.context() as m:
        m.setenv("EDU_CACHE_DIR", "off")
        forget_cached(doc)
        deck = unreviewed_deck(str(doc))
    return {"dict": deck.to_dict(), "description": deck.description, "path": deck.path}


def _as_compared(doc: Path) -> dict[str, Any]:
    deck = unreviewed_deck(str(doc))
    return {"dict": deck.to_dict(), "description": deck.description, "path": deck.path}


@pytest.mark.parametrize("source", [RAW, MARKDOWN, PREPROCESSED],
                         ids=["raw", "markdown", "preprocessed"])
def test_a_second_command_on_a_document_extracts_nothing(
        source: Path, tmp_path: Path, cache: Path, extractions: list[int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _copy(source, tmp_path / "docs")
    first = _as_compared(doc)
    assert len(extractions) == 1
    forget_cached(doc)  # another process: no Reading in memory
    second = _as_compared(doc)
    assert len(extractions) == 1  # the drafts were kept
    assert second == first
    assert len(second["dict"]["facts"]) >= 10
    assert _fresh_deck(doc, monkeypatch) == first  # what no cache at all gives


def test_an_edit_of_the_document_drafts_again(tmp_path: Path, cache: Path,
                                              extractions: list[int],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _copy(RAW, tmp_path / "docs")
    before = _as_compared(doc)
    doc.write_text(doc.read_text("utf-8").replace("144 people", "145 people"), "utf-8")
    after = _as_compared(doc)
    assert len(extractions) == 2
    assert after != before
    assert "145" in {f["answer"] for f in after["dict"]["facts"]}
    assert _fresh_deck(doc, monkeypatch) == after


def test_with_the_cache_off_nothing_is_kept(tmp_path: Path, extractions: list[int],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    doc = _copy(RAW, tmp_path / "docs")
    unreviewed_deck(str(doc))
    forget_cached(doc)
    unreviewed_deck(str(doc))
    assert len(extractions) == 2


def test_a_damaged_kept_file_is_drafted_again(tmp_path: Path, cache: Path,
                                              extractions: list[int]) -> None:
    doc = _copy(RAW, tmp_path / "docs")
    first = _as_compared(doc)
    kept = [p for p in cache.rglob("*") if p.is_file() and "drafts" in p.parts]
    assert kept
    for file in kept:
        data = bytearray(file.read_bytes())
        data[-5] ^= 1
        file.write_bytes(bytes(data))
    forget_cached(doc)
    assert _as_compared(doc) == first
    assert len(extractions) == 2


def test_extract_and_the_document_commands_keep_apart(tmp_path: Path, cache: Path,
                                                     extractions: list[int]) -> None:
    """`edu extract`'s drafts (YAML, every fact) and a command's best drafts (the facts,
    the best few) are two files: neither is taken for the other."""
    doc = _copy(RAW, tmp_path / "docs")
    assert main(["extract", str(doc), "-o", str(tmp_path / "draft.yaml")]) == 0
    unreviewed_deck(str(doc))
    assert len(extractions) == 2
    assert main(["extract", str(doc), "-o", str(tmp_path / "draft2.yaml")]) == 0
    unreviewed_deck(str(doc))
    assert len(extractions) == 2
    assert (tmp_path / "draft.yaml").read_bytes() == (tmp_path / "draft2.yaml").read_bytes()


def test_a_kept_best_drafts_file_reads_back_its_facts(tmp_path: Path) -> None:
    deck = unreviewed_deck(str(_copy(RAW, tmp_path / "docs")))
    file = tmp_path / "kept"
    best = draftcache.BestDrafts("A title", 99, deck.facts)
    draftcache.keep_best(file, "k", best)
    assert draftcache.kept_best(file, "k") == best
    assert draftcache.kept_best(file, "other key") is None


@pytest.mark.parametrize("command", [["items", "--format", "json"], ["anki"]])
def test_items_and_anki_on_a_document_twice_write_the_same(
        command: list[str], tmp_path: Path, cache: Path, extractions: list[int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _copy(RAW, tmp_path / "docs")
    suffix = ".apkg" if command[0] == "anki" else ".json"
    outs = [tmp_path / f"out{k}{suffix}" for k in range(3)]
    extra = ["--timestamp", "1700000000"] if command[0] == "anki" else []
    assert main([command[0], str(doc), *command[1:], *extra, "-o", str(outs[0])]) == 0
    forget_cached(doc)
    assert main([command[0], str(doc), *command[1:], *extra, "-o", str(outs[1])]) == 0
    assert len(extractions) == 1
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    forget_cached(doc)
    assert main([command[0], str(doc), *command[1:], *extra, "-o", str(outs[2])]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes() == outs[2].read_bytes()


def _pdf(path: Path, text: str) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for paragraph in text.split("\n\n"):
        pdf.multi_cell(0, 6, paragraph.replace("\n", " "))
        pdf.ln(3)
    pdf.output(str(path))


def test_a_pdfs_text_is_kept_by_its_bytes(tmp_path: Path, cache: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = edu.text.pdf.pdf_text

    def counted(path: Any) -> str:
        calls.append(1)
        return real(path)

    monkeypatch.setattr(edu.text.pdf, "pdf_text", counted)
    pdf = tmp_path / "notes.pdf"
    text = RAW.read_text("utf-8").split("\n\n")
    _pdf(pdf, "\n\n".join(text[:3]))
    first = edu.text.pdf.source_text(pdf)
    assert edu.text.pdf.source_text(pdf) == first
    assert len(calls) == 1
    _pdf(pdf, "\n\n".join(text[:2]))  # other bytes: read again
    assert edu.text.pdf.source_text(pdf) != first
    assert len(calls) == 2
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    assert edu.text.pdf.source_text(pdf) == real(pdf)
    assert len(calls) == 3


def test_the_clause_cut_reads_the_parse_questions_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long raw fill-ins are cut to their clause on a parse of their sentence
    (edu/extract/clauses.py): the parse `questions` made of the same text is read again, not
    made again, and the drafts are those of fresh parses, prompt for prompt."""
    import edu.extract.questions as questions
    from edu.text.reading import read_document

    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    real = questions.parser()
    texts: list[str] = []

    class Counting:
        def __call__(self, text: str) -> Any:
            texts.append(text)
            return real(text)

        def __getattr__(self, name: str) -> Any:
            return getattr(real, name)

    monkeypatch.setattr(questions, "parser", Counting)

    def drafts() -> list[tuple[str, str]]:
        texts.clear()
        questions._RECENT_PARSES.clear()
        facts = edu.extract.extract_candidates(read_document(RAW))
        return [(f.prompt, f.answer) for f in facts]

    shared = drafts()
    parses = len(texts)
    monkeypatch.setattr(questions, "_RECENT_MAX", 0)  # nothing remembered: every cut parses
    fresh = drafts()
    assert shared == fresh
    assert parses <= len(texts) - 10  # aberfan: 16 long fill-ins, each sentence parsed once
