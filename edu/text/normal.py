"""The normal form of a written answer: how two spellings of one answer compare equal.

Grading compares a learner's answer with the deck's; items use the same form to check that a
question never gives its answer away, so both stages read answers one way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from edu.text.numbers import NUMBER_WORDS, roman_to_int, scale_of, words_to_number
from edu.text.quantities import APOSTROPHES, NON_WORD, fold

_GROUPING = re.compile(r"(?<=\d),(?=\d{3}\b)")
_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_ARTICLES = frozenset({"the", "a", "an"})

@lru_cache(maxsize=65_536)
def tokens_of(text: str) -> tuple[str, ...]:
    """Normalised words: folded, punctuation gone, number words -> digits, XIII -> 13."""
    text = APOSTROPHES.sub("", fold(text))
    text = _GROUPING.sub("", text)  # 1,731 -> 1731
    text = _DECIMAL.sub("p", text)  # 1.5 -> 1p5, never the same as 15
    raw = NON_WORD.sub(" ", text)
    raw = _LETTER_DIGIT.sub(" ", raw)
    words = raw.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in NUMBER_WORDS and not scale_of(word):  # "billion" alone stays a word
            j = i
            while j + 1 < len(words) and (words[j + 1] in NUMBER_WORDS or words[j + 1] == "and"):
                j += 1
            while words[j] == "and":
                j -= 1
            value = words_to_number(words[i: j + 1])
            if value is not None:
                out.append(str(value))
                i = j + 1
                continue
        roman = roman_to_int(word) if out else None
        out.append(str(roman) if roman is not None else word)
        i += 1
    while out and out[0] in _ARTICLES and len(out) > 1:
        out.pop(0)
    return tuple(out)


@lru_cache(maxsize=65_536)
def key_of(text: str) -> str:
    """Compact comparison key: Chang'e-5, Chang'e 5 and change5 all give 'change5'."""
    return "".join(tokens_of(text))
