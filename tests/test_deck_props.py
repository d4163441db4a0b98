"""Property tests: whatever text or mutated deck is thrown at the checker, it answers with
clean located Problems (and `load_deck` with an EduError carrying the same), never a crash."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edu.deck.check import (
    DECK_OPTIONAL,
    DECK_REQUIRED,
    FACT_OPTIONAL,
    FACT_REQUIRED,
    check_deck,
    load_deck,
)
from edu.errors import EduError, Problem

SEED = Path(__file__).resolve().parent.parent / "seeds" / "china-space-2021.txt"
VALID = {
    "deck": "Mini",
    "id": "mini",
    "source": str(SEED),
    "facts": [
        {"id": "launch-missions", "kind": "number",
         "prompt": "How many launch missions did China complete from 2016 to December 2021?",
         "answer": "207", "unit": "launch missions", "source": {"start": 4127, "end": 4170}},
        {"id": "zhurong-rover", "kind": "name",
         "prompt": "What is the name of China's first Mars rover?", "answer": "Zhurong",
         "category": "Mars mission", "source": {"start": 9611, "end": 9642}},
        {"id": "tianhe-core-module", "kind": "name",
         "prompt": "Which core module was launched to build China's space station?",
         "answer": "Tianhe", "tags": ["station"], "source": {"start": 8477, "end": 8542}},
    ],
}
VALID_TEXT = yaml.safe_dump(VALID, sort_keys=False)
FORM = re.compile(r"^(?P<path>.+?)(?::[1-9]\d*(?::[1-9]\d*)?)?: \S")
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

FRAGMENTS = [
    "deck: ", "id: ", "source: ", "facts:", "kind: ", "prompt: ", "answer: ", "aliases: ",
    "status: ", "tolerance: ", "start: ", "end: ", "\n", "\n  - ", "\n    ", "- ", ": ", "[",
    "]", "{", "}", ", ", "'", '"', "&a ", "*a", "!!int ", "!!python/object:os.system ", "\t",
    "number", "name", "date", "reviewed", "207", "-3", "1e400", "null", "~", "yes", "---\n",
    "? ", "|\n", ">\n", "# c", "<<: ", str(SEED), "{start: 4127, end: 4170}", "\ufeff", "é",
]
yamlish = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)),
                   max_size=40).map("".join)


@pytest.fixture(scope="module")
def deck_path(tmp_path_factory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("props")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EDU_CACHE_DIR", str(folder / "cache"))
        yield folder / "deck.yaml"


def assert_clean(path: Path, problems: list[Problem]) -> None:
    """Problems are well-formed and `load_deck` fails (or succeeds) in agreement."""
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.path == str(path)
        assert problem.message.strip()
        assert problem.col is None or problem.line is not None
        assert FORM.match(str(problem)), str(problem)
    try:
        load_deck(path)
    except EduError as exc:
        assert [str(p) for p in exc.problems] == [str(p) for p in problems]
    else:
        assert problems == []


def check_bytes(path: Path, data: bytes) -> list[Problem]:
    path.write_bytes(data)
    problems = check_deck(path)
    assert_clean(path, problems)
    return problems


@SETTINGS
@given(text=st.text(max_size=300))
def test_any_text(deck_path, text):
    check_bytes(deck_path, text.encode("utf-8"))


@SETTINGS
@given(text=yamlish)
def test_yaml_like_text(deck_path, text):
    check_bytes(deck_path, text.encode("utf-8"))


@SETTINGS
@given(data=st.binary(max_size=200))
def test_any_bytes(deck_path, data):
    check_bytes(deck_path, data)


def test_valid_deck_has_no_problems(deck_path):
    assert check_bytes(deck_path, VALID_TEXT.encode()) == []


ODD_VALUES = [None, "", 5, 3.5, True, [], {}, ["x"], {"a": 1}, "text", -1]
BREAKING = (None, "", [], {}, ["x"], {"a": 1})  # never acceptable for a required key


def surely_invalid(deck: dict) -> bool:
    """Whether the edited deck breaks a rule no value could satisfy (judged on the result)."""
    if set(deck) - set(DECK_REQUIRED + DECK_OPTIONAL):
        return True
    if any(key not in deck or deck[key] in BREAKING for key in DECK_REQUIRED):
        return True
    facts = deck["facts"]
    if not isinstance(facts, list) or not facts:
        return True
    for fact in facts:
        if not isinstance(fact, dict) or set(fact) - set(FACT_REQUIRED + FACT_OPTIONAL):
            return True
        if any(key not in fact or fact[key] in BREAKING for key in FACT_REQUIRED):
            return True
    ids = [str(fact["id"]) for fact in facts]
    return len(ids) != len(set(ids))


@st.composite
def mutated_decks(draw) -> dict:
    """The valid deck after 1-3 random edits: deleted, renamed or retyped keys, a duplicated
    id, shifted spans."""
    deck = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 3))):
        facts = deck.get("facts")
        fact = draw(st.sampled_from(facts)) if isinstance(facts, list) and facts else None
        target = fact if isinstance(fact, dict) and draw(st.booleans()) else deck
        op = draw(st.sampled_from(["delete", "rename", "retype", "dup-id", "shift"]))
        keys = list(target)
        if not keys:
            continue
        key = draw(st.sampled_from(keys))
        if op == "delete":
            del target[key]
        elif op == "rename":
            target[draw(st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8))] = \
                target.pop(key)
        elif op == "retype":
            target[key] = draw(st.sampled_from(ODD_VALUES))
        elif op == "dup-id" and isinstance(facts, list) and len(facts) > 1:
            first, second = facts[0], facts[1]
            if isinstance(first, dict) and isinstance(second, dict) and "id" in first:
                second["id"] = first["id"]
        elif op == "shift" and isinstance(fact, dict) and isinstance(fact.get("source"), dict):
            span = fact["source"]
            for end in ("start", "end"):
                if isinstance(span.get(end), int):
                    span[end] += draw(st.integers(-40_000, 40_000))
    return deck


@SETTINGS
@given(deck=mutated_decks())
def test_mutated_decks(deck_path, deck):
    problems = check_bytes(deck_path, yaml.safe_dump(deck, sort_keys=False).encode())
    if surely_invalid(deck):
        assert problems


@SETTINGS
@given(data=st.data())
def test_text_edits_of_a_valid_deck(deck_path, data):
    lines = VALID_TEXT.splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(lines) - 1))
        op = data.draw(st.sampled_from(["drop", "repeat", "insert", "indent"]))
        if op == "drop" and len(lines) > 1:
            lines.pop(i)
        elif op == "repeat":
            lines.insert(i, lines[i])
        elif op == "insert":
            at = data.draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + data.draw(st.sampled_from(FRAGMENTS)) + lines[i][at:]
        elif op == "indent":
            lines[i] = data.draw(st.sampled_from([" ", "  ", "\t"])) + lines[i]
    check_bytes(deck_path, "".join(lines).encode())
