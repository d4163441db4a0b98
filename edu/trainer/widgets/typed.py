"""Typed answers (short answer, numeric, cloze): an Input; Enter submits."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input

from edu.trainer.messages import Answered


class TypedAnswer(Vertical):
    """An input line. A stray Enter on a blank line costs nothing; a second one gives up
    (graded as no answer), so a learner who does not know can see the answer."""

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._placeholder = placeholder
        self._blank_enters = 0

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self._placeholder, id="typed-input")

    def focus_answer(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if text:
            self.post_message(Answered(text))
            return
        self._blank_enters += 1
        if self._blank_enters >= 2:
            self.post_message(Answered(""))
        else:
            self.notify("Type an answer, or press Enter again to see it.", timeout=3)

    def close_answer(self) -> None:
        self.query_one(Input).disabled = True
