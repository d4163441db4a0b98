"""edu.deck.yamlwrite writes a deck's YAML exactly as PyYAML does (its fast path for common
facts, PyYAML itself for the rest)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from edu.deck.check import load_deck
from edu.deck.model import dump_deck
from edu.deck.yamlwrite import dump_deck_dict

ROOT = Path(__file__).resolve().parent.parent
DUMPERS = [yaml.SafeDumper] + ([yaml.CSafeDumper] if hasattr(yaml, "CSafeDumper") else [])
ORDINARY = ["Long", "March", "5", "1,731", "g", "_____", "How", "many?", "Chang’e-5", "中国",
            "α", "𝔘", "(2021)", "km/h", "40%", "a+b", "é", "the", "Tianwen-1", "probe", "1731"]
TRICKY = ["yes", "No", "null", "1.5", "2021-01-01", "0x1F", "1e5", "~", "x:", "#tag", "it's",
          '"q"', "a: b", "-lead", "tab\there", "_under", "[x]", "&a", "*b", "!t", "%p", "@",
          "China's", "10:30", "a:b", "'q'", "x''y", "note:", "1,731:", "TT&C", "&C",
          "2016–2025", "—", "(x", "(", "-"]


def word(rng: random.Random) -> str:
    return rng.choice(TRICKY) if rng.random() < 0.02 else rng.choice(ORDINARY)


def text(rng: random.Random, longest: int) -> str:
    words = [word(rng) for _ in range(rng.randint(1, longest))]
    joined = "".join(w + rng.choice([" "] * 12 + ["  ", ""]) for w in words).rstrip()
    return joined if rng.random() < 0.97 else joined + " "  # sometimes a trailing space


def fact(rng: random.Random, k: int) -> dict:
    out: dict = {"id": f"fact-{k}", "kind": rng.choice(["number", "name", "date"]),
                 "prompt": text(rng, 40), "answer": text(rng, 3)}
    if rng.random() < 0.5:
        out["answer_stems"] = rng.choice(["1731", "tianwen", "true", "1 731", "07", "_x", "1.5"])
    if rng.random() < 0.3:
        out["aliases"] = [text(rng, 3) for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.3:
        out["tolerance"] = rng.choice([0.5, 1.0, 2, 1e-7, 1e20])
    out["source"] = {"start": rng.randint(0, 10**6), "end": rng.randint(0, 10**6)}
    out["evidence"] = text(rng, 30)
    if rng.random() < 0.1:
        out["note"] = rng.choice(["", "a: b", "line\nbreak", 7, None, True])
    # recurring scores, and the two zeros and NaN, which equal each other or nothing as keys
    out["score"] = rng.choice([5.5, 0.123456789, 3, -1.25, float("inf"), 0.0, -0.0,
                               float("nan")])
    out["status"] = "draft"
    return out


@pytest.mark.parametrize("dumper", DUMPERS, ids=lambda d: d.__name__)
def test_generated_decks_are_written_as_pyyaml_writes_them(dumper):
    rng = random.Random(19)
    for _ in range(40):
        deck = {"deck": text(rng, 4), "id": "d", "source": "doc.txt",
                "facts": [fact(rng, k) for k in range(25)]}
        assert dump_deck_dict(deck, dumper) == yaml.dump(
            deck, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)


def test_lines_break_where_pyyaml_breaks_them():
    for width in range(60, 130):  # a prompt whose spaces fall on every column near the width
        prompt = " ".join(["word"] * (width // 5) + ["x" * (width % 7 + 1)] * 3)
        deck = {"deck": "d", "id": "d", "source": "s", "facts": [
            {"id": "a", "prompt": prompt, "evidence": prompt + " end"}]}
        assert dump_deck_dict(deck, yaml.SafeDumper) == yaml.safe_dump(
            deck, sort_keys=False, allow_unicode=True, width=100)


@pytest.mark.parametrize("dumper", DUMPERS, ids=lambda d: d.__name__)
def test_quoted_lines_break_where_pyyaml_breaks_them(dumper):
    # text that must be quoted (it reads as a key, or as a number): single quotes, quotes
    # inside doubled, broken at single spaces past the width like plain text
    for width in range(60, 130):
        words = ["China's"] * (width // 8) + ["x" * (width % 7 + 1)] * 3
        for prompt in (" ".join(words[:3]) + ": " + " ".join(words[3:]),
                       "1:30 " + " ".join(words), " ".join(words) + ":",
                       "Ask: " + "  ".join(words)):
            deck = {"deck": "d", "id": "d", "source": "s", "facts": [
                {"id": "a", "prompt": prompt, "note": prompt[: width % 90 + 1].strip(),
                 "aliases": [prompt[: width - 40] + ":"]}]}
            assert dump_deck_dict(deck, dumper) == yaml.dump(
                deck, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)


def test_the_bundled_deck_reads_back_the_same():
    deck = load_deck(ROOT / "decks" / "china-space-2021.yaml")
    assert yaml.safe_load(dump_deck(deck)) == deck.to_dict()


def test_text_is_told_from_other_types_as_the_resolver_tells_it():
    """The writer's one-pattern test per first character gives what PyYAML's resolver gives
    (figures, octal and sexagesimal look-alikes, dates, booleans, null, ids opening "n")."""
    from edu.deck import yamlwrite

    resolver = yaml.resolver.Resolver()
    rng = random.Random(7)
    alphabet = "0123456789-+._:eExXbBo abcdfilnNrsuyYtTfFoOL~<=,"
    values = ["1731", "1,731", "089", "0o7", "07", "1:30", "190:20:30.15", "1_000", "2021-01-01",
              "2021-1-1 10:30:00", ".inf", ".NaN", "no", "No", "NO", "nO", "null", "Null", "n",
              "number-1731-d19aad", "name-china-abc123", "date-2021-ffca2a", "yes", "off", "0b101",
              "0x1F", "1e5", "1.5e+5", "1.5", "+1", "-.5", "~", "<<", "="]
    values += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
               for _ in range(20_000)]
    for value in values:
        expected = resolver.resolve(yaml.ScalarNode, value, (True, False)) == yamlwrite._STR
        assert yamlwrite._resolved_as_text(value) == expected, value
