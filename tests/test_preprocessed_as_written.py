"""Figures and names of preprocessed text are never asked as if sure when the recipe changed
them (round 20p, issue 15): the recipe deletes the point of "$148.7 billion", "2.36
astronomical units", "3.42 grams per cubic centimetre" and "Mach 2.44", the "s" of "the early
1960s" and "the 1950s and 1960s", the plural of "tens of thousands"; and a person's name that
names a hospital, a company or a college is no answer to "Who?". On held-out set 21 the blind
reviewers marked such drafts wrong. A text written for this test, preprocessed here."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.extract.as_written import mangled_name, mid_decade
from edu.extract.candidates import FIRST_PAGE
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

VESTA = """The Orbit of Vesta and the Marlow Works

Vesta was found by Heinrich Olbers in 1807. Its average distance from the Sun is 2.36
astronomical units, and it has a density of 3.42 grams per cubic centimetre. In the early
1960s a probe was planned, and in the 1950s and 1960s telescopes measured its light. The
Marlow Works cost $148.7 billion over its life. The test aircraft reached Mach 2.44 in 1953.
Tens of thousands of families were displaced by the flood of 1911. After his injury in 1956
the senator recovered at Walter Reed Army Hospital. The lifts were supplied by Otis Elevator
Company. Alice Hart studied chemistry at Margaret Morrison Carnegie College for women.
"""


def _drafts() -> list:
    text = preprocess(VESTA)
    assert "1487 billion" in text and "earli 1960" in text and "ten thousand" in text
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    return extract_candidates(reading)


def test_a_figure_that_lost_its_point_is_never_asked_as_the_whole_number() -> None:
    by_stems = {f.answer_stems: f for f in _drafts() if f.kind == "number"}
    for stems, written in (("1487 billion", "148.7"), ("236", "2.36"), ("342", "3.42"),
                           ("244", "2.44")):
        fact = by_stems[stems]
        assert written in fact.answer, (stems, fact.answer)
        assert fact.note and "full stop" in fact.note
    # a density above osmium's can only have been one reading: asked as that one
    assert by_stems["342"].answer == "3.42"


def test_a_figure_with_several_readings_waits_below_the_page() -> None:
    every = _drafts()
    open_ = [k for k, f in enumerate(every) if " or " in f.answer]
    assert len(open_) == 3  # 148.7 billion, 2.36 AU, Mach 2.44
    sure = sum(1 for f in every if not f.note)
    assert all(k >= min(FIRST_PAGE, sure) for k in open_)


def test_decades_are_asked_as_decades() -> None:
    years = [f for f in _drafts() if f.kind == "date" and (f.answer_stems or "") in
             ("1950", "1960")]
    assert len(years) == 3  # early 1960s; 1950s and 1960s
    for fact in years:
        assert fact.answer in (f"{fact.answer_stems}s", f"the {fact.answer_stems}s")
        assert "which year" not in fact.prompt


def test_tens_of_thousands_as_written() -> None:
    counts = [f for f in _drafts() if f.answer_stems == "ten thousand"]
    assert counts and all(f.answer == "tens of thousands" for f in counts)


def test_a_thing_named_after_a_person_is_not_asked_who() -> None:
    every = _drafts()
    for name, thing in (("Walter Reed", "hospital"), ("Margaret Morrison", "college")):
        drafts = [f for f in every if f.answer == name]
        assert drafts, name
        for fact in drafts:
            assert not fact.prompt.startswith("Who"), fact.prompt
            assert thing in (fact.note or "")
    otis = [f for f in every if (f.answer_stems or "").startswith("oti")]
    assert otis and all(not f.prompt.startswith("Who") for f in otis)
    # a person who studied there is still asked as one
    assert any(f.answer == "Alice Hart" and f.prompt.startswith("Who") for f in every)


def test_names_the_restorer_split_or_glued() -> None:
    assert mangled_name("Volcano-log", "volcanolog")  # Volcanology
    assert mangled_name("Guy-mon Boise City", "guymon bois citi")
    assert mangled_name("Energy-7", "energi 7")  # "an energy of 7 TeV"
    assert not mangled_name("Carbon-14", "carbon14")  # written so
    assert not mangled_name("XLR-11", "xlr11")
    assert not mangled_name("Roebling German-born", "roebl germanborn")
    assert mid_decade("Mid-1970") == "the mid-1970s"
    assert mid_decade("Mid-Atlantic") is None


def test_a_temperature_below_absolute_zero_of_any_length_lost_its_point() -> None:
    text = preprocess("The Cold Magnets\n\nThe magnets of the ring are cooled by liquid helium "
                      "to minus 271.3 degrees Celsius before each run of the collider.\n")
    assert "minu 2713 degre celsiu" in text
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    cold = [f for f in extract_candidates(reading) if f.answer_stems == "minu 2713"]
    assert cold and all("271.3" in f.answer and "2,713" not in f.answer for f in cold)
