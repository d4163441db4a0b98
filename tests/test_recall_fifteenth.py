"""Issue 15, fifteenth round (recall and answers): money after a currency code or a country's
dollar sign, signed temperatures, and a figure's sign when graded. The sentences are of the
blind set 14's kind (svalbard_seed_vault.txt), written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.deck.model import Fact
from edu.extract import extract_candidates
from edu.grading.grade import grade_number
from edu.grading.verdict import Grade
from edu.text.reading import read_document


def _drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[Fact]:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    return extract_candidates(read_document(path))


def test_a_currency_code_is_the_unit_of_the_figure_after_it(tmp_path, monkeypatch):
    facts = _drafts(tmp_path, monkeypatch,
                    "The Storting paid the entire construction cost of approximately NOK 45 "
                    "million for the new archive at Bodø.\n")
    money = [f for f in facts if f.answer == "45 million"]
    assert money and money[0].kind == "number" and money[0].unit == "kroner"
    assert not [f for f in facts if f.answer.startswith("NOK")]  # no name "NOK 45"


def test_a_countrys_dollar_sign_is_read_as_a_dollar_sign(tmp_path, monkeypatch):
    facts = _drafts(tmp_path, monkeypatch,
                    "The upgrade of the harbour at Tromsø cost roughly US$13 million in all.\n")
    money = [f for f in facts if f.answer == "13 million"]
    assert money and money[0].kind == "number" and money[0].unit == "dollars"
    assert "US$_____" in money[0].prompt


def test_minus_is_part_of_a_temperature(tmp_path, monkeypatch):
    facts = _drafts(tmp_path, monkeypatch,
                    "Samples in the cellar at Ny-Ålesund are kept at minus 18 degrees Celsius, "
                    "the temperature recommended for long storage.\n")
    cold = [f for f in facts if f.kind == "number" and "18" in f.answer]
    assert cold and cold[0].answer == "minus 18"
    assert "minus" not in cold[0].prompt  # the blank holds the sign


@pytest.mark.parametrize("typed", ["-18", "minus 18", "\u221218"])
def test_a_signed_answer_takes_a_signed_reply(typed):
    assert grade_number("minus 18", typed, "degrees Celsius").status is Grade.CORRECT


def test_a_signed_answer_refuses_the_unsigned_figure():
    assert grade_number("minus 18", "18", "degrees Celsius").status is Grade.WRONG
