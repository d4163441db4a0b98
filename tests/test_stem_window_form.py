"""The form of preprocessed word windows (round 16p, issue 15): a blind reviewer marked 47 of
131 preprocessed drafts for a cue ("Who?", "In which year?") glued before a keyword window.
The cue goes where the window already says the answer's kind (a title before the person, a
unit after the count, "in" before a year); it stays where it is the only hint. And a count
of a stem whose usual word is an adjective counts the noun: "13-digit" is 13 digits, never
"digitals"."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.extract.wording import counted_noun, without_window_lead_in
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize


def test_a_title_before_the_blank_says_who() -> None:
    window = "Who? Ships commanded captain _____ experienced surveyors Thomson."
    assert without_window_lead_in(window, "name", "person", None) \
        == "Ships commanded captain _____ experienced surveyors Thomson."
    kin = "Who? Watch telescope wife _____ became linked project."
    assert not without_window_lead_in(kin, "name", "person", None).startswith("Who?")


def test_the_cue_stays_where_it_is_the_only_hint() -> None:
    window = "Who? Far greater depth _____ Thomson professor natural."
    assert without_window_lead_in(window, "name", "person", None) == window
    year = "In which year? Lambeth waterworks company moved intake upstream _____ death rates."
    assert without_window_lead_in(year, "date", "year", None) == year


def test_a_unit_or_a_preposition_beside_the_blank_says_the_kind() -> None:
    count = "How many stations? Hawaii returned round cape horn _____ stations crew measures."
    assert without_window_lead_in(count, "number", "station count", "stations") \
        == "Hawaii returned round cape horn _____ stations crew measures."
    year = "In which year? Overall survey ocean shore completed in _____ stone tablets set."
    assert without_window_lead_in(year, "date", "year", None) \
        == "Overall survey ocean shore completed in _____ stone tablets set."


def test_a_count_of_an_adjective_stem_counts_the_noun() -> None:
    assert counted_noun("digital", "digit") == "digit"
    assert counted_noun("national", "nation") == "national"  # "nationals" is English
    assert counted_noun("chemical", "chemic") == "chemical"  # no word "chemic"
    raw = ("Barcodes\n\nIn 1977 European manufacturers founded the European Article Numbering "
           "Association, which managed a 13-digit version of the code.")
    text = preprocess(raw)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    units = {str(f.answer): f.unit for f in extract_candidates(reading)}
    assert units.get("13") == "digits"
