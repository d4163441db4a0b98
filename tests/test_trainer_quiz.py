"""Pilot tests: whole quiz sessions at 80x24, answered from the keyboard like a learner would."""

from __future__ import annotations

import io
from dataclasses import replace

from rich.console import Console
from textual.widgets import Button, DataTable
from trainer_helpers import (
    FakeClock,
    answer_correctly,
    async_test,
    correct_keys,
    fixture_deck,
    fixture_items,
    make_app,
    static_text,
    typed,
)

from edu.progress.session import SessionOptions
from edu.progress.store import open_store
from edu.trainer.app import TrainerApp
from edu.trainer.home import HomeScreen
from edu.trainer.quiz import QuizScreen
from edu.trainer.summary import SummaryScreen
from edu.trainer.widgets import Feedback

SIZE = (80, 24)


def feedback_text(screen) -> str:
    return "\n".join(static_text(s) for s in screen.query_one(Feedback).query("Static"))


@async_test
async def test_every_kind_answered_right_is_recorded_and_summarised(tmp_path):
    db = tmp_path / "p.sqlite3"
    app = make_app(db, start="quiz")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert sorted(i.kind for i in screen.items) == sorted(
            ["short_answer", "multiple_choice", "true_false", "cloze", "numeric", "matching",
             "ordering"])
        for _ in range(len(screen.items)):
            await answer_correctly(pilot, screen)
            await pilot.pause()
            assert screen.results[-1].status == "correct", screen.item.kind
            assert "Correct" in feedback_text(screen)
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        summary = app.screen.summary
        assert (summary.answered, summary.correct, summary.wrong) == (7, 7, 0)
        assert summary.accuracy == 1.0
        await pilot.press("enter")
        assert isinstance(app.screen, HomeScreen)
    with open_store(db) as store:
        log = store.log(fixture_deck().id)
    assert len(log) == 7 and {e.verdict for e in log} == {"correct"}


@async_test
async def test_wrong_answer_shows_the_answer_and_highlighted_evidence(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("short_answer",))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press(*typed("Tianhe"), "enter")
        await pilot.pause()
        text = feedback_text(screen)
        assert "Wrong" in text and "expected Zhurong" in text
        assert "Answer: Zhurong" in text
        assert "zhurong mars rover" in text  # the evidence from the source
        assert "II.4 Deep-space exploration" in text
        evidence = screen.query_one(".evidence").content
        spans = [evidence.plain[s.start:s.end] for s in evidence.spans]
        assert "zhurong" in spans  # the answer is highlighted inside the evidence
    with open_store(tmp_path / "p.sqlite3") as store:
        (entry,) = store.log()
    assert entry.verdict == "wrong" and entry.response == "Tianhe" and entry.rating == 1


@async_test
async def test_typo_counts_as_almost(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("short_answer",))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*typed("zhurung"), "enter")
        await pilot.pause()
        assert app.screen.results[-1].status == "almost"
        assert "Almost" in feedback_text(app.screen)


@async_test
async def test_multiple_choice_digits_pick_an_option(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("multiple_choice",))
    async with app.run_test(size=SIZE) as pilot:
        item = app.screen.item
        assert item.options[0] != item.answer
        await pilot.press("1")
        await pilot.pause()
        assert app.screen.results[-1].status == "wrong"
        assert app.screen.results[-1].response == item.options[0]
        verdict = static_text(app.screen.query_one(".verdict"))
        assert f"you chose 1 ({item.options[0]}); the answer is 2 ({item.answer})" in verdict
        await pilot.press("2")  # a second digit after answering changes nothing
        await pilot.pause()
        assert len(app.screen.results) == 1


@async_test
async def test_multiple_choice_arrows_and_enter(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("multiple_choice",))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # nothing highlighted yet: Enter chooses nothing
        await pilot.pause()
        assert app.screen.results == []
        await pilot.press("down", "down", "enter")  # the first ↓ lands on option 1; 2 is right
        await pilot.pause()
        assert app.screen.results[-1].status == "correct"


@async_test
async def test_enter_pressed_twice_after_feedback_does_not_answer_multiple_choice(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz",
                   kinds=("short_answer", "multiple_choice"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await answer_correctly(pilot, screen)
        await pilot.press("enter", "enter")  # "Next", then the same key once more by habit
        await pilot.pause()
        assert screen.item.kind == "multiple_choice"
        assert len(screen.results) == 1


@async_test
async def test_true_false_keys_and_matching_undo(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("true_false", "matching"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        for _ in range(2):
            item = screen.item
            if item.kind == "true_false":
                await pilot.press("t")  # the statement is false
                await pilot.pause()
                assert screen.results[-1].status == "wrong"
                assert "Tianhe was launched" in feedback_text(screen)
            else:
                keys = correct_keys(screen, item)
                wrong = next(k for k in "abc" if k != keys[0])
                await pilot.press("enter")  # incomplete: nothing is submitted
                await pilot.press(wrong, "backspace", *keys)
                await pilot.pause()
                assert screen.results[-1].status == "correct"
            await pilot.press("n")
            await pilot.pause()


@async_test
async def test_q_types_into_the_input_and_escape_then_q_quits(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("short_answer",))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running
        assert app.screen.query_one("Input").value == "q"
        await pilot.press("escape")  # leaves the answer box, the session goes on
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.focused is None
        await pilot.press("q")  # asks first: a session is running
        await pilot.pause()
        assert app.is_running and "Quit edu?" in static_text(
            app.screen.query_one("#confirm-question"))
        await pilot.press("y")
        await pilot.pause()
        assert not app.is_running


@async_test
async def test_escape_twice_asks_then_ends_the_session_with_a_summary(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("short_answer",))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape", "escape")
        await pilot.pause()
        question = static_text(app.screen.query_one("#confirm-question"))
        assert "End this session" in question and "1 item not done yet" in question
        await pilot.press("n")  # no: back in the session
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await pilot.press("escape", "y")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.summary.answered == 0 and app.screen.summary.left == 1


@async_test
async def test_ctrl_c_quits_even_while_typing(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("short_answer",))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("z", "ctrl+c")
        await pilot.pause()
        assert not app.is_running


@async_test
async def test_help_lists_bindings_and_theme_toggles(tmp_path):
    app = make_app(tmp_path / "p.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HelpScreen"
        console = Console(width=76, record=True, file=io.StringIO())
        console.print(app.screen.query_one("#help-table").content)
        help_text = console.export_text()
        for expected in ("Reveal", "Again", "Easy", "Undo", "Pick that choice", "End session",
                         "Ctrl+T", "Theme", "Esc", "Quit", "Flashcards", "Stats"):
            assert expected in help_text, expected
        await pilot.press("pagedown")  # longer than 24 rows: it scrolls from the keyboard
        await pilot.pause()
        assert app.screen.query_one("#help").scroll_y > 0
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        dark = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != dark


@async_test
async def test_items_are_generated_in_the_background_then_the_session_starts(tmp_path):
    """Real item generation on the fixture deck, off the UI thread; home shows first."""
    from trainer_helpers import FakeClock

    from edu.progress.session import SessionOptions
    from edu.trainer.app import TrainerApp

    deck = fixture_deck()
    options = SessionOptions(kinds=("short_answer", "multiple_choice"), count=3)
    app = TrainerApp([deck], options, db_path=tmp_path / "p.sqlite3", clock=FakeClock(),
                     start="quiz")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        for _ in range(250):  # the session opens once the worker hands the items over
            await pilot.pause(0.02)
            if isinstance(app.screen, QuizScreen) and app.screen.query("#answer"):
                break
        screen = app.screen
        assert isinstance(screen, QuizScreen), (app.screen_stack, app.state.ready(deck))
        assert len(screen.items) == 3
        assert {i.kind for i in screen.items} <= {"short_answer", "multiple_choice"}
        assert {i.fact_id for i in screen.items} <= {f.id for f in deck.facts}
        await answer_correctly(pilot, screen)
        await pilot.pause()
        assert screen.results[-1].status == "correct"


@async_test
async def test_a_session_asked_at_start_opens_without_home_until_it_is_needed(tmp_path,
                                                                             monkeypatch):
    """`edu quiz` opens its session without composing the home screen under it (~0.2 s of
    a start); leaving the summary makes it. If the items take longer than
    WAITING_AFTER_SECONDS, the one-line waiting screen shows meanwhile (not the home screen,
    ~0.1-0.2 s of a first start: round 22t), and the session takes its place."""
    import threading

    from edu.trainer import app as app_module

    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("short_answer",), count=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["QuizScreen"]
        await pilot.press("escape", "escape", "y")  # end the session: its summary
        await pilot.pause()
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["SummaryScreen"]
        await pilot.press("enter")
        await pilot.pause()
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["HomeScreen"]

    for help_over_it in (False, True):
        release = threading.Event()
        prepare = app_module.TrainerState.prepare_session

        def slow_session(self, deck, mode, release=release, prepare=prepare):  # still making
            release.wait(10)  # (its first session's items: round 22u)
            return prepare(self, deck, mode)

        monkeypatch.setattr(app_module, "WAITING_AFTER_SECONDS", 0.05)
        monkeypatch.setattr(app_module.TrainerState, "prepare_session", slow_session)
        app = TrainerApp([fixture_deck()], SessionOptions(), db_path=tmp_path / "q.sqlite3",
                         clock=FakeClock(), start="quiz")
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(100):
                await pilot.pause(0.02)
                if len(app.screen_stack) > 1:
                    break
            assert [type(s).__name__ for s in app.screen_stack[1:]] == ["WaitingScreen"]
            if help_over_it:  # input is not blocked: help opens, and closes for the session
                await pilot.press("question_mark")
                await pilot.pause()
                assert [type(s).__name__ for s in app.screen_stack[1:]] == [
                    "WaitingScreen", "HelpScreen"]
            release.set()
            await app.workers.wait_for_complete()
            for _ in range(100):
                await pilot.pause(0.02)
                if isinstance(app.screen, QuizScreen):
                    break
            assert [type(s).__name__ for s in app.screen_stack[1:]] == ["QuizScreen"]
            await pilot.press("escape", "escape", "y")  # its summary, then home
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            assert [type(s).__name__ for s in app.screen_stack[1:]] == ["HomeScreen"]
        monkeypatch.undo()


@async_test
async def test_nothing_to_study_after_waiting_shows_home(tmp_path, monkeypatch):
    """The waiting screen gives way to the home screen (with the notice) when the session
    it waited for cannot open."""
    import threading

    from edu.trainer import app as app_module

    release = threading.Event()
    prepare = app_module.TrainerState.prepare_session

    def slow_session(self, deck, mode):  # its first session's items (round 22u)
        release.wait(10)
        return prepare(self, deck, mode)

    monkeypatch.setattr(app_module, "WAITING_AFTER_SECONDS", 0.05)
    monkeypatch.setattr(app_module.TrainerState, "prepare_session", slow_session)
    app = TrainerApp([fixture_deck()], SessionOptions(due_only=True),
                     db_path=tmp_path / "q.sqlite3", clock=FakeClock(), start="quiz")
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if len(app.screen_stack) > 1:
                break
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["WaitingScreen"]
        release.set()
        await app.workers.wait_for_complete()
        for _ in range(100):
            await pilot.pause(0.02)
            if isinstance(app.screen, HomeScreen):
                break
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["HomeScreen"]


@async_test
async def test_counts_refreshed_before_the_home_screen_mounts(tmp_path, monkeypatch):
    """The items worker may finish after the home screen is composed and before its
    on_mount ran (seen once under load): the refresh must find the table's columns."""
    mount = HomeScreen.on_mount

    def worker_finishes_first(self: HomeScreen) -> None:
        self.refresh_counts()  # what App._items_ready does from the worker's callback
        mount(self)

    monkeypatch.setattr(HomeScreen, "on_mount", worker_finishes_first)
    app = make_app(tmp_path / "p.sqlite3")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one("DataTable")
        assert [str(c.label) for c in table.columns.values()] == [
            "Deck", "Facts", "Due", "New today", "Learned"]
        assert table.row_count == 1 and table.get_row_at(0)[2] != "…"


@async_test
async def test_a_whole_session_by_mouse(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", kinds=("true_false",))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#start-quiz")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await pilot.click("#tf-false")
        await pilot.pause()
        assert app.screen.results[-1].status == "correct"
        await pilot.click("#next")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.click("#summary-home")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


@async_test
async def test_cram_records_the_answer_but_schedules_nothing(tmp_path):
    db = tmp_path / "p.sqlite3"
    app = make_app(db, start="quiz", kinds=("short_answer",), cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await answer_correctly(pilot, app.screen)
        await pilot.pause()
        assert "Cram mode: not scheduled." in static_text(app.screen.query_one(".schedule"))
    with open_store(db) as store:
        (entry,) = store.log()
        assert entry.cram and store.cards(fixture_deck().id) == {}


@async_test
async def test_due_only_with_nothing_due_stays_home_and_retention_is_kept(tmp_path):
    db = tmp_path / "p.sqlite3"
    app = make_app(db, start="quiz", due_only=True, retention=0.85)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    with open_store(db) as store:
        assert store.settings.desired_retention == 0.85


@async_test
async def test_the_blank_answer_hint_goes_away_once_answered(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("short_answer",), count=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert len(app._notifications) == 1  # "Type an answer, or press Enter again ..."
        await pilot.press(*typed("Zhurong"), "enter")
        await pilot.pause()
        assert len(app._notifications) == 0  # it would cover the feedback


@async_test
async def test_enter_twice_on_a_blank_answer_gives_up_and_shows_the_answer(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("short_answer",))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.results == []  # one stray Enter costs nothing
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.results[-1].status == "wrong"
        assert "Answer: Zhurong" in feedback_text(app.screen)


@async_test
async def test_an_empty_session_says_why(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("short_answer",))
    async with app.run_test(size=SIZE) as pilot:
        await answer_correctly(pilot, app.screen)
        await pilot.press("enter", "enter")  # summary, then home
        await pilot.pause()
        assert app.start_session(fixture_deck(), "quiz") is False
        assert app._nothing_to_study(fixture_deck(), "quiz") == (
            "Nothing due in 'Trainer test deck' and today's new cards are done; the next card"
            " is due in 10m. Start with --cram to practise anyway.")
        assert app._nothing_to_study(fixture_deck(), "flashcards").startswith("Nothing due")


@async_test
async def test_enter_does_not_answer_true_or_false_by_accident(tmp_path):
    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("true_false",))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert screen.item.kind == "true_false"
        await pilot.press("enter")  # habit from "Next": must not pick True
        await pilot.pause()
        assert screen.results == []
        await pilot.press(screen.item.answer[0])
        await pilot.pause()
        assert screen.results[-1].status == "correct"


@async_test
async def test_help_over_a_quiz_has_its_own_footer_offering_only_close(tmp_path):
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("true_false",))
    async with app.run_test(size=SIZE) as pilot:
        quiz = app.screen
        await pilot.press("t", "question_mark")
        await pilot.pause()
        keys = [key.description for key in app.screen.query_one(Footer).query(FooterKey)]
        assert "Close" in keys and "Next" not in keys and "End session" not in keys
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is quiz


@async_test
async def test_feedback_highlights_the_answer_in_stemmed_evidence(tmp_path):
    from dataclasses import replace

    from trainer_helpers import FakeClock, fixture_items

    from edu.progress.session import SessionOptions
    from edu.trainer.app import TrainerApp

    deck = fixture_deck()
    item = replace(fixture_items()[0], answer="cooperation and sharing", aliases=[],
                   evidence="cooperation share China always open outside world")
    app = TrainerApp([deck], SessionOptions(), db_path=tmp_path / "p.sqlite3",
                     clock=FakeClock(), start="quiz", items={deck.id: [item]})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*typed("openness"), "enter")
        await pilot.pause()
        evidence = app.screen.query_one(".evidence").content
        assert [evidence.plain[s.start:s.end] for s in evidence.spans] == [
            "cooperation", "share"]


def test_word_forms_of_the_answer_are_highlighted_but_figures_only_exactly():
    from dataclasses import replace

    from trainer_helpers import fixture_items

    from edu.trainer.widgets.feedback import highlight_evidence

    item = replace(fixture_items()[0], answer="cooperation and sharing", aliases=[],
                   evidence="cooperation share China always open 2017 world")
    text = highlight_evidence(item)
    assert [text.plain[s.start:s.end] for s in text.spans] == ["cooperation", "share"]
    item = replace(item, answer="the 20 worlds")
    text = highlight_evidence(item)
    assert [text.plain[s.start:s.end] for s in text.spans] == ["world"]


@async_test
async def test_stats_name_kinds_as_the_quiz_does_and_explain_an_empty_retention(tmp_path):
    from edu.trainer.stats_screen import StatsScreen

    app = make_app(tmp_path / "p.sqlite3", start="quiz", kinds=("multiple_choice",))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "enter")  # a wrong answer: the item comes back at once
        await pilot.pause()
        await answer_correctly(pilot, app.screen)
        await pilot.pause()
        await pilot.press("enter", "s")  # the summary, then stats
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        console = Console(width=76, record=True, file=io.StringIO())
        for widget in app.screen.query("Static"):
            console.print(widget.content)
        shown = console.export_text()
        assert "Multiple choice" in shown and "multiple_choice" not in shown
        assert "Retention none yet" in shown and "0/0" not in shown


@async_test
async def test_a_long_matching_pick_stays_on_its_slot_line(tmp_path):
    from dataclasses import replace

    from trainer_helpers import FakeClock, fixture_items

    from edu.progress.session import SessionOptions
    from edu.trainer.app import TrainerApp
    from edu.trainer.widgets import MatchingAnswer

    deck = fixture_deck()
    item = next(i for i in fixture_items() if i.kind == "matching")
    long = ("China's Zhurong rover, the first Mars rover of the country, drove more than a"
            " kilometre across Utopia Planitia")
    item = replace(item, pairs=[*item.pairs[:2], ["Zhurong", long]])
    app = TrainerApp([deck], SessionOptions(), db_path=tmp_path / "p.sqlite3",
                     clock=FakeClock(), start="quiz", items={deck.id: [item]})
    async with app.run_test(size=SIZE) as pilot:
        widget = app.screen.query_one(MatchingAnswer)
        await pilot.press(*[widget.labels[widget.choices.index(right)].lower()
                            for _, right in item.pairs])
        await pilot.pause()
        slots = widget.query_one(".slots")
        lines = static_text(slots).splitlines()
        assert len(lines) == 1 + len(item.pairs) and lines[3].endswith("…")
        assert all(len(line) < widget.size.width for line in lines)
        assert slots.size.height == len(lines)  # nothing wrapped
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.results[-1].status == "correct"


@async_test
async def test_a_long_wrong_answer_keeps_its_verdict_on_screen(tmp_path):
    from dataclasses import replace

    from trainer_helpers import FakeClock, fixture_items

    from edu.progress.session import SessionOptions
    from edu.trainer.app import TrainerApp

    deck = fixture_deck()
    item = next(i for i in fixture_items() if i.kind == "matching")
    pairs = [[f"Probe {n}", f"description number {n} " + "of a long sentence " * 4]
             for n in range(1, 6)]
    item = replace(item, pairs=pairs, evidence="\n".join(r for _, r in pairs))
    app = TrainerApp([deck], SessionOptions(), db_path=tmp_path / "p.sqlite3",
                     clock=FakeClock(), start="quiz", items={deck.id: [item]})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "b", "c", "d", "e", "enter")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert screen.results[-1].status == "wrong"
        body, verdict = screen.query_one("#quiz-body"), screen.query_one(".verdict")
        assert body.max_scroll_y > 0  # the answer is longer than the screen
        top = verdict.region.y
        assert body.region.y <= top < body.region.bottom  # the verdict is visible
        await pilot.press("enter")  # the Next button has the focus even when off-screen
        await pilot.pause()
        assert app.screen.item is item and app.screen.queue.is_retry  # missed: asked again


@async_test
async def test_home_shows_every_count_of_a_long_titled_deck_at_80_and_60_columns(tmp_path):
    """A document's deck has a long title ("... (unreviewed drafts)"): at 80x24 the Due,
    New today and Learned columns fell past the right edge and the buttons past the footer's
    end at 60x20. The title is cut with an ellipsis; the counts and every button stay."""
    deck = replace(fixture_deck(), title="The Café Culture of Vienna: A Short History "
                                         "(unreviewed drafts)")
    app = TrainerApp([deck], SessionOptions(), db_path=tmp_path / "p.sqlite3",
                     clock=FakeClock(), items={deck.id: fixture_items()})
    for size in ((80, 24), (60, 20)):
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            table = app.screen.query_one(DataTable)
            assert table.virtual_size.width <= table.size.width, size
            assert table.get_row_at(0)[0].plain.endswith("…")
            for button in app.screen.query(Button):
                assert button.region.right <= size[0], (size, button.label)
        app = TrainerApp([deck], SessionOptions(), db_path=tmp_path / "p.sqlite3",
                         clock=FakeClock(), items={deck.id: fixture_items()})
    bundled = replace(fixture_deck(), title="China's Space Program: A 2021 Perspective")
    app = TrainerApp([bundled], SessionOptions(), db_path=tmp_path / "p.sqlite3",
                     clock=FakeClock(), items={bundled.id: fixture_items()})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one(DataTable).get_row_at(0)[0].plain == bundled.title


@async_test
async def test_the_counts_stay_beside_a_long_title_at_80_and_60_columns(tmp_path):
    """The status line showed the title and lost the counts past the right edge: with a
    document's long title the learner saw neither the item number nor right and wrong."""
    deck = replace(fixture_deck(), title="The Café Culture of Vienna: A Short History "
                                         "(unreviewed drafts)")
    for start, shown in (("quiz", "✘ 0"), ("flashcards", "card 1/")):
        for size in ((80, 24), (60, 20)):
            app = TrainerApp([deck], SessionOptions(), db_path=tmp_path / "p.sqlite3",
                             clock=FakeClock(), start=start, items={deck.id: fixture_items()})
            async with app.run_test(size=size) as pilot:
                await pilot.pause()
                status = app.screen.query_one("#quiz-status, #card-status")
                line = static_text(status)
                assert shown in line, (start, size, line)
                assert len(line) <= size[0] - 2, (start, size, line)
