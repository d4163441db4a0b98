"""Item wording faults a blind teacher found on set 10's items (tests/data/blind, tuned on)."""

from __future__ import annotations

import json
from pathlib import Path

from edu.cli import main
from edu.items.phrasing import fluent_statement

DATA = Path(__file__).resolve().parent / "data" / "blind"


def test_a_verb_and_its_object_noun_keep_the_verb_in_the_past() -> None:
    """"take place" is one verb and its noun: "took place", never "take placed"."""
    assert fluent_statement("When did the final breakthrough of the eastern tube take place?",
                            "15 October 2010") == \
        "The final breakthrough of the eastern tube took place on 15 October 2010."
    assert fluent_statement("In which year did the crew take part in the race?", "1628") == \
        "In 1628, the crew took part in the race."
    assert fluent_statement("In which year did China complete the station?", "2022") == \
        "In 2022, China completed the station."


def test_people_are_matched_to_their_description_things_to_its(tmp_path: Path) -> None:
    out = tmp_path / "items.json"
    assert main(["items", str(DATA / "vasa_warship.txt"), "--kinds", "matching", "--format",
                 "json", "-o", str(out)]) == 0
    prompts = {i["category"]: i["prompt"] for i in json.loads(out.read_text("utf-8"))}
    assert "person" in prompts
    for category, prompt in prompts.items():
        owner = "their" if category == "person" else "its"
        assert prompt == f"Match each {category} to {owner} description."
