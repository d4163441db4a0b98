"""genanki's notes and decks, written with what an export already knows once per deck.

genanki's `Note.write_to_db` re-derives per note what is the same for every note of an
export: it checks the field count against the note type, scans every field for HTML tags
that look unescaped (ours are escaped by edu.anki.fields, so it never finds one), validates
each tag of a fresh tag list, works the cards out through a `cached_property` that asks
asyncio whether the method is a coroutine, and reaches the SQL through three method calls
per note. For the 5,000 notes of a large deck that was a third of genanki's writing time.

`ExportNote` and `ExportDeck` keep genanki's own classes, tables, rows and their order
(note, then its cards, note by note, so SQLite lays the pages out alike and the .apkg bytes
are genanki's): the note types, deck and note-type JSON are still written by genanki's
`Deck.write_to_db`, the cards are still worked out by genanki's `_front_back_cards` and
`_cloze_cards`, tag lists are still genanki's validated `_TagList`, made once per distinct
list. tests/test_anki_notes.py writes the same notes both ways and compares the bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from edu.anki.library import _TagList, genanki
from edu.items.model import ItemKind

_NOTE_ROW = "INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?);"  # genanki's statements
_CARD_ROW = "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);"


class CardMaker:
    """A note's cards as genanki works them out; a front/back note's depend only on which
    of its fields are empty, so they are worked out once per note type and pattern."""

    def __init__(self) -> None:
        self._front_back: dict[tuple[int, tuple[bool, ...]], list[genanki.Card]] = {}

    def cards_of(self, note: ExportNote) -> list[genanki.Card]:
        model = note.model
        if model.model_type != model.FRONT_BACK:
            return note._cloze_cards()
        key = (model.model_id, tuple(map(bool, note.fields)))
        made = self._front_back.get(key)
        if made is None:
            made = self._front_back[key] = note._front_back_cards()
        return made


class ExportNote(genanki.Note):
    """A genanki note whose fields already fit its note type and are escaped, its tags a
    list made by `tag_list`, its cards genanki's (worked out by `cards`)."""

    item_digest: str | None = None  # of the item it was made from, kept with its row

    def __init__(self, model: genanki.Model, fields: list[str], tags: list[str], guid: str,
                 cards: CardMaker) -> None:
        if len(fields) != len(model.fields):  # genanki checks this when writing
            raise ValueError(f"{len(fields)} fields for note type {model.name!r}, which "
                             f"has {len(model.fields)}")
        self.model = model
        self.fields = fields
        self._sort_field = None
        self._tags = tags
        self.due = 0
        self._guid = guid
        self.__dict__["cards"] = cards.cards_of(self)  # where genanki's cached_property keeps
        # them (it asks asyncio, on every read, whether `cards` is a coroutine)


# What genanki writes of a note but its ids and times (edu.anki.notecache keeps them): GUID,
# note type id, tags (" a b "), fields joined by 0x1f, sort field, cards as [ord, suspended];
# then, when known, the digest of the item the note was made from
NoteRow = list[Any]


class KeptNote:
    """A note as an earlier export made it (edu.anki.notecache): its row, its tags made
    afresh, and its note type (which genanki's deck writing asks for)."""

    __slots__ = ("model", "row")

    def __init__(self, model: genanki.Model, row: NoteRow) -> None:
        self.model = model
        self.row = row


class KeptItem:
    """An item an earlier export knew, as far as its note depends on it (edu.anki.notecache):
    what the export reads of an item (its id, fact, kind, section, category and the prompt
    as the wording check compares it) and what became of it: its note's row, or why it was
    skipped, or, for a note left out as repeating another card, its Answer field (none of
    these: its note was never made)."""

    __slots__ = ("id", "fact_id", "kind", "section", "category", "asked", "row", "skip",
                 "answer")

    def __init__(self, item_id: str, fact_id: str, kind: ItemKind, section: str,
                 category: str, asked: str, row: NoteRow | None, skip: str | None,
                 answer: str | None = None) -> None:
        self.id = item_id
        self.fact_id = fact_id
        self.kind = kind
        self.section = section
        self.category = category
        self.asked = asked
        self.row = row
        self.skip = skip
        self.answer = answer


def note_row(note: ExportNote) -> NoteRow:
    return note_rows([note])[0]


def tag_list(tags: list[str]) -> list[str]:
    """genanki's tag list (each tag checked for spaces); one list may serve many notes."""
    return _TagList(tags)


class ExportDeck(genanki.Deck):
    """A genanki deck that writes its ExportNotes' rows itself, as genanki's notes would."""

    notes: list[Any]  # genanki.Deck's, set in its __init__
    rows: list[NoteRow] | None = None  # notes kept by edu.anki.notecache, written instead
    written: list[NoteRow] | None = None  # the rows of its ExportNotes, once written

    def write_to_db(self, cursor: Any, timestamp: float, id_gen: Iterator[int]) -> None:
        notes = self.notes
        self.notes = []
        for note in notes:  # genanki's loop adds the notes' note types before writing them
            self.add_model(note.model)
        try:  # the deck's and note types' JSON, by genanki
            super().write_to_db(cursor, timestamp, id_gen)
        finally:
            self.notes = notes
        if self.rows is not None:
            rows = self.rows
        elif all(type(note) is ExportNote or type(note) is KeptNote for note in notes):
            rows = self.written = note_rows(notes)
        else:  # genanki's own notes among them: each written as its class writes it
            for note in notes:
                if type(note) is ExportNote:
                    _write_rows(cursor, [note_row(note)], timestamp, self.deck_id, id_gen)
                else:
                    note.write_to_db(cursor, timestamp, self.deck_id, id_gen)
            return
        _write_rows(cursor, rows, timestamp, self.deck_id, id_gen)


def note_rows(notes: list[Any]) -> list[NoteRow]:
    """note_row of each ExportNote (with the tags and cards that notes share made into text
    once), the row of each KeptNote."""
    tags_of: dict[int, str] = {}
    cards_of: dict[int, list[list[Any]]] = {}
    rows: list[NoteRow] = []
    for note in notes:
        if type(note) is KeptNote:
            rows.append(note.row)
            continue
        tags = tags_of.get(id(note._tags))
        if tags is None:
            tags = tags_of[id(note._tags)] = " " + " ".join(note._tags) + " "
        cards = cards_of.get(id(note.cards))
        if cards is None:
            cards = cards_of[id(note.cards)] = [[card.ord, bool(card.suspend)]
                                                for card in note.cards]
        model = note.model
        fields = note.fields
        row = [note._guid, model.model_id, tags, "\x1f".join(fields),
               fields[model.sort_field_index], cards]
        if note.item_digest is not None:
            row.append(note.item_digest)
        rows.append(row)
    return rows


def _write_rows(cursor: Any, rows: list[NoteRow], timestamp: float, deck_id: int,
                id_gen: Iterator[int]) -> None:
    """genanki's note and card rows, in its order: a note, then its cards."""
    execute: Callable[..., Any] = cursor.execute
    mod = int(timestamp)
    for row in rows:
        execute(_NOTE_ROW, (next(id_gen), row[0], row[1], mod, -1, row[2], row[3], row[4],
                            0, 0, ""))
        note_id = cursor.lastrowid
        for ordinal, suspend in row[5]:
            execute(_CARD_ROW, (next(id_gen), note_id, deck_id, ordinal, mod, -1, 0,
                                -1 if suspend else 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ""))
