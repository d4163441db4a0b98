"""Pronouns pointing at nothing on the first page of ordinary English (issue 15, tenth round,
pronouns): resolved where one person or thing is sure, else below the clean drafts."""

from __future__ import annotations

from edu.deck.model import Fact, FactKind, FactStatus
from edu.extract import extract_candidates
from edu.extract.candidates import (
    FIRST_PAGE,
    RAW_CLASH_FLOOR,
    RAW_PAGE_FLOOR,
    RAW_POINTING_FLOOR,
    TERM_MAX,
    _spread_first_page,
)
from edu.extract.questions import Ask, points_at_nothing, questions
from edu.text.reading import read_document
from edu.text.source import Span


def _asked(text: str, sentence: str, answer: str, kind: str, word: str,
           people: frozenset[str]) -> tuple[str, str]:
    start = text.index(sentence)
    at = text.index(answer, start)
    ask = Ask(start, start + len(sentence), at, at + len(answer), kind, word)
    asked = questions(text, [ask], ["How many workers? " + sentence.replace(answer, "_____")],
                      people)[ask]
    return asked.prompt, asked.how


def test_he_is_the_person_apposed_to_the_subject_before(tmp_path, monkeypatch):
    """"The historian Ada Vane, writing ..., described ... He claimed ...": the subject is
    a common noun with one named person apposed to it, so "he" is that person."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The historian Ada Vane, writing a century later in her Annals of the North, "
            "described the building of the king's tomb. He claimed that more than 9,000 "
            "workers were conscripted, and that the tomb held rivers of mercury.\n")
    sentence = text.split(". ", 1)[1].strip()
    prompt, _ = _asked(text, sentence, "9,000", "number", "", frozenset({"Ada Vane"}))
    assert prompt.startswith(("How many workers did Ada Vane claim",
                              "How many workers? Ada Vane claimed")), prompt
    assert " He " not in prompt and not prompt.startswith("He")
    # two people beside the subject: neither is "he" for sure
    text2 = text.replace("The historian Ada Vane,", "The historians Ada Vane and Tom Reed,")
    prompt2, _ = _asked(text2, sentence, "9,000", "number", "",
                        frozenset({"Ada Vane", "Tom Reed"}))
    assert "Ada Vane" not in prompt2 and "Tom Reed" not in prompt2


def _draft(n: int, prompt: str, score: float) -> Fact:
    return Fact(id=f"f{n}", kind=FactKind.NUMBER, prompt=prompt, answer=str(1000 + n),
                source=Span(100 * n, 100 * n + 50), status=FactStatus.DRAFT, score=score)


def test_a_draft_pointing_at_nothing_waits_below_the_clean_and_the_other_lost_drafts():
    """The page of a short text ran out of clean drafts and filled its foot with "He died in
    _____ ..." before a lost draft a teacher keeps now and then."""
    facts = [_draft(0, "How many soldiers do the pits hold?", 6.5),
             _draft(1, "In which year? He died in _____ while touring his empire.", 5.5),
             _draft(2, "In which year was the ship launched?", 4.0),  # lost: one of several
             _draft(3, "A weak _____ term.", 0.8),
             _draft(4, "How many workers? The crowd cheered ... _____ workers.", 9.0)]
    facts[4].source = facts[0].source  # gives f0's answer away: it waits below them all
    facts[4].prompt += " 1000"
    spread = _spread_first_page(facts, {"f1", "f2"}, floor=RAW_PAGE_FLOOR,
                                clash_floor=RAW_CLASH_FLOOR, pointing={"f1"},
                                pointing_floor=RAW_POINTING_FLOOR)
    # ... but before a term (at most TERM_MAX), which a teacher drops: a pronoun is one word
    # to edit
    assert [f.id for f in spread] == ["f0", "f2", "f1", "f3", "f4"]
    assert TERM_MAX < RAW_POINTING_FLOOR < RAW_PAGE_FLOOR


def test_the_pointing_drafts_of_a_text_wait_below_its_other_lost_drafts(tmp_path, monkeypatch):
    """"His workers had laboured for _____ years" (whose?) scored above "In which year did
    the ship sink ...?" (a ship of several, lost too, but kept now and then) and took the
    page first."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "emperor.txt"
    path.write_text(
        "The Clay Soldiers\n\n"
        "The soldiers were made to guard the tomb of the emperor. He died in 210 BC while "
        "touring his empire. His workers had laboured for 38 years.\n\n"
        "In 1974 farmers digging a well found the first figure. Archaeologists opened a "
        "museum on the site in 1979. The museum drew 2 million visitors in 2019.\n\n"
        "Barges and ships carried clay to the site. The ship sank near the quay in 1981.\n")
    page = [f.prompt for f in extract_candidates(read_document(path))[:FIRST_PAGE]]
    ship = page.index("In which year did the ship sink near the quay?")
    pointing = [k for k, p in enumerate(page) if points_at_nothing(p)]
    assert len(pointing) >= 2 and ship < min(pointing), page


def test_a_capitalised_opening_word_or_an_era_is_no_name_a_pronoun_means():
    """"Born in 259 BC, he became king ..." names no one before "he": "Born" is capitalised as
    the sentence's first word, "BC" is an era mark; "Pepys later buried his wine" names him."""
    assert points_at_nothing("Born in 259 BC, he became king of the state of _____ at 13.")
    assert points_at_nothing("In which year? Later in AD 43, he crossed the _____.")
    assert not points_at_nothing("Pepys later buried his wine and a _____ cheese.")
    assert not points_at_nothing("Born in Ulm, Einstein left his school in _____.")


def test_his_is_the_one_person_a_passive_sentence_before_names_as_its_agent(tmp_path,
                                                                            monkeypatch):
    """"The modern search was led by Alan Roe, ... In 1971 his team located ...": the one
    person of the sentence before is who did it; with two people there, neither is sure."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The Lost Ship\n\nThe modern search was led by Alan Roe, a journalist and amateur "
            "diver, who began looking for the wreck in 1965. In 1971 his team located the "
            "wreck at a depth of about 11 metres.\n")
    sentence = "In 1971 his team located the wreck at a depth of about 11 metres."
    prompt, _ = _asked(text, sentence, "11", "number", "", frozenset({"Alan Roe"}))
    assert "Alan Roe's team" in prompt and "his team" not in prompt, prompt
    two = text.replace("led by Alan Roe,", "led by Alan Roe and Tom Reed,")
    prompt, _ = _asked(two, sentence, "11", "number", "", frozenset({"Alan Roe", "Tom Reed"}))
    assert "Alan Roe" not in prompt and "Tom Reed" not in prompt, prompt


def test_it_is_the_name_the_subject_before_was_called(tmp_path, monkeypatch):
    """"Harrison's first marine timekeeper, now called H1, was finished in 1735. It weighed
    ...": "it" is H1, the one name its subject is given."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The Clocks\n\nHarrison's first marine timekeeper, now called H1, was finished in "
            "1735. It weighed about 33 kilograms and was tested on a voyage to Lisbon in "
            "1736, where it performed well.\n")
    sentence = text[text.index("It weighed") :].strip()
    prompt, _ = _asked(text, sentence, "33", "number", "", frozenset({"Harrison"}))
    assert "H1" in prompt and not prompt.split("? ")[-1].startswith("It "), prompt


def test_a_person_asked_before_the_pronoun_is_its_name():
    """"Who? _____ and his lodge were buried ...": "his" is the person the blank asks."""
    assert not points_at_nothing("Who? _____ and his lodge were buried beneath the debris.")
    assert not points_at_nothing("Who? _____, who had gone onto the bridge, filmed the "
                                 "collapse, and his footage is famous.")
    assert points_at_nothing("In which year? In _____ his team located the wreck.")
    assert points_at_nothing("Who? His assistant _____ filmed the collapse.")


def test_a_pronoun_after_the_persons_surname_in_the_prompt_stays(tmp_path, monkeypatch):
    """"Roebling had already built ..., and he was convinced ...": "he" is named before it in
    the prompt; "and John Augustus Roebling was convinced" would read as a second man."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The Bridge\n\nThe bridge was designed by John Augustus Roebling, a German-born "
            "engineer who had emigrated to the United States in 1831. Roebling had already "
            "built bridges at Cincinnati, and he was convinced that 40 steel cables could "
            "carry a roadway across the river.\n")
    sentence = text[text.index("Roebling had") :].strip()
    prompt, _ = _asked(text, sentence, "40", "number", "",
                       frozenset({"John Augustus Roebling"}))
    assert "John Augustus" not in prompt, prompt


def test_a_pronoun_meaning_the_asked_person_never_prints_the_answer(tmp_path, monkeypatch):
    """"Who? _____ had already built ..., and he was convinced ...": "he" is the blank's
    person; naming him would print the answer."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The Bridge\n\nThe bridge was designed by John Augustus Roebling, a German-born "
            "engineer who had emigrated to the United States in 1831. Roebling had already "
            "built bridges at Cincinnati and at Niagara Falls, and he was convinced that steel "
            "cables could carry a roadway across the river.\n")
    sentence = text[text.index("Roebling had") :].strip()
    start = text.index(sentence)
    ask = Ask(start, start + len(sentence), start, start + len("Roebling"), "name", "")
    cloze = "Who? " + sentence.replace("Roebling", "_____", 1)
    prompt = questions(text, [ask], [cloze], frozenset({"John Augustus Roebling"}))[ask].prompt
    assert "Roebling" not in prompt, prompt
