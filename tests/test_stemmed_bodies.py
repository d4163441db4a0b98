"""Organisations and places of common words in preprocessed text (issue 15, ninth round,
organisations and places): a surname or town before the head of a body, a compass word
before a water or a "northern" opener, a body's head in the singular, and the phrases of
ordinary words that must stay no names. A text written for these tests, preprocessed here."""

from __future__ import annotations

import pytest

from edu.extract import extract_candidates
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

FERRY = """The Ferry Crossing

In 1851 the Severn Tunnel Company was formed to raise money, and the Northern Ferry Board
asked the engineer Anna Kessler to survey the crossing. Ships had crossed the busy East River
and the cold North Sea for centuries. Kessler had studied at Rhodes University before she
came back. Professor Ernst Kessler taught at the university in Leeds.
The railway company opened the main street station, and the research team built a space
station model for the board. The new company sold the old railway to a bigger company.
"""


@pytest.fixture(scope="module")
def drafts() -> dict[str, tuple[str, float]]:
    text = preprocess(FERRY)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    out: dict[str, tuple[str, float]] = {}
    for f in extract_candidates(reading, ["name"]):
        out.setdefault(f.answer, (f.category or "", f.score))
    return out


def test_a_surname_or_town_opens_a_body_named_after_it(drafts) -> None:
    # "severn", "rhode": surnames no everyday word spells; the company is one, not "Companies"
    assert drafts["Severn Tunnel Company"][0] == "company"
    assert drafts["Rhodes University"][0] == "university"
    # the name's true start ranks above the guesses that run past it
    assert drafts["Rhodes University"][1] > drafts["Studies Rhodes University"][1]


def test_a_compass_word_names_waters_and_opens_short_names(drafts) -> None:
    assert drafts["East River"][0] == "place"
    assert drafts["North Sea"][0] == "place"
    board = next(a for a in drafts if a.startswith("Northern") and a.endswith("Board"))
    assert drafts[board][0] == "organisation"  # "Northern Ferry Board" (as restored)


def test_ordinary_phrases_stay_no_names(drafts) -> None:
    # a person's surname before the place they worked opens no body
    assert not any(a.startswith("Ernst Kessler") and a != "Ernst Kessler" for a in drafts)
    # bodies and places said with everyday words only rank as terms at most (below 1.0)
    for words in ("railway", "main street", "space station", "research team", "board",
                  "bigger", "new companies", "old railway"):
        for answer, (_, score) in drafts.items():
            if answer.lower().startswith(words):
                assert score < 1.0, answer


LINES = """The Two Lines

The Union Western Railroad built north from Dover while the Central Western Railroad built
south. Union Western crews laid more track in summer, but Union Western money ran out in
winter. The union of the two lines came in 1880, and the union leaders were paid.
"""


def test_a_run_said_again_and_again_opens_a_body(drafts) -> None:
    text = preprocess(LINES)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    found = {f.answer: f for f in extract_candidates(reading, ["name"])}
    # "union western" three times: a name, though "union" is itself a head; it starts there
    assert found["Union Western Railroad"].category == "organisation"
    assert found["Central Western Railroad"].category == "organisation"
    assert not any(a.endswith("Union Western Railroad") and a != "Union Western Railroad"
                   for a in found)
    assert not any(a.lower().startswith("union leader") and found[a].score >= 1.0
                   for a in found)
