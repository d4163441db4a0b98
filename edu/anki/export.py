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
from collections.abc import Callable, Iterable
from pathlib import Path

import genanki

from edu.anki import notecache
from edu.anki.fields import NoteContent, Skip, note_content, tags_for, text_field
from edu.anki.models import build_models, stable_id
from edu.anki.notes import CardMaker, ExportDeck, ExportNote, KeptNote, tag_list
from edu.anki.report import AnkiExport
from edu.deck.model import Deck, note_base, sections_under
from edu.fileio import write_output
from edu.gcpause import no_cycle_collection
from edu.items.generate import ItemsRequest, requested_items_and_rows
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


def one_per_fact(items: list[Item]) -> list[Item]:
    """Each fact's preferred item (PREFERRED_KINDS), in the items' order.

    Why: Anki introduces new cards in the order they were added, and a fact's cards give
    each other away (a short answer, then the same question as a number). One card per fact
    makes a learner's first 20 new cards 20 different facts."""
    rank = {kind: n for n, kind in enumerate(PREFERRED_KINDS)}
    best: dict[str, Item] = {}
    for item in items:
        kept = best.get(item.fact_id)
        if kept is None or rank.get(item.kind, len(rank)) < rank.get(kept.kind, len(rank)):
            best[item.fact_id] = item
    chosen = {id(item) for item in best.values()}
    return [item for item in items if id(item) in chosen]


def spread_facts(items: list[Item]) -> list[Item]:
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


_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def _wording(item: Item, answer: str) -> tuple[str, str, str]:
    """What a card asks and expects (its Answer field), without "(year)"-style hints:
    equal wordings of one fact repeat."""
    prompt = _PARENTHESES.sub("", item.prompt) if "(" in item.prompt else item.prompt
    return item.fact_id, prompt.strip().rstrip("?.:").casefold(), answer.casefold()


def build_package(deck: Deck, items: list[Item], seed: int = 0,
                  earlier: notecache.EarlierNotes | None = None,
                  ) -> tuple[genanki.Package, AnkiExport]:
    """One genanki Deck per section under a parent deck; items that cannot be notes skipped,
    and so is a card that repeats one of its fact's cards word for word. With `earlier`, an
    item whose note an earlier export made (the same item, seed, deck id and code) takes
    that note's row, its tags made afresh."""
    base = note_base(deck)
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
    cards = CardMaker()
    report = AnkiExport()
    seen: set[str] = set()
    wordings: dict[tuple[str, str, str], str] = {}
    tag_lists: dict[tuple[str, str, str, tuple[str, ...]], list[str]] = {}  # alike per deck
    fact_tags_of: dict[str, list[str]] = {}
    for fact in reversed(deck.facts):  # the first fact of an id wins, as in Deck.fact
        fact_tags_of[fact.id] = fact.tags
    for item in spread_facts(items):
        if item.id in seen:  # one GUID per item id: a second note would clash with the first
            report.skipped.append((item.id, "duplicate item id"))
            continue
        seen.add(item.id)
        digest = earlier.digest(item) if earlier is not None else None
        kept = earlier.rows.get(digest) if digest is not None and earlier is not None else None
        if kept is not None:  # the note an earlier export made of this very item
            model = model_of[kept[1]]
            values = kept[3].split("\x1f")
            if len(values) != len(model.fields):  # a field holding 0x1f itself: made anew
                kept = None
            else:
                at = answer_at[model.model_id]
                wording = _wording(item, values[at] if at is not None else "")
        if kept is None:
            try:
                content: NoteContent = note_content(item, seed)
            except Skip as why:
                report.skipped.append((item.id, str(why)))
                continue
            model = models[content.note_type]
            wording = _wording(item, content.fields.get("Answer", ""))
        if wording in wordings:
            report.skipped.append((item.id, f"repeats {wordings[wording]} word for word"))
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
            note = KeptNote(model, [kept[0], kept[1], text, kept[3], kept[4], kept[5], digest])
            n_cards = len(kept[5])
        else:
            fields = content.fields
            values = [fields.get(name, "") for name in field_names[content.note_type]]
            note = ExportNote(model, values, tags, note_guid(base, item.id), cards)
            note.item_digest = digest
            n_cards = len(note.cards)
        section = item.section.strip()
        if section and subdeck_parts(deck, section):
            if section not in subdecks:
                subdecks[section] = ExportDeck(subdeck_id(deck, section),
                                               subdeck_name(deck, section))
            target = subdecks[section]
        else:
            target = parent
        target.add_note(note)
        report.notes += 1
        report.cards += n_cards
        report.notes_by_type[model.name] = report.notes_by_type[model.name] + 1
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
    export_apkg does, writing the notes kept from the last export of the same items when
    there are (edu.anki.notecache); `check` sees the items when they are made.

    Why: a deck whose facts are unchanged (a comment added, the same deck again) has the
    same notes, and reading them back costs a third of reading its items and making them."""
    deck = request.deck
    stamp = default_timestamp(deck) if timestamp is None else timestamp
    key = (notecache.notes_key(request.keys.whole, request.seed, every_kind)
           if request.keys is not None else None)
    variant = f"{request.options} {int(every_kind)}"
    with no_cycle_collection():  # notes, cards, fields: many objects, no cycles (~10 %)
        kept = notecache.recall(deck, variant, key) if key is not None else None
        common = ""
        if kept is None:
            items, _dropped, item_rows = requested_items_and_rows(request)
            if check is not None:
                check(items)
            earlier = None
            if key is not None and item_rows is not None:  # notes of unchanged items
                common = notecache.common_key(deck, request.seed)
                earlier = notecache.earlier_notes(deck, variant, common, items, item_rows)
            if not every_kind:  # groups are made whole: a grouped fact may have another item
                items = one_per_fact(items)
            package, report = build_package(deck, items, request.seed, earlier)
        else:
            package, report = kept
        data = package_bytes(package, stamp)
        if kept is None and key is not None:  # the rows as package_bytes wrote them
            notecache.keep(deck, variant, key, package, report, common)
    write_output(path, data, inputs=inputs)  # `-`: standard output
    return report


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
