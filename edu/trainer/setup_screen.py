"""Session setup over the home screen: how many items, which kinds, which sections, cram.

The same choices as the command-line flags (`--count`, `--kinds`, `--sections`, `--cram`),
for a learner who starts `edu` bare; the App applies them to the running trainer.
"""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, SelectionList, Static

from edu.items.model import ItemKind
from edu.progress.session import SessionOptions
from edu.text.source import SECTION_PATH
from edu.trainer.labels import KIND_LABELS
from edu.trainer.markup import plain


def section_choices(sections: list[str]) -> list[tuple[str, str]]:
    """(label, value) of each section to tick, nested ones under the sections they lie in
    ("A › B" lists "A", then "B" indented; ticking "A" takes B too), in sorted order."""
    paths: set[str] = set()
    for section in sections:
        parts = section.split(SECTION_PATH)
        paths.update(SECTION_PATH.join(parts[: k + 1]) for k in range(len(parts)))
    return [("  " * path.count(SECTION_PATH) + path.split(SECTION_PATH)[-1], path)
            for path in sorted(paths)]


class SetupScreen(ModalScreen[SessionOptions | None]):
    """Tab moves between the fields; Space ticks; Enter in the count box or `Apply` keeps
    the choices, Esc drops them."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "apply", "Apply"),
    ]

    def __init__(self, options: SessionOptions, sections: list[str]) -> None:
        super().__init__()
        self.options = options
        self.sections = sections

    def compose(self) -> ComposeResult:
        o = self.options
        with Vertical(id="setup"):
            yield Static("Session setup", id="setup-title")
            with VerticalScroll(id="setup-fields"):
                with Horizontal(classes="setup-row"):
                    yield Label("Items per session ")
                    yield Input("" if o.count is None else str(o.count), id="setup-count",
                                placeholder="all", type="integer", compact=True)
                yield Checkbox("Cram: practise anything; answers are not scheduled",
                               o.cram, id="setup-cram", compact=True)
                yield Label("Kinds (none ticked: every kind)")
                yield SelectionList[str](
                    *[(KIND_LABELS.get(k.value, k.value), k.value,
                       k.value in (o.kinds or ())) for k in ItemKind],
                    id="setup-kinds")
                yield Label("Sections (none ticked: every section)")
                yield SelectionList[str](
                    *[(plain(label), s, s in (o.sections or ()))
                      for label, s in section_choices(self.sections)],
                    id="setup-sections")
            with Horizontal(id="setup-buttons"):
                yield Button("Apply ^s", id="setup-apply", variant="primary", compact=True)
                yield Button("Cancel esc", id="setup-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#setup-count", Input).focus()

    def chosen(self) -> SessionOptions | None:
        """The options as set here; None (with a notice) when the count is not a number ≥ 1."""
        raw = self.query_one("#setup-count", Input).value.strip()
        count: int | None = None
        if raw:
            if not raw.isdigit() or int(raw) < 1:
                self.notify("Items per session: a whole number from 1, or empty for all.",
                            severity="error", timeout=4)
                return None
            count = int(raw)
        kinds = tuple(self.query_one("#setup-kinds", SelectionList).selected)
        sections = tuple(self.query_one("#setup-sections", SelectionList).selected)
        cram = self.query_one("#setup-cram", Checkbox).value
        return replace(self.options, count=count, kinds=kinds or None,
                       sections=sections or None, cram=cram,
                       due_only=self.options.due_only and not cram)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_apply()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "setup-apply":
            self.action_apply()
        else:
            self.action_cancel()

    def action_apply(self) -> None:
        options = self.chosen()
        if options is not None:
            self.dismiss(options)

    def action_cancel(self) -> None:
        self.dismiss(None)
