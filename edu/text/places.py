"""Country and region names (edu/data/places.txt) as glossary names, for restoration.

A place is a proper name in any document, so restoration capitalises it wherever it occurs
("sweden" -> Sweden, "saudi arabia" -> Saudi Arabia); a document's own glossary still wins.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from edu.text.glossary import Glossary, name_entry
from edu.text.stemcache import flush as flush_stems


@lru_cache(maxsize=1)
def place_glossary() -> Glossary:
    """Every place of edu/data/places.txt as a name entry (stems through the stem cache)."""
    text = resources.files("edu.data").joinpath("places.txt").read_text("utf-8")
    glossary = Glossary()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            for entry in name_entry(line):
                glossary.add(entry)
    flush_stems()
    return glossary
