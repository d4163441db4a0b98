"""The shipped inverse stem map: Porter stem -> English words that have it, most frequent first.

Built once by `scripts/build_wordmap.py` from wordfreq's top English words (wordfreq is a
build-time dependency only). Lines are parsed lazily, so loading costs one gzip read.
"""

from __future__ import annotations

import gzip
import math
import re
from functools import lru_cache
from importlib import resources

# Candidates and stems with a Zipf frequency of at least 3 (stored as 300 and more).
_COMMON_ITEM = re.compile(r"\t([^\t\n:]+):([3-9]\d\d)\b")
_COMMON_FIRST = re.compile(r"^([^\t\n]+)\t[^\t\n:]+:([3-9]\d\d)\b", re.M)
Candidate = tuple[str, float]  # (word, Zipf frequency: log10 of uses per billion words)


class WordMap:
    """Look up the candidate surface words of a stem and the frequency of a word."""

    def __init__(self, raw_lines: dict[str, str], text: str = "") -> None:
        self._raw = raw_lines
        self._text = text
        self._parsed: dict[str, tuple[Candidate, ...]] = {}
        self._zipf: dict[str, float] | None = None
        self._stem_zipf: dict[str, float] | None = None

    def __contains__(self, stem: object) -> bool:
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

    def common_words(self) -> dict[str, float]:
        """Surface words with Zipf frequency >= 3 (built once, with one regex pass)."""
        if self._zipf is None:
            self._zipf = {w: int(z) / 100 for w, z in _COMMON_ITEM.findall(self._text)}
        return self._zipf

    def common_stems(self) -> dict[str, float]:
        """Stems whose most frequent word has Zipf frequency >= 3, with that frequency (built
        once: compounds and the items' person names both ask; callers only read it)."""
        if self._stem_zipf is None:
            self._stem_zipf = {s: int(z) / 100 for s, z in _COMMON_FIRST.findall(self._text)}
        return self._stem_zipf


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


class Bigrams:
    """Adjacent content-word pairs by their stems: which words of two stems go together.
    Lines are parsed on first use of a pair."""

    def __init__(self, raw: dict[tuple[str, str], str]) -> None:
        self._raw = raw
        self._parsed: dict[tuple[str, str], tuple[Bigram, ...]] = {}

    def keys(self):  # noqa: ANN201 - a dict keys view, for fast set intersection
        return self._raw.keys()

    def __contains__(self, pair: object) -> bool:
        return pair in self._raw

    def get(self, pair: tuple[str, str], default: tuple[Bigram, ...] = ()) -> tuple[Bigram, ...]:
        got = self._parsed.get(pair)
        if got is None:
            raw = self._raw.get(pair)
            if raw is None:
                return default
            items = []
            for item in raw.split(","):
                w1, w2, score = item.split(" ")
                items.append((w1, w2, int(score) / 100))
            got = self._parsed[pair] = tuple(items)
        return got


@lru_cache(maxsize=1)
def load_bigrams() -> Bigrams:
    """Read the shipped pair list once per process."""
    data = resources.files("edu.data").joinpath("bigrams.tsv.gz").read_bytes()
    raw: dict[tuple[str, str], str] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        s1, s2, rest = line.split("\t", 2)
        raw[(s1, s2)] = rest
    return Bigrams(raw)


Lifts = tuple[float, ...]  # log10 lift per class of edu.text.restore.FORM_CLASSES


@lru_cache(maxsize=1)
def load_context() -> dict[str, dict[str, Lifts]]:
    """The shipped context table (scripts/build_context.py): for a neighbour stem on each side
    ("L": the stem before, "R": the stem after; "L2"/"R2": two away), how much more often than
    expected a word is written in each inflection class, as log10 lifts."""
    data = resources.files("edu.data").joinpath("context.tsv.gz").read_bytes()
    sides: dict[str, dict[str, Lifts]] = {}
    lift: dict[str, float] = {}  # a cell's lift, computed once per distinct cell (few recur)
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        side, key, *cells = line.split("\t")
        for c in cells:
            if c not in lift:
                lift[c] = math.log10(int(c) / 1000)
        sides.setdefault(side, {})[key] = tuple(map(lift.__getitem__, cells))
    return sides
