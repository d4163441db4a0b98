"""Recall of `extract_candidates` against a hand-made answer key (used by tests and the bench).

A key file lists facts as `{kind, answer, near}` where `near` is a run of consecutive stems
at the fact's location. A key fact is found when a candidate's answer stems equal the key
answer's stems (spaces ignored; one may contain the other when the shorter is at least half
as long, so "Dragon-1" finds "Smart Dragon 1") and the candidate's span overlaps `near`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from edu.deck.model import Fact
from edu.text.preprocess import preprocess_words
from edu.text.reading import Reading


@dataclass
class KeyFact:
    kind: str
    answer: str
    near: str
    start: int = -1
    end: int = -1

    @property
    def stems(self) -> list[str]:
        """The answer's stems, with hyphens kept ("chang'e-5" -> change5) and as spaces."""
        return ["".join(preprocess_words(self.answer)),
                "".join(preprocess_words(self.answer.replace("-", " ").replace("/", " ")))]


def load_reference(path: str | Path, doc: Reading) -> list[KeyFact]:
    """Key facts with `near` located in the document (first occurrence)."""
    data = yaml.safe_load(Path(path).read_text("utf-8"))
    out = []
    for raw in data["facts"]:
        k = KeyFact(raw["kind"], str(raw["answer"]), raw["near"])
        pos = doc.text.find(k.near)
        if pos < 0:
            raise ValueError(f"{path}: near text not in document: {k.near!r}")
        k.start, k.end = pos, pos + len(k.near)
        out.append(k)
    return out


def answers_match(key_stems: str, cand_stems: str) -> bool:
    a, b = key_stems.replace(" ", ""), cand_stems.replace(" ", "")
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and short in long_ and 2 * len(short) >= len(long_)


def found(key: KeyFact, facts: list[Fact]) -> Fact | None:
    for f in facts:
        if f.source.start < key.end and key.start < f.source.end \
                and any(answers_match(k, f.answer_stems or "") for k in key.stems):
            return f
    return None


def recall(key: list[KeyFact], facts: list[Fact]) -> tuple[float, list[KeyFact]]:
    """(share of key facts found, the key facts missed)."""
    missed = [k for k in key if found(k, facts) is None]
    return (1 - len(missed) / len(key)) if key else 1.0, missed


def deck_key(deck_path: str | Path) -> list[KeyFact]:
    """A reviewed deck as an answer key: each fact (and each alias) at its source span."""
    from edu.deck.check import load_deck

    out = []
    for f in load_deck(deck_path).facts:
        for answer in [f.answer, *f.aliases]:
            out.append(KeyFact(f.kind, answer, f.id, f.source.start, f.source.end))
    return out


def deck_recall(key: list[KeyFact], facts: list[Fact]) -> dict[str, tuple[int, int]]:
    """Per kind: (deck facts found under their answer or any alias, deck facts)."""
    by_fact: dict[str, tuple[str, bool]] = {}
    for k in key:  # `near` holds the fact id here
        kind, hit = by_fact.get(k.near, (k.kind, False))
        by_fact[k.near] = (kind, hit or found(k, facts) is not None)
    out: dict[str, tuple[int, int]] = {}
    for kind, hit in by_fact.values():
        got, total = out.get(kind, (0, 0))
        out[kind] = (got + int(hit), total + 1)
    return out
