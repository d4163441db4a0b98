"""Helpers for the items that ask about several facts at once (matching, ordering)."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from typing import TypeVar

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
