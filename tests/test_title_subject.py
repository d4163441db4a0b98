"""The document's own subject, named in its title line before a colon or dash (issue 15,
twelfth round, the title's subject): "her" of "Mary Anning: The Fossil Hunter ..." is Mary
Anning when the text has said so, never by a guess from her given name."""

from __future__ import annotations

from edu.extract.questions import _title_subject as title_subject
from edu.extract.questions import parser, sentences_referred

ANNING = ("Mary Anning: The Fossil Hunter of Lyme Regis\n\n"
          "Mary Anning was born in Lyme Regis in 1799, yet for much of her life she was poor. "
          "The cliffs near the town were full of fossils. Her first great find was made in "
          "1811.\n")


def _referred(text: str, sentence: str, people: frozenset[str]) -> str:
    start = text.index(sentence)
    return sentences_referred(text, [(start, start + len(sentence), start, start)], people)[0][0]


def test_the_name_before_a_subtitle_is_the_title_subject():
    nlp = parser()
    assert title_subject(nlp, ANNING) == "Mary Anning"
    assert title_subject(nlp, "The Great Eastern: Brunel's Giant Ship\n\nText.") \
        == "the Great Eastern"
    assert title_subject(nlp, "The Thames Barrier \u2014 London's Shield\n\nText.") \
        == "the Thames Barrier"
    # a subtitle after no name, or a long head, is no subject
    assert title_subject(nlp, "Voyages: To the Outer Planets\n\nText.") == ""
    assert title_subject(nlp, "How the Rivers of the North Were Tamed: A History\n\n.") == ""


def test_her_is_the_title_person_the_text_calls_she(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    sentence = "Her first great find was made in 1811."
    people = frozenset({"Mary Anning"})
    assert _referred(ANNING, sentence, people) == "Mary Anning's first great find was made in 1811."
    # another woman named in the sentence before: whose find is unclear
    other = ANNING.replace("The cliffs near the town were full of fossils.",
                           "The town's visitors included Elizabeth Philpot.")
    assert _referred(other, sentence, people | {"Elizabeth Philpot"}) == sentence
    # the text never says "she" of her right after naming her: no guess from "Mary"
    unsaid = ANNING.replace("yet for much of her life she was poor", "and the family was poor")
    assert _referred(unsaid, sentence, people) == sentence


def test_she_is_the_title_ship_the_text_calls_she(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The Great Eastern: Brunel's Giant Ship\n\n"
            "The Great Eastern was launched sideways into the Thames in 1858, and she was the "
            "largest ship afloat. The launch took three months. She carried 4,000 passengers.\n")
    sentence = "She carried 4,000 passengers."
    assert _referred(text, sentence, frozenset()) == "The Great Eastern carried 4,000 passengers."
    # a ship the text calls "it" is no "she"
    plain = text.replace("and she was", "and it was")
    assert _referred(plain, sentence, frozenset()) == sentence
