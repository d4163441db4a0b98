"""Facts -> items of the seven kinds, deterministically, with what was dropped and why.

Each item draws from its own `random.Random(f"{seed}:{item_id}")`, so adding or editing one
fact never changes the items of another. Callers go through edu.items.generate, which keeps
what is made here (edu.items.itemcache) and loads this module only when it must make items.

Items are made in parts whose inputs are explicit, so that after an edit the parts whose
inputs did not change are taken from the items kept last time (itemcache.Part):
- a fact's own items and drops read the fact, the document and, for multiple choice and
  true/false only, the rest of the deck: a number's distractors nothing of it, a date's the
  deck's date of reference, a name's the distractor pools and the deck's share of names that
  have one (so every fact: `_need`);
- a category's matching items read the category's members (grouping.matching_members);
- the ordering sets read the facts that can give an event (grouping.takes_part_in_ordering)
  and the counts of every fact's tags.

Each kind's module is imported when an item of that kind is first made (`_maker`): after an
edit, a reworded fact's part is made alone, and its preferred kind needs a third of what
every kind imports (the distractors and rapidfuzz, phrasing: ~0.02 s).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from typing import Any

from edu.deck.model import Deck, Fact, FactKind, FactStatus
from edu.errors import EduError
from edu.items.common import (
    Context,
    Drop,
    Surroundings,
    by_what_as_a_change,
    counts_a_superlative,
    not_a_count,
    only_qualifies,
    several_readings,
    spent_on_nothing,
)
from edu.items.grouping import matching_members, tag_counts, takes_part_in_ordering
from edu.items.itemcache import CacheKeys, Part
from edu.items.model import Item, ItemKind
from edu.items.range_ends import unstated_other_end
from edu.items.referring import as_read, pointed_at_nothing
from edu.items.standalone import standalone
from edu.items.subjects import said_by_name
from edu.items.wholes import whole_answer
from edu.text.reading import read_document

BLANK = "_____"  # a cloze's blank (edu.items.cloze.BLANK; not imported: see _maker)
Dropped = tuple[str, str, str]  # (fact id or group id, kind, reason)
# Kinds whose making reads other facts than the item's own (distractors, true/false's share).
READS_DECK = frozenset({ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE})

# Kinds that show the draft's question itself.
ASKS_THE_QUESTION = frozenset({ItemKind.SHORT_ANSWER, ItemKind.MULTIPLE_CHOICE})

PER_FACT = frozenset({ItemKind.SHORT_ANSWER, ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE,
                      ItemKind.CLOZE, ItemKind.NUMERIC})


def _maker(kind: ItemKind) -> Callable[[Fact, Context], Item]:
    """The maker of a per-fact kind, its module imported on first use (see above)."""
    if kind == ItemKind.SHORT_ANSWER:
        from edu.items import short_answer
        return short_answer.make
    if kind == ItemKind.MULTIPLE_CHOICE:
        from edu.items import multiple_choice
        return multiple_choice.make
    if kind == ItemKind.TRUE_FALSE:
        from edu.items import true_false
        return true_false.make
    if kind == ItemKind.CLOZE:
        from edu.items import cloze
        return cloze.make
    if kind == ItemKind.NUMERIC:
        from edu.items import numeric
        return numeric.make
    raise ValueError(f"{kind} is not made fact by fact")


def _numeric_applies(fact: Fact) -> bool:
    from edu.items import numeric  # lazy: see _maker

    return numeric.applies(fact)


def _said_as_written(fact: Fact, ctx: Context) -> bool:
    from edu.items.cloze import sentence_as_written  # lazy: see _maker

    return sentence_as_written(fact, ctx) is not None


def _who_of_no_person(fact: Fact) -> str | None:
    from edu.items.qualifiers import asks_who_of_no_person  # lazy: see _maker

    return asks_who_of_no_person(fact.prompt, fact.answer)


def _cut_name(fact: Fact, ctx: Context) -> str | None:
    """Why a name fact asks nothing: its sentence writes the answer only inside a longer name
    ("Hadron Collider" of "the Large Hadron Collider"), so a blank or a swap cuts a name."""
    if fact.kind != FactKind.NAME or ctx.reading is None or not fact.answer.strip():
        return None
    from edu.items.labels import cut_in_text  # lazy: see _maker

    text, span = ctx.reading.text, fact.source
    spots = [m.start() for m in re.finditer(r"(?<![\w'’-])" + re.escape(fact.answer.strip())
                                            + r"(?![\w'’-])", text[span.start:span.end])]
    if not spots or not all(cut_in_text(text, span.start + at,
                                        span.start + at + len(fact.answer.strip()))
                            for at in spots):
        return None
    return f"'{fact.answer}' is written inside a longer name in its sentence"


def build_context(deck: Deck, seed: int = 0) -> Context:
    """The deck's items share one reading of its source (from the disk cache when unchanged)."""
    ctx = Context(deck=deck, seed=seed)
    try:
        ctx.reading = read_document(deck.source_path)
    except EduError as exc:
        ctx.source_problem = str(exc)
        return ctx
    ctx.reference = document_date(ctx.reading.glossary.meta.get("date"))
    return ctx


def document_date(value: object) -> tuple[int, int | None] | None:
    """(year, month) from a glossary `date` ('2022-01', 2022, a YAML date), None if absent."""
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2}))?", str(value)) if value is not None else None
    if not m:
        return None
    month = int(m.group(2)) if m.group(2) and 1 <= int(m.group(2)) <= 12 else None
    return int(m.group(1)), month


def make_items(deck: Deck, wanted: list[ItemKind], seed: int, first_only: bool,
               parts: tuple[CacheKeys, dict[str, Part], list[Part]] | None = None,
               ) -> tuple[list[Item], list[Dropped]]:
    """Each fact's items of the wanted kinds (with `first_only`, the first that can be made),
    then the group kinds. With `parts` (the deck's keys, the parts kept last time by key, and
    a list to fill): a part whose key and need still hold is taken as it was kept, and every
    part is listed in order for the cache."""
    keys, kept, made = parts if parts is not None else (None, {}, [])
    items: list[Item] = []
    dropped: list[Dropped] = []
    held = {key: part.need for key, part in kept.items()}
    for part in made_parts(deck, wanted, seed, first_only, keys, held):
        if part.kept:
            part = kept[part.key]
        items.extend(part.items)
        dropped.extend(part.dropped)
        made.append(part)
    return items, dropped


def standing_order(deck: Deck, items: list[Item]) -> list[str] | None:
    """The ids of a drafted document's items, each kind's in the order of their own quality
    (edu.items.standing), the first a learner meets standing alone; None when the deck's
    document is not ordinary English (or cannot be read): its items keep the deck's order."""
    try:
        reading = read_document(deck.source_path)
    except EduError:
        return None
    if not reading.raw or len(items) < 2:
        return None
    from edu.extract.subject_kinds import leans_unnamed  # lazy: spaCy, on this path only
    from edu.items.standing import by_standing, shown_text

    def unnamed(item: Item) -> str:
        return leans_unnamed(shown_text(item), reading.text)

    return [item.id for item in by_standing(items, unnamed)]


def made_parts(deck: Deck, wanted: list[ItemKind], seed: int, first_only: bool,
               keys: CacheKeys | None, held: dict[str, Any],
               groups: Callable[[], bool] | None = None) -> Iterator[Part]:
    """The parts of the deck's items in order (make_items). A part whose key is in `held`
    (key -> the need it was made with) and whose need still holds comes as an empty
    Part(key, need, kept=True), its items being the caller's; every other part is made.
    `groups`, asked once every fact's part has come: whether the group kinds' parts are
    wanted at all (no: none comes).

    Why: a caller that keeps what it makes of the items (the Anki export's notes) asks
    which parts change without having the kept items read back; and the document is read
    (build_context) only when a part is made or a need asks for the document's date."""
    context: list[Context] = []

    def ctx() -> Context:
        if not context:
            context.append(build_context(deck, seed))
        return context[0]

    if len({f.id for f in deck.facts}) != len(deck.facts):
        held = {}  # per-fact memos (evidence, name candidates) go by id: no part is reused
    else:
        held = dict(held)
    needs = _Needs(deck, ctx, keys.facts if keys is not None else "")
    fact_keys = keys.fact_keys() if keys is not None else [""] * len(deck.facts)
    for fact, key in zip(deck.facts, fact_keys, strict=True):
        if key in held and needs.hold(need := held.pop(key)):
            yield Part(key, need, [], [], kept=True)
        else:
            yield _fact_part(fact, ctx(), wanted, first_only, needs, key)
    if groups is not None and not groups():
        return
    for kind in wanted:
        for label, facts, extra in _group_parts(kind, deck):
            key = keys.group_key(kind, label, facts, extra) if keys is not None else ""
            if key in held and held.pop(key) is None:
                yield Part(key, None, [], [], kept=True)
            else:
                yield _group_part(kind, ctx(), label, facts, key)


def _fact_part(fact: Fact, ctx: Context, wanted: list[ItemKind], first_only: bool,
               needs: _Needs, key: str) -> Part:
    part = Part(key, None, [], [])
    if fact.status == FactStatus.DRAFT:
        part.dropped.extend((fact.id, k, "draft fact (not reviewed)")
                            for k in wanted if k in PER_FACT)
        return part
    no_count = not_a_count(fact) or several_readings(fact)
    if no_count:
        part.dropped.extend((fact.id, k, no_count) for k in wanted if k in PER_FACT)
        return part
    fact, pointing = as_read(fact, ctx)
    if ctx.reading is not None and ctx.reading.raw:  # a blank never inside a name or date
        fact = _short_gapped(whole_answer(fact, ctx.evidence(fact)))
        adjective = only_qualifies(fact, ctx.evidence(fact)) or _cut_name(fact, ctx)
        if adjective:
            part.dropped.extend((fact.id, k, adjective) for k in wanted if k in PER_FACT)
            return part
    no_person = _who_of_no_person(fact) if fact.kind == FactKind.NAME else None
    superlative = counts_a_superlative(fact)
    misread = by_what_as_a_change(fact) or spent_on_nothing(fact, ctx.evidence(fact))
    for kind in wanted:
        if kind not in PER_FACT or (kind == ItemKind.NUMERIC and not _numeric_applies(fact)):
            continue
        if superlative and kind != ItemKind.CLOZE:
            part.dropped.append((fact.id, kind, superlative))
            continue
        if misread and (kind != ItemKind.CLOZE or not _said_as_written(fact, ctx)):
            part.dropped.append((fact.id, kind, misread))
            continue
        if no_person and kind in ASKS_THE_QUESTION:  # a cloze or a statement says no "who"
            part.dropped.append((fact.id, kind, no_person))
            continue
        if pointing and kind != ItemKind.CLOZE:  # a cloze may show the sentence with its
            # referents put in (cloze.make)
            part.dropped.append((fact.id, kind, pointed_at_nothing(pointing)))
            continue
        if kind in READS_DECK:
            part.need = needs.widest(part.need, needs.of(fact))
        try:
            item = said_by_name(named_in_full(standalone(_maker(kind)(fact, ctx)), ctx), ctx)
            _check_whole(item, fact, ctx)
        except Drop as why:
            part.dropped.append((fact.id, kind, str(why)))
            continue
        part.items.append(item)
        if first_only:
            break  # the fact's preferred item is made
    return part


def _short_gapped(fact: Fact) -> Fact:
    """The fact with a gapped question of over CLOZE_WORDS words cut to the clause that holds
    its gap, as a raw cloze is (cloze.short_cloze): the short answer, multiple choice,
    numeric item and statement made of it show that clause. The blind verdicts on raw items
    (labels of sets 14-20): of short answers and multiple choices over 20 words few were
    good ("long sentence copied with a blank as MC stem"). Kept whole when no clause as
    short holds the gap without a pronoun whose referent it cut off."""
    if fact.prompt.count(BLANK) != 1:
        return fact
    from edu.items.cloze import short_cloze  # lazy: see _maker
    from edu.items.short import CLOZE_WORDS, word_count

    if word_count(fact.prompt.replace(BLANK, fact.answer)) <= CLOZE_WORDS:
        return fact
    cut = short_cloze(fact.prompt, fact.answer)
    if cut is None or cut == fact.prompt:
        return fact
    return dataclasses.replace(fact, prompt=cut)


def _check_whole(item: Item, fact: Fact, ctx: Context) -> None:
    """Drop an item of ordinary English that asks one end of a range without the other
    (edu.items.range_ends), whose shown text is not well-formed (edu.items.wellformed: a
    statement or cloze sentence that is no sentence, a broken question) or hangs a time
    phrase on another verb than its sentence does (edu.items.premise)."""
    if ctx.reading is None or not ctx.reading.raw:
        return
    shown = item.true_statement or item.prompt
    if item.kind == ItemKind.CLOZE:
        shown = shown.replace(BLANK, item.answer, 1)
    other = unstated_other_end(fact, ctx.evidence(fact), shown)
    if other is not None:
        raise Drop(f"the answer is one end of a range whose other end ('{other}') the item "
                   "does not state")
    from edu.items.complete import lost_complement  # lazy: spaCy's parser

    lost = lost_complement(shown.replace(BLANK, item.answer, 1), ctx.evidence(fact))
    if lost:
        raise Drop(f"{lost}: the item says less than a whole claim")
    either = ctx.names.ambiguous(shown)
    if either:
        raise Drop(f"{either}: read alone, the item could mean either")
    from edu.items.premise import false_premise  # lazy: spaCy's parser
    from edu.items.wellformed import ill_formed

    filled = shown.replace(BLANK, item.answer, 1)
    why = ill_formed(filled, statement=item.kind in (ItemKind.TRUE_FALSE, ItemKind.CLOZE))
    if why:
        raise Drop(f"its text is not well-formed: {why}")
    moved = false_premise(filled, ctx.evidence(fact))
    if moved:
        raise Drop(f"a false premise: {moved}")


def named_in_full(item: Item, ctx: Context) -> Item:
    """The item with each short name it shows written as the document first wrote it
    ("Clark" -> "Clark Air Base", edu.items.fullnames); the answer and options as made."""
    if ctx.reading is None or not ctx.reading.raw:
        return item
    book = ctx.names
    if not book.full:
        return item
    keep = item.answer

    def full(text: str | None) -> str | None:
        return None if text is None else book.in_full(text, keep)

    return dataclasses.replace(
        item, prompt=book.in_full(item.prompt, keep), statement=full(item.statement),
        true_statement=full(item.true_statement),
        pairs=None if item.pairs is None else [[a, book.in_full(b, a)] for a, b in item.pairs],
        sequence=None if item.sequence is None else [book.in_full(e) for e in item.sequence])


def _group_parts(kind: ItemKind, deck: Deck) -> list[tuple[str, list[Fact], Any]]:
    """(label, facts, extra) of each part of a group kind: what its items are made from."""
    if kind == ItemKind.MATCHING:
        by_category = matching_members(deck.facts)
        return [(category, by_category[category], None) for category in sorted(by_category)]
    if kind == ItemKind.ORDERING:
        counts = tag_counts(deck.facts)
        return [("", [f for f in deck.facts if takes_part_in_ordering(f)],
                 list(counts.items()))]
    return []


def _group_part(kind: ItemKind, ctx: Context, label: str, facts: list[Fact], key: str) -> Part:
    if kind == ItemKind.MATCHING:
        from edu.items import matching  # lazy: see _maker

        if ctx.reading is not None and ctx.reading.raw:  # whole names, as every kind's
            facts = [whole_answer(f, ctx.evidence(f)) for f in facts]

        made, lost = matching.make_category(ctx, label, facts)
        return Part(key, None, [named_in_full(standalone(item), ctx) for item in made], lost)
    if kind == ItemKind.ORDERING:
        from edu.items import ordering

        made, lost = ordering.make_all(ctx)
        return Part(key, None, [named_in_full(standalone(item), ctx) for item in made], lost)
    raise ValueError(f"{kind} is not made in groups")


class _Needs:
    """What a fact's multiple choice and true/false read of the rest of the deck, as JSON
    (None, ["reference", [year, month]], ["deck", digest of every fact]), and whether a
    kept part's need still holds."""

    def __init__(self, deck: Deck, ctx: Callable[[], Context], facts_digest: str) -> None:
        self.deck, self.ctx, self.facts_digest = deck, ctx, facts_digest
        self._reference: list[int | None] | None = None

    def reference(self) -> list[int | None]:
        if self._reference is None:
            from edu.items.distractors import reference_date  # lazy: see _maker

            year, month = reference_date(self.deck, Surroundings((), self.ctx().reference))
            self._reference = [year, month]
        return self._reference

    def of(self, fact: Fact) -> Any:
        if fact.kind == FactKind.NUMBER:
            return None  # number_distractors: the fact alone; a number's share is fixed
        if fact.kind == FactKind.DATE:
            return ["reference", self.reference()]  # date_distractors: the date of reference
        return ["deck", self.facts_digest]  # name pools, overlapping evidence, the share

    @staticmethod
    def widest(a: Any, b: Any) -> Any:
        """Every fact (the deck's digest) holds the date of reference too."""
        order = {None: 0, "reference": 1, "deck": 2}
        return a if order[a[0] if a else None] >= order[b[0] if b else None] else b

    def hold(self, need: Any) -> bool:
        if need is None:
            return True
        if need == ["deck", self.facts_digest]:
            return True
        return bool(need[0] == "reference" and need[1] == self.reference()) if isinstance(
            need, list) and len(need) == 2 else False
