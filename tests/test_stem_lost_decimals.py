"""Figures that may have lost their decimal point in preprocessed text (issue 15, eleventh
round): "6.4 million" reads "64 million" once every full stop is deleted. A figure of two or
three digits before million, billion or a metric length, or after "magnitude", is held below
the first page with a note naming what it may have been; whole figures elsewhere stay. A
text written for this test, preprocessed here."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.extract.candidates import FIRST_PAGE
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

HARBOUR = """The Harbour Bridge

The bridge cost 6.4 million dollars and opened on 3 March 1931. Its deck is 2.5 metres
thick and the main span is 2,800 feet long. Before it opened, a magnitude 4.2 earthquake
shook the town, and 600 kilometres of cable were laid. The 48 workers of the first shift
built 35 piers in 11 months, and 280 ships passed below in the first year. The builder,
Harold Mennick, was paid 90 pounds a month.
"""


def test_a_figure_that_may_have_lost_its_point_waits_below_the_page() -> None:
    text = preprocess(HARBOUR)
    assert "64 million" in text and "25 metr" in text  # the points are gone
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    facts = [f for f in extract_candidates(reading) if f.kind == "number"]
    every = extract_candidates(reading)
    held = {f.answer for f in every if f.note and "may have been" in f.note}
    # million, metres, after "magnitude": the answer names every figure it may have been
    # (round 17n), never one figure the text may not have written
    assert {"64 or 6.4 million", "25 or 2.5", "42 or 4.2"} <= held
    notes = {f.answer: f.note for f in facts}
    assert "6.4" in (notes["64 or 6.4 million"] or "")
    # whole figures stay: four digits (2,800 feet), a trailing zero (600 kilometres), counts
    # and units where decimals are rare (48 workers, 35 piers, 280 ships, 11 months, 90 pounds)
    assert not held & {"2,800", "600", "48", "35", "280", "11", "90"}
    ranks = {f.id: k for k, f in enumerate(every)}
    held_ids = {f.id for f in every if f.note and "may have been" in f.note}
    others = [f for f in every if f.id not in held_ids]
    for fact in every:
        if fact.id in held_ids:
            # below the page, and below every draft that is not held on a short text
            assert ranks[fact.id] >= min(FIRST_PAGE, len(others))
