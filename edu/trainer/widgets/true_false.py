"""True/false: two buttons; t and f answer from the keyboard."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button

from edu.trainer.messages import Answered


class TrueFalseAnswer(Horizontal, can_focus=True):
    """True and False buttons; the bindings live here because this widget handles them.

    The row itself takes focus, not the True button, so an Enter pressed out of habit (the
    same key that moved on from the last answer) never answers "True" by accident.
    """

    BINDINGS = [
        Binding("t", "answer('true')", "True"),
        Binding("f", "answer('false')", "False"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._locked = False

    def compose(self) -> ComposeResult:
        yield Button("True (t)", id="tf-true", variant="success", compact=True)
        yield Button("False (f)", id="tf-false", variant="error", compact=True)

    def focus_answer(self) -> None:
        self.focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_answer("true" if event.button.id == "tf-true" else "false")

    def action_answer(self, value: str) -> None:
        if not self._locked:
            self._locked = True
            self.post_message(Answered(value))

    def close_answer(self) -> None:
        self._locked = True
        for button in self.query(Button):
            button.disabled = True
