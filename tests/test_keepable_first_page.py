"""Round 18r: the raw first page takes the drafts blind teachers kept as written first (a
short question that names something and keeps no pronoun), from among the drafts the top K
holds anyway (`keepable.keep_class`, `candidates._once_on_page`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.deck.model import Fact, FactKind
from edu.extract.candidates import FIRST_PAGE, PAGE_REACH, _once_on_page
from edu.extract.keepable import Keep, keep_class
from edu.text.source import Span


@pytest.mark.parametrize(("prompt", "expected"), [
    ("Who commanded the trawler Nerine?", Keep.GOOD),
    ("In which year did archaeologists led by Yuan Zhongyi begin formal excavation?", Keep.GOOD),
    # no name after the first word: which crossing? (4 of 144 such drafts were kept)
    ("How many metres long is the crossing?", Keep.POOR),
    ("In which year did construction begin?", Keep.POOR),
    # a month names no subject
    ("On which date in April did the ash cloud close the airspace?", Keep.POOR),
    # one flaw: a fill-in, a pronoun, or more than 18 words
    ("In 1836 the pioneering divers _____ and Charles Deane found the wreck.", Keep.FAIR),
    ("In which year did Thomson publish his paper on it?", Keep.FAIR),
    ("Which fisherman caught a coelacanth off the island of Anjouan in the Comoros in December "
     "1952 while fishing at night?", Keep.FAIR),
    # two flaws
    ("Its future depends on how much water the countries around it leave in the _____.",
     Keep.POOR),
])
def test_a_prompt_s_keep_class(prompt, expected):
    assert keep_class(prompt) == expected


def _fact(k: int, prompt: str, score: float) -> Fact:
    return Fact(id=f"f{k}", kind=FactKind.NAME, prompt=prompt, answer=f"Answer{k}",
                source=Span(200 * k, 200 * k + 100), score=score)


def _drafts() -> list[Fact]:
    """Thirty long fill-ins (POOR: long and a pronoun) with a short named question at 25."""
    long_fill = ("In the years that followed, they carried the _____ across the whole of the "
                 "country, town by town, as {} said")
    facts = [_fact(k, long_fill.format(f"Person{k}"), 5.0 - k / 100) for k in range(30)]
    facts[25] = _fact(25, "Who commanded the trawler Nerine?", 4.75)
    return facts


def test_a_kept_question_below_the_page_comes_onto_it_and_the_top_k_keeps_its_drafts():
    facts = _drafts()
    placed = _once_on_page(list(facts))
    page = [f.id for f in placed[:FIRST_PAGE]]
    assert page[0] == "f25"  # the page's first draft is the question a teacher keeps
    assert page[1:] == [f"f{k}" for k in range(19)]  # the rest in rank order
    assert {f.id for f in placed[:PAGE_REACH]} == {f.id for f in facts[:PAGE_REACH]}
    assert sorted(f.id for f in placed) == sorted(f.id for f in facts)


def test_a_held_draft_is_not_brought_onto_the_page():
    facts = _drafts()
    placed = _once_on_page(list(facts), held={"f25"})
    assert "f25" not in [f.id for f in placed[:FIRST_PAGE]]
    assert [f.id for f in placed[:FIRST_PAGE]] == [f"f{k}" for k in range(FIRST_PAGE)]


def test_a_weak_draft_under_the_page_floor_stays_below():
    facts = _drafts()
    facts[25].score = 0.5  # under RAW_PAGE_FLOOR: `_spread_first_page` put it below the lost
    placed = _once_on_page(list(facts))
    assert "f25" not in [f.id for f in placed[:FIRST_PAGE]]


BLIND = Path(__file__).parent / "data" / "blind"


def _page(name: str, monkeypatch, tmp_path) -> list[Fact]:
    from edu.extract import extract_candidates
    from edu.text.reading import read_document

    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    return extract_candidates(read_document(BLIND / f"{name}.txt"))[:FIRST_PAGE]


def test_a_blind_page_takes_its_named_short_questions(monkeypatch, tmp_path):
    # main (1feaf16) put 2 of them on tacoma_narrows' first page; its top 40 holds 6
    page = _page("tacoma_narrows", monkeypatch, tmp_path)
    assert sum(keep_class(f.prompt) == Keep.GOOD for f in page) >= 5


def test_a_page_asks_one_answer_once(monkeypatch, tmp_path):
    # main asked "six" twice on kon_tiki's page ("How many men waded ashore safely?", "How
    # many men did the crew number?")
    page = _page("kon_tiki", monkeypatch, tmp_path)
    answers = [f.answer.lower() for f in page if f.kind != FactKind.DATE]
    assert len(answers) == len(set(answers))


def test_one_question_with_two_question_words_is_asked_once(monkeypatch, tmp_path):
    # "Who introduced a lighter instrument ...?" (David Littmann) beside "Which organisation
    # introduced a lighter instrument ...?" (Harvard, a wrong answer) on one page
    page = _page("laennec_stethoscope", monkeypatch, tmp_path)
    assert not any(f.prompt.startswith("Which organisation introduced") for f in page)
