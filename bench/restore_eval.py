"""Measure restoration against known originals: preprocess raw English, restore, compare.

Used by the accuracy test and bench/bench_restore.py; a word counts as right when the restored
word, lower-cased with non-alphanumerics deleted, equals the original word treated the same way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from edu.text.glossary import Glossary
from edu.text.preprocess import normalise_words, stem, stop_words
from edu.text.restore import restore_stems

# Prose files (tests/data/prose_<name>.txt) kept out of every tuning of edu/restore.py: the
# accuracy on them is the honest estimate for new documents. The other four were tuned on.
HELD_OUT = frozenset(
    "environment tech whitepaper report_energy report_water news_rail".split())


def is_held_out(name: str) -> bool:
    """Whether a prose file name ("prose_tech.txt") belongs to the held-out set."""
    return name.removeprefix("prose_").removesuffix(".txt") in HELD_OUT


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0
    errors: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (stem, want, got)

    @property
    def ratio(self) -> float:
        return self.correct / self.total if self.total else 0.0


def _norm(word: str) -> str:
    return "".join(ch for ch in word.lower() if ch.isalnum())


def measure(raw_text: str, glossary: Glossary | None = None) -> Accuracy:
    """Accuracy of restoring the preprocessed form of `raw_text` against its own words."""
    stops = stop_words()
    originals = [w for w in normalise_words(raw_text) if w not in stops]
    stems = [stem(w) for w in originals]
    restored = restore_stems(stems, glossary)
    acc = Accuracy(total=len(originals))
    for s, want, got in zip(stems, originals, restored, strict=True):
        if _norm(got) == want:
            acc.correct += 1
        else:
            acc.errors[(s, want, _norm(got))] += 1
    return acc
