"""Items from a learner's own notes, twelfth round (issue 15): statements that read as written
English, names said with their article and beside names of their own kind, people shown by
full names in matching sets. Each test is a short text or question of its own."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from edu.deck.model import Deck, Fact
from edu.items.common import Surroundings
from edu.items.distractors import name_distractors
from edu.items.generate import generate_items_with_report
from edu.items.model import ItemKind
from edu.items.phrasing import as_written, fluent_statement, is_state
from edu.items.qualifiers import fits_place_kind
from edu.text.source import Span

# -- a statement keeps the order of written English -----------------------------------

STATEMENTS = [
    # a measure, a bound or a rate is said after its verb; only a date is fronted
    ("For how many hours did the storm last?", "6", "The storm lasted for 6 hours."),
    ("More than how many letters did the clerk copy?", "300",
     "The clerk copied more than 300 letters."),
    ("At up to how many miles per hour did the mail coach move?", "10",
     "The mail coach moved at up to 10 miles per hour."),
    ("In which year did the mill close?", "1901", "In 1901, the mill closed."),
    # "were missing" after "how many": the answer is the subject
    ("After the storm, how many sheep were missing?", "40",
     "After the storm, 40 sheep were missing."),
    ("How many metres below the road is lowest cellar?", "9",
     "Lowest cellar is 9 metres below the road."),
    # "Who was a ...?": the person first; "Who was the ...?" keeps its order
    ("Who was a baker from Leeds who sold bread to the army?", "Ada Pym",
     "Ada Pym was a baker from Leeds who sold bread to the army."),
    ("Who was the first mayor of the town?", "Ada Pym", "The first mayor of the town was Ada Pym."),
    ("Who was away at sea in 1820?", "Hugh Vane", "Hugh Vane was away at sea in 1820."),
    # a passive's particle stays with its participle, before the agent
    ("By whom was the new hall paid for?", "Ada Pym", "The new hall was paid for by Ada Pym."),
    # a verb left at the end of the question is its verb, not the noun before it
    ("How many sheep did a late frost on 3 March 1901 kill?", "40",
     "A late frost on 3 March 1901 killed 40 sheep."),
    ("How many boats did a sudden squall in the harbour sink?", "5",
     "A sudden squall in the harbour sank 5 boats."),
    ("On which date did the old mill wheel stop?", "3 May 1899",
     "On 3 May 1899, the old mill wheel stopped."),
    # "did not": the subject asked keeps its negation
    ("Who did not sign the letter to the council?", "Hugh Vane",
     "Hugh Vane did not sign the letter to the council."),
]


@pytest.mark.parametrize(("prompt", "answer", "expected"), STATEMENTS)
def test_statements_keep_written_order(prompt: str, answer: str, expected: str) -> None:
    assert fluent_statement(prompt, answer) == expected


def test_a_rebuilt_statement_keeps_the_words_of_its_sentence() -> None:
    sentence = "Ada and Hugh traveled to Leeds."
    assert as_written(sentence, "When did Ada and Hugh travel to Leeds?", "",
                      "In 1820 Ada and Hugh travelled to Leeds by coach.") == (
        "Ada and Hugh travelled to Leeds.")
    # a verb the sentence writes in another form: the rules took another word for the verb
    assert as_written("Ada's men uncover a step cut into the rock.",
                      "When did Ada's men uncover a step cut into the rock?", "",
                      "In 1820 Ada's men uncovered a step cut into the rock.") is None
    # a word the text never says: the rules misread the question
    assert as_written("A great flooded six men kill.", "How many men did a great flood kill?",
                      "six", "A great flood killed six men.") is None


# -- items of a short text of ordinary English ------------------------------------------

NOTES = ("The Weavers Guild of Dunmore was founded in 1802. "
         "In 1820 the Weavers Guild paid for a new hall beside the river. "
         "Ground for the hall was broken at Dunmore, Ohio, on 4 May 1819. "
         "He stood for parliament in 1830. "
         "Ada Pym ran the dye works at Dunmore. "
         "Hugh Vane kept the guild's accounts. "
         "Tom Reed built the looms. "
         "Ellen Cord taught the apprentices. "
         "Pym later moved to the United States. "
         "About two thirds of the weavers lost their work when the mill opened.\n")


def _fact(fid: str, kind: str, prompt: str, answer: str, said: str, category: str = "",
          unit: str | None = None) -> Fact:
    start = NOTES.index(said)
    end = NOTES.index(".", start) + 1
    return Fact(id=fid, kind=kind, prompt=prompt, answer=answer, category=category,
                source=Span(start, end), unit=unit)


def _deck(tmp_path: Path, facts: list[Fact]) -> Deck:
    (tmp_path / "notes.txt").write_text(NOTES)
    return Deck(title="t", id="t", source="notes.txt", facts=facts,
                path=str(tmp_path / "d.yaml"))


def test_a_statement_the_rules_cannot_build_is_the_sentence_as_written(tmp_path) -> None:
    facts = [_fact("a", "name", "Where was ground for the hall broken on 4 May 1819?",
                   "Dunmore", "Ground for the hall", "town"),
             _fact("b", "date", "Where did he stand for parliament?", "1830", "He stood")]
    items, dropped = generate_items_with_report(_deck(tmp_path, facts), ["true_false"])
    assert [i.true_statement for i in items] == [
        "Ground for the hall was broken at Dunmore, Ohio, on 4 May 1819."]
    assert "—" not in items[0].prompt
    # "He stood ...": no sentence to state (its "he" points at nothing: edu/items/referring)
    assert [(fid, why.split(":")[0]) for fid, _kind, why in dropped] == [
        ("b", "'he' points at nothing the item says (only the sentence before names it)")]


def test_a_name_keeps_its_article(tmp_path) -> None:
    facts = [_fact("a", "name", "Which organisation paid for a new hall beside the river in "
                   "1820?", "Weavers Guild", "In 1820 the Weavers", "organisation")]
    items, _ = generate_items_with_report(_deck(tmp_path, facts), ["true_false"])
    # the rebuilt "... beside the river in 1820." joins words the sentence never writes
    # together ("river in"): since round 14 the sentence as written is stated, its article kept
    assert items[0].true_statement == ("In 1820 the Weavers Guild paid for a new hall beside "
                                       "the river.")


def test_a_place_is_offered_beside_places_of_its_kind() -> None:
    assert not fits_place_kind("United States", "Dunmore Valley")
    assert not fits_place_kind("United States", "Leeds")  # a town beside a country
    assert not fits_place_kind("Leeds", "France")
    assert not fits_place_kind("Leeds", "Ohio")  # a state beside a town
    assert fits_place_kind("France", "Spain")
    assert not fits_place_kind("England", "Britain")  # one holds the other: could be true
    assert not fits_place_kind("Ontario", "Canada")
    assert fits_place_kind("Ohio", "Ontario")


def test_names_said_with_and_without_the_are_no_options_of_each_other(tmp_path) -> None:
    facts = [_fact("a", "name", "Where did Pym later move?", "United States", "Pym later",
                   "place"),
             _fact("b", "name", "Where did Ada Pym run the dye works?", "Dunmore",
                   "Ada Pym ran", "place"),
             _fact("c", "name", "Where was the new hall?", "Ohio", "Ground for", "place"),
             _fact("d", "name", "Where was the hall built?", "Leeds", "Ground for", "place")]
    items, dropped = generate_items_with_report(_deck(tmp_path, facts), ["multiple_choice"])
    assert "a" not in {i.fact_id for i in items}, [i.options for i in items]
    assert ("a", ItemKind.MULTIPLE_CHOICE) in {(fid, kind) for fid, kind, _ in dropped}


def test_a_fraction_is_no_count(tmp_path) -> None:
    facts = [_fact("a", "number", "About how many thirds of the weavers lost their work?",
                   "two", "About two thirds", "count", unit="thirds")]
    items, dropped = generate_items_with_report(_deck(tmp_path, facts), None)
    assert items == []
    assert all("fraction" in why for _fid, _kind, why in dropped)


def test_a_matching_set_shows_people_by_their_full_names(tmp_path) -> None:
    facts = [_fact("a", "name", "Who ran the dye works at Dunmore?", "Pym", "Ada Pym ran",
                   "person"),
             _fact("b", "name", "Who kept the guild's accounts?", "Hugh Vane", "Hugh Vane",
                   "person"),
             _fact("c", "name", "Who built the looms?", "Tom Reed", "Tom Reed", "person"),
             _fact("d", "name", "Who taught the apprentices?", "Ellen Cord", "Ellen Cord",
                   "person"),
             _fact("e", "name", "Who later moved to the United States?", "Pym",
                   "Pym later", "person")]
    items, dropped = generate_items_with_report(_deck(tmp_path, facts), ["matching"])
    assert len(items) == 1
    shown = sorted(left for left, _right in items[0].pairs or [])
    assert shown == ["Ada Pym", "Ellen Cord", "Hugh Vane", "Tom Reed"]
    assert "Pym" in items[0].asked_answers  # the name as the question said it still counts
    assert [fid for fid, _kind, why in dropped if "one person twice" in why] == ["e"]


def test_a_false_statement_swaps_in_a_thing_of_the_same_kind() -> None:
    def org(fid: str, prompt: str, answer: str) -> Fact:
        at = 10 * (ord(fid) - ord("a"))  # spans apart: no answer could be another's too
        return Fact(id=fid, kind="name", prompt=prompt, answer=answer,
                    category="organisation", source=Span(at, at + 5))
    dept = org("a", "Which organisation did the general command?", "Department of Ohio")
    bank = org("b", "Which organisation did the banker found?", "Bank of Dunmore")
    other = org("c", "Which organisation lent the money?", "Bank of Leeds")
    deck = Deck(title="t", id="t", source="missing.txt", facts=[dept, bank, other])
    rng = random.Random(0)
    written = Surroundings(articles={"departmentofohio": "the", "bankofdunmore": "the",
                                     "bankofleeds": "the"})  # a document of ordinary English
    # an option shown alone may be any organisation; one put in the sentence must fit it
    assert sorted(name_distractors(dept, deck, rng, 2, written)) == ["Bank of Dunmore",
                                                                      "Bank of Leeds"]
    assert name_distractors(dept, deck, rng, 2, written, in_sentence=True) == []
    assert name_distractors(bank, deck, rng, 2, written, in_sentence=True) == ["Bank of Leeds"]


@pytest.mark.parametrize(("event", "state"), [
    ("The valley was part of the county of Dunmore.", True),
    ("Among the first pupils was Ada Pym, who later ran the dye works.", True),
    ("The guild was founded.", False),
    ("Ada Pym was quickly elected mayor.", False),
    ("Hugh Vane travelled to Leeds, where he was a clerk.", False),
])
def test_an_ordering_event_is_something_that_happened(event: str, state: bool) -> None:
    assert is_state(event) == state


def test_a_percentage_is_asked_as_a_teacher_asks_it() -> None:
    f = Fact(id="p", kind="number", prompt="How many percent of the looms were new?",
             answer="40", unit="percent", source=Span(0, 1))
    deck = Deck(title="t", id="t", source="missing.txt", facts=[f])
    items, _ = generate_items_with_report(deck, ["short_answer", "numeric"])
    assert [i.prompt for i in items] == ["What percentage of the looms were new?"] * 2
