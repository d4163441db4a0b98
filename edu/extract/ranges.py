"""Ranges of figures in ordinary English as one answer: "between 227,000 and 300,000 people",
"30 to 40 metres", "2 to 3 million dollars", "from 1505 to 1510", "1771 or 1772".

The scan finds each end as an anchor of its own; a draft of one end asks half a fact
("Between 227,000 and _____ people were left homeless"), which a teacher always edits into
the whole range. Here two anchors of one kind, side by side, whose words between them join
a range (`quantities.joins_range`), become one anchor over both ends: it keeps the second
end's counted noun or unit ("people", "metres") and is marked `figure_range`, so the draft's
answer is the range as written, from its "between" or "from" on (candidates.py). A figure
written as one token with a dash ("4,000-5,000", "1505-1510") is marked too; one whose ends
are both years and counts nothing is a span of time, a date ("Between which years ...?").

Preprocessed text lost its "to" and "and": this is for ordinary English only.
"""

from __future__ import annotations

from edu.extract.anchor import Anchor
from edu.text.quantities import joins_range, parse_range
from edu.text.source import Document

_RANGE_KINDS = ("number", "date")


def _plain(a: Anchor) -> bool:
    """A figure with nothing else in it: a count, or a year without month, day or era."""
    f = a.features
    return a.kind in _RANGE_KINDS and not (f.month or f.day or f.era or f.age or f.glued
                                           or f.ordinal or f.heading or f.year_of)


def joined_ranges(doc: Document, anchors: list[Anchor]) -> list[Anchor]:
    """The anchors with each range of two figures joined into one anchor (sorted by start),
    and one-token ranges marked; a number range at the tokens of a date range ("from 1505 to
    1510", read as counts too, being before 1900) goes: the years are a span of time."""
    tokens, text = doc.tokens, doc.text
    by_start: dict[tuple[str, int], Anchor] = {}
    for a in anchors:
        if _plain(a):
            by_start.setdefault((a.kind, a.i), a)
    # "between about 70 and 60 BC": the era mark is the second year's, the first is a count
    eras = {a.i: a for a in anchors if a.kind == "date" and a.features.era in _BEFORE_CHRIST
            and a.j - a.i == 2}
    gone: set[int] = set()  # ids of anchors joined into a range
    joined: list[Anchor] = []
    for a in anchors:
        if not _plain(a) or id(a) in gone:
            continue
        b = by_start.get((a.kind, a.j)) or _before_christ(eras, a) \
            or (by_start.get((a.kind, a.j + 1)) if _unit_between(a) else None)
        if b is None or id(b) in gone or b is a:
            continue
        if not joins_range(text, tokens[a.i].start, tokens[a.j - 1].end, tokens[b.i].start,
                           tokens[b.j - 1].end):
            continue
        whole = Anchor(b.kind, a.i, b.j, b.features.copy(), b.phrase, b.head, b.name_text,
                       b.kind_noun)
        if b.features.era:  # the number before it is the other year: a date, both ends BC
            gone.update(id(x) for x in anchors if x.kind == "date" and x.i == a.i)
        whole.features.figure_range = True
        whole.features.range = False  # the whole range, not a year inside one
        whole.features.single_digit = False
        gone.update((id(a), id(b)))
        joined.append(whole)
    for a in anchors:
        if id(a) not in gone and _plain(a) and a.j - a.i == 1 and _dashed_range(doc, a):
            a.features.figure_range = True
            a.features.range = False
            if a.kind == "number" and not a.features.unit and not _counts(doc, a) \
                    and _years(doc, a):
                a.kind = "date"  # "decorated in 1505-1510": a span of time, no count
    spans = {(a.i, a.j) for a in [*joined, *anchors] if a.kind == "date"
             and a.features.figure_range and id(a) not in gone}
    kept = [a for a in anchors if id(a) not in gone
            and not (a.kind == "number" and a.features.figure_range and (a.i, a.j) in spans)]
    kept += [a for a in joined if not (a.kind == "number" and (a.i, a.j) in spans)]
    # a number inside a date range's tokens ("1505" of "from 1505 to 1510") asks half of it
    inside = {k for i, j in spans for k in range(i, j) if j - i > 1}
    kept = [a for a in kept if not (a.kind == "number" and not a.features.figure_range
                                    and a.i in inside and a.j - 1 in inside)]
    kept.sort(key=lambda a: a.i)
    return kept


_BEFORE_CHRIST = frozenset({"BC", "BCE"})


def _unit_between(a: Anchor) -> bool:
    """Whether a one-word unit follows the figure ("5 km" of "5 km to 8 km"), so the range's
    second end is one token further on (`joins_range` checks it is said again there)."""
    return a.kind == "number" and a.features.unit and a.phrase == (a.j, a.j + 1)


def _before_christ(eras: dict[int, Anchor], a: Anchor) -> Anchor | None:
    """The year before Christ right after `a` ("70" of "between 70 and 60 BC"), if any."""
    return eras.get(a.j) if a.kind in _RANGE_KINDS else None


def _dashed_range(doc: Document, a: Anchor) -> bool:
    token = doc.tokens[a.i]
    written = doc.text[token.start:token.end]
    return any(d in written for d in "-\u2010\u2011\u2012\u2013\u2014\u2212") \
        and parse_range(written) is not None


def _years(doc: Document, a: Anchor) -> bool:
    token = doc.tokens[a.i]
    found = parse_range(doc.text[token.start:token.end])
    return found is not None and found.years


def _counts(doc: Document, a: Anchor) -> bool:
    """Whether a noun right after the figure is what it counts ("1505-1510 pupils"; not
    "1505-1510 by a pupil")."""
    tokens = doc.tokens
    return a.features.noun and a.phrase[0] == a.j < len(tokens) \
        and not doc.text[tokens[a.j - 1].end : tokens[a.j].start].strip()
