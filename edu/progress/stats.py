"""Learning statistics for one deck, computed from the answer log and the card states.

Why from the log: the log is the ground truth (every answer, never rewritten), so the
numbers here can be checked against it exactly. Only facts/cards still in the deck count;
answers to removed facts stay in the log but not in these figures.
"""

from __future__ import annotations

import textwrap
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from edu.deck.model import Deck
from edu.items.model import Item
from edu.progress.scheduler import CardKey, Settings, as_utc, day_begin, day_start, learner_day
from edu.progress.session import Counts, group_by_card, session_counts
from edu.progress.store import REVIEW_STATE, AnswerRow, ProgressStore, ts_text

NO_SECTION = "(no section)"
TOP_HARDEST = 10


@dataclass
class DeckStats:
    """Everything the stats screen and `edu stats` show; `to_dict` is the JSON contract."""

    deck_id: str
    title: str
    now: str
    total_answers: int
    reviews_per_day: list[dict[str, Any]]
    accuracy_by_section: list[dict[str, Any]]
    accuracy_by_kind: list[dict[str, Any]]
    retention: dict[str, Any]
    upcoming: dict[str, int]
    counts: Counts
    hardest: list[dict[str, Any]] = field(default_factory=list)
    leeches: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "deck_id": self.deck_id, "title": self.title, "now": self.now,
            "total_answers": self.total_answers, "counts": self.counts.to_dict(),
            "upcoming": dict(self.upcoming), "retention": dict(self.retention),
            "reviews_per_day": list(self.reviews_per_day),
            "accuracy_by_section": list(self.accuracy_by_section),
            "accuracy_by_kind": list(self.accuracy_by_kind),
            "hardest": list(self.hardest), "leeches": list(self.leeches),
        }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _accuracy_rows(tally: dict[str, list[int]]) -> list[dict[str, Any]]:
    return [{"name": name, "answers": answers, "correct": correct,
             "accuracy": _ratio(correct, answers)}
            for name, (answers, correct) in sorted(tally.items())]


class _DeckIndex:
    """Lookups from log rows to the deck: is the row in the deck, its section, its prompt."""

    def __init__(self, deck: Deck, items: Sequence[Item]) -> None:
        self.groups = group_by_card(items)
        self.facts = {f.id: f for f in deck.facts}
        self.item_by_ref: dict[str, Item] = {}
        for key, variants in self.groups.items():
            self.item_by_ref.setdefault(key[0], variants[0])
        self._sections: dict[tuple[str, str], str] = {}

    def includes(self, row: AnswerRow) -> bool:
        return (row.ref, row.kind) in self.groups or row.fact_id in self.facts

    def section(self, row: AnswerRow) -> str:
        memo = (row.fact_id, row.ref)
        if memo not in self._sections:
            fact = self.facts.get(row.fact_id)
            item = self.item_by_ref.get(row.ref)
            self._sections[memo] = ((fact.section if fact else "")
                                    or (item.section if item else "") or NO_SECTION)
        return self._sections[memo]

    def prompt(self, ref: str) -> str:
        if ref in self.facts:
            return self.facts[ref].prompt
        item = self.item_by_ref.get(ref)
        return item.prompt if item else ref


def answers_per_day(log: Sequence[AnswerRow], now: datetime, days: int,
                    settings: Settings) -> list[dict[str, Any]]:
    """Answers in each of the last `days` learner days (oldest first, today last)."""
    first = learner_day(now, settings) - timedelta(days=days - 1)
    dates = [first + timedelta(days=n) for n in range(days + 1)]
    bounds = [ts_text(day_begin(d, settings)) for d in dates]
    counts = [0] * days
    for row in log:
        slot = bisect_right(bounds, row.ts) - 1
        if 0 <= slot < days:
            counts[slot] += 1
    return [{"date": d.isoformat(), "count": c} for d, c in zip(dates, counts, strict=False)]


def compute_stats(store: ProgressStore, deck: Deck, items: Sequence[Item], now: datetime,
                  days: int = 30) -> DeckStats:
    """All figures for `deck` at moment `now` (see docs/ARCHITECTURE.md, Progress API)."""
    now = as_utc(now)
    settings = store.settings
    index = _DeckIndex(deck, items)
    log = [r for r in store.answer_rows(deck.id, until=now) if index.includes(r)]

    by_section: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_card: dict[CardKey, list[int]] = defaultdict(lambda: [0, 0])
    retained = [0, 0]
    for row in log:
        passed = int(row.passed)
        for tally in (by_section[index.section(row)], by_kind[row.kind], per_card[row.key]):
            tally[0] += 1
            tally[1] += passed
        if row.state_before == REVIEW_STATE and not row.cram:
            retained[0] += 1
            retained[1] += passed

    all_cards = store.cards(deck.id)
    cards = {k: c for k, c in all_cards.items() if k in index.groups}
    start = day_start(now, settings)
    dues = [c.due for c in cards.values()]
    upcoming = {
        "today": sum(1 for d in dues if d < start + timedelta(days=1)),
        "tomorrow": sum(1 for d in dues if start + timedelta(days=1) <= d
                        < start + timedelta(days=2)),
        "next_7_days": sum(1 for d in dues if d < start + timedelta(days=7)),
    }
    return DeckStats(
        deck_id=deck.id, title=deck.title, now=ts_text(now), total_answers=len(log),
        reviews_per_day=answers_per_day(log, now, days, settings),
        accuracy_by_section=_accuracy_rows(by_section),
        accuracy_by_kind=_accuracy_rows(by_kind),
        retention={"reviews": retained[0], "passed": retained[1],
                   "rate": _ratio(retained[1], retained[0])},
        upcoming=upcoming,
        counts=session_counts(items, store, deck.id, now, cards=all_cards),
        hardest=_hardest(cards, per_card, index),
        leeches=[{"ref": k[0], "kind": k[1], "prompt": index.prompt(k[0]), "lapses": c.lapses}
                 for k, c in sorted(cards.items()) if c.leech],
    )


def _hardest(cards: dict[CardKey, Any], per_card: dict[CardKey, list[int]],
             index: _DeckIndex) -> list[dict[str, Any]]:
    """Cards with the most lapses, then the lowest accuracy; only ones ever missed."""
    rows: list[dict[str, Any]] = []
    for key, (answers, correct) in per_card.items():
        card = cards.get(key)
        lapses = card.lapses if card else 0
        if key not in index.groups or (lapses == 0 and correct == answers):
            continue
        rows.append({"ref": key[0], "kind": key[1], "prompt": index.prompt(key[0]),
                     "lapses": lapses, "answers": answers, "correct": correct,
                     "accuracy": _ratio(correct, answers)})
    rows.sort(key=lambda r: (-r["lapses"], r["accuracy"], -r["answers"], r["ref"], r["kind"]))
    return rows[:TOP_HARDEST]


# -- text rendering --------------------------------------------------------------------

BARS = " ▁▂▃▄▅▆▇█"


def sparkline(counts: Sequence[int]) -> str:
    """One character per day, scaled to the busiest day (blank = no answers)."""
    top = max(counts, default=0)
    if top == 0:
        return "·" * len(counts)
    return "".join(BARS[0] if c == 0 else BARS[max(1, round(c / top * 8))] for c in counts)


def _pct(value: float | None) -> str:
    return "  —" if value is None else f"{value * 100:3.0f}%"


def _table(title: str, rows: list[dict[str, Any]], width: int) -> list[str]:
    if not rows:
        return []
    name_w = width - 24
    out = [f"{title:<{name_w}} {'answers':>8} {'correct':>8} {'acc':>5}"]
    for r in rows:
        name = textwrap.shorten(r["name"], name_w, placeholder="…")
        out.append(f"{name:<{name_w}} {r['answers']:>8} {r['correct']:>8} {_pct(r['accuracy']):>5}")
    return out + [""]


def render_text(stats: DeckStats, width: int = 80) -> str:
    """Plain-text report that fits `width` columns (for `edu stats DECK`)."""
    c, up, ret = stats.counts, stats.upcoming, stats.retention
    lines = [textwrap.shorten(stats.title, width, placeholder="…"), "=" * min(width, 60),
             f"Cards: {c.total}  new {c.new} ({c.new_today} today)  learning {c.learning}  "
             f"learned {c.learned}  leeches {c.leeches}",
             f"Due now {c.due}  ·  due today {up['today']}  ·  tomorrow {up['tomorrow']}  ·  "
             f"next 7 days {up['next_7_days']}",
             f"Answers logged: {stats.total_answers}  ·  retention {_pct(ret['rate']).strip()} "
             f"({ret['passed']}/{ret['reviews']} reviews of learned cards passed)", ""]
    counts = [d["count"] for d in stats.reviews_per_day]
    if counts:
        per_bar = -(-len(counts) // max(1, width - 20))  # days per bar so the chart fits
        bars = [sum(counts[i:i + per_bar]) for i in range(0, len(counts), per_bar)]
        unit = "day" if per_bar == 1 else f"{per_bar} days"
        lines += [f"Answers per {unit}, last {len(counts)} days (max {max(bars)}):",
                  f"  {stats.reviews_per_day[0]['date']} {sparkline(bars)} today", ""]
    lines += _table("By section", stats.accuracy_by_section, width)
    lines += _table("By kind", stats.accuracy_by_kind, width)
    if stats.hardest:
        lines.append("Hardest (lapses, accuracy, kind, prompt):")
        for r in stats.hardest:
            head = f"  {r['lapses']:>2}  {_pct(r['accuracy'])}  {r['kind']:<15} "
            lines.append(head + textwrap.shorten(r["prompt"], width - len(head), placeholder="…"))
        lines.append("")
    if stats.leeches:
        lines.append("Leeches (keep failing; consider rewriting the fact):")
        for r in stats.leeches:
            head = f"  {r['lapses']:>2} lapses  {r['kind']:<15} "
            lines.append(head + textwrap.shorten(r["prompt"], width - len(head), placeholder="…"))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
