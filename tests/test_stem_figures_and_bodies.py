"""Figures and names of preprocessed text that the recipe changed (round 17n): a share whose
point was deleted ("9999 per cent" was 99.99), a decimal below one ("04" was 0.4), a time of
day ("325 pm" was 3:25 pm), a date glued to the count after it ("15 januari 150 passeng"), a
flight's number that is no year; and bodies and places named by a kind word ("LaGuardia
Airport", "Republic of Buryatia", "Dauphin County", "New York Police Department"). Texts
written for this test, preprocessed here."""

from __future__ import annotations

from edu.deck.model import Fact
from edu.extract import extract_candidates
from edu.extract.figures import answer_of, readings
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

FERRY = """The Harbour Ferry

The ferry Northern Star left Laguardia Airport pier at 3.25 p.m. on Thursday, 15 January 150
passengers aboard, as Flight 1549 of the Harbour Line circled overhead in 2009. Its owners
said the engines ran at an efficiency of 99.99 per cent, and the hull flexed by about 0.4 of
a millimetre. The New York Police Department and officers of Dauphin County met the ship.
The company had been founded in the Republic of Buryatia by the Italian Line in 1998.
"""


def _drafts(text: str) -> list[Fact]:
    pre = preprocess(text)
    return extract_candidates(reading_of(Document(path="mem.txt", text=pre,
                                                  tokens=tokenize(pre))))


def test_readings_of_digits_whose_point_was_deleted() -> None:
    assert readings("9999", limit=100, whole=False, share=True) == ["99.99"]
    assert readings("532", limit=100, whole=False, share=True) == ["53.2", "5.32"]
    assert readings("64") == ["64", "6.4"]
    assert readings("04", whole=False) == ["0.4"]
    assert readings("1000", limit=100, whole=False, share=True) == []  # a whole rise
    assert answer_of(["64", "6.4"], scale="million") == "64 or 6.4 million"


def test_figures_are_the_figures_the_text_wrote() -> None:
    every = _drafts(FERRY)
    by_stems = {f.answer_stems: f for f in every if f.kind == "number"}
    assert by_stems["9999"].answer == "99.99"  # never "9,999" per cent
    assert by_stems["04"].answer == "0.4"
    assert by_stems["325"].answer == "3:25 pm"
    assert "pm" not in by_stems["325"].prompt.split()
    assert not any(f.answer == "15 January 150" for f in every)
    assert any(f.answer == "15 January" for f in every if f.kind == "date")
    assert "150" in by_stems  # the passengers are counted
    years = {f.answer for f in every if f.kind == "date"}
    assert "1549" not in years and "2009" in years  # a flight's number, no year


def test_bodies_and_places_named_by_a_kind_word() -> None:
    names = {f.answer for f in _drafts(FERRY) if f.kind == "name"}
    assert {"Laguardia Airport", "New York Police Department", "Dauphin County",
            "Republic of Buryatia", "Italian Line"} <= names


def test_a_species_epithet_is_no_name_of_its_own() -> None:
    names = {f.answer_stems for f in _drafts(
        "The Lake\n\nTiny crustaceans, especially the endemic Epischura baikalensis, filter "
        "the water of the lake and keep it clear for the seals.\n") if f.kind == "name"}
    assert "baikalensi" not in names


def test_a_body_named_for_its_field_is_one_name() -> None:
    names = {f.answer for f in _drafts(
        "The Grant\n\nIn 1986 the United States Department of Energy funded the work, and "
        "Keeling moved to the California Institute of Technology. He published in the "
        "American Journal of Science, while British school children wrote to him.\n")
        if f.kind == "name"}
    assert {"United States Department of Energy", "California Institute of Technology",
            "American Journal of Science"} <= names
    assert "United States Department" not in names
    assert not any("Children" in n for n in names)


def test_a_figure_of_several_readings_makes_no_item() -> None:
    from edu.deck.model import FactKind
    from edu.items.common import several_readings
    from edu.text.source import Span

    def fact(answer: str) -> Fact:
        return Fact(id="f", kind=FactKind.NUMBER, prompt="The bridge cost _____ dollars.",
                    answer=answer, source=Span(0, 1))

    assert several_readings(fact("64 or 6.4 million"))
    assert several_readings(fact("minus 89.2 or minus 8.92"))
    assert several_readings(fact("99.99")) is None and several_readings(fact("1,549")) is None
