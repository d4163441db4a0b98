"""Each text is parsed once per process (edu/extract/parses.py) and the whole-text scans a
draft asks for are kept per text (naming.py, questions.py): the drafts of raw English are
byte for byte those of a run that parses every sentence afresh and scans the text again for
every draft, and a kept parse reaches its callers as a fresh one would."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from edu.cli import main
from edu.extract import naming, parses, questions

DATA = Path(__file__).parent / "data"
# raw English with pronouns to resolve, a title naming its subject and people
RAW = [DATA / "blind" / "mary_anning.txt", DATA / "blind" / "enigma_machine.txt",
       DATA / "blind" / "brooklyn_bridge.txt"]
_KEPT_SCANS = [(naming, "fuller_form"), (naming, "_body"), (naming, "_title_written"),
               (naming, "_speaks_of_two"), (naming, "_full_names"),
               (naming, "_names_headed"), (questions, "_several")]


def _signature(doc: Any) -> list[tuple[Any, ...]]:
    """Everything extraction reads of a parse, token by token."""
    return [(t.text, t.idx, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_,
             t.ent_iob_, t.is_sent_start, str(t.morph)) for t in doc]


def _forget_everything() -> None:
    """Every cache of a parse or of extraction's work in this process, emptied."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("edu.extract"):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and value is not parses.parser:
                value.cache_clear()
    questions._RECENT_PARSES.clear()
    parses.parser()._kept.clear()


def _drafts(tmp_path: Path, name: str) -> list[bytes]:
    out = []
    for k, document in enumerate(RAW):
        _forget_everything()
        target = tmp_path / f"{name}{k}.yaml"
        main(["extract", str(document), "-o", str(target)])
        out.append(target.read_bytes())
    return out


def test_a_kept_parse_is_a_fresh_parse_of_its_own() -> None:
    """The same annotations as the model's own call, in a copy: marks a caller writes into
    one parse's user data reach no other caller."""
    nlp = parses.parser()
    text = "In 1811 her brother Joseph found a skull that Mary later dug out of the cliff."
    first = nlp(text)
    first.user_data["mark"] = 1
    again = nlp(text)
    assert again is not first and "mark" not in again.user_data
    assert _signature(again) == _signature(nlp._nlp(text)) == _signature(first)


def test_sentences_parsed_in_batches_read_as_parsed_alone() -> None:
    """`prepare` parses with `nlp.pipe`: every annotation is that of a call per sentence."""
    nlp = parses.parser()
    text = RAW[0].read_text(encoding="utf-8")
    sentences = [s.strip() for s in text.replace("\n", " ").split(". ") if s.strip()][:40]
    alone = [_signature(nlp._nlp(s)) for s in sentences]
    nlp._kept.clear()
    nlp.prepare(sentences)
    assert len(nlp._kept) == len(set(sentences))
    assert [_signature(nlp(s)) for s in sentences] == alone


def test_drafts_are_those_of_parses_and_scans_made_afresh(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    kept = _drafts(tmp_path, "kept")
    assert all(b"prompt:" in d for d in kept)
    monkeypatch.setattr(parses, "_KEPT", 0)  # every parse made afresh, none in batches
    monkeypatch.setattr(parses._Parser, "prepare", lambda self, texts: None)
    for module, name in _KEPT_SCANS:  # every scan made again for every draft
        monkeypatch.setattr(module, name, getattr(module, name).__wrapped__)
    assert _drafts(tmp_path, "fresh") == kept
    _forget_everything()
