"""Issue 15, thirteenth round (raw wording): each test fails on the code before the round.

Texts are short and made up for the rule they check (general rules, not one document's)."""

from __future__ import annotations

import pytest

from edu.extract.candidates import _cut_firm
from edu.extract.questions import sentences_referred


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))


def _referred(text: str, sentence: str, people: frozenset[str] = frozenset()) -> str:
    start = text.index(sentence)
    return sentences_referred(text, [(start, start + len(sentence), start, start)], people)[0][0]


SHIP = ("The Cutty Sark: The Last of the Tea Clippers\n\n"
        "The Cutty Sark is a British sailing ship built for the tea trade with China. She stands "
        "today in a dry dock at Greenwich. In 1922 a retired sea captain, Wilfred Dowman, saw "
        "her in Falmouth and bought her. After his death she was given to a training college. "
        "In 1954 she was moved into a dry dock at Greenwich.\n")


def test_a_person_who_saw_her_is_not_she():
    # "Wilfred Dowman saw her ... she was moved": the one he saw is she, not he
    sentence = "In 1954 she was moved into a dry dock at Greenwich."
    read = _referred(SHIP, sentence, frozenset({"Wilfred Dowman"}))
    assert "Dowman" not in read


def test_a_thing_is_she_when_the_next_sentence_says_so():
    # the sentence after the one naming the ship calls it "she": a ship's "she" is the title's
    sentence = "She stands today in a dry dock at Greenwich."
    assert _referred(SHIP, sentence) == "The Cutty Sark stands today in a dry dock at Greenwich."
    # ... but "it" in that sentence says nothing of a "she"
    plain = SHIP.replace("She stands today", "It stands today")
    later = "In 1954 she was moved into a dry dock at Greenwich."
    assert "Cutty Sark" not in _referred(plain, later, frozenset({"Wilfred Dowman"}))


def _cut(text: str, name: str) -> bool:
    at = text.index(name)
    return _cut_firm(text, at, at + len(name))


def test_a_firm_named_with_and_is_a_cut_answer():
    # "William Denny" of "William Denny and Brothers", "Brothers" alone, "Scott" and "Linton"
    # of "the firm of Scott and Linton", "Rendel, Palmer" of "Rendel, Palmer and Tritton":
    # each asks part of a firm's name (held below the first page); "Dumbarton" of "the
    # Dumbarton firm of ..." is no firm
    yard = ("It was ordered from the small Dumbarton firm of Scott and Linton and completed "
            "by William Denny and Brothers. The engineers were the firm of Rendel, Palmer and "
            "Tritton.")
    for name in ("William Denny", "Brothers", "Scott", "Linton", "Dumbarton", "Rendel, Palmer"):
        assert _cut(yard, name), name
    # two people joined by "and", or a firm's whole name, are no cut firm
    people = ("The design came from two engineers, John Fowler and Benjamin Baker. The contract "
              "was won by Tancred, Arrol and Company.")
    for name in ("John Fowler", "Benjamin Baker", "Tancred, Arrol and Company"):
        assert not _cut(people, name), name


def test_an_object_her_of_the_title_ship_is_named():
    # "A crew of about 28 men sailed her." under "The Cutty Sark: ...", which the text
    # calls "she": the item's sentence and the cloze name the ship
    text = SHIP + "A crew of about 28 men sailed her.\n"
    assert _referred(text, "A crew of about 28 men sailed her.") \
        == "A crew of about 28 men sailed the Cutty Sark."
    # a person named in the sentence: whom "her" means is not sure
    named = text.replace("A crew of about 28 men", "Captain Richard Woodget")
    assert _referred(named, "Captain Richard Woodget sailed her.",
                     frozenset({"Richard Woodget"})) == "Captain Richard Woodget sailed her."


def test_an_object_her_in_a_cloze_is_the_title_ship():
    from edu.extract.questions import Ask, questions
    text = SHIP + "A crew of about 28 men sailed her.\n"
    start = text.index("A crew")
    at = text.index("28")
    ask = Ask(start, start + len("A crew of about 28 men sailed her."), at, at + 2,
              "number", "How many")
    cloze = "How many men? A crew of about _____ men sailed her."
    assert questions(text, [ask], [cloze])[ask].prompt \
        == "How many men? A crew of about _____ men sailed the Cutty Sark."


def test_an_object_her_in_a_question_is_the_title_ship():
    from edu.extract.questions import Ask, questions
    sentence = "In 1957 a new museum opened her to visitors."
    text = SHIP + sentence + "\n"
    start = text.index(sentence)
    at = text.index("1957")
    ask = Ask(start, start + len(sentence), at, at + 4, "date", "which year")
    cloze = "In which year? In _____ a new museum opened her to visitors."
    assert questions(text, [ask], [cloze])[ask].prompt \
        == "In which year did a new museum open the Cutty Sark to visitors?"


def test_a_by_phrase_of_no_passive_verb_asks_no_by_whom(tmp_path):
    # "The design was by Hercules Linton": no "By whom was the design?"; "... comes from the
    # poem by Robert Burns": no "By whom does its name come from the poem?"
    from edu.extract.questions import Ask, questions
    for sentence, name in (("The design of the ship was by Hercules Linton.", "Hercules Linton"),
                           ("The ship's name comes from the poem \"Tam o' Shanter\" by Robert "
                            "Burns.", "Robert Burns")):
        text = "The Clipper\n\nThe clipper was built in 1869. " + sentence + "\n"
        start = text.index(sentence)
        at = text.index(name)
        ask = Ask(start, start + len(sentence), at, at + len(name), "name", "Who")
        prompt = questions(text, [ask], ["Who? " + sentence.replace(name, "_____")])[ask].prompt
        assert not prompt.startswith("By whom"), prompt


def test_an_object_her_after_the_title_is_kept():
    # "The Cutty Sark stands ..., where about 300,000 people visit her": named once
    from edu.extract.questions import Ask, questions
    sentence = "She stands today at Greenwich, where about 300,000 people visit her."
    text = SHIP.replace("She stands today in a dry dock at Greenwich.", sentence)
    start = text.index(sentence)
    at = text.index("300,000")
    ask = Ask(start, start + len(sentence), at, at + 7, "number", "How many")
    cloze = "How many people? " + sentence.replace("300,000", "_____")
    assert questions(text, [ask], [cloze])[ask].prompt == "How many people? The Cutty Sark " \
        "stands today at Greenwich, where about _____ people visit her."


def test_a_bare_undertaking_waits_below_the_page():
    # "How many years did the work take?": which work? "the cost of the work": the same;
    # "How many years did the building of the canal take?" names it
    from edu.extract.questions import Ask, questions
    text = ("The Canal\n\nThe canal was begun in 1817. The work took eight years. The cost of "
            "the work rose to 7 million dollars. The digging of the canal took eight years.\n")
    lost = {}
    for sentence, figure in (("The work took eight years.", "eight"),
                             ("The cost of the work rose to 7 million dollars.", "7 million"),
                             ("The digging of the canal took eight years.", "eight")):
        start = text.index(sentence)
        at = text.index(figure, start)
        ask = Ask(start, start + len(sentence), at, at + len(figure), "number", "How many")
        cloze = "How many? " + sentence.replace(figure, "_____")
        lost[sentence] = questions(text, [ask], [cloze])[ask].lost
    assert lost == {"The work took eight years.": True,
                    "The cost of the work rose to 7 million dollars.": True,
                    "The digging of the canal took eight years.": False}


def test_a_name_given_is_asked_as_no_place():
    # "... and renamed _____": the ship's new name, not "Which place?"
    from edu.extract.wording import prompt_for
    cloze = "In 1895 she was sold to a Portuguese firm and renamed _____"
    assert prompt_for("name", cloze, None, "", "place") == cloze + "."
    where = "In 1895 she was sold to a firm in _____"
    assert prompt_for("name", where, None, "", "place") == "Which place? " + where + "."


def test_a_relative_opening_left_at_the_end_asks_nothing():
    # "How many long arms does each tower carry in which?": the cloze stays
    from edu.extract.questions import Ask, questions
    sentence = ("They chose the cantilever principle, in which each tower carries two long "
                "arms reaching out over the water.")
    text = "The Bridge\n\nThe bridge was designed by two engineers. " + sentence + "\n"
    start = text.index(sentence)
    at = text.index("two long")
    ask = Ask(start, start + len(sentence), at, at + 3, "number", "")
    cloze = "How many long arms? " + sentence.replace("two long", "_____ long")
    prompt = questions(text, [ask], [cloze])[ask].prompt
    assert not prompt.endswith("in which?"), prompt


def test_a_name_cut_from_a_quoted_title_is_a_cut_answer():
    from edu.extract.candidates import _cut_quote
    text = 'Her name comes from the poem "Tam o\' Shanter" by Robert Burns, and "Nannie" too.'
    at = text.index("Shanter")
    assert _cut_quote(text, at, at + len("Shanter"))
    for name in ("Robert Burns", "Nannie"):
        at = text.index(name)
        assert not _cut_quote(text, at, at + len(name)), name
