"""Keep an Anki export's notes, so that exporting the same items again writes them as they
were made, without reading the items back or making their notes.

A note is what genanki writes of it but its ids and times: its GUID, note type, tags, fields
and sort field, and its cards (ord, suspended), in each Anki deck's order, with each deck's
id, name, description and note types in genanki's order, and what the export reported
(counts, the items it skipped and why). The rows, ids and timestamp are written at each
export as before (edu.anki.notes.ExportDeck): the .apkg is the one the notes would make.

They are kept in the user cache folder ($EDU_CACHE_DIR; "off" disables it), one file per
deck file and export options, under a key that hashes the items' key (edu.items.itemcache:
the facts, the deck's own fields, the document and glossary, the items' options and code),
the seed, whether every kind is exported, and the code that makes notes (edu/anki, genanki's
files and version). A comment or reformatting of the deck keeps the items' key, so the
notes; any edit of a fact, the document or the code makes them again. The file is sealed
with the SHA-256 of its body (edu.fileio.keep_sealed): a file cut short, damaged or edited
is not used. tests/test_anki_notecache.py compares kept exports with fresh ones, byte for
byte, after random edits.

Beside the notes, the file lists the parts the items were made in (edu.items.make: a fact's
own items, a category's matching sets, the ordering sets), each with its key, its need (what
it read of the rest of the deck) and, per item, what the export reads of it (KeptItem), one
part a line, and what became of each item (its note's place, why it was skipped). After an
edit, a part whose key and need still hold gives its notes as they were, without any item
read back; only the other parts are made (`kept_parts`, edu.anki.export._from_kept_parts).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from edu import fileio
from edu.anki.library import genanki
from edu.anki.models import build_models
from edu.anki.notes import ExportDeck, ExportNote, KeptItem, KeptNote, NoteRow, note_rows
from edu.anki.report import AnkiExport
from edu.deck.model import Deck, note_base, topic_of
from edu.fileio import cache_file_for, keep_sealed
from edu.items.itemcache import read_sealed_any
from edu.items.model import Item, ItemKind

FORMAT = 3  # bump when the kept layout changes


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of the code that turns items into notes: edu/anki and genanki (its files and
    version), remembered under the files' sizes and times (fileio.code_digest)."""
    files = sorted(Path(__file__).resolve().parent.glob("*.py"))
    files += sorted(Path(genanki.__file__).resolve().parent.glob("*.py"))
    return fileio.code_digest("anki", f"anki notes {FORMAT} genanki {genanki.__version__}",
                              files)


def notes_key(items_key: str, seed: int, every_kind: bool) -> str:
    """The key of the notes exported from the items kept under `items_key`."""
    text = f"{code_digest()}\0{items_key}\0{seed}\0{int(every_kind)}"
    return hashlib.sha256(text.encode()).hexdigest()


def _file(deck: Deck, variant: str) -> Path | None:
    return cache_file_for(deck.path, "anki-notes", variant) if deck.path else None


def common_key(deck: Deck, seed: int) -> str:
    """What a note depends on besides its item and its fact's tags: the code, the seed (the
    shuffled kinds' order), the deck's id (GUIDs, note type ids) and its topic (every
    card's context line)."""
    text = f"{code_digest()}\0{seed}\0{deck.id}\0{note_base(deck)}\0{topic_of(deck.title)}"
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Repeated:
    """A note left out as repeating another card of its fact: its Answer field."""

    answer: str


# What became of an item in an export: its note (in an Anki deck, at a place), why it was
# skipped, or Repeated; kept as [deck, row] (the row-th of the deck-th Anki deck), the
# reason, {"answer": ...}, or None (no note made)
Outcome = tuple[ExportDeck, int] | str | Repeated


def keep(deck: Deck, variant: str, key: str, package: genanki.Package,
         report: AnkiExport, common: str = "",
         parts: tuple[str, list[KeptPart], dict[int, Outcome]] | None = None,
         earlier: KeptRows | None = None) -> None:
    """Keep the notes of `package` (as build_package made it) and its report under `key`;
    `common` (common_key) when the rows carry the digests of their items; `parts` (the items'
    common key, the parts of the items in order, each item's outcome by id) when known;
    `earlier`, the rows of the file the package was made from: a row taken from it as it
    was (the same list) is copied as it was written, not encoded again."""
    decks: list[Any] = []
    all_rows: list[NoteRow] = []
    at: dict[int, int] = {}
    for target in package.decks:
        if not isinstance(target, ExportDeck):
            return
        if target.rows is not None:
            rows = target.rows
        elif target.written is not None and len(target.written) == len(target.notes):
            rows = target.written  # as package_bytes wrote them
        elif all(type(note) is ExportNote or type(note) is KeptNote for note in target.notes):
            rows = note_rows(target.notes)
        else:
            return  # a note of another class: not kept
        models = list(target.models)  # the order genanki's write_to_db adds them in
        for note in target.notes:
            if note.model.model_id not in models:
                models.append(note.model.model_id)
        at[id(target)] = len(decks)
        decks.append([target.deck_id, target.name, target.description, models, len(rows)])
        all_rows.extend(rows)
    kept = {"common": common, "decks": decks, "notes": report.notes, "cards": report.cards,
            "subdecks": report.subdecks, "by_type": list(report.notes_by_type.items()),
            "skipped": [list(s) for s in report.skipped]}
    texts = earlier.texts() if earlier is not None else None
    listed = ""
    if parts is not None:
        items_common, item_parts, outcomes = parts
        kept_outcomes = [
            [at[id(outcome[0])], outcome[1]] if type(outcome) is tuple
            else _outcome(outcome, at)
            for _key, _need, items, _text in item_parts for item in items
            for outcome in (outcomes.get(id(item)),)]
        listed = (json.dumps({"common": items_common, "outcomes": kept_outcomes},
                             ensure_ascii=False, separators=(",", ":"))[:-1]
                  + ',"parts":[\n' + ",\n".join(
                      text if text is not None else part_text(part_key, need, items)
                      for part_key, need, items, text in item_parts) + "\n]}")
    try:
        rows_text = ",".join(texts.get(id(row)) or _row_json(row) for row in all_rows) \
            if texts else ",".join(_row_json(row) for row in all_rows)
        text = (json.dumps(kept, ensure_ascii=False, separators=(",", ":"))[:-1]
                + _ROWS + rows_text + "]}\n" + listed)
    except (TypeError, ValueError):
        return
    keep_sealed(_file(deck, variant), key, text)


# The notes' rows come last in the notes' line, every deck's in turn (each deck says how many
# are its own): `KeptRows.texts` finds each row's text there.
_ROWS = ',"rows":['
_row_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class KeptRows:
    """The rows of a kept notes file as decoded (every deck's in turn) and the notes' line
    they were decoded from, whose text holds each row's JSON as written."""

    def __init__(self, rows: list[Any], notes: str) -> None:
        self.rows = rows
        self.notes = notes

    def texts(self) -> dict[int, str] | None:
        """Each decoded row's text, by the id() of the row (None: not found as one piece
        per row). A row with its item's digest ends with a string, so the next begins
        after the only '"],["' between them: JSON writes every '"' inside a string as
        '\\"', and a row holds no other list that ends with a string. A row without
        the digest (or text of another layout) makes fewer pieces than rows."""
        n = len(self.rows)
        start = self.notes.find(_ROWS)
        if n == 0 or start < 0 or not self.notes.endswith('"]]}'):
            return None
        pieces = self.notes[start + len(_ROWS) + 2: -4].split('"],["')
        if len(pieces) != n or not self.notes.startswith('["', start + len(_ROWS)):
            return None
        return {id(row): '["' + piece + '"]' for row, piece in zip(self.rows, pieces,
                                                                   strict=True)}

    def replaced(self, changes: list[tuple[NoteRow, NoteRow]]) -> str | None:
        """The notes' line with each (kept row, new row) of `changes` written anew, every
        other row's text as it was: what `keep` writes when only those rows changed (it
        copies a kept row's text, or encodes it again to the same text). None when a kept
        row's text is not found once in the line.

        A kept row's text is found by its encoding (`keep` wrote it so, and decoding and
        encoding again gives the same text): it starts with '["', which inside a JSON
        string would read '[\\"', so it is found only where a row starts."""
        notes = self.notes
        spots = []
        for old, new in changes:
            text = _row_json(old)
            at = notes.find(text)
            if at < 0 or notes.find(text, at + 1) >= 0 or notes[at - 1] not in "[,":
                return None
            spots.append((at, at + len(text), _row_json(new)))
        spots.sort()
        pieces, done = [], 0
        for start, stop, text in spots:
            if start < done:
                return None
            pieces += [notes[done:start], text]
            done = stop
        pieces.append(notes[done:])
        return "".join(pieces)


def _decks(kept: dict[str, Any]) -> list[tuple[Any, Any, Any, Any, list[Any]]]:
    """The kept Anki decks as [id, name, description, note types, rows]."""
    rows = kept["rows"]
    decks = []
    at = 0
    for deck_id, name, description, model_ids, count in kept["decks"]:
        if type(count) is not int or count < 0:
            raise ValueError("a deck's row count")
        decks.append((deck_id, name, description, model_ids, rows[at: at + count]))
        at += count
    if at != len(rows):
        raise ValueError("rows of no deck")
    return decks


# A part of the items as the notes keep it: its key, its need, its items (made now, or
# kept), and its text in the file it was kept in (None: made now)
KeptPart = tuple[str, Any, Sequence["Item | KeptItem"], str | None]


def part_text(part_key: str, need: Any, items: Sequence[Item | KeptItem]) -> str:
    """A part as the notes file lists it: its key, its need and what the export reads of
    each of its items (KeptItem's fields but the outcome), on one line."""
    records = [[item.id, item.fact_id, str(item.kind), item.section, item.category,
                item.asked if isinstance(item, KeptItem) else asked(item.prompt)]
               for item in items]
    # as json.dumps(..., ensure_ascii=False, separators=(",", ":")), one encoder for all
    return _row_json([part_key, need, records])


def asked(prompt: str) -> str:
    """A prompt as the wording check compares it: without "(year)"-style hints, trailing
    punctuation or case (equal wordings of one fact repeat)."""
    prompt = _PARENTHESES.sub("", prompt) if "(" in prompt else prompt
    return prompt.strip().rstrip("?.:").casefold()


_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def _outcome(outcome: Outcome | None, at: dict[int, int]) -> Any:
    if outcome is None or isinstance(outcome, str):
        return outcome
    if isinstance(outcome, Repeated):
        return {"answer": outcome.answer}
    return [at[id(outcome[0])], outcome[1]]


@dataclass
class KeptNotes:
    """A kept notes file as read: its key, its notes and report (JSON), its parts' line."""

    key: str
    notes: str
    parts: str


def read(deck: Deck, variant: str) -> KeptNotes | None:
    """The notes kept last for `deck` under `variant`, whatever their key (sealed)."""
    found = read_sealed_any(_file(deck, variant))
    if found is None:
        return None
    notes, _, parts = found[1].partition("\n")
    return KeptNotes(found[0], notes, parts)


def recall(deck: Deck, found: KeptNotes | None, key: str,
           ) -> tuple[genanki.Package, AnkiExport] | None:
    """The package (its decks holding the kept notes as rows) and report kept under `key`,
    or None."""
    if found is None or found.key != key:
        return None
    models = {model.model_id: model for model in build_models(note_base(deck)).values()}
    try:
        kept = json.loads(found.notes)
        decks = []
        for deck_id, name, description, model_ids, rows in _decks(kept):
            target = ExportDeck(deck_id, name, description=description)
            for model_id in model_ids:
                target.add_model(models[model_id])
            if not all(_sound(row, models) for row in rows):
                return None
            target.rows = rows
            decks.append(target)
        report = AnkiExport(notes=int(kept["notes"]), cards=int(kept["cards"]),
                            subdecks=int(kept["subdecks"]),
                            notes_by_type=Counter(dict(kept["by_type"])),
                            skipped=[(str(item), str(why)) for item, why in kept["skipped"]])
    except (ValueError, TypeError, KeyError):
        return None
    return genanki.Package(decks), report


_ITEM_KINDS = {str(kind): kind for kind in ItemKind}


class KeptParts:
    """The parts of the items an earlier export was made of, by key (each part's need, its
    items' records as kept and its text in the file), and its notes' rows by the digest of
    the item each was made from. A part's items (KeptItems, with what became of each) are
    made when asked for (`items`).

    Why lazily: after a reworded fact the export asks for the items of the parts made again
    alone (edu.anki.export._patched); making 5,000 KeptItems it never reads was ~0.015 s."""

    def __init__(self, parts: dict[str, tuple[Any, list[Any], str]],
                 by_digest: dict[str, NoteRow], rows: KeptRows | None = None,
                 keys: list[str] | None = None, notes: dict[str, Any] | None = None,
                 sound: bool = False, outcomes: list[Any] | None = None,
                 decks: list[list[NoteRow | None]] | None = None,
                 field_count: dict[int, int] | None = None,
                 offsets: dict[str, int] | None = None) -> None:
        self.parts = parts
        self.by_digest = by_digest
        self.rows = rows  # every row of the file, as decoded (see keep)
        self.keys = keys  # the parts' keys in the file's order
        self.notes = notes  # the notes' line, decoded (recall reads the same)
        self.sound = sound  # every row of the file as note_rows makes them (`_sound`)
        self._outcomes = outcomes or []
        self._decks = decks or []
        self._field_count = field_count or {}
        self._offsets = offsets or {}
        self._made: dict[str, list[KeptItem]] = {}

    def items(self, key: str) -> list[KeptItem]:
        """The kept items of the part under `key`, each with its note's row, why it was
        skipped, or the Answer of a note left out as repeating another; ValueError when a
        record or its outcome is not one (the file is then not used)."""
        made = self._made.get(key)
        if made is not None:
            return made
        try:
            made = self._made[key] = self._items(key)
        except (TypeError, KeyError, IndexError) as exc:
            raise ValueError(f"a kept part's items: {exc}") from exc
        return made

    def places(self, key: str) -> list[int | None]:
        """Where each of the part's items' note stands among the file's rows (every deck's
        in turn), None for an item without one; ValueError when the file says otherwise."""
        starts, at = [], 0
        try:
            for _deck_id, _name, _description, _models, count in (self.notes or {})["decks"]:
                starts.append(at)
                at += count
            offset = self._offsets[key]
            found: list[int | None] = []
            for outcome in self._outcomes[offset: offset + len(self.parts[key][1])]:
                if type(outcome) is list:
                    at_deck, at_row = outcome
                    found.append(starts[at_deck] + at_row)
                else:
                    found.append(None)
        except (TypeError, KeyError, IndexError) as exc:
            raise ValueError(f"a kept part's places: {exc}") from exc
        return found

    def _items(self, key: str) -> list[KeptItem]:
        decks, field_count = self._decks, self._field_count
        at = self._offsets[key]
        items = []
        for item_id, fact_id, kind, section, category, prompt in self.parts[key][1]:
            outcome = self._outcomes[at]
            at += 1
            row = skip = answer = None
            if type(outcome) is str:
                skip = outcome
            elif type(outcome) is dict:
                answer = outcome["answer"]
                if type(answer) is not str:
                    raise ValueError("an answer")
            elif outcome is not None:
                at_deck, at_row = outcome  # ValueError: not a pair
                if not (type(at_deck) is int and type(at_row) is int
                        and at_deck >= 0 and at_row >= 0):
                    raise ValueError("a note's place")
                row = decks[at_deck][at_row]
                if row is not None and row[3].count("\x1f") + 1 != field_count[row[1]]:
                    row = None  # a field holding 0x1f itself: made again
            if not (type(item_id) is str and type(fact_id) is str and type(section) is str
                    and type(category) is str and type(prompt) is str):
                raise ValueError("an item's record")
            items.append(KeptItem(item_id, fact_id, _ITEM_KINDS[kind], section, category,
                                  prompt, row, skip, answer))
        return items


def kept_parts(deck: Deck, found: KeptNotes | None, common: str, items_common: str,
               ) -> KeptParts | None:
    """The parts of the items the export `found` was made of, their notes' rows taken from
    its decks; None when not kept, damaged, or kept under another common key (the code, the
    seed, the deck's id: `common_key`; the items' options, code, document, glossary and the
    deck's own fields: `items_common`). A part's items are read when asked for
    (KeptParts.items: ValueError when damaged)."""
    if found is None or not found.parts:
        return None
    models = {model.model_id: model for model in build_models(note_base(deck)).values()}
    try:
        listed = json.loads(found.parts)
        texts = found.parts.split("\n")[1:-1]
        if (type(listed) is not dict or listed["common"] != items_common
                or len(texts) != len(listed["parts"])):
            return None
        kept = json.loads(found.notes)
        if kept["common"] != common:
            return None
        decks = [[row if _sound(row, models) else None for row in rows]
                 for _id, _name, _description, _models, rows in _decks(kept)]
        by_digest = {row[6]: row for rows in decks for row in rows
                     if row is not None and len(row) == 7}
        field_count = {model_id: len(model.fields) for model_id, model in models.items()}
        outcomes = listed["outcomes"]
        parts: dict[str, tuple[Any, list[Any], str]] = {}
        offsets: dict[str, int] = {}
        keys: list[str] = []
        at = 0
        for (part_key, need, records), text in zip(listed["parts"], texts, strict=True):
            if type(records) is not list:
                return None
            key = str(part_key)
            if key not in parts:
                parts[key] = (need, records, text.removesuffix(","))
                offsets[key] = at
            keys.append(key)
            at += len(records)
        if type(outcomes) is not list or len(outcomes) != at:
            return None
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    sound = all(row is not None for rows in decks for row in rows)
    return KeptParts(parts, by_digest, KeptRows(kept["rows"], found.notes), keys, kept, sound,
                     outcomes, decks, field_count, offsets)


def recalled_report(kept: dict[str, Any]) -> AnkiExport:
    """The report kept in a notes' line (decoded); ValueError, TypeError or KeyError when
    it is not one."""
    return AnkiExport(notes=int(kept["notes"]), cards=int(kept["cards"]),
                      subdecks=int(kept["subdecks"]),
                      notes_by_type=Counter(dict(kept["by_type"])),
                      skipped=[(str(item), str(why)) for item, why in kept["skipped"]])


def recalled_decks(deck: Deck, kept: dict[str, Any], rows: list[NoteRow],
                   ) -> list[ExportDeck]:
    """The Anki decks of a notes' line (decoded), holding `rows` (every deck's in turn, as
    the line counts them) to be written as they are; ValueError when they do not fit."""
    models = {model.model_id: model for model in build_models(note_base(deck)).values()}
    decks = []
    for deck_id, name, description, model_ids, deck_rows in _decks({**kept, "rows": rows}):
        target = ExportDeck(deck_id, name, description=description)
        for model_id in model_ids:
            target.add_model(models[model_id])
        target.rows = deck_rows
        decks.append(target)
    return decks


def keep_text(deck: Deck, variant: str, key: str, text: str) -> None:
    """Keep a notes file's text as `keep` would have written it (made by the caller)."""
    keep_sealed(_file(deck, variant), key, text)


class EarlierNotes:
    """The notes an earlier export of the deck made, by the digest of the item each was made
    from (its row in the items cache: every field it holds), and the digests of this
    export's items. A note depends on its item, its fact's tags (made afresh), the seed, the
    deck's id and the code (`common_key`): an item of the same digest under the same common
    key makes the same note."""

    def __init__(self, rows: dict[str, NoteRow], item_rows: dict[int, str],
                 kept: KeptRows | None = None) -> None:
        self.rows = rows
        self._item_rows = item_rows
        self.kept = kept  # the file's rows, for notecache.keep

    def digest(self, item: Item) -> str | None:
        text = self._item_rows.get(id(item))
        if text is None:
            return None
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"),
                               digest_size=16).hexdigest()


def earlier_notes(deck: Deck, found: KeptNotes | None, common: str, items: list[Item],
                  item_rows: list[str]) -> EarlierNotes:
    """The notes kept last for `deck` (`read`: whatever their items were) whose common key
    is `common`, for `items` (whose rows in the items cache are `item_rows`)."""
    by_item = {id(item): row for item, row in zip(items, item_rows, strict=True)}
    rows: dict[str, NoteRow] = {}
    kept_rows = None
    if found is not None:
        models = {model.model_id: model for model in build_models(note_base(deck)).values()}
        try:
            kept = json.loads(found.notes)
            if kept["common"] == common:
                for row in kept["rows"]:
                    if _sound(row, models) and len(row) == 7:
                        rows[row[6]] = row
                kept_rows = KeptRows(kept["rows"], found.notes)
        except (ValueError, TypeError, KeyError):
            rows, kept_rows = {}, None
    return EarlierNotes(rows, by_item, kept_rows)


def _sound(row: Any, models: dict[int, genanki.Model]) -> bool:
    """A row as note_rows makes it, of one of this deck's note types."""
    if type(row) is not list or len(row) not in (6, 7):
        return False
    if len(row) == 7 and type(row[6]) is not str:
        return False
    guid, model_id, tags, fields, sort_field, cards = row[:6]
    return (type(guid) is str and model_id in models and type(tags) is str
            and type(fields) is str and type(sort_field) is str and type(cards) is list
            and (cards == _ONE_CARD and type(cards[0][0]) is int  # most notes: one card
                 and type(cards[0][1]) is bool
                 or all(type(card) is list and len(card) == 2 and type(card[0]) is int
                        and type(card[1]) is bool for card in cards)))


_ONE_CARD = [[0, False]]  # (1 == True and 0 == False: the types are checked besides)

