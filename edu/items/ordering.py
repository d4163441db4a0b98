"""ordering: put 4-5 dated events in chronological order.

Events come from date facts (the question without its date) and from other facts whose
question dates them ('Which probe was launched to Mars in July 2020?'). Groups are made from
one section if it has 4 events, else from its chapter, else from the whole deck (there the
years must differ, not just the months); an event is asked twice only to complete a group for
leftovers. Two facts about one event (same date, overlapping evidence) give one event. Ids
come from the sorted fact ids of a group.
"""

from __future__ import annotations

import re
from collections import defaultdict

from edu.deck.model import Fact, FactKind, FactStatus
from edu.items.common import Context, answer_forms, base_item, leaks
from edu.items.grouping import chunk, group_id
from edu.items.model import Item, ItemKind
from edu.items.phrasing import event, fluent_statement
from edu.text.normal import key_of
from edu.text.quantities import parse_date

MIN_EVENTS, MAX_EVENTS = 4, 5
Dropped = tuple[str, str, str]
DateKey = tuple[int, int | None, int | None]


def _distinct(a: DateKey, b: DateKey) -> bool:
    """Whether two dates can be told apart at the precision both give."""
    if a[0] != b[0]:
        return True
    if a[1] is None or b[1] is None:
        return False
    if a[1] != b[1]:
        return True
    return a[2] is not None and b[2] is not None and a[2] != b[2]


def _apart(a: DateKey, b: DateKey, by_year: bool) -> bool:
    """Distinct dates; across sections (by_year) the years themselves must differ."""
    return a[0] != b[0] if by_year else _distinct(a, b)


def _sort_key(entry: tuple) -> tuple[int, int, int, str]:
    y, m, d = entry[2]
    return (y, m or 0, d or 0, entry[0].id)


def _passes(entries: list[tuple], by_year: bool = False) -> tuple[list[list], list]:
    """Greedy passes in date order: each pass keeps events whose dates are pairwise distinct
    (whose years differ, with `by_year`)."""
    groups: list[list] = []
    rest = sorted(entries, key=_sort_key)
    while len(rest) >= MIN_EVENTS:
        picked: list[tuple] = []
        left: list[tuple] = []
        for entry in rest:
            if all(_apart(entry[2], p[2], by_year) for p in picked):
                picked.append(entry)
            else:
                left.append(entry)
        found = chunk(picked, MIN_EVENTS, MAX_EVENTS)
        if not found:
            break
        used = {id(e) for g in found for e in g}
        groups += found
        rest = left + [e for e in picked if id(e) not in used]
        rest.sort(key=_sort_key)
    return groups, rest


def _same_event(a: tuple, b: tuple) -> bool:
    """Two facts about one event: dates that cannot be told apart, overlapping evidence."""
    sa, sb = a[0].source, b[0].source
    return not _distinct(a[2], b[2]) and sa.start < sb.end and sb.start < sa.end


def _label_levels(section: str) -> list[str]:
    """Pools to try, narrowest first: the section, its chapter ('II.1 ...' -> 'II'), all."""
    number = section.split(" ", 1)[0]
    chapter = number.split(".", 1)[0] if "." in number else ""
    return [section, f"chapter {chapter}" if chapter else "", "all sections"]


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_DATED = re.compile(r"(?<![\w\"“'])([Ii]n|[Oo]n) ((?:\d{1,2} )?(?:(?:" + _MONTHS
                    + r") )?\d{4})\b(,?)\s*")
_ANY_YEAR = re.compile(r"\b\d{4}\b")


def dated_event(fact: Fact) -> tuple[str, DateKey, str] | None:
    """(event, date, date text) for a fact that is not a date but whose question dates it
    ('Which probe was launched to Mars in July 2020?' -> 'Tianwen-1 was launched to Mars.',
    July 2020); None unless the question has exactly one year, in an 'in/on <date>' phrase."""
    if fact.kind == FactKind.DATE or len(_ANY_YEAR.findall(fact.prompt)) != 1:
        return None
    asked = _DATED.search(fact.prompt)
    sentence = fluent_statement(fact.prompt, fact.answer)
    if asked is None or sentence is None:
        return None
    said = _DATED.search(sentence)
    parsed = parse_date(asked.group(2))
    if said is None or said.group(2) != asked.group(2) or parsed is None or not parsed[0]:
        return None
    glue = ", " if said.group(3) and said.start() > 0 else " "
    text = (sentence[:said.start()].rstrip(" ,") + glue + sentence[said.end():]).strip()
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = text[:1].upper() + text[1:]
    return text, parsed, asked.group(2)  # type: ignore[return-value]


def make_all(ctx: Context) -> tuple[list[Item], list[Dropped]]:
    entries: list[tuple[Fact, str, DateKey, str]] = []
    borrowed: list[tuple[Fact, str, DateKey, str]] = []  # events dated by other facts' prompts
    dropped: list[Dropped] = []
    for fact in ctx.deck.facts:
        if fact.status == FactStatus.DRAFT:
            continue
        if fact.kind != FactKind.DATE:
            found = dated_event(fact)
            if found is not None and not leaks(found[0], [found[2]]):
                borrowed.append((fact, *found))
            continue
        parsed = parse_date(fact.answer)
        if parsed is None or parsed[0] is None:
            dropped.append((fact.id, ItemKind.ORDERING, f"cannot read a date in '{fact.answer}'"))
            continue
        text = event(fact.prompt)
        if text is None:
            dropped.append((fact.id, ItemKind.ORDERING, "cannot phrase the event without its date"))
            continue
        if leaks(text, answer_forms(fact)):
            dropped.append((fact.id, ItemKind.ORDERING, "the event text gives the date away"))
            continue
        entries.append((fact, text, parsed, fact.answer))  # type: ignore[arg-type]
    entries += borrowed
    # Events must read differently, or the learner cannot tell which is which.
    seen: set[str] = set()
    unique: list[tuple] = []
    for entry in entries:
        if key_of(entry[1]) in seen:
            dropped.append((entry[0].id, ItemKind.ORDERING, "same event text as another fact"))
        elif any(_same_event(entry, other) for other in unique):
            dropped.append((entry[0].id, ItemKind.ORDERING, "same event as another fact"))
        else:
            seen.add(key_of(entry[1]))
            unique.append(entry)
    groups: list[tuple[str, list]] = []
    pending = unique
    for level in range(3):
        pools: dict[str, list] = defaultdict(list)
        for entry in pending:
            label = _label_levels(entry[0].section)[level]
            pools[label or "all sections"].append(entry)
        pending = []
        for label in sorted(pools):
            formed, rest = _passes(pools[label], by_year=level == 2)
            groups += [(label, g) for g in formed]
            pending += rest
    groups += _top_up(pending, [e for _, g in groups for e in g])
    placed = {e[0].id for _, g in groups for e in g}
    dropped += [(e[0].id, ItemKind.ORDERING, "no group of 4 events with distinct dates")
                for e in pending if e[0].id not in placed]
    return [_item(ctx, label, group) for label, group in groups], dropped


def _top_up(pending: list, used: list) -> list[tuple[str, list]]:
    """Groups for events left over, completed with events already asked elsewhere."""
    out: list[tuple[str, list]] = []
    rest = sorted(pending, key=_sort_key)
    pool = sorted(used, key=_sort_key)
    while rest:
        group = [rest[0]]
        for entry in rest[1:] + pool:
            if len(group) == MIN_EVENTS:
                break
            if all(entry[0].id != g[0].id and _apart(entry[2], g[2], True) for g in group):
                group.append(entry)
        if len(group) < MIN_EVENTS:
            rest = rest[1:]
            continue
        out.append(("all sections", group))
        ids = {g[0].id for g in group}
        rest = [e for e in rest if e[0].id not in ids]
    return out


def _item(ctx: Context, label: str, group: list[tuple]) -> Item:
    group = sorted(group, key=_sort_key)
    ids = [entry[0].id for entry in group]
    item_id = group_id(ItemKind.ORDERING, label, ids)
    item = base_item(group[0][0], ItemKind.ORDERING, ctx)
    item.id = item_id
    item.fact_ids = ids
    item.sequence = [entry[1] for entry in group]
    item.years = [entry[3] for entry in group]
    shown = list(item.sequence)
    rng = ctx.rng(item_id)
    while len(shown) > 1 and shown == item.sequence:
        rng.shuffle(shown)
    item.options = shown
    sections = {entry[0].section for entry in group}
    item.section = sections.pop() if len(sections) == 1 else ""
    item.prompt = "Put these events in chronological order, earliest first."
    item.answer = " → ".join(item.sequence)
    item.aliases = []
    item.evidence = "\n".join(ctx.evidence(entry[0]) for entry in group).strip()
    return item
