"""Traits a teacher checks across seeds: true/false balance, hedged figures asked as hedged,
wrong options really wrong."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from edu.deck.check import load_deck
from edu.deck.model import Deck, Fact
from edu.grading.grade import grade
from edu.items.distractors import number_distractors
from edu.items.generate import generate_items, generate_items_with_report
from edu.items.hedges import Hedge, asked_prompt, hedge_of, tolerance_of
from edu.items.model import ItemKind
from edu.text.quantities import parse_quantity
from edu.text.source import Span

ROOT = Path(__file__).resolve().parent.parent
DECK = ROOT / "decks" / "china-space-2021.yaml"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(DECK)


def test_true_false_is_near_half_false_at_every_seed(deck: Deck) -> None:
    shares = []
    for seed in range(20):
        items = generate_items(deck, ["true_false"], seed)
        shares.append(sum(i.answer == "false" for i in items) / len(items))
    assert all(0.40 <= s <= 0.60 for s in shares), shares


def test_no_hint_text_in_statements(deck: Deck) -> None:
    for item in generate_items(deck, ["true_false", "short_answer"], 0):
        assert "round figure" not in item.prompt and "(a " not in item.prompt, item.prompt


def fact(prompt: str, answer: str, aliases: list[str] | None = None,
         tolerance: float | None = None) -> Fact:
    return Fact(id="f", kind="number", prompt=prompt, answer=answer, source=Span(0, 1),
                aliases=aliases or [], tolerance=tolerance)


HEDGES = [
    ("How many HD channels can viewers access?", "100", ["more than 100"], Hedge.AT_LEAST),
    ("More than how many HD channels can viewers access?", "100", [], Hedge.AT_LEAST),
    ("The total has exceeded which round number?", "400", [], Hedge.AT_LEAST),
    ("Fewer than how many failures occurred?", "5", [], Hedge.AT_MOST),
    ("Almost how many professionals were trained?", "1000", [], Hedge.ABOUT),
    ("How many professionals were trained?", "1000", ["almost 1,000"], Hedge.ABOUT),
    ("How many launch missions did China complete?", "207", ["two hundred and seven"],
     Hedge.EXACT),
]


@pytest.mark.parametrize(("prompt", "answer", "aliases", "hedge"), HEDGES)
def test_hedge_of(prompt: str, answer: str, aliases: list[str], hedge: Hedge) -> None:
    assert hedge_of(fact(prompt, answer, aliases)) == hedge


def test_a_bound_only_an_alias_states_is_asked_as_a_bound() -> None:
    f = fact("How many chips have been sold?", "100 million", ["more than 100 million"])
    assert asked_prompt(f) == "More than how many chips have been sold?"
    f = fact("BeiDou serves how many vessels?", "40000", ["more than 40,000"])
    assert asked_prompt(f) == "BeiDou serves more than how many vessels?"


def test_bound_options_lie_beyond_the_bound_and_have_no_false_statement() -> None:
    f = fact("How many HD channels can viewers access?", "100", ["more than 100"])
    for seed in range(10):
        options = number_distractors(f, random.Random(seed))
        assert options and all(parse_quantity(o).value > 100 for o in options), options
    deck = Deck(title="t", id="t", source="missing.txt", facts=[f])
    items, dropped = generate_items_with_report(deck, ["true_false", "numeric"])
    assert [i.kind for i in items] == [ItemKind.NUMERIC]
    assert items[0].prompt.startswith("More than how many")
    assert any(kind == "true_false" and "bound" in why for _, kind, why in dropped)


def test_approximate_figures_get_a_tolerance_and_options_outside_it() -> None:
    f = fact("Almost how many professionals were trained?", "1000")
    assert tolerance_of(f) == pytest.approx(100)
    for seed in range(10):
        options = number_distractors(f, random.Random(seed))
        assert options and all(abs(parse_quantity(o).value - 1000) > 100 for o in options)
    deck = Deck(title="t", id="t", source="missing.txt", facts=[f])
    numeric = generate_items(deck, ["numeric"])[0]
    assert grade(numeric, "950").status == "correct"
    assert grade(numeric, "1,200").status == "wrong"


def test_bundled_hedged_figures_are_asked_with_their_hedge(deck: Deck) -> None:
    for f in deck.facts:
        if hedge_of(f) in (Hedge.AT_LEAST, Hedge.AT_MOST):
            assert asked_prompt(f) != f.prompt or "than" in f.prompt or "exceed" in f.prompt, f.id


def test_bundled_ordering_is_six_coherent_sets_or_none(deck: Deck) -> None:
    items, dropped = generate_items_with_report(deck, ["ordering"])
    assert len(items) >= 6 or not items, [i.id for i in items]
    if not items:
        assert dropped and all("theme" in why or "event" in why or "date" in why
                               for _, _, why in dropped)


def test_no_item_reveals_another_on_a_worksheet(deck: Deck) -> None:
    from edu.handout.layout import build_handout
    from edu.items.reveal import clash

    for seed in range(5):
        items = generate_items(deck, seed=seed)
        handout = build_handout(items, title="t", deck_title="d", count=40, seed=seed)
        asked = [q.item for group in handout.versions[0].groups for q in group.questions]
        assert len(asked) == 40
        for i, a in enumerate(asked):
            for b in asked[i + 1:]:
                assert clash(a, b) is None, clash(a, b)


def test_clash_rule() -> None:
    from edu.items.model import Item
    from edu.items.reveal import clash

    def it(iid: str, prompt: str, answer: str, kind: str = "name") -> Item:
        return Item(id=iid, fact_id=iid, kind="short_answer", prompt=prompt, answer=answer,
                    fact_kind=kind, asked_answers=[answer])

    launches = it("a", "How many launch missions did China complete?", "207", "number")
    of_207 = it("b", "Of China's 207 launch missions, how many used Long March rockets?",
                "183", "number")
    assert clash(launches, of_207) == "b states '207', the answer of a"
    relay = it("c", "Which relay satellite serves the station?", "Tiantong-1")
    relay2 = it("d", "Which satellite offers mobile communications?", "Tiantong-1")
    assert clash(relay, relay2) == "both ask for 'Tiantong-1'"
    year = it("e", "By which year will the agenda be met?", "2030", "date")
    assert clash(year, it("f", "Which UN agenda is named after 2030?", "Space2030")) is not None
    assert clash(relay, launches) is None


def name_fact(fid: str, answer: str, prompt: str, category: str, start: int) -> Fact:
    return Fact(id=fid, kind="name", prompt=prompt, answer=answer, category=category,
                source=Span(start, start + 5))


def test_options_respect_the_questions_region() -> None:
    from edu.items.distractors import name_distractors

    countries = ["Ethiopia", "Venezuela", "South Africa", "Austria", "Italy", "Germany",
                 "Spain", "Algeria"]
    others = [name_fact(f"c{i}", c, f"With which country did China do thing {i}?", "country",
                        100 * (i + 1)) for i, c in enumerate(countries)]
    asked = name_fact("q", "France", "Besides Italy, which other European country sent "
                      "payloads?", "country", 5000)
    deck = Deck(title="t", id="t", source="none.txt", facts=[asked, *others])
    for seed in range(10):
        got = name_distractors(asked, deck, random.Random(seed))
        assert len(got) == 3 and set(got) <= {"Austria", "Germany", "Spain"}, got
    southern = name_fact("s", "Namibia", "Argentina, Pakistan and which southern African "
                         "country?", "country", 6000)
    deck = Deck(title="t", id="t", source="none.txt", facts=[southern, *others])
    assert name_distractors(southern, deck, random.Random(0)) == ["South Africa"]


def test_cargo_questions_get_cargo_craft() -> None:
    from edu.items.distractors import name_distractors

    craft = [name_fact("z1", "Tianzhou-1", "Which cargo spacecraft docked first?", "spacecraft",
                       100),
             name_fact("z3", "Tianzhou-3", "Which cargo craft flew in 2021?", "spacecraft", 200),
             name_fact("z4", "Tianzhou-4", "Which cargo craft is next?", "spacecraft", 300),
             name_fact("s1", "Shenzhou-12", "Which crewed spacecraft docked?", "spacecraft", 400),
             name_fact("s2", "Shenzhou-13", "Which crewed spacecraft flew 6 months?",
                       "spacecraft", 500)]
    asked = name_fact("q", "Tianzhou-2", "Astronauts docked manually with which cargo craft?",
                      "spacecraft", 900)
    deck = Deck(title="t", id="t", source="none.txt", facts=[asked, *craft])
    got = name_distractors(asked, deck, random.Random(0))
    assert all(g.startswith("Tianzhou") for g in got), got


def test_options_keep_the_answers_article_and_never_nest() -> None:
    from edu.items.distractors import name_distractors

    orgs = [name_fact("o1", "the United Nations", "Which organization leads?", "organization",
                      100),
            name_fact("o2", "the African Union", "Which union joined?", "organization", 200),
            name_fact("o3", "the European Space Agency", "Which agency helped?", "organization",
                      300),
            name_fact("o4", "APSCO", "Which body is hosted?", "organization", 400),
            name_fact("o5", "the League of Arab States", "Which league?", "organization", 500)]
    asked = name_fact("q", "the United Nations Platform for Space-based Information",
                      "Which platform has an office in Beijing?", "organization", 900)
    deck = Deck(title="t", id="t", source="none.txt", facts=[asked, *orgs])
    got = name_distractors(asked, deck, random.Random(0))
    assert "the United Nations" not in got and "APSCO" not in got, got


def test_dates_stay_in_the_period_the_question_and_section_set() -> None:
    from edu.items.common import Surroundings
    from edu.items.distractors import date_distractors

    paper = Fact(id="p", kind="date", source=Span(0, 5), answer="January 2022",
                 prompt="When was the white paper \"A 2021 Perspective\" published?")
    where = Surroundings(reference=(2022, 1))
    for seed in range(10):
        got = date_distractors(paper, Deck("t", "t", "x", [paper]), random.Random(seed), 3,
                               where)
        assert len(got) == 3 and all("2021" in g for g in got), got
    dam = Fact(id="d", kind="date", source=Span(0, 5), answer="2018",
               section="VI.2 Major achievements since 2016",
               prompt="In which year did the dam collapse that China monitored?")
    for seed in range(10):
        got = date_distractors(dam, Deck("t", "t", "x", [dam]), random.Random(seed), 3, where)
        assert len(got) == 3 and all(2016 <= int(g) <= 2022 for g in got), got


def test_matching_members_are_told_apart_by_what_they_are() -> None:
    def rocket(fid: str, answer: str, prompt: str, start: int) -> Fact:
        return name_fact(fid, answer, prompt, "rocket", start)

    facts = [rocket("r1", "Long March 7A", "Besides the Long March 8, which rocket made its "
                    "maiden flight?", 100),
             rocket("r2", "Long March 8 and Long March 7A", "Which two rockets made their "
                    "maiden flights?", 200),
             rocket("r3", "Long March 11", "Which rocket launched at sea?", 300),
             rocket("r4", "Long March 5", "Which rocket is China's most powerful?", 400),
             rocket("r5", "Ceres-1", "Which commercial rocket is named last in the list?", 500),
             rocket("r6", "Kuaizhou-1A", "Which solid rocket serves commercial customers?", 600),
             rocket("r7", "Smart Dragon-1", "Which rocket did CALT sell commercially?", 700)]
    deck = Deck(title="t", id="t", source="none.txt", facts=facts)
    items, dropped = generate_items_with_report(deck, ["matching"])
    assert items
    for item in items:
        lefts = [left for left, _ in item.pairs]
        assert not ({"Long March 7A", "Long March 8 and Long March 7A"} <= set(lefts)), lefts
    assert ("r5", "matching", "its description is a list position") in dropped


def test_a_named_family_keeps_its_options_in_the_family() -> None:
    from edu.items.distractors import name_distractors
    from edu.items.qualifiers import named_family

    assert named_family("Besides the Long March 8, which rocket made its maiden flight as a "
                        "new member of the Long March family?", "Long March 7A") == "Long March"
    assert named_family("Which two Long March carrier rockets are used?",
                        "Long March 5 and Long March 5B") == "Long March"
    assert named_family("Which rocket launched at sea?", "Long March 11") is None
    rockets = [name_fact(f"r{i}", name, f"Which rocket did thing {i}?", "rocket", 100 * i)
               for i, name in enumerate(["Long March 11", "Long March 2F", "Kuaizhou-1A",
                                         "Hyperbola-1", "Ceres-1", "Long March 3B"], 1)]
    asked = name_fact("q", "Long March 7A", "Which rocket made its maiden flight as a new "
                      "member of the Long March family?", "rocket", 900)
    deck = Deck(title="t", id="t", source="none.txt", facts=[asked, *rockets])
    got = name_distractors(asked, deck, random.Random(0))
    assert sorted(got) == ["Long March 11", "Long March 2F", "Long March 3B"]


def test_the_questions_craft_word_wins_over_the_category() -> None:
    from edu.items.qualifiers import craft_types

    assert craft_types("With which Russian orbiter mission?", "deep space probe") == {"orbiter"}
    assert craft_types("Which spacecraft docked?", "deep space probe") == {"probe"}
    assert craft_types("Which spacecraft docked as a cargo craft?", "spacecraft") == {"cargo"}


def test_kind_words_the_question_repeats_bind_other_categories() -> None:
    from edu.items.qualifiers import asked_kind_words, fits_kind_words

    prompt = "Which two communications satellites ensure broadcasting services?"
    assert asked_kind_words(prompt, "communication satellite") == {"communication"}
    assert not fits_kind_words(prompt, "communication satellite", "Earth observation satellite")
    assert fits_kind_words(prompt, "communication satellite", "communication satellite")
    assert fits_kind_words("Which satellite relays data?", "communication satellite",
                           "science satellite")


def test_a_count_is_never_nudged_to_one() -> None:
    """'with one international organizations' gave a false statement away by its grammar."""
    import random

    from edu.deck.model import Fact, FactKind
    from edu.items.distractors import number_distractors
    from edu.text.source import Span

    fact = Fact(id="orgs", kind=FactKind.NUMBER, answer="four", unit="international organizations",
                prompt="With how many international organizations has China signed agreements?",
                source=Span(0, 1))
    for seed in range(50):
        options = number_distractors(fact, random.Random(seed))
        assert options and "one" not in options and "1" not in options, options


def test_two_coordinated_verbs_make_no_fluent_statement() -> None:
    from edu.items.phrasing import fluent_statement

    assert fluent_statement("Together with other parties, which UN agenda did China propose "
                            "and discuss?", "Space2030") is None


def test_a_preposition_stranded_at_the_end_takes_the_answer() -> None:
    from edu.items.phrasing import fluent_statement

    assert fluent_statement("Which US satellite navigation system does China coordinate BeiDou "
                            "with?", "GPS") == "China coordinates BeiDou with GPS."


def test_a_false_statement_never_puts_a_title_after_a_title(tmp_path, monkeypatch) -> None:
    """'designed by Sir _____' is never made false with 'Prince of Wales' ('Sir Prince of
    Wales' gives itself away), at any seed; a plain name still makes it false."""
    from edu.commands._document import unreviewed_deck
    from edu.items.true_false import _titled_twice

    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    notes = tmp_path / "bridge.md"
    notes.write_text(
        "# The Forth Bridge\n\nThe Forth Bridge crosses the Firth of Forth in Scotland. It was "
        "opened on 4 March 1890 by the Prince of Wales.\n\n## Design\n\nIt was designed by the "
        "engineers Sir John Fowler and Sir Benjamin Baker. About 4,000 men worked on it.\n",
        encoding="utf-8")
    deck = unreviewed_deck(str(notes))
    statements = [item.prompt for seed in range(30)
                  for item in generate_items(deck, ["true_false"], seed,
                                                 include_drafts=True)]
    assert statements
    assert not [s for s in statements if "Sir Prince" in s or "Sir Queen" in s], statements
    assert _titled_twice("designed by Sir John Fowler.", "John Fowler", "Prince of Wales")
    assert not _titled_twice("designed by Sir John Fowler.", "John Fowler", "Benjamin Baker")
    assert not _titled_twice("opened by the Prince of Wales.", "Prince of Wales", "John Fowler")
