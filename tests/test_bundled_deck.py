"""The bundled deck is the product's content: every fact must be proved by its source span,
the paper must be covered section by section, and the mix must feed every item kind."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from edu.deck.check import load_deck
from edu.deck.model import Deck
from edu.text.preprocess import preprocess_words
from edu.text.reading import read_document
from edu.text.source import Document

ROOT = Path(__file__).resolve().parents[1]
DECK = ROOT / "decks" / "china-space-2021.yaml"

# Every numbered heading of the white paper, plus its preamble and conclusion.
SECTIONS = (
    ["Preamble", "I.1", "I.2", "I.3"]
    + [f"II.{i}" for i in range(1, 8)]
    + ["III.1", "III.2", "IV.1", "IV.2"]
    + [f"V.{i}" for i in range(1, 8)]
    + ["VI.1", "VI.2", "VI.3", "Conclusion"]
)
_DATE = re.compile(r"((January|February|March|April|May|June|July|August|September|October|"
                   r"November|December) )?\d{4}")
_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(DECK)


@pytest.fixture(scope="module")
def doc(deck: Deck) -> Document:
    return read_document(deck.source_path)


def stems_key(text: str) -> str:
    return "".join(preprocess_words(text))


def test_deck_header(deck: Deck) -> None:
    assert deck.id == "china-space-2021"
    assert deck.title == "China's Space Program: A 2021 Perspective"
    assert deck.source_path.resolve() == (ROOT / "seeds" / "china-space-2021.txt").resolve()
    assert deck.language == "en" and deck.description


def test_size_status_and_ids(deck: Deck) -> None:
    assert len(deck.facts) >= 130
    assert all(f.status == "reviewed" for f in deck.facts)
    ids = [f.id for f in deck.facts]
    assert len(ids) == len(set(ids))
    assert all(_SLUG.fullmatch(i) for i in ids), [i for i in ids if not _SLUG.fullmatch(i)]


def test_every_section_covered(deck: Deck) -> None:
    covered = Counter(f.section.split()[0] for f in deck.facts)
    assert [s for s in SECTIONS if not covered[s]] == []
    unknown = set(covered) - set(SECTIONS) - {"II", "III", "IV", "V", "VI"}
    assert not unknown


def test_kinds_are_mixed(deck: Deck) -> None:
    kinds = Counter(f.kind for f in deck.facts)
    assert kinds["name"] >= 20 and kinds["number"] >= 20
    # The paper states few dates; every one it states with an event is in the deck (the
    # bare counting-window dates, 2016 four times, December 2021, were dropped as low-value).
    assert kinds["date"] >= 7


def test_name_categories_feed_distractors(deck: Deck) -> None:
    """A category is a set of interchangeable answers: an answer with no true peer in the paper
    keeps a category of its own (no multiple choice beats implausible options), but most name
    facts must sit in categories big enough for multiple choice and matching (4+)."""
    names = [f for f in deck.facts if f.kind == "name"]
    sizes = Counter(f.category for f in names)
    assert "" not in sizes
    assert all(f.category for f in deck.facts)
    assert sum(sizes[f.category] >= 4 for f in names) >= 0.6 * len(names)


@pytest.fixture(scope="module")
def items_by_seed(deck: Deck) -> dict[int, list]:
    from edu.items.generate import generate_items

    return {seed: generate_items(deck, seed=seed) for seed in (1, 2)}


# Options a learner would rule out at a glance or could argue are true: the categories that
# produced them used to mix unlike things (the publisher with international bodies, outreach
# events with cooperation projects, a river with programmes, lunar regions with comets).
IMPLAUSIBLE = {
    "white-paper-publisher": {"the African Union", "the United Nations", "APSCO",
                              "the European Space Agency"},
    "world-space-week": {"Egypt Space City", "Dragon Programme"},
    "space-day": {"Egypt Space City", "Dragon Programme"},
    "beidou-epidemic-control": {"a cyclone", "a severe drought", "a dam collapse"},
    "lancang-mekong-center": {"Egypt Space City", "Dragon Programme",
                              "the Belt and Road Initiative"},
    "change-4-landing-site": {"a main-belt comet", "habitable planets", "the Jupiter system"},
    "reusable-launch-vehicle-test": {"passivation", "Ka-band"},
    "cold-atom-clock": {"a high-precision global carbon flux map"},
    "future-human-lunar-landing": {"carbon neutrality", "a Digital China"},
    "mission-understand-cosmos": {"our eternal dream", "its space presence"},
    "debris-monitoring-warning": {"global search and rescue", "short-message communication"},
    "future-commercial-launch-pads": {"Taiyuan", "Wenchang", "Beijing Aerospace Control Center"},
    "national-space-law": {"intelligent production lines", "Space Plus"},
}


def test_options_come_from_a_coherent_category(items_by_seed: dict[int, list]) -> None:
    for items in items_by_seed.values():
        for item in items:
            shown = set(item.options or []) if item.kind == "multiple_choice" else set()
            if item.kind == "true_false" and item.answer == "false":
                shown = {item.statement}
            bad = IMPLAUSIBLE.get(item.fact_id, set())
            assert not {s for s in shown if any(b in s for b in bad)}, (item.id, shown)


def test_options_do_not_follow_from_the_question(items_by_seed: dict[int, list]) -> None:
    """'Which APSTAR satellite ...?' with one APSTAR option gives the answer away."""
    for items in items_by_seed.values():
        for item in items:
            if item.kind == "multiple_choice" and item.fact_kind == "name":
                first = item.answer.split()[0].split("-")[0]
                if len(first) > 3 and first[0].isupper() and first in item.prompt:
                    assert sum(o.startswith(first) for o in item.options) > 1, item.id


def test_dates_and_numbers_are_well_formed(deck: Deck) -> None:
    for f in deck.facts:
        if f.kind == "date":
            assert _DATE.fullmatch(f.answer), f.id
        if f.kind == "number":
            assert f.unit, f.id
            assert re.search(r"\d|one|two|three|four|five|six|seven|eight|nine", f.answer), f.id


def test_ordering_has_enough_dated_events(deck: Deck) -> None:
    years = {f.answer[-4:] for f in deck.facts
             if f.kind == "date" and f.section.startswith("VI.2")}
    assert len(years) >= 4


def test_proof_rule_and_spans(deck: Deck, doc: Document) -> None:
    starts = {t.start for t in doc.tokens}
    ends = {t.end for t in doc.tokens}
    for f in deck.facts:
        assert f.source.start in starts and f.source.end in ends, f.id
        tokens = doc.tokens[slice(*doc.token_range(f.source))]
        assert 8 <= len(tokens) <= 30, (f.id, len(tokens))
        joined = "".join(t.stem for t in tokens)
        # docs/DECKS.md, proof rule 5: a dash in the answer may read as a space
        assert (stems_key(f.answer) in joined
                or stems_key(f.answer.replace("-", " ")) in joined), f.id


def test_prompts_do_not_give_the_answer_away(deck: Deck) -> None:
    for f in deck.facts:
        prompt = f" {' '.join(preprocess_words(f.prompt))} "
        answer = " ".join(preprocess_words(f.answer))
        assert f" {answer} " not in prompt, f.id
        assert f.prompt.rstrip().endswith("?"), f.id


def test_same_category_answers_name_different_things(deck: Deck) -> None:
    """Multiple choice and matching draw options from a category: if one fact's answer is an
    accepted form (alias) of another fact's different answer, a learner sees two right options."""
    def key(text: str) -> str:
        return re.sub(r"^(the|a|an)(?=[a-z])", "", re.sub(r"[^a-z0-9]", "", text.lower()))

    names = [f for f in deck.facts if f.kind == "name"]
    for f in names:
        forms = {key(a) for a in f.aliases}
        for g in names:
            if g.category == f.category and key(g.answer) != key(f.answer):
                assert key(g.answer) not in forms, (f.id, g.id)


def test_sections_agree_with_detected_headings(deck: Deck, doc: Document) -> None:
    """Once the document model detects headings, each fact sits under the same top-level part."""
    if not doc.sections:
        pytest.skip("section detection not available")
    for f in deck.facts:
        found = doc.section_at(f.source.start)
        mine = f.section.split()[0].split(".")[0]
        if found is None:
            assert mine == "Preamble", f.id  # the paper's title block precedes its preamble
            continue
        theirs = (found.number or found.title).split(".")[0]
        assert mine == theirs, (f.id, f.section, found.label)


@pytest.mark.parametrize(("fact_id", "answer"), [
    ("launch-missions-2016-2021", "207"),
    ("long-march-launches-2016-2021", "183"),
    ("change-5-sample-mass", "1731"),
    ("change-5-sample-return", "Chang'e-5"),
    ("change-4-far-side", "Chang'e-4"),
    ("zhurong-mars-rover", "Zhurong"),
    ("tianhe-core-module", "Tianhe"),
    ("station-experiment-modules", "Wentian and Mengtian"),
    ("shenzhou-xiii-docked-tianhe", "Shenzhou-XIII"),
    ("beidou-3-satellite-count", "30"),
    ("cooperation-agreements-count", "46"),
])
def test_key_facts(deck: Deck, fact_id: str, answer: str) -> None:
    assert deck.fact(fact_id).answer == answer


def test_key_aliases(deck: Deck) -> None:
    assert {"1,731 grams", "1731 g", "1.731 kg"} <= set(deck.fact("change-5-sample-mass").aliases)
    assert "Shenzhou-13" in deck.fact("shenzhou-xiii-docked-tianhe").aliases


def test_edu_check_passes() -> None:
    result = subprocess.run([sys.executable, "-m", "edu", "check", str(DECK)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


# Facts whose answer shares its category with answers that are also true of the bare predicate
# (BeiDou's services, the launch sites, China's space-education events, the navigation systems,
# the station spacecraft, the Long March family...). True/false turns the prompt into a
# statement and swaps in another answer of the category, so the clause that makes the swapped
# statement false must survive in the statement, not sit in the dropped "which ..." phrase.
QUALIFIERS = {
    "first-sea-launch-site": "as a new kind of launch site",
    "space-day": "as a day of events",
    "world-space-week": "as an international week",
    "tiangong-classroom": "as a lecture platform",
    "beidou-galileo": "as Europe's navigation system",
    "beidou-glonass": "as Russia's navigation system",
    "beidou-gps": "as the United States' navigation system",
    "shenzhou-xiii-docked-tianhe": "carried a crew",
    "tianzhou-3-docked-tianhe": "as a cargo craft",
    "tianhe-core-module": "as its core module",
    "deep-space-ttc-namibia": "Argentina, Pakistan and",
    "change-4-payload-partner": "Russia, the European Space Agency",
    "long-march-sea-launch": "as a member of the Long March family",
    "long-march-maiden-flights": "as new members of the Long March family",
    "long-march-7a-maiden-flight": "as a new member of the Long March family",
    "long-march-regular-launches": "as China's most powerful launchers",
    "apsco-important-role": "as a regional space body for the Asia-Pacific",
    "future-svom": "as a joint mission with France",
    "earth-observation-system-completed": "enabling Earth observation",
    "preamble-navigation-system-completed": "for satellite navigation",
    "future-ilrs-partners": "on the Moon",
    "asteroid-warning-network": "as an international network",
    "un-central-role": "In managing outer space affairs",
    "future-egypt-space-city": "located in North Africa",
    "itu-standards": "as a UN specialized agency",
    "xuntian-telescope": "as a space telescope",
    "cfosat": "to observe the oceans",
    "future-misrsat-2": "with Egypt",
    "einstein-probe": "calibrating payloads for the Advanced Space-based Solar Observatory",
    "apsco-host-country": "host country",
    "tiantong-1-commercial-operation": "as a satellite mobile communications system",
    "test-satellite-ka-band": "communications in",
    "emergency-comms-forest-fire": "in Sichuan Province",
    "emergency-comms-rainstorm": "in Henan Province",
}


@pytest.mark.parametrize(("fact_id", "qualifier"), sorted(QUALIFIERS.items()))
def test_false_statements_keep_their_qualifier(deck: Deck, fact_id: str, qualifier: str) -> None:
    from edu.items.phrasing import statement

    fact = deck.fact(fact_id)
    assert qualifier in statement(fact.prompt, "Some Other Answer", fact.kind), fact.prompt


def test_every_prompt_reads_as_a_statement(deck: Deck) -> None:
    """No fact falls back to 'question? — answer' in true/false and matching."""
    from edu.items.phrasing import fluent_statement

    assert [f.id for f in deck.facts if fluent_statement(f.prompt, f.answer) is None] == []



def test_review_script_shows_fact_beside_restored_evidence() -> None:
    """`scripts/spans.py review` is the fact-checker's view: prompt, answer, bracketed evidence."""
    result = subprocess.run(
        [sys.executable, "scripts/spans.py", "review", str(DECK), "--ids", "change-5-sample-mass",
         "--context", "5"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("change-5-sample-mass  (number") and "A: '1731'" in out
    evidence = out.split("[[", 1)[1].split("]]", 1)[0]
    assert "1731" in evidence and "Chang'e-5" in evidence
