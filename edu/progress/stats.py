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

from edu.deck.model import Deck, section_label
from edu.items.model import Item
from edu.progress.scheduler import (
    ACCURACY_RULE,
    CardKey,
    Settings,
    as_utc,
    day_begin,
    day_start,
    learner_day,
)
from edu.progress.session import Counts, group_by_card, new_left_today, session_counts
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
    """Lookups from log rows to the deck: is the row in the deck, its section, its prompt.

    Without items (`edu stats`, which must not generate them) a card belongs to the deck
    when its fact does; a matching or ordering card, keyed by item, through its log rows."""

    def __init__(self, deck: Deck, items: Sequence[Item] | None) -> None:
        self.groups = group_by_card(items) if items is not None else None
        self.facts = {f.id: f for f in deck.facts}
        self.title = deck.title
        self.item_by_ref: dict[str, Item] = {}
        for key, variants in (self.groups or {}).items():
            self.item_by_ref.setdefault(key[0], variants[0])
        self.ref_fact: dict[str, str] = {}  # card ref -> the fact its log rows name
        self._sections: dict[tuple[str, str], str] = {}

    def includes(self, row: AnswerRow) -> bool:
        if row.fact_id in self.facts:
            self.ref_fact.setdefault(row.ref, row.fact_id)
        if self.groups is not None:
            return (row.ref, row.kind) in self.groups or row.fact_id in self.facts
        return row.fact_id in self.facts

    def has_card(self, key: CardKey) -> bool:
        if self.groups is not None:
            return key in self.groups
        return key[0] in self.facts or key[0] in self.ref_fact

    def section(self, row: AnswerRow) -> str:
        memo = (row.fact_id, row.ref)
        if memo not in self._sections:
            fact = self.facts.get(row.fact_id)
            item = self.item_by_ref.get(row.ref)
            section = (fact.section if fact else "") or (item.section if item else "")
            # below the deck's title: "The Norman Conquest of England › The Battle of
            # Stamford…" was cut to fit before the part that tells sections apart
            self._sections[memo] = (section_label(self.title, section) if section
                                    else NO_SECTION)
        return self._sections[memo]

    def prompt(self, ref: str) -> str:
        if ref in self.facts:
            return self.facts[ref].prompt
        item = self.item_by_ref.get(ref)
        if item is not None:
            return item.prompt
        fact = self.facts.get(self.ref_fact.get(ref, ""))
        return f"{fact.prompt} (and related facts)" if fact else ref


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


def fact_counts(deck: Deck, cards: dict[CardKey, Any], store: ProgressStore,
                now: datetime, drafts: bool = False) -> Counts:
    """Counts without generating items: cards started so far, plus the facts never asked
    (`new` and `total` then count a never-asked fact once, as a session introduces it).
    Drafts make items only with `drafts` (a document's unreviewed drafts, `--drafts`)."""
    started = list(cards.values())
    asked = {key[0] for key in cards}
    studied = [f for f in deck.facts if drafts or f.status != "draft"]
    new = sum(1 for f in studied if f.id not in asked)
    today = store.answered_today(deck.id, now)
    fresh = sum(1 for f in studied if f.id not in asked and f.id not in today)
    return Counts(
        due=sum(1 for c in started if c.due <= now), new=new,
        new_today=min(fresh, new_left_today(store, deck.id, now)),
        learning=sum(1 for c in started if c.state in ("learning", "relearning")),
        learned=sum(1 for c in started if c.state == "review"),
        leeches=sum(1 for c in started if c.leech), total=len(started) + new)


def compute_stats(store: ProgressStore, deck: Deck, items: Sequence[Item] | None,
                  now: datetime, days: int = 30, drafts: bool = False) -> DeckStats:
    """All figures for `deck` at moment `now` (see docs/ARCHITECTURE.md, Progress API).
    `items=None`: from the log, the cards and the deck alone (counts by fact_counts, with
    drafts counted as facts to learn when `drafts`)."""
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
    cards = {k: c for k, c in all_cards.items() if index.has_card(k)}
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
        counts=(session_counts(items, store, deck.id, now, cards=all_cards) if items is not None
                else fact_counts(deck, cards, store, now, drafts)),
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
        if not index.has_card(key) or (lapses == 0 and correct == answers):
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
    if stats.accuracy_by_section:
        lines += textwrap.wrap(f"Accuracy: {ACCURACY_RULE}.", width) + [""]
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
