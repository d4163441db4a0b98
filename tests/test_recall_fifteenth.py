"""Issue 15, fifteenth round (recall and answers): money after a currency code or a country's
dollar sign, signed temperatures, and a figure's sign when graded. The sentences are of the
blind set 14's kind (svalbard_seed_vault.txt), written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.deck.model import Fact
from edu.extract import extract_candidates
from edu.grading.grade import Expected, grade_number
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
    assert grade_number(Expected("minus 18", unit="degrees Celsius"), typed).status is Grade.CORRECT


def test_a_signed_answer_refuses_the_unsigned_figure():
    assert grade_number(Expected("minus 18", unit="degrees Celsius"), "18").status is Grade.WRONG


def _preprocessed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[Fact]:
    from edu.text.preprocess import preprocess
    return _drafts(tmp_path, monkeypatch, preprocess(text) + "\n")


def test_a_name_after_a_role_noun_is_a_person(tmp_path, monkeypatch):
    # the small model reads "Germain Pirloit" as a place; the role before it says who
    facts = _drafts(tmp_path, monkeypatch,
                    "The Belgian teacher Germain Pirloit is credited with suggesting the name "
                    "in a letter to the Commission.\n")
    assert next(f for f in facts if f.answer == "Germain Pirloit").category == "person"


def test_a_name_apposed_to_a_role_is_a_person(tmp_path, monkeypatch):
    facts = _drafts(tmp_path, monkeypatch,
                    "A tractor train led by the expedition's leader, Alexei Treshnikov, hauled "
                    "the huts across the plateau.\n")
    assert next(f for f in facts if f.answer == "Alexei Treshnikov").category == "person"


def test_a_place_introduced_by_its_kind_ranks_above_a_place_in_passing(tmp_path, monkeypatch):
    def score(where: str) -> float:
        facts = _drafts(tmp_path, monkeypatch,
                        f"The trapped men were about 45 kilometres north of {where}, in the "
                        "desert, when the drill reached them.\n")
        return next(f.score or 0.0 for f in facts if f.answer == "Copiapó")
    assert score("the city of Copiapó") > score("Copiapó")


def test_a_genus_ranks_as_a_name_read_in_context(tmp_path, monkeypatch):
    facts = _drafts(tmp_path, monkeypatch,
                    "The skull went to the British Museum, where it was given the name "
                    "Ichthyosaurus, meaning fish lizard.\n")
    genus = next(f for f in facts if f.answer == "Ichthyosaurus")
    museum = next(f for f in facts if f.answer == "British Museum")
    assert (genus.score or 0) > (museum.score or 0)


def test_a_genus_in_stems_is_a_name(tmp_path, monkeypatch):
    facts = _preprocessed(tmp_path, monkeypatch,
                          "The largest predator of the Cambrian seas, Anomalocaris, reached a "
                          "length of about 60 centimetres.\n")
    genus = [f for f in facts if f.answer_stems == "anomalocari"]
    assert genus and (genus[0].score or 0) >= 3.0


def test_stems_below_absolute_zero_lost_a_point(tmp_path, monkeypatch):
    facts = _preprocessed(tmp_path, monkeypatch,
                          "On 21 July 1983 the thermometers recorded minus 89.2 degrees Celsius, "
                          "the lowest air temperature ever measured.\n")
    cold = next(f for f in facts if f.kind == "number" and "892" in (f.answer_stems or ""))
    # below absolute zero as it stands: both places of the point are shown, never 892
    assert cold.answer == "minus 89.2 or minus 8.92"
    assert cold.note and "89.2" in cold.note


def test_a_share_above_the_whole_lost_a_point(tmp_path, monkeypatch):
    facts = _preprocessed(tmp_path, monkeypatch,
                          "In a referendum on 28 September 2000 Danish voters rejected the euro "
                          "by 53.2 per cent.\n")
    share = next(f for f in facts if f.answer_stems == "532")
    assert share.answer == "53.2 or 5.32"  # never the share 532 the text did not write
    assert share.note and "53.2" in share.note


def test_no_counted_noun_from_an_adverb(tmp_path, monkeypatch):
    facts = _preprocessed(tmp_path, monkeypatch,
                          "The specimen was bought by the lord of the manor for about £23, and it "
                          "eventually passed to the British Museum.\n")
    price = next(f for f in facts if f.answer == "23")
    assert not price.unit


def test_a_sovereign_before_a_feature_of_the_land_names_a_place(tmp_path, monkeypatch):
    facts = _preprocessed(tmp_path, monkeypatch,
                          "In May 1859 his men found a message left in a stone cairn at Victory "
                          "Point on King William Island.\n")
    answers = {f.answer: f.category for f in facts if f.kind == "name"}
    assert "King Williams" not in answers
    assert answers.get("King William Island") == "place"
