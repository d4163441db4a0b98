"""Session summary: right / almost / wrong counts, accuracy and time, then back home."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Header, Static

from edu.deck.model import Deck
from edu.trainer.messages import ShowStats
from edu.trainer.results import SessionSummary
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
    table.add_row("Accuracy", "—" if accuracy is None else f"{accuracy:.0%}")
    table.add_row("Time", format_duration(summary.seconds))
    return table


class SummaryScreen(TrainerScreen):
    """Shown when a session ends; Enter or Escape returns to the home screen."""

    BINDINGS = [
        Binding("enter", "home", "Home"),
        Binding("escape", "home", "Home", show=False),
        Binding("s", "stats", "Stats"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, summary: SessionSummary, deck: Deck | None = None) -> None:
        super().__init__()
        self.summary = summary
        self.deck = deck

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="summary"):
            title = "Quiz" if self.summary.mode == "quiz" else "Flashcards"
            yield Static(Text(f"{title} finished — {self.summary.deck_title}", style="bold"),
                         id="summary-title")
            yield Static(summary_table(self.summary), id="summary-table")
            with Horizontal(id="summary-buttons"):
                yield Button("Home ⏎", id="summary-home", variant="primary")
                yield Button("Stats s", id="summary-stats")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#summary-home", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "summary-stats":
            self.action_stats()
        else:
            self.action_home()

    def action_home(self) -> None:
        self.app.pop_screen()

    def action_stats(self) -> None:
        deck = self.deck or (self.state.decks[0] if self.state.decks else None)
        if deck is not None:
            self.post_message(ShowStats(deck))
