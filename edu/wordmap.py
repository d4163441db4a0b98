"""The shipped inverse stem map: Porter stem -> English words that have it, most frequent first.

Built once by `scripts/build_wordmap.py` from wordfreq's top English words (wordfreq is a
build-time dependency only). Lines are parsed lazily, so loading costs one gzip read.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

_ITEM = re.compile(r"\t([^\t\n:]+):(\d+)")
_FIRST = re.compile(r"^([^\t\n]+)\t[^\t\n:]+:(\d+)", re.M)
Candidate = tuple[str, float]  # (word, Zipf frequency: log10 of uses per billion words)


class WordMap:
    """Look up the candidate surface words of a stem and the frequency of a word."""

    def __init__(self, raw_lines: dict[str, str], text: str = "") -> None:
        self._raw = raw_lines
        self._text = text
        self._parsed: dict[str, tuple[Candidate, ...]] = {}
        self._zipf: dict[str, float] | None = None

    def __contains__(self, stem: str) -> bool:
        return stem in self._raw

    def __len__(self) -> int:
        return len(self._raw)

    def stems(self) -> list[str]:
        return list(self._raw)

    def candidates(self, stem: str) -> tuple[Candidate, ...]:
        """Words whose stem is `stem`, most frequent first (empty when unknown)."""
        got = self._parsed.get(stem)
        if got is None:
            line = self._raw.get(stem)
            if line is None:
                return ()
            parts = []
            for item in line.split("\t"):
                word, _, z = item.rpartition(":")
                parts.append((word, int(z) / 100))
            got = self._parsed[stem] = tuple(parts)
        return got

    def best(self, stem: str) -> str | None:
        cands = self.candidates(stem)
        return cands[0][0] if cands else None

    def stem_zipf(self, stem: str) -> float:
        """Frequency of the stem's most frequent word (0 when unknown)."""
        cands = self.candidates(stem)
        return cands[0][1] if cands else 0.0

    def word_table(self) -> dict[str, float]:
        """Every surface word with its Zipf frequency (built once, with one regex pass)."""
        if self._zipf is None:
            self._zipf = {w: int(z) / 100 for w, z in _ITEM.findall(self._text)}
        return self._zipf

    def stem_table(self) -> dict[str, float]:
        """Every stem with the frequency of its most frequent word."""
        return {s: int(z) / 100 for s, z in _FIRST.findall(self._text)}

    def word_zipf(self, word: str) -> float:
        """Frequency of one surface word (0 when not in the map)."""
        return self.word_table().get(word, 0.0)


@lru_cache(maxsize=1)
def load_wordmap() -> WordMap:
    """Read the shipped map once per process."""
    data = resources.files("edu.data").joinpath("wordmap.tsv.gz").read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    raw: dict[str, str] = {}
    for line in text.splitlines():
        stem, _, rest = line.partition("\t")
        raw[stem] = rest
    return WordMap(raw, text)


Bigram = tuple[str, str, float]  # (word1, word2, log10 of the pair's count in books)


@lru_cache(maxsize=1)
def load_bigrams() -> dict[tuple[str, str], tuple[Bigram, ...]]:
    """Adjacent content-word pairs by their stems: which words of two stems go together."""
    data = resources.files("edu.data").joinpath("bigrams.tsv.gz").read_bytes()
    index: dict[tuple[str, str], list[Bigram]] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        s1, s2, w1, w2, score = line.split("\t")
        index.setdefault((s1, s2), []).append((w1, w2, int(score) / 100))
    return {k: tuple(v) for k, v in index.items()}
