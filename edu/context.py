"""Context model: which word a stem stands for, given the stems either side of it.

Learnt at build time (`scripts/build_context.py`) from English prose preprocessed with the
project's own recipe, so the neighbours are what a preprocessed document shows (stop words
gone). Shipped as `edu/data/context.tsv.gz`; lines are parsed on first use of a key.

A candidate word w of stem s between stems p and n scores
    log Pu(w) + a*log(Pl(w)/Pu(w)) + b*log(Pr(w)/Pu(w))
where Pu is wordfreq's distribution over the words of s (with the per-form bonuses) and Pl,
Pr the corpus's distributions after p and before n, smoothed towards Pu. (A per-neighbour
form model, "sever X" -> plural, and the corpus's own word frequencies were tried and did
not help on held-out prose: docs/RESTORE.md.)
"""

from __future__ import annotations

import gzip
import math
import re
from functools import lru_cache
from importlib import resources

_NUMBER = re.compile(r"^\d+$")
_CONTEXT_PRIOR = 2.0  # weight (in tokens) of the stem's distribution against a context's counts
_LEFT, _RIGHT = 0.5, 0.5


def context_key(stem: str) -> str:
    """Numbers as classes so counts generalise: "1", "<year>", "<num>"; other stems as is."""
    if _NUMBER.match(stem):
        if stem == "1":
            return "1"
        return "<year>" if 1000 <= int(stem) <= 2100 else "<num>"
    return stem


def word_form(word: str, words: frozenset[str]) -> str:
    """Inflection of `word` relative to the other words of its stem."""
    if word.endswith("s") and not word.endswith("ss"):
        if word[:-1] in words or (word.endswith("es") and word[:-2] in words):
            return "plural"
        if word.endswith("ies") and word[:-3] + "y" in words:
            return "plural"
    if word.endswith("ed"):
        return "ed"
    if word.endswith("ing"):
        return "ing"
    return "base"


class ContextTable:
    """Counts of surface words per (prev, stem) and per (stem, next). Raw lines are kept as
    strings until a key is asked for."""

    def __init__(self, raw: dict[str, str]) -> None:
        self._raw = raw
        self._parsed: dict[str, dict[str, int]] = {}

    def __len__(self) -> int:
        return len(self._raw)

    def counts(self, key: str) -> dict[str, int]:
        got = self._parsed.get(key)
        if got is None:
            raw = self._raw.get(key)
            got = {}
            if raw:
                for item in raw.split(" "):
                    w, _, c = item.rpartition(":")
                    got[w] = int(c)
            self._parsed[key] = got
        return got


@lru_cache(maxsize=1)
def load_context() -> ContextTable:
    """Read the shipped table once per process (empty when it is missing)."""
    try:
        data = resources.files("edu.data").joinpath("context.tsv.gz").read_bytes()
    except FileNotFoundError:
        return ContextTable({})
    text = gzip.decompress(data).decode("utf-8")
    raw = dict(line.rsplit("\t", 1) for line in text.splitlines())
    return ContextTable(raw)


def _smoothed(counts: dict[str, int], prior: dict[str, float], weight: float) -> dict[str, float]:
    total = sum(counts.values()) + weight
    return {w: (counts.get(w, 0) + weight * p) / total for w, p in prior.items()}


def score_words(
    cands: tuple[tuple[str, float], ...], stem: str, prev: str, nxt: str,
    bonus: dict[str, float] | None = None,
) -> dict[str, float]:
    """Log score of every candidate (word, zipf) of `stem` between stems `prev` and `nxt`.
    `bonus`: extra log10-frequency per form (document-level preferences)."""
    table = load_context()
    words = frozenset(w for w, _ in cands)
    bonus = bonus or {}
    forms = {w: word_form(w, words) for w in words}
    weights = {w: 10 ** (z + bonus.get(forms[w], 0.0)) for w, z in cands}
    total = sum(weights.values())
    prior = {w: x / total for w, x in weights.items()}
    pu = prior  # the corpus's own word frequencies are technical: wordfreq's are kept
    p, n = context_key(prev), context_key(nxt)
    pl = _smoothed(table.counts(f"L\t{p} {stem}"), pu, _CONTEXT_PRIOR)
    pr = _smoothed(table.counts(f"R\t{stem} {n}"), pu, _CONTEXT_PRIOR)
    out = {}
    for w in words:
        lu = math.log(pu[w])
        out[w] = lu + _LEFT * (math.log(pl[w]) - lu) + _RIGHT * (math.log(pr[w]) - lu)
    return out
