"""Flashcards: see the front, reveal with Space, rate Again / Hard / Good / Easy with 1-4.

Each rating button shows the interval FSRS would give, so the learner sees what a rating means.
"""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, ProgressBar, Static

from edu.deck.model import Deck
from edu.items.model import Item
from edu.progress.session import SessionQueue
from edu.progress.store import AnswerResult
from edu.trainer.labels import question_text
from edu.trainer.markup import STATUS_PADDING, plain, title_beside
from edu.trainer.messages import Confirm, SessionEnded
from edu.trainer.results import SessionSummary
from edu.trainer.screen import TrainerScreen
from edu.trainer.state import RATING_NAMES, KeptAnswer
from edu.trainer.widgets.feedback import correct_answer_text, highlight_evidence
from edu.trainer.widgets.sequence import display_order


def card_front(item: Item) -> Text:
    """The question side, with whatever the question needs to stand alone on a card."""
    text = question_text(item)
    if item.kind == "multiple_choice":
        for n, option in enumerate(item.options or [], 1):
            text.append_text(plain(f"\n  {n}. {option}"))
    elif item.kind == "matching":
        text.append_text(plain("\n  " + " · ".join(left for left, _ in item.pairs or [])))
    elif item.kind == "ordering":
        for event in display_order(list(item.sequence or []), item.id):
            text.append_text(plain(f"\n  • {event}"))
    return text


def card_back(item: Item) -> Text:
    """The answer side: the answer, then the highlighted evidence and its section."""
    text = Text("Answer: ", style="bold")
    text.append_text(correct_answer_text(item))
    text.append("\n\nSource: ", style="bold")
    text.append_text(highlight_evidence(item))
    if item.section:
        text.append_text(plain(f"\n§ {item.section}", style="dim"))
    return text


class FlashcardScreen(TrainerScreen):
    """Reveal, then rate; ratings are recorded immediately through the progress store."""

    BINDINGS = [
        Binding("space", "reveal", "Reveal"),
        Binding("1", "rate(1)", "Again"),
        Binding("2", "rate(2)", "Hard"),
        Binding("3", "rate(3)", "Good"),
        Binding("4", "rate(4)", "Easy"),
        Binding("u", "undo", "Undo rating"),
        Binding("escape", "leave", "End session"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, deck: Deck, items: list[Item], seed: int = 0) -> None:
        super().__init__()
        self.deck = deck
        self.items = list(items)  # the session as planned (missed items come back too)
        self.queue = SessionQueue(items, seed=seed)
        self.revealed = False
        self.finished = False
        self.ratings: list[int] = []
        self.recorded: list[AnswerResult | KeptAnswer] = []
        self._item: Item | None = None
        self.started_at: datetime | None = None
        self.shown_at: datetime | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="card-status", classes="status")
        yield ProgressBar(id="session-progress", show_eta=False, show_percentage=True)
        with VerticalScroll(id="card-body"):
            yield Static(id="card-front", classes="card")
            yield Static(id="card-back", classes="card")
        with Horizontal(id="rating-buttons"):
            for value, name in RATING_NAMES.items():
                yield Button(f"{value} {name}", id=f"rate-{value}", classes=name.lower(),
                             compact=True)
            yield Button("Reveal ␣", id="reveal", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.started_at = self.state.clock()
        self.show_card()

    @property
    def item(self) -> Item:
        assert self._item is not None
        return self._item

    def _update_status(self) -> None:
        done, left = self.queue.answered, self.queue.remaining
        status = Text(f"   card {done + 1}/{done + left}")
        if self.state.options.cram:
            status.append("   cram", style="dim")
        self.query_one("#card-status", Static).update(
            title_beside(self.deck.title, status, self.app.size.width - STATUS_PADDING))

    def on_resize(self) -> None:
        if self._item is not None:
            self._update_status()

    def show_card(self) -> None:
        self.revealed = False
        self.queue.advance(self.state.clock())
        self._item = self.queue.current
        front = card_front(self.item)
        if self.queue.is_retry:
            front = Text("Again: missed earlier in this session\n", style="bold yellow") + front
        self.query_one("#card-front", Static).update(front)
        back = self.query_one("#card-back", Static)
        back.update("")
        back.display = False
        done, left = self.queue.answered, self.queue.remaining
        self._update_status()
        self.query_one("#session-progress", ProgressBar).update(total=max(1, done + left),
                                                                 progress=done)
        self._show_buttons()
        self.shown_at = self.state.clock()
        self.refresh_bindings()

    def _show_buttons(self) -> None:
        """Before reveal only the Reveal button; after it, the four ratings with intervals."""
        self.query_one("#reveal", Button).display = not self.revealed
        previews = self.state.preview(self.deck, self.item) if self.revealed else {}
        for value, name in RATING_NAMES.items():
            button = self.query_one(f"#rate-{value}", Button)
            button.display = self.revealed
            if value in previews:
                button.label = f"{value} {name} · {previews[value]}"
        (self.query_one("#rate-3", Button) if self.revealed
         else self.query_one("#reveal", Button)).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "rate":
            return self.revealed
        if action == "reveal":
            return not self.revealed
        if action == "undo":
            return bool(self.recorded)
        return True

    def action_reveal(self) -> None:
        if self.revealed:
            return
        self.revealed = True
        back = self.query_one("#card-back", Static)
        back.update(card_back(self.item))
        back.display = True
        self._show_buttons()
        self.refresh_bindings()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "reveal":
            self.action_reveal()
        elif event.button.id and event.button.id.startswith("rate-"):
            self.action_rate(int(event.button.id.removeprefix("rate-")))

    def action_rate(self, rating: int) -> None:
        if not self.revealed or self.finished:  # a key pressed while the summary opens
            return
        since = self.shown_at or self.state.clock()
        result = self.state.rate(self.deck, self.item, rating, self.state.elapsed_ms(since))
        self.ratings.append(rating)
        self.recorded.append(result)
        due = result.card.due if isinstance(result, AnswerResult) and result.card else None
        self.queue.record(rating > 1, due)
        if self.queue.finished:
            self.action_finish()
            return
        self.show_card()

    def action_undo(self) -> None:
        """Take back the last rating (log row and card, one transaction); rate it again."""
        if not self.recorded or self.finished:
            return
        if not self.state.undo(self.deck, self.recorded[-1]):
            return  # the database is locked: nothing was taken back
        self.recorded.pop()
        self.ratings.pop()
        self.queue.undo()
        self.notify("Rating taken back; it is not in your history.", timeout=3)
        self.show_card()

    def action_leave(self) -> None:
        self.post_message(Confirm(self._leave_question("End this session and see the summary?"),
                                  self.action_finish))

    def action_quit(self) -> None:
        self.post_message(Confirm(self._leave_question("Quit edu?"), self.app.exit))

    def _leave_question(self, question: str) -> str:
        left = self.queue.remaining
        if left <= 0:
            return question
        return (f"{question} {left} card{'s' if left != 1 else ''} not done yet; "
                "your ratings so far are saved.")

    def action_finish(self) -> None:
        """Leave for the summary (ratings are already saved), once."""
        if self.finished:
            return
        self.finished = True
        summary = SessionSummary.from_flashcards(self.deck, self.ratings, self.started_at,
                                                 self.state.clock(), self.queue.missed,
                                                 self.queue.remaining)
        self.post_message(SessionEnded(summary, self.deck))
