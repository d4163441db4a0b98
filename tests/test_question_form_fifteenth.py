"""Raw English drafts in the form a teacher keeps (issue 15, fifteenth round): broken
questions go back to their fill-in, an agent is asked in the active, long fill-ins lose the
clauses around the answer's, and one page asks each fact once. Sentences from
tests/data/blind (tuned on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.deck.model import Fact, FactKind
from edu.extract import extract_candidates
from edu.extract.candidates import _once_on_page, once_each
from edu.extract.clauses import outer_cut, relative_lift
from edu.extract.question_form import broken, dangling, in_active, lost_quotation
from edu.text.reading import read_document
from edu.text.source import Span

BLIND = Path(__file__).parent / "data" / "blind"


@pytest.mark.parametrize("question", [
    "Of the how many children did only Mary and her elder brother Joseph survive childhood?",
    "Among the how many British women did the Royal Society name her in 2010?",
    "Less than how many hours did the whole operation to bring up all 33 men take?",
    "On which date one of the probes did rescuers break into a space near the mine's "
    "emergency shelter?",
    "In which year of a Dutch device did Galileo hear?",
    "Where were all taken by helicopter to the regional hospital for observation?",
    "Who became the first miner to reach the surface at 12.11 a.?",
    "Which year completed the work largely?",
])
def test_broken_questions_are_found(question):
    assert broken(question)


@pytest.mark.parametrize("question", [
    "More than how many artefacts did divers recover?",
    "In which month and year did Richard Anning die?",
    "On which date was Mary Anning born in Lyme Regis?",
    "Who became the first miner to reach the surface at 12.11 a.m. today?",
    "Where were all of the men taken?",
    "Which year saw the first withdrawal?",
])
def test_sound_questions_are_left(question):
    assert not broken(question)


def test_an_agent_is_asked_in_the_active():
    assert in_active("By which president was the only foreign miner among the group, Carlos "
                     "Mamani of Bolivia, greeted?") == \
        "Which president greeted the only foreign miner among the group, Carlos Mamani of " \
        "Bolivia?"
    assert in_active("By whom was he attacked?") == "Who attacked him?"
    assert in_active("By which company was the bridge built in 1883?") is None  # not at the end
    assert in_active("By whom was the ship taken?") is None  # "taken" is no past form


def test_a_quotation_that_lost_its_marks_is_seen():
    evidence = ('"As a layman I would now say, I think we have it," the Director-General of '
                'CERN, Rolf-Dieter Heuer, told the audience.')
    assert lost_quotation("As a layman I would now say, I think we have it, the _____, "
                          "Rolf-Dieter Heuer, told the audience.", evidence)
    assert not lost_quotation('"As a layman ...," the _____, Rolf-Dieter Heuer, told the '
                              'audience.', evidence)


@pytest.mark.parametrize(("body", "answer", "expected"), [
    # a trailing "so ..." clause (the parser makes it the root: no clause cut finds it)
    ("The entrance stands roughly _____ metres above sea level, so the Svalbard Global Seed "
     "Vault would remain dry even if the ice caps melted completely.", "130",
     "The entrance stands roughly _____ metres above sea level."),
    # a trailing clause that gives the figure away by arithmetic
    ("Each chamber can hold _____ seed samples, giving a total capacity of 4.5 million "
     "samples.", "1.5 million", "Each chamber can hold _____ seed samples."),
    # a leading subordinate clause, and a leading participle's clause
    ("Because the pain made it impossible for him to close the cockpit door with his right "
     "arm, the flight engineer _____ cut him a short piece of broom handle to use as a lever.",
     "Jack Ridley", "The flight engineer _____ cut him a short piece of broom handle to use as "
     "a lever."),
    ("Working with the Greek radiographer Charalampos Karakalos, who took X-ray and gamma-ray "
     "images of the fragments, _____ published his book Gears from the Greeks in 1974.",
     "Derek de Solla Price", "_____ published his book Gears from the Greeks in 1974."),
])
def test_clauses_around_the_answer_go(body, answer, expected):
    assert outer_cut(body, answer) == expected


@pytest.mark.parametrize(("body", "answer"), [
    # the blank inside the leading clause; a pronoun subject left alone; a short remainder
    ("On 19 August 1800, when Mary was about _____ months old, a neighbour was holding her "
     "beneath an elm tree.", "fifteen"),
    ("When Thomson returned to Cambridge in _____, he took up the chair of physics.", "1884"),
    ("Although the weather was poor, _____ sailed.", "Cook"),
    ("Using Franklin's image, a research report containing her measurements, and _____ rules, "
     "Watson and Crick built a model of two chains winding around each other.", "Chargaff's"),
    # the main clause after the "which" clause: cut there, a participle's phrase is left
    # alone, no sentence (set 20's blind reviewers: "Encouraged by laws such as ... of 1909.")
    ("Founded by monks from Ireland in the year _____, which was a time of raids along the "
     "coast, the abbey grew into a centre of learning.", "563"),
])
def test_a_clause_that_holds_the_answer_or_names_the_subject_stays(body, answer):
    assert outer_cut(body, answer) == body


def _fact(fid: str, answer: str, prompt: str, start: int, score: float) -> Fact:
    return Fact(id=fid, kind=FactKind.DATE, prompt=prompt, answer=answer,
                source=Span(start, start + 100), score=score)


def test_one_page_asks_a_fact_once():
    facts = [_fact("a", "1820", "In which year did Thomas Birch auction his collection?", 0, 5.0),
             _fact("b", "1820", "In _____ Thomas Birch auctioned his collection.", 0, 4.0)] \
        + [_fact(f"x{k}", str(1700 + k), f"In which year did thing {k} happen?", 200 * (k + 1),
                 3.0) for k in range(25)]
    page = _once_on_page(list(facts))
    assert [f.id for f in page[:20]].count("b") == 0 and "a" in [f.id for f in page[:20]]
    assert sorted(f.id for f in page) == sorted(f.id for f in facts)  # all kept, ids unchanged
    assert [f.id for f in once_each(facts)] == [f.id for f in facts if f.id != "b"]


def test_a_give_away_on_a_short_list_waits_only_for_drafts_of_a_fair_score():
    facts = [_fact("a", "Charles Hutchinson", "Who inspected the Tay line in 1877?", 0, 5.0),
             _fact("b", "1877", "The line was inspected by Charles Hutchinson in _____.", 0, 4.0),
             _fact("c", "1870", "In the _____s travellers crossed by ferry.", 300, -2.0)]
    assert [f.id for f in _once_on_page(facts)] == ["a", "b", "c"]


def test_blind_drafts_read_as_a_teacher_keeps_them(monkeypatch, tmp_path):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    chile = read_document(BLIND / "chile_miners_rescue.txt")
    prompts = {f.answer: f.prompt for f in extract_candidates(chile)[:30]}
    assert prompts["Evo Morales"].startswith("Which president greeted the only foreign miner")
    assert not broken(prompts["22 August"]) and not broken(prompts["23"])
    anning = extract_candidates(read_document(BLIND / "mary_anning.txt"))
    assert "the how many" not in anning[0].prompt.lower() + anning[1].prompt.lower()
    assert sum(f.answer == "1820" for f in anning[:20]) == 1  # question and fill-in: once


@pytest.mark.parametrize(("body", "answer", "expected"), [
    ("The machine was invented by the German electrical engineer Arthur Scherbius, who filed "
     "his first patent for a rotor-based cipher device on _____.", "23 February 1918",
     "Arthur Scherbius filed his first patent for a rotor-based cipher device on _____."),
    ("The parsonage is now a museum run by the Bronte Society, which was founded in _____ and "
     "is one of the oldest literary societies in the world.", "1893",
     "The Bronte Society was founded in _____ and is one of the oldest literary societies in "
     "the world."),
    # no name before the clause, or the blank outside it: the sentence stays
    ("Tubby was a cocker spaniel, who was left inside the vehicle in _____.", "Tacoma", None),
    ("Leonard Coatsworth could not rescue _____, who was left inside the vehicle.", "Tubby",
     None),
])
def test_a_relative_clause_about_a_name_is_asked_of_the_name(body, answer, expected):
    assert relative_lift(body, answer) == (expected or body)


def test_a_date_and_its_year_of_one_sentence_are_one_fact():
    facts = [_fact("a", "23 February 1918", "On which date did he file it?", 0, 5.0),
             _fact("b", "1918", "He filed it on 23 February _____.", 0, 4.0)] \
        + [_fact(f"x{k}", str(1700 + k), f"In which year did thing {k} happen?", 200 * (k + 1),
                 3.0) for k in range(25)]
    assert "b" not in [f.id for f in _once_on_page(facts)[:20]]


def test_a_raw_fill_in_keeps_no_cue_lead_in():
    # round 17g: the sentence around a raw blank says what it wants; blind set 18's reviewer
    # struck short cues too ("Which river? Only one river, the _____, flows out.") and a wrong
    # one ("Which place? In 1905 _____ took a more radical course.", a person)
    from edu.extract.candidates import _fill_ins_as_kept

    def kept(prompt: str, answer: str, category: str, kind: FactKind = FactKind.DATE) -> str:
        fact = Fact(id="x", kind=kind, prompt=prompt, answer=answer,
                    source=Span(0, 10), category=category)
        return _fill_ins_as_kept([fact])[0].prompt

    assert kept("In which month and year? In _____ Marian Rejewski, a young mathematician at "
                "the Polish Cipher Bureau, used permutation theory, together with documents "
                "obtained by French intelligence from a German informant, to work out the "
                "internal wiring of the military rotors.", "December 1932", "month") \
        .startswith("In _____ Marian Rejewski, a young mathematician")
    # cut to its clause first (tuning 15f), and no cue before it however short
    assert kept("In which year? Charlotte was born in the village of Thornton, near Bradford "
                "in Yorkshire, on 21 April 1816, and Emily and Anne followed in 1818 and _____.",
                "1820", "year") == "Emily and Anne followed in 1818 and _____."
    assert not kept("Which place? In 1905 _____ took a more radical course.", "Einstein",
                    "place", FactKind.NAME).startswith("Which place?")


def test_the_page_looks_no_further_than_its_reach():
    # a short list of one sentence's repeats (tuning/hindenburg.txt lost a key fact past K
    # before the reach): the first PAGE_REACH drafts stay the same set
    from edu.extract.candidates import PAGE_REACH

    facts = [_fact(f"r{k}", "1936", f"Asked again {k}: _____.", 0, 5.0 - k / 100)
             for k in range(60)]
    placed = _once_on_page(list(facts))
    assert {f.id for f in placed[:PAGE_REACH]} == {f.id for f in facts[:PAGE_REACH]}


def test_a_question_asked_in_place_that_dangles_is_not_used():
    assert dangling("H3 took him about how many years to?")
    assert not dangling("The final bill came to about how many pounds?")
    assert not broken("About how many pounds did the final bill come to?")  # the main pass's
