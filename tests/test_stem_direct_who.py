"""Direct questions for people in preprocessed text where the stems hold the verb and what
it acted on (issue 15, twelfth round): "project form led mike edmund toni freeth" was the
word window "Who? Projects form led _____ tony Freeth cardiff." and is "Who led the research
project with Tony Freeth?"; an occupation between the verb and the person asks by it. A
text written for this test, preprocessed here."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

MOORLAND = """The Moorland Survey

In 1998 the Moorland Research Project was formed, led by Helen Marsh and Tony Quillan of
Dundee University. The expedition was led by the geologist Andrew Farley. In 1902 the bridge was
designed by Arthur Fenwick. The first voyage to the reef was led by Captain James
Rowe in 1871. The museum was founded by Margaret Ingle in 1923, and 40 volunteers worked
there.
"""


def _asked() -> dict[str, str]:
    text = preprocess(MOORLAND)
    assert "project form led helen marsh toni quillan" in text
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    return {f.answer: f.prompt for f in extract_candidates(reading) if f.kind == "name"}


def test_a_project_formed_and_led_by_two_people_asks_who_led_it_with_the_other() -> None:
    asked = _asked()
    # the participle "formed" is skipped to the thing; "research project" as the books pair
    # it; Tony Quillan led it too, so the question names him (the names stage found only the
    # first person: "Tony" is a given name it takes after a cue)
    assert asked["Helen Marsh"] == "Who led the research project with Tony Quillan?"


def test_an_occupation_between_the_verb_and_the_person_asks_by_it() -> None:
    assert _asked()["Andrew Farley"] == "Which geologist led the expedition?"


def test_a_place_before_led_is_no_undertaking() -> None:
    # "first voyag reef led captain jame row": the voyage to the reef was led, not the reef
    asked = _asked()
    person = next(a for a in asked if a.startswith("James"))
    assert "the reef" not in asked[person] and "_____" in asked[person]
    assert asked["Arthur Fenwick"] == "Who designed the bridge?"  # "design" is no title here


HARBOUR = """The Old Harbour

The wreck was found in 1971. Later the trust had a president, archaeologist Edith Marlow,
who became director of the dig. Captain James Rowe carried out the second voyage to the
harbour in 1772. The historian Li Wenbo, writing a century later, described the harbour and
its trade.
"""


def test_no_question_where_the_stems_hold_no_object_or_no_role() -> None:
    text = preprocess(HARBOUR)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    prompts = [f.prompt for f in extract_candidates(reading) if f.kind == "name"]
    assert prompts  # the people are drafted
    # "carri second voyag": carried out; "write centuri later": a century later, no object;
    # "presid archaeologist": a title is no adjective of the occupation
    assert not [p for p in prompts if p in ("Who carried the second voyage?",
                                            "Who wrote the century?",
                                            "Who was the president archaeologist?")]
