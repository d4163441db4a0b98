"""matching: 4-6 name facts of one category; match each name to what it is or did."""

from __future__ import annotations

from collections import defaultdict

from edu.deck import Fact
from edu.items.common import Context, answer_forms, base_item, leaks
from edu.items.distractors import too_similar
from edu.items.grouping import chunk, group_id
from edu.items.model import Item
from edu.items.phrasing import description

MIN_PAIRS, MAX_PAIRS = 4, 6
Dropped = tuple[str, str, str]


def _eligible(facts: list[Fact]) -> tuple[list[tuple[Fact, str]], list[Dropped]]:
    """Facts whose answers and descriptions are distinct and give no other answer away."""
    kept: list[tuple[Fact, str]] = []
    dropped: list[Dropped] = []
    for fact in sorted(facts, key=lambda f: f.id):
        desc = description(fact.prompt)
        if any(too_similar(fact.answer, k.answer) for k, _ in kept):
            dropped.append((fact.id, "matching", "answer too close to another in its category"))
        elif any(desc == d for _, d in kept):
            dropped.append((fact.id, "matching", "same description as another fact"))
        else:
            kept.append((fact, desc))
    # A description may not name any answer of the group (it would give the pair away).
    forms = [form for fact, _ in kept for form in answer_forms(fact)]
    clean = [(fact, desc) for fact, desc in kept if not leaks(desc, forms)]
    dropped += [(fact.id, "matching", "its description names an answer")
                for fact, desc in kept if (fact, desc) not in clean]
    return clean, dropped


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
        groups = chunk(kept, MIN_PAIRS, MAX_PAIRS)
        if not groups:
            dropped.append((f"category:{category}", "matching",
                            f"only {len(kept)} usable name fact(s), need {MIN_PAIRS}"))
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
