"""Raw English questions the blind set 16 review found broken (issue 15, question words):
each is mended or goes back to its fill-in. Questions and sentences from tests/data/blind
set 16 (tuned on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.extract import extract_candidates
from edu.extract.question_form import asked_right
from edu.extract.wording import BLANK
from edu.text.reading import read_document

BLIND = Path(__file__).parent / "data" / "blind"


@pytest.mark.parametrize("question, answer, category, expected", [
    ("Which organisation did 1977 European manufacturers and retailers found in?",
     "European Article Numbering Association", "organisation",
     "Which organisation did European manufacturers and retailers found in 1977?"),
    ("What helped to revive it by publishing a French translation in 1808?", "Corvisart",
     "person", "Who helped to revive it by publishing a French translation in 1808?"),
    ("Whom did the American Astronomical Society award her in 1976?",
     "Henry Norris Russell Lectureship", "name",
     "What did the American Astronomical Society award her in 1976?"),
    ("Which enthusiastic champion was of percussion?", "Corvisart", "person",
     "Who was an enthusiastic champion of percussion?"),
    ("In which month and year was the Vienna Convention for the Protection of the Ozone Layer "
     "already agreed?", "March 1985", "date",
     "In which month and year was the Vienna Convention for the Protection of the Ozone Layer "
     "agreed?"),
])
def test_a_question_word_is_mended(question, answer, category, expected):
    assert asked_right(question, answer, category, "") == expected


@pytest.mark.parametrize("question, answer, category, evidence", [
    ("What sent a delegation led by Vyacheslav Molotov?", "Soviet Union", "place", ""),
    ("Which place pressed Poland and Czechoslovakia to decline participation?", "Moscow",
     "place", ""),
    ("Which first reliable ozone did Gordon Dobson build in the 1920s?", "spectrophotometer",
     "name", "The amount of ozone in a column of air is measured in Dobson units, named after "
     "Gordon Dobson, an Oxford physicist who built the first reliable ozone spectrophotometer "
     "in the 1920s."),
    ("Laennec named the device the stethoscope, from the Greek words for \"chest\" and \"to "
     "examine\", and he called the new method of examination which mediate?", "auscultation",
     "name", "Laennec named the device the stethoscope, from the Greek words for \"chest\" and "
     "\"to examine\", and he called the new method of examination mediate auscultation, "
     "because sound was heard through an intermediary rather than directly with the ear."),
    ("Later amendments, agreed in London in which year?", "1990", "year", ""),
    ("To more than how many square kilometres larger than the area of North America did the "
     "Antarctic Ozone Hole grow?", "24", "", ""),
    ("In the stratosphere at altitudes of how many kilometres does a thin layer of ozone lie "
     "high above the Earth's surface?", "15", "", ""),
    ("What percentage between 1948 and 1952 did industrial production rise by?", "35", "", ""),
])
def test_no_safe_question_keeps_the_fill_in(question, answer, category, evidence):
    assert asked_right(question, answer, category, evidence) is None


@pytest.mark.parametrize("question, answer, category", [
    ("Which city hosted the 1948 Olympic Games?", "London", "place"),
    ("What name did he give the device?", "stethoscope", "term"),
    ("Heyerdahl named the raft Kon-Tiki after a sun god of which legend?", "Inca", "name"),
    ("Whom did Marshall meet in Paris?", "Ernest Bevin", "person"),
    ("In how many days did more than 40 thousand people visit?", "10", "number"),
    ("Which codename was the intelligence obtained from Enigma and other high-level ciphers "
     "given?", "Ultra", "name"),
])
def test_sound_questions_are_left(question, answer, category):
    evidence = "a sun god of Inca legend; given the codename Ultra"
    assert asked_right(question, answer, category, evidence) == question


def test_blind_set_16_drafts_ask_rightly(monkeypatch, tmp_path):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path))
    prompts = [f.prompt for f in extract_candidates(
        read_document(BLIND / "barcode_upc.txt"))[:20]]
    assert not any("did 1977" in p for p in prompts)
    laennec = [f for f in extract_candidates(
        read_document(BLIND / "laennec_stethoscope.txt"))[:20]]
    assert not any(p.prompt.startswith("Which enthusiastic champion") for p in laennec)
    assert not any(p.prompt.endswith("which mediate?") for p in laennec)
    assert all(BLANK in f.prompt or not f.prompt.startswith("What ")
               or f.category != "person" for f in laennec)
