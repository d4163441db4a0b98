"""Issue 15 (loose ends): a figure right after "number", "No." or "Platform" labels a thing
("taxi number 1729"); it is never drafted as a year, nor as a count of the noun before."""

from __future__ import annotations

import pytest

from edu.extract import extract_candidates
from edu.text.preprocess import preprocess
from edu.text.reading import read_document

TAXI = """\
Hardy and the Taxi

The mathematician G. H. Hardy visited Srinivasa Ramanujan in a hospital in Putney in 1918.
Hardy remarked that he had ridden in taxi number 1729, which seemed to him a rather dull
number. Ramanujan replied that it was a very interesting number, because it is the smallest
number expressible as the sum of two cubes in two different ways. The house where Ramanujan
stayed in London is listed as No. 1812 on the register of historic houses.
"""


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", "off")


@pytest.fixture
def drafts(tmp_path):
    def read(text: str) -> list:
        path = tmp_path / "taxi.txt"
        path.write_text(text, encoding="utf-8")
        return extract_candidates(read_document(path))
    return read


@pytest.mark.parametrize("text", [TAXI, preprocess(TAXI)], ids=["raw", "preprocessed"])
def test_a_figure_after_number_is_never_a_year(drafts, text):
    taxi = [f for f in drafts(text) if f.answer == "1729"]
    assert not any(f.kind == "date" or "year" in f.prompt.lower() for f in taxi)


def test_a_figure_after_no_is_a_label_asked_in_its_sentence(drafts):
    house = [f for f in drafts(TAXI) if f.answer == "1812"]
    assert [f.kind for f in house] == ["number"]
    assert "listed as No. _____ on the register" in house[0].prompt
    taxi = next(f for f in drafts(TAXI) if f.answer == "1729")
    assert "taxi number _____" in taxi.prompt and not taxi.prompt.startswith("How many")
