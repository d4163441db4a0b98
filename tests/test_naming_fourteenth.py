"""A raw draft names its subject (issue 15, fourteenth round, naming the subject): a learner
reads the prompt alone, so "she", "its", "that canal" are said as the text named them, and a
prompt still pointing with "that" at something it never names is held below the first page.
Every test here failed on the code before the round (main at 894c09e)."""

from __future__ import annotations

from pathlib import Path

from edu.extract import extract_candidates
from edu.extract.naming import named_in_full
from edu.extract.questions import Ask, questions
from edu.text.reading import read_document


def _prompts(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "notes.txt"
    path.write_text(text)
    return [f.prompt for f in extract_candidates(read_document(path))]


def test_one_finder_never_cuts_a_name_that_goes_on_past_its_head():
    """"the East" is no "Dutch East" of "the Dutch East India Company" (the short-name rule
    had its own finder, which read a name ending at any capital word), while "The Act" is
    still "The Longitude Act" and "the dam" still "the South Fork Dam"."""
    earlier = "The Dutch East India Company traded in Asia. Rival fleets sailed there. "
    assert named_in_full("What drove up prices in the East and drove them down at home?",
                         earlier, "rival companies") \
        == "What drove up prices in the East and drove them down at home?"
    assert named_in_full("The Act also created a board in _____.",
                         "Parliament passed the Longitude Act in 1714.", "1714") \
        == "The Longitude Act also created a board in _____."
    assert named_in_full("When did the dam fail?", "It lay below the South Fork Dam. ",
                         "1889", "The dam failed in 1889.", frozenset({"dam"})) \
        == "When did the South Fork Dam fail?"


def test_that_canal_is_named_as_the_text_named_it():
    """A demonstrative before a noun the text named in full ("that canal" after "the Panama
    Canal") is said as that name; one the sentence's parse does not write alone stays."""
    earlier = "Work on the Panama Canal began in 1904. "
    assert named_in_full("Ships first passed through that canal in _____.", earlier, "1914",
                         "", frozenset({"canal"})) \
        == "Ships first passed through the Panama Canal in _____."
    assert named_in_full("That canal opened in _____.", earlier, "1914", "",
                         frozenset({"canal"})) == "The Panama Canal opened in _____."
    assert named_in_full("That canal opened in _____.", earlier, "1914", "", frozenset()) \
        == "That canal opened in _____."


_COMPANY = ("The Harbour Company\n\nIn 1790 merchants of the town of Pellow formed the Pellow "
            "Harbour Company. The company was run by four chambers in different towns, and it "
            "was directed by a board of 12 men. Its founding capital of about 2.5 million "
            "pounds came from more than a thousand investors.\n")


def test_it_of_a_second_clause_goes_on_with_the_first_clauses_subject(tmp_path, monkeypatch):
    """"The company was run by ..., and it was directed by ... Its founding capital ...": the
    "it" of the second clause is the company, so "its" is too."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    prompts = _prompts(tmp_path, _COMPANY)
    capital = [p for p in prompts if "founding capital" in p]
    assert capital and all("Its" not in p for p in capital), prompts
    assert any("Harbour Company's founding capital" in p for p in capital), prompts


_LIFE = ("Ada Pellow\n\nAda Margaret Lunn was born in Leeds on 3 May 1901. As a girl she "
         "took apart every clock in the house. In 1925 she married Tom Pellow, a teacher, and "
         "she kept his name. She later joined the team of Frank Hale at Leeds University. "
         "There she became one of the first people to run the great calculating engine. The "
         "engine filled a whole room. She wrote much of its 400-page manual. She liked to "
         "hand out pieces of wire about 30 centimetres long.\n")


def test_she_is_the_title_person_named_at_birth(tmp_path, monkeypatch):
    """"Ada Pellow" and "Ada Margaret Lunn was born ... As a girl she ...": the text says
    the title's person is "she" under the name of her birth, so a "she" no nearer person
    explains (the sentence before speaks of an engine) is Ada Pellow."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    prompts = _prompts(tmp_path, _LIFE)
    wire = [p for p in prompts if "pieces of wire" in p]
    assert wire and all(p.startswith("Ada Pellow liked") or "Ada Pellow" in p
                        for p in wire), prompts
    assert not any(p.startswith("What is the much") for p in prompts), prompts


_FLIGHT = ("The Long Flight\n\nAt dawn on 20 May 1927 Charles Lindbergh took off from Roosevelt "
           "Field. The flight took him over Nova Scotia and then out over the open sea. He "
           "landed at Le Bourget Field near Paris on 21 May.\n")


def test_a_thing_carrying_the_person_along_keeps_the_chain(tmp_path, monkeypatch):
    """"Lindbergh took off ... The flight took him over ... He landed at ...": the sentence
    between is about the flight but says "him" again and names no one else."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    prompts = _prompts(tmp_path, _FLIGHT)
    landed = [p for p in prompts if "landed" in p.lower() or "land " in p]
    assert landed and all("Lindbergh" in p and not p.startswith("He ") for p in landed), prompts


def test_a_demonstrative_cloze_naming_nothing_is_held_below_the_page():
    """"... to the city of _____ as thanks for that help": what help, the cloze never says;
    it is held (`lost`) like a question keeping "that sum"."""
    text = ("The relief train came from Boston. Every year since 1918 Nova Scotia has sent a "
            "large tree to the city of Boston as thanks for that help.\n")
    start = text.index("Every")
    at = text.index("Boston", start)
    ask = Ask(start, len(text) - 1, at, at + len("Boston"), "name", "Which place")
    cloze = "Every year since 1918 Nova Scotia has sent a large tree to the city of _____ as " \
        "thanks for that help."
    asked = questions(text, [ask], [cloze])[ask]
    assert "that help" in asked.prompt and asked.lost


_BRIDGE = ("The Rail Crossing\n\nIn 1871 work began on the Orrin Bridge across the estuary. When "
           "it was finished the bridge was the longest in the region, at about 3 kilometres. It "
           "had 85 spans carried on iron piers.\n")


def test_it_after_the_bare_n_is_the_one_name_of_head_n(tmp_path, monkeypatch):
    """"... the bridge was the longest ... It had 85 spans": "it" is the bridge, and the one
    bridge the text named before is the Orrin Bridge."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    prompts = _prompts(tmp_path, _BRIDGE)
    spans = [p for p in prompts if "spans" in p]
    assert spans and all("Orrin Bridge" in p for p in spans), prompts
