"""Figure questions from stems, twelfth round of issue 15: a count of people that "lost their
lives" or "worked on" a thing the text has named, a fire that "burned" for a time, and time
"spent" doing something ("navi diver spent two year dig six tunnel"). Word windows before;
each shape has a case it must not fire on. A text written for this test, preprocessed
here."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

VALLEY = """The Valley Railway

The railway through the valley took eleven years to build. Around 900 workers worked on the
railway at its peak, and 14 workers lost their lives in accidents. In 1911 a fire broke out
in the station; the fire burned for three days. The divers found the wreck of the ferry in
1956. Navy divers spent two years digging six tunnels under the wreck. Orville Wright spent
three seasons testing gliders on the dunes. The first season spent 80 hours on the rock.
About 300 people lived in the valley.
"""


def _asked() -> dict[tuple[str, str], str]:
    text = preprocess(VALLEY)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    return {(f.answer, f.unit or ""): f.prompt for f in extract_candidates(reading)
            if f.kind == "number"}


def test_people_who_lost_their_lives_or_worked_on_a_named_thing() -> None:
    asked = _asked()
    assert asked["14", "workers"] == "How many workers lost their lives?"
    assert asked["900", "workers"] == "About how many workers worked on the railway?"


def test_a_fire_that_burned_for_days() -> None:
    assert _asked()["three", "days"] == "How many days did the fire burn?"


def test_time_spent_doing_something() -> None:
    asked = _asked()
    assert asked["two", "years"] == "How many years did the divers spend digging tunnels?"
    assert asked["three", "seasons"] \
        == "How many seasons did Orville Wright spend testing gliders?"
    assert "spend" not in asked["80", "hours"]  # "the first season spent 80 hours": no one
