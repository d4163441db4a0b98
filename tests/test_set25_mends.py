"""Mends after held-out set 25's blind review (read after it was measured, so set 25 is tuned
on for them): no wrong referent for a pronoun (in a life whose title names a person, "she" is
never a university the sentence before named: "Berkeley completed her doctorate"; "it" after a
named body acted on "the tower" is not the body: "The American Society of Civil Engineers
still serves ..."), and no question from a sentence whose subject the parse lost. An invented
text and the held-out documents themselves."""

from __future__ import annotations

import re
from pathlib import Path

from edu.extract import extract_candidates
from edu.text.reading import read_document

BLIND = Path(__file__).parent / "data" / "blind"

_TOWER = (
    "The Varden Tower\n\n"
    "The Varden Tower is a concrete tower in the city of Askel, finished in 1979 at a height "
    "of 402 metres. For thirty years it was the tallest tower in the country.\n\n"
    "The Institute of Northern Engineers has named the tower one of the wonders of the "
    "region. It still serves its first purpose, sending radio signals across the Askel "
    "region, while welcoming about 900,000 visitors a year.\n")


def _prompts(tmp_path, text: str) -> list[str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [c.prompt for c in extract_candidates(read_document(path))]


def test_she_in_a_womans_life_is_never_the_university_named_before(monkeypatch):
    """chien_shiung_wu (held-out set 25, now tests/data/blind): "a visit to the University of
    California, Berkeley changed her mind. There she joined ..." and "In 1978 she was the first
    recipient" after Columbia: her, or left as "she", never the university."""
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    drafts = extract_candidates(read_document(BLIND / "chien_shiung_wu.txt"))
    prompts = [c.prompt for c in drafts]
    assert any("doctorate" in p for p in prompts)
    assert not [p for p in prompts if re.search(r"(Berkeley|Columbia) (was|did|closely|complete)",
                                                p) or "did Berkeley" in p or "was Columbia" in p]


def test_it_after_a_sentence_with_a_definite_object_is_not_its_subject(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    prompts = _prompts(tmp_path, _TOWER)
    assert any("visitors" in p for p in prompts)
    assert not [p for p in prompts if "Engineers still serves" in p]


def test_no_question_from_a_sentence_whose_subject_the_parse_lost(monkeypatch):
    """great_kanto_earthquake (held-out set 25): "Within a few hours Tokyo, then a city of ...,
    and the port of Yokohama, some 30 kilometres to the south-west, had been largely
    destroyed." The parse takes Tokyo into "Within ..." and "kilometres" as the subject:
    "About how many kilometres ... had been largely destroyed?" and "Within which place
    ...?" asked nonsense (five items marked wrong); its fill-ins stay."""
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    drafts = extract_candidates(read_document(BLIND / "great_kanto_earthquake.txt"))
    from_it = [c.prompt for c in drafts if "south-west, had been" in c.prompt
               or "kilometres to the south-west" in c.prompt]
    assert from_it and all("_____" in p for p in from_it)
