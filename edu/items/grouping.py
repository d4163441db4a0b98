"""Helpers for the items that ask about several facts at once (matching, ordering), and
which facts each of them is made from.

Why the members live here and not beside the kinds that make the sets: after an edit, which
sets must be made again is decided from their members (edu.items.make), and this module
imports none of what makes them (the distractors, phrasing, rapidfuzz: ~0.02 s).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TypeVar

from edu.deck.model import Fact, FactKind, FactStatus

T = TypeVar("T")


def slug(text: str) -> str:
    """A lower-case id fragment: 'II.1 Space transport' -> 'ii-1-space-transport'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "all"


def group_id(kind: str, label: str, fact_ids: Sequence[str]) -> str:
    """Stable id from the group's label and its sorted fact ids (never from a random draw)."""
    digest = hashlib.sha1("+".join(sorted(fact_ids)).encode("utf-8")).hexdigest()[:10]
    return f"{slug(label)}:{kind}:{digest}"


def chunk(items: Sequence[T], low: int, high: int) -> list[list[T]]:
    """Split into consecutive chunks of low..high members, as even as possible ([] if too few)."""
    n = len(items)
    if n < low:
        return []
    count = math.ceil(n / high)
    while count > 1 and n // count < low:
        count -= 1
    size, extra = divmod(n, count)
    out: list[list[T]] = []
    start = 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        out.append(list(items[start:end]))
        start = end
    return [c for c in out if low <= len(c) <= high] or [list(items[:high])]


def matching_members(facts: list[Fact]) -> dict[str, list[Fact]]:
    """The facts each category's matching sets are made from (reviewed name facts with a
    category, in deck order): a category's items depend on its members alone (and the
    document)."""
    by_category: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if (fact.kind == FactKind.NAME and fact.category
                and fact.status != FactStatus.DRAFT):
            by_category[fact.category].append(fact)
    return by_category


_ANY_YEAR = re.compile(r"\b\d{4}\b")


def names_one_year(prompt: str) -> bool:
    """Whether a question names exactly one year (the first test of an event it dates)."""
    return len(_ANY_YEAR.findall(prompt)) == 1


def takes_part_in_ordering(fact: Fact) -> bool:
    """Whether the fact can give an ordering event (a reviewed date fact, or another whose
    question names exactly one year: edu.items.ordering.dated_event); the others add
    nothing but their tags' counts, so the ordering items depend on these facts, every
    fact's tags and the document alone."""
    return fact.status != FactStatus.DRAFT and (
        fact.kind == FactKind.DATE or names_one_year(fact.prompt))


def tag_counts(facts: list[Fact]) -> Counter[str]:
    """How many facts carry each tag (an ordering event's theme is its fact's rarest tag)."""
    return Counter(tag for f in facts for tag in f.tags)
