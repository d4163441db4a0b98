"""Raw English fill-in drafts without a lead-in the sentence already says, and long
sentences cut to the clause that holds the blank (issue 15, thirteenth round)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.extract import extract_candidates
from edu.extract.clauses import clause_cut
from edu.text.reading import read_document


def test_a_long_sentence_is_cut_to_the_clause_of_its_blank() -> None:
    body = ("In the years after the war the harbour board dredged the channel and widened the "
            "quays, and engineers such as _____ designed the new dry dock that served the "
            "shipyards for a century.")
    assert clause_cut(body, "Robert Leslie") == (
        "Engineers such as _____ designed the new dry dock that served the shipyards for a "
        "century.")


def test_a_trailing_comma_clause_after_the_blank_goes() -> None:
    body = ("The old ferry across the estuary was bought in 1902 by a company led by _____, "
            "who ran it as a summer excursion for families from the nearby manufacturing towns.")
    assert clause_cut(body, "Walter Grieve") == (
        "The old ferry across the estuary was bought in 1902 by a company led by _____.")


@pytest.mark.parametrize("body", [
    # the clause's subject is a pronoun: cut, it would point at nothing
    "Walter Grieve studied engineering at the colleges of Glasgow and Dundee, and in _____ he "
    "received a diploma in naval architecture from the college, although he soon turned away "
    "from ships.",
    # a series of clauses reads as one
    "After steaming only about _____ metres, a squall made the ferry heel over, water poured "
    "in through the open doors, and she sank in front of the crowd on the pier.",
])
def test_a_clause_that_cannot_stand_alone_keeps_its_sentence(body: str) -> None:
    answer = "1905" if "in _____ he" in body else "400"
    assert clause_cut(body, answer) == body


def test_raw_drafts_say_the_clause_and_keep_the_whole_sentence_as_evidence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "harbour.txt"
    sentence = ("In the years after the war the harbour board dredged the channel and widened "
                "the quays along the river, and engineers such as Robert Leslie designed a new "
                "dry dock that served the shipyards of the town for a century.")
    path.write_text("The Harbour\n\nThe harbour board was founded in 1858 by local merchants. "
                    + sentence + "\n", encoding="utf-8")
    leslie = next(f for f in extract_candidates(read_document(path))
                  if f.answer == "Robert Leslie")
    assert leslie.evidence == sentence
    assert leslie.prompt == ("Engineers such as _____ designed a new dry dock that served the "
                             "shipyards of the town for a century.")  # the clause, no "Who?"
