"""Preprocessed answers as written (round 19p, edu/extract/as_written.py): a range the stems
wrote as two figures in a row is answered whole, its lower end waits below the first page,
and a dateline's date is never offered there as the day of the event it reports."""

from __future__ import annotations

from pathlib import Path

from edu.extract import extract_candidates
from edu.extract import lexicon as lx
from edu.extract.as_written import dateline_date, range_answer, range_of
from edu.extract.candidates import FIRST_PAGE
from edu.text.preprocess import preprocess
from edu.text.reading import read_document

_QUAKE = """The Great Quake of Halvern

The earthquake struck the harbour town of Halvern in the spring of 1906. Fires burned for
three days across the old town. Soldiers and police were ordered to stop looting. Between
227,000 and 300,000 people were left homeless, and the army built camps in the parks. The
rebuilding of the harbour took nine years and cost 40 million dollars. The engineer Marta
Olsen designed the new sea wall, which was finished in 1911 and still stands today.
"""

_REPORT = """Storm Closes Every Port on the Coast

LONDON, 22 February 2002 - Every port on the east coast stayed closed today after the worst
storm in fifty years struck on 20 February. Waves of 12 metres were recorded at Dover, and
about 300 ships waited at sea. The coastguard said 14 sailors were rescued from two boats.
The harbour master, Peter Vale, said the ports would reopen on Monday. Repairs to the sea
walls will cost 5 million pounds. The last storm of this size struck in 1953, when 307
people died along the coast.
"""


def _drafts(tmp_path: Path, text: str):
    path = tmp_path / "notes.txt"
    path.write_text(preprocess(text) + "\n", "utf-8")
    return extract_candidates(read_document(path))


def test_a_range_is_answered_whole_and_its_lower_end_waits_below_the_page(tmp_path,
                                                                         monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    facts = _drafts(tmp_path, _QUAKE)
    homeless = [f for f in facts if f.answer_stems and f.answer_stems.startswith("300000")]
    assert homeless and homeless[0].answer == "227,000\u2013300,000"
    assert "227000 _____" not in homeless[0].prompt  # the window prints no end of it
    assert homeless[0].answer_stems == "300000"  # a key's "300,000" still finds the draft
    lower = [k for k, f in enumerate(facts) if f.answer_stems == "227000"]
    assert all(k >= FIRST_PAGE for k in lower) or len(facts) <= FIRST_PAGE


def test_the_dateline_date_is_held_below_the_first_page(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    facts = _drafts(tmp_path, _REPORT)
    at = [k for k, f in enumerate(facts) if f.answer == "22 February 2002"]
    assert at, [f.answer for f in facts]
    page = facts[:FIRST_PAGE]
    # below the page: on a text of fewer drafts than a page, after every draft that is not
    # held itself (held drafts, each with its note, wait in their order; a small count is
    # sunk below them all, round 20p)
    sure = sum(1 for f in facts if not f.note)
    assert all(k >= min(FIRST_PAGE, sure) for k in at), [(f.answer, f.prompt) for f in page]
    assert "dateline" in (facts[at[0]].note or "")
    assert any(f.answer == "20 February" or f.answer.startswith("20 February") for f in facts)


def test_range_reading_guards():
    n, y, w, s = lx.NUM, lx.YEAR, lx.WORD, lx.SCALE
    stems = ["loot", "80000", "100000", "peopl"]
    assert range_of(stems, [w, n, n, w], set(), set(), 2, 3) == ("80000", "100000", True)
    assert range_of(stems, [w, n, n, w], set(), set(), 1, 2) == ("80000", "100000", False)
    # ten times apart or more: two facts ("28000 build ... 500"), no range
    assert range_of(["x", "50", "700", "y"], [w, n, n, w], set(), set(), 2, 3) is None
    # a name before the lower figure measures it: "mach 106 700 mile" (Mach 1.06)
    assert range_of(["mach", "106", "700", "mile"], [w, n, n, w], {0}, set(), 2, 3) is None
    # two years of two clauses: "zurich 1869 1888 professor"
    assert range_of(["zurich", "1869", "1888", "x"], [w, n, n, w], set(), set(), 2, 3) is None
    # a decimal point the recipe deleted: "20.005 and 40.002 megahertz", "magnitude 8.5-9.0"
    assert range_of(["freq", "20005", "40002", "mhz"], [w, n, n, w], set(), set(), 2, 3) is None
    assert range_of(["magnitud", "85", "90", "x"], [w, n, n, w], set(), set(), 2, 3) is None
    # three figures in a row are a list
    assert range_of(["a", "10", "20", "30"], [w, n, n, n], set(), set(), 2, 3) is None
    # a scale after the upper end: "25 30 million year"
    assert range_of(["form", "25", "30", "million", "year"], [w, n, n, s, w], set(), set(),
                    2, 4) == ("25", "30", True)
    assert range_answer("30 million", "25", "30") == "25\u201330 million"
    assert range_answer("300,000", "227000", "300000") == "227,000\u2013300,000"
    assert range_answer("ten", "8", "10") == "ten"
    # a dateline: a place, then day, month and year, no date before
    m = lx.MONTH
    assert dateline_date(["storm", "london", "22", "februari", "2002", "port"],
                         [w, w, n, m, y, w], {1}, 2, 5)
    assert not dateline_date(["storm", "1953", "london", "22", "februari", "2002"],
                             [w, y, w, n, m, y], {2}, 3, 6)
    assert not dateline_date(["storm", "struck", "22", "februari", "2002"],
                             [w, w, n, m, y], set(), 2, 5)


_LINE = """The Northern Power Line

The Northern Power Line was completed in 1962 after six years of work. Its engineers
planned a route through the hills. In the end the line linked two nations. Crews built
1,200 steel towers along the route, and 3,000 workers cleared the land of trees. The line
carried power across 400 kilometres of forest to the coast. On 9 March 1970 a storm cut
the line near the border. Repairs cost 8 million dollars.
"""


def test_a_count_of_two_things_waits_below_the_other_drafts(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    facts = _drafts(tmp_path, _LINE)
    small = [k for k, f in enumerate(facts) if f.answer == "two"]
    assert small, [(f.answer, f.unit) for f in facts]
    others = [k for k, f in enumerate(facts) if f.answer in ("1,200", "3000", "400")]
    assert len(others) == 3 and max(others) < min(small)
    # a span of time is asked as it is: not held with the counts
    assert any(f.answer == "six" for f in facts)


def test_a_life_question_takes_the_page_before_a_who_question_it_gives_away(tmp_path,
                                                                             monkeypatch):
    """henrietta_leavitt (blind set 20): "Who measured the university?" (her, read off the
    title) took the page, and her birth, which prints her name, fell below every window."""
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    text = (Path(__file__).parent / "data" / "blind" / "henrietta_leavitt.txt").read_text()
    page = [f.prompt for f in _drafts(tmp_path, text)[:FIRST_PAGE]]
    assert "On which date was Henrietta Swan Leavitt born?" in page
    assert "Who measured the university?" not in page


_POLE = """The Race to the South Pole

Roald Amundsen set up his base, Framheim, on the Ross Ice Shelf in January 1911. The polar
party left Framheim on 19 October 1911 with four sledges and 52 dogs. They reached the pole on
14 December 1911 and returned to Framheim on 25 January 1912. Framheim stood empty after the
expedition sailed home.
"""


def test_a_name_that_ran_into_a_dates_day_is_answered_without_it(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    facts = _drafts(tmp_path, _POLE)
    assert not any(str(f.answer).startswith("Framheim-") for f in facts)
    cut = [f for f in facts if "left _____ October" in f.prompt]
    assert cut and cut[0].answer == "Framheim" and "day" in (cut[0].note or "")
