"""The proof's stem index of a preprocessed document is read from its tokens' columns
(edu.deck.proof.StemIndex.of), with no Token made, and equals the index made token by
token; raw English is indexed token by token as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.deck.proof import StemIndex
from edu.text.source import SplitTokens, looks_raw, tokenize, tokenize_raw

DATA = Path(__file__).resolve().parent / "data"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "china-space-2021.txt"
TEXTS = [SEED.read_text("utf-8"), "  leading and trailing spaces  ", "one", "",
         "hα wave band 2021 ceres 1", *(p.read_text("utf-8")
                                        for p in sorted(DATA.glob("*.txt"))[:12])]


def _by_tokens(text: str) -> tuple:
    """The index as made from each token (the way it was made before)."""
    tokens = tokenize_raw(text)[0] if looks_raw(text) else list(tokenize(text))
    stems = [t.stem for t in tokens]
    offsets = [0]
    for stem in stems:
        offsets.append(offsets[-1] + len(stem))
    return (len(text), "".join(stems), offsets, [t.start for t in tokens],
            [t.end for t in tokens])


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_the_index_equals_the_one_made_token_by_token(text, monkeypatch):
    expected = _by_tokens(text)
    if not looks_raw(text):  # preprocessed: its columns read, no Token made
        def no_tokens(self):
            raise AssertionError("a Token made")

        monkeypatch.setattr(SplitTokens, "__iter__", no_tokens)
        monkeypatch.setattr(SplitTokens, "__getitem__", no_tokens)
    index = StemIndex.of(text)
    assert (index.length, index.joined, index.offsets, list(index.starts),
            index.ends) == expected
    assert index.text == text
