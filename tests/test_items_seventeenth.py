"""Items a teacher keeps (round 17, items): every item carries its document's topic to every
front end; what an item shows leans on no day of the report, no dateline and no conversion
of its answer; options of the answer's sex and role; the same fact asked once per kind. The
sentences are real ones (tests/data/tuning/i17_*.txt and the blind set 18's news report);
every test fails on the code before."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from edu.anki.export import export_apkg
from edu.deck.model import Deck, Fact, context_line, topic_of
from edu.handout.export import gift_question, to_csv, to_quizlet
from edu.items.common import Drop
from edu.items.generate import generate_items, generate_items_with_report
from edu.items.model import Item, ItemKind
from edu.items.roles import role_of
from edu.items.sexes import name_sexes, same_sex
from edu.items.spread import spread
from edu.items.standalone import shown_alone, standalone
from edu.text.source import Span

NOTES = (
    "Votes for Women in New Zealand\n\n"
    "Kate Sheppard died in Christchurch on 13 July 1934. "
    "Her portrait appears on the ten-dollar note. "
    "The first woman elected to Parliament was Elizabeth McCombs, who won the Lyttelton seat "
    "in 1933 after the death of her husband. "
    "Richard Seddon, the premier, opposed the bill. He tried to defeat it. "
    "Joule was born in Salford in 1818. He was taught by the chemist John Dalton. "
    "Joule married Amelia Grimes in 1847. "
    "Jean-Claude Gallet, the commander of the Paris fire brigade, said on Tuesday morning "
    "that the structure had been saved. "
    "President Emmanuel Macron spoke outside the cathedral late on Monday night.\n")


def _fact(fid: str, kind: str, prompt: str, answer: str, said: str, category: str = "",
          unit: str | None = None) -> Fact:
    start = NOTES.index(said)
    end = NOTES.index(".", start + len(said) - 1) + 1
    return Fact(id=fid, kind=kind, prompt=prompt, answer=answer, category=category,
                source=Span(start, end), unit=unit, evidence=NOTES[start:end])


def _deck(tmp_path: Path, facts: list[Fact], title: str = "t") -> Deck:
    (tmp_path / "notes.txt").write_text(NOTES)
    return Deck(title=title, id="t", source="notes.txt", facts=facts,
                path=str(tmp_path / "d.yaml"))


_PEOPLE = [
    _fact("sheppard", "name", "Who died in Christchurch on 13 July 1934?", "Kate Sheppard",
          "Kate Sheppard died", "person"),
    _fact("mccombs", "name", "Who was the first woman elected to Parliament?",
          "Elizabeth McCombs", "The first woman elected", "person"),
    _fact("seddon", "name", "Who opposed the bill?", "Richard Seddon", "Richard Seddon, the",
          "person"),
    _fact("dalton", "name", "Who taught Joule?", "John Dalton", "He was taught", "person"),
    _fact("grimes", "name", "Whom did Joule marry in 1847?", "Amelia Grimes",
          "Joule married", "person"),
    _fact("gallet", "name", "Who said that the structure had been saved?",
          "Jean-Claude Gallet", "Jean-Claude Gallet", "person"),
    _fact("macron", "name", "Who spoke outside the cathedral?", "President Emmanuel Macron",
          "President Emmanuel", "person"),
]


# -- the topic, on every item and every front end ------------------------------------------------

def test_every_item_carries_its_decks_topic_without_the_drafts_mark(tmp_path) -> None:
    deck = _deck(tmp_path, _PEOPLE, "Votes for Women (unreviewed drafts)")
    items = generate_items(deck, ["short_answer", "cloze"], 0)
    assert items and {item.topic for item in items} == {"Votes for Women"}
    assert items[0].to_dict()["topic"] == "Votes for Women"
    assert Item.from_dict(items[0].to_dict()).topic == "Votes for Women"
    assert topic_of("Votes  for Women (unreviewed drafts)") == "Votes for Women"
    assert context_line("Votes for Women", "Votes for Women") == "Votes for Women"
    assert context_line("Votes", "Votes › The petitions") == "Votes › The petitions"
    assert context_line("", "II.1 Space") == "II.1 Space"  # items built by hand


def test_the_text_listing_says_the_topic_once(tmp_path) -> None:
    from edu.commands.items import render_text

    items = generate_items(_deck(tmp_path, _PEOPLE, "Votes for Women"), ["short_answer"], 0)
    listing = render_text(items)
    assert listing.startswith("Topic: Votes for Women\n\n[") and listing.count("Topic:") == 1


def test_csv_quizlet_and_gift_fronts_open_with_the_topic(tmp_path) -> None:
    deck = _deck(tmp_path, _PEOPLE, "Votes for Women")
    items = generate_items(deck, ["short_answer", "multiple_choice"], 0)
    rows = list(csv.reader(io.StringIO(to_csv(items)[0].split("\n", 3)[3])))
    assert rows and all(row[0].startswith("[Votes for Women] ") for row in rows)
    assert all(line.startswith("[Votes for Women] ")
               for line in to_quizlet(items)[0].splitlines())
    assert "::[plain][Votes for Women] Who" in gift_question(items[0])


def test_an_anki_card_shows_the_topic_on_its_front(tmp_path) -> None:
    collection = pytest.importorskip("anki.collection")
    deck = _deck(tmp_path, _PEOPLE, "Votes for Women (unreviewed drafts)")
    items = generate_items(deck, ["short_answer", "cloze", "multiple_choice", "true_false"], 0)
    apkg = tmp_path / "d.apkg"
    export_apkg(deck, items, apkg, timestamp=1_700_000_000)
    col = collection.Collection(str(tmp_path / "col.anki2"))
    try:
        col.import_anki_package(collection.ImportAnkiPackageRequest(
            package_path=str(apkg),
            options=collection.ImportAnkiPackageOptions(with_scheduling=False)))
        fronts = [col.get_card(cid).question() for cid in col.find_cards("")]
        assert len(fronts) == len(items)
        assert all('<div class="context">Votes for Women</div>' in front for front in fronts)
        assert all("unreviewed" not in front for front in fronts)
    finally:
        col.close()


# -- what an item shows, read alone -------------------------------------------------------------

def test_time_told_against_the_reports_day_is_left_out() -> None:
    assert shown_alone("_____, the commander of the Paris fire brigade, said on Tuesday "
                       "morning that the structure had been saved.", []) == (
        "_____, the commander of the Paris fire brigade, said that the structure had been "
        "saved.")
    assert shown_alone("_____ spoke outside the cathedral late on Monday night and promised "
                       "to rebuild it.", []) == (
        "_____ spoke outside the cathedral and promised to rebuild it.")
    assert shown_alone("_____ statues had been taken down only four days earlier for "
                       "restoration.", []) == "_____ statues had been taken down for restoration."
    assert shown_alone("Ten weeks later, the first election was held.", []) == (
        "The first election was held.")
    assert shown_alone("The election was held on _____, only ten weeks later.", []) == (
        "The election was held on _____.")
    # the answer itself, and a day fixed by its date, stay
    assert shown_alone("Statues were taken down only _____ days earlier.", []) == (
        "Statues were taken down only _____ days earlier.")
    assert shown_alone("Statues were taken down four days earlier.", ["four"]) == (
        "Statues were taken down four days earlier.")
    assert shown_alone("On Monday, 15 April 2019, the alarm sounded.", []) == (
        "On Monday, 15 April 2019, the alarm sounded.")


def test_a_dateline_is_left_out_and_a_blank_on_it_is_no_item() -> None:
    said = ("NEW YORK, 16 January 2009 — Investigators began examining the hulk of a US "
            "Airways jet on Friday, a day after its pilot glided it onto the river.")
    assert shown_alone(said, []) == ("Investigators began examining the hulk of a US Airways "
                                     "jet, a day after its pilot glided it onto the river.")
    assert shown_alone("US Airways Flight 1549 — an Airbus", []) == (
        "US Airways Flight 1549 — an Airbus")
    for prompt in ("_____, 16 January 2009 — Investigators began examining the hulk.",
                   "NEW YORK, _____ — Investigators began examining the hulk.",
                   "Which city? _____ — Investigators began examining the hulk."):
        item = Item(id="x:cloze", fact_id="x", kind=ItemKind.CLOZE, prompt=prompt,
                    answer="NEW YORK")
        with pytest.raises(Drop, match="dateline"):
            standalone(item)


def test_the_answer_in_another_unit_is_not_shown_beside_it() -> None:
    assert shown_alone("The water temperature was about _____ degrees Fahrenheit, around 5 "
                       "degrees Celsius.", []) == (
        "The water temperature was about _____ degrees Fahrenheit.")
    assert shown_alone("The water temperature was about 41 degrees Fahrenheit, around _____ "
                       "degrees Celsius.", []) == (
        "The water temperature was about _____ degrees Celsius.")
    assert shown_alone("The surge rose to _____ feet (4.6 metres).", []) == (
        "The surge rose to _____ feet.")
    assert shown_alone("It cost 200 pounds (a lot) and weighed 3 kilograms (2 grams).", []) == (
        "It cost 200 pounds (a lot) and weighed 3 kilograms.")  # money is no mass: kept


def test_a_false_statement_keeps_what_makes_it_false() -> None:
    true = "Sixteen statues had been taken down only four days earlier for restoration."
    false = "Sixteen statues had been taken down only two days earlier for restoration."
    item = Item(id="s:true_false", fact_id="s", kind=ItemKind.TRUE_FALSE,
                prompt=f"True or false? {false}", answer="false", statement=false,
                true_statement=true, asked_answers=["four", "4"])
    assert standalone(item) == item
    made_on = replace(item, statement=true.replace("Sixteen", "Twelve"),
                      prompt=f"True or false? {true.replace('Sixteen', 'Twelve')}",
                      asked_answers=["Sixteen"])
    shown = standalone(made_on)
    assert shown.statement == "Twelve statues had been taken down for restoration."
    assert shown.true_statement == "Sixteen statues had been taken down for restoration."
    assert shown.prompt == f"True or false? {shown.statement}"


# -- options of the answer's sex and role -------------------------------------------------------

def test_the_text_says_who_is_she_and_who_is_he() -> None:
    sexes = name_sexes(NOTES, [f.answer for f in _PEOPLE])
    assert sexes["Kate Sheppard"] == "she"  # "Her portrait ..." opens the next sentence
    assert sexes["Elizabeth McCombs"] == "she"  # "who ... her husband"
    assert sexes["Amelia Grimes"] == "she"  # Joule ("He was taught") married her
    assert sexes["Richard Seddon"] == "he"
    assert "John Dalton" not in sexes  # "He was taught by ... John Dalton": Joule's "he"
    assert not same_sex("Amelia Grimes", "Richard Seddon", {"Amelia Grimes": "she",
                                                            "Richard Seddon": "he"})
    assert same_sex("Richard Seddon", "John Dalton", sexes)  # unknown: fits a man's place
    assert not same_sex("Amelia Grimes", "John Dalton", sexes)  # ... not a woman's
    assert same_sex("Amelia Grimes", "Kate Sheppard", sexes)


def test_no_man_stands_in_a_womans_place(tmp_path) -> None:
    deck = _deck(tmp_path, _PEOPLE)
    men = ("Richard Seddon", "John Dalton", "Emmanuel Macron", "Jean-Claude Gallet")
    for seed in range(8):
        items = generate_items(deck, ["multiple_choice", "true_false"], seed)
        for item in items:
            if item.fact_id in ("sheppard", "mccombs", "grimes"):
                shown = [*(item.options or []), item.statement or ""]
                assert not any(man in text for man in men for text in shown), shown


def test_a_role_written_after_the_name_is_read() -> None:
    assert role_of("Jean-Claude Gallet", NOTES) == "military"
    assert role_of("Emmanuel Macron", NOTES) == "ruler"


def test_a_title_of_the_answer_alone_is_not_shown_among_its_options() -> None:
    from edu.items.multiple_choice import _said_alike

    shown, wrong = _said_alike("President George W. Bush",
                               ["Ms Welsh", "Donna Dent", "David Paterson"])
    assert shown == "George W. Bush" and wrong == ["Ms Welsh", "Donna Dent", "David Paterson"]
    # a title two options share stays
    assert _said_alike("Ms Welsh", ["Ms Dent", "David Paterson", "Jeffrey Skiles"])[0] == \
        "Ms Welsh"


# -- the same fact asked once per kind ----------------------------------------------------------

def test_two_drafts_of_one_fact_are_not_both_asked_as_one_kind() -> None:
    def sa(fid: str, prompt: str) -> Item:
        return Item(id=f"{fid}:short_answer", fact_id=fid, kind=ItemKind.SHORT_ANSWER,
                    prompt=prompt, answer="4 July 1997")

    kept, left = spread([sa("a", "On which date did the lander touch down?"),
                         sa("b", "On which date did the lander touch down on Mars?"),
                         sa("c", "On which date was the mission's website opened?")])
    assert [i.fact_id for i in kept] == ["a", "c"]
    assert left == [("b", "short_answer", "asks what the short_answer of a asks")]


def test_the_drafts_of_a_news_report_show_no_relative_day(tmp_path) -> None:
    """End to end: the Notre-Dame report's items name no Monday or Tuesday without a date."""
    source = Path(__file__).parent / "data" / "tuning" / "i17_notre_dame_fire.txt"
    facts = [
        _notre_dame("gallet", "Who said that the structure had been saved?",
                    "Jean-Claude Gallet", "Jean-Claude Gallet, the commander"),
        _notre_dame("statues", "How many copper statues had been taken down from the roof?",
                    "Sixteen", "Sixteen copper statues", "number"),
    ]
    (tmp_path / "nd.txt").write_text(source.read_text("utf-8"))
    deck = Deck(title="Fire Ravages Notre-Dame", id="nd", source="nd.txt", facts=facts,
                path=str(tmp_path / "d.yaml"))
    items, _dropped = generate_items_with_report(deck, None, 0)
    assert items
    for item in items:
        shown = " ".join([item.prompt, item.statement or "", *(item.options or [])])
        assert "Tuesday" not in shown and "days earlier" not in shown, shown


def _notre_dame(fid: str, prompt: str, answer: str, said: str, kind: str = "name") -> Fact:
    text = (Path(__file__).parent / "data" / "tuning" / "i17_notre_dame_fire.txt").read_text(
        "utf-8")
    start = text.index(said)
    end = text.index(".", start + len(said)) + 1
    return Fact(id=fid, kind=kind, prompt=prompt, answer=answer, source=Span(start, end),
                category="person" if kind == "name" else "", evidence=text[start:end])


# -- ranges of more than one width ---------------------------------------------------------------

def test_wrong_ranges_are_not_all_the_answers_width_shifted() -> None:
    import random

    from edu.items.ranges import range_distractors
    from edu.text.quantities import parse_range

    for answer in ("from 215 to 939", "between 227,000 and 300,000", "from 1505 to 1510"):
        fact = Fact(id="f", kind="number", prompt="How many?", answer=answer,
                    source=Span(0, 1), unit="x")
        right = parse_range(answer)
        assert right is not None
        for seed in range(4):
            options = [parse_range(o) for o in range_distractors(fact, random.Random(seed), 3)]
            assert len(options) == 3 and all(o is not None for o in options)
            widths = {round(o.high - o.low, 6) for o in options if o is not None}
            assert len(widths) > 1, (answer, seed, widths)
            spans = sorted((o.low, o.high) for o in options if o is not None)
            assert all(a[1] < b[0] for a, b in zip(spans, spans[1:], strict=False))
