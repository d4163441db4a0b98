"""Issue 15, eleventh round (raw wording): faults a strict teacher still met in the top 20 of
ordinary English, each on a short text written for its test (none from a measured document)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.deck.model import Fact
from edu.extract import extract_candidates
from edu.text.reading import read_document


def _drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[Fact]:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    return extract_candidates(read_document(path))


def _by_answer(facts: list[Fact], answer: str) -> list[Fact]:
    return [f for f in facts if str(f.answer) == answer]


def test_a_unit_goes_on_with_its_rate(tmp_path, monkeypatch):
    """"40 miles per hour" is no count of miles: the unit and a cloze's "How many ...?" keep
    the rate ("per hour", "per square inch", "a day")."""
    facts = _drafts(tmp_path, monkeypatch, (
        "The Kestrel Viaduct\n\nOn the morning of 3 March 1912, a wind of about 60 miles per "
        "hour blew along the valley. The pressure in the boiler rose to about 180 pounds per "
        "square inch. By May the pier was sinking by about 2.5 centimetres a day. About 35 per "
        "cent of the stone came from Wales.\n"))
    units = {str(f.answer): f.unit for f in facts if f.kind == "number"}
    assert units["60"] == "miles per hour"
    assert units["180"] == "pounds per square inch"
    assert units["2.5"] == "centimetres a day"
    assert units["35"] == "percent"
    wind = _by_answer(facts, "60")[0]
    assert "How many miles? " not in wind.prompt, wind.prompt
