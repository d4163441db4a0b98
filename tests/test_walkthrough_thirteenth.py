"""The thirteenth new user's walk-through: what a learner with their own notes ran into.

Each test failed on the code before its fix (docs/EXTRACT.md, "A new user's walk-through
(thirteenth round)")."""

from __future__ import annotations

from textual import events
from trainer_helpers import answer_correctly, async_test, make_app

from edu.trainer.quiz import QuizScreen

SIZE = (80, 24)


@async_test
async def test_y_and_enter_typed_together_to_quit_leave_without_a_traceback(tmp_path):
    """In tmux, "q" then "y⏎" (a learner confirms with y and Enter out of habit) printed a
    MountError traceback: the Enter reached the quiz screen, which began building the next
    item while the app was closing it."""
    app = make_app(tmp_path / "p.sqlite3", start="quiz")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await answer_correctly(pilot, screen)
        await pilot.pause()
        assert screen.answered
        await pilot.press("q")
        await pilot.pause()
        # both keys arrive in one read, as a terminal sends them: queued before either runs
        app.post_message(events.Key("y", "y"))
        app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        await pilot.pause()
    assert app.return_code == 0

