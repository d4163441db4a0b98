"""Answers of preprocessed text as written, round 21p (issue 15): held-out set 22's reviewer
called "1830" of "between 7:00 and 18:30" a wrong year, "43 (Italy)" and "726 (densities)"
junk units, "Giuseppe Cont" and "Danilo Toni-Nelli" misspelt names, and "How many metres long
was the bridge?" a question that does not name the Sydney Harbour Bridge. A text written for
this test, preprocessed here."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.extract import lexicon as lx
from edu.extract.as_written import clock_figures, counted_unit
from edu.text.names import name_word
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

HARBOUR = """The Building of the Kestrel Harbour Bridge

The Kestrel Harbour Bridge crosses the bay at Port Anvil. The Kestrel Harbour Bridge is 1,149
metres long, and the Kestrel Harbour Bridge was opened on 19 March 1932. The toll applied
between 7:00 and 18:30, Monday to Friday. Drivers paid a daily charge of 5 pounds.
The death toll reached 43 in Italy, the minister said. Prime Minister Giuseppe Conte visited
the site, and the transport minister Danilo Toninelli announced an inquiry. The chemist gave
ekasilicon an atomic weight of 72 and density 5.5 in his report of 1871. Around 1,400 workers
built the Kestrel Harbour Bridge, and 16 died during construction.
"""


def _drafts() -> list:
    text = preprocess(HARBOUR)
    assert "700 1830" in text and "giusepp cont" in text and "danilo toninelli" in text
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    return extract_candidates(reading)


def test_two_clock_figures_in_a_row_are_times_never_a_year() -> None:
    drafts = _drafts()
    assert not any(f.answer in ("1830", "1,830") for f in drafts)
    times = [f for f in drafts if f.answer_stems in ("700", "1830")]
    assert times and all(":" in f.answer for f in times), [f.answer for f in times]
    assert any(f.answer == "7:00\u201318:30" for f in times)
    assert all("which year" not in f.prompt for f in times)


def test_clock_pairs_need_a_morning_and_a_later_hour() -> None:
    num, year = lx.NUM, lx.YEAR
    assert clock_figures(["charg", "700", "1830", "monday"], [0, num, year, 0], lx.UNITS) \
        == {1: "7:00", 2: "18:30"}
    # a range of years, a list, a measure: no times
    assert clock_figures(["studi", "1850", "1860", "taught"], [0, year, year, 0], lx.UNITS) == {}
    assert clock_figures(["live", "150", "700", "metr"], [0, num, num, 0], lx.UNITS) == {}
    assert clock_figures(["state", "500", "1000", "ad"], [0, num, num, 0], lx.UNITS) == {}


def test_a_unit_is_the_counted_noun_after_the_figure() -> None:
    assert counted_unit("Italy", ["itali", "minist"], lx.UNITS) is None
    assert counted_unit("densities", ["densiti", "55"], lx.UNITS) is None
    assert counted_unit("died construction", ["die", "construct"], lx.UNITS) is None
    assert counted_unit("squares", ["squar", "kilometr"], lx.UNITS) == "square kilometres"
    assert counted_unit("workers", ["worker", "built"], lx.UNITS) == "workers"
    assert counted_unit("galilean moons", ["galilean", "moon"], lx.UNITS) == "galilean moons"
    by_stems = {f.answer_stems: f for f in _drafts() if f.kind.value == "number"}
    assert by_stems["43"].unit is None
    assert by_stems["72"].unit is None
    assert by_stems["1400"].unit == "workers"


def test_a_surname_the_stemmer_cut_is_written_whole() -> None:
    assert name_word("cont", "cont") == "Conte"  # a census surname; "Cont" is none
    assert name_word("livingston", "livingston") == "Livingston"  # both are surnames
    assert name_word("toninelli", "Toninelly") == "Toninelli"
    assert name_word("florenski", "Florensky") == "Florensky"
    names = {f.answer for f in _drafts() if f.kind.value == "name"}
    assert "Giuseppe Conte" in names and "Danilo Toninelli" in names, names
    assert not any("Toni-" in n for n in names)


def test_a_question_of_the_titles_thing_names_it() -> None:
    prompts = [f.prompt for f in _drafts() if "_____" not in f.prompt]
    assert any("the Kestrel Harbour Bridge" in p for p in prompts), prompts
    assert not any(p.endswith("the bridge?") for p in prompts), prompts


OFFICES = """The Flood at Marrow Falls

The flood struck Marrow Falls in 1911. Mayor Walter Penhallow ordered the town cleared, and
the health minister Ada Crowther sent doctors. The deputy prime minister Boris Lemming
visited, and the first chief engineer, Thomas Harding, inspected the dam. The foreign
ministers Ernest Bowden and Georges Bidault met later.
"""


def test_an_office_right_before_a_full_name_asks_who_held_it() -> None:
    text = preprocess(OFFICES)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    asked = {f.prompt: f.answer for f in extract_candidates(reading) if "_____" not in f.prompt}
    assert asked.get("Who was the mayor?") == "Walter Penhallow", asked
    assert asked.get("Who was the health minister?") == "Ada Crowther", asked
    assert "Who was the first chief engineer?" in asked, asked
    # a deputy prime minister is no prime minister; two foreign ministers are two answers
    assert "Who was the prime minister?" not in asked and "Who was the foreign minister?" \
        not in asked, asked
