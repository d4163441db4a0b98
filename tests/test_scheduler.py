"""Scheduling rules: verdict -> rating, previews, intervals, learner days, card keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from fsrs import Rating

from edu.items.model import Item
from edu.progress.scheduler import (
    Settings,
    card_key,
    day_start,
    format_interval,
    format_preview,
    learner_day,
    preview,
    rating_for_verdict,
    review,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_verdicts_map_to_ratings():
    assert rating_for_verdict("correct") == Rating.Good
    assert rating_for_verdict("almost") == Rating.Hard
    assert rating_for_verdict("wrong") == Rating.Again
    # Easy only when a threshold is set and the answer beat it.
    assert rating_for_verdict("correct", 1000) == Rating.Good
    fast = Settings(easy_ms=3000)
    assert rating_for_verdict("correct", 1000, fast) == Rating.Easy
    assert rating_for_verdict("correct", 5000, fast) == Rating.Good
    assert rating_for_verdict("correct", None, fast) == Rating.Good
    assert rating_for_verdict("wrong", 10, fast) == Rating.Again
    with pytest.raises(ValueError):
        rating_for_verdict("perfect")


def test_new_card_preview_is_ordered_and_matches_review():
    intervals = preview(None, NOW, Settings())
    assert list(intervals) == list(Rating)
    assert (intervals[Rating.Again] < intervals[Rating.Hard] <= intervals[Rating.Good]
            < intervals[Rating.Easy])
    for rating in Rating:
        assert review(None, rating, NOW, Settings()).interval == intervals[rating]
    text = format_preview(intervals)
    assert text.startswith("Again 1m · Hard ")
    assert text.count("·") == 3


def test_review_is_deterministic_without_fuzz():
    settings = Settings()
    first = review(None, Rating.Good, NOW, settings, "d", ("f1", "cloze")).card
    results = set()
    for _ in range(5):
        card = review(first, Rating.Good, first.due, settings, "d", ("f1", "cloze")).card
        card = review(card, Rating.Good, card.due, settings, "d", ("f1", "cloze")).card
        results.add(card.due)
    assert len(results) == 1


def test_higher_retention_gives_shorter_intervals():
    def review_interval(retention: float) -> timedelta:
        settings = Settings(desired_retention=retention)
        card = review(None, Rating.Good, NOW, settings).card
        card = review(card, Rating.Good, card.due, settings).card  # now in Review
        return review(card, Rating.Good, card.due, settings).interval

    assert review_interval(0.95) < review_interval(0.9) < review_interval(0.8)


def test_lapse_only_from_review_state():
    settings = Settings()
    card = review(None, Rating.Again, NOW, settings)
    assert not card.lapse  # a new card failed is not a lapse
    learning = review(card.card, Rating.Again, card.card.due, settings)
    assert not learning.lapse
    good = review(None, Rating.Good, NOW, settings).card
    good = review(good, Rating.Good, good.due, settings).card
    assert good.state.name == "Review"
    assert review(good, Rating.Again, good.due, settings).lapse
    assert not review(good, Rating.Hard, good.due, settings).lapse


@pytest.mark.parametrize("td, text", [
    (timedelta(seconds=5), "1m"), (timedelta(minutes=10), "10m"), (timedelta(hours=3), "3h"),
    (timedelta(days=4), "4d"), (timedelta(days=63), "2.1mo"), (timedelta(days=500), "1.4y"),
    (timedelta(seconds=-30), "1m"),
])
def test_format_interval(td, text):
    assert format_interval(td) == text


def test_learner_day_starts_at_configured_hour():
    settings = Settings(utc_offset_minutes=0, day_start_hour=4)
    assert learner_day(datetime(2026, 3, 2, 3, 59, tzinfo=UTC), settings).isoformat() \
        == "2026-03-01"
    assert learner_day(datetime(2026, 3, 2, 4, 0, tzinfo=UTC), settings).isoformat() \
        == "2026-03-02"
    assert day_start(datetime(2026, 3, 2, 3, 0, tzinfo=UTC), settings) \
        == datetime(2026, 3, 1, 4, 0, tzinfo=UTC)
    # UTC+2: local 04:00 is 02:00 UTC.
    plus2 = Settings(utc_offset_minutes=120, day_start_hour=4)
    assert day_start(datetime(2026, 3, 2, 9, 0, tzinfo=UTC), plus2) \
        == datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
    # naive and non-UTC inputs are normalised
    assert day_start(datetime(2026, 3, 2, 9, 0), settings) == datetime(2026, 3, 2, 4, tzinfo=UTC)
    tokyo = datetime(2026, 3, 2, 18, 0, tzinfo=timezone(timedelta(hours=9)))
    assert day_start(tokyo, settings) == datetime(2026, 3, 2, 4, tzinfo=UTC)


def test_settings_validate_and_tolerate_unknown_keys():
    with pytest.raises(ValueError):
        Settings(desired_retention=1.2)
    with pytest.raises(ValueError):
        Settings(new_per_day=-1)
    with pytest.raises(ValueError):
        Settings(leech_lapses=0)
    restored = Settings.from_dict({**Settings(new_per_day=5).to_dict(), "from_the_future": 1})
    assert restored == Settings(new_per_day=5)


def test_card_key_uses_item_id_for_multi_fact_kinds():
    single = Item(id="f1-cloze-0", fact_id="f1", kind="cloze", prompt="p", answer="a")
    multi = Item(id="match-ab12", fact_id="f1", kind="matching", prompt="p", answer="",
                 fact_ids=["f1", "f2"])
    assert card_key(single) == ("f1", "cloze")
    assert card_key(multi) == ("match-ab12", "matching")
