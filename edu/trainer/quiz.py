"""Quiz screen: one item at a time, rendered for its kind; feedback with evidence after each.

Every answer is graded and recorded at once, so quitting mid-session loses nothing. A missed
item comes back a few items later until it is passed (SessionQueue); `u` takes the last
answer back and `o` counts a typed answer as correct.
"""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Input, ProgressBar, Static

from edu.deck.model import Deck, section_label
from edu.items.model import Item
from edu.progress.scheduler import format_interval
from edu.progress.session import SessionQueue
from edu.trainer.labels import KIND_LABELS, question_text
from edu.trainer.markup import STATUS_PADDING, title_beside
from edu.trainer.messages import Answered, Confirm, SessionEnded
from edu.trainer.results import SessionSummary
from edu.trainer.screen import TrainerScreen
from edu.trainer.state import Graded
from edu.trainer.widgets import AnswerWidget, Feedback, answer_widget_for

TYPED_KINDS = ("short_answer", "numeric", "cloze")


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
    """Ask, grade, explain, next. Escape asks before it ends the session early."""

    BINDINGS = [
        Binding("n", "next", "Next"),
        Binding("enter", "next", "Next", show=False),
        Binding("u", "undo", "Undo answer"),
        Binding("o", "override", "Count as correct"),
        Binding("escape", "leave", "End session"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, deck: Deck, items: list[Item], seed: int = 0) -> None:
        super().__init__()
        self.deck = deck
        self.items = list(items)  # the session as planned (missed items come back too)
        self.queue = SessionQueue(items, seed=seed)
        self.results: list[Graded] = []
        self.answered = False
        self.finished = False
        self.building = True  # until the first item is built and focused (see _settle); not
        # Textual's own `loading`, which covers the screen with a spinner
        self.advancing = False  # `n` or Enter pressed on a verdict: the next item is coming
        self._early_keys: list[events.Key] = []
        self._early_answer: Answered | None = None  # a click that beat the focus (_settle)
        self.answer_widget: AnswerWidget | None = None
        self.started_at: datetime | None = None
        self.shown_at: datetime | None = None
        self._item: Item | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(classes="status"):
            yield Static(id="quiz-status")
        yield ProgressBar(id="session-progress", show_eta=False, show_percentage=True)
        yield VerticalScroll(id="quiz-body")
        yield Footer()

    async def on_mount(self) -> None:
        self.started_at = self.state.clock()
        await self.show_item()

    @property
    def item(self) -> Item:
        """The item on screen (after an answer, still the one just answered)."""
        assert self._item is not None
        return self._item

    async def show_item(self) -> None:
        """Replace the body with the queue's current item and focus its answer widget.
        Keys pressed while it is built are kept and replayed to it, none lost."""
        self.building = True
        self.answered = False
        self.queue.advance(self.state.clock())
        item = self._item = self.queue.current
        assert item is not None
        body = self.query_one("#quiz-body", VerticalScroll)
        await body.remove_children()
        label = KIND_LABELS.get(item.kind, item.kind)
        meta = Text(label, style="bold")
        if item.section:
            # the deck's title is on the line above: the section below it
            meta.append(f"  ·  {section_label(self.deck.title, item.section)}", style="dim")
        if self.queue.is_retry:
            meta.append("  ·  again: missed earlier", style="bold yellow")
        widget = self.answer_widget = answer_widget_for(item)
        await body.mount(Static(meta, classes="item-kind"),
                         Static(question_text(item), id="question"), widget)
        self.update_status()
        self.shown_at = self.state.clock()
        widget.focus_answer()  # takes effect after this message: keep buffering till then
        self.call_after_refresh(self._settle)

    def _settle(self) -> None:
        """The new item has the focus: replay the keys typed while it was being built."""
        self.building = False
        self.advancing = False
        self.refresh_bindings()
        early, self._early_keys = self._early_keys, []
        answer, self._early_answer = self._early_answer, None
        if answer is not None:
            self.post_message(Answered(answer.response))
        if early:
            # posted from the app's own loop: a key sent from this screen stops bubbling at
            # the screen (Textual ends a message at its sender), so the app never ran the
            # focused widget's bindings and a replayed digit was lost
            self.app.call_later(_replay_keys, self.app, early)

    def on_key(self, event: events.Key) -> None:
        """Keys typed right after `n`/Enter belong to the next item, and keys typed while an
        item is drawn but not yet focused belong to it: both arrive before the item can take
        them, so they are kept and replayed to it (a digit pressed the moment the first
        question showed was lost, and the learner stuck)."""
        if (self.answered and not self.advancing and not self.building
                and event.key in ("n", "enter")):
            self.advancing = True  # the binding or the Next button runs action_next
            return
        if self.advancing or self.building:
            event.stop()
            event.prevent_default()
            self._early_keys.append(event)

    def on_resize(self) -> None:
        if self._item is not None:
            self.update_status()

    def update_status(self) -> None:
        results = self.results
        tally = {s: sum(1 for r in results if r.status == s)
                 for s in ("correct", "almost", "wrong")}
        done, left = self.queue.answered, self.queue.remaining
        text = Text(f"   {done + (0 if self.answered else 1)}/{done + left}   ")
        text.append(f"✔ {tally['correct']}  ", style="green")
        text.append(f"≈ {tally['almost']}  ", style="yellow")
        text.append(f"✘ {tally['wrong']}", style="red")
        if self.state.options.cram:
            text.append("   cram", style="dim")
        self.query_one("#quiz-status", Static).update(
            title_beside(self.deck.title, text, self.app.size.width - STATUS_PADDING))
        self.query_one("#session-progress", ProgressBar).update(total=max(1, done + left),
                                                                 progress=done)

    async def on_answered(self, message: Answered) -> None:
        message.stop()
        if self.building and not self.answered:
            self._early_answer = message  # the item's widget answered before it settled
            return
        if self.answered or self.building:
            return
        self.answered = True
        since = self.shown_at or self.state.clock()
        graded = self.state.answer(self.deck, self.item, message.response,
                                   self.state.elapsed_ms(since))
        await self._show_verdict(graded)

    async def _show_verdict(self, graded: Graded) -> None:
        """Record the verdict in the session order and show it, with the way on."""
        self.results.append(graded)
        due = graded.result.card.due if graded.result and graded.result.card else None
        self.queue.record(graded.passed, due)
        self.app.clear_notifications()  # a "type an answer first" hint is stale now
        if self.answer_widget is not None:
            self.answer_widget.close_answer()
        body = self.query_one("#quiz-body", VerticalScroll)
        for old in body.query("#feedback, .schedule, #next"):
            await old.remove()
        last = self.queue.finished
        next_button = Button("Summary ⏎" if last else "Next ⏎", id="next", variant="primary",
                             compact=True)
        # Enter is the screen's binding, not the button's: the screen sees it first, so keys
        # typed right after it wait for the next item (on_key); a click still works
        next_button.can_focus = False
        feedback = Feedback(self.item, graded.status, shown_reason(self.item, graded),
                            id="feedback")
        await body.mount(feedback, self._schedule_line(graded), next_button)
        self.update_status()
        self.set_focus(None)
        # as far down as the verdict allows: a long matching answer scrolled to its end hid
        # the verdict above the screen (the Next button may go below; Enter and n still work)
        self.call_after_refresh(body.scroll_to_widget, feedback, top=True, animate=False)
        self.refresh_bindings()

    def _schedule_line(self, graded: Graded) -> Static:
        if graded.interval is None:
            line = "Cram mode: not scheduled."
        else:
            line = f"Next review in {format_interval(graded.interval)}."
        if not graded.passed:
            line += " It comes back in this session until you get it right."
        if self.can_override():
            line += " o: count my answer as correct."
        line += " u: undo this answer."
        return Static(Text(line, style="dim"), classes="schedule")

    def can_override(self) -> bool:
        last = self.results[-1] if self.results else None
        return (self.answered and last is not None and last.item.kind in TYPED_KINDS
                and last.status != "correct" and bool(last.response))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self.answered and not self.building
        if action == "undo":
            return self.queue.can_undo() and not self.building
        if action == "override":
            return self.can_override()
        return True

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "next":
            event.stop()
            await self.action_next()

    async def action_next(self) -> None:
        if not self.answered or self.building:
            return
        if self.queue.finished:
            self.action_finish()
            return
        await self.show_item()

    async def action_undo(self) -> None:
        """Take back the last answer (log row and card, one transaction) and ask again."""
        if not self.queue.can_undo() or self.building or not self.results:
            return
        last = self.results[-1]
        if not self.state.undo(self.deck, last.result or last.kept):
            return  # the database is locked: nothing was taken back
        self.results.pop()
        self.queue.undo()
        self.notify("Answer taken back; it is not in your history.", timeout=3)
        await self.show_item()

    async def action_override(self) -> None:
        """The grader was too strict: count the typed answer as correct instead."""
        if not self.can_override():
            return
        graded = self.state.override(self.deck, self.results[-1])
        if graded is None:
            return  # the database is locked: the answer stands
        self.results.pop()
        self.queue.undo()
        await self._show_verdict(graded)

    def action_leave(self) -> None:
        """Escape in the answer box only leaves the box (then q, ?, n work); again asks
        whether to end the session."""
        if isinstance(self.focused, Input) and not self.answered:
            self.set_focus(None)
            self.notify("Tab returns to the answer box; Esc again ends the session.", timeout=3)
            return
        self.post_message(Confirm(self._leave_question("End this session and see the summary?"),
                                  self.action_finish))

    def action_quit(self) -> None:
        self.post_message(Confirm(self._leave_question("Quit edu?"), self.app.exit))

    def _leave_question(self, question: str) -> str:
        left = self.queue.remaining  # an answered item has left the queue (unless missed)
        if left <= 0:
            return question
        return (f"{question} {left} item{'s' if left != 1 else ''} not done yet; "
                "your answers so far are saved.")

    def action_finish(self) -> None:
        """Leave the session for its summary (answers are already saved). Once only: the App
        switches screens when the message arrives, and another key may come first."""
        if self.finished:
            return
        self.finished = True
        summary = SessionSummary.from_quiz(self.deck, self.results, self.started_at,
                                           self.state.clock(), self.queue.missed,
                                           self.queue.remaining)
        self.post_message(SessionEnded(summary, self.deck))


def _replay_keys(app: App[object], keys: list[events.Key]) -> None:
    """Send kept keys again as if typed now (runs on the app's loop, see `_settle`)."""
    for key in keys:
        app.post_message(events.Key(key.key, key.character))
