"""Issue 15 (loose ends): answers with non-ASCII letters are proved against a preprocessed
document that keeps them ("hα waveband" in the seed), and a draft that still fails its proof
is left out of `edu items` with a note instead of failing the whole deck."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edu.cli import main
from edu.deck.check import check_deck, load_deck_sparing_drafts
from edu.errors import EduError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "china-space-2021.txt"
TEXT = SEED.read_text("utf-8")
AT = TEXT.index("imag differ wavelength hα waveband")
SPAN = f"{{start: {AT}, end: {AT + len('imag differ wavelength hα waveband')}}}"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))


def deck(tmp_path: Path, answer: str, status: str = "draft") -> Path:
    path = tmp_path / "deck.yaml"
    path.write_text(f"""\
deck: Seed
id: seed
source: {SEED}
facts:
  - id: zhurong-rover
    kind: name
    prompt: What is the name of China's first Mars rover?
    answer: Zhurong
    source: {{start: {TEXT.index('zhurong mar rover')}, end: {TEXT.index('zhurong mar rover') + 7}}}
    status: draft
  - id: waveband
    kind: name
    prompt: Images were taken at different wavelengths in which waveband?
    answer: {answer}
    source: {SPAN}
    status: {status}
""", encoding="utf-8")
    return path


@pytest.mark.parametrize("answer", ["HΑ Waveband", "Hα waveband", "hα wave-band"])
def test_greek_letters_of_an_answer_are_proved_by_the_preprocessed_text(tmp_path, answer):
    # "HΑ" holds a Greek capital alpha: the recipe deleted it ("h"), the document kept "hα"
    assert check_deck(deck(tmp_path, answer)) == []


def test_a_draft_that_fails_its_proof_is_left_out_of_items_with_a_note(tmp_path, capsys):
    path = deck(tmp_path, "Kα waveband")
    out = tmp_path / "items.json"
    code = main(["items", str(path), "--drafts", "--format", "json", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "Kα waveband" in err and "draft left out" in err
    facts = {item["fact_id"] for item in json.loads(out.read_text("utf-8"))}
    assert facts == {"zhurong-rover"}


def test_a_reviewed_fact_that_fails_its_proof_still_fails_the_deck(tmp_path):
    with pytest.raises(EduError, match="Kα waveband"):
        load_deck_sparing_drafts(deck(tmp_path, "Kα waveband", status="reviewed"))
