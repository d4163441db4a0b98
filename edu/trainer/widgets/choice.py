"""Multiple choice: options numbered 1-4; press a digit, or move with arrows and press Enter.

No option is highlighted until the learner moves to one: an Enter pressed out of habit (the
key that moved on from the last answer, often pressed twice) must not choose option 1.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from edu.trainer.markup import plain
from edu.trainer.messages import Answered


class ChoiceAnswer(OptionList):
    """An OptionList whose digits pick an option at once; clicking an option picks it too."""

    BINDINGS = [
        Binding("1", "pick(0)", "Pick", key_display="1-4"),
        Binding("2", "pick(1)", "Option 2", show=False),
        Binding("3", "pick(2)", "Option 3", show=False),
        Binding("4", "pick(3)", "Option 4", show=False),
        Binding("enter", "select", "Choose highlighted", show=True),
    ]

    def __init__(self, options: list[str], *, id: str | None = None) -> None:
        self.choices = list(options)
        super().__init__(*[Option(plain(f"{n}  {text}"), id=f"opt-{n}")
                           for n, text in enumerate(self.choices, 1)], id=id)
        self._locked = False

    def focus_answer(self) -> None:
        self.focus()
        self.highlighted = None

    def action_select(self) -> None:
        if self.highlighted is None:
            if not self._locked:
                self.notify("Press 1-4, or move to an option with ↑↓ first.", timeout=3)
            return
        super().action_select()

    def action_pick(self, index: int) -> None:
        if not self._locked and 0 <= index < len(self.choices):
            self.highlighted = index
            self._answer(index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._answer(event.option_index)

    def _answer(self, index: int) -> None:
        if self._locked:
            return
        self._locked = True
        self.post_message(Answered(self.choices[index]))

    def close_answer(self) -> None:
        self._locked = True
        self.disabled = True
