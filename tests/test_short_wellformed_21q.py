"""Short, well-formed raw drafts, nothing trivial (issue 15, round 21q, blind set 22's
review): a long draft from any builder is cut to the clause that holds its answer, the broken
shapes the reviewer named are read as broken, a word capitalised only because it opened its
sentence is written in lower case again, and drafts whose prompt gives the answer away are
found. Invented sentences, several for each shape."""

from __future__ import annotations

import pytest

from edu.deck.model import Fact, FactKind
from edu.extract.candidates import FIRST_PAGE, PAGE_REACH, _below_the_page, _once_on_page
from edu.extract.given_away import given_away
from edu.extract.question_form import (
    asked_right,
    broken,
    misworded,
    without_next_verbs_phrase,
)
from edu.extract.trimmed import trimmed
from edu.extract.wording import BLANK, in_common_case
from edu.text.source import Span


@pytest.mark.parametrize(("prompt", "answer", "wanted"), [
    # a verb joined by "and" after the answer's clause
    (f"The merchant Paolo Verdi saved the ledgers of his small {BLANK} from the flood in a "
     "rowing boat and soon began lending money to help the town rebuild.",
     "Bank of Lucca",
     f"The merchant Paolo Verdi saved the ledgers of his small {BLANK} from the flood in a "
     "rowing boat."),
    # a relative clause set off by commas inside a question, both commas gone
    ("Who surveyed the two wrecks off Marden Point, which had been half buried by the shifting "
     "sand, in the 1970s?", "Helen Ward",
     "Who surveyed the two wrecks off Marden Point in the 1970s?"),
    # a trailing verb phrase of a question
    ("Who founded the Riverside Press in Leeds in the spring of 1921 and later sold the "
     "business to a publisher from London?", "Ada Pryce",
     "Who founded the Riverside Press in Leeds in the spring of 1921?"),
    ("Who designed the new harbour wall at Stonehaven after the storm of 1880 and was "
     "knighted for the work ten years later?", "John Gibb",
     "Who designed the new harbour wall at Stonehaven after the storm of 1880?"),
    # a participle's phrase after the subject's comma
    (f"In 1931 the Hungarian-born chemist {BLANK}, working at the Royal Institution in London, "
     "showed that the salt always crystallised in the same pattern.", "Karl Weiss",
     f"In 1931 the Hungarian-born chemist {BLANK} showed that the salt always crystallised in "
     "the same pattern."),
    # a phrase set off by commas on the subject
    (f"The total cost of the harbour, including the new breakwaters and the lighthouse, was "
     f"about £{BLANK} at the prices of the time.", "4 million",
     f"The total cost of the harbour was about £{BLANK} at the prices of the time."),
    # a cut after an abbreviation ends on its full stop, not on a second one ("1 a.m..")
    (f"The ferry, the old steamer Maud, had left the quay at {BLANK} shortly before 2 a.m. "
     "and was bound for the islands of the north with the mail.", "Kirkwall",
     f"The ferry, the old steamer Maud, had left the quay at {BLANK} shortly before 2 a.m."),
])
def test_long_drafts_are_cut_to_the_answers_clause(prompt: str, answer: str,
                                                   wanted: str) -> None:
    assert trimmed(prompt, answer) == wanted


@pytest.mark.parametrize(("prompt", "answer"), [
    # a condition would go with the clause
    (f"The Harbour Tunnel would flood within {BLANK} hours and stay closed for weeks, if the "
     "pumps at the station were to fail in a storm.", "six"),
    # a restrictive relative clause says which grid
    (f"The engineer Marta Kovacs drew a grid that grouped the roughly {BLANK} symbols of the "
     "old inscription according to the sounds they seemed to share.", "80"),
    # the members of a list stay
    (f"The flood carried trees, houses, carts, cattle and miles of fencing from the mill as it "
     f"swept through the hamlets of Low Ford, Kirby Mill and {BLANK}.", "Eastwick"),
    # a name set off as an apposition is no aside
    (f"In 1905 a young naval officer, Peter Aldane, led the first survey party from Hull to "
     f"the northern islands, a voyage that took {BLANK} days because of the ice.", "41"),
    # short drafts are left alone
    (f"The bridge opened in {BLANK}.", "1890"),
])
def test_cuts_that_would_change_what_is_said_are_not_made(prompt: str, answer: str) -> None:
    assert trimmed(prompt, answer) == prompt


@pytest.mark.parametrize("question", [
    # a question word put inside a time phrase's noun phrase
    "Between which years between Peru did disputes over the guano islands continue?",
    "In which year in Norway did the strike begin?",
    # a subject split around a moved name
    "Whom did a public consultation Anna Hale succeed as governor in 1998?",
    "Who did a royal commission Peter Brandt advise in 1921?",
    # a question opened by "of which"
    "Of which, about how many bricks were laid by hand?",
    "Of which boson were the properties expected?",
    # a count with no counted noun
    "How many was a contract?",
    "About how many was the grant?",
])
def test_broken_shapes_of_set_22(question: str) -> None:
    assert broken(question)


@pytest.mark.parametrize("question", [
    "In which year did the strike begin in Norway?",
    "In which city in Italy did he die?",
    "How many were killed?",
    "Whom did the physicist Albert Einstein meet in 1921?",
    "In which part of the country did the war start?",
])
def test_well_formed_questions_are_not_broken(question: str) -> None:
    assert not broken(question)


@pytest.mark.parametrize(("question", "evidence", "wrong"), [
    # a description left at the end, after the object
    ("In which year did Jean Marot discover cobaltite the French geologist?",
     "Cobaltite was found in 1851 by the French geologist Jean Marot.", True),
    ("In which year did Ida Lund name the comet the Swedish astronomer?",
     "In 1907 the Swedish astronomer Ida Lund named the comet.", True),
    # a word dropped from the middle of the asked noun phrase
    ("By which first elected governor was the toll introduced in 1994?",
     "The toll was introduced in 1994 by Sara Holm, the first directly elected governor.",
     True),
    ("Which largest private railway did the state buy in 1920?",
     "In 1920 the state bought the largest surviving private railway, the Nordbahn.", True),
    # as the sentence says it
    ("By which Danish chemist was the salt identified in 1879?",
     "The salt was identified in 1879 by the Danish chemist Lars Holm.", False),
    ("In which year did the team discover the element?",
     "The team discovered the element in 1875.", False),
    ("Which prize did the academy award Marie Dubois?",
     "In 1911 the academy awarded Marie Dubois the Grand Prize.", False),
])
def test_misworded_questions(question: str, evidence: str, wrong: bool) -> None:
    assert misworded(question, evidence) is wrong


def test_what_asks_for_a_body_by_its_kind() -> None:
    asked = asked_right("What operates the Great Southern Telescope on Mount Ellery?",
                        "Southern Astronomical Observatory", "observatory",
                        "The Southern Astronomical Observatory operates the Great Southern "
                        "Telescope on Mount Ellery.")
    assert asked == "Which organisation operates the Great Southern Telescope on Mount Ellery?"


def test_a_sentences_first_word_is_written_in_lower_case_again() -> None:
    text = ("Boron, cobaltite and silver were known. Cobaltite was found in 1851 by Jean Marot. "
            "Peru fought Chile. The war with Peru ended. Granite is common.")
    assert in_common_case("By which geologist was Cobaltite found in 1851?", text) \
        == "By which geologist was cobaltite found in 1851?"
    assert in_common_case("Which country fought against Peru?", text) \
        == "Which country fought against Peru?"  # a name inside a sentence too
    assert in_common_case("Where is Granite common?", text) == "Where is Granite common?"
    # (never in lower case in the document: it may be a name)


@pytest.mark.parametrize(("prompt", "answer", "given"), [
    ("Which engineer designed the Lindqvist bridge, opened in 1961?", "Erik Lindqvist", True),
    (f"If one {BLANK} could be measured, any other Mira variable would reveal its distance.",
     "Mira variable", True),
    ("The Salt Lake is the lowest lake on which place?", "Earth", True),
    ("The tower is the tallest building in the world, in which place?", "the world", True),
    (f"The line is run by Metro Rail for Lisbon ({BLANK}), the city's transport body.",
     "MRL", True),
    (f"The board was later reformed as the Council for Northern Trade and Industry, or "
     f"{BLANK}, in 1961.", "CNTI", True),
    (f"{BLANK} reported that average speeds had fallen back by 2015.", "City Transport", True),
    # nothing given away
    ("Which engineer designed the harbour bridge?", "Erik Lindqvist", False),
    ("Which organisation did the Rural Works Act create?", "Rural Works Administration", False),
    (f"The line is run by the state railway ({BLANK}).", "NASA", False),
    (f"{BLANK} said the line would reopen.", "Anna Holm", False),
])
def test_answers_the_prompt_gives_away(prompt: str, answer: str, given: bool) -> None:
    assert given_away(prompt, answer) is given


@pytest.mark.parametrize(("question", "evidence", "wanted"), [
    ("In which year did Ilse Varga graduate after a period working in Graz and Linz?",
     "Ilse Varga graduated in 1921 and, after a period working in Graz and Linz, returned to "
     "Vienna.", "In which year did Ilse Varga graduate?"),
    ("In which year did the firm open its first shop after two years of planning?",
     "The firm opened its first shop in 1890 and, after two years of planning, built a "
     "factory.", "In which year did the firm open its first shop?"),
    # the phrase is the asked verb's own, or the next verb is asked too
    ("In which year did Ilse Varga return to Vienna after a period working in Graz?",
     "After a period working in Graz, Ilse Varga returned to Vienna in 1925.",
     "In which year did Ilse Varga return to Vienna after a period working in Graz?"),
    ("Who graduated in 1921 and, after a period working in Graz, returned to Vienna?",
     "Ilse Varga graduated in 1921 and, after a period working in Graz, returned to Vienna.",
     "Who graduated in 1921 and, after a period working in Graz, returned to Vienna?"),
])
def test_a_phrase_of_the_next_verb_is_not_asked_of_this_one(question: str, evidence: str,
                                                             wanted: str) -> None:
    assert without_next_verbs_phrase(question, evidence) == wanted


def _fact(k: int, prompt: str, answer: str, kind: FactKind = FactKind.NAME,
          score: float = 5.0) -> Fact:
    return Fact(id=f"f{k}", kind=kind, prompt=prompt, answer=answer,
                source=Span(200 * k, 200 * k + 100), score=score - k / 100)


def test_given_away_broken_and_small_counts_go_below_the_page_inside_the_reach() -> None:
    facts = [_fact(k, f"Who commanded the trawler Nerine{k} in the war?", f"Captain{k}")
             for k in range(10)]
    facts += [_fact(10, "Which engineer designed the Lindqvist bridge?", "Erik Lindqvist"),
              _fact(11, "How many was a contract?", "20 million", FactKind.NUMBER),
              _fact(12, "How many ends of the Harbour Arch met over the water?", "two",
                    FactKind.NUMBER)]
    facts += [_fact(k, f"Which fisherman caught the fish Coela{k} at night?", f"Fisher{k}")
              for k in range(13, 30)]
    foot = {f.id for f in facts if _below_the_page(f)}
    assert foot == {"f10", "f11", "f12"}
    placed = _once_on_page(list(facts), foot, foot)
    page = [f.id for f in placed[:FIRST_PAGE]]
    assert not foot & set(page)
    assert {f.id for f in placed[:PAGE_REACH]} == {f.id for f in facts[:PAGE_REACH]}
