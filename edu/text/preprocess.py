"""The preprocessing recipe of the seed documents, so any English text can be put in that form.

Recipe: lower-case; delete every character that is not an ASCII letter, digit or whitespace;
split on whitespace; drop NLTK's 179 English stop words; Porter-stem (NLTK default mode);
join with single spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_NON_ALNUM = re.compile(r"[^a-z0-9\s]+")


@lru_cache(maxsize=1)
def _stemmer():  # noqa: ANN202 - nltk imported lazily: it costs ~0.3 s of start-up
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """NLTK's English stop list, shipped with the package (the nltk corpus cannot be fetched)."""
    text = resources.files("edu.data").joinpath("stopwords_english.txt").read_text("utf-8")
    return frozenset(w for w in text.split() if w)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of one lower-case word, memoised because documents repeat words."""
    return _stemmer().stem(word)


def normalise_words(text: str) -> list[str]:
    """Lower-case and delete non-alphanumerics, returning the surviving words (stop words kept)."""
    return _NON_ALNUM.sub("", text.lower()).split()


def preprocess_words(text: str) -> list[str]:
    """The recipe up to the join: the list of stems the preprocessed document would hold."""
    stops = stop_words()
    return [stem(w) for w in normalise_words(text) if w not in stops]


def preprocess(text: str) -> str:
    """Apply the full recipe to raw English text."""
    return " ".join(preprocess_words(text))
