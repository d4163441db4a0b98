"""A raw draft's "the dam" names the one dam the text named before (issue 15, thirteenth
round, naming the subject): a learner reading the question alone is told which dam."""

from __future__ import annotations

import re
from pathlib import Path

from edu.extract import extract_candidates
from edu.extract.naming import named_in_full
from edu.text.reading import read_document

_FLOOD = ("The Flood at Marren\n\nThe town of Marren lay in a narrow valley below the Harlow "
          "Creek Dam. The dam held back Lake Orvel, a reservoir owned by the Marren Rowing "
          "Club. In 1902 the club lowered the spillway to keep its fish. The dam failed on 3 "
          "June 1911 after two days of rain. The lake emptied in 40 minutes, and the water "
          "reached the town within an hour.\n")


def _named(prompt: str, before: str, said: str, answer: str) -> str:
    """`named_in_full` as the drafts call it, every "the N" of the prompt taken as written
    alone (as `bare_nouns` would read a sentence of it)."""
    return named_in_full(prompt, before, answer, said,
                         frozenset(re.findall(r"\b[a-z]+\b", prompt)))


def _prompts(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "notes.txt"
    path.write_text(text)
    return [f.prompt for f in extract_candidates(read_document(path))]


def test_the_dam_and_the_lake_are_named_as_the_text_named_them(tmp_path, monkeypatch):
    """"The dam failed ...", "The lake emptied ...": one dam and one lake were named before,
    so the questions say which, with the article the text writes ("the Harlow Creek Dam",
    "Lake Orvel")."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    prompts = _prompts(tmp_path, _FLOOD)
    fail = [p for p in prompts if "fail" in p and "?" in p and "1911" not in p]
    assert fail and all("the Harlow Creek Dam fail" in p for p in fail), prompts
    emptied = [p for p in prompts if "empt" in p]
    assert emptied and all("Lake Orvel empty" in p for p in emptied), prompts
    assert not any("the club" in p for p in prompts), prompts


def test_two_dams_named_before_leave_the_dam_as_written(tmp_path, monkeypatch):
    """With a second dam named before, "the dam" may be either: it stays."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    two = _FLOOD.replace("Harlow Creek Dam.", "Harlow Creek Dam, above the older Pell Dam.")
    prompts = _prompts(tmp_path, two)
    fail = [p for p in prompts if "fail" in p and "?" in p and "1911" not in p]
    assert fail and all("did the dam fail" in p for p in fail), prompts


def test_a_name_after_the_sentence_or_holding_the_answer_is_not_put_in():
    """The name must come before the sentence, and must not print the answer."""
    before = "The town lay below the Harlow Creek Dam. "
    assert _named("When did the dam fail?", "", "The dam failed in 1911.", "1911") \
        == "When did the dam fail?"
    assert _named("When did the dam fail?", before, "", "1911") \
        == "When did the Harlow Creek Dam fail?"
    assert _named("Which creek fed the dam?", before, "", "Harlow Creek") \
        == "Which creek fed the dam?"
    assert _named("The lake emptied in _____ minutes.", "It filled Lake Orvel. ", "",
                          "40") == "Lake Orvel emptied in _____ minutes."


def test_headings_lower_case_words_and_companies_name_no_subject():
    """A heading's capitals ("... Under a Navigable River"), a title of ordinary words
    ("Different Kinds of Air", a book) and a company ("Bell Aircraft", never written "the
    Bell Aircraft") are no name of "the river", "the air", "the aircraft"; an island is
    named as the text writes it."""
    heading = "The First Tunnel Under a Navigable River\n\nWork began under the river. "
    assert _named("When did the river break in?", heading, "", "1827") \
        == "When did the river break in?"
    book = "He wrote Experiments on Different Kinds of Air, on the kinds of gas. "
    assert _named("What part of the air did it take?", book, "", "a fifth") \
        == "What part of the air did it take?"
    company = "The contract went to Bell Aircraft in Buffalo. The aircraft was small. "
    assert _named("He named the aircraft _____.", company, "", "Glennis") \
        == "He named the aircraft _____."
    island = "They landed on Elephant Island. "
    assert _named("The island lay far from any route.", island, "", "route") \
        == "Elephant Island lay far from any route."
