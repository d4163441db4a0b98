"""Home screen: the decks with their due / new / learned counts; start a session from here."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DataTable, Footer, Header, Static

from edu.deck.model import Deck
from edu.trainer.markup import plain
from edu.trainer.messages import EditSetup, ShowStats, StartSession
from edu.trainer.screen import TrainerScreen

_COUNT_COLUMNS = (("Facts", "facts"), ("Due", "due"), ("New today", "new"), ("Learned", "learned"))
# Columns beside a deck's title: the count columns' labels, each column's cell padding (1 a
# side, the title's too) and the screen's padding (2 a side). A title longer than the rest
# of the terminal's width is cut with an ellipsis, so that at 80x24 (and 60x20) the counts
# stay on screen instead of past the table's right edge.
_BESIDE_TITLE = sum(len(label) for label, _ in _COUNT_COLUMNS) + 2 * (len(_COUNT_COLUMNS) + 1) \
    + 2 * 2
_ROWS_UNSCROLLED = 9  # decks shown without a scrollbar (#decks' max-height 10, less its header)
_SCROLLBAR = 2  # cells of the table's vertical scrollbar, when it has one
_MIN_TITLE = 12  # narrower than this, a title says nothing: the table scrolls instead


class HomeScreen(TrainerScreen):
    """Pick a deck (arrows), then Enter for a quiz, f for flashcards, s for stats."""

    BINDINGS = [
        Binding("enter", "quiz", "Quiz", priority=False),
        Binding("f", "flashcards", "Flashcards"),
        Binding("s", "stats", "Stats"),
        Binding("o", "setup", "Session setup"),
        Binding("q", "app.quit", "Quit"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static("Choose a deck, then a way to study it. Due and Learned count cards"
                         " (one fact asked one way); New today: facts a session may still"
                         " introduce today.", id="home-intro")
            yield self._deck_table()
            yield Static(id="home-options")
            with Horizontal(id="home-buttons"):
                yield Button("Quiz ⏎", id="start-quiz", variant="primary")
                yield Button("Flashcards f", id="start-flashcards")
                yield Button("Stats s", id="open-stats")
                yield Button("Setup o", id="open-setup")
        yield Footer()

    @staticmethod
    def _deck_table() -> DataTable:
        """The table with its columns from the start: the items worker may refresh the counts
        after the screen is composed and before on_mount runs (rows with no columns raised
        "More values provided than there are columns")."""
        table: DataTable = DataTable(id="decks", cursor_type="row", zebra_stripes=True)
        table.add_column("Deck", key="deck")
        for label, key in _COUNT_COLUMNS:
            table.add_column(label, key=key)
        return table

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        self.query_one("#home-options", Static).update(self._options_line())
        self.refresh_counts()
        table.focus()

    def on_resize(self) -> None:
        self.refresh_counts()

    def _title(self, deck: Deck) -> Text:
        """The deck's title, cut to the width the count columns leave it."""
        title = plain(deck.title)
        beside = _BESIDE_TITLE + (_SCROLLBAR if len(self.state.decks) > _ROWS_UNSCROLLED else 0)
        width = max(_MIN_TITLE, self.app.size.width - beside)
        title.truncate(width, overflow="ellipsis")
        return title

    def on_screen_resume(self) -> None:
        self.refresh_counts()
        self.query_one(DataTable).focus()

    def refresh_counts(self) -> None:
        """Recount due/new/learned (after a session, or when the clock has moved)."""
        tables = self.query(DataTable)
        if not tables:  # not composed yet; on_mount fills the table
            return
        table = tables.first()
        self.query_one("#home-options", Static).update(self._options_line())
        cursor = table.cursor_row
        table.clear()
        for deck in self.state.decks:
            if not self.state.ready(deck):  # items are still being generated
                table.add_row(self._title(deck), str(len(deck.facts)), "…", "…", "…",
                              key=deck.id)
                continue
            counts = self.state.counts(deck)
            # new cards a session may still introduce today (one per fact, within the limit)
            table.add_row(self._title(deck), str(len(deck.facts)), str(counts.due),
                          str(counts.new_today), str(counts.learned), key=deck.id)
        if self.state.decks:
            table.move_cursor(row=min(cursor, len(self.state.decks) - 1))

    def _options_line(self) -> str:
        o = self.state.options
        parts = [f"{o.count} items" if o.count is not None else "every card due or new",
                 ", ".join(o.kinds) if o.kinds else "all kinds"]
        if o.sections:
            parts.append("sections " + ", ".join(o.sections))
        if o.due_only:
            parts.append("due only")
        if o.cram:
            parts.append("cram (not scheduled)")
        parts.append(f"seed {o.seed}")
        return "Session: " + " · ".join(parts) + "  (o changes it)"

    def selected_deck(self) -> Deck | None:
        decks = self.state.decks
        if not decks:
            return None
        row = self.query_one(DataTable).cursor_row
        return decks[min(max(row, 0), len(decks) - 1)]

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_quiz()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {"start-quiz": self.action_quiz, "start-flashcards": self.action_flashcards,
                   "open-stats": self.action_stats, "open-setup": self.action_setup}
        action = actions.get(event.button.id or "")
        if action:
            event.stop()
            action()

    def action_quiz(self) -> None:
        deck = self.selected_deck()
        if deck:
            self.post_message(StartSession(deck, "quiz"))

    def action_flashcards(self) -> None:
        deck = self.selected_deck()
        if deck:
            self.post_message(StartSession(deck, "flashcards"))

    def action_setup(self) -> None:
        self.post_message(EditSetup())

    def action_stats(self) -> None:
        deck = self.selected_deck()
        if deck:
            self.post_message(ShowStats(deck))
