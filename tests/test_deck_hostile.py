"""Crafted deck values are refused with a located message (exit 2) or carried as plain data
through every command; never a traceback. Ends with a fuzz test over the whole pipeline."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edu.cli import main
from edu.deck.check import check_deck

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "china-space-2021.txt"
FACT = ("  - id: zhurong-rover\n    kind: name\n"
        "    prompt: What is the name of China's first Mars rover?\n"
        "    answer: Zhurong\n    source: {start: 9611, end: 9642}\n")
HEAD = f"deck: Mini\nid: mini\nsource: {SEED}\nfacts:\n"


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDU_CACHE_DIR", "off")


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "deck.yaml"
    path.write_text(text, "utf-8")
    return [str(p) for p in check_deck(path)]


def test_the_base_deck_is_sound(tmp_path):
    assert _problems(tmp_path, HEAD + FACT) == []


@pytest.mark.parametrize(("edit", "expected"), [
    ("    note: !!int \"\"\n", ":10:11: tag '!!int' is not supported"),
    ("    tolerance: !!float \"\"\n", ":10:16: tag '!!float' is not supported"),
    ("    note: !!str fine\n", ":10:11: tag '!!str' is not supported"),
    ("    tags: !!seq [a]\n", ":10:11: tag '!!seq' is not supported"),
    ("    tags: !mine {a: 1}\n", ":10:11: tag '!mine' is not supported"),
    ("    note: \"\\U0000d800\"\n", ":10:11: fact 'zhurong-rover': 'note' holds a lone surrogate"),
    ("    aliases: [\"a\\udfffb\"]\n", ":10:15: fact 'zhurong-rover': 'aliases' item 1 holds a "
                                        "lone surrogate"),
    ("    score: " + "9" * 5000 + "\n", ":10:12: fact 'zhurong-rover': 'score' must be a number "
                                       "of at most 30 characters"),
    ("    score: 1.0e+400\n", ":10:12: fact 'zhurong-rover': 'score' must be a number of at "
                            "most 30 characters and finite"),
])
def test_crafted_scalars_are_located_problems(tmp_path, edit, expected):
    problems = _problems(tmp_path, HEAD + FACT + edit)
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize("span", ["{start: , end: }", "{start: 9611, end: }",
                                  "{start: ~, end: 9642}",
                                  "{start: !!int \"²\", end: 9642}", "{end: 9642}"])
def test_null_or_missing_span_offsets_are_problems(tmp_path, span):
    text = HEAD + FACT.replace("{start: 9611, end: 9642}", span)
    problems = _problems(tmp_path, text)
    assert any("source" in p for p in problems), problems


def test_a_tag_on_the_whole_deck_or_a_fact_is_a_problem(tmp_path):
    problems = _problems(tmp_path, HEAD.replace("facts:\n", "facts: !!seq\n") + FACT)
    assert any("tag '!!seq'" in p for p in problems)
    problems = _problems(tmp_path, HEAD + FACT.replace("  - id:", "  - !!map\n    id:"))
    assert any("tag '!!map'" in p for p in problems)


# --- fuzz: hostile values through every command -----------------------------------------------

HOSTILE = [
    "[link=https://x.example]click[/link]", "[/]", "Smith [sic]", "array[i]", "[@click=app.quit]x",
    "=HYPERLINK(\"http://x\")", "-cmd", "+1", "@x", "-5", "\x1b]0;title\x07", "\x1b[2J", "\r",
    "<script>alert(1)</script>", "{=a ~b}", "::x::", "# x", "\\", "a\u202eb", "\U0001F680",
    "\u0000", "\ud800", "9" * 400, "1" * 5000, "", " ", "null", "~", "- x", "'", '"', "%", "$x",
]
FIELDS = ["prompt", "note", "category", "section", "unit", "aliases", "tags", "tolerance",
          "answer", "deck-title", "deck-tags"]
BASE = {
    "deck": "Mini", "id": "mini", "source": str(SEED),
    "facts": [
        {"id": "launch-missions", "kind": "number",
         "prompt": "How many launch missions did China complete from 2016 to December 2021?",
         "answer": "207", "unit": "launch missions", "source": {"start": 4127, "end": 4170}},
        {"id": "zhurong-rover", "kind": "name",
         "prompt": "What is the name of China's first Mars rover?", "answer": "Zhurong",
         "source": {"start": 9611, "end": 9642}},
        {"id": "tianhe-core-module", "kind": "name",
         "prompt": "Which core module was launched to build China's space station?",
         "answer": "Tianhe", "source": {"start": 8477, "end": 8542}},
    ],
}


@st.composite
def hostile_decks(draw) -> str:
    deck = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        field = draw(st.sampled_from(FIELDS))
        value = draw(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12)))
        fact = draw(st.sampled_from(deck["facts"]))
        if field == "deck-title":
            deck["deck"] = value
        elif field == "deck-tags":
            deck["tags"] = [value]
        elif field in ("aliases", "tags"):
            fact[field] = [value]
        else:
            fact[field] = value
    # safe_dump escapes control characters and lone surrogates (as \\x.., \\ud800)
    return yaml.safe_dump(deck, sort_keys=False, allow_unicode=False)


COMMANDS = [
    ["check", "{deck}"],
    ["items", "{deck}", "-o", "{out}.json"],
    ["export", "{deck}", "--format", "csv", "-o", "{out}.csv"],
    ["export", "{deck}", "--format", "gift", "-o", "{out}.gift"],
    ["handout", "{deck}", "-o", "{out}.html", "--answer-key", "appendix"],
    ["handout", "{deck}", "-o", "{out}.md", "--answer-key", "appendix"],
]


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=hostile_decks())
def test_hostile_decks_never_crash_any_command(tmp_path, capsys, text):
    deck = tmp_path / "deck.yaml"
    deck.write_text(text, "utf-8")
    codes = []
    for argv in COMMANDS:
        args = [a.format(deck=deck, out=tmp_path / "out") for a in argv]
        codes.append(main(args))  # any exception but a clean EduError fails the test here
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert "\x1b" not in err and "\x07" not in err
    assert set(codes) <= {0, 2}
    # a deck `check` accepts is one every other command can use
    assert codes[0] == 2 or set(codes) == {0}, (codes, text)


@pytest.mark.parametrize(("glossary", "expected"), [
    ('glossary: {names: [!!int ""]}\n', "doc.yaml:1:20: tag '!!int' is not supported"),
    ('glossary: {names: [!!binary aGVsbG8=]}\n', "doc.yaml:1:20: tag '!!binary'"),
    ('glossary: {names: ["\\U0000d800"]}\n', "doc.yaml:1:20: text holds a lone surrogate"),
    ("glossary: {names: [" + "9" * 5000 + "]}\n", "doc.yaml:1:20: a number of 5,000"),
])
def test_crafted_glossary_values_are_located_refusals(tmp_path, capsys, glossary, expected):
    doc = tmp_path / "doc.txt"
    doc.write_text("launch rocket zhurong mar rover 2021\n", "utf-8")
    (tmp_path / "doc.yaml").write_text(glossary, "utf-8")
    for command in ("restore", "extract"):
        assert main([command, str(doc)]) == 2
        err = capsys.readouterr().err
        assert expected in err and "Traceback" not in err
