"""Names in preprocessed text that set 10's blind lists missed (issue 15, twelfth round),
each by a general reason: a given name the lists lacked (Henrik, Hein), a middle name that
is a common word after an "-ist" occupation ("geophysicist harri field reid"), a hyphenated
given name glued when the hyphen was deleted ("marieann"), a house named by a rare word (no
surname of the lord before it), a fault named with a saint's prefix, and a company by its
legal form. A text written for this test, preprocessed here."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

ESTATE = """The Orrin Estate

The manor was planned by the Danish builder Henrik Moltrup, and after his death the work
was finished by Hein Vandersloot in 1702. The geophysicist Harry Fielding Corrow surveyed
the ground, which lies beside the San Lucas Fault. His wife Marie-Anne Pellot Corrow drew
the maps. In 1710 she was a guest of Lord Dunmorey at Kellwick House in Somerset. The
drilling was done by Ostermann Tiefbau AG of Zurich, which sank 14 wells. The stone came by
boat from the island of Kastami.
"""


def _answers() -> set[str]:
    text = preprocess(ESTATE)
    assert "marieann" in text and "harri field" in text
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    return {f.answer for f in extract_candidates(reading) if f.kind == "name"}


def test_given_names_of_other_languages_start_a_person() -> None:
    answers = _answers()
    assert "Henrik Moltrup" in answers
    assert any(a.startswith("Hein Vandersloot") for a in answers)


def test_a_common_word_between_a_cued_given_name_and_a_surname_is_a_middle_name() -> None:
    assert "Harry Field Corrow" in _answers()  # "Fielding" cut to "field" by the stemmer


def test_a_glued_hyphenated_given_name_starts_a_person() -> None:
    assert "Marie-Ann Pellot Corrow" in _answers()  # the hyphen back; "Anne" is lost


def test_a_foreign_name_keeps_its_final_i() -> None:
    # Porter turns a final "y" into "i"; a word no English word map holds has none to undo
    answers = _answers()
    assert "Kastami" in answers and "Kastamy" not in answers


def test_houses_faults_and_companies_are_named() -> None:
    answers = _answers()
    assert "Kellwick House" in answers
    assert not any("Dunmorey Kellwick" in a for a in answers)  # the lord is no "Kellwick"
    assert "San Lucas Fault" in answers
    assert "Ostermann Tiefbau AG" in answers
