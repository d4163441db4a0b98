"""matching: 4-6 name facts of one category; match each name to what it is or did."""

from __future__ import annotations

from collections import defaultdict

from edu.deck import Fact
from edu.grading import key_of
from edu.items.common import Context, answer_forms, base_item, leaks
from edu.items.distractors import too_similar
from edu.items.grouping import chunk, group_id
from edu.items.model import Item
from edu.items.phrasing import description

MIN_PAIRS, MAX_PAIRS = 4, 6
Dropped = tuple[str, str, str]


def _eligible(facts: list[Fact]) -> tuple[list[tuple[Fact, str]], list[Dropped]]:
    """Facts with distinct answers and descriptions; a description never names its own answer."""
    kept: list[tuple[Fact, str]] = []
    dropped: list[Dropped] = []
    for fact in sorted(facts, key=lambda f: f.id):
        desc = description(fact.prompt)
        if any(too_similar(fact.answer, k.answer) for k, _ in kept):
            dropped.append((fact.id, "matching", "answer too close to another in its category"))
        elif any(key_of(desc) == key_of(d) for _, d in kept):
            dropped.append((fact.id, "matching", "same description as another fact"))
        elif leaks(desc, answer_forms(fact)):
            dropped.append((fact.id, "matching", "its description names its answer"))
        else:
            kept.append((fact, desc))
    return kept, dropped


def _conflict(a: tuple[Fact, str], b: tuple[Fact, str]) -> bool:
    """Whether either description names the other's answer (that would give a pair away)."""
    return bool(leaks(a[1], answer_forms(b[0])) or leaks(b[1], answer_forms(a[0])))


def _pack(kept: list[tuple[Fact, str]]) -> tuple[list[list], list[Dropped]]:
    """Groups of 4-6 with no description naming another member's answer (first fit)."""
    sizes = [len(c) for c in chunk(kept, MIN_PAIRS, MAX_PAIRS)] or [MAX_PAIRS]
    groups: list[list] = [[] for _ in sizes]
    caps = list(sizes)
    for entry in kept:
        for i, group in enumerate(groups):
            if len(group) < caps[i] and not any(_conflict(entry, other) for other in group):
                group.append(entry)
                break
        else:
            groups.append([entry])
            caps.append(MAX_PAIRS)
    for small in (g for g in groups if 0 < len(g) < MIN_PAIRS):
        moves = []  # top up a short group from groups that can spare a member
        for donor in groups:
            for entry in list(donor):
                if len(small) >= MIN_PAIRS or len(donor) <= MIN_PAIRS:
                    break
                if donor is not small and not any(_conflict(entry, o) for o in small):
                    donor.remove(entry)
                    small.append(entry)
                    moves.append((donor, entry))
        if len(small) < MIN_PAIRS:  # could not reach four: give the members back
            for donor, entry in moves:
                small.remove(entry)
                donor.append(entry)
    good = [g for g in groups if len(g) >= MIN_PAIRS]
    lost = [(fact.id, "matching", "no group of 4 whose descriptions do not name each other")
            for g in groups if 0 < len(g) < MIN_PAIRS for fact, _ in g]
    return good, lost


def make_all(ctx: Context) -> tuple[list[Item], list[Dropped]]:
    """One item per chunk of 4-6 reviewed name facts sharing a category."""
    by_category: dict[str, list[Fact]] = defaultdict(list)
    for fact in ctx.deck.facts:
        if fact.kind == "name" and fact.category and fact.status != "draft":
            by_category[fact.category].append(fact)
    items: list[Item] = []
    dropped: list[Dropped] = []
    for category in sorted(by_category):
        kept, lost = _eligible(by_category[category])
        dropped += lost
        if len(kept) < MIN_PAIRS:
            dropped += [(fact.id, "matching", f"category '{category}' has only {len(kept)} "
                                              f"usable name fact(s), need {MIN_PAIRS}")
                        for fact, _ in kept]
            continue
        groups, lost = _pack(kept)
        dropped += lost
        for group in groups:
            ids = [fact.id for fact, _ in group]
            item_id = group_id("matching", category, ids)
            rng = ctx.rng(item_id)
            order = list(group)
            rng.shuffle(order)
            item = base_item(order[0][0], "matching", ctx)
            item.id = item_id
            item.fact_ids = [fact.id for fact, _ in order]
            item.pairs = [[fact.answer, desc] for fact, desc in order]
            rights = [desc for _, desc in order]
            rng.shuffle(rights)
            item.options = rights
            item.prompt = f"Match each {category} to its description."
            item.answer = "; ".join(f"{left} = {right}" for left, right in item.pairs)
            item.aliases = []
            item.evidence = "\n".join(ctx.evidence.get(f.id, "") for f, _ in order).strip()
            items.append(item)
    return items, dropped
