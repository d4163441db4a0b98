"""ordering: put 4-5 dated events of one theme in chronological order.

Events come from date facts (the question without its date) and from other facts whose
question dates them ('Which probe was launched to Mars in July 2020?'). A set must be coherent:
its events share one theme, never a list of whatever happened in the same years. The theme of
a tagged fact is its most specific tag (the one the fewest facts of the deck carry: "mars"
rather than "cooperation"); an untagged fact (a draft of an unseen document) is grouped with its
section, else with its chapter. Events left without three others of their theme are dropped
with that reason; nothing is borrowed from other themes to fill a set. Two facts about one
event (same date, overlapping evidence) give one event. Ids come from the sorted fact ids.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from edu.deck.model import Fact, FactKind, FactStatus
from edu.items.common import Context, answer_forms, base_item, leaks
from edu.items.grouping import chunk, group_id, names_one_year, tag_counts
from edu.items.model import Item, ItemKind
from edu.items.phrasing import as_written, event, fluent_statement, is_state
from edu.items.referring import as_read, pointed_at_nothing
from edu.items.short import EVENT_WORDS, word_count
from edu.text.normal import key_of
from edu.text.quantities import MONTH_NAMES, parse_date
from edu.text.verbs import AUXILIARIES, is_finite_verb, is_participle

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


def _sort_key(entry: tuple) -> tuple[int, int, int, str]:
    y, m, d = entry[2]
    return (y, m or 0, d or 0, entry[0].id)


def _passes(entries: list[tuple]) -> tuple[list[list], list]:
    """Greedy passes in date order: each pass keeps events whose dates are pairwise distinct.
    Dates of different years are always distinct, so an event is compared only with the
    picked events of its year (a theme of hundreds of events is not scanned per event)."""
    groups: list[list] = []
    rest = sorted(entries, key=_sort_key)
    while len(rest) >= MIN_EVENTS:
        picked: list[tuple] = []
        of_year: dict[int, list[DateKey]] = defaultdict(list)  # picked dates by year
        left: list[tuple] = []
        for entry in rest:
            year = of_year[entry[2][0]]
            if all(_distinct(entry[2], date) for date in year):
                picked.append(entry)
                year.append(entry[2])
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


def _themes(fact: Fact, counts: Counter[str]) -> list[str]:
    """Pools to try, narrowest first: the most specific tag of a tagged fact; the section,
    then the chapter ('II.1 ...' -> 'II'), of an untagged one."""
    if fact.tags:
        rarest = min(fact.tags, key=lambda tag: (counts[tag], tag))
        return [f"theme {rarest}"]
    number = fact.section.split(" ", 1)[0]
    chapter = number.split(".", 1)[0] if "." in number else ""
    return [level for level in (fact.section, f"chapter {chapter}" if chapter else "") if level]


_MONTHS = "|".join(MONTH_NAMES)
_DATED = re.compile(r"(?<![\w\"“'])([Ii]n|[Oo]n) ((?:\d{1,2} )?(?:(?:" + _MONTHS
                    + r") )?\d{4})\b(,?)\s*")


def dated_event(fact: Fact) -> tuple[str, DateKey, str] | None:
    """(event, date, date text) for a fact that is not a date but whose question dates it
    ('Which probe was launched to Mars in July 2020?' -> 'Tianwen-1 was launched to Mars.',
    July 2020); None unless the question has exactly one year, in an 'in/on <date>' phrase."""
    if fact.kind == FactKind.DATE or not names_one_year(fact.prompt):
        return None
    asked = _DATED.search(fact.prompt)
    if asked is None:  # before phrasing the statement, the costly part
        return None
    sentence = fluent_statement(fact.prompt, fact.answer)
    if sentence is None:
        return None
    said = _DATED.search(sentence)
    parsed = parse_date(asked.group(2))
    if said is None or said.group(2) != asked.group(2) or parsed is None or not parsed[0]:
        return None
    before = sentence[:said.start()].split()
    aside = len(before) >= 2 and before[-2].endswith(",")  # "Ontario, born on ..."
    if (before and is_participle(before[-1]) and aside
            and (said.group(3) or not sentence[said.end():].strip(" ."))):
        return None  # "Ontario, born on 14 November 1891, who ...": 'born' would stand alone
    if (len(before) >= 2 and is_participle(before[-1]) and not is_finite_verb(before[-1])
            and before[-2].lower() not in AUXILIARIES
            and (said.group(3) or not sentence[said.end():].strip(" ."))):
        return None  # "... Ventris, an English architect born in 1922.": 'born.' says nothing
    glue = ", " if said.group(3) and said.start() > 0 else " "
    text = (sentence[:said.start()].rstrip(" ,") + glue + sentence[said.end():]).strip()
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = text[:1].upper() + text[1:]
    return text, parsed, asked.group(2)  # type: ignore[return-value]


def make_all(ctx: Context) -> tuple[list[Item], list[Dropped]]:
    entries: list[tuple[Fact, str, DateKey, str]] = []
    borrowed: list[tuple[Fact, str, DateKey, str]] = []  # events dated by other facts' prompts
    dropped: list[Dropped] = []
    raw = ctx.reading is not None and ctx.reading.raw  # ordinary English: check the words
    for fact in ctx.deck.facts:
        if fact.status == FactStatus.DRAFT:
            continue
        fact, pointing = as_read(fact, ctx)  # "Priestley named it ...": named what?
        if pointing:
            dropped.append((fact.id, ItemKind.ORDERING, pointed_at_nothing(pointing)))
            continue
        if fact.kind != FactKind.DATE:
            found = dated_event(fact)
            if found is not None and raw:
                said = as_written(found[0], fact.prompt, fact.answer, ctx.evidence(fact))
                found = (said, *found[1:]) if said is not None else None
            if found is not None and not leaks(found[0], [found[2]]) and not is_state(found[0]):
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
        said = as_written(text, fact.prompt, "", ctx.evidence(fact)) if raw else text
        if said is None:
            dropped.append((fact.id, ItemKind.ORDERING, "the event's words are not its "
                            f"sentence's ('{text}')"))
            continue
        text = said
        if is_state(text):
            dropped.append((fact.id, ItemKind.ORDERING, f"a state, not an event ('{text}')"))
            continue
        if leaks(text, answer_forms(fact)):
            dropped.append((fact.id, ItemKind.ORDERING, "the event text gives the date away"))
            continue
        entries.append((fact, text, parsed, fact.answer))  # type: ignore[arg-type]
    entries += borrowed
    if raw:  # an event is read beside three to five others: a clause, not a long sentence
        dropped += [(e[0].id, ItemKind.ORDERING, f"the event is a sentence of over "
                     f"{EVENT_WORDS} words ('{e[1]}')") for e in entries
                    if word_count(e[1]) > EVENT_WORDS]
        entries = [e for e in entries if word_count(e[1]) <= EVENT_WORDS]
        entries, lost = _well_said(ctx, entries)
        dropped += lost
    # Events must read differently, or the learner cannot tell which is which.
    seen: set[str] = set()
    unique: list[tuple] = []
    of_year: dict[int, list[tuple]] = defaultdict(list)  # one event needs one year: no scan
    for entry in entries:
        if key_of(entry[1]) in seen:
            dropped.append((entry[0].id, ItemKind.ORDERING, "same event text as another fact"))
        elif any(_same_event(entry, other) for other in of_year[entry[2][0]]):
            dropped.append((entry[0].id, ItemKind.ORDERING, "same event as another fact"))
        else:
            seen.add(key_of(entry[1]))
            unique.append(entry)
            of_year[entry[2][0]].append(entry)
    counts = tag_counts(ctx.deck.facts)
    groups: list[tuple[str, list]] = []
    pending = [(entry, 0) for entry in unique]
    orphans: list[tuple] = []
    while pending:
        pools: dict[str, list] = defaultdict(list)
        for entry, level in pending:
            levels = _themes(entry[0], counts)
            if level < len(levels):
                pools[levels[level]].append((entry, level))
            else:
                orphans.append(entry)
        pending = []
        for label in sorted(pools):
            formed, rest = _passes([entry for entry, _ in pools[label]])
            groups += [(label, g) for g in formed]
            level = pools[label][0][1]
            pending += [(entry, level + 1) for entry in rest]
    dropped += [(e[0].id, ItemKind.ORDERING, "fewer than 4 events of its theme with distinct "
                 "dates") for e in orphans]
    return [_item(ctx, label, group) for label, group in groups], dropped


def _well_said(ctx: Context, entries: list[tuple]) -> tuple[list[tuple], list[Dropped]]:
    """The events that are well-formed sentences (edu.items.wellformed) and keep each time
    phrase with the verb their sentence gives it (edu.items.premise: "Mendeleev graduated
    after a period teaching ..." of "graduated in 1855 and, after a period teaching ...,
    returned"); the others, dropped with the reason."""
    from edu.items.premise import false_premise  # lazy: spaCy's parser
    from edu.items.wellformed import ill_formed

    kept: list[tuple] = []
    dropped: list[Dropped] = []
    for entry in entries:
        why = ill_formed(entry[1]) or false_premise(entry[1], ctx.evidence(entry[0]))
        if why:
            dropped.append((entry[0].id, ItemKind.ORDERING, f"the event '{entry[1]}' is not "
                            f"well said: {why}"))
        else:
            kept.append(entry)
    return kept, dropped


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
    item.asked_answers = []  # the dates are asked only as an order, never typed
    item.evidence = "\n".join(ctx.evidence(entry[0]) for entry in group).strip()
    return item
