"""Quiz screen: one item at a time, rendered for its kind; feedback with evidence after each.

Every answer is graded and recorded at once, so quitting mid-session loses nothing.
"""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Button, Footer, Header, Input, Static

from edu.deck.model import Deck
from edu.items.model import Item
from edu.progress.scheduler import format_interval
from edu.trainer.labels import KIND_LABELS, question_text
from edu.trainer.markup import plain
from edu.trainer.messages import Answered, SessionEnded
from edu.trainer.results import SessionSummary
from edu.trainer.screen import TrainerScreen
from edu.trainer.state import Graded
from edu.trainer.widgets import AnswerWidget, Feedback, answer_widget_for


def shown_reason(item: Item, graded: Graded) -> str:
    """The grader's reason, in the trainer's own labels: options are numbered 1-4 here,
    so "you chose C" would name a letter the learner never saw."""
    options = item.options or []
    if (item.kind == "multiple_choice" and graded.status == "wrong"
            and graded.response in options and item.answer in options):
        return (f"you chose {options.index(graded.response) + 1} ({graded.response}); "
                f"the answer is {options.index(item.answer) + 1} ({item.answer})")
    return graded.reason


class QuizScreen(TrainerScreen):
    """Ask, grade, explain, next. Escape ends the session early and shows the summary."""

    BINDINGS = [
        Binding("n", "next", "Next"),
        Binding("escape", "leave", "End session"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, deck: Deck, items: list[Item]) -> None:
        super().__init__()
        self.deck = deck
        self.items = items
        self.index = 0
        self.results: list[Graded] = []
        self.answered = False
        self.finished = False
        self.answer_widget: AnswerWidget | None = None
        self.started_at: datetime | None = None
        self.shown_at: datetime | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="quiz-status", classes="status")
        yield VerticalScroll(id="quiz-body")
        yield Footer()

    async def on_mount(self) -> None:
        self.started_at = self.state.clock()
        await self.show_item()

    @property
    def item(self) -> Item:
        return self.items[self.index]

    async def show_item(self) -> None:
        """Replace the body with the current item and focus its answer widget."""
        self.answered = False
        body = self.query_one("#quiz-body", VerticalScroll)
        await body.remove_children()
        item = self.item
        label = KIND_LABELS.get(item.kind, item.kind)
        meta = Text(label, style="bold")
        if item.section:
            meta.append(f"  ·  {item.section}", style="dim")
        widget = self.answer_widget = answer_widget_for(item)
        await body.mount(Static(meta, classes="item-kind"),
                         Static(question_text(item), id="question"), widget)
        self.update_status()
        self.shown_at = self.state.clock()
        widget.focus_answer()
        self.refresh_bindings()

    def update_status(self) -> None:
        tally = {s: sum(1 for r in self.results if r.status == s)
                 for s in ("correct", "almost", "wrong")}
        text = plain(self.deck.title, style="bold")
        text.append(f"   {self.index + 1}/{len(self.items)}   ")
        text.append(f"✔ {tally['correct']}  ", style="green")
        text.append(f"≈ {tally['almost']}  ", style="yellow")
        text.append(f"✘ {tally['wrong']}", style="red")
        if self.state.options.cram:
            text.append("   cram", style="dim")
        self.query_one("#quiz-status", Static).update(text)

    async def on_answered(self, message: Answered) -> None:
        message.stop()
        if self.answered:
            return
        self.answered = True
        since = self.shown_at or self.state.clock()
        graded = self.state.answer(self.deck, self.item, message.response,
                                   self.state.elapsed_ms(since))
        self.results.append(graded)
        self.app.clear_notifications()  # a "type an answer first" hint is stale now
        if self.answer_widget is not None:
            self.answer_widget.close_answer()
        body = self.query_one("#quiz-body", VerticalScroll)
        last = self.index + 1 >= len(self.items)
        next_button = Button("Summary ⏎" if last else "Next ⏎", id="next", variant="primary",
                             compact=True)
        feedback = Feedback(self.item, graded.status, shown_reason(self.item, graded),
                            id="feedback")
        await body.mount(feedback, self._schedule_line(graded), next_button)
        self.update_status()
        next_button.focus(scroll_visible=False)
        # as far down as the verdict allows: a long matching answer scrolled to its end hid
        # the verdict above the screen (the Next button may go below; Enter and n still work)
        self.call_after_refresh(body.scroll_to_widget, feedback, top=True, animate=False)
        self.refresh_bindings()

    def _schedule_line(self, graded: Graded) -> Static:
        if graded.interval is None:
            return Static(Text("Cram mode: not scheduled.", style="dim"), classes="schedule")
        return Static(Text(f"Next review in {format_interval(graded.interval)}.", style="dim"),
                      classes="schedule")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self.answered
        return True

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "next":
            event.stop()
            await self.action_next()

    async def action_next(self) -> None:
        if not self.answered:
            return
        if self.index + 1 >= len(self.items):
            self.action_finish()
            return
        self.index += 1
        await self.show_item()

    def action_leave(self) -> None:
        """Escape in the answer box only leaves the box (then q, ?, n work); again ends."""
        if isinstance(self.focused, Input) and not self.answered:
            self.set_focus(None)
            self.notify("Tab returns to the answer box; Esc again ends the session.", timeout=3)
            return
        self.action_finish()

    def action_finish(self) -> None:
        """Leave the session for its summary (answers are already saved). Once only: the App
        switches screens when the message arrives, and another key may come first."""
        if self.finished:
            return
        self.finished = True
        summary = SessionSummary.from_quiz(self.deck, self.results, self.started_at,
                                           self.state.clock())
        self.post_message(SessionEnded(summary, self.deck))
