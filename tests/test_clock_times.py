"""Issue 15 (loose ends): a time of day is drafted and graded as written ("11 am", not
"11"), and a typed "11", "11am" or "11 a.m." is right while "11 pm" is not."""

from __future__ import annotations

import pytest

from edu.extract import extract_candidates
from edu.grading.grade import Expected, grade_number
from edu.grading.verdict import Grade
from edu.text.reading import read_document

ARMISTICE = """\
The Armistice of 1918

The armistice between the Allies and Germany was signed in a railway carriage in the Forest
of Compiègne on 11 November 1918. The ceasefire came into effect at 11 am Paris time, on the
eleventh hour of the eleventh day of the eleventh month. The last British soldier to die in
the war, George Ellison, was killed at 9:30 a.m. near Mons. Church bells rang across Britain
that afternoon, and crowds gathered outside Buckingham Palace by 3 pm.
"""


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    path = tmp_path / "armistice.txt"
    path.write_text(ARMISTICE, encoding="utf-8")
    return {f.answer: f for f in extract_candidates(read_document(path))}


def test_a_clock_time_is_drafted_with_its_mark(drafts):
    ceasefire = drafts["11 am"]
    assert "_____ Paris time" in ceasefire.prompt  # the mark is the answer's, not the prompt's
    assert drafts["3 pm"].unit == "pm" and "pm" not in drafts["3 pm"].prompt.replace("?", "")
    assert "11" not in drafts and "3" not in drafts


def test_a_m_ends_no_sentence_before_a_small_letter(drafts):
    ellison = drafts["9:30 a.m."]
    assert ellison.prompt.startswith("At what time") and "near Mons" in ellison.prompt


@pytest.mark.parametrize("typed, right", [
    ("11", True), ("11am", True), ("11 a.m.", True), ("11 AM", True),
    ("11 pm", False), ("12 am", False), ("11:30", False)])
def test_a_clock_answer_accepts_the_ways_of_writing_it(typed, right):
    assert (grade_number(Expected("11 am", unit="am"), typed).status == Grade.CORRECT) is right


def test_minutes_count_in_a_clock_answer():
    assert grade_number(Expected("9:30 a.m.", unit="am"), "9.30am").status == Grade.CORRECT
    assert grade_number(Expected("9:30 a.m.", unit="am"), "9:45").status == Grade.WRONG
