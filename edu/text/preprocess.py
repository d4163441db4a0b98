"""The preprocessing recipe of the seed documents, so any English text can be put in that form.

Recipe: lower-case; delete every character that is not an ASCII letter, digit or whitespace;
split on whitespace; drop NLTK's 179 English stop words; Porter-stem (NLTK default mode);
join with single spaces.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import types
from functools import lru_cache
from importlib import resources

_NON_ALNUM = re.compile(r"[^a-z0-9\s]+")


@lru_cache(maxsize=1)
def _stemmer():  # noqa: ANN202 - nltk imported lazily: it costs ~0.3 s of start-up
    if "nltk" not in sys.modules:
        try:
            return _porter_module_alone().PorterStemmer()
        except (ImportError, AttributeError):  # another layout of nltk: imported as usual
            pass
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


def _porter_module_alone() -> types.ModuleType:
    """nltk's `nltk.stem.porter`, loaded without running the `nltk` and `nltk.stem` packages'
    own modules, which import every corpus reader, parser and stemmer of NLTK (~0.3 s of
    CPU, a tenth of a user's first `edu anki` of 5,000 facts; this takes ~0.02 s). The two
    packages stand as bare ones (their own folders) while it loads; afterwards every nltk
    module loaded here leaves `sys.modules`, so a later `import nltk` is the whole package,
    as before. The stemmer is NLTK's own code, so its stems are the same
    (tests/test_porter_alone.py)."""
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nltk")
    folder = list(spec.submodule_search_locations)
    before = set(sys.modules)
    try:
        for name, path in (("nltk", folder), ("nltk.stem", [os.path.join(folder[0], "stem")])):
            package = types.ModuleType(name)
            package.__path__ = path
            sys.modules[name] = package
        return importlib.import_module("nltk.stem.porter")
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]


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
