"""Pilot tests: flashcards (reveal, rate with intervals shown) and progress across restarts."""

from __future__ import annotations

from trainer_helpers import (
    FakeClock,
    answer_correctly,
    async_test,
    fixture_deck,
    fixture_items,
    make_app,
    static_text,
)

from edu.progress.scheduler import card_key, format_interval
from edu.progress.store import open_store
from edu.trainer.flashcards import FlashcardScreen
from edu.trainer.home import HomeScreen
from edu.trainer.quiz import QuizScreen
from edu.trainer.summary import SummaryScreen

SIZE = (80, 24)
CARD_KINDS = ("short_answer", "cloze", "numeric")
RESUME_KINDS = ("short_answer", "multiple_choice", "true_false")


@async_test
async def test_reveal_then_rate_with_intervals_on_the_buttons(tmp_path):
    db = tmp_path / "p.sqlite3"
    clock = FakeClock()
    app = make_app(db, clock, start="flashcards", kinds=CARD_KINDS)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, FlashcardScreen) and len(screen.items) == 3
        assert not screen.query_one("#card-back").display
        await pilot.press("3")  # rating before reveal does nothing
        assert screen.ratings == []
        await pilot.press("space")
        await pilot.pause()
        assert screen.revealed
        back = static_text(screen.query_one("#card-back"))
        assert f"Answer: {screen.item.answer}" in back
        assert screen.item.evidence in back and screen.item.section in back
        expected = app.state.store.preview(fixture_deck().id, card_key(screen.item), clock())
        for rating, name in ((1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy")):
            label = str(screen.query_one(f"#rate-{rating}").label)
            assert label == f"{rating} {name} · {format_interval(expected[rating])}"
        rated = []
        for rating in (1, 3, 4, 3):  # the card rated Again comes back last
            if rated:
                await pilot.press("space")
            rated.append(screen.item)
            await pilot.press(str(rating))
            await pilot.pause()
        assert rated[3] is rated[0]
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.summary.ratings == (1, 3, 4, 3)
        assert app.screen.summary.wrong == 1 and app.screen.summary.correct == 3
        assert app.screen.summary.missed == (rated[0],)
    with open_store(db) as store:
        log = store.log(fixture_deck().id)
    assert [(e.item_id, e.rating, e.verdict) for e in log] == [
        (item.id, rating, None) for item, rating in zip(rated, (1, 3, 4, 3), strict=True)]


@async_test
async def test_rating_buttons_are_clickable(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="flashcards", kinds=CARD_KINDS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#reveal")
        await pilot.pause()
        assert app.screen.revealed
        await pilot.click("#rate-2")
        await pilot.pause()
        assert app.screen.ratings == [2]


@async_test
async def test_a_key_pressed_while_the_summary_opens_rates_nothing(tmp_path):
    """The screen asks the App for its summary by message; a rating in between is ignored."""
    db = tmp_path / "p.sqlite3"
    app = make_app(db, start="flashcards", kinds=("numeric",))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, FlashcardScreen) and len(screen.items) == 1
        await pilot.press("space")
        screen.action_rate(3)  # the last card: the session ends
        screen.action_rate(4)  # before the App has switched to the summary
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen) and app.screen.summary.ratings == (3,)
        # one summary, in the session's place (`edu study` opened no home screen under it)
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["SummaryScreen"]
    with open_store(db) as store:
        assert [e.rating for e in store.log(fixture_deck().id)] == [3]


async def _answer_quiz(app, pilot, wrong_kinds=()) -> list[str]:
    """Answer every item of the open quiz; items of `wrong_kinds` get a wrong answer."""
    screen = app.screen
    assert isinstance(screen, QuizScreen)
    asked: list[str] = []
    while isinstance(app.screen, QuizScreen):
        item = screen.item
        if item.id in asked:  # a missed item, back in the session: right this time
            assert item.kind in wrong_kinds and screen.queue.is_retry
            await answer_correctly(pilot, screen)
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            continue
        asked.append(item.id)
        if item.kind in wrong_kinds:
            assert item.kind == "multiple_choice"
            await pilot.press(str(next(n for n, o in enumerate(item.options, 1)
                                       if o != item.answer)))
        else:
            await answer_correctly(pilot, screen)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    assert isinstance(app.screen, SummaryScreen)
    return asked


def _home_counts(app) -> tuple[str, ...]:
    table = app.screen.query_one("DataTable")
    return tuple(str(c) for c in table.get_row_at(0))[2:]


@async_test
async def test_quit_resume_and_come_back_tomorrow(tmp_path):
    db = tmp_path / "p.sqlite3"
    clock = FakeClock()
    # Day 0: learn three items, then quit.
    app = make_app(db, clock, start="quiz", kinds=RESUME_KINDS)
    async with app.run_test(size=SIZE) as pilot:
        first = await _answer_quiz(app, pilot)
        await pilot.press("q")
    assert len(first) == 3
    # Same day, new process: nothing due, nothing new; a quiz does not start.
    app = make_app(db, clock, kinds=RESUME_KINDS)
    async with app.run_test(size=SIZE) as pilot:
        assert _home_counts(app) == ("0", "0", "0")  # due, new, learned
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    # Tomorrow: every card is due again; get the multiple-choice one wrong.
    clock.advance(days=1)
    app = make_app(db, clock, kinds=RESUME_KINDS)
    async with app.run_test(size=SIZE) as pilot:
        assert _home_counts(app)[:2] == ("3", "0")
        await pilot.press("enter")
        await pilot.pause()
        second = await _answer_quiz(app, pilot, wrong_kinds=("multiple_choice",))
    assert sorted(second) == sorted(first)
    # The day after: only the card answered wrongly is due.
    clock.advance(days=1)
    app = make_app(db, clock, start="quiz", kinds=RESUME_KINDS)
    async with app.run_test(size=SIZE):
        assert [i.kind for i in app.screen.items] == ["multiple_choice"]
    with open_store(db) as store:
        assert len(store.log(fixture_deck().id)) == 7  # 3 + 3 + the missed one again


@async_test
async def test_flashcards_draw_on_every_fact_once(tmp_path):
    """No --kinds: one card per fact, the recall card (short answer, cloze, number) first."""
    app = make_app(tmp_path / "p.sqlite3", start="flashcards")
    async with app.run_test(size=SIZE):
        screen = app.screen
        assert isinstance(screen, FlashcardScreen)
        facts = [i.fact_id for i in screen.items]
        assert sorted(facts) == sorted({i.fact_id for i in fixture_items()})
        by_fact = {i.fact_id: i.kind for i in screen.items}
        assert by_fact["zhurong-rover"] == "short_answer"
        assert by_fact["launch-missions-2016-2021"] == "multiple_choice"  # its only own card
