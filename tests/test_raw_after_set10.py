"""Issue 15, a short round after set 10's blind review: faults a strict teacher met in the
drafts and items of ordinary English, each on a short text written for its test (none from a
measured document)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from edu.cli import main
from edu.deck.model import Fact
from edu.extract import candidates, extract_candidates
from edu.extract.questions import count_question, parser
from edu.items.common import in_digits
from edu.text.quantities import range_end
from edu.text.reading import read_document

_BRIDGE = ("The Alder Bridge\n\nThe bridge cost about 4.5 million pounds. Between 2,000 and "
           "3,000 people crossed it every day. The engineers worked at a depth of about 12 to "
           "15 metres. The first pier was built between about 1850 and 1855. The keeper "
           "collected 21.6 kilograms of coal and worked for 26-1/2 hours. Some 300 workers "
           "came to 5 meetings.\n")


def _drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[Fact]:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    return extract_candidates(read_document(path))


def _page_marks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                text: str) -> tuple[list[Fact], set[str]]:
    """The drafts of `text` and the ids the first page holds down (lost or sunk)."""
    seen: dict[str, Any] = {}
    real = candidates._spread_first_page

    def spy(facts: list[Fact], lost: Any = frozenset(), *args: Any, **kwargs: Any) -> Any:
        seen["held"] = set(lost) | set(kwargs.get("sunk") or ())
        return real(facts, lost, *args, **kwargs)

    monkeypatch.setattr(candidates, "_spread_first_page", spy)
    facts = _drafts(tmp_path, monkeypatch, text)
    return facts, seen["held"]


def test_one_end_of_a_range_is_never_drafted_alone(tmp_path, monkeypatch):
    """"Between 2,000 and _____ people", "about 12 to _____ metres", "between about 1850 and
    _____": either end of a range asked alone is half a fact. Since the ranges round
    (tests/test_ranges.py) the whole range is one draft and no end is drafted alone; a lone
    figure is not held."""
    facts, held = _page_marks(tmp_path, monkeypatch, _BRIDGE)
    by_answer: dict[str, list[Fact]] = {}
    for fact in facts:
        by_answer.setdefault(str(fact.answer), []).append(fact)
    for end in ("2,000", "3,000", "12", "15", "1850", "1855"):
        assert not by_answer.get(end), (end, by_answer[end])
    for whole in ("between 2,000 and 3,000", "12 to 15", "between about 1850 and 1855"):
        assert by_answer.get(whole), (whole, sorted(by_answer))
    for lone in ("4.5 million", "300"):
        assert by_answer.get(lone), (lone, sorted(by_answer))
        assert not any(f.id in held for f in by_answer[lone]), by_answer[lone]


def test_range_end_reads_the_text_around_a_figure():
    def end(text: str, figure: str) -> bool:
        at = text.index(figure)
        return range_end(text, at, at + len(figure))

    assert end("Between 227 and 300 people left.", "300")
    assert end("Between 227 and 300 people left.", "227")
    assert end("It ran from 1850-1855 here.", "1850")
    assert end("It ran from 1850-1855 here.", "1855")
    assert end("between 3 million and 5 million people", "3")
    assert not end("It took 26-1/2 hours.", "26")
    assert not end("There were 3 ships and 5 boats.", "3")
    assert not end("In 1905 the number rose to 300.", "300")


def test_a_singular_subject_takes_did_with_a_past_spelled_like_the_present():
    """"How many Swiss francs do the tunnel cost?": the tagger reads a past spelled like the
    present ("cost", "put", "set") as "VBP" on some sentences, but a present "do" takes no
    singular subject; the text's past is "did". (The tag is set by hand: which sentences the
    small pipeline misreads is its own affair.)"""
    sentence = parser()("The bridge cost about 4.5 million pounds.")
    sentence[2].tag_ = "VBP"
    at = sentence.text.index("4.5")
    assert count_question(sentence, at, at + len("4.5 million")) \
        == "How many pounds did the bridge cost?"
    plural = parser()("The bridges cost about 4.5 million pounds.")
    plural[2].tag_ = "VBP"
    assert count_question(plural, at + 2, at + 2 + len("4.5 million")) \
        == "How many pounds do the bridges cost?"


def test_a_unit_named_after_a_figure_is_no_name(tmp_path, monkeypatch):
    """"Which degrees did temperatures in the rock reach? Celsius"; "The tunnel cost about 12.2
    billion _____" of "Swiss francs": a scale or a currency after a figure is its unit, no
    name a teacher asks for (below the page and the top K); the figure keeps its draft."""
    facts, held = _page_marks(tmp_path, monkeypatch, (
        "The Ostra Mine\n\nThe Ostra Mine was opened by the Nordhavn Company in 1871. Deep in "
        "the shaft the air reached up to 41 degrees Celsius, so the miners worked in short "
        "shifts. The new hoist cost about 3.4 million Danish kroner. Karl Holm led the "
        "miners until 1902.\n"))
    names = {str(f.answer): f for f in facts if f.kind == "name"}
    for unit in ("Celsius", "Danish kroner", "Danish"):
        if unit in names:
            assert names[unit].id in held, names[unit]
    assert "Karl Holm" in names and names["Karl Holm"].id not in held
    assert any(str(f.answer) == "41" for f in facts)


_HARBOUR = ("The Kettle Harbour Wreck\n\nThe Kettle was a merchant ship built in 1702. "
            "The shipwrights gave the Kettle two cargo decks and a tall stern castle. "
            "Divers recovered more than 3,500 clay pipes from the hold, along with coins and "
            "tools. Nine sailors drowned when the ship sank in a storm in 1710. The wreck was "
            "found by a fisherman named Tomas Berg in 1961.\n")


def _items(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kinds: str) -> list[dict[str, Any]]:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EDU_DB", str(tmp_path / "db.sqlite3"))
    notes = tmp_path / "notes.txt"
    notes.write_text(_HARBOUR, encoding="utf-8")
    out = tmp_path / "items.json"
    assert main(["items", str(notes), "--kinds", kinds, "--format", "json", "-o", str(out)]) == 0
    items: list[dict[str, Any]] = json.loads(out.read_text("utf-8"))
    return items


def test_a_figure_in_words_is_typed_and_chosen_in_digits(tmp_path, monkeypatch):
    """"How many cargo decks ...?" answered "two": a learner typing or choosing a number
    reads digits ("2", options "2", "3", ...); the word is still accepted."""
    items = _items(tmp_path, monkeypatch, "numeric,multiple_choice")
    decks = [i for i in items if "cargo decks" in i["prompt"] or i.get("unit") == "cargo decks"]
    assert {i["kind"] for i in decks} == {"numeric", "multiple_choice"}, items
    for item in decks:
        assert item["answer"] == "2", item
        assert "two" in item["aliases"], item
        if item["kind"] == "multiple_choice":
            assert all(option.isdigit() for option in item["options"]), item
    assert in_digits("twenty-four") == "24"
    assert in_digits("two million") == "2 million"
    assert in_digits("tens of thousands") is None
    assert in_digits("12") is None


def test_a_cloze_of_ordinary_english_is_its_sentence_as_written(tmp_path, monkeypatch):
    """"More than _____ clay pipes, divers recovered from the hold." turns the sentence round:
    the cloze of ordinary English is the sentence as written, the answer blanked."""
    items = _items(tmp_path, monkeypatch, "cloze")
    pipes = [i for i in items if i["answer"] == "3,500"]
    assert pipes and pipes[0]["prompt"] == (
        "Divers recovered more than _____ clay pipes from the hold, along with coins and "
        "tools."), pipes
