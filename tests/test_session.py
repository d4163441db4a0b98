"""Session selection with a simulated clock: due first, daily limits, filters, cram, seeds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from progress_helpers import (
    DECK_ID,
    T0,
    graduate,
    later,
    make_facts,
    make_items,
    new_store,
)

from edu.items.model import Item
from edu.progress.scheduler import Settings, card_key
from edu.progress.session import SessionOptions, select_items, session_counts

FACTS = make_facts(30)
ITEMS = make_items(FACTS, kinds=("short_answer", "cloze"))  # 60 cards


def keys(items):
    return [card_key(i) for i in items]


def test_first_session_offers_new_cards_up_to_daily_limit(tmp_path):
    store = new_store(tmp_path)
    chosen = select_items(ITEMS, store, DECK_ID, T0)
    assert len(chosen) == 20  # default new limit
    assert len(set(keys(chosen))) == 20
    # siblings are spread: 20 different facts before any fact's second card
    assert len({i.fact_id for i in chosen}) == 20


def test_daily_new_limit_counts_cards_introduced_today(tmp_path):
    store = new_store(tmp_path, Settings(new_per_day=5, utc_offset_minutes=0))
    first = select_items(ITEMS, store, DECK_ID, T0)
    assert len(first) == 5
    for item in first[:3]:
        store.record_answer(DECK_ID, item, now=T0, verdict="correct")
    later_today = select_items(ITEMS, store, DECK_ID, later(T0, minutes=1))
    new_ones = [i for i in later_today if store.card(DECK_ID, card_key(i)) is None]
    assert len(new_ones) == 2
    # cram answers do not use up the new limit
    store.record_answer(DECK_ID, new_ones[0], now=T0, verdict="correct", cram=True)
    assert store.new_introduced_today(DECK_ID, later(T0, minutes=2)) == 3
    # an explicit limit overrides the setting; tomorrow the count starts again
    bigger = select_items(ITEMS, store, DECK_ID, later(T0, minutes=1),
                          SessionOptions(new_limit=10))
    assert len([i for i in bigger if store.card(DECK_ID, card_key(i)) is None]) == 7
    tomorrow = select_items(ITEMS, store, DECK_ID, later(T0, days=1), SessionOptions(due_only=True))
    assert len(tomorrow) == 3  # the three learning cards are due
    fresh = [i for i in select_items(ITEMS, store, DECK_ID, later(T0, days=1))
             if store.card(DECK_ID, card_key(i)) is None]
    assert len(fresh) == 5


def test_come_back_tomorrow_and_in_ten_days(tmp_path):
    """Answer today; the right cards are due tomorrow and after 10 days."""
    store = new_store(tmp_path)
    easy, good, wrong = ITEMS[0], ITEMS[2], ITEMS[4]
    now = T0
    graduate(store, good, now)                                      # Good, Good -> Review
    store.record_answer(DECK_ID, easy, now=now, rating=4)          # Easy -> Review, days away
    store.record_answer(DECK_ID, wrong, now=now, verdict="wrong")  # Again -> due in a minute

    due_now = select_items(ITEMS, store, DECK_ID, later(now, minutes=5),
                           SessionOptions(due_only=True))
    assert keys(due_now) == [card_key(wrong)]

    cards = store.cards(DECK_ID)
    tomorrow = later(now, days=1)
    due_tomorrow = set(keys(select_items(ITEMS, store, DECK_ID, tomorrow,
                                         SessionOptions(due_only=True))))
    assert due_tomorrow == {k for k, c in cards.items() if c.due <= tomorrow}
    assert card_key(wrong) in due_tomorrow and card_key(easy) not in due_tomorrow

    ten_days = later(now, days=10)
    due_later = select_items(ITEMS, store, DECK_ID, ten_days, SessionOptions(due_only=True))
    assert set(keys(due_later)) == {card_key(easy), card_key(good), card_key(wrong)}
    # most overdue first
    dues = [cards[k].due for k in keys(due_later)]
    assert dues == sorted(dues)


def test_due_reviews_come_before_new_cards(tmp_path):
    store = new_store(tmp_path)
    for item in ITEMS[0:8:2]:  # four facts' short-answer cards
        store.record_answer(DECK_ID, item, now=T0, verdict="correct")
    uncapped = SessionOptions(count=None)  # the new-card limit alone decides
    chosen = select_items(ITEMS, store, DECK_ID, later(T0, hours=2), uncapped)
    seen = [store.card(DECK_ID, card_key(i)) is not None for i in chosen]
    assert seen[:4] == [True] * 4 and not any(seen[4:])
    assert len(chosen) == 4 + 16  # 4 cards already introduced today count against 20
    capped = select_items(ITEMS, store, DECK_ID, later(T0, hours=2), SessionOptions(count=6))
    assert keys(capped) == keys(chosen)[:6]
    tomorrow = select_items(ITEMS, store, DECK_ID, later(T0, days=1), uncapped)
    assert len(tomorrow) == 4 + 20  # a new day: the full new-card limit again


def test_review_limit_caps_review_state_cards_only(tmp_path):
    store = new_store(tmp_path)
    for item in ITEMS[0:12:2]:  # six facts' short-answer cards
        graduate(store, item, T0)
    store.record_answer(DECK_ID, ITEMS[12], now=T0, verdict="wrong")  # stays in learning
    when = later(T0, days=60)
    opts = SessionOptions(due_only=True, review_limit=2)
    chosen = select_items(ITEMS, store, DECK_ID, when, opts)
    states = sorted(store.card(DECK_ID, card_key(i)).state for i in chosen)
    assert states == ["learning", "review", "review"]
    for item in chosen:
        store.record_answer(DECK_ID, item, now=when, verdict="correct")
    assert store.reviews_done_today(DECK_ID, when) == 2
    after = select_items(ITEMS, store, DECK_ID, later(when, minutes=1), opts)
    assert all(store.card(DECK_ID, card_key(i)).state != "review" for i in after)


def test_filters_by_kind_and_section(tmp_path):
    store = new_store(tmp_path)
    cloze = select_items(ITEMS, store, DECK_ID, T0, SessionOptions(kinds=("cloze",)))
    assert cloze and all(i.kind == "cloze" for i in cloze)
    intro = select_items(ITEMS, store, DECK_ID, T0, SessionOptions(sections=("i. intro",)))
    assert intro and all(i.section == "I. Intro" for i in intro)
    both = select_items(ITEMS, store, DECK_ID, T0,
                        SessionOptions(sections=("II",), kinds=("short_answer",)))
    assert both and all(i.section.startswith("II") and i.kind == "short_answer" for i in both)
    assert select_items(ITEMS, store, DECK_ID, T0, SessionOptions(sections=("IX",))) == []


def test_only_due_on_a_fresh_deck_is_empty(tmp_path):
    store = new_store(tmp_path)
    assert select_items(ITEMS, store, DECK_ID, T0, SessionOptions(due_only=True)) == []


def test_cram_ignores_limits_and_due_dates(tmp_path):
    store = new_store(tmp_path, Settings(new_per_day=0, utc_offset_minutes=0))
    assert select_items(ITEMS, store, DECK_ID, T0) == []
    cram = select_items(ITEMS, store, DECK_ID, T0, SessionOptions(cram=True, count=None))
    assert sorted(keys(cram)) == sorted(set(keys(ITEMS)))
    assert len(select_items(ITEMS, store, DECK_ID, T0, SessionOptions(cram=True, count=7))) == 7


def test_selection_is_deterministic_per_seed(tmp_path):
    store = new_store(tmp_path)
    a = keys(select_items(ITEMS, store, DECK_ID, T0, SessionOptions(seed=1)))
    b = keys(select_items(ITEMS, store, DECK_ID, T0, SessionOptions(seed=1)))
    c = keys(select_items(ITEMS, store, DECK_ID, T0, SessionOptions(seed=2)))
    assert a == b and a != c
    d = keys(select_items(list(reversed(ITEMS)), store, DECK_ID, T0, SessionOptions(seed=1)))
    assert d == a  # the order items arrive in does not matter


def test_one_item_per_card_and_variants_rotate(tmp_path):
    store = new_store(tmp_path)
    variants = [Item(id=f"f000-multiple_choice-{v}", fact_id="f000", kind="multiple_choice",
                     prompt="p", answer="a", options=["a", "b", "c", "d"]) for v in range(3)]
    shown = []
    now = T0
    for _ in range(3):
        [item] = select_items(variants, store, DECK_ID, now, SessionOptions(cram=False))
        shown.append(item.id)
        result = store.record_answer(DECK_ID, item, now=now, verdict="wrong")
        now = result.card.due
    assert len(set(shown)) == 3


def test_session_counts_for_home_screen(tmp_path):
    store = new_store(tmp_path, Settings(new_per_day=10, utc_offset_minutes=0))
    for item in ITEMS[:2]:
        graduate(store, item, T0)
    store.record_answer(DECK_ID, ITEMS[2], now=T0, verdict="wrong")
    counts = session_counts(ITEMS, store, DECK_ID, later(T0, minutes=30))
    assert counts.total == 60 and counts.new == 57
    assert counts.learned == 2 and counts.learning == 1 and counts.leeches == 0
    assert counts.due == 1  # the failed card; the graduated ones are days away
    assert counts.new_today == 10 - 3
    assert session_counts(ITEMS, store, DECK_ID, later(T0, days=100)).due == 3


def test_learn_ahead_brings_back_learning_cards_soon_due(tmp_path):
    store = new_store(tmp_path)
    graduate(store, ITEMS[0], T0)                                    # review card, days away
    store.record_answer(DECK_ID, ITEMS[2], now=T0, verdict="correct")  # learning, due in 10m
    assert select_items(ITEMS, store, DECK_ID, T0, SessionOptions(due_only=True)) == []
    ahead = select_items(ITEMS, store, DECK_ID, T0,
                         SessionOptions(due_only=True, learn_ahead_minutes=20))
    assert keys(ahead) == [card_key(ITEMS[2])]


@given(history=st.lists(st.tuples(st.integers(0, len(ITEMS) - 1), st.integers(1, 4),
                                   st.integers(0, 3000), st.booleans()), max_size=40),
       new_limit=st.integers(0, 8), review_limit=st.integers(0, 8),
       count=st.none() | st.integers(0, 30), seed=st.integers(0, 3))
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_selection_invariants(tmp_path_factory, history, new_limit, review_limit, count, seed):
    """Whatever happened before: one item per card, due before new, limits respected."""
    store = new_store(tmp_path_factory.mktemp("h"))
    now = T0
    for index, rating, minutes, cram in history:
        now = later(now, minutes=minutes)
        store.record_answer(DECK_ID, ITEMS[index], now=now, rating=rating, cram=cram)
    now = later(now, hours=1)
    options = SessionOptions(count=count, new_limit=new_limit, review_limit=review_limit,
                             seed=seed)
    chosen = select_items(ITEMS, store, DECK_ID, now, options)
    cards = store.cards(DECK_ID)
    chosen_keys = keys(chosen)
    assert len(chosen_keys) == len(set(chosen_keys))
    is_new = [k not in cards for k in chosen_keys]
    assert is_new == sorted(is_new)  # all reviews come first
    assert all(cards[k].due <= now for k in chosen_keys if k in cards)
    assert sum(is_new) <= max(0, new_limit - store.new_introduced_today(DECK_ID, now))
    reviews = sum(1 for k in chosen_keys if k in cards and cards[k].state == "review")
    assert reviews <= max(0, review_limit - store.reviews_done_today(DECK_ID, now))
    if count is not None:
        assert len(chosen) <= count
    assert chosen == select_items(ITEMS, store, DECK_ID, now, options)


def test_no_item_in_a_session_reveals_another(tmp_path):
    """Two facts with one answer, or a prompt stating another item's answer, never share a
    session; the one left out waits for a later session."""
    from edu.deck.model import Fact, FactKind
    from edu.items.reveal import clash
    from edu.text.source import Span

    facts = [
        Fact(id="a", kind=FactKind.NAME, prompt="Which relay satellite serves the far side?",
             answer="Queqiao", source=Span(0, 5)),
        Fact(id="b", kind=FactKind.NAME, prompt="Which satellite relayed Chang'e-4's signals?",
             answer="Queqiao", source=Span(10, 15)),
        Fact(id="c", kind=FactKind.NUMBER, prompt="How many launch missions did China make?",
             answer="207", source=Span(20, 25)),
        Fact(id="d", kind=FactKind.NAME, prompt="Of its 207 launch missions, which rocket flew "
             "most?", answer="Long March", source=Span(30, 35)),
    ]
    items = [Item(id=f"{f.id}:short_answer", fact_id=f.id, kind="short_answer", prompt=f.prompt,
                  answer=f.answer, fact_kind=f.kind, asked_answers=[f.answer]) for f in facts]
    store = new_store(tmp_path)
    for seed in range(10):
        chosen = select_items(items, store, DECK_ID, T0, SessionOptions(seed=seed))
        assert len(chosen) == 2, [i.id for i in chosen]
        assert all(clash(x, y) is None for x in chosen for y in chosen), [i.id for i in chosen]


def test_the_reveal_rule_can_be_set_aside_to_explain_a_short_session(tmp_path):
    from edu.deck.model import FactKind

    items = [Item(id=f"{n}:short_answer", fact_id=n, kind="short_answer", prompt=f"Q {n}?",
                  answer="Queqiao", fact_kind=FactKind.NAME, asked_answers=["Queqiao"])
             for n in ("a", "b")]
    store = new_store(tmp_path)
    assert len(select_items(items, store, DECK_ID, T0)) == 1
    assert len(select_items(items, store, DECK_ID, T0, reveals=True)) == 2


def test_a_new_cards_place_does_not_depend_on_which_other_cards_exist(tmp_path):
    """Round 22u: new (and cram) cards are ranked by a seeded hash of their own key, so a
    card that cannot be made (a kind drops it) moves no other card: a session may make
    cards in rank order and stop. A shuffle of every card (before) failed this."""
    store = new_store(tmp_path)
    options = SessionOptions(count=None, new_limit=1000)
    whole = keys(select_items(ITEMS, store, DECK_ID, T0, options))
    crammed = keys(select_items(ITEMS, store, DECK_ID, T0, SessionOptions(count=None, cram=True)))
    for gone in (ITEMS[0], ITEMS[17], ITEMS[-1]):  # one card dropped: the others keep their order
        fewer = [i for i in ITEMS if i is not gone]
        others = [k for k in keys(select_items(fewer, store, DECK_ID, T0, options))
                  if k[0] != gone.fact_id]
        assert others == [k for k in whole if k[0] != gone.fact_id]
        assert keys(select_items(fewer, store, DECK_ID, T0,
                                 SessionOptions(count=None, cram=True))) == [
            k for k in crammed if k != card_key(gone)]
