"""Help screen: every key binding of every screen and answer widget, read from their BINDINGS.

Reading the classes' own BINDINGS keeps this list true when a binding changes. The App, which
knows every screen, hands them over (`TrainerApp.help_sections`): this screen imports none.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

KEY_NAMES = {"question_mark": "?", "space": "Space", "enter": "Enter", "escape": "Esc",
             "backspace": "Backspace", "ctrl+c": "Ctrl+C", "ctrl+t": "Ctrl+T",
             "ctrl+p": "Ctrl+P"}
EXTRA = {
    "Typed answers": [("Enter", "Submit the typed answer (twice on a blank line: give up)"),
                      ("Esc", "Leave the answer box (then q quits, ? helps, Esc ends)"),
                      ("Tab", "Back into the answer box")],
    "Multiple choice": [("↑ ↓", "Move between options")],
    "Everywhere": [("Ctrl+P", "Command palette (themes, keys, quit)")],
}


# (title, bindings) in the order the help lists them
HelpSections = list[tuple[str, list[BindingType]]]


def _key_label(binding: Binding) -> str:
    return ", ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in binding.key.split(","))


def _rows(bindings: list[BindingType]) -> list[tuple[str, str]]:
    """(keys, description) rows; bindings sharing a description are merged ("1 2 3 4")."""
    merged: dict[str, list[str]] = {}
    grouped: set[str] = set()  # descriptions whose keys one key_display ("1-4") already names
    for binding in bindings:
        if not isinstance(binding, Binding):
            binding = Binding(*binding)
        description = binding.description or binding.action
        if binding.action.startswith("pick"):
            description = "Pick that choice"
        if description in grouped:
            continue
        if binding.key_display and len(binding.key_display) > 1:
            merged[description] = [binding.key_display]
            grouped.add(description)
            continue
        merged.setdefault(description, []).append(_key_label(binding))
    return [(" ".join(dict.fromkeys(keys)), description) for description, keys in merged.items()]


def bindings_table(sections: HelpSections) -> Table:
    table = Table(box=None, padding=(0, 1), expand=True, show_header=False)
    table.add_column("keys", style="bold", no_wrap=True, width=16)
    table.add_column("does", ratio=1)
    for title, bindings in sections:
        table.add_row(Text(title, style="bold underline"), "")
        for keys, description in [*_rows(bindings), *EXTRA.get(title, [])]:
            table.add_row(keys, description)
    return table


class HelpScreen(ModalScreen[None]):
    """A scrollable list of bindings over the current screen; Esc, ? or q closes it."""

    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close"),
    ]

    def __init__(self, sections: HelpSections) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("Keys — the footer shows the ones that work right now",
                              style="bold"), id="help-title")
            yield Static(bindings_table(self.sections), id="help-table")
        yield Footer()  # its own: the screen below's footer would offer keys that do nothing
