"""Items a teacher keeps (round 16, items): options of the same time and form as the answer,
dates that point at nothing, bounds on the right side of a negative figure, statements that
read as written. The sentences are real ones (tests/data/tuning/i16_*.txt); every test fails
on the code before."""

from __future__ import annotations

import random
from calendar import monthrange
from pathlib import Path

from edu.deck.model import Deck, Fact
from edu.items.distractors import date_distractors, number_distractors
from edu.items.generate import generate_items_with_report
from edu.items.model import ItemKind
from edu.items.phrasing import statement
from edu.text.quantities import parse_date
from edu.text.source import Span

NOTES = (
    "Magna Carta\n\n"
    "On 15 June 1215 King John accepted a document of terms at Runnymede. "
    "Stephen Langton, the Archbishop of Canterbury, helped to arrange talks between the king "
    "and the rebels in 1215. "
    "The regent William Marshal reissued the charter in November 1216 with some clauses "
    "removed. "
    "Pope Innocent III declared the charter null and void on 24 August 1215. "
    "In 2007 a copy of the charter was sold at auction in New York to the businessman David "
    "Rubenstein for $21.3 million. "
    "In 2009 the collector Thomas Wheeler lent a second copy to a museum in Texas.\n")


def _fact(fid: str, kind: str, prompt: str, answer: str, said: str, category: str = "",
          unit: str | None = None) -> Fact:
    start = NOTES.index(said)
    end = NOTES.index(".", start + len(said) - 1) + 1
    return Fact(id=fid, kind=kind, prompt=prompt, answer=answer, category=category,
                source=Span(start, end), unit=unit, evidence=NOTES[start:end])


def _deck(tmp_path: Path, facts: list[Fact]) -> Deck:
    (tmp_path / "notes.txt").write_text(NOTES)
    return Deck(title="t", id="t", source="notes.txt", facts=facts,
                path=str(tmp_path / "d.yaml"))


_PEOPLE = [
    _fact("john", "name", "Who accepted a document of terms at Runnymede?", "King John",
          "On 15 June", "person"),
    _fact("langton", "name", "Who helped to arrange talks between the king and the rebels?",
          "Stephen Langton", "Stephen Langton", "person"),
    _fact("marshal", "name", "Who reissued the charter in November 1216?", "William Marshal",
          "The regent", "person"),
    _fact("innocent", "name", "Who declared the charter null and void?", "Pope Innocent III",
          "Pope Innocent", "person"),
    _fact("rubenstein", "name", "To which businessman was a copy of the charter sold in 2007?",
          "David Rubenstein", "In 2007", "person"),
    _fact("wheeler", "name", "Which collector lent a second copy to a museum in Texas?",
          "Thomas Wheeler", "In 2009", "person"),
]


# -- people of the answer's time ----------------------------------------------------------------

def test_a_person_is_never_offered_for_one_centuries_apart(tmp_path) -> None:
    for seed in range(6):
        items, _dropped = generate_items_with_report(_deck(tmp_path, _PEOPLE),
                                                     ["multiple_choice", "true_false"], seed)
        for item in items:
            shown = [*(item.options or []), item.statement or ""]
            medieval = item.fact_id in ("john", "langton", "marshal", "innocent")
            modern = ("David Rubenstein", "Thomas Wheeler") if medieval else (
                "King John", "Stephen Langton", "William Marshal", "Pope Innocent III")
            assert not any(name in text for name in modern for text in shown
                           if item.answer not in modern), (item.fact_id, shown)


def test_a_titled_answer_stands_beside_titled_options_first(tmp_path) -> None:
    items, _ = generate_items_with_report(_deck(tmp_path, _PEOPLE), ["multiple_choice"], 0)
    (john,) = [i for i in items if i.fact_id == "john"]
    assert "Pope Innocent III" in (john.options or []), john.options


# -- dates -----------------------------------------------------------------------------------------

def _date_fact(answer: str, prompt: str) -> Fact:
    return Fact(id="d", kind="date", source=Span(0, 5), answer=answer, prompt=prompt)


def test_date_options_are_days_the_calendar_has() -> None:
    fact = _date_fact("31 January 1958", "On which date did the United States succeed?")
    deck = Deck("t", "t", "x", [fact])
    for seed in range(30):
        for text in date_distractors(fact, deck, random.Random(seed), 3):
            year, month, day = parse_date(text)
            assert day is not None and day <= monthrange(year, month)[1], text


def test_date_options_change_one_part_alike() -> None:
    """No option mix in which only the answer shares its month with one option and its year
    with another ("3 May 1786", "3 August 1785", "3 July 1787" beside "3 August 1787")."""
    fact = _date_fact("3 August 1787", "On which date did Saussure reach the summit?")
    deck = Deck("t", "t", "x", [fact])
    for seed in range(20):
        got = [parse_date(t) for t in date_distractors(fact, deck, random.Random(seed), 3)]
        assert len(got) == 3
        assert all(y == 1787 for y, _m, _d in got) or all(m == 8 for _y, m, _d in got), got


# -- a bound below a negative figure ---------------------------------------------------------

def test_options_below_a_negative_bound_lie_below_it() -> None:
    fact = Fact(id="cold", kind="number", source=Span(0, 5), answer="minus 50",
                prompt="The cold falls below how many degrees Celsius?", unit="degrees Celsius")
    for seed in range(10):
        got = number_distractors(fact, random.Random(seed))
        assert got and all(o.startswith("minus ") and int(o.split()[1]) > 50 for o in got), got


# -- statements ---------------------------------------------------------------------------------

def test_a_moved_opener_is_written_in_lower_case() -> None:
    said = statement("Once every how many minutes did Sputnik circle the Earth?", "96.2",
                     "number")
    assert said == "Sputnik circled the Earth once every 96.2 minutes.", said
    assert ItemKind.TRUE_FALSE  # the statement is what a true/false item shows


def test_no_option_stands_out_by_its_title() -> None:
    from edu.items.multiple_choice import _said_alike

    shown, wrong = _said_alike("President Dwight Eisenhower",
                               ["James Van Allen", "Mikhail Tikhonravov", "Sergei Korolev"])
    assert shown == "Dwight Eisenhower" and wrong[0] == "James Van Allen"
    shown, wrong = _said_alike("Stephen Langton",
                               ["Pope Innocent III", "William Marshal", "Mr David Rubenstein"])
    assert (shown, wrong) == ("Stephen Langton",
                              ["Innocent III", "William Marshal", "David Rubenstein"])
    # a title that cannot go ("King John": one word left) leaves the options as they are
    assert _said_alike("King John", ["Stephen Langton", "William Marshal", "Pope Innocent III"]
                       )[0] == "King John"


def test_a_persons_era_is_the_years_of_their_own_clause() -> None:
    """tests/data/blind/laennec_stethoscope.txt: Auenbrugger (1761) and Leared (1851) are 90
    years apart though one sentence dates Corvisart's translation 1808 beside Auenbrugger;
    "in 1852," is a year before its comma."""
    from edu.items.eras import name_eras, same_era
    from edu.items.pools import DeckPools

    said = [("Leopold Auenbrugger", "That method had been described in 1761 by the Austrian "
             "physician Leopold Auenbrugger, and Corvisart helped to revive it by publishing a "
             "French translation in 1808."),
            ("Arthur Leared", "Flexible tubing gradually replaced the rigid wooden cylinder, "
             "and in 1851 the Irish physician Arthur Leared demonstrated a binaural design."),
            ("George Philip Cammann", "The following year, in 1852, George Philip Cammann of "
             "New York refined the binaural stethoscope.")]
    facts = [Fact(id=f"f{i}", kind="name", prompt="Who?", answer=answer, category="person",
                  source=Span(100 * i, 100 * i + 50), evidence=evidence)
             for i, (answer, evidence) in enumerate(said)]
    eras = name_eras(DeckPools.of(Deck("t", "t", "x", facts)))
    assert eras["leopoldauenbrugger"] == {1761} and eras["georgephilipcammann"] == {1852}
    assert not same_era("Leopold Auenbrugger", "Arthur Leared", eras)
    assert same_era("Arthur Leared", "George Philip Cammann", eras)


def test_a_person_of_another_role_is_no_option(tmp_path) -> None:
    """Sentences of tests/data/blind/ozone_hole_discovery.txt and a businessman's: a person
    the text calls a businessman is no option for which scientist; the roles are the text's
    own words ("the former UN Secretary-General Kofi Annan" is of another family too)."""
    from edu.items.roles import role_of

    text = ("The Ozone Hole\n\n"
            "In 1995 Molina and Rowland shared the Nobel Prize with the Dutch scientist Paul "
            "Crutzen. "
            "In 1990 the businessman Armand Hammer praised the work. "
            "In 1986 the American atmospheric chemist Susan Solomon proposed a cause. "
            "In 1985 the physicist Joseph Farman published the findings. "
            "In 1987 the chemist Mario Molina spoke to the Senate.\n")
    (tmp_path / "notes.txt").write_text(text)

    def person(fid: str, prompt: str, answer: str, said: str) -> Fact:
        start = text.index(said)
        end = text.index(".", start + len(said)) + 1
        return Fact(id=fid, kind="name", prompt=prompt, answer=answer, category="person",
                    source=Span(start, end), evidence=text[start:end])

    facts = [person("crutzen", "With which Dutch scientist did Molina and Rowland share the "
                    "Nobel Prize?", "Paul Crutzen", "In 1995"),
             person("hammer", "Who praised the work in 1990?", "Armand Hammer", "In 1990"),
             person("solomon", "Who proposed a cause in 1986?", "Susan Solomon", "In 1986"),
             person("farman", "Who published the findings in 1985?", "Joseph Farman",
                    "In 1985"),
             person("molina", "Who spoke to the Senate in 1987?", "Mario Molina", "In 1987")]
    assert role_of("Kofi Annan", "The former UN Secretary-General Kofi Annan said") == "office"
    assert role_of("Paul Crutzen", facts[0].evidence or "") == "science"
    assert role_of("Armand Hammer", facts[1].evidence or "") == "business"
    deck = Deck(title="t", id="t", source="notes.txt", facts=facts, path=str(tmp_path / "d"))
    for seed in range(6):
        items, _ = generate_items_with_report(deck, ["multiple_choice", "true_false"], seed)
        scientists = [i for i in items if i.fact_id != "hammer"]
        assert any(i.options for i in scientists)
        for item in scientists:
            shown = [*(item.options or []), item.statement or ""]
            assert not any("Armand Hammer" in text for text in shown), shown
