"""spaCy's full parse of ordinary English (tagger, parser, lemmatizer, entities), each text
parsed once per process.

Extraction from raw English asks for the parse of the same sentence many times: the
questions round parses a sentence once per answer it holds, the fill-in round's clause cuts
and the answer put back in place parse it again, and every pronoun parses the paragraph
before it (over twelve blind documents, 2,117 calls held 560 distinct texts). The model is
a pure function of the text, so the first parse of a text is kept and every caller gets a
copy of it (`Doc.copy`: callers write their marks into `user_data`, which must not reach
another caller): the same parse, as a fresh call would have made it, without the model's
time. Bounded: the oldest parses go first once `_KEPT` texts are held. Where the texts
are known ahead (the sentences of the questions round), they are parsed in batches.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from edu.extract.entities import PIPELINE

_KEPT = 4096  # parses held (a sentence's ~10-20 KB): a long document's sentences, not more
_BATCH = 64  # sentences the model reads at once (16: 1.5x, 64 and 256: 1.7-1.8x one by one)


class _Parser:
    """The pipeline, called as spaCy's `Language` is (`nlp(text)`), with each text's parse
    kept; anything else (`nlp.pipe`, `nlp.vocab`) is the pipeline's own."""

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        self._kept: dict[str, Any] = {}

    def __call__(self, text: str) -> Any:
        doc = self._kept.get(text)
        if doc is None:
            doc = self._nlp(text)
            self._kept[text] = doc
            self._trim()
        return doc.copy()

    def prepare(self, texts: Iterable[str]) -> None:
        """Parse now, in batches (`nlp.pipe`), the texts about to be asked for one by one:
        the model reads a batch ~1.7x faster than its sentences one call each, and its
        annotations are the same (tests/test_parses.py)."""
        wanted = [t for t in dict.fromkeys(texts) if t not in self._kept][:_KEPT]
        for text, doc in zip(wanted, self._nlp.pipe(wanted, batch_size=_BATCH), strict=True):
            self._kept[text] = doc
        self._trim()

    def _trim(self) -> None:
        """The oldest parses go once more than `_KEPT` are held."""
        while len(self._kept) > _KEPT:
            del self._kept[next(iter(self._kept))]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


@lru_cache(maxsize=1)
def parser() -> Any:
    """The pipeline with its parser and lemmatizer (loaded on first use only), each text's
    parse made once."""
    return _Parser(importlib.import_module(PIPELINE).load(exclude=["senter"]))
