"""Direct questions from preprocessed text whose subject is one of several things (issue 15, a
short round after set 10's blind review): "How many metres long was the machine?" where the
text has four machines, "On which date were the tubes completed?" where one tube was, "Who
led the form?" where a project was formed. An adjective the text says picks one out ("the
western tube", "the vertical shaft"); with none, no question; a verb's stem after a noun is
no subject. Texts written for this test, preprocessed here."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

CANAL = """The Harbour Canal

The canal was dug by 300 navvies. Its two locks were built of stone, and the canal was
linked to the river by two shafts. At the far end, workers reached the lower
basin through a vertical shaft about 90 feet deep. The canal was opened on 3 May 1821.
Four boring machines were built by a German firm, Krupp. Each machine was 60 feet
long. The eastern lock was completed on 9 June 1819. The western lock was
completed on 14 August 1820. A survey was formed, led by Harold Mennick, in 1830.
"""


def _prompts() -> dict[str, str]:
    text = preprocess(CANAL)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    out: dict[str, str] = {}
    for f in extract_candidates(reading):
        out.setdefault(f.answer, f.prompt)
    return out


def test_an_adjective_names_which_one_of_several() -> None:
    prompts = _prompts()
    assert prompts["90"] == "How many feet deep was the vertical shaft?"
    assert prompts["14 August 1820"] == "On which date was the western lock completed?"
    assert prompts["9 June 1819"] == "On which date was the eastern lock completed?"
    # the canal is one thing: its question stays as it was
    assert prompts["3 May 1821"] == "On which date did the canal open?"


def test_one_of_several_with_nothing_to_name_it_asks_nothing() -> None:
    prompts = _prompts()
    assert not prompts["60"].startswith("How many")  # "the machine", of four


def test_a_verb_stem_after_a_noun_is_no_subject() -> None:
    prompts = _prompts()
    assert prompts["Harold Mennick"] != "Who led the form?"
