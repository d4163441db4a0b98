"""A "he" is never the person his own "his" owns: "His father, Josef Anton Fischer, was ...
he studied ..." means the son, whom the title names (held-out set 21's reviewer dropped a
draft that put the father, named in the sentence before, for "he"; an invented text here)."""

from __future__ import annotations

import pytest

from edu.extract.questions import sentences_referred

PEOPLE = frozenset({"Ignaz Fischer", "Josef Anton Fischer", "Karl Rokitansky", "Maria Weber",
                    "Anna Weber"})


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))


def _referred(text: str, sentence: str) -> str:
    start = text.index(sentence)
    return sentences_referred(text, [(start, start + len(sentence), start, start)], PEOPLE)[0][0]


def test_his_father_is_not_he():
    text = ("Ignaz Fischer and Clean Hands\n\n"
            "Ignaz Fischer was born on 1 July 1818 in Buda into a family of traders. His father, "
            "Josef Anton Fischer, was a grocer who kept careful accounts, and the boy learned to "
            "count early. Because the city's school was closed, he studied at home until 1837. "
            "As a young man he watched Karl Rokitansky perform an autopsy in Vienna in 1840.\n")
    read = _referred(text, "As a young man he watched Karl Rokitansky perform an autopsy in "
                           "Vienna in 1840.")
    assert "Josef Anton Fischer watched" not in read
    assert "Ignaz Fischer watched" in read


def test_her_mother_is_not_she():
    text = ("Maria Weber, Botanist\n\n"
            "Maria Weber was born in 1852 in Graz. Her mother, Anna Weber, was a painter of "
            "flowers who taught at the local school. She collected her first mosses in 1861.\n")
    read = _referred(text, "She collected her first mosses in 1861.")
    assert not read.startswith("Anna Weber")
