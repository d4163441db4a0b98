"""Issue 15, eleventh round (raw wording): faults a strict teacher still met in the top 20 of
ordinary English, each on a short text written for its test (none from a measured document)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from edu.deck.model import Fact, FactKind, FactStatus
from edu.extract import candidates, extract_candidates
from edu.extract.candidates import _clash
from edu.extract.naming import named_in_full
from edu.extract.wording import BLANK
from edu.text.reading import read_document
from edu.text.source import Span


def _drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[Fact]:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    return extract_candidates(read_document(path))


def _by_answer(facts: list[Fact], answer: str) -> list[Fact]:
    return [f for f in facts if str(f.answer) == answer]


def test_a_unit_goes_on_with_its_rate(tmp_path, monkeypatch):
    """"40 miles per hour" is no count of miles: the unit and a cloze's "How many ...?" keep
    the rate ("per hour", "per square inch", "a day")."""
    facts = _drafts(tmp_path, monkeypatch, (
        "The Kestrel Viaduct\n\nOn the morning of 3 March 1912, a wind of about 60 miles per "
        "hour blew along the valley. The pressure in the boiler rose to about 180 pounds per "
        "square inch. By May the pier was sinking by about 2.5 centimetres a day. About 35 per "
        "cent of the stone came from Wales.\n"))
    units = {str(f.answer): f.unit for f in facts if f.kind == "number"}
    assert units["60"] == "miles per hour"
    assert units["180"] == "pounds per square inch"
    assert units["2.5"] == "centimetres a day"
    assert units["35"] == "percent"
    wind = _by_answer(facts, "60")[0]
    assert "How many miles? " not in wind.prompt, wind.prompt


def _page_marks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                text: str) -> tuple[list[Fact], set[str], set[str]]:
    """The drafts of `text` and the ids the first page holds down: (drafts, lost, sunk)."""
    seen: dict[str, Any] = {}
    real = candidates._spread_first_page

    def spy(facts: list[Fact], lost: Any = frozenset(), *args: Any, **kwargs: Any) -> Any:
        seen["lost"], seen["sunk"] = set(lost), set(kwargs.get("sunk") or ())
        return real(facts, lost, *args, **kwargs)

    monkeypatch.setattr(candidates, "_spread_first_page", spy)
    facts = _drafts(tmp_path, monkeypatch, text)
    return facts, seen["lost"], seen["sunk"]


_QUARRY = ("The Hollin Quarry\n\nThe Hollin Quarry was opened by the engineer Ada Marsh in "
           "1840. In 1851 Parliament passed the Quarry Act. The Act also created a panel of "
           "inspectors, later known as the Board of Quarries, to judge the claims. The final "
           "bill came to about 4.2 million pounds. The main shed was just 30 feet wide and held "
           "two cranes. At 8:32 in the morning on 18 May 1880, a magnitude 4.1 earthquake shook "
           "the quarry. At 10:35 Marsh lay down on the bench and slept.\n")


def test_a_count_question_reads_as_plain_english(tmp_path, monkeypatch):
    """"Just how many feet wide ...?" reads as emphatic; "To how many pounds did the final
    bill come?" is stilted: a total is asked with its "to" after the verb, hedge kept."""
    facts = _drafts(tmp_path, monkeypatch, _QUARRY)
    prompts = {str(f.answer): f.prompt for f in facts}
    # (a question naming nothing is led by the document's subject, round 21n)
    assert prompts["30"] == "For the Hollin Quarry, how many feet wide was the main shed?"
    assert prompts["4.2 million"] == \
        "For the Hollin Quarry, about how many pounds did the final bill come to?"


def test_no_count_of_a_name_or_a_singular_noun_on_the_page(tmp_path, monkeypatch):
    """"How many Parliament passed? In _____ Parliament passed ...", "How many Marsh? At _____
    Marsh lay down", "How many earthquake? ... a magnitude _____ earthquake": nothing is
    counted; such drafts wait below the page (the year and the time have drafts of their
    own). The magnitude's cloze asks no "How many earthquake?"; it waited below the page only
    while it ended on "the quarry" of a text speaking of quarries (`_one_of_several`): since
    the thirteenth round (naming the subject) it says "the Hollin Quarry" and may stand."""
    facts, lost, sunk = _page_marks(tmp_path, monkeypatch, _QUARRY)
    held = lost | sunk
    counts = {f.id: f for f in facts if f.kind == "number"}
    assert any("shook the Hollin Quarry" in f.prompt for f in counts.values()), counts
    for f in counts.values():
        if str(f.answer) in ("1851", "10:35"):
            assert f.id in held, (f.prompt, f.unit)
        assert "how many earthquake" not in f.prompt.lower(), f.prompt
    assert not any(f.id in held for f in counts.values() if str(f.answer) in ("30", "two"))


def test_a_short_name_is_said_in_full(tmp_path, monkeypatch):
    """"The Act also created ..." after "the Quarry Act": which act, the prompt says."""
    facts = _drafts(tmp_path, monkeypatch, _QUARRY)
    board = [f for f in facts if f.answer == "Board of Quarries" and "panel" in f.prompt]
    assert board and board[0].prompt.startswith("The Quarry Act also created"), board
    assert named_in_full("How many pounds did the Board pay Ada?",
                         "The Board of Quarries met. The Navy Board met.", "100") \
        == "How many pounds did the Board pay Ada?"  # two boards: which one is unsure
    assert named_in_full("Who chaired the Board?", "The Board of Quarries met.",
                         "Ada Marsh") == "Who chaired the Board of Quarries?"
    assert named_in_full("Who chaired the Board?", "The Board of Quarries met.",
                         "Board of Quarries") == "Who chaired the Board?"  # the answer


def test_a_thing_numbered_is_asked_which(tmp_path, monkeypatch):
    facts = _drafts(tmp_path, monkeypatch, (
        "The Stone Army\n\nThe army stands in three pits near the old city of Hale. Pit 1, "
        "the largest, holds the infantry in battle formation. Pit 2 contains cavalry, archers "
        "and chariots, and Pit 3 appears to be a command post with high-ranking officers.\n"))
    pit = [f for f in facts if f.answer == "Pit 3"]
    assert pit and pit[0].prompt == "Which pit appears to be a command post with high-ranking " \
                                    "officers?", [f.prompt for f in facts]


def test_a_part_says_what_it_is_part_of(tmp_path, monkeypatch):
    """"Which half did silt preserve?" (of what?) -> "Which half of the hull ...?"; "Some
    members, including the astronomer _____, favoured ..." (members of what?) waits below."""
    facts, lost, _ = _page_marks(tmp_path, monkeypatch, (
        "The Wreck of the Swallow\n\nThe Swallow sank off Dover in 1701. Silt had preserved "
        "roughly half of the hull, the starboard side on which the ship had settled. In 1714 "
        "Parliament founded the Board of Wrecks. Some members, including the astronomer Ada "
        "Marsh, favoured raising the ship at once.\n"))
    half = [f for f in facts if f.answer == "starboard side"]
    assert half and all("half of the hull" in f.prompt for f in half
                        if f.prompt.startswith("Which half")), [f.prompt for f in half]
    marsh = [f for f in facts if f.answer == "Ada Marsh" and "Some members" in f.prompt]
    assert marsh and all(f.id in lost for f in marsh)


def test_one_fact_asked_twice_is_a_clash():
    a = Fact(id="a", kind=FactKind.NAME, prompt="Although most scientists still believe "
             "that _____ was settled mainly from Asia, the voyage showed it was possible.",
             answer="Polynesia", source=Span(0, 50), status=FactStatus.DRAFT)
    b = Fact(id="b", kind=FactKind.NAME, prompt="Which place? Most scholars of the time "
             "believed that _____ had been settled only from Asia.", answer="Polynesia",
             source=Span(500, 550), status=FactStatus.DRAFT)
    c = Fact(id="c", kind=FactKind.NAME, prompt="Which organisation created the Board of "
             "Works in 1855?", answer="Parliament", source=Span(0, 50), status=FactStatus.DRAFT)
    d = Fact(id="d", kind=FactKind.NAME, prompt="Which organisation? Members of _____ hung "
             "curtains soaked in lime over the windows.", answer="Parliament",
             source=Span(500, 550), status=FactStatus.DRAFT)
    assert _clash(a, b)
    assert not _clash(c, d)  # one answer, two facts


def test_a_phrase_after_a_comma_and_belongs_to_the_next_clause(tmp_path, monkeypatch):
    """"The bridge opened ... on 1 July 1940, and only four months later, on 7 November 1940,
    its span tore apart": "How many months later did the bridge open ...?" is false."""
    facts = _drafts(tmp_path, monkeypatch, (
        "The Kestrel Bridge\n\nThe Kestrel Bridge opened to traffic on 1 July 1940, and only "
        "four months later, on 7 November 1940, its main span tore apart and fell into the "
        "river below.\n"))
    assert not any("later did" in f.prompt or "open to traffic only" in f.prompt
                   for f in facts), [f.prompt for f in facts]


def test_a_verb_stemmed_like_an_era_mark_is_none(tmp_path, monkeypatch):
    """"was added in 2007" stems to "ad 2007": the year is 2007, and the blank takes no
    "added in" ("was AD _____ to carry"); "AD 79" and "259 BC" as written keep their era."""
    facts = _drafts(tmp_path, monkeypatch, (
        "The Hale Bridge\n\nA second, parallel bridge was added in 2007 to carry eastbound "
        "traffic. The Roman fort beside it was built in AD 79. The king was born in 259 BC.\n"))
    answers = {str(f.answer) for f in facts if f.kind == "date"}
    assert {"2007", "AD 79", "259 BC"} <= answers, answers
    assert "AD 2007" not in answers
    assert not any("was _____ to carry" in f.prompt for f in facts)


def test_a_size_or_a_figure_said_again_asks_no_direct_question(tmp_path, monkeypatch):
    """"The caisson measured 168 by 102 feet" ("By how many feet did the caisson measure
    168?") and "is 1,595 feet long, about 486 metres" ("How many feet long is the span about
    486 metres?"): the figure is one side of a size, or said again in another unit; the
    cloze stays. A plural common noun opening a question is lower-cased ("did repairs")."""
    facts = _drafts(tmp_path, monkeypatch, (
        "The Hale Caissons\n\nThe Brooklyn caisson measured 168 by 102 feet. The main span "
        "between the towers is 1,595 feet long, about 486 metres. Repairs took two days. The "
        "three pits hold about 8,000 soldiers, 130 chariots and 150 horses.\n"))
    prompts = {str(f.answer): f.prompt for f in facts}
    assert prompts["8,000"].startswith("How many soldiers do"), prompts  # a list, no unit
    assert BLANK in prompts["102"] and BLANK in prompts["1,595"], prompts
    assert prompts["two"] == "How many days did repairs take?", prompts
