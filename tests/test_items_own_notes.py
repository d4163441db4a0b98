"""Items from a learner's own notes (issue 15): the faults a teacher found in the items of
auto-extracted drafts of ordinary English, each on a short text or deck of its own."""

from __future__ import annotations

import random
import re

import pytest

from edu.deck.model import Deck, Fact
from edu.items.distractors import number_distractors
from edu.items.generate import generate_items_with_report
from edu.items.hedges import Hedge, hedge_of, tolerance_of
from edu.items.model import ItemKind
from edu.items.phrasing import fluent_statement
from edu.text.quantities import parse_quantity
from edu.text.source import Span


def number(prompt: str, answer: str, evidence: str = "", unit: str | None = None,
           fid: str = "n") -> Fact:
    return Fact(id=fid, kind="number", prompt=prompt, answer=answer, source=Span(0, 1),
                evidence=evidence or None, unit=unit)


def deck_of(*facts: Fact) -> Deck:
    return Deck(title="notes", id="notes", source="missing.txt", facts=list(facts))


# -- hedged figures a draft states in its gap or only in its evidence ---------------------

def test_a_gap_says_its_hedge() -> None:
    about = number("How many metres? The wreck lay at a depth of about _____ metres.", "11")
    bound = number("How many ships? A fleet of more than _____ ships entered the Solent.", "200")
    estimate = number("How many people? It was watched by an estimated _____ people.",
                      "60 million")
    assert hedge_of(about) == Hedge.ABOUT and tolerance_of(about) > 1
    assert hedge_of(bound) == Hedge.AT_LEAST
    assert hedge_of(estimate) == Hedge.ABOUT


def test_the_evidence_says_a_hedge_the_question_dropped() -> None:
    f = number("To how many dollars did the final bill come?", "6.4 million",
               "the final bill came to about 6.4 million dollars")
    assert hedge_of(f) == Hedge.ABOUT
    assert tolerance_of(f) == 640_000
    exact = number("How many lanes did the deck carry?", "two",
                   "the deck was about 39 feet wide and carried two lanes")
    assert hedge_of(exact) == Hedge.EXACT  # "about" belongs to another figure


def test_a_bound_in_the_gap_gets_no_false_statement_and_options_beyond_it() -> None:
    f = number("How many ships? A fleet of more than _____ ships entered the Solent.", "200")
    items, dropped = generate_items_with_report(deck_of(f), ["true_false", "multiple_choice"])
    assert [i.kind for i in items] == [ItemKind.MULTIPLE_CHOICE]
    assert all(parse_quantity(o).value > 200 for o in items[0].options or [] if o != "200")
    assert items[0].prompt.startswith("How many ships?")  # the gap says it: not asked twice


def test_approximate_options_lie_outside_the_band_in_the_numeral_s_scale() -> None:
    f = number("How many bricks? Used about _____ bricks.", "318 million", unit="bricks")
    for seed in range(10):
        options = number_distractors(f, random.Random(seed))
        assert len(options) == 3, seed
        assert all(abs(parse_quantity(o).value - 318e6) > 31.8e6 for o in options), options
    near = number("How many metres? At a depth of about _____ metres.", "11")
    for seed in range(10):
        assert all(abs(parse_quantity(o).value - 11) > 1.1
                   for o in number_distractors(near, random.Random(seed)))


# -- a cloze of ordinary English keeps its sentence as written --------------------------

def test_an_evidence_cloze_of_ordinary_english_is_the_sentence_as_written(tmp_path) -> None:
    text = ("Herschel had been born in Hanover in 1738 and had moved to England as a young "
            "man. Disraeli called the Thames \"a Stygian pool "
            "reeking with horror\" in Parliament.\\n")
    (tmp_path / "notes.txt").write_text(text)
    born = text.index("Herschel")
    said = text.index("Disraeli")
    facts = [Fact(id="a", kind="name", prompt="Where was Herschel born in 1738?",
                  answer="Hanover", source=Span(born, text.index(" man.") + 5)),
             Fact(id="b", kind="name",
                  prompt="What called the Thames a Stygian pool reeking with horror?",
                  answer="Disraeli", source=Span(said, text.index(" horror") + 7))]
    deck = Deck(title="t", id="t", source="notes.txt", facts=facts, path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(deck, ["cloze"])
    assert [i.prompt for i in items] == [
        "Herschel had been born in _____ in 1738 and had moved to England as a young man.",
        '_____ called the Thames "a Stygian pool reeking with horror."'], dropped


# -- figures that count nothing get no items --------------------------------------------

def test_figures_that_count_nothing_get_no_items() -> None:
    facts = [
        number("How many side? Flames jumped from _____ side to the other.", "one",
               unit="side", fid="side"),
        number("How many New King Street? He lived at _____ New King Street in Bath.", "19",
               unit="New King Street", fid="street"),
        number("How many Parliament passed? In _____ Parliament passed the Act.", "1714",
               unit="Parliament passed", fid="year"),
        number("How many Londoners did the outbreak kill?", "14,000", unit="Londoners",
               fid="londoners"),
        number("How many degrees? It reached _____ Celsius.", "35", unit="Celsius", fid="hot"),
        number("How many moons does it have?", "two", unit="moons", fid="moons"),
    ]
    items, dropped = generate_items_with_report(deck_of(*facts), ["short_answer", "numeric"])
    assert sorted({i.fact_id for i in items}) == ["hot", "londoners", "moons"]
    reasons = {fid: why for fid, _kind, why in dropped}
    assert "determiner" in reasons["side"] and "name or a date" in reasons["street"]
    assert "name or a date" in reasons["year"]


# -- statements that read as English ----------------------------------------------------

@pytest.mark.parametrize(("prompt", "answer", "statement"), [
    # a verb the tables do not know, after a subject opened by a determiner
    ("How many Londoners did the 1848-49 outbreak kill?", "14,000",
     "The 1848-49 outbreak killed 14,000 Londoners."),
    ("In which month and year did a British fleet under Admiral Sir Cloudesley Shovell "
     "strike rocks off the Isles of Scilly?", "October 1707",
     "In October 1707, a British fleet under Admiral Sir Cloudesley Shovell struck rocks off "
     "the Isles of Scilly."),
    ("On which date did the bridge's main span tear apart?", "7 November 1940",
     "On 7 November 1940, the bridge's main span tore apart."),
    # a person before the object
    ("How many pounds did the Board pay Harrison?", "10,000",
     "The Board paid Harrison 10,000 pounds."),
    ("How many pounds did the King grant him a year?", "200",
     "The King granted him 200 pounds a year."),
    # a person asked after a preposition: the preposition stays with its verb
    ("By whom was Watzinger rescued?", "Haugland", "Watzinger was rescued by Haugland."),
    ("To whom did the elderly Harrison appeal?", "King George III",
     "The elderly Harrison appealed to King George III."),
    ("To whom did Banting take his idea?", "John Macleod",
     "Banting took his idea to John Macleod."),
    # a participle before a clause, an adverb in the subject, 'born'
    ("By which year was it generally accepted that Herschel had discovered a new planet?",
     "1783", "By 1783, it was generally accepted that Herschel had discovered a new planet."),
    ("Who was born on 24 March 1693 in Foulby?", "John Harrison",
     "John Harrison was born on 24 March 1693 in Foulby."),
])
def test_statements_read_as_english(prompt: str, answer: str, statement: str) -> None:
    assert fluent_statement(prompt, answer) == statement


# -- options for people from a small document --------------------------------------------

def person(fid: str, answer: str, prompt: str) -> Fact:
    at = 100 * (sum(map(ord, fid)) % 97)  # spans apart: no fact's evidence holds another's
    return Fact(id=fid, kind="name", prompt=prompt, answer=answer, category="person",
                source=Span(at, at + 10))


def test_people_options_have_a_person_s_shape_and_are_not_named_in_the_question() -> None:
    facts = [
        person("wren", "Christopher Wren", "Who designed 51 new City churches?"),
        person("hooke", "Robert Hooke", "Which scientist worked with Christopher Wren?"),
        person("pepys", "Samuel Pepys", "Who watched the fire from a boat?"),
        person("evelyn", "John Evelyn", "Who described the sky as glowing red?"),
        person("farriner", "Thomas Farriner", "In whose bakery did the fire break out?"),
        person("paul", "St Paul's", "Which cathedral did the fire reach on Tuesday?"),
        person("bank", "Victoria Embankment", "Who finished in 1870?"),
        person("james", "James", "Which brother did the King place in charge?"),
        person("monument", "Wren", "Who? _____ and Hooke also designed the Monument."),
    ]
    deck = deck_of(*facts)
    for seed in range(6):
        items, _dropped = generate_items_with_report(deck, ["multiple_choice", "true_false"],
                                                     seed)
        for item in items:
            if item.fact_id in ("paul", "bank", "monument", "james"):
                continue
            shown = item.options or [item.statement or ""]
            text = " ".join(shown)
            assert "St Paul's" not in text and "Victoria Embankment" not in text, item
            assert "James" not in text or item.fact_id == "james", item
        monument = [i for i in items if i.fact_id == "monument"]
        assert all("Robert Hooke" not in " ".join(i.options or [i.statement or ""])
                   for i in monument)


def test_two_other_people_make_no_four_option_question() -> None:
    facts = [
        person("snow", "John Snow", "Who linked cholera to the Broad Street pump?"),
        person("faraday", "Michael Faraday", "Who wrote to The Times in 1855?"),
        person("bazalgette", "Joseph Bazalgette", "Who was chief engineer?"),
        person("bank", "Victoria Embankment", "Who finished in 1870?"),
    ]
    items, dropped = generate_items_with_report(deck_of(*facts), ["multiple_choice"])
    assert not [i for i in items if i.fact_id != "bank"]
    assert any(fid == "bazalgette" and "only 2 good distractor" in why
               for fid, _kind, why in dropped)
    for seed in range(8):  # a false statement swaps in one of the document's own people
        items, _ = generate_items_with_report(deck_of(*facts), ["true_false"], seed)
        for item in items:
            if item.fact_id != "bank" and item.answer == "false":
                assert "Victoria Embankment" not in (item.statement or ""), item


def test_a_category_that_says_nothing_lends_no_options_and_makes_no_matching_set() -> None:
    def thing(fid: str, answer: str, prompt: str) -> Fact:
        at = 100 * (sum(map(ord, fid)) % 97)
        return Fact(id=fid, kind="name", prompt=prompt, answer=answer, category="name",
                    source=Span(at, at + 10))

    facts = [thing("co2", "CO2", "What is fixed by the enzyme RuBisCO?"),
             thing("ii", "II", "Which photosystem comes first?"),
             thing("stomata", "stomata", "Through what does gas exchange happen?"),
             thing("thylakoid", "thylakoid", "In which membranes do the light reactions run?"),
             thing("helmont", "Helmont", "Who grew a willow tree for five years?")]
    items, dropped = generate_items_with_report(deck_of(*facts), ["multiple_choice",
                                                                  "matching"])
    assert items == []
    assert all("says nothing" in why for _fid, _kind, why in dropped), dropped
    # a statement that could only be true is no true/false item
    items, dropped = generate_items_with_report(deck_of(*facts), ["true_false"])
    assert items == [] and all("could only be true" in why for _f, _k, why in dropped)


def test_a_range_is_asked_as_a_range() -> None:
    """Since the ranges round (tests/test_ranges.py) a range is one answer in every item:
    its options and false statements are ranges that never overlap it, and a typed range
    is graded end by end."""
    f = number("The divers worked at a depth of about _____ metres.", "45-55", unit="metres")
    wanted = ["short_answer", "multiple_choice", "true_false", "cloze", "numeric"]
    items, dropped = generate_items_with_report(deck_of(f), wanted)
    assert sorted(i.kind for i in items) == sorted(wanted), dropped
    choice = next(i for i in items if i.kind == "multiple_choice")
    assert all(re.fullmatch(r"\d+-\d+", option) for option in choice.options)
    assert all(int(option.split("-")[0]) > 55 or int(option.split("-")[1]) < 45
               for option in choice.options if option != "45-55")


def test_a_participle_in_an_aside_is_not_the_verb() -> None:
    assert fluent_statement(
        "Who was a young surgeon from Alliston, Ontario, born on 14 November 1891?",
        "Frederick Banting") == ("Frederick Banting was a young surgeon from Alliston, "
                                 "Ontario, born on 14 November 1891.")


def test_a_designator_and_a_time_of_day_are_not_figures_to_count() -> None:
    facts = [number("How many diabetes? Before the 1920s, a diagnosis of type _____ diabetes "
                    "was almost a death sentence.", "1", unit="diabetes", fid="type"),
             number("How many trains were there?", "224",
                    evidence="the mail train, hauled by locomotive number 224, entered",
                    unit="trains", fid="engine"),
             number("At about what time did the train enter the bridge?", "7:13", unit="pm",
                    fid="clock")]
    items, dropped = generate_items_with_report(deck_of(*facts), ["numeric",
                                                                  "multiple_choice"])
    assert items == []
    reasons = {fid: why for fid, _kind, why in dropped}
    assert "series" in reasons["type"] and "series" in reasons["engine"]
    assert "time of day" in reasons["clock"]


def test_an_event_whose_date_was_all_its_participle_said_is_no_event() -> None:
    from edu.items.ordering import dated_event

    aside = Fact(id="a", kind="name", answer="Frederick Banting", source=Span(0, 1),
                 prompt="Who was a surgeon from Alliston, Ontario, born on 14 November 1891, "
                        "who had served as a medical officer?")
    assert dated_event(aside) is None  # never "..., born, who had served ..."
    launched = Fact(id="b", kind="name", answer="Tianwen-1", source=Span(0, 1),
                    prompt="Which probe was launched to Mars in July 2020?")
    assert dated_event(launched) == ("Tianwen-1 was launched to Mars.", (2020, 7, None),
                                     "July 2020")
