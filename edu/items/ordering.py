"""ordering: put 4-5 dated events in chronological order (events of one section if possible)."""

from __future__ import annotations

from collections import defaultdict

from edu.deck import Fact
from edu.grading import key_of, parse_date
from edu.items.common import Context, answer_forms, base_item, leaks
from edu.items.grouping import chunk, group_id
from edu.items.model import Item
from edu.items.phrasing import event

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


def _sort_key(entry: tuple[Fact, str, DateKey]) -> tuple[int, int, int, str]:
    _fact, _text, (y, m, d) = entry
    return (y, m or 0, d or 0, entry[0].id)


def _passes(entries: list[tuple[Fact, str, DateKey]]) -> tuple[list[list], list]:
    """Greedy passes in date order: each pass keeps events whose dates are pairwise distinct."""
    groups: list[list] = []
    rest = sorted(entries, key=_sort_key)
    while len(rest) >= MIN_EVENTS:
        picked, left = [], []
        for entry in rest:
            if all(_distinct(entry[2], p[2]) for p in picked):
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


def _label_levels(section: str) -> list[str]:
    """Pools to try, narrowest first: the section, its chapter ('II.1 ...' -> 'II'), all."""
    number = section.split(" ", 1)[0]
    chapter = number.split(".", 1)[0] if "." in number else ""
    return [section, f"chapter {chapter}" if chapter else "", "all sections"]


def make_all(ctx: Context) -> tuple[list[Item], list[Dropped]]:
    entries: list[tuple[Fact, str, DateKey]] = []
    dropped: list[Dropped] = []
    for fact in ctx.deck.facts:
        if fact.kind != "date" or fact.status == "draft":
            continue
        parsed = parse_date(fact.answer)
        if parsed is None or parsed[0] is None:
            dropped.append((fact.id, "ordering", f"cannot read a date in '{fact.answer}'"))
            continue
        text = event(fact.prompt)
        if text is None:
            dropped.append((fact.id, "ordering", "cannot phrase the event without its date"))
            continue
        if leaks(text, answer_forms(fact)):
            dropped.append((fact.id, "ordering", "the event text gives the date away"))
            continue
        entries.append((fact, text, parsed))  # type: ignore[arg-type]
    # Events must read differently, or the learner cannot tell which is which.
    seen: set[str] = set()
    unique = []
    for entry in entries:
        if key_of(entry[1]) in seen:
            dropped.append((entry[0].id, "ordering", "same event text as another fact"))
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
            found, rest = _passes(pools[label])
            groups += [(label, g) for g in found]
            pending += rest
    groups += _top_up(pending, [e for _, g in groups for e in g])
    placed = {e[0].id for _, g in groups for e in g}
    dropped += [(e[0].id, "ordering", "no group of 4 events with distinct dates")
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
            if all(entry[0].id != g[0].id and _distinct(entry[2], g[2]) for g in group):
                group.append(entry)
        if len(group) < MIN_EVENTS:
            rest = rest[1:]
            continue
        out.append(("all sections", group))
        ids = {g[0].id for g in group}
        rest = [e for e in rest if e[0].id not in ids]
    return out


def _item(ctx: Context, label: str, group: list[tuple[Fact, str, DateKey]]) -> Item:
    group = sorted(group, key=_sort_key)
    ids = [fact.id for fact, _, _ in group]
    item_id = group_id("ordering", label, ids)
    item = base_item(group[0][0], "ordering", ctx)
    item.id = item_id
    item.fact_ids = ids
    item.sequence = [text for _, text, _ in group]
    item.years = [fact.answer for fact, _, _ in group]
    shown = list(item.sequence)
    rng = ctx.rng(item_id)
    while len(shown) > 1 and shown == item.sequence:
        rng.shuffle(shown)
    item.options = shown
    sections = {fact.section for fact, _, _ in group}
    item.section = sections.pop() if len(sections) == 1 else ""
    item.prompt = "Put these events in chronological order, earliest first."
    item.answer = " → ".join(item.sequence)
    item.aliases = []
    item.evidence = "\n".join(ctx.evidence.get(i, "") for i in ids).strip()
    return item
