"""Items on a small hand-made deck: distractors, statements, cloze, groups, drops, the CLI."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import yaml

from edu.cli import main
from edu.deck.check import load_deck
from edu.deck.model import Fact
from edu.grading.grade import grade, parse_date, parse_quantity
from edu.items.distractors import (
    asked_count,
    date_distractors,
    name_distractors,
    number_distractors,
    too_similar,
)
from edu.items.generate import generate_items, generate_items_with_report
from edu.items.model import Item
from edu.items.phrasing import description, event, fluent_statement, statement
from edu.text.numbers import find_number, number_to_words, ordinal, roman_to_int, words_to_number
from edu.text.source import Span

MINI = Path(__file__).resolve().parent / "data" / "items" / "mini.yaml"


@pytest.fixture(scope="module")
def deck():
    return load_deck(MINI)


@pytest.fixture(scope="module")
def by_id(deck) -> dict[str, Item]:
    return {i.id: i for i in generate_items(deck, seed=0)}


def fact(answer: str, kind: str = "number", **kw) -> Fact:
    return Fact(id="f", kind=kind, prompt=kw.pop("prompt", "How many?"), answer=answer,
                source=Span(0, 1), **kw)


@pytest.mark.parametrize("seed", range(6))
def test_number_distractors_keep_magnitude_unit_and_format(seed: int) -> None:
    got = number_distractors(fact("1,731 grams"), random.Random(seed))
    assert len(got) == 3 and len(set(got)) == 3
    for text in got:
        assert text.endswith(" grams") and "," in text
        value = parse_quantity(text).value
        assert value != 1731 and 1000 <= value < 10_000
    plain = number_distractors(fact("207"), random.Random(seed))
    assert all(100 <= float(v) < 1000 and v.isdigit() and v != "207" for v in plain)


def test_number_distractors_respect_tolerance_words_ordinals_and_prompt() -> None:
    rng = random.Random(1)
    assert all(abs(float(v) - 400) > 50 for v in
               number_distractors(fact("400", tolerance=50), rng))
    assert all(v.isalpha() for v in number_distractors(fact("four"), rng))
    assert all(v.endswith(("st", "nd", "rd", "th")) for v in
               number_distractors(fact("13th"), rng))
    prompt = "Of the 207 launches, how many used Long March rockets?"
    for seed in range(10):
        assert "207" not in number_distractors(fact("183", prompt=prompt), random.Random(seed))


def test_date_distractors(deck) -> None:
    for seed in range(5):
        got = date_distractors(deck.fact("rover-landing"), deck, random.Random(seed))
        assert len(got) == 3 and len(set(got)) == 3
        for text in got:
            y, m, d = parse_date(text)
            assert m is not None and (y, m) != (2021, 5) and d is None
            assert y <= 2021  # never after the deck's latest date
    year = fact("2016", kind="date", prompt="Since which year?")
    got = date_distractors(year, deck, random.Random(0))
    assert all(v.isdigit() and v != "2016" and abs(int(v) - 2016) <= 5 for v in got)


def test_name_distractors_come_from_the_category(deck) -> None:
    got = name_distractors(deck.fact("rover"), deck, random.Random(0))
    assert sorted(got) == ["Chang'e-4", "Chang'e-5", "Tianwen-1"]


def test_similarity_rule() -> None:
    assert too_similar("Tianwen-1", "Tianwen 1")
    assert too_similar("Long March 5", "Long March 5B")
    assert not too_similar("Shenzhou-12", "Shenzhou-13")
    assert not too_similar("Zhurong", "Tianhe")


def test_asked_count() -> None:
    assert asked_count("Which two rockets made maiden flights?") == 2
    assert asked_count("Which pair of satellites ...?") == 2
    assert asked_count("Which rocket ...?") == 1


def test_multiple_choice_item(by_id) -> None:
    item = by_id["samples:multiple_choice"]
    assert len(item.options) == 4 and item.answer in item.options
    letter = "ABCD"[item.options.index(item.answer)]
    assert grade(item, letter).status == "correct"
    assert grade(item, "1731 g").status == "correct"
    wrong = next(o for o in item.options if o != item.answer)
    assert grade(item, wrong).status == "wrong"


def test_true_false_items(by_id) -> None:
    tf = [i for i in by_id.values() if i.kind == "true_false"]
    assert {i.answer for i in tf} == {"true", "false"}
    item = by_id["rover:true_false"]
    assert item.true_statement == "The name of China's first Mars rover is Zhurong."
    for i in tf:
        assert grade(i, i.answer).status == "correct"
        assert grade(i, "false" if i.answer == "true" else "true").status == "wrong"


def test_cloze_blanks_exactly_the_answer(by_id) -> None:
    # A fluent sentence (built from question + answer), not the stop-word-free evidence.
    rover = by_id["rover:cloze"]
    assert rover.prompt == "The name of China's first Mars rover is _____."
    assert rover.evidence.lower().startswith("zhurong rover")  # restored evidence shown afterwards
    samples = by_id["samples:cloze"].prompt
    assert samples == "The Chang'e-5 probe brought back _____ of lunar samples."
    assert by_id["far-side-landing:cloze"].prompt == (
        "In _____, Chang'e-4 landed on the far side of the Moon.")
    assert by_id["launches:cloze"].prompt == (
        "From 2016 to December 2021, China completed _____ launch missions.")
    for item in by_id.values():
        if item.kind == "cloze":
            assert item.prompt.count("_____") == 1, item.id  # one blank (Anki needs one)
            assert grade(item, item.answer).status == "correct"


def test_cloze_falls_back_to_evidence_only_when_readable(deck) -> None:
    from edu.items.cloze import evidence_cloze, make
    from edu.items.common import Drop
    from edu.items.make import build_context

    ctx = build_context(deck)
    odd = Fact(id="odd", kind="number", prompt="Lunar samples: grams brought back", answer="1,731",
               source=deck.fact("samples").source, category="mass")
    item = make(odd, ctx)  # no fluent statement for a non-question: evidence it is
    assert item.prompt == evidence_cloze(odd, ctx) and "_____" in item.prompt
    assert "1731" not in item.prompt and item.prompt.lower().startswith("change5 probe")
    assert "brought back _____ gram" in item.prompt  # restored words around the blank
    short = Fact(id="short", kind="name", prompt="Docked craft", answer="Tianzhou-2",
                 source=deck.fact("leaky").source, category="spacecraft")
    with pytest.raises(Drop, match="too short to read"):
        make(short, ctx)


def test_numeric_items(by_id, deck) -> None:
    item = by_id["samples:numeric"]
    assert item.tolerance == 0.0
    assert grade(item, "1.731 kg").status == "correct"
    assert grade(item, "1730").status == "wrong"
    assert "rover:numeric" not in by_id  # names get no numeric item
    assert "rover-landing:numeric" not in by_id  # nor month-and-year dates


def test_matching_item(by_id) -> None:
    (item,) = [i for i in by_id.values() if i.kind == "matching"]
    assert item.id.startswith("deep-space-probe:matching:")
    assert sorted(item.fact_ids) == ["far-side-probe", "mars-probe", "rover", "sample-probe"]
    rights = [r for _, r in item.pairs]
    assert grade(item, rights).status == "correct"
    swapped = [rights[1], rights[0], *rights[2:]]
    verdict = grade(item, swapped)
    assert verdict.status == "wrong" and verdict.reason == "2 of 4 pairs right"


def test_ordering_item(by_id) -> None:
    (item,) = [i for i in by_id.values() if i.kind == "ordering"]
    assert item.years == ["January 2019", "July 2020", "April 2021", "May 2021"]
    assert item.sequence[1] == "China launched Tianwen-1."
    assert grade(item, item.sequence).status == "correct"
    assert grade(item, list(reversed(item.sequence))).status == "wrong"


def test_leaky_prompt_is_dropped_with_reason(deck) -> None:
    items, dropped = generate_items_with_report(deck)
    assert [i.kind for i in items if i.fact_id == "leaky"] == ["cloze"]  # cloze hides it
    reasons = {(k, r) for f, k, r in dropped if f == "leaky"}
    assert ("short_answer", "answer 'Tianzhou-2' appears in the prompt") in reasons


def test_drafts_are_not_asked(deck) -> None:
    import copy

    drafty = copy.deepcopy(deck)
    drafty.facts[0].status = "draft"
    items, dropped = generate_items_with_report(drafty, ["short_answer"])
    assert "launches:short_answer" not in {i.id for i in items}
    assert ("launches", "short_answer", "draft fact (not reviewed)") in dropped
    with_drafts = generate_items(drafty, ["short_answer"], include_drafts=True)
    assert "launches:short_answer" in {i.id for i in with_drafts}


def test_missing_source_drops_cloze_only(deck, tmp_path: Path) -> None:
    import copy

    lost = copy.deepcopy(deck)
    lost.path = str(tmp_path / "deck.yaml")
    items, dropped = generate_items_with_report(lost, ["short_answer", "cloze"])
    # Fluent clozes need no source text; only the evidence fallback does.
    assert {i.id for i in items if i.kind == "cloze"} == {f.id + ":cloze" for f in deck.facts}
    assert all(i.evidence == "" for i in items)
    assert [(f, k) for f, k, _ in dropped] == [("leaky", "short_answer")]
    from edu.items.cloze import make
    from edu.items.common import Drop
    from edu.items.make import build_context

    odd = Fact(id="odd", kind="number", prompt="Lunar samples: grams brought back",
               answer="1,731", source=deck.fact("samples").source, category="mass")
    with pytest.raises(Drop, match="no source text"):
        make(odd, build_context(lost))


def test_item_round_trip(by_id) -> None:
    for item in by_id.values():
        assert Item.from_dict(json.loads(json.dumps(item.to_dict()))) == item


STATEMENTS = [
    ("What is the name of China's first Mars rover?", "Zhurong",
     "The name of China's first Mars rover is Zhurong."),
    ("From 2016 to December 2021, how many launch missions did China complete?", "207",
     "From 2016 to December 2021, China completed 207 launch missions."),
    ("Which Chinese Mars mission made China's first interplanetary voyage?", "Tianwen-1",
     "Tianwen-1 made China's first interplanetary voyage."),
    ("When did China launch Tianwen-1?", "July 2020", "China launched Tianwen-1 in July 2020."),
    ("When was the Tianhe core module launched?", "29 April 2021",
     "The Tianhe core module was launched on 29 April 2021."),
    ("In which month and year was the white paper published?", "January 2022",
     "In January 2022, the white paper was published."),
    ("Which two data relay satellites did China launch to upgrade its relay system?",
     "Tianlian-1 05 and Tianlian-2 01",
     "China launched Tianlian-1 05 and Tianlian-2 01 to upgrade its relay system."),
    ("How many grams of lunar samples did the Chang'e-5 probe bring back from the Moon?",
     "1,731 grams", "The Chang'e-5 probe brought back 1,731 grams of lunar samples from the Moon."),
    ("According to its vision, what does China aim to strengthen?", "its space presence",
     "According to its vision, China aims to strengthen its space presence."),
    ("In China's space program, what does the abbreviation TT&C stand for?",
     "telemetry, tracking and command",
     "In China's space program, the abbreviation TT&C stands for telemetry, tracking and command."),
    ("Which Russian navigation system does China coordinate BeiDou with, on compatibility?",
     "GLONASS", "China coordinates BeiDou with GLONASS, on compatibility."),
    ("Which satellite, the world's first quantum communication satellite, carried out "
     "quantum teleportation?", "Mozi", "Mozi carried out quantum teleportation."),
    ("How many astronauts had worked on China's space station?", "six",
     "Six astronauts had worked on China's space station."),
    ("The white paper is titled \"A ____ Perspective\". Which year fills the gap?", "2021",
     "The white paper is titled \"A 2021 Perspective\"."),
    ("How many launches did China make in 2021?", "55", "China made 55 launches in 2021."),
    ("Who was the first Chinese astronaut in space?", "Yang Liwei",
     "The first Chinese astronaut in space was Yang Liwei."),
    ("How many grams? Chang'e-5 lunar probe brought back _____ g sample moon.", "1,731",
     "Chang'e-5 lunar probe brought back 1,731 g sample moon."),
    # a phrase answering "what NOUN did X make" keeps the noun
    ("What record-breaking discovery did the Huiyan telescope make?",
     "the strongest magnetic field in the universe",
     "The Huiyan telescope made a record-breaking discovery: the strongest magnetic field in "
     "the universe."),
    ("Which probe did China launch?", "Tianwen-1", "China launched Tianwen-1."),
    # object complements: "call Y X", not "call X Y"
    ("What does President Xi Jinping call exploring the vast cosmos?", "our eternal dream",
     "President Xi Jinping calls exploring the vast cosmos our eternal dream."),
    # possessive "has" is the verb of a subject question; a modifying aside is kept
    ("Which APSTAR satellite, together with Zhongxing-16, has a capacity of 50 Gbps?",
     "APSTAR-6D", "APSTAR-6D, together with Zhongxing-16, has a capacity of 50 Gbps."),
    ("Which satellite has the CNSA launched?", "Tiantong-1", "The CNSA has launched Tiantong-1."),
]


@pytest.mark.parametrize(("prompt", "answer", "expected"), STATEMENTS)
def test_statements(prompt: str, answer: str, expected: str) -> None:
    assert fluent_statement(prompt, answer) == expected


def test_statement_fallback_and_helpers() -> None:
    assert statement("Name the rover", "Zhurong") == "Name the rover — Zhurong"
    assert description("Which probe landed on the far side of the Moon?") == \
        "___ landed on the far side of the Moon."
    assert event("When did China launch Tianwen-1?") == "China launched Tianwen-1."
    assert event("Which probe landed on the Moon?") is None


def test_numbers() -> None:
    assert number_to_words(207) == "two hundred seven"
    assert number_to_words(7_000_000) == "seven million"
    assert number_to_words(42) == "forty-two"
    assert ordinal(13) == "13th" and ordinal(21) == "21st" and ordinal(2) == "2nd"
    assert words_to_number("two hundred and seven".split()) == 207
    assert roman_to_int("XIII") == 13 and roman_to_int("mix") is None
    found = find_number("about 1,731 grams")
    assert (found.value, found.prefix, found.suffix) == (1731.0, "about ", " grams")


# ---------------------------------------------------------------- the command


def test_cli_json(capsys) -> None:
    assert main(["items", str(MINI), "--kinds", "short_answer,matching", "--seed", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {d["kind"] for d in data} == {"short_answer", "matching"}
    assert all({"id", "fact_id", "kind", "prompt", "answer", "source", "evidence"} <= set(d)
               for d in data)


def test_cli_yaml_text_and_output_file(capsys, tmp_path: Path) -> None:
    assert main(["items", str(MINI), "--format", "yaml"]) == 0
    assert isinstance(yaml.safe_load(capsys.readouterr().out), list)
    assert main(["items", str(MINI), "--format", "text", "--kinds", "multiple_choice"]) == 0
    assert "A) " in capsys.readouterr().out
    out = tmp_path / "items.json"
    assert main(["items", str(MINI), "-o", str(out), "--dropped"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "dropped short_answer for leaky" in captured.err
    assert json.loads(out.read_text())


def test_cli_bad_input(capsys, tmp_path: Path) -> None:
    assert main(["items", str(MINI), "--kinds", "short_answer,essay"]) == 2
    err = capsys.readouterr().err
    assert "unknown item kind 'essay'" in err and "Traceback" not in err
    assert main(["items", str(tmp_path / "nope.yaml")]) == 2
    assert "no such file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["items", str(MINI), "--format", "xml"])
    assert exc.value.code == 2
