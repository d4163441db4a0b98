"""Quality rules of the item generator: fluent clozes, plausible distractors (dates on the
right side of the document's date, numbers like the answer, names from close categories only),
statements whose false variant cannot be true, stable matching and ordering groups."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest

from edu.deck.check import load_deck
from edu.deck.model import Deck, Fact
from edu.grading.grade import parse_date, parse_quantity
from edu.items.common import Drop, Surroundings
from edu.items.distractors import (
    category_closeness,
    date_distractors,
    date_window,
    distractors_for,
    name_distractors,
    number_distractors,
    reference_date,
)
from edu.items.generate import generate_items_with_report
from edu.items.hedges import bound_direction
from edu.items.make import document_date
from edu.text.preprocess import preprocess_words
from edu.text.source import Span

BUNDLED = Path(__file__).resolve().parent.parent / "decks" / "china-space-2021.yaml"


def fact(fid: str, answer: str, kind: str = "name", category: str = "", prompt: str = "",
         span: tuple[int, int] | None = None, **kw) -> Fact:
    # By default each fact has evidence of its own: overlapping evidence blocks a distractor.
    if span is None:
        start = zlib.crc32(fid.encode()) % 100_000 * 10
        span = (start, start + 5)
    return Fact(id=fid, kind=kind, prompt=prompt or f"Which {category or 'thing'} is {fid}?",
                answer=answer, source=Span(*span), category=category, **kw)


def deck_of(*facts: Fact) -> Deck:
    return Deck(title="t", id="t", source="none.txt", facts=list(facts))


# ------------------------------------------------------------------ name distractors


def test_category_closeness_rule() -> None:
    assert category_closeness("Mars mission", "lunar mission") == 1  # same head noun
    assert category_closeness("cargo spacecraft", "deep space probe") == 0  # one family
    assert category_closeness("person or institution", "space agency") == 0
    assert category_closeness("communication satellites", "science satellite") == 1
    assert category_closeness("organization", "rocket") == -1
    assert category_closeness("country", "deep space probe") == -1
    assert category_closeness("Country", "country") == 2


def test_names_never_come_from_unrelated_categories() -> None:
    publisher = fact("pub", "State Council Information Office", category="publisher",
                     prompt="Which body published the white paper?")
    others = [fact(f"x{i}", name, category=cat) for i, (name, cat) in enumerate([
        ("Lancang-Mekong", "program"), ("Xi Jinping", "leader"), ("Tianzhou-2", "spacecraft"),
        ("Pakistan", "country"), ("Galileo", "navigation system")])]
    deck = deck_of(publisher, *others)
    assert name_distractors(publisher, deck, random.Random(0)) == []
    with pytest.raises(Drop, match="in category 'publisher' and close categories"):
        distractors_for(publisher, deck, random.Random(0))
    # the same question with related categories gets their names
    close = [fact("a1", "National Space Administration", category="space agency"),
             fact("a2", "Ministry of Science and Technology", category="government office"),
             fact("a3", "Chinese Academy of Sciences", category="institution")]
    got = name_distractors(publisher, deck_of(publisher, *others, *close), random.Random(0))
    assert sorted(got) == sorted(f.answer for f in close)


def test_one_person_is_not_offered_twice() -> None:
    """'Wren' beside 'Christopher Wren' among the options names one person twice (and tells a
    learner both are wrong); at most one of two nested names is offered, whatever the seed."""
    king = fact("k", "James Stuart", category="person",
                prompt="Who was put in charge of firefighting?")
    others = [fact(f"o{i}", name, category="person") for i, name in enumerate(
        ["Sir Christopher Wren", "Christopher Wren", "Thomas Farriner", "Samuel Pepys",
         "Robert Hooke"])]
    deck = deck_of(king, *others)
    for seed in range(40):
        got = name_distractors(king, deck, random.Random(seed))
        assert len(got) == 3
        assert not {"Christopher Wren", "Sir Christopher Wren"} <= set(got), (seed, got)


def test_same_head_noun_comes_before_family() -> None:
    # (a question that says "Mars mission" would bind options to Mars: test_items_teacher)
    mars = fact("m", "Tianwen-1", category="Mars mission",
                prompt="Which mission made China's first interplanetary voyage?")
    lunar = [fact(f"l{i}", f"Chang'e-{i}", category="lunar mission") for i in (3, 4, 5)]
    probe = [fact(f"p{i}", n, category="deep space probe") for i, n in enumerate(["Zhurong",
                                                                                   "Yutu-2"])]
    got = name_distractors(mars, deck_of(mars, *probe, *lunar), random.Random(1))
    assert sorted(got) == ["Chang'e-3", "Chang'e-4", "Chang'e-5"]


def test_statement_distractors_avoid_names_that_may_be_true() -> None:
    """A false statement loses the question's qualifiers ('European'), so a sibling named in
    the same evidence ('GLONASS') or answering an overlapping fact could make it true."""
    galileo = fact("gal", "Galileo", category="navigation system", span=(0, 50),
                   prompt="China coordinates BeiDou with GPS, a Russian system and which "
                          "European system?")
    glonass = fact("glo", "GLONASS", category="navigation system", span=(10, 60))
    named = fact("qz", "QZSS", category="navigation system", span=(200, 220))
    far = [fact(f"n{i}", n, category="navigation system", span=(300 + i, 301 + i))
           for i, n in enumerate(["NavIC", "DORIS"])]
    deck = deck_of(galileo, glonass, named, *far)
    where = Surroundings(evidence_stems=tuple(preprocess_words(
        "china coordinates beidou gps qzss galileo")))
    for seed in range(10):
        wrong = name_distractors(galileo, deck, random.Random(seed), 1, where)
        assert wrong and wrong[0] in ("NavIC", "DORIS")
    # multiple choice too: a sibling the evidence names may be right as well
    assert "GLONASS" not in name_distractors(galileo, deck, random.Random(0), 4, where)
    # ... unless it singles one out of a list ("besides")
    besides = fact("b", "Galileo", category="navigation system", span=(0, 50),
                   prompt="Besides GPS, which system does China coordinate BeiDou with?")
    deck2 = deck_of(besides, glonass, named, *far)
    got = name_distractors(besides, deck2, random.Random(0), 4, where)
    assert "GLONASS" not in got and "QZSS" not in got


# ------------------------------------------------------------------ dates


def test_document_date() -> None:
    assert document_date("2022-01") == (2022, 1)
    assert document_date(2022) == (2022, None)
    import datetime

    assert document_date(datetime.date(2021, 12, 5)) == (2021, 12)
    assert document_date(None) is None and document_date("soon") is None


def test_past_events_get_no_dates_after_the_document() -> None:
    where = Surroundings(reference=(2022, 1))
    deck = deck_of()
    past = fact("p", "2022", kind="date", prompt="In which year did astronauts dock manually?")
    month = fact("m", "January 2022", kind="date", prompt="When was the paper published?")
    for seed in range(20):
        for text in date_distractors(past, deck, random.Random(seed), 3, where):
            assert int(text) <= 2022
        got = date_distractors(month, deck, random.Random(seed), 3, where)
        assert len(got) == 3
        for text in got:
            y, m, _ = parse_date(text)
            assert (y, m) < (2022, 1)


def test_future_and_planned_dates() -> None:
    where = Surroundings(reference=(2022, 1))
    target = fact("t", "2030", kind="date", prompt="The agenda is for which year?")
    plan = fact("pl", "2021", kind="date", prompt="In which year will the plan start?")
    for seed in range(20):
        assert all(int(t) > 2022 for t in date_distractors(target, deck_of(), random.Random(seed),
                                                           3, where))
    assert date_window(plan, (2022, 1))[1][0] > 2022  # a plan is not capped
    assert date_window(target, (2022, 1))[0] == (2022, 2)


def test_reference_without_document_date_ignores_plans_and_targets() -> None:
    deck = deck_of(fact("a", "2019", kind="date", prompt="When did it land?"),
                   fact("b", "2030", kind="date", prompt="By which year will it be done?"),
                   fact("c", "May 2021", kind="date", prompt="When did the rover land?"))
    assert reference_date(deck) == (2021, 5)
    assert reference_date(deck, Surroundings(reference=(2022, 1))) == (2022, 1)


# ------------------------------------------------------------------ numbers


def test_bounds_push_distractors_to_the_false_side() -> None:
    assert bound_direction("The total has exceeded which round number?") == 1
    assert bound_direction("More than how many satellites were launched?") == 1
    assert bound_direction("Fewer than how many failures occurred?") == -1
    assert bound_direction("Under the BRICS mechanism, how many meetings were held?") == 0
    exceeded = fact("e", "400", kind="number",
                    prompt="The total number of launches has exceeded which round number?")
    fewer = fact("f", "20", kind="number", prompt="Fewer than how many failures occurred?")
    for seed in range(20):
        assert all(parse_quantity(v).value > 400
                   for v in number_distractors(exceeded, random.Random(seed)))
        assert all(parse_quantity(v).value < 20
                   for v in number_distractors(fewer, random.Random(seed)))


@pytest.mark.parametrize("seed", range(8))
def test_numbers_are_rounded_like_the_answer_and_same_magnitude(seed: int) -> None:
    rng = random.Random(seed)
    for answer, grain in (("400", 50), ("100 million", 50), ("1000", 500), ("40000", 5000)):
        got = number_distractors(fact("r", answer, kind="number"), rng)
        assert len(got) == 3, answer
        value = parse_quantity(answer).value
        for text in got:
            v = parse_quantity(text).value
            scale = 1e6 if "million" in answer else 1
            assert (v / scale) % grain == 0, (answer, text)
            assert len(str(int(v / scale))) == len(str(int(value / scale))), (answer, text)
    for text in number_distractors(fact("s", "eight", kind="number"), rng):
        assert 1 <= parse_quantity(text).value <= 12


def test_numbers_avoid_values_in_the_question_yet_find_three() -> None:
    f = fact("c", "15", kind="number",
             prompt="China responded to 17 major disasters in how many countries?")
    for seed in range(10):
        got = number_distractors(f, random.Random(seed))
        assert len(got) == 3 and "17" not in got and "15" not in got


# ------------------------------------------------------------------ the bundled deck


@pytest.fixture(scope="module")
def bundled():
    deck = load_deck(BUNDLED)
    return deck, generate_items_with_report(deck, seed=1)


def test_bundled_options_are_plausible(bundled) -> None:
    deck, (items, dropped) = bundled
    for item in items:
        f = deck.fact(item.fact_id)
        if item.kind == "multiple_choice" and f.kind == "date":
            y, m, _ = parse_date(f.answer)
            for option in item.options:
                oy, om, _ = parse_date(option)
                if (y, m or 1) <= (2022, 1):  # the paper is dated January 2022
                    assert (oy, om or 1) <= (2022, 1), (item.id, option)
        if item.kind == "multiple_choice" and f.kind == "name":
            for option in item.options:
                cats = {g.category for g in deck.facts if g.answer == option}
                if cats and option != item.answer:
                    assert max(category_closeness(f.category, c) for c in cats) >= 0, \
                        (item.id, option)
    assert all(reason for *_x, reason in dropped)


def test_bundled_clozes_read_as_sentences(bundled) -> None:
    _deck, (items, _dropped) = bundled
    clozes = [i for i in items if i.kind == "cloze"]
    assert len(clozes) >= 150
    fluent = [i for i in clozes if i.prompt[:1].isupper() or i.prompt.startswith("_____")]
    assert len(fluent) >= 0.95 * len(clozes)
    for item in clozes:
        assert item.prompt.count("_____") == 1, item.id
        assert item.prompt.endswith((".", ".\"", ".”", "!")), item.id


# ------------------------------------------------------------------ matching / ordering groups


def _groups(deck, kind: str) -> dict[str, tuple[str, ...]]:
    items, _ = generate_items_with_report(deck, [kind], seed=0)
    return {i.id: tuple(sorted(i.fact_ids)) for i in items}


def test_matching_groups_are_stable_when_a_fact_is_added() -> None:
    import hashlib

    facts = [fact(f"c-{i:02d}", f"Name{i}q", category="country", span=(i * 10, i * 10 + 5),
                  prompt=f"Which country signed agreement number {i}?") for i in range(30)]
    before = _groups(deck_of(*facts), "matching")
    assert len(before) >= 5 and sum(map(len, before.values())) == 30
    assert all(4 <= len(ids) <= 6 for ids in before.values())
    changed = []
    for k in range(30):
        new_id = hashlib.md5(str(k).encode()).hexdigest()[:6]  # lands anywhere in id order
        extra = fact(new_id, f"Newland {k}x", category="country", span=(900, 905),
                     prompt=f"Which country joined in round {k}?")
        after = _groups(deck_of(*facts, extra), "matching")
        assert sum(map(len, after.values())) == 31
        gone = [g for g in before if g not in after]
        changed.append(len(gone))
        assert len(gone) <= len(before) // 2 + 1, (k, gone)  # most groups keep id and members
        for g in set(before) & set(after):
            assert before[g] == after[g]
    assert sum(changed) / len(changed) <= 2.0, changed
    assert changed.count(1) >= len(changed) // 3, changed


def test_dated_events_from_questions_of_other_facts() -> None:
    from edu.items.ordering import dated_event

    probe = fact("p", "Tianwen-1", prompt="Which probe was launched to Mars in July 2020?")
    assert dated_event(probe) == ("Tianwen-1 was launched to Mars.", (2020, 7, None),
                                  "July 2020")
    storm = fact("s", "a cyclone", prompt="What kind of disaster struck Mozambique in 2019, "
                                          "prompting China to help?")
    text, date, _ = dated_event(storm)
    assert text == "A cyclone struck Mozambique, prompting China to help." and date[0] == 2019
    assert dated_event(fact("t", "46", kind="number",
                            prompt="From 2016 to 2021, how many agreements were signed?")) is None
    assert dated_event(fact("u", "X", prompt="Which paper titled \"A 2021 View\" was "
                                             "published?")) is None


def _dated(fid: str, year: str, section: str, what: str) -> Fact:
    return fact(fid, year, kind="date", category="year", section=section,
                prompt=f"When did China {what}?", span=(int(fid[1:]) * 10, int(fid[1:]) * 10 + 5))


def test_ordering_sets_keep_to_one_theme() -> None:
    """Events of different themes never fill each other's sets; a theme short of four
    events is dropped with that reason, not padded from elsewhere."""
    def tagged(fid: str, year: str, tags: list[str], what: str) -> Fact:
        f = _dated(fid, year, "VI.2 Achievements", what)
        f.tags = tags
        return f
    mars = [tagged(f"d{i}", str(2015 + i), ["cooperation", "mars"], f"do mars thing {i}")
            for i in range(1, 6)]
    disasters = [tagged(f"d{i}", str(2010 + i), ["cooperation", "disasters"],
                        f"help after disaster {i}") for i in range(6, 9)]
    items, dropped = generate_items_with_report(deck_of(*mars, *disasters), ["ordering"])
    assert len(items) == 1
    assert set(items[0].fact_ids) == {f.id for f in mars}  # "mars", not "cooperation"
    assert items[0].id.startswith("theme-mars:ordering:")
    assert {fid for fid, _, why in dropped if "theme" in why} == {f.id for f in disasters}
    # untagged facts (drafts of unseen documents): their section, else their chapter
    untagged = [_dated("d1", "2015", "I.1 A", "open a lab"), _dated("d2", "2016", "I.2 B",
                                                                      "launch a probe"),
                _dated("d3", "2017", "I.1 A", "build a port"),
                _dated("d4", "2018", "I.2 B", "sign a treaty"),
                _dated("d5", "2019", "II.1 E", "land a rover")]
    items, dropped = generate_items_with_report(deck_of(*untagged), ["ordering"])
    assert [i.fact_ids for i in items] == [["d1", "d2", "d3", "d4"]]
    assert [fid for fid, _, _ in dropped] == ["d5"]


def test_since_and_until_dates_stay_false() -> None:
    """'signed since 2013' would be true too if they were signed since 2016."""
    where = Surroundings(reference=(2022, 1))
    since = fact("s", "2016", kind="date", prompt="The agreements were signed since which year?")
    until = fact("u", "December 2021", kind="date",
                 prompt="The launches are counted from 2016 up to which month and year?")
    for seed in range(15):
        got = date_distractors(since, deck_of(), random.Random(seed), 3, where)
        assert len(got) == 3 and all(2016 < int(y) <= 2022 for y in got)
        for text in date_distractors(until, deck_of(), random.Random(seed), 3, where):
            y, m, _ = parse_date(text)
            assert (y, m) < (2021, 12)
