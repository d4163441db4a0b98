"""Grading: a table of real answers, right and wrong, for every item kind."""

from __future__ import annotations

import pytest

from edu.grading.grade import grade, key_of, parse_date, parse_quantity, tokens_of
from edu.items.model import Item
from edu.text.source import Span


def item(answer: str, kind: str = "short_answer", fact_kind: str = "name", **kw) -> Item:
    return Item(id=f"t:{kind}", fact_id="t", kind=kind, prompt=kw.pop("prompt", "?"),
                answer=answer, fact_kind=fact_kind, source=Span(0, 0), **kw)


ZHURONG = item("Zhurong", prompt="What is the name of China's first Mars rover?")
CHANGE5 = item("Chang'e-5", aliases=["Chang'e 5 probe"])
SHENZHOU = item("Shenzhou-13")
SHENZHOU_ROMAN = item("Shenzhou-XIII")
TIANWEN = item("Tianwen-1")
BEIDOU = item("BeiDou Navigation Satellite System", aliases=["BeiDou", "BDS"])
SCIO = item("State Council Information Office", aliases=["SCIO"])
LONG_MARCH = item("Long March 5B")
XI = item("Xi Jinping", aliases=["President Xi"])
LAUNCHES = item("207", fact_kind="number", unit="launch missions")
SAMPLES = item("1,731 grams", fact_kind="number")
SAMPLES_NUM = item("1731", kind="numeric", fact_kind="number", unit="grams")
TOLERANT = item("400", kind="numeric", fact_kind="number", tolerance=10.0)
PERCENT = item("40%", kind="numeric", fact_kind="number")
BILLION = item("1.5 billion yuan", fact_kind="number")
ORDINAL = item("13th", fact_kind="number", unit="meeting")
MILLION = item("seven million", fact_kind="number")
YEAR = item("2020", fact_kind="date")
YEAR_NUMERIC = item("2020", kind="numeric", fact_kind="date", unit="year", tolerance=0.0)
MONTH = item("April 2021", fact_kind="date", aliases=["2021-04"])
DAY = item("29 April 2021", fact_kind="date")
MC = item("Tianwen-1", kind="multiple_choice",
          options=["Chang'e-4", "Tianwen-1", "Zhurong", "Chang'e-5"])
TF_TRUE = item("true", kind="true_false", statement="Zhurong is a Mars rover.",
               true_statement="Zhurong is a Mars rover.")
TF_FALSE = item("false", kind="true_false", statement="Yutu-2 is a Mars rover.",
                true_statement="Zhurong is a Mars rover.")
MATCH = item("", kind="matching", pairs=[["Tianhe", "core module"], ["Wentian", "lab module"],
                                        ["Tianzhou-2", "cargo craft"],
                                        ["Shenzhou-12", "crewed spacecraft"]])
ORDER = item("", kind="ordering", sequence=["Chang'e-4 landed", "Chang'e-5 returned samples",
                                            "Tianwen-1 launched", "Tianhe launched"],
             years=["2019", "2020", "2020 July", "2021"])

CASES = [
    # names: case, accents, punctuation, aliases, hyphens, extra words from the prompt
    (ZHURONG, "Zhurong", "correct"),
    (ZHURONG, "  zhurong ", "correct"),
    (ZHURONG, "ZHURONG!", "correct"),
    (ZHURONG, "Zhùróng", "correct"),
    (ZHURONG, "the Zhurong rover", "correct"),
    (ZHURONG, "Zhurung", "almost"),
    (ZHURONG, "Zhrong", "almost"),
    (ZHURONG, "Yutu", "wrong"),
    (ZHURONG, "", "wrong"),
    (ZHURONG, "Zh", "wrong"),
    (CHANGE5, "Chang'e-5", "correct"),
    (CHANGE5, "Chang’e 5", "correct"),
    (CHANGE5, "change5", "correct"),
    (CHANGE5, "CHANG E-5", "correct"),
    (CHANGE5, "Chang'e five", "correct"),
    (CHANGE5, "Chang'e 5 probe", "correct"),
    (CHANGE5, "Chang'e-4", "wrong"),
    (CHANGE5, "Chang'e-6", "wrong"),
    (CHANGE5, "Chnag'e-5", "almost"),
    (SHENZHOU, "Shenzhou-XIII", "correct"),
    (SHENZHOU, "shenzhou 13", "correct"),
    (SHENZHOU, "Shenzhou thirteen", "correct"),
    (SHENZHOU, "Shenzhou-XII", "wrong"),
    (SHENZHOU, "Shenzhou 3", "wrong"),
    (SHENZHOU_ROMAN, "Shenzhou 13", "correct"),
    (SHENZHOU_ROMAN, "Shenzou XIII", "almost"),
    (TIANWEN, "tianwen 1", "correct"),
    (TIANWEN, "Tianwen-I", "correct"),
    (TIANWEN, "Tianwen-2", "wrong"),
    (BEIDOU, "BeiDou", "correct"),
    (BEIDOU, "Beidou navigation satellite system", "correct"),
    (BEIDOU, "bds", "correct"),
    (BEIDOU, "Beidou Navigation Satelite System", "almost"),
    (BEIDOU, "GLONASS", "wrong"),
    (SCIO, "The State Council Information Office", "correct"),
    (SCIO, "State Council Informaton Office", "almost"),
    (SCIO, "State Council", "wrong"),
    (LONG_MARCH, "Long March-5B", "correct"),
    (LONG_MARCH, "long march 5 b", "correct"),
    (LONG_MARCH, "Long March 5", "wrong"),
    (LONG_MARCH, "Long March 7", "wrong"),
    (XI, "xi jinping", "correct"),
    (XI, "President Xi", "correct"),
    (XI, "Hu Jintao", "wrong"),
    # numbers: digits, separators, words, units, tolerance; never a typo
    (LAUNCHES, "207", "correct"),
    (LAUNCHES, "two hundred seven", "correct"),
    (LAUNCHES, "two hundred and seven", "correct"),
    (LAUNCHES, "207 launch missions", "correct"),
    (LAUNCHES, "207 launches", "correct"),
    (LAUNCHES, "270", "wrong"),
    (LAUNCHES, "208", "wrong"),
    (LAUNCHES, "about two hundred", "wrong"),
    (LAUNCHES, "many", "wrong"),
    (SAMPLES, "1731", "correct"),
    (SAMPLES, "1,731", "correct"),
    (SAMPLES, "1731 g", "correct"),
    (SAMPLES, "1,731 grams", "correct"),
    (SAMPLES, "1.731 kg", "correct"),
    (SAMPLES, "1.731 kilograms", "correct"),
    (SAMPLES, "1.7 kg", "wrong"),
    (SAMPLES, "1713", "wrong"),
    (SAMPLES, "1731 km", "wrong"),
    (SAMPLES_NUM, "1.731 kg", "correct"),
    (SAMPLES_NUM, "one thousand seven hundred thirty-one", "correct"),
    (TOLERANT, "395", "correct"),
    (TOLERANT, "410", "correct"),
    (TOLERANT, "411", "wrong"),
    (PERCENT, "40 percent", "correct"),
    (PERCENT, "40", "correct"),
    (PERCENT, "45%", "wrong"),
    (BILLION, "1.5 billion", "correct"),
    (BILLION, "1,500 million yuan", "correct"),
    (BILLION, "1500000000", "correct"),
    (BILLION, "1.5 million", "wrong"),
    (ORDINAL, "13th", "correct"),
    (ORDINAL, "thirteenth", "correct"),
    (ORDINAL, "13", "correct"),
    (ORDINAL, "14th", "wrong"),
    (MILLION, "7 million", "correct"),
    (MILLION, "7,000,000", "correct"),
    (MILLION, "seven hundred thousand", "wrong"),
    # dates: every part the answer gives must match; never a typo in a year
    (YEAR, "2020", "correct"),
    (YEAR, "in 2020", "correct"),
    (YEAR, "2019", "wrong"),
    (YEAR, "2021", "wrong"),
    (YEAR, "2002", "wrong"),
    (YEAR_NUMERIC, "2020", "correct"),
    (YEAR_NUMERIC, "2019", "wrong"),
    (MONTH, "April 2021", "correct"),
    (MONTH, "april, 2021", "correct"),
    (MONTH, "Apr. 2021", "correct"),
    (MONTH, "2021-04", "correct"),
    (MONTH, "04/2021", "correct"),
    (MONTH, "29 April 2021", "correct"),
    (MONTH, "May 2021", "wrong"),
    (MONTH, "April 2020", "wrong"),
    (MONTH, "2021", "wrong"),
    (DAY, "April 29, 2021", "correct"),
    (DAY, "29.04.2021", "correct"),
    (DAY, "April 2021", "wrong"),
    (DAY, "April 28, 2021", "wrong"),
    # multiple choice: option text, letter, digit
    (MC, "Tianwen-1", "correct"),
    (MC, "tianwen 1", "correct"),
    (MC, "B", "correct"),
    (MC, "b)", "correct"),
    (MC, "2", "correct"),
    (MC, "A", "wrong"),
    (MC, "4", "wrong"),
    (MC, "Chang'e-5", "wrong"),
    (MC, "E", "wrong"),
    (MC, "Tianwen-2", "wrong"),
    # true / false
    (TF_TRUE, "true", "correct"),
    (TF_TRUE, "T", "correct"),
    (TF_TRUE, "yes", "correct"),
    (TF_TRUE, "false", "wrong"),
    (TF_FALSE, "False", "correct"),
    (TF_FALSE, "f", "correct"),
    (TF_FALSE, "no", "correct"),
    (TF_FALSE, "true", "wrong"),
    (TF_FALSE, "maybe", "wrong"),
    # matching: right-hand values in left order; ordering: events in the learner's order
    (MATCH, ["core module", "lab module", "cargo craft", "crewed spacecraft"], "correct"),
    (MATCH, ["Core module", "lab module", "cargo craft", "crewed spacecraft"], "correct"),
    (MATCH, ["lab module", "core module", "cargo craft", "crewed spacecraft"], "wrong"),
    (MATCH, ["core module", "lab module", "cargo craft"], "wrong"),
    (ORDER, ["Chang'e-4 landed", "Chang'e-5 returned samples", "Tianwen-1 launched",
             "Tianhe launched"], "correct"),
    (ORDER, ["Chang'e-5 returned samples", "Chang'e-4 landed", "Tianwen-1 launched",
             "Tianhe launched"], "wrong"),
    (ORDER, ["Tianhe launched", "Tianwen-1 launched", "Chang'e-5 returned samples",
             "Chang'e-4 landed"], "wrong"),
]


@pytest.mark.parametrize(("it", "response", "status"), CASES,
                         ids=[f"{c[0].answer or c[0].kind}|{c[1]}" for c in CASES])
def test_grade_table(it: Item, response, status: str) -> None:
    verdict = grade(it, response)
    assert verdict.status == status, verdict.reason
    assert verdict.reason


def test_table_is_large_and_balanced() -> None:
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if c[2] == "wrong") >= 30


def test_reasons_are_specific() -> None:
    assert grade(LAUNCHES, "270").reason == "expected 207, you wrote 270"
    assert grade(ZHURONG, "Zhurung").reason == "accepted: typo in 'Zhurong'"
    assert "2 of 4 pairs right" == grade(MATCH, ["lab module", "core module", "cargo craft",
                                                  "crewed spacecraft"]).reason
    assert "month is missing" in grade(MONTH, "2021").reason
    assert "Tianwen-1" in grade(MC, "A").reason
    assert "Zhurong is a Mars rover." in grade(TF_FALSE, "true").reason
    assert grade(TOLERANT, "405").reason.startswith("correct (within")


def test_typos_never_cross_digits() -> None:
    for answer, response in [("Tianzhou-2", "Tianzhou-3"), ("Long March 2F", "Long March 2C"),
                             ("Fengyun-4B", "Fengyun-3B")]:
        assert grade(item(answer), response).status == "wrong"


def test_normal_forms() -> None:
    assert tokens_of("Shenzhou-XIII") == ("shenzhou", "13")
    assert tokens_of("“Chang’e-5”") == ("change", "5")
    assert tokens_of("two hundred and seven") == ("207",)
    assert tokens_of("1,731 grams") == ("1731", "grams")
    assert key_of("1.5 billion") != key_of("15 billion")
    assert parse_quantity("1,731 grams").value == 1731
    assert parse_quantity("1.5 billion yuan").value == 1.5e9
    assert parse_date("29 April 2021") == (2021, 4, 29)
    assert parse_date("the Moon") is None


def test_response_types_are_tolerated() -> None:
    assert grade(LAUNCHES, 207).status == "correct"
    assert grade(ZHURONG, None).status == "wrong"
    assert grade(MATCH, "core module; lab module; cargo craft; crewed spacecraft").status \
        == "correct"
