"""Typed answers (short answer, numeric, cloze): an Input; Enter submits."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input

from edu.trainer.messages import Answered


class TypedAnswer(Vertical):
    """An input line; a blank submission is ignored so a stray Enter costs nothing."""

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._placeholder = placeholder

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self._placeholder, id="typed-input")

    def focus_answer(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if text:
            self.post_message(Answered(text))

    def close_answer(self) -> None:
        self.query_one(Input).disabled = True
