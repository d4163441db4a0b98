"""Stats screen: reviews per day (Sparkline), retention, upcoming due, accuracy, hardest facts."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Sparkline, Static

from edu.deck.model import Deck
from edu.progress.scheduler import ACCURACY_RULE
from edu.trainer.labels import KIND_LABELS
from edu.trainer.markup import plain
from edu.trainer.screen import TrainerScreen


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def accuracy_table(title: str, rows: list[dict[str, Any]],
                   labels: dict[str, str] | None = None) -> Table:
    """One accuracy breakdown (per section or per kind) as a compact table; `labels` turns
    stored names ("multiple_choice") into the words the quiz shows ("Multiple choice")."""
    table = Table(title=title, title_justify="left", expand=True, box=None, padding=(0, 1))
    table.add_column(title.split(" by ")[-1].capitalize(), ratio=1, no_wrap=True,
                     overflow="ellipsis")
    table.add_column("n", justify="right")
    table.add_column("acc", justify="right")
    for row in rows:
        name = str(row["name"] or "—")
        table.add_row(plain((labels or {}).get(name, name)), str(row["answers"]),
                      _percent(row.get("accuracy")))
    if not rows:
        table.add_row(Text("no answers yet", style="dim"), "", "")
    return table


def hardest_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title="Hardest facts", title_justify="left", expand=True, box=None,
                  padding=(0, 1))
    table.add_column("Prompt", ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column("kind", no_wrap=True)
    table.add_column("lapses", justify="right")
    table.add_column("acc", justify="right")
    for row in rows[:5]:
        kind = str(row["kind"])
        table.add_row(plain(str(row["prompt"])), KIND_LABELS.get(kind, kind), str(row["lapses"]),
                      _percent(row.get("accuracy")))
    if not rows:
        table.add_row(Text("nothing hard yet", style="dim"), "", "", "")
    return table


def overview_text(data: dict[str, Any]) -> Text:
    """One block of headline numbers: retention, due counts, card counts."""
    retention = data["retention"]
    upcoming = data["upcoming"]
    counts = data["counts"]
    text = Text()
    text.append("Retention ", style="bold")
    if retention["reviews"]:
        text.append(f"{_percent(retention.get('rate'))} ({retention['passed']} of "
                    f"{retention['reviews']} reviews of learned cards passed)\n")
    else:  # "— (0/0 reviews passed)" read like a failure on day one
        text.append("none yet: it counts reviews of learned cards, not first answers\n")
    text.append("Due ", style="bold")
    text.append(f"today {upcoming['today']} · tomorrow {upcoming['tomorrow']} · "
                f"next 7 days {upcoming['next_7_days']}\n")
    text.append("Cards ", style="bold")
    text.append(f"learned {counts['learned']} · learning {counts['learning']} · "
                f"new {counts['new']} · leeches {counts['leeches']}")
    return text


class StatsScreen(TrainerScreen):
    """Progress on one deck; Escape goes back."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, deck: Deck) -> None:
        super().__init__()
        self.deck = deck

    def compose(self) -> ComposeResult:
        data = self.state.stats(self.deck).to_dict()
        per_day = [int(day["count"]) for day in data["reviews_per_day"]]
        yield Header()
        with VerticalScroll(id="stats"):
            yield Static(Text(f"Stats — {self.deck.title}", style="bold"), id="stats-title")
            today = per_day[-1] if per_day else 0
            yield Static(f"Reviews per day, last {len(per_day)} days "
                         f"(total answers {data['total_answers']}, today {today})",
                         classes="caption")
            yield Sparkline(per_day or [0], summary_function=max, id="reviews-sparkline")
            yield Static(overview_text(data), id="stats-overview")
            yield Static(f"Accuracy: {ACCURACY_RULE}.", classes="caption")
            with Horizontal(id="accuracy"):
                yield Static(accuracy_table("Accuracy by section", data["accuracy_by_section"]))
                yield Static(accuracy_table("Accuracy by kind", data["accuracy_by_kind"],
                                            KIND_LABELS))
            yield Static(hardest_table(data["hardest"]), id="hardest")
        yield Footer()

    def action_back(self) -> None:
        self.app.pop_screen()
