"""Write an edu deck's items as an Anki package (.apkg) that updates in place on re-import.

Identity never comes from field contents: the Anki deck, subdeck and note-type ids derive from
the edu deck's `note_base` (its id; for a deck drafted from a document, the file name part of
the id, which an edit of the first line does not move) and the section / note-type name, and
each note's GUID from `genanki.guid_for(note_base, item.id)`. Editing a prompt (or a
document's title) therefore updates the learner's note and keeps its review history.

Bytes are reproducible: the collection is built in an in-memory SQLite database with a fixed
`timestamp` and zipped with fixed entry dates. The timestamp defaults to SOURCE_DATE_EPOCH or
the deck file's modification time, so an edited deck carries newer modification times and
Anki's default "update notes if newer" import applies the edit.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import re
import sqlite3
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple, Protocol, TypeVar

from edu.anki import notecache
from edu.anki.fields import NoteContent, Skip, note_content, tags_for, text_field
from edu.anki.library import genanki
from edu.anki.models import build_models, stable_id
from edu.anki.notes import (
    CardMaker,
    ExportDeck,
    ExportNote,
    KeptItem,
    KeptNote,
    note_rows,
    tag_list,
)
from edu.anki.report import AnkiExport
from edu.deck.model import Deck, note_base, sections_under, topic_of
from edu.fileio import write_output
from edu.gcpause import no_cycle_collection
from edu.items.generate import ItemsRequest, requested_items_and_rows, requested_parts
from edu.items.itemcache import Part, row_texts
from edu.items.model import Item, ItemKind

# Of a fact's items, the one a learner gets by default: recalled from memory first (a
# question and a typed answer), then a blank to fill, a number, then recognised ones.
PREFERRED_KINDS = (ItemKind.SHORT_ANSWER, ItemKind.CLOZE, ItemKind.NUMERIC,
                   ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE, ItemKind.MATCHING,
                   ItemKind.ORDERING)

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_BASE91 = genanki.util.BASE91_TABLE  # the digits of Anki's GUIDs
_BASE91_PAIR = len(_BASE91) ** 2
_BASE91_PAIRS = [high + low for high in _BASE91 for low in _BASE91]  # two digits of 0..8280
_FALLBACK_TIMESTAMP = 1_640_995_200  # 2022-01-01, used when nothing better is known


_NESTING = re.compile(r"\s*:{2,}\s*")


def deck_name(deck: Deck) -> str:
    """The top Anki deck's name; `::` would nest it, so it is folded to one colon."""
    return _NESTING.sub(": ", deck.title.strip()) or deck.id


def subdeck_name(deck: Deck, section: str) -> str:
    """The section's subdeck, nested as its path ("A › B" -> "Deck::A::B"); a "::" of a
    title is folded to one colon, so only the path nests. "" for a section that is the deck
    itself (see `subdeck_parts`): its notes go in the deck."""
    parts = subdeck_parts(deck, section)
    return "::".join([deck_name(deck), *parts]) if parts else ""


def subdeck_parts(deck: Deck, section: str) -> list[str]:
    """The levels of a section's subdeck under the deck (`sections_under`: not the deck's own
    title again), "::" folded to one colon."""
    return [_NESTING.sub(": ", p) for p in sections_under(deck.title, section)]


def anki_deck_id(deck: Deck) -> int:
    return stable_id(note_base(deck), "deck")


def subdeck_id(deck: Deck, section: str) -> int:
    return stable_id(note_base(deck), "section", section.strip())


def default_timestamp(deck: Deck) -> int:
    """SOURCE_DATE_EPOCH if set, else the deck file's mtime: stable for an unchanged file."""
    env = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if env.isdigit():
        return int(env)
    if deck.path:
        try:
            return int(Path(deck.path).stat().st_mtime)
        except OSError:
            pass
    return _FALLBACK_TIMESTAMP


def anki_base91(number: int) -> str:
    """A number in Anki's base 91 (no leading zero digit "a"; 0 is ""), as genanki's
    `guid_for` writes it, two digits at a time."""
    if number < _BASE91_PAIR ** 5:  # a GUID's 64 bits: five pairs, no loop, zeros stripped
        high, rest = divmod(number, _BASE91_PAIR ** 4)
        second, rest = divmod(rest, _BASE91_PAIR ** 3)
        third, rest = divmod(rest, _BASE91_PAIR ** 2)
        fourth, fifth = divmod(rest, _BASE91_PAIR)
        return (_BASE91_PAIRS[high] + _BASE91_PAIRS[second] + _BASE91_PAIRS[third]
                + _BASE91_PAIRS[fourth] + _BASE91_PAIRS[fifth]).lstrip(_BASE91[0])
    pairs = []
    while number >= _BASE91_PAIR:
        number, pair = divmod(number, _BASE91_PAIR)
        pairs.append(_BASE91_PAIRS[pair])
    if number:  # the leading one or two digits
        pairs.append(_BASE91_PAIRS[number] if number >= len(_BASE91) else _BASE91[number])
    return "".join(reversed(pairs))


def note_guid(deck_id: str, item_id: str) -> str:
    """`genanki.guid_for(deck_id, item_id)`, the same string, in a fifth of its time: the
    first 8 bytes of the SHA-256 of "deck__item" as a number, in Anki's base 91."""
    digest = hashlib.sha256(f"{deck_id}__{item_id}".encode()).digest()
    return anki_base91(int.from_bytes(digest[:8], "big"))


class Asked(Protocol):
    """What choosing and spreading a deck's items reads of each: an item, or a KeptItem."""

    @property
    def id(self) -> str: ...
    @property
    def fact_id(self) -> str: ...
    @property
    def kind(self) -> str: ...


AskedItem = TypeVar("AskedItem", bound=Asked)


def one_per_fact(items: list[AskedItem]) -> list[AskedItem]:
    """Each fact's preferred item (PREFERRED_KINDS), in the items' order.

    Why: Anki introduces new cards in the order they were added, and a fact's cards give
    each other away (a short answer, then the same question as a number). One card per fact
    makes a learner's first 20 new cards 20 different facts."""
    rank: dict[str, int] = {kind: n for n, kind in enumerate(PREFERRED_KINDS)}
    best: dict[str, AskedItem] = {}
    for item in items:
        kept = best.get(item.fact_id)
        if kept is None or rank.get(item.kind, len(rank)) < rank.get(kept.kind, len(rank)):
            best[item.fact_id] = item
    chosen = {id(item) for item in best.values()}
    return [item for item in items if id(item) in chosen]


def spread_facts(items: list[AskedItem]) -> list[AskedItem]:
    """Every fact's first item, then every fact's second, ...: with all kinds exported, a
    fact's siblings come as far apart as the deck allows (stable within each round)."""
    seen: dict[str, int] = {}
    ranks = []
    for item in items:
        rank = seen.get(item.fact_id, 0)
        seen[item.fact_id] = rank + 1
        ranks.append(rank)
    # sorted() is stable: by rank alone is by (rank, position)
    order = sorted(range(len(items)), key=ranks.__getitem__)
    return [items[i] for i in order]


class NoteNotKept(Exception):
    """A KeptItem whose note an earlier export never made (build_package cannot make it)."""


def build_package(deck: Deck, items: Sequence[Item | KeptItem], seed: int = 0,
                  earlier: notecache.EarlierNotes | None = None,
                  outcomes: dict[int, notecache.Outcome] | None = None,
                  ) -> tuple[genanki.Package, AnkiExport]:
    """One genanki Deck per section under a parent deck; items that cannot be notes skipped,
    and so is a card that repeats one of its fact's cards word for word. With `earlier`, an
    item whose note an earlier export made (the same item, seed, deck id and code) takes
    that note's row, its tags made afresh; so does a KeptItem (raising NoteNotKept when its
    note was never made). `outcomes` is filled with what became of each item (by id()):
    its note's deck and place, or why it was skipped."""
    base = note_base(deck)
    topic = topic_of(deck.title)  # every card's context line (edu.anki.models)
    models = build_models(base)
    model_of = {model.model_id: model for model in models.values()}
    field_names = {name: [f["name"] for f in model.fields] for name, model in models.items()}
    answer_at = {model.model_id: (field_names[name].index("Answer")
                                  if "Answer" in field_names[name] else None)
                 for name, model in models.items()}
    tag_texts: dict[int, str] = {}
    parent = ExportDeck(anki_deck_id(deck), deck_name(deck),
                        description=text_field(deck.description))
    subdecks: dict[str, genanki.Deck] = {}
    target_of: dict[str, genanki.Deck] = {}  # by an item's section as written
    cards = CardMaker()
    report = AnkiExport()
    seen: set[str] = set()
    wordings: dict[tuple[str, str, str], str] = {}
    tag_lists: dict[tuple[str, str, str, tuple[str, ...]], list[str]] = {}  # alike per deck
    fact_tags_of: dict[str, list[str]] = {}
    for fact in reversed(deck.facts):  # the first fact of an id wins, as in Deck.fact
        fact_tags_of[fact.id] = fact.tags
    if outcomes is None:
        outcomes = {}
    field_count = {model.model_id: len(model.fields) for model in models.values()}
    n_notes = n_cards_in_all = 0
    by_type: dict[str, int] = {}  # report.notes_by_type, counted here (in its order)
    for item in spread_facts(list(items)):
        if item.id in seen:  # one GUID per item id: a second note would clash with the first
            report.skipped.append((item.id, "duplicate item id"))
            continue
        seen.add(item.id)
        content: NoteContent | None = None
        if type(item) is KeptItem:
            if item.skip is not None:
                report.skipped.append((item.id, item.skip))
                outcomes[id(item)] = item.skip
                continue
            kept = item.row
            if kept is None:  # its note left out as repeating another card, or never made
                if item.answer is not None:
                    wording = (item.fact_id, item.asked, item.answer.casefold())
                    if wording in wordings:
                        report.skipped.append(
                            (item.id, f"repeats {wordings[wording]} word for word"))
                        outcomes[id(item)] = notecache.Repeated(item.answer)
                        continue
                raise NoteNotKept(item.id)
            digest = kept[6] if len(kept) > 6 else None
            asked = item.asked
        else:
            assert isinstance(item, Item)
            digest = earlier.digest(item) if earlier is not None else None
            kept = earlier.rows.get(digest) if digest is not None and earlier is not None else None
            asked = notecache.asked(item.prompt)
        if kept is not None:  # the note an earlier export made of this very item
            model = model_of[kept[1]]
            values = kept[3].split("\x1f")
            if len(values) != field_count[kept[1]]:  # a field holding 0x1f itself: made anew
                if type(item) is KeptItem:
                    raise NoteNotKept(item.id)
                kept = None
            else:
                at = answer_at[model.model_id]
                answer = values[at] if at is not None else ""
        if kept is None:
            assert isinstance(item, Item)
            item.topic = topic
            try:
                content = note_content(item, seed)
            except Skip as why:
                report.skipped.append((item.id, str(why)))
                outcomes[id(item)] = str(why)
                continue
            model = models[content.note_type]
            answer = content.fields.get("Answer", "")
        wording = (item.fact_id, asked, answer.casefold())
        if wording in wordings:
            report.skipped.append((item.id, f"repeats {wordings[wording]} word for word"))
            outcomes[id(item)] = notecache.Repeated(answer)
            continue
        wordings[wording] = item.id
        fact_tags = fact_tags_of.get(item.fact_id, [])
        tag_key = (item.kind, item.section, item.category, tuple(fact_tags))
        tags = tag_lists.get(tag_key)
        if tags is None:
            tags = tag_lists[tag_key] = tag_list(tags_for(item, fact_tags))
        note: ExportNote | KeptNote
        if kept is not None:
            text = tag_texts.get(id(tags))
            if text is None:
                text = tag_texts[id(tags)] = " " + " ".join(tags) + " "
            if text == kept[2] and len(kept) == (6 if digest is None else 7):
                row = kept  # as it was kept (notecache.keep copies its text)
            else:
                row = [kept[0], kept[1], text, kept[3], kept[4], kept[5]]
                if digest is not None:
                    row.append(digest)
            note = KeptNote(model, row)
            n_cards = len(kept[5])
        else:
            assert content is not None
            fields = content.fields
            values = [fields.get(name, "") for name in field_names[content.note_type]]
            note = ExportNote(model, values, tags, note_guid(base, item.id), cards)
            note.item_digest = digest
            n_cards = len(note.cards)
        target = target_of.get(item.section)
        if target is None:  # the section's deck, worked out once per section as written
            section = item.section.strip()
            if section and subdeck_parts(deck, section):
                if section not in subdecks:
                    subdecks[section] = ExportDeck(subdeck_id(deck, section),
                                                   subdeck_name(deck, section))
                target = subdecks[section]
            else:
                target = parent
            target_of[item.section] = target
        target.notes.append(note)  # genanki's Deck.add_note
        outcomes[id(item)] = (target, len(target.notes) - 1)
        n_notes += 1
        n_cards_in_all += n_cards
        by_type[model.name] = by_type.get(model.name, 0) + 1
    report.notes, report.cards = n_notes, n_cards_in_all
    report.notes_by_type.update(by_type)
    report.subdecks = len(subdecks)
    for model in models.values():
        parent.add_model(model)
    return genanki.Package([parent, *subdecks.values()]), report


def package_bytes(package: genanki.Package, timestamp: float) -> bytes:
    """The .apkg as bytes: same package and timestamp, same bytes (no clock, no temp file)."""
    conn = sqlite3.connect(":memory:")
    try:
        cursor = conn.cursor()
        package.write_to_db(cursor, timestamp, itertools.count(int(timestamp * 1000)))
        conn.commit()
        collection = conn.serialize()
    finally:
        conn.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("collection.anki2", collection), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, data)
    return buffer.getvalue()


def export_request(request: ItemsRequest, path: str | Path, *, every_kind: bool = False,
                   timestamp: float | None = None, inputs: Iterable[str | Path] = (),
                   check: Callable[[list[Item]], None] | None = None) -> AnkiExport:
    """Export the items `request` asks for (one per fact unless `every_kind`) as
    export_apkg does, from what the last export of the deck kept (edu.anki.notecache):
    - its notes, when the items are the same (a comment added, the same deck again);
    - else its notes of the parts of the items that did not change, when the parts are
      known, the others made (`_from_kept_parts`); on a first export (nothing kept), every
      part made there, one card per fact without the group sets it cannot choose;
    - else the items (from the items cache, or made), the notes of unchanged items taken.
    `check` sees the items when they are all read or made (an export of some kept parts
    has items).

    Why: reading the notes back costs a third of reading the items and making them; after
    a reworded fact, making its notes alone a third of reading every item back."""
    deck = request.deck
    stamp = default_timestamp(deck) if timestamp is None else timestamp
    keys = request.keys
    key = notecache.notes_key(keys.whole, request.seed, every_kind) if keys is not None else None
    variant = f"{request.options} {int(every_kind)}"
    with no_cycle_collection():  # notes, cards, fields: many objects, no cycles (~10 %)
        found = notecache.read(deck, variant) if key is not None else None
        kept = notecache.recall(deck, found, key) if key is not None else None
        common = notecache.common_key(deck, request.seed) if key is not None else ""
        parts: tuple[str, list[notecache.KeptPart], dict[int, notecache.Outcome]] | None = None
        rows: notecache.KeptRows | None = None
        text: str | None = None  # the notes file's text, when made with the package
        if kept is None and keys is not None:
            made = _from_kept_parts(request, found, common, every_kind)
            if isinstance(made, Patched):
                package, report, text = made
            elif made is not None:
                package, report, parts, rows = made
            else:
                package, report, parts, rows = _from_items(request, found, common,
                                                           every_kind, check)
        else:
            package, report = kept if kept is not None else _from_items(
                request, None, "", every_kind, check)[:2]
        data = package_bytes(package, stamp)
        if kept is None and key is not None and text is not None:
            notecache.keep_text(deck, variant, key, text)
        elif kept is None and key is not None:  # the rows as package_bytes wrote them
            notecache.keep(deck, variant, key, package, report, common, parts, rows)
    write_output(path, data, inputs=inputs)  # `-`: standard output
    return report


def _from_items(request: ItemsRequest, found: notecache.KeptNotes | None, common: str,
                every_kind: bool, check: Callable[[list[Item]], None] | None,
                ) -> tuple[genanki.Package, AnkiExport,
                           tuple[str, list[notecache.KeptPart],
                                 dict[int, notecache.Outcome]] | None,
                           notecache.KeptRows | None]:
    """The package of the request's items (read back or made), the notes of unchanged items
    taken from `found` (under `common`), the parts to keep when known, and the kept rows
    the notes were taken from."""
    made = requested_items_and_rows(request, parts=True)
    items = made.items
    if check is not None:
        check(items)
    earlier = None
    if made.rows is not None:  # notes of unchanged items (and digests for the next export)
        earlier = notecache.earlier_notes(request.deck, found, common, items, made.rows)
    if not every_kind:  # groups are made whole: a grouped fact may have another item
        items = one_per_fact(items)
    outcomes: dict[int, notecache.Outcome] = {}
    package, report = build_package(request.deck, items, request.seed, earlier, outcomes)
    parts = None
    if made.parts is not None and request.keys is not None:
        listed: list[notecache.KeptPart] = [(part.key, part.need, part.items, None)
                                            for part in made.parts]
        parts = (request.keys.common, listed, outcomes)
    return package, report, parts, earlier.kept if earlier is not None else None


class Patched(NamedTuple):
    """An export made by writing a few new notes over the kept ones (`_patched`): the
    package, its report, and the notes file's text to keep."""

    package: genanki.Package
    report: AnkiExport
    text: str


def _from_kept_parts(request: ItemsRequest, found: notecache.KeptNotes | None, common: str,
                     every_kind: bool,
                     ) -> tuple[genanki.Package, AnkiExport,
                                tuple[str, list[notecache.KeptPart],
                                      dict[int, notecache.Outcome]],
                                notecache.KeptRows | None] | Patched | None:
    """The package made from the parts of the items the last export kept (their notes as
    they were) and the parts that changed (made now), and the kept rows it took them from;
    or None when that cannot be: no parts kept under these keys (unless no notes were kept
    at all: then every part is made), no items, or a kept item chosen whose note was never
    made.

    A note depends on its item alone (and the seed, the deck's id and the code: `common`,
    and its fact's tags, made afresh); an item on its part's inputs (its key) and what its
    part read of the rest of the deck (its need, checked again: edu.items.make)."""
    keys = request.keys
    assert keys is not None
    held = notecache.kept_parts(request.deck, found, common, keys.common)
    if held is None or not held.parts:
        if found is not None or every_kind:
            return None
        # A first export (no notes kept): every part made, but no group set that one card
        # per fact cannot choose (_groups_chosen), and the items not kept in the items
        # cache: the notes cache keeps these parts for the next export. Why: 0.5 of a cold
        # 5,000-fact export's ~3.5 s CPU made matching sets only to leave them out.
        held = notecache.KeptParts({}, {})
    parts = requested_parts(request, {key: need for key, (need, _, _) in held.parts.items()},
                            None if every_kind else _groups_chosen(held))
    if parts is None:
        return None
    if found is not None and not every_kind:
        patched = _patched(request, found, held, parts)
        if patched is not None:
            return patched
    listed: list[notecache.KeptPart] = []
    items: list[Item | KeptItem] = []
    made: list[Item] = []
    for part in parts:
        if part.kept:
            _need, _records, text = held.parts[part.key]
            try:
                kept_items = held.items(part.key)
            except ValueError:  # a damaged part: made as before
                return None
            listed.append((part.key, part.need, kept_items, text))
            items.extend(kept_items)
        else:
            listed.append((part.key, part.need, part.items, None))
            items.extend(part.items)
            made.extend(part.items)
    if not items:  # the export reports why (`check`): made as before
        return None
    rows = row_texts(made)  # a part made again often makes the same items: their notes taken
    earlier = notecache.EarlierNotes(held.by_digest, {id(item): row for item, row in zip(
        made, rows, strict=True)}) if rows is not None else None
    if not every_kind:
        items = one_per_fact(items)
    outcomes: dict[int, notecache.Outcome] = {}
    try:
        package, report = build_package(request.deck, items, request.seed, earlier, outcomes)
    except NoteNotKept:
        return None
    return package, report, (keys.common, listed, outcomes), held.rows


# Beyond this many parts made again, the general path (every note built in one loop) is
# about as cheap as finding each changed note's place in the kept rows.
_PATCHED_PARTS = 16


def _patched(request: ItemsRequest, found: notecache.KeptNotes, held: notecache.KeptParts,
             parts: list[Part]) -> Patched | None:
    """One card per fact, when the parts made again take the places of the kept parts they
    replace: the kept notes with the made parts' notes written over their old ones, and the
    notes file's text with their rows and parts' lines replaced; None when that cannot be
    known to equal `build_package` of every item (then the general path runs).

    It is when every part is a fact's own (no group set made: `_groups_chosen`), the kept
    parts stand in the file's order, and each part made again held one item and holds one
    with the same id, fact and section whose note was made (not skipped) and makes one of
    the same note type and card count. Then one_per_fact chooses the same items, each note
    goes to the same deck and place (a fact has one card, so the wording check compares
    nothing), every kept part's note is its kept row (its tags come from its fact and item,
    both in its key), and the report, decks and outcomes are the kept ones.

    Why: after a reworded fact, building 5,000 notes from their kept items and encoding the
    notes file again cost ~0.05 s of a ~0.35 s export (genanki alone ~0.08 s)."""
    deck = request.deck
    keys = held.keys
    if (keys is None or held.notes is None or held.rows is None or not held.sound
            or len(parts) != len(deck.facts) or len(parts) != len(keys)
            or len(set(keys)) != len(keys)):
        return None
    changed = []
    for at, (part, key) in enumerate(zip(parts, keys, strict=True)):
        if not part.kept:
            changed.append(at)
        elif part.key != key:
            return None
    if not changed or len(changed) > _PATCHED_PARTS:
        return None
    made: list[Item] = []
    old: list[KeptItem] = []
    flat: list[int] = []  # where each old note stands among the kept rows
    for at in changed:
        try:
            kept_items = held.items(keys[at])
            places = held.places(keys[at])
        except ValueError:
            return None
        items = parts[at].items
        if len(kept_items) != 1 or len(items) != 1:
            return None
        before, item = kept_items[0], items[0]
        if (before.row is None or before.skip is not None or item.id != before.id
                or item.fact_id != before.fact_id or item.section != before.section):
            return None
        place = places[0]
        if place is None or not 0 <= place < len(held.rows.rows) or (
                held.rows.rows[place] is not before.row):
            return None
        made.append(item)
        old.append(before)
        flat.append(place)
    rows = row_texts(made)  # as _from_kept_parts: an item made again may find its note kept
    earlier = notecache.EarlierNotes(held.by_digest, {id(item): row for item, row in zip(
        made, rows, strict=True)}) if rows is not None else None
    outcomes: dict[int, notecache.Outcome] = {}
    try:
        _package, report = build_package(deck, made, request.seed, earlier, outcomes)
    except NoteNotKept:
        return None
    if report.skipped or report.notes != len(made):
        return None
    changes: list[tuple[notecache.NoteRow, notecache.NoteRow]] = []
    new_rows = list(held.rows.rows)
    for item, before, place in zip(made, old, flat, strict=True):
        outcome = outcomes.get(id(item))
        if type(outcome) is not tuple:
            return None
        target, index = outcome
        row = note_rows([target.notes[index]])[0]
        kept_row = before.row
        assert kept_row is not None
        if row[1] != kept_row[1] or len(row[5]) != len(kept_row[5]):
            return None
        changes.append((kept_row, row))
        new_rows[place] = row
    notes_line = held.rows.replaced(changes)
    lines = found.parts.split("\n")
    if notes_line is None or len(lines) != len(parts) + 2:
        return None
    for at in changed:
        part = parts[at]
        lines[1 + at] = notecache.part_text(part.key, part.need, part.items) + (
            "," if at < len(parts) - 1 else "")
    try:
        decks = notecache.recalled_decks(deck, held.notes, new_rows)
        kept_report = notecache.recalled_report(held.notes)
    except (ValueError, TypeError, KeyError):
        return None
    return Patched(genanki.Package(decks), kept_report, notes_line + "\n" + "\n".join(lines))


_GROUP_KINDS = frozenset({ItemKind.MATCHING, ItemKind.ORDERING})
# one_per_fact never chooses a group kind's item for a fact that has an item of its own
_GROUPS_RANK_LAST = max(PREFERRED_KINDS.index(kind) for kind in ItemKind
                        if kind not in _GROUP_KINDS) < min(
    PREFERRED_KINDS.index(kind) for kind in _GROUP_KINDS)


def _groups_chosen(held: notecache.KeptParts) -> Callable[[list[Part]], bool]:
    """Whether one card per fact may choose an item of a group kind, given every fact's
    part (made now, or kept in `held`): not when each fact has an item of its own, as a
    group kind's item belongs to one of its members (its first) and ranks after every
    per-fact kind (one_per_fact). Then the group kinds' parts are neither made nor kept:
    an export that needs them again makes them.

    Why: after a reworded name, its category's matching sets were made again only to be
    left out (~0.03 s of 5,000 facts); and every export keyed every set's members."""

    def chosen(fact_parts: list[Part]) -> bool:
        if not _GROUPS_RANK_LAST:
            return True
        for part in fact_parts:
            if not (held.parts[part.key][1] if part.kept else part.items):
                return True
        return False

    return chosen


def export_apkg(deck: Deck, items: list[Item], path: str | Path, *,
                timestamp: float | None = None, seed: int = 0,
                inputs: Iterable[str | Path] = ()) -> AnkiExport:
    """Build and atomically write the package (`-`: standard output; never over one of
    `inputs`); returns the counts."""
    stamp = default_timestamp(deck) if timestamp is None else timestamp
    with no_cycle_collection():  # notes, cards, fields: many objects, no cycles (~10 %)
        package, report = build_package(deck, items, seed)
        data = package_bytes(package, stamp)
    write_output(path, data, inputs=inputs)  # `-`: standard output
    return report
