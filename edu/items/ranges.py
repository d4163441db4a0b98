"""Items whose answer is a range of figures ("between 227,000 and 300,000", "30 to 40",
"from 1505 to 1510", "1771 or 1772"; `quantities.parse_range`): wrong options and false
statements are ranges of the same shape and scale, none overlapping the right one.

A range's wrong option moves both ends by one stride, a nice multiple of the figures' own
grain a good half wider than the range (`STRIDE`), so no two options share a value and a
learner who knows roughly where the range lies can tell them apart; each is written as the
answer is ("between 317,000 and 390,000", "1513 to 1518", "1914-18" -> "1926-30").
"""

from __future__ import annotations

import math
import random
import re

from edu.deck.model import Fact, FactKind
from edu.items.hedges import tolerance_of
from edu.text.numbers import find_number
from edu.text.quantities import FigureRange, parse_range

STRIDE = 1.5  # a wrong range moves this many of the range's widths, so it never touches
# the right one and options are told apart by where they lie, not by a hair
LOWEST = 0.25  # a wrong range starts at a quarter of the right one's start or above ("between
# 7,000 and 80,000" beside "between 227,000 and 300,000" is too plainly wrong)
_PATTERNS = [(-2, -1, 1), (-1, 1, 2), (1, 2, 3), (-3, -2, -1), (-1, 1, 3), (-3, -1, 1)]
# Each wrong range's width as a share of the right one's, one each, drawn with the item's
# seed: options of one width, shifted by one stride, looked patterned ("from 1315 to 2039"
# beside "215 to 939" and "765 to 1489"; blind review). None exceeds STRIDE - 0.1, so no
# two ranges a stride apart touch.
WIDTHS = (0.6, 0.8, 1.0, 1.25, 1.4)
# the two figures of a range as written: digits with commas and a point, or a number word
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+")


def range_of(fact: Fact) -> FigureRange | None:
    """The fact's answer read as a range, for number and date facts only."""
    if fact.kind not in (FactKind.NUMBER, FactKind.DATE):
        return None
    return parse_range(fact.answer)


def _figures(answer: str) -> list[re.Match[str]]:
    """The two figures of the answer as written, in order."""
    out = []
    for m in _FIGURE.finditer(answer):
        found = find_number(m.group())
        if found is not None and not found.prefix and not found.suffix.strip():
            out.append(m)
    return out[:2]


def _stride(width: float, grain: float) -> float:
    """STRIDE widths, rounded up to a round figure of the width's own size."""
    wide = max(width, grain) * STRIDE
    # a round step a tenth of the stride's size: "between 337,000 and 410,000", not 427,000
    round_to = max(grain, 10.0 ** (math.floor(math.log10(wide)) - 1) if wide >= 1 else grain)
    return math.ceil(wide / round_to) * round_to


def _width(width: float, share: float, grain: float) -> float:
    """`share` of a range's width, rounded to a round figure a tenth of its size (at least
    the grain); the width itself when it is too narrow to vary ("1771 or 1772")."""
    wide = width * share
    if width <= 2 * grain or wide <= 0:
        return width
    round_to = max(grain, 10.0 ** (math.floor(math.log10(wide)) - 1) if wide >= 1 else grain)
    rounded = round(wide / round_to) * round_to
    return rounded if rounded > 0 else width


def range_distractors(fact: Fact, rng: random.Random, n: int = 3) -> list[str]:
    """n ranges written like the answer, none overlapping it (beyond the tolerance) or each
    other; [] when the answer is no range or its figures cannot be rewritten."""
    found = range_of(fact)
    spots = _figures(fact.answer)
    if found is None or len(spots) != 2:
        return []
    first, second = (find_number(m.group()) for m in spots)
    if first is None or second is None:
        return []
    low, high = first.value, second.value
    short_year = found.years and len(spots[1].group()) <= 2 and high < low  # "1914-18"
    if short_year:
        high = low // 100 * 100 + high
    decimals = max(first.decimals, second.decimals)
    grain = 10.0 ** -decimals if decimals else 1.0
    stride = _stride(abs(high - low), grain)
    scale = abs((found.high - found.low) / (high - low)) if high != low else 1.0  # BC: < 0
    tol = tolerance_of(fact) / scale if scale else 0.0
    patterns = list(_PATTERNS)
    rng.shuffle(patterns)
    widths = rng.sample(WIDTHS, 3)
    for pattern in patterns:
        moved = [(min(low, high) + k * stride,
                  min(low, high) + k * stride + _width(abs(high - low), share, grain))
                 for k, share in zip(pattern, widths, strict=True)]
        if any(lo <= 0 or not found.years and lo < min(low, high) * LOWEST for lo, _ in moved):
            continue  # no count, length or year below one, nor a tiny one beside a big range
        if "%" in fact.answer or "percent" in fact.answer.lower() or "per cent" in \
                (fact.unit or "") + fact.answer:
            if any(hi > 100 for _, hi in moved):
                continue
        if any(lo <= max(low, high) + tol and hi >= min(low, high) - tol for lo, hi in moved):
            continue
        ends = sorted(moved)
        if any(a_hi >= b_lo for (_, a_hi), (b_lo, _) in zip(ends, ends[1:], strict=False)):
            continue  # two wrong ranges touch ("1926-32", "1932-35")
        out = []
        for lo, hi in moved:
            a, b = (lo, hi) if low <= high else (hi, lo)  # "1772 or 1771" stays in its order
            second_text = second.with_value(b % 100) if short_year and a // 100 == b // 100 \
                else second.with_value(b)
            if short_year and a // 100 == b // 100:
                second_text = f"{int(b % 100):02d}"
            out.append(fact.answer[: spots[0].start()] + first.with_value(a)
                       + fact.answer[spots[0].end() : spots[1].start()] + second_text
                       + fact.answer[spots[1].end() :])
        if len(set(out)) == len(out):
            return out[:n]
    return []

