"""Preprocessed text loses the marks inside figures (issue 15, eighth round): a draft's answer
is never a figure the document does not hold. Each case on a short text written for it,
preprocessed here."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize


def _answers(raw: str) -> dict[str, list[tuple[str, str, str]]]:
    """Answer -> (kind, unit, category) of every draft with that answer."""
    text = preprocess(raw)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    out: dict[str, list[tuple[str, str, str]]] = {}
    for f in extract_candidates(reading):
        out.setdefault(f.answer, []).append((f.kind, f.unit or "", f.category))
    return out


def test_a_year_before_christ_is_a_date() -> None:
    answers = _answers("The Temple\n\nRamesses built the temple in 1323 BC at Thebes. "
                       "The city fell in 2000 BCE. Vesuvius buried the town in AD 79.")
    assert [k for k, _, _ in answers["1323 BC"]] == ["date"]
    assert answers["1323 BC"][0][2] == "year"
    assert "2000 BCE" in answers and "AD 79" in answers
    assert not any(a.startswith(("1,323", "1323 ", "79")) and a != "1323 BC" for a in answers)
    assert not any("bc" in u.lower() for v in answers.values() for _, u, _ in v)


def test_a_time_of_day_is_no_count() -> None:
    answers = _answers("The Eclipse\n\nThe eclipse began at 7.13 pm and ended at 9:45 pm. "
                       "The crowd counted 713 people.")
    assert "713" in answers  # the count of people stays a fact
    assert all(unit != "pm" for _, unit, _ in answers["713"])
    assert "945" not in answers


def test_a_year_before_an_ordinal_is_no_count_of_seconds() -> None:
    answers = _answers("The River\n\nIn 1827 a second flood destroyed the mill. In 1204 a "
                       "third fire burnt the bridge. The pump ran for 1200 seconds.")
    assert ("date", "", "year") in [(k, u, c) for k, u, c in answers["1827"]]
    assert not any("second" in u for k, u, _ in answers.get("1,827", []) + answers["1827"])
    assert "1204" in answers and "1,204" not in answers
    assert any(u == "seconds" for _, u, _ in answers["1,200"])  # a real count of seconds


def _scored(raw: str) -> dict[str, tuple[str, float]]:
    """Answer -> (category, score) of its best draft."""
    text = preprocess(raw)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    out: dict[str, tuple[str, float]] = {}
    for f in extract_candidates(reading):
        out.setdefault(f.answer, (f.category or "", f.score or 0.0))
    return out


def test_a_day_and_a_month_without_a_year_is_a_date() -> None:
    # issue 15, ninth round: the year was said before, or lies before 1500
    found = _scored("The Tomb\n\nThe tomb was found in November 1922. On 26 November Carter "
                    "made a small hole. On Tuesday 4 September the wind dropped. The book was "
                    "finished on 3 February 1468 in the city. On 4 May the king came. The ship "
                    "struck ice on 14 April at 1140 pm.")
    assert found["26 November"][0] == "date" and found["4 September"][0] == "date"
    assert found["3 February 1468"][0] == "date" and "1,468" not in found
    assert "4 May" not in found  # "may" is a word too: only with its year
    assert "14 April 1140" not in found  # 11:40 pm, no year
    died = _scored("The Printer\n\nGutenberg died in Mainz on 3 February 1468.")
    assert died["3 February 1468"][0] == "date"  # a town takes no number: no "Mainz-3"
    assert "Mainz-3" not in died and "1,468" not in died
    # below a full date, whose year it lacks
    assert found["26 November"][1] < found["November 1922"][1] + 0.5


def test_a_year_said_again_before_its_date_makes_no_range() -> None:
    found = _scored("The Fish\n\nThe belief ended shortly before Christmas 1938. On 22 December "
                    "1938 the trawler returned. The bridge opened on 1 June 1878. In June 1879 "
                    "the queen crossed it. The works ran from 1870 to 1878.")
    full = _scored("The Fish\n\nOn 22 December 1938 the trawler returned. The bridge opened "
                   "on 1 June 1878.")
    # the year before ("christma 1938") and the month after ("1878 june 1879") are no range
    assert found["22 December 1938"][1] >= full["22 December 1938"][1] - 1.0  # recurring 1938
    assert found["1 June 1878"][1] == full["1 June 1878"][1]


def test_an_age_glued_to_year_old_is_a_number() -> None:
    # issue 15, ninth round: "43-year-old" preprocessed is "43yearold", hyphens deleted
    answers = _answers("The Patient\n\nThe first patient was Albert Alexander, a 43-year-old "
                       "police constable. A 14-year-old boy was treated in 1922.")
    assert answers["43"] == [("number", "years old", "age")]
    assert answers["14"] == [("number", "years old", "age")]
