"""Session summary: right / almost / wrong counts, accuracy (its rule stated), time, and the
items missed, which `r` asks again; then back home."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Static

from edu.deck.model import Deck
from edu.trainer.labels import question_text
from edu.trainer.messages import ShowStats, StartSession
from edu.trainer.results import ACCURACY_RULE, SessionSummary
from edu.trainer.screen import TrainerScreen


def format_duration(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes}m {secs:02d}s" if minutes else f"{secs}s"


def summary_table(summary: SessionSummary) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    correct_label = "Good/Easy" if summary.mode == "flashcards" else "Correct"
    table.add_row("Answered", str(summary.answered))
    table.add_row(Text(f"✔ {correct_label}", style="green"), str(summary.correct))
    table.add_row(Text("≈ Almost" if summary.mode == "quiz" else "≈ Hard", style="yellow"),
                  str(summary.almost))
    table.add_row(Text("✘ Wrong" if summary.mode == "quiz" else "✘ Again", style="red"),
                  str(summary.wrong))
    accuracy = summary.accuracy
    table.add_row("Accuracy", Text.assemble("—" if accuracy is None else f"{accuracy:.0%}",
                                            ("  counts " + ACCURACY_RULE, "dim")))
    if summary.left:
        table.add_row("Not reached", f"{summary.left} (session ended early)")
    table.add_row("Time", format_duration(summary.seconds))
    return table


def missed_text(summary: SessionSummary) -> Text:
    """The items missed at least once, so the learner sees what to work on."""
    if not summary.missed:
        return Text("Nothing missed.", style="green")
    text = Text(f"Missed ({len(summary.missed)}) — r asks them again:\n", style="bold")
    for item in summary.missed:
        text.append("  ✘ ", style="red")
        text.append_text(question_text(item))
        text.append(f"\n      → {item.answer}\n", style="dim")
    return text


class SummaryScreen(TrainerScreen):
    """Shown when a session ends; Enter or Escape returns to the home screen."""

    BINDINGS = [
        Binding("enter", "home", "Home"),
        Binding("escape", "home", "Home", show=False),
        Binding("r", "retry", "Retry missed"),
        Binding("s", "stats", "Stats"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, summary: SessionSummary, deck: Deck | None = None) -> None:
        super().__init__()
        self.summary = summary
        self.deck = deck

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="summary"):
            title = "Quiz" if self.summary.mode == "quiz" else "Flashcards"
            yield Static(Text(f"{title} finished — {self.summary.deck_title}", style="bold"),
                         id="summary-title")
            yield Static(summary_table(self.summary), id="summary-table")
            yield Static(missed_text(self.summary), id="summary-missed")
            with Horizontal(id="summary-buttons"):
                yield Button("Home ⏎", id="summary-home", variant="primary")
                if self.summary.missed:
                    yield Button("Retry missed r", id="summary-retry")
                yield Button("Stats s", id="summary-stats")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#summary-home", Button).focus(scroll_visible=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "summary-stats":
            self.action_stats()
        elif event.button.id == "summary-retry":
            self.action_retry()
        else:
            self.action_home()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return bool(self.summary.missed) and self.deck is not None
        return True

    def action_retry(self) -> None:
        """Ask the missed items again, in a session of their own."""
        if self.summary.missed and self.deck is not None:
            self.post_message(StartSession(self.deck, self.summary.mode,
                                           list(self.summary.missed)))

    def action_home(self) -> None:
        self.app.pop_screen()

    def action_stats(self) -> None:
        deck = self.deck or (self.state.decks[0] if self.state.decks else None)
        if deck is not None:
            self.post_message(ShowStats(deck))
