"""Statistics agree exactly with the answer log; text fits 80 columns; JSON is stable."""

from __future__ import annotations

import json
import random
from collections import Counter
from datetime import datetime

from progress_helpers import (
    DECK_ID,
    T0,
    graduate,
    lapse_once,
    later,
    make_deck,
    make_facts,
    make_items,
    new_store,
)

from edu.items.model import Item
from edu.progress.scheduler import learner_day
from edu.progress.stats import compute_stats, render_text, sparkline

FACTS = make_facts(12)
ITEMS = make_items(FACTS, kinds=("short_answer", "numeric"))
DECK = make_deck(FACTS)


def simulate(store, days: int, seed: int) -> datetime:
    """A learner who trains most days, sometimes crams, with random verdicts."""
    rng = random.Random(seed)
    now = T0
    for _day in range(days):
        if rng.random() < 0.2:
            now = later(now, days=1)
            continue
        for item in rng.sample(ITEMS, 8):
            verdict = rng.choice(["correct", "correct", "almost", "wrong"])
            store.record_answer(DECK_ID, item, now=now, verdict=verdict,
                                cram=rng.random() < 0.1, duration_ms=rng.randrange(500, 9000))
            now = later(now, minutes=rng.randrange(1, 20))
        now = later(now.replace(hour=9, minute=0), days=1)
    return now


def test_stats_equal_log_counts(tmp_path):
    store = new_store(tmp_path)
    now = simulate(store, days=40, seed=3)
    stats = compute_stats(store, DECK, ITEMS, now, days=30)
    log = store.log(DECK_ID)
    assert stats.total_answers == len(log) > 200

    per_day = Counter(learner_day(datetime.fromisoformat(e.ts), store.settings) for e in log)
    for row in stats.reviews_per_day:
        assert row["count"] == per_day.get(datetime.fromisoformat(row["date"]).date(), 0)
    assert len(stats.reviews_per_day) == 30
    assert stats.reviews_per_day[-1]["date"] == learner_day(now, store.settings).isoformat()

    by_kind = {r["name"]: r for r in stats.accuracy_by_kind}
    for kind in ("short_answer", "numeric"):
        rows = [e for e in log if e.kind == kind]
        assert by_kind[kind]["answers"] == len(rows)
        assert by_kind[kind]["correct"] == sum(1 for e in rows if e.rating >= 2)
    sections = {f.id: f.section for f in FACTS}
    for row in stats.accuracy_by_section:
        rows = [e for e in log if sections[e.fact_id] == row["name"]]
        assert row["answers"] == len(rows)
        assert row["correct"] == sum(1 for e in rows if e.verdict != "wrong")
    assert sum(r["answers"] for r in stats.accuracy_by_section) == len(log)

    reviews = [e for e in log if e.state_before == "review" and not e.cram]
    assert stats.retention["reviews"] == len(reviews) > 0
    assert stats.retention["passed"] == sum(1 for e in reviews if e.verdict != "wrong")

    cards = store.cards(DECK_ID)
    assert stats.counts.total == len(ITEMS)
    assert stats.counts.new == len(ITEMS) - len(cards)
    assert stats.counts.due == sum(1 for c in cards.values() if c.due <= now)


def test_upcoming_due_counts(tmp_path):
    store = new_store(tmp_path)
    graduate(store, ITEMS[0], T0)                                    # due in a few days
    store.record_answer(DECK_ID, ITEMS[1], now=T0, verdict="wrong")  # due in a minute
    store.record_answer(DECK_ID, ITEMS[2], now=T0, rating=4)         # Easy: days away
    stats = compute_stats(store, DECK, ITEMS, later(T0, minutes=30))
    cards = store.cards(DECK_ID)
    start = T0.replace(hour=4)  # the learner's day began at 04:00 UTC

    def due_before(days: int) -> int:
        return sum(1 for c in cards.values() if c.due < later(start, days=days))

    assert stats.upcoming["today"] == due_before(1) == 1
    assert stats.upcoming["tomorrow"] == due_before(2) - due_before(1)
    assert stats.upcoming["next_7_days"] == due_before(7) >= 2
    assert stats.upcoming["today"] <= stats.upcoming["next_7_days"]


def test_hardest_and_leeches(tmp_path):
    store = new_store(tmp_path)
    leech, shaky = ITEMS[0], ITEMS[2]
    graduate(store, leech, T0)
    for _ in range(8):
        lapse_once(store, leech)
    graduate(store, shaky, T0)
    lapse_once(store, shaky)
    store.record_answer(DECK_ID, ITEMS[4], now=T0, verdict="correct")
    now = later(T0, days=400)
    stats = compute_stats(store, DECK, ITEMS, now)
    assert [r["ref"] for r in stats.hardest] == [leech.fact_id, shaky.fact_id]
    assert stats.hardest[0]["lapses"] == 8 and stats.hardest[0]["prompt"] == FACTS[0].prompt
    assert stats.hardest[0]["kind"] == leech.kind
    for row in stats.hardest:
        rows = [e for e in store.log(DECK_ID) if e.key == (row["ref"], row["kind"])]
        assert row["answers"] == len(rows)
        assert row["correct"] == sum(1 for e in rows if e.rating > 1)
    assert stats.leeches == [{"ref": leech.fact_id, "kind": leech.kind,
                              "prompt": FACTS[0].prompt, "lapses": 8}]
    assert stats.counts.leeches == 1
    text = render_text(stats)
    assert "Leeches" in text and FACTS[0].prompt in text


def test_removed_facts_stay_in_log_but_leave_stats(tmp_path):
    store = new_store(tmp_path)
    for item in ITEMS:
        store.record_answer(DECK_ID, item, now=T0, verdict="correct")
    edited = make_deck(FACTS[:6])
    kept = [i for i in ITEMS if i.fact_id in {f.id for f in FACTS[:6]}]
    stats = compute_stats(store, edited, kept, later(T0, hours=1))
    assert stats.total_answers == len(kept)
    assert stats.counts.total == len(kept) and stats.counts.new == 0
    assert len(store.log(DECK_ID)) == len(ITEMS)


def test_multi_fact_items_count_under_their_own_card(tmp_path):
    store = new_store(tmp_path)
    match = Item(id="match-1", fact_id=FACTS[0].id, kind="matching", prompt="Match these",
                 answer="", section="I. Intro", fact_ids=[FACTS[0].id, FACTS[1].id])
    store.record_answer(DECK_ID, match, now=T0, verdict="wrong", response=["b", "a"])
    stats = compute_stats(store, DECK, [*ITEMS, match], later(T0, minutes=1))
    assert {r["name"]: r["answers"] for r in stats.accuracy_by_kind} == {"matching": 1}
    assert stats.hardest[0]["ref"] == "match-1" and stats.hardest[0]["prompt"] == "Match these"


def test_text_fits_80_columns_and_json_is_stable(tmp_path):
    store = new_store(tmp_path)
    long_facts = make_facts(3, sections=("III. A very long section title " * 4,))
    for fact in long_facts:
        fact.prompt = "What is the remarkably long prompt " * 5 + "?"
    items = make_items(long_facts)
    for item in items:
        graduate(store, item, T0)
        lapse_once(store, item)
    deck = make_deck(long_facts)
    stats = compute_stats(store, deck, items, later(T0, days=3))
    text = render_text(stats)
    assert max(len(line) for line in text.splitlines()) <= 80
    long_chart = render_text(compute_stats(store, deck, items, later(T0, days=3), days=365))
    assert max(len(line) for line in long_chart.splitlines()) <= 80
    assert "Answers per 7 days, last 365 days" in long_chart
    data = json.loads(json.dumps(stats.to_dict()))
    assert list(data) == ["deck_id", "title", "now", "total_answers", "counts", "upcoming",
                          "retention", "reviews_per_day", "accuracy_by_section",
                          "accuracy_by_kind", "hardest", "leeches"]
    assert set(data["counts"]) == {"due", "new", "new_today", "learning", "learned", "leeches",
                                   "total"}
    again = compute_stats(store, deck, items, later(T0, days=3))
    assert again.to_dict() == stats.to_dict()


def test_empty_history(tmp_path):
    store = new_store(tmp_path)
    stats = compute_stats(store, DECK, ITEMS, T0)
    assert stats.total_answers == 0 and stats.retention["rate"] is None
    assert stats.hardest == [] and stats.accuracy_by_kind == []
    assert all(r["count"] == 0 for r in stats.reviews_per_day)
    assert "Answers logged: 0" in render_text(stats)


def test_sparkline_scales_to_busiest_day():
    assert sparkline([0, 0]) == "··"
    line = sparkline([0, 1, 8, 4])
    assert line[0] == " " and line[2] == "█" and len(line) == 4
