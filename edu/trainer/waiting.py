"""Waiting screen: what `edu quiz` / `edu study` show while a deck's first session is made.

A deck's first start makes the items its first session needs before it can open (the facts
whose cards come first: TrainerState.prepare_session). Until then a screen must show
something, or the terminal looks stuck; this one is a line of text, which costs a few
milliseconds to compose, where the home screen (its table, buttons, footer and counts over
every item) cost ~0.1-0.2 s of CPU of a first start of ~1 s (bench/bench_startup.py --cold).
The session replaces it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from edu.deck.model import Deck
from edu.trainer.screen import TrainerScreen


class WaitingScreen(TrainerScreen):
    """A deck's items are being made; its session opens here as soon as they are."""

    BINDINGS = [Binding("q", "app.quit", "Quit")]

    def __init__(self, deck: Deck) -> None:
        super().__init__()
        self.deck = deck

    def compose(self) -> ComposeResult:
        yield Static(f"Preparing the questions of {self.deck.title}…\n\nA deck's first start"
                     " makes its questions; later starts open at once. (q quits)",
                     id="waiting", markup=False)  # deck text is data
