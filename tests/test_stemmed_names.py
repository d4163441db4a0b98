"""People and places in preprocessed text (lower-cased, stop words gone, stemmed): found by
name knowledge (edu/text/names.py) and cues, not capitals. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.cli import main
from edu.deck.check import load_deck
from edu.extract import extract_candidates
from edu.extract.candidates import STEMMED_QUESTION
from edu.text.names import given_names, states, surnames, towns
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

MILL = """The Cotton Mill at Dayton

In 1898 the engineer Harold Young designed a new cotton mill near Dayton, Ohio. The work
was led by Philip Marsh, who had trained at the University of Leeds. Young hired about 240
workers in the first year. The mill drew its water from the shores of Lake Titicaca. King
George III never saw it. The contractor J. Lloyd Pemberton built the dam in 1901, and the
mill was sold to a firm in London in 1923. Its gate was drawn by Nathan Roberts and
painted by Sarah Nelms. Its cloth was shipped from Trinity Bay.
"""

PROBE = """The probe Rosetta reached the comet in 2014. Rosetta flew past Mars once, and
Rosetta carried a lander. Will Best reports were written. Mark Hunting season opened."""


def _names(raw: str) -> dict[str, str]:
    text = preprocess(raw)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    return {f.answer: f.category or "" for f in extract_candidates(reading, ["name"])}


@pytest.fixture(scope="module")
def mill() -> dict[str, str]:
    return _names(MILL)


def test_people_with_common_word_surnames(mill) -> None:
    # "harold young": a census surname that is no verb; "led philip marsh": a naming verb
    assert mill["Harold Young"] == "person"
    assert mill["Philip Marsh"] == "person"
    assert mill["George III"] == "person"  # a regnal number after "king"
    assert mill["J. Lloyd Pemberton"] == "person"  # an initial before the given name
    # stemming cut the "s": a given name as a surname is the "-s" name, and a name English
    # never writes is spelled as the census spells it
    assert mill["Nathan Roberts"] == "person" and mill["Sarah Nelms"] == "person"


def test_towns_states_and_named_places(mill) -> None:
    assert mill["Dayton, Ohio"] == "place"  # the comma was deleted: one answer
    assert mill["London"] == "place"
    assert mill["University of Leeds"] == "university"  # "of" was deleted
    assert mill["Lake Titicaca"] == "lake"
    assert mill["Trinity Bay"] == "place"  # a given name before "bay" names no person


def test_no_people_or_towns_from_words_that_only_look_like_names() -> None:
    found = _names(PROBE)
    # Rosetta is a given name and a town, but here the probe: a kind noun says so, and the
    # document says the word alone; "will", "mark" are no given names
    assert found.get("Rosetta") != "place"
    assert not any(category == "person" for category in found.values()), found


def test_name_knowledge_is_stems() -> None:
    assert {"charl", "graham", "dewitt"} <= given_names()
    assert not {"will", "mark", "grace", "maryland"} & given_names()
    assert surnames()["smith"] == 1 and "best" in surnames()
    assert towns()[("rome",)][0] == "Rome" and ("read",) not in towns()  # Reading: a word
    assert states()[("new", "york")] == "New York" and ("main",) not in states()  # Maine


def test_preprocess_then_extract_from_the_cli(tmp_path: Path, capsys) -> None:
    raw = tmp_path / "mill.txt"
    raw.write_text(MILL, "utf-8")
    stemmed = tmp_path / "mill.pp.txt"
    out = tmp_path / "draft.yaml"
    assert main(["preprocess", str(raw), "-o", str(stemmed)]) == 0
    assert main(["extract", str(stemmed), "-o", str(out)]) == 0
    answers = {f.answer for f in load_deck(out).facts}
    assert {"Harold Young", "Dayton, Ohio", "University of Leeds"} <= answers
    assert main(["check", str(out)]) == 0  # every answer is proved by its span


BRIDGE = """The Harbour Bridge

Engineers built 14 piers across the bay. The bridge officially opened on 19 March 1932,
after years of delay. Eighteen ferries carried the workers. The survey was led by Helen
Carter. Thomas Whitfield was born on 3 May 1880 in a small village. Whitfield died on
9 June 1941. Later Pierre died on 2 April 1950. Helen Carter received the letter on
4 July 1890. The plans were drawn by the Scottish surveyor Douglas Reid. Edgar Bell, a
Welsh-born geologist, studied the rock. Emma Hart led the trial, announced in 1899.
"""


def _prompts(raw: str) -> dict[str, str]:
    """Answer -> its best-ranked draft's prompt."""
    text = preprocess(raw)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    out: dict[str, str] = {}
    for f in extract_candidates(reading):
        out.setdefault(f.answer, f.prompt)
    return out


def test_direct_questions_from_stems() -> None:
    prompts = _prompts(BRIDGE)
    assert prompts["14"] == "How many piers did the engineers build?"
    assert prompts["eighteen"] == "How many ferries carried the workers?"  # not "ferris"
    assert prompts["19 March 1932"] == "On which date did the bridge officially open?"
    assert prompts["Helen Carter"] == "Who led the survey?"  # "by" was deleted
    assert prompts["Douglas Reid"] == "Who was the Scottish surveyor?"  # said once
    assert prompts["Edgar Bell"] == "Who was the Welsh-born geologist?"  # after the name
    assert prompts["Emma Hart"] == "Who led the trial?"  # a past verb ends the object
    # the object as the Reading restores it ("letter" or "letters": restoration's guess)
    assert prompts["4 July 1890"].startswith("On which date did Helen Carter receive the letter")
    assert prompts["3 May 1880"] == "On which date was Thomas Whitfield born?"
    # the surname alone ("whitfield die") is the person named in full before
    assert prompts["9 June 1941"] == "On which date did Thomas Whitfield die?"
    # "pierr die": a given name the names found no person for asks no question about
    # Thomas Whitfield, who is nearer in the text than any other person
    assert "Whitfield" not in prompts["2 April 1950"]


def test_a_first_asks_who() -> None:
    prompts = _prompts("The Medal\n\nIn 1950 Mary Ellis became the first woman to win the "
                       "medal. She later taught.")
    assert prompts["Mary Ellis"] == "Who became the first woman to win the medal?"


def test_questions_rank_above_word_windows_and_windows_show_names() -> None:
    text = preprocess(BRIDGE)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    facts = extract_candidates(reading)
    cloze = [f for f in facts if "_____" in f.prompt]
    assert cloze and all("Whitfield" in f.prompt for f in cloze if "whitfield" in
                         f.prompt.lower())  # a person's name reads as a name
    by_answer = {f.answer: f for f in facts}
    # two full dates of the same features: the one asked as a question ranks higher
    asked, cloze_date = by_answer["19 March 1932"], by_answer["2 April 1950"]
    assert "_____" in cloze_date.prompt and "_____" not in asked.prompt
    assert asked.score == pytest.approx((cloze_date.score or 0) + STEMMED_QUESTION)


@pytest.mark.parametrize("raw", [
    "The tower is tall and was built from 2,500 blocks of granite.",  # "tall" is no subject
    "The supply of penicillin ran out after five days.",  # a duration: "ran out"
    "The company was founded in December 1858.",  # "found": find or found?
    "The comet was found by Harold Young. Harold Young found Halley's comet in 1910.",
    "Engineers built a double flight of five locks to lift boats.",  # five of the locks
    "The new cable failed after three weeks.",  # a duration: "after" was deleted
    # two people named Roebling: whose death this is, the stems do not say
    "John Roebling drew it. His son Washington Roebling built it. Roebling died on 3 May 1900.",
    "Pierre Curie's wife lived on. Pierre died in April 1906.",  # "pierr" is no person found
    # "with" was deleted: Edison is nearer to "died", but Dally died (and "of" was deleted:
    # no "Who died the cancer?")
    "Clarence Dally, a glassblower who worked with Thomas Edison, died of cancer in 1904.",
])
def test_no_question_where_the_stems_are_unclear(raw: str) -> None:
    prompts = _prompts(raw)
    assert all("_____" in p or not p.startswith(("How many", "On which", "In which", "Who "))
               for p in prompts.values()), prompts
