"""People in text that lost its capitals: a given name followed by a surname-like word.

Preprocessed text writes "edward jenner took" where ordinary English wrote "Edward Jenner
took": neither word is rare enough to pass for a name, so the scanner misses the person.
Knowledge fills the gap: a given name (edu/data/given_names.txt) followed by one or two words
that are names by their rarity — foreign or rare stems, stems rarer than everyday verbs, or
another given name ("john steven") — is a person. The list leaves out given names that are
common words ("will", "mark"), so "will" before a rare word is no person.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from itertools import compress

from edu.extract import lexicon as lx
from edu.extract.anchor import Anchor, Features
from edu.text.stemcache import preprocess_words_cached as preprocess_words  # no nltk import
from edu.text.wordmap import load_wordmap

# A surname after a given name is rarer than the verbs that follow names ("took" 5.5, "led"
# 5.1, "launched" 4.7 on the Zipf scale); surnames such as Henderson (3.9), Armstrong (3.9),
# Collins (4.2) and Kennedy (4.3) lie below this. Common surnames (Smith 4.9) are missed.
SURNAME_MAX_ZIPF = 4.35
MAX_AFTER_GIVEN = 2  # surname words kept after the given name ("ali maow maalin")
# Particles inside a surname ("Ferdinand de Lesseps", "Ludwig van Beethoven"): kept when a
# surname word follows them.
PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "den", "le", "la", "al", "bin",
                       "ibn", "del", "dos", "du"})


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The stems of the shipped given names (same recipe as the text, so they match it)."""
    text = resources.files("edu.data").joinpath("given_names.txt").read_text("utf-8")
    stems = set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            stems.update(preprocess_words(line.strip()))
    return frozenset(stems)


def person_anchors(stems: list[str], classes: list[int], boundaries: set[int]) -> list[Anchor]:
    """A name anchor, category person, for each given name with a surname after it."""
    given = given_names()
    wordmap = load_wordmap()
    n = len(stems)
    out: list[Anchor] = []
    next_free = 0  # tokens before this one belong to a name found already
    for i in compress(range(n), map(given.__contains__, stems)):  # given names, at C speed
        if i < next_free:
            continue  # inside the name found before
        j = i + 1
        reach = MAX_AFTER_GIVEN
        if j + 1 < n and stems[j] in PARTICLES and j + 1 not in boundaries:
            j += 1  # a particle counts only with a surname after it (checked below)
            reach += 1
        while (j < n and j - i <= reach and j not in boundaries
               and _surname_like(stems[j], classes[j], given, wordmap.stem_zipf)):
            j += 1
        if stems[j - 1] in PARTICLES:
            j = i + 1
        if j > i + 1:
            out.append(Anchor("name", i, j, Features(entity="PERSON")))
            next_free = j
    return out


def _surname_like(stem: str, cls: int, given: frozenset[str],
                  zipf: Callable[[str], float]) -> bool:
    if cls in (lx.FOREIGN, lx.RARE) or stem in given:
        return True
    return cls == lx.WORD and stem.isalpha() and 0.0 < zipf(stem) < SURNAME_MAX_ZIPF
