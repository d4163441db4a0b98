"""Long raw drafts become short fronted questions (issue 15, round 20q): a question tacked
onto the end of a long sentence is asked over the clause that holds its answer, a long
fill-in becomes such a question or is cut to that clause, and questions that split a noun
phrase around the question word are read as broken. Invented sentences, one shape each."""

from __future__ import annotations

import pytest

from edu.extract.fronted import fronted_question, needs_fronting, shortened
from edu.extract.question_form import broken
from edu.extract.wording import BLANK


@pytest.mark.parametrize(("prompt", "answer", "kind", "category", "wanted"), [
    # a coordinated verb phrase: the shared subject and its own conjunct, the apposition and
    # the other conjunct gone
    ("Maria Lopez studied physics at Riverside College, the oldest college of the region, "
     "and graduated in which year?", "1931", "date", "",
     "In which year did Maria Lopez graduate?"),
    # a passive: the auxiliary inverted, the subject's article in lower case
    ("The Harbour Bridge was opened to traffic in which year?", "1932", "date", "",
     "In which year was the Harbour Bridge opened to traffic?"),
    # a place the parse hangs on the verb's object: where the job was taken
    ("Anna Berg hoped to become a doctor and took a job at the company's laboratory in "
     "which place?", "Leeds", "name", "place",
     "Where did Anna Berg take a job at the company's laboratory?"),
    # the answer's own time phrase fronted whole
    ("The great drought of Castile came in the dry summer of which year?", "1817", "date", "",
     "In the dry summer of which year did the great drought of Castile come?"),
    # a long fill-in: the participle aside and the object's relative clause go
    (f"In {BLANK} the Northern Railway, facing a shortage of coal, asked its engineers to "
     "design a lighter locomotive that could climb the steep valley line without help.",
     "1901", "date", "",
     "In which year did the Northern Railway ask its engineers to design a lighter "
     "locomotive?"),
    # a count tacked on the end, its qualifier kept
    ("The Royal Observatory of Vienna employed about how many astronomers?", "40", "number",
     "", "About how many astronomers did the Royal Observatory of Vienna employ?"),
])
def test_long_drafts_become_fronted_questions(prompt: str, answer: str, kind: str,
                                              category: str, wanted: str) -> None:
    assert needs_fronting(prompt)
    assert shortened(prompt, answer, kind, category, "") == wanted


@pytest.mark.parametrize(("prompt", "answer", "kind", "category"), [
    # negated: the question would ask when something did not happen
    ("Peter Smith did not reach the harbour at Valletta until which date?", "16 February 1939",
     "date", "date"),
    # the date hangs on a noun: fronting it would ask the year of working, not of retiring
    ("Helen Kwan worked at Marconi until her retirement in which year?", "1986", "date", ""),
    # a copula's noun carries the phrase ("a volcano in which range")
    ("Mount Tara is a volcano in which range?", "Cascade Range", "name", "place"),
    # a modal: what might have happened
    ("The Kiel Canal could have opened in which year?", "1890", "date", ""),
    # the count is inside another noun's phrase ("a career of 40 years")
    ("Kate Lund worked at Philips after a career of about how many years?", "40", "number", ""),
])
def test_shapes_that_stay(prompt: str, answer: str, kind: str, category: str) -> None:
    assert fronted_question(prompt, answer, kind, category) is None


def test_long_fill_in_without_a_question_is_cut_to_its_clause() -> None:
    prompt = (f"Tomas Berg's father died when he was {BLANK}, and he later said that he owed "
              "his love of machines to the long evenings in the workshop.")
    assert shortened(prompt, "twelve", "number", "", "") \
        == f"Tomas Berg's father died when he was {BLANK}."


def test_short_fronted_drafts_are_left_alone() -> None:
    question = "In which year did the Harbour Bridge open?"
    assert not needs_fronting(question)
    assert shortened(question, "1932", "date", "", "") == question


@pytest.mark.parametrize("question", [
    "After a career of how many years at the company did Helen Kwan work at Marconi?",
    "How many miles from Denver does the longest route, Route 66, run to Chicago?",
])
def test_noun_phrase_split_around_the_question_word_is_broken(question: str) -> None:
    assert broken(question)


@pytest.mark.parametrize("question", [
    "After how many days at sea did the ship arrive?",
    "About how many tonnes of rock were removed?",
    "How many miles did Route 66 run?",
])
def test_whole_phrases_are_not_broken(question: str) -> None:
    assert not broken(question)


@pytest.mark.parametrize(("prompt", "answer", "kind"), [
    # a fragment asked in place: "agreed" is a participle, not the amendments' own act
    ("Later amendments, agreed in Geneva in which year?", "1992", "date"),
    # the cut would drop the condition its clause depends on
    (f"If the pumps were to fail, the rock would keep the vaults below freezing, at around "
     f"minus {BLANK} degrees Celsius, for many weeks.", "four", "number"),
    # the pronoun's person is named only in the part a question or a cut would drop
    (f"In {BLANK}, while Roebling was surveying the site for the new tower, his foot was "
     "crushed by a ferry boat arriving at the pier.", "June 1869", "date"),
])
def test_drafts_a_short_form_would_change_stay(prompt: str, answer: str, kind: str) -> None:
    assert shortened(prompt, answer, kind, "", "") == prompt
