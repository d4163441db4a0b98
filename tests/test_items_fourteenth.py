"""Items a teacher would keep, fourteenth round (issue 15): whole answers (a blank never
inside a name or a date), substitutes of the answer's kind, statements that are their
sentence's clause, and the default set spread over the facts. Each test is a short text of
its own; every rule's case fails on the code before the round."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from edu.cli import main
from edu.deck.model import Deck, Fact
from edu.items.generate import generate_items_with_report
from edu.items.model import Item, ItemKind
from edu.items.qualifiers import fits_name_kind
from edu.items.spread import DEFAULT_PER_FACT, spread
from edu.text.source import Span

NOTES = ("A tribunal chaired by the judge Lord Justice Rhys Pryce sat for 40 days in Cardiff. "
         "On the morning of Friday 14 March 1902, a dam above the town of Llanwern broke. "
         "Estimates put the volume of the flood at about 90,000 cubic yards. "
         "The dead were buried in Glyn Cemetery, near the chapel. "
         "Llanwern lies a few miles south of Merthyr Tydfil, beside the river. "
         "Nobody was rescued after about 11 am, when the water fell. "
         "The inquiry blamed the water company, and it criticised its chairman, Owen Tudor. "
         "Mary Hale ran the relief fund. "
         "Gwen Rees nursed the injured.\n")


def _fact(fid: str, kind: str, prompt: str, answer: str, said: str, category: str = "",
          unit: str | None = None) -> Fact:
    start = NOTES.index(said)
    end = NOTES.index(".", start + len(said) - 1) + 1
    return Fact(id=fid, kind=kind, prompt=prompt, answer=answer, category=category,
                source=Span(start, end), unit=unit)


def _deck(tmp_path: Path, facts: list[Fact]) -> Deck:
    (tmp_path / "notes.txt").write_text(NOTES)
    return Deck(title="t", id="t", source="notes.txt", facts=facts,
                path=str(tmp_path / "d.yaml"))


# -- whole answers -------------------------------------------------------------------------

def test_a_blank_never_cuts_a_title_from_its_name(tmp_path) -> None:
    facts = [_fact("judge", "name", "A tribunal chaired by the judge Lord _____ sat for 40 days "
                   "in Cardiff.", "Justice Rhys Pryce", "A tribunal", "person")]
    items, _ = generate_items_with_report(_deck(tmp_path, facts), ["cloze", "short_answer"])
    assert [i.prompt for i in items] == [
        "A tribunal chaired by the judge _____ sat for 40 days in Cardiff."] * 2
    assert {i.answer for i in items} == {"Lord Justice Rhys Pryce"}
    assert all("Justice Rhys Pryce" in i.aliases for i in items)  # the draft's answer holds


def test_a_blank_never_cuts_a_date(tmp_path) -> None:
    facts = [_fact("d", "date", "In which month and year? On the morning of Friday 14 _____, a "
                   "dam above the town of Llanwern broke.", "March 1902", "On the morning")]
    items, _ = generate_items_with_report(_deck(tmp_path, facts), ["cloze", "short_answer"])
    cloze = next(i for i in items if i.kind == ItemKind.CLOZE)
    short = next(i for i in items if i.kind == ItemKind.SHORT_ANSWER)
    assert cloze.prompt == ("On the morning of Friday _____, a dam above the town of Llanwern "
                            "broke.")
    assert cloze.answer == short.answer == "14 March 1902"
    assert short.prompt.startswith("On which date? On the morning of Friday _____,")


# -- substitutes of the answer's kind ---------------------------------------------------------

def test_a_town_drafted_as_a_person_is_never_swapped_for_a_person() -> None:
    assert not fits_name_kind("Merthyr Tydfil", "Mary Hale")
    assert not fits_name_kind("Glyn Cemetery", "Lord Justice Rhys Pryce")
    assert not fits_name_kind("Lascaux III", "Georges Agnel")
    assert fits_name_kind("Owen Tudor", "Mary Hale")
    assert fits_name_kind("Merthyr Tydfil", "Glyn Cemetery")


def test_false_statements_keep_the_answers_kind(tmp_path) -> None:
    facts = [_fact("town", "name", "Llanwern lies a few miles south of which place, beside the "
                   "river?", "Merthyr Tydfil", "Llanwern lies", "person"),
             _fact("owen", "name", "Whom did the inquiry criticise?", "Owen Tudor",
                   "The inquiry", "person"),
             _fact("mary", "name", "Who ran the relief fund?", "Mary Hale", "Mary Hale",
                   "person"),
             _fact("gwen", "name", "Who nursed the injured?", "Gwen Rees", "Gwen Rees",
                   "person")]
    for seed in range(12):
        items, _ = generate_items_with_report(_deck(tmp_path, facts), ["true_false"], seed)
        town = [i for i in items if i.fact_id == "town"]
        assert all("Merthyr Tydfil" in i.statement for i in town), [i.statement for i in town]


def test_a_time_of_day_gets_no_false_neighbour(tmp_path) -> None:
    facts = [_fact("t", "number", "After about what time was nobody rescued?", "11",
                   "Nobody was rescued", unit="am")]
    items, dropped = generate_items_with_report(
        _deck(tmp_path, facts), ["true_false", "multiple_choice", "numeric", "cloze"])
    assert [i.kind for i in items] == [ItemKind.CLOZE]
    assert {k for _f, k, why in dropped if "time of day" in why} == {
        ItemKind.TRUE_FALSE, ItemKind.MULTIPLE_CHOICE, ItemKind.NUMERIC}


# -- statements that are their sentence's clause -----------------------------------------------

def test_a_reordered_statement_is_the_sentence_as_written(tmp_path) -> None:
    facts = [_fact("v", "number", "The volume of the flood, about how many cubic yards do "
                   "estimates put at?", "90,000", "Estimates put", unit="cubic yards")]
    items, _ = generate_items_with_report(_deck(tmp_path, facts), ["true_false"])
    assert items[0].true_statement == ("Estimates put the volume of the flood at about 90,000 "
                                       "cubic yards.")


def test_a_statement_of_words_never_said_together_is_not_made(tmp_path) -> None:
    # "it criticised": the draft read "it" as the inquiry's subject and rebuilt "The water
    # company criticised Owen Tudor"; the sentence opens on no pointer but says it otherwise
    facts = [_fact("o", "name", "Which chairman did the water company criticise?",
                   "Owen Tudor", "The inquiry", "person")]
    items, _ = generate_items_with_report(_deck(tmp_path, facts), ["true_false"])
    assert all("company criticised" not in (i.true_statement or "") for i in items)


# -- the default set ----------------------------------------------------------------------------

def _item(fact: str, kind: ItemKind, prompt: str, answer: str = "x",
          true_statement: str | None = None) -> Item:
    item = Item(id=f"{fact}:{kind}", fact_id=fact, kind=kind, prompt=prompt, answer=answer)
    item.true_statement = true_statement
    return item


def test_the_default_set_asks_each_fact_a_few_ways() -> None:
    made = []
    for f in "abcd":
        made += [_item(f, ItemKind.SHORT_ANSWER, f"What is {f}?"),
                 _item(f, ItemKind.MULTIPLE_CHOICE, f"What is {f}?"),
                 _item(f, ItemKind.TRUE_FALSE, f"True or false? {f} is x.", "true",
                       f"{f} is x."),
                 _item(f, ItemKind.CLOZE, f"{f} is _____."),
                 _item(f, ItemKind.NUMERIC, f"What is {f}?")]
    kept, left = spread(made, seed=0)
    per_fact = Counter(i.fact_id for i in kept)
    assert set(per_fact) == set("abcd") and max(per_fact.values()) == DEFAULT_PER_FACT
    assert len(kept) + len(left) == len(made)
    # the set stays mixed: no kind more than twice as often as another
    kinds = Counter(i.kind for i in kept)
    assert max(kinds.values()) <= 2 * min(kinds.values())
    assert spread(made, seed=0)[0] == kept  # deterministic


def test_no_sentence_is_shown_twice_as_a_true_statement() -> None:
    sentence = "A tribunal chaired by Rhys Pryce sat for 40 days."
    made = [_item("days", ItemKind.TRUE_FALSE, f"True or false? {sentence}", "true", sentence),
            _item("judge", ItemKind.TRUE_FALSE, f"True or false? {sentence}", "true", sentence),
            _item("judge", ItemKind.SHORT_ANSWER, "Who chaired the tribunal?")]
    kept, left = spread(made)
    assert [(i.fact_id, i.kind) for i in kept] == [("days", ItemKind.TRUE_FALSE),
                                                   ("judge", ItemKind.SHORT_ANSWER)]
    assert "already shown" in left[0][2]


def test_a_gapped_short_answer_and_its_cloze_are_one_item() -> None:
    made = [_item("a", ItemKind.SHORT_ANSWER, "In which year? The dam broke in _____."),
            _item("a", ItemKind.CLOZE, "The dam broke in _____."),
            _item("a", ItemKind.NUMERIC, "In which year? The dam broke in _____. (year)")]
    kept, _ = spread(made)
    assert [i.kind for i in kept] == [ItemKind.CLOZE]


def test_edu_items_prints_the_default_set(tmp_path, capsys) -> None:
    doc = tmp_path / "notes.txt"
    doc.write_text("The Dunmore Dam\n\n" + NOTES.replace("\n", " ") * 1 + "\n")
    assert main(["items", str(doc), "--format", "json"]) == 0
    default = json.loads(capsys.readouterr().out)
    assert main(["items", str(doc), "--format", "json", "--every-way"]) == 0
    every = json.loads(capsys.readouterr().out)
    count = Counter(i["fact_id"] for i in default if i["kind"] not in ("matching", "ordering"))
    assert count and max(count.values()) <= DEFAULT_PER_FACT
    assert len(every) > len(default)
    assert {i["fact_id"] for i in every} == {i["fact_id"] for i in default}  # no fact lost


def test_a_peoples_adjective_before_its_noun_is_no_fact(tmp_path) -> None:
    notes = NOTES.replace("the judge Lord", "the Welsh judge Lord")
    (tmp_path / "notes.txt").write_text(notes)
    start = notes.index("A tribunal")
    fact = Fact(id="w", kind="name", prompt="A tribunal chaired by the _____ judge Lord Justice "
                "Rhys Pryce sat for 40 days in Cardiff.", answer="Welsh", category="nationality",
                source=Span(start, notes.index(".", start) + 1))
    deck = Deck(title="t", id="t", source="notes.txt", facts=[fact], path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(deck, ["cloze", "short_answer"])
    assert items == [] and all("qualifies a noun" in why for _f, _k, why in dropped)


def test_numeric_items_stay_in_the_default_set() -> None:
    made = []
    for f in "abcd":
        made += [_item(f, ItemKind.SHORT_ANSWER, f"How many {f} were there?"),
                 _item(f, ItemKind.NUMERIC, f"How many {f} were there? (in {f})")]
    kept, _ = spread(made)
    assert Counter(i.kind for i in kept) == {ItemKind.SHORT_ANSWER: 2, ItemKind.NUMERIC: 2}


def test_a_possessive_answer_is_asked_whose(tmp_path) -> None:
    notes = NOTES + "Mary Hale's report of the flood was read in Parliament.\n"
    (tmp_path / "notes.txt").write_text(notes)
    start = notes.index("Mary Hale's report")
    fact = Fact(id="p", kind="name", prompt="Who report of the flood was read in Parliament?",
                answer="Mary Hale's", category="person",
                source=Span(start, notes.index(".", start) + 1))
    deck = Deck(title="t", id="t", source="notes.txt", facts=[fact], path=str(tmp_path / "d.yaml"))
    items, _ = generate_items_with_report(deck, ["short_answer", "cloze"])
    short = next(i for i in items if i.kind == ItemKind.SHORT_ANSWER)
    assert short.prompt == "Whose report of the flood was read in Parliament?"


def test_a_possessive_answer_is_swapped_for_a_possessive(tmp_path) -> None:
    notes = NOTES + "Mary Hale's report of the flood was read in Parliament.\n"
    (tmp_path / "notes.txt").write_text(notes)
    start = notes.index("Mary Hale's report")
    facts = [Fact(id="p", kind="name", prompt="Whose report of the flood was read in "
                  "Parliament?", answer="Mary Hale's", category="person",
                  source=Span(start, notes.index(".", start) + 1)),
             *(Fact(id=n, kind="name", prompt=f"Who {v}?", answer=n, category="person",
                    source=Span(notes.index(n), notes.index(".", notes.index(n)) + 1))
               for n, v in (("Gwen Rees", "nursed the injured"),))]
    deck = Deck(title="t", id="t", source="notes.txt", facts=facts, path=str(tmp_path / "d.yaml"))
    false = [i.statement for seed in range(10)
             for i in generate_items_with_report(deck, ["true_false"], seed)[0]
             if i.fact_id == "p" and i.answer == "false"]
    assert false and all("Gwen Rees's report" in s for s in false)
