"""Keep a deck's items, so the next command on the same facts makes none.

Making the items of a 5,000-fact deck takes ~0.4 s (phrasing, leak checks, distractor pools)
and the trainer makes every kind of every fact before its first question; the items
themselves read back from a JSON file in a tenth of that. The items are kept in the user
cache folder ($EDU_CACHE_DIR overrides it, "off" disables it), one file per deck file and
set of options, under a key that hashes everything they are made from:

- the facts as loaded (every field, in order) and the deck's own fields, so a comment or a
  reformatting of the deck file changes nothing, and any edit of a fact changes the key;
- the source document's bytes and its glossary's (`<doc>.yaml`), which make the Reading;
- the options (seed, kinds, one kind per fact) and the code and data that make items (edu/
  items, deck, text, the data folder, the versions of Python, rapidfuzz, nltk, PyYAML,
  pypdf).

The file is sealed with the SHA-256 of its body (edu.fileio.keep_sealed): a file cut short,
damaged or edited is not used, and items are made afresh. Items are kept only when every
value is one JSON gives back equal and of the same type (strings, ints, finite floats,
bools, None, lists; the kinds as their enums), so what a hit returns is what generation
would return.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from edu.deck import deckcache
from edu.deck.model import Deck, FactKind
from edu.errors import EduError
from edu.fileio import cache_file_for, keep_sealed, read_bytes, read_sealed
from edu.items.model import Item, ItemKind
from edu.text.glossary import glossary_path_for
from edu.text.source import Span

FORMAT = 1  # bump when the cached layout changes
_CODE = ("items", "deck", "text")  # folders of edu/ whose code shapes items
_FILES = ("errors.py", "fileio.py", "gcpause.py")
_LIBRARIES = ("rapidfuzz", "nltk", "pyyaml", "pypdf")
_FIELDS = tuple(f.name for f in dataclasses.fields(Item))
_SOURCE = _FIELDS.index("source")

Dropped = tuple[str, str, str]  # (fact id or group id, kind, reason), as generation reports


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of the code, data and library versions that items depend on (remembered under
    the files' sizes and times: deckcache.remembered_digest)."""
    edu = Path(__file__).resolve().parent.parent
    files = [edu / name for name in _FILES]
    for folder in _CODE:
        files += sorted((edu / folder).glob("*.py"))
    files += sorted(p for p in (edu / "data").iterdir() if p.is_file())
    return deckcache.remembered_digest("items", files, lambda: _hash_code(files))


def _hash_code(files: list[Path]) -> str:
    from importlib import metadata  # lazy: importlib.metadata costs ~15 ms

    h = hashlib.sha256(f"items cache {FORMAT} {sys.version}".encode())  # unicodedata, re
    for file in files:
        h.update(file.name.encode() + b"\0" + file.read_bytes())
    for package in _LIBRARIES:
        try:
            h.update(f"{package} {metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            pass
    return h.hexdigest()


def items_key(deck: Deck, options: str) -> str | None:
    """The key of the items of `deck` under `options`; None for a deck read from no file or
    whose source is unreadable (generation reports that itself), which are not kept."""
    if not deck.path or cache_file_for(deck.path, "items") is None:
        return None
    source = deck.source_path
    try:
        document = read_bytes(source)
        glossary_path = glossary_path_for(source)
        glossary = read_bytes(glossary_path) if glossary_path.is_file() else None
    except (EduError, OSError):
        return None
    h = hashlib.sha256(code_digest().encode())
    h.update(options.encode())
    own = [deck.title, deck.id, deck.source, deck.description, deck.language, deck.tags]
    facts = [deckcache.fact_row(f) for f in deck.facts]
    try:
        written = json.dumps([own, facts], ensure_ascii=False)
    except (TypeError, ValueError):  # a deck built in code with values of other types
        return None
    h.update(written.encode("utf-8", "surrogatepass"))
    h.update(b"\0document\0" + hashlib.sha256(document).digest())
    h.update(b"\0glossary\0" + (b"-" if glossary is None
                                  else hashlib.sha256(glossary).digest()))
    return h.hexdigest()


def _row(item: Item) -> list[Any]:
    row = [getattr(item, name) for name in _FIELDS]
    row[_SOURCE] = [item.source.start, item.source.end]
    return row


_ITEM_KINDS = {str(kind): kind for kind in ItemKind}
_FACT_KINDS: dict[Any, FactKind | None] = {str(kind): kind for kind in FactKind}
_FACT_KINDS.update({"": None, None: None})
_KIND, _FACT_KIND = _FIELDS.index("kind"), _FIELDS.index("fact_kind")


def _item(row: list[Any]) -> Item:
    """The item of a row, as Item(*row) makes it (its kinds as members), without the call:
    a third of the time of reading the cache back."""
    if len(row) != len(_FIELDS):
        raise ValueError("an item row of another layout")
    start, end = row[_SOURCE]
    row[_SOURCE] = Span(start, end)
    row[_KIND] = _ITEM_KINDS[row[_KIND]]
    row[_FACT_KIND] = _FACT_KINDS[row[_FACT_KIND]]
    item = Item.__new__(Item)
    item.__dict__.update(zip(_FIELDS, row, strict=True))
    return item


def _kind(value: str) -> str:
    return _ITEM_KINDS.get(value, value)


def _decode(text: str) -> tuple[list[Item], list[Dropped]] | None:
    try:
        data = json.loads(text)
        items = [_item(row) for row in data["items"]]
        dropped = [(str(i), _kind(str(k)), str(why)) for i, k, why in data["dropped"]]
    except (ValueError, TypeError, KeyError, IndexError):  # KeyError: an unknown kind too
        return None
    return items, dropped


def _file(deck: Deck, options: str) -> Path | None:
    return cache_file_for(deck.path, "items", options) if deck.path else None


def recall(deck: Deck, options: str, key: str) -> tuple[list[Item], list[Dropped]] | None:
    """The items and drops kept for `deck` under `key`, or None."""
    text = read_sealed(_file(deck, options), key)
    return _decode(text) if text is not None else None


def keep(deck: Deck, options: str, key: str, items: list[Item],
         dropped: list[Dropped]) -> None:
    """Keep what generation made under `key`, if it reads back exactly as made."""
    file = _file(deck, options)
    if file is None:
        return
    rows = [_row(item) for item in items]
    if not all(_carried(row) for row in rows) or not all(
            type(i) is str and type(why) is str and _kind_carried(kind)
            for i, kind, why in dropped):
        return  # a value JSON cannot carry as it is (a tuple, NaN): made again next time
    text = json.dumps({"items": rows, "dropped": [list(d) for d in dropped]},
                      ensure_ascii=False, separators=(",", ":"))
    keep_sealed(file, key, text)


def _exact(value: Any) -> bool:
    """True when JSON gives back an equal value of the same type: a string, a bool, an
    int, a finite float, None, or a list of them (a tuple would come back a list, NaN as a
    NaN unequal to itself)."""
    kind = type(value)
    if kind is str or kind is bool or kind is int or value is None:
        return True
    if kind is float:
        return math.isfinite(value)
    if kind is list:
        return all(_exact(v) for v in value)
    return False


def _kind_carried(value: Any) -> bool:
    return type(value) is ItemKind or type(value) is str


def _carried(row: list[Any]) -> bool:
    """A row that `_item` turns back into an item equal to the one it came from (its
    kinds as members, its span as a list)."""
    for n, value in enumerate(row):
        if n == _KIND:
            if type(value) is not ItemKind:
                return False
        elif n == _FACT_KIND:
            if value is not None and type(value) is not FactKind:
                return False
        elif not _exact(value):
            return False
    return True
