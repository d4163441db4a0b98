"""Round 19 (items): one fact once, complete sentences, ranges asked whole.

Set 20's blind review of raw documents' items (the first two per kind) marked wrong a
range's lower end asked as the value ("What is the period of participants in months?" for
"between three months and a year") and a participle's phrase stated as true/false; the
labels of sets 14-20 name long copied sentences and the same fact asked again and again.
"""

from __future__ import annotations

from edu.deck.model import Deck, Fact
from edu.items.complete import fragment
from edu.items.generate import generate_items_with_report
from edu.items.range_ends import unstated_other_end
from edu.items.short import short_around
from edu.text.source import Span

# -- a range's end is asked with the other end, or not at all -----------------------------

ERASMUS = ("Participants spent a period of between three months and a year at a partner "
           "university abroad.")


def _number(prompt: str, answer: str, unit: str = "") -> Fact:
    return Fact(id="n", kind="number", prompt=prompt, answer=answer, unit=unit or None,
                source=Span(0, 1))


def test_one_end_of_a_range_asked_alone_is_seen() -> None:
    fact = _number("What is the period of participants in months?", "3", "months")
    assert unstated_other_end(fact, ERASMUS, fact.prompt) == "a year"
    stay = "Visitors stay for three to twelve months in the camp."
    assert unstated_other_end(_number("How many months?", "3"), stay, "How many months?") \
        == "twelve months"
    share = "Between 30 and 40 per cent of the harvest was lost."
    assert unstated_other_end(_number("What share was lost?", "40"), share, "What share?") \
        == "30"
    assert unstated_other_end(_number("How many days?", "7"), "It took 5-7 days.", "?") == "5"


def test_an_end_shown_with_the_other_or_no_range_at_all_is_no_flaw() -> None:
    fact = _number("What is the period of participants in months?", "3", "months")
    assert unstated_other_end(fact, ERASMUS, "Participants spent between three months and a "
                              "year abroad.") is None
    rose = "The water rose from 12 to 20 metres in a day."
    assert unstated_other_end(_number("From how many metres?", "12"), rose, "?") is None
    listed = "The attack killed 30 men and 40 women."
    assert unstated_other_end(_number("How many men?", "30"), listed, "?") is None
    ranged = "Their periods ranged from a little over a day to about 100 days."
    asked = "To about how many days did their periods range from a little over a day?"
    assert unstated_other_end(_number(asked, "100"), ranged, asked) is None


def test_no_item_of_raw_english_asks_a_range_s_end_as_the_value(tmp_path) -> None:
    text = "The Erasmus programme began in 1987. " + ERASMUS + "\n"
    (tmp_path / "notes.txt").write_text(text, encoding="utf-8")
    start = text.index("Participants")
    fact = Fact(id="a", kind="number", prompt="What is the period of participants in months?",
                answer="3", unit="months", source=Span(start, len(text) - 1))
    deck = Deck(title="t", id="t", source="notes.txt", facts=[fact],
                path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(
        deck, ["short_answer", "multiple_choice", "numeric"])
    assert items == []
    assert {k for _, k, why in dropped if "one end of a range" in why} == {
        "short_answer", "multiple_choice", "numeric"}


# -- statements and clozes are sentences ------------------------------------------------


def test_a_participle_s_phrase_or_a_bare_infinitive_is_no_sentence() -> None:
    assert fragment("Encouraged by laws such as the Enlarged Homestead Act of 1909.")
    assert fragment("Leavitt, born on July 4, 1868, in Lancaster.")
    assert fragment("Pit 3 be a command post.")
    assert fragment("In 1892, Leavitt graduated.") == ""
    # the small model reads "disrupted" as an adjective here: still a sentence
    assert fragment("The COVID-19 pandemic disrupted exchanges sharply in 2020 and 2021.") == ""


def test_a_fragment_is_stated_neither_as_true_false_nor_as_a_cloze(tmp_path) -> None:
    text = ("Settlers moved onto the plains. Encouraged by laws such as the Enlarged Homestead "
            "Act of 1909.\n")
    (tmp_path / "notes.txt").write_text(text, encoding="utf-8")
    start = text.index("Encouraged")
    fact = Fact(id="a", kind="date", prompt="Encouraged by laws such as the Enlarged Homestead "
                "Act of _____.", answer="1909", source=Span(start, len(text) - 1))
    deck = Deck(title="t", id="t", source="notes.txt", facts=[fact],
                path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(deck, ["true_false", "cloze"])
    assert items == [], [i.prompt for i in items]
    assert {k for _, k, why in dropped if "no sentence" in why} == {"true_false", "cloze"}


# -- a long sentence loses what is set off around its answer ------------------------------


def test_a_long_sentence_of_one_clause_is_trimmed_of_its_asides() -> None:
    text = ("Most geologists, especially in _____ and the United States, rejected the idea, "
            "chiefly because Wegener could not explain what force was strong enough to push "
            "continents through the solid rock of the ocean floor.")
    assert short_around(text, "_____", "Europe", 20) == (
        "Most geologists, especially in _____ and the United States, rejected the idea.")
    died = ("Leavitt died of cancer on _____, at the age of 53, and was buried in the family "
            "plot at Cambridge Cemetery in Massachusetts.")
    assert short_around(died, "_____", "December 12, 1921", 20) == (
        "Leavitt died of cancer on _____, at the age of 53.")
    dam = ("The _____, the first dam on the lower main stream, began commercial operation in "
           "October 2019 with a capacity of 1,285 megawatts, most of which is sold to Thailand.")
    assert short_around(dam, "_____", "Xayaburi Dam", 20) == (
        "The _____ began commercial operation in October 2019 with a capacity of 1,285 "
        "megawatts.")  # both commas of an apposition go
    series = ("Across parts of Oklahoma, Texas, _____, Colorado and New Mexico, repeated dust "
              "storms stripped away the topsoil, ruined crops and drove hundreds of thousands "
              "of families from their homes.")
    assert short_around(series, "_____", "Kansas", 20) is None  # no member of a series goes
    opened = ("The Tacoma Narrows Bridge opened to traffic on _____, and only four months "
              "later, on 7 November 1940, its main span tore apart and fell into the water.")
    assert short_around(opened, "_____", "1 July 1940", 20) is None  # not "..., and."
    # a condition stays: struck, the claim would say more than the text
    cond = ("Water in the old pipes of the eastern district of the city froze at _____ degrees "
            "only when the pumps of the station had been switched off for the night.")
    assert short_around(cond, "_____", "minus five", 20) is None
