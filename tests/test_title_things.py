"""Every draft says what it is about (issue 15, round 21n): the thing a title names when the
first sentence does not open with it ("The Building of the ... Viaduct" over a sentence about
ferries), the nouns the text defines it by ("one of the ... schemes"), a draft naming nothing
given the subject (a part, "construction of", a lead), and one reader of who is "she"."""

from __future__ import annotations

from edu.extract.document_parse import whole_parse
from edu.extract.parses import parser
from edu.extract.pronoun_names import _read, name_sexes
from edu.extract.subject_kinds import document_subject, named_subjects, subject_of_text
from edu.items.sexes import name_sexes as item_sexes

_VIADUCT = (
    "The Building of the Kestrel Valley Viaduct\n\n"
    "For most of the century, anyone wishing to cross the Kestrel valley had to walk down "
    "to the river and up again. Proposals for a crossing were made as early as 1850, and the "
    "Kestrel Valley Viaduct Act was passed in 1899.\n\n"
    "Work began in 1901. Construction took six years, and about 9,000 tonnes of stone were "
    "used. The viaduct was opened on 4 May 1907 by the mayor. Including its approaches, the "
    "viaduct is 610 metres long, and its deck is 9 metres wide.\n")

_TOLL = (
    "The Brackley Road Toll: A Review\n\n"
    "Brackley's road toll is one of the oldest road-pricing schemes in the county. It was "
    "introduced in 1990 by the council.\n\n"
    "The scheme is run by the roads office. The toll was raised to £3 in 2004.\n")


def _said(text: str, sentence: str) -> tuple[int, str]:
    return text.index(sentence), sentence


def test_the_title_names_the_subject_when_the_first_sentence_does_not() -> None:
    viaduct = document_subject(parser(), _VIADUCT)
    assert viaduct is not None
    assert (viaduct.name, viaduct.article) == ("Kestrel Valley Viaduct", True)
    assert "viaduct" in viaduct.kinds
    at, said = _said(_VIADUCT, "The viaduct was opened on 4 May 1907 by the mayor.")
    assert named_subjects("On which date was the viaduct opened by the mayor?", _VIADUCT, at,
                          "4 May 1907", said) == \
        "On which date was the Kestrel Valley Viaduct opened by the mayor?"


def test_a_name_the_body_writes_in_lower_case_and_one_of_the_things_it_is() -> None:
    toll = subject_of_text(_TOLL)
    assert toll is not None
    assert toll.name == "Brackley road toll" and toll.article
    assert {"toll", "scheme"} <= toll.kinds  # "one of the oldest road-pricing schemes"
    at, said = _said(_TOLL, "The scheme is run by the roads office.")
    assert named_subjects("Which office runs the scheme?", _TOLL, at, "roads office",
                          said) == "Which office runs the Brackley road toll?"


def test_a_draft_naming_nothing_is_given_the_subject() -> None:
    at, said = _said(_VIADUCT, "Construction took six years, and about 9,000 tonnes of stone "
                               "were used.")
    assert named_subjects("How many years did construction take?", _VIADUCT, at, "six",
                          said) == \
        "How many years did construction of the Kestrel Valley Viaduct take?"
    assert named_subjects("About how many tonnes of stone were used?", _VIADUCT, at, "9,000",
                          said) == \
        "For the Kestrel Valley Viaduct, about how many tonnes of stone were used?"
    at, said = _said(_VIADUCT, "Including its approaches, the viaduct is 610 metres long, and "
                               "its deck is 9 metres wide.")
    assert named_subjects("How many metres wide is the deck?", _VIADUCT, at, "9", said) == \
        "How many metres wide is the Kestrel Valley Viaduct's deck?"
    # a question naming something, or speaking of another of its kind, stays
    assert named_subjects("How many metres wide is the deck of the Ravel Bridge?", _VIADUCT,
                          at, "9", said) == \
        "How many metres wide is the deck of the Ravel Bridge?"
    assert named_subjects("On which date did a second viaduct open?", _VIADUCT, at, "9",
                          said) == "On which date did a second viaduct open?"


def test_one_reader_of_she_and_he_reads_an_object_as_nobody() -> None:
    """"Babbage ... showed her ... his engine. She was fascinated.": the items' old reader
    called Babbage "she" by the next sentence's "She"; the one reader does not."""
    text = ("Ada Lovelace\n\n"
            "Ada Lovelace was born in London in 1815. She studied mathematics with tutors. "
            "In 1833 she met Charles Babbage at a party. Babbage, then 41, showed her a "
            "working part of his engine. She was fascinated.\n\n"
            "Babbage later described his Analytical Engine at a meeting in Turin. He was "
            "pleased with the account. Among those who guided her was Augustus De Morgan, "
            "who thought she had the makings of an investigator.\n")
    sexes = name_sexes(text, ["Charles Babbage", "Babbage", "Ada Lovelace",
                              "Augustus De Morgan"])
    assert sexes.get("Babbage") != "she" and sexes.get("Charles Babbage") != "she"
    assert sexes["Ada Lovelace"] == "she"
    assert "Augustus De Morgan" not in sexes  # "who thought she ...": Ada's "she"
    assert item_sexes(text, ["Babbage"]) == name_sexes(text, ["Babbage"])  # one reader


def test_one_parse_of_the_whole_document() -> None:
    assert _read(_VIADUCT).doc is whole_parse(_VIADUCT)
