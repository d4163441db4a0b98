"""Country and region names (edu/data/places.txt) as glossary names, for restoration.

A place is a proper name in any document, so restoration capitalises it wherever it occurs
("sweden" -> Sweden, "saudi arabia" -> Saudi Arabia), and its demonym too ("ethiopian" ->
Ethiopian); a document's own glossary still wins.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from edu.text.glossary import Glossary, name_entry
from edu.text.stemcache import flush as flush_stems

_DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese")  # Ethiopia-n, Egypt-ian, Europ-ean, Chin-ese
# Peoples' adjectives no ending rule makes from their place (kept apart from `demonyms`, which
# restoration reads): "the French watchmaker", "a German physicist".
IRREGULAR_DEMONYMS = frozenset("""french dutch welsh greek swiss thai german scots czech
danish swedish polish finnish irish spanish british turkish flemish roman american mexican
soviet""".split())  # (American, Mexican, Soviet: no ending rule makes them from a one-word
# place; "the American chemist" is the commonest such adjective in English prose)


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Lower-case adjectives of the one-word places: "ethiopian", "egyptian", "chinese"."""
    out: set[str] = set()
    for name in place_names():
        if " " not in name:
            low = name.lower()
            # a final vowel gives way: Chin-a -> Chin-ese, Europ-e -> Europ-ean
            for base in (low, low[:-1]) if low[-1] in "aeiouy" else (low,):
                out.update(base + end for end in _DEMONYM_ENDINGS)
    return frozenset(out)


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """The countries and regions of edu/data/places.txt as written ("Saudi Arabia")."""
    text = resources.files("edu.data").joinpath("places.txt").read_text("utf-8")
    return tuple(s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#"))


@lru_cache(maxsize=1)
def place_glossary() -> Glossary:
    """Every place of edu/data/places.txt as a name entry (stems through the stem cache)."""
    glossary = Glossary()
    for line in place_names():
        for entry in name_entry(line):
            glossary.add(entry)
    flush_stems()
    return glossary
