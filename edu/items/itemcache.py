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

After an edit the items of unchanged facts are not made again: beside the items, a second
file lists the parts they were made in (edu.items.make: one per fact, one per matching
category, one for the ordering sets), each under a digest of exactly what it was made from
and what it read of the rest of the deck (its "need": nothing, the deck's date of reference,
or every fact). A part whose inputs and need are unchanged is taken from the last file: the
result is the one a full remake gives, item for item (tests/test_items_incremental.py).

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
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from edu import fileio
from edu.deck import deckcache
from edu.deck.model import Deck, Fact, FactKind
from edu.errors import EduError
from edu.fileio import cache_file_for, keep_sealed, read_bytes, read_sealed
from edu.items.model import Item, ItemKind
from edu.text.glossary import glossary_path_for
from edu.text.source import Span

FORMAT = 2  # bump when the cached layout changes
_CODE = ("items", "deck", "text", "extract")  # folders of edu/ whose code shapes items
# extract/ whole: items ask its parse, referents, pronoun names and subject namers
# (items/referring.py, subjects.py, standing.py), and those import most of extract/; a list of
# files would go stale as they do
_FILES = ("errors.py", "fileio.py", "gcpause.py")
_LIBRARIES = ("rapidfuzz", "nltk", "pyyaml", "pypdf", "spacy")
_FIELDS = tuple(f.name for f in dataclasses.fields(Item))
_SOURCE = _FIELDS.index("source")
_TOPIC = _FIELDS.index("topic")  # not kept: set on the items read back (generate.with_topic)

Dropped = tuple[str, str, str]  # (fact id or group id, kind, reason), as generation reports


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of the code, data and library versions that items depend on (remembered under
    the files' sizes and times: fileio.code_digest)."""
    files = fileio.package_files(_FILES, _CODE)
    # sys.version: unicodedata and re, which phrasing and grading read
    return fileio.code_digest("items", f"items cache {FORMAT} {sys.version}", files, _LIBRARIES)


def items_key(deck: Deck, options: str) -> str | None:
    """The key of the items of `deck` under `options`; None for a deck read from no file or
    whose source is unreadable (generation reports that itself), which are not kept."""
    keys = cache_keys(deck, options)
    return keys.whole if keys is not None else None


@dataclass
class Part:
    """Items and drops made together from known inputs (see edu.items.make): `key` digests
    those inputs, `need` is what else of the deck the making read (None; ["reference",
    [year, month]]; ["deck", the facts' digest])."""

    key: str
    need: Any
    items: list[Item]
    dropped: list[Dropped]
    kept: bool = False  # read back from the cache (not made now)
    rows: list[str] | None = None  # a kept part's items as the cache wrote them (JSON)


# json.dumps(row, ensure_ascii=False), without making an encoder per fact (half its time)
_fact_json = json.JSONEncoder(ensure_ascii=False).encode


@dataclass
class CacheKeys:
    """The key of a deck's items as a whole, and what keys its parts: `common` (everything
    but the facts: code, options, the deck's own fields, document, glossary) and `facts`
    (the digest of every fact)."""

    whole: str
    common: str
    facts: str
    deck: Deck
    fact_rows: list[list[Any]] | None = None  # each fact's fields, as the whole key read them
    written: str | None = None  # fact_rows as JSON, as the whole key hashed them
    _rows: dict[int, str] = field(default_factory=dict)

    def _read_rows(self) -> None:
        """Each fact's row as JSON, from the text the whole key hashed (once)."""
        if (not self._rows and self.fact_rows is not None  # the rows read once already
                and len(self.fact_rows) == len(self.deck.facts)):
            texts = (_split_rows(self.written, len(self.fact_rows))
                     if self.written is not None else None)
            if texts is None:
                texts = [_fact_json(fields) for fields in self.fact_rows]
            for f, text in zip(self.deck.facts, texts, strict=True):
                self._rows.setdefault(id(f), text)

    def row(self, fact: Fact) -> str:
        """The fact's fields as JSON (as the whole key hashed them)."""
        found = self._rows.get(id(fact))
        if found is None:
            self._read_rows()
            found = self._rows.get(id(fact))
            if found is None:
                found = self._rows[id(fact)] = _fact_json(deckcache.fact_row(fact))
        return found

    def fact_keys(self) -> list[str]:
        """The key of each fact's own items and drops, in deck order: the digest of its
        fields (`_digest("fact", row)`, with `common`), in one loop."""
        self._read_rows()
        rows, row = self._rows, self.row
        blake2b = hashlib.blake2b
        return [blake2b(b"fact\0" + (rows.get(id(f)) or row(f)).encode("utf-8", "surrogatepass")
                        + b"\0", digest_size=16).hexdigest() for f in self.deck.facts]

    def group_key(self, kind: str, label: str, facts: list[Fact], extra: Any) -> str:
        """The key of a group kind's part: its label, its members' fields, `extra`."""
        return _digest(f"{kind}\0{label}\0{json.dumps(extra, ensure_ascii=False)}",
                       *(self.row(f) for f in facts))


def _split_rows(written: str, n: int) -> list[str] | None:
    """Each of the n rows (lists) of `written`, json.dumps(rows, ensure_ascii=False): one
    row ends where "], [" begins the next. A row holding "], [" itself (in a string, or two
    lists side by side) makes more pieces than rows: then None. (json.dumps of a list is
    its items' encodings joined by ", ": each piece is the row as _fact_json writes it.)"""
    if n == 0 or not (written.startswith("[[") and written.endswith("]]")):
        return None
    pieces = written[2:-2].split("], [")
    if len(pieces) != n:
        return None
    return ["[" + piece + "]" for piece in pieces]


def _digest(*texts: str) -> str:
    """The digest of the texts, each followed by a NUL (hashed as one string: the same)."""
    return hashlib.blake2b(("\0".join(texts) + "\0").encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()


def cache_keys(deck: Deck, options: str) -> CacheKeys | None:
    """The keys of `deck`'s items under `options` (None: not kept; see items_key)."""
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
    try:
        h.update(json.dumps(own, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        rows = [deckcache.fact_row(f) for f in deck.facts]
        written = json.dumps(rows, ensure_ascii=False)
    except (TypeError, ValueError):  # a deck built in code with values of other types
        return None
    h.update(b"\0document\0" + hashlib.sha256(document).digest())
    h.update(b"\0glossary\0" + (b"-" if glossary is None
                                  else hashlib.sha256(glossary).digest()))
    common = h.hexdigest()
    facts = hashlib.sha256(written.encode("utf-8", "surrogatepass")).hexdigest()
    whole = hashlib.sha256(f"{common} {facts}".encode()).hexdigest()
    return CacheKeys(whole, common, facts, deck, rows, written)


def _row(item: Item) -> list[Any]:
    row = [getattr(item, name) for name in _FIELDS]
    row[_SOURCE] = [item.source.start, item.source.end]
    row[_TOPIC] = ""  # the trainer keeps its items after they carry it (generate's `later`)
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


def _file(deck: Deck, options: str, what: str = "items") -> Path | None:
    return cache_file_for(deck.path, what, options) if deck.path else None


def recall(deck: Deck, options: str, key: str) -> tuple[list[Item], list[Dropped]] | None:
    """The items and drops kept for `deck` under `key`, or None."""
    text = read_sealed(_file(deck, options), key)
    return _decode(text) if text is not None else None


def recall_parts(deck: Deck, options: str, keys: CacheKeys, items: list[Item],
                 dropped: list[Dropped]) -> list[Part] | None:
    """The parts of the items and drops `recall` gave back under `keys` (None: not listed)."""
    listed = read_sealed(_file(deck, options, "item-parts"), keys.whole)
    if listed is None:
        return None
    parts: list[Part] = []
    try:
        data = json.loads(listed)
        if data["common"] != keys.common:
            return None
        at_item = at_drop = 0
        for part_key, need, n_items, n_dropped in data["parts"]:
            parts.append(Part(str(part_key), need, items[at_item: at_item + n_items],
                              dropped[at_drop: at_drop + n_dropped], kept=True))
            at_item += n_items
            at_drop += n_dropped
    except (ValueError, TypeError, KeyError):
        return None
    if at_item != len(items) or at_drop != len(dropped):
        return None
    return parts


def kept_parts(deck: Deck, options: str, keys: CacheKeys) -> dict[str, Part]:
    """The parts of the items last kept for `deck` under `options` (whatever their facts
    were), by key; none when that file or its list of parts is missing, damaged, of another
    `common` key, or does not belong to it."""
    found = read_sealed_any(_file(deck, options))
    if found is None:
        return {}
    key, text = found
    listed = read_sealed(_file(deck, options, "item-parts"), key)
    decoded = _decode(text) if listed is not None else None
    if listed is None or decoded is None:
        return {}
    items, dropped = decoded
    texts = _row_texts(text, len(items))
    parts: dict[str, Part] = {}
    try:
        data = json.loads(listed)
        if data["common"] != keys.common:
            return {}
        at_item = at_drop = 0
        for part_key, need, n_items, n_dropped in data["parts"]:
            part = Part(str(part_key), need, items[at_item: at_item + n_items],
                        dropped[at_drop: at_drop + n_dropped], kept=True,
                        rows=texts[at_item: at_item + n_items] if texts is not None else None)
            at_item += n_items
            at_drop += n_dropped
            if len(part.items) != n_items or len(part.dropped) != n_dropped:
                return {}
            parts.setdefault(part.key, part)
        if at_item != len(items) or at_drop != len(dropped):
            return {}
    except (ValueError, TypeError, KeyError):
        return {}
    return parts


def read_sealed_any(file: Path | None) -> tuple[str, str] | None:
    """(key, text) of a sealed cache file whatever its key (fileio.read_sealed's checks)."""
    if file is None:
        return None
    try:
        header, _, body = file.read_bytes().partition(b"\n")
        seal = json.loads(header)
        if not isinstance(seal, dict) or seal.get("sha256") != hashlib.sha256(body).hexdigest():
            return None
        key = seal.get("key")
        return (key, body.decode("utf-8")) if isinstance(key, str) else None
    except (OSError, ValueError):
        return None


_ITEMS_OPEN, _ITEMS_CLOSE = '{"items":[', '\n],"dropped":'


def _encode(rows: list[str], dropped: list[Dropped]) -> str:
    """The items file: each item's row on a line of its own (JSON escapes every newline in
    a value), so that the next edit can copy a kept part's rows as text (`_row_texts`)."""
    return (_ITEMS_OPEN + ",".join("\n" + row for row in rows) + _ITEMS_CLOSE
            + json.dumps([list(d) for d in dropped], ensure_ascii=False, separators=(",", ":"))
            + "}")


def _row_texts(text: str, n_items: int) -> list[str] | None:
    """Each item's row in an items file `_encode` wrote, as text (None: another layout)."""
    lines = text.split("\n")
    if len(lines) != n_items + 2 or lines[0] != _ITEMS_OPEN:
        return None
    rows = lines[1:-1]
    return [row[:-1] for row in rows[:-1]] + rows[-1:]  # the last has no comma after it


_row_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def keep(deck: Deck, options: str, key: str, items: list[Item],
         dropped: list[Dropped], parts: tuple[CacheKeys, list[Part]] | None = None,
         ) -> list[str] | None:
    """Keep what generation made under `key`, if it reads back exactly as made (and the
    parts it was made in, for the next edit). A kept part's rows are copied as the cache
    wrote them, not encoded again (a reworded fact among 5,000: ~0.03 s). Returns each
    item's row as kept (JSON text: everything an item holds), None when nothing was kept."""
    file = _file(deck, options)
    if file is None:
        return None
    if parts is not None and sum(len(p.items) for p in parts[1]) != len(items):
        parts = None  # not the items' parts (make_items lists them in order): encode all
    # items read back from the cache carry as they are: only the ones made now are checked
    made = [p for p in parts[1] if p.rows is None] if parts is not None else []
    fresh = ([_row(item) for item in items] if parts is None
             else [_row(i) for p in made for i in p.items])
    if not all(_carried(row) for row in fresh) or not all(
            type(i) is str and type(why) is str and _kind_carried(kind)
            for i, kind, why in dropped):
        return None  # a value JSON cannot carry as it is (a tuple, NaN): made again next time
    if parts is None:
        texts = [_row_json(row) for row in fresh]
    else:
        texts = []
        encoded = iter(fresh)
        for part in parts[1]:
            texts.extend(part.rows if part.rows is not None
                         else (_row_json(next(encoded)) for _ in part.items))
    keep_sealed(file, key, _encode(texts, dropped))
    if parts is not None:
        keys, listed_parts = parts
        listed = {"common": keys.common,
                  "parts": [[p.key, p.need, len(p.items), len(p.dropped)]
                            for p in listed_parts]}
        keep_sealed(_file(deck, options, "item-parts"), key,
                    json.dumps(listed, ensure_ascii=False, separators=(",", ":")))
    return texts


def keep_order(deck: Deck, options: str, key: str, order: list[str]) -> None:
    """Keep the order the items kept under `key` are shown in (their ids; [] as made)."""
    keep_sealed(_file(deck, options, "item-order"), key,
                json.dumps(order, ensure_ascii=False, separators=(",", ":")))


def recall_order(deck: Deck, options: str, key: str) -> list[str] | None:
    """The order `keep_order` kept under `key`, or None."""
    text = read_sealed(_file(deck, options, "item-order"), key)
    try:
        order = json.loads(text) if text is not None else None
    except ValueError:
        return None
    return order if isinstance(order, list) and all(isinstance(i, str) for i in order) \
        else None


def row_texts(items: list[Item]) -> list[str] | None:
    """Each item's row as `keep` would keep it (JSON text of every field), or None when one
    holds a value JSON cannot carry as it is."""
    rows = [_row(item) for item in items]
    if not all(_carried(row) for row in rows):
        return None
    return [_row_json(row) for row in rows]


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
