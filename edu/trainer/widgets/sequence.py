"""Matching and ordering: answer by picking choices one after another from the keyboard.

Matching: for left item 1, then 2, ... press the letter of its partner. Ordering: press the
numbers of the events from earliest to latest. Backspace undoes the last pick and Enter
submits once every slot is filled. A click on a choice picks it too.
"""

from __future__ import annotations

import random
import string

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Click
from textual.message import Message
from textual.widgets import Static

from edu.items.model import Item
from edu.trainer.markup import plain
from edu.trainer.messages import Answered

MAX_CHOICES = 6


def display_order(values: list[str], seed: str) -> list[str]:
    """A deterministic shuffle of `values` that never shows them in their original order."""
    shown = list(values)
    random.Random(seed).shuffle(shown)
    if len(shown) > 1 and shown == list(values):
        shown = shown[1:] + shown[:1]
    return shown


def shorten(text: str, width: int) -> str:
    """`text` cut to `width` characters, ending in an ellipsis when cut."""
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


class ChoiceLine(Static):
    """One labelled choice; wraps long text, and a click picks it."""

    class Picked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, label: str, text: str, index: int) -> None:
        content = Text(f"{label}  ", style="bold")
        content.append_text(plain(text))
        super().__init__(content, classes="choice", id=f"choice-{index}")
        self.index = index

    def on_click(self, event: Click) -> None:
        event.stop()
        self.post_message(self.Picked(self.index))


class SequencePicker(Vertical, can_focus=True):
    """Slots filled in turn from a list of labelled choices."""

    labels: str = string.ascii_uppercase
    BINDINGS = [Binding("backspace", "undo", "Undo"), Binding("enter", "submit", "Submit")]

    def __init__(self, choices: list[str], slots: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.choices = choices[:MAX_CHOICES]
        self.slot_count = slots
        self.picks: list[int] = []
        self._locked = False

    def compose(self) -> ComposeResult:
        yield Static(self.render_slots(), classes="slots")
        for index, choice in enumerate(self.choices):
            yield ChoiceLine(self.labels[index], choice, index)

    def render_slots(self) -> Text:  # pragma: no cover - overridden
        raise NotImplementedError

    def response(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def focus_answer(self) -> None:
        self.focus()

    def action_pick(self, label: str) -> None:
        index = self.labels.find(label.upper())
        if self._locked or not 0 <= index < len(self.choices) or index in self.picks:
            return
        if len(self.picks) < self.slot_count:
            self.picks.append(index)
            self._refresh()

    def action_undo(self) -> None:
        if not self._locked and self.picks:
            self.picks.pop()
            self._refresh()

    def action_submit(self) -> None:
        if self._locked:
            return
        if len(self.picks) < self.slot_count:
            self.notify(f"Pick {self.slot_count - len(self.picks)} more first.", timeout=2)
            return
        self._locked = True
        self.post_message(Answered(self.response()))

    def on_choice_line_picked(self, event: ChoiceLine.Picked) -> None:
        event.stop()
        self.focus()
        self.action_pick(self.labels[event.index])

    def on_resize(self) -> None:
        if self.query(".slots"):  # picks are cut to the width, so redraw at the new one
            self._refresh()

    def _refresh(self) -> None:
        self.query_one(".slots", Static).update(self.render_slots())
        for line in self.query(ChoiceLine):
            line.set_class(line.index in self.picks, "-picked")

    def close_answer(self) -> None:
        self._locked = True
        self.disabled = True


class MatchingAnswer(SequencePicker):
    """Left items in the item's order; their partners shuffled and lettered A, B, C ..."""

    BINDINGS = [Binding(c, f"pick('{c}')", c.upper(), show=False) for c in "abcdef"]

    def __init__(self, item: Item, *, id: str | None = None) -> None:
        pairs = item.pairs or []
        self.lefts = [left for left, _ in pairs]
        rights = display_order([right for _, right in pairs], item.id)
        super().__init__(rights, len(self.lefts), id=id)

    def render_slots(self) -> Text:
        text = Text()
        text.append("For 1, 2, ... press the letter of the match.\n", style="dim")
        width = max((len(left) for left in self.lefts), default=0)
        for n, left in enumerate(self.lefts):
            prefix = f"{n + 1}. {left.ljust(width)}  → "
            text.append_text(plain(prefix))
            if n < len(self.picks):
                pick = self.picks[n]
                # one line per slot: a long description wrapping under the left column
                # pushed the choices off an 80x24 screen; the full text is listed below
                room = max((self.size.width or 78) - len(prefix) - 1, 12)
                text.append_text(plain(shorten(f"{self.labels[pick]} {self.choices[pick]}",
                                               room), style="bold"))
            else:
                text.append("?", style="reverse" if n == len(self.picks) else "dim")
            text.append("\n")
        text.rstrip()
        return text

    def response(self) -> list[str]:
        return [self.choices[i] for i in self.picks]


class OrderingAnswer(SequencePicker):
    """Events shuffled and numbered 1, 2, 3 ...; pick them earliest first."""

    labels = "123456"
    BINDINGS = [Binding(c, f"pick('{c}')", c, show=False) for c in "123456"]

    def __init__(self, item: Item, *, id: str | None = None) -> None:
        events = list(item.sequence or [])
        super().__init__(display_order(events, item.id), len(events), id=id)

    def render_slots(self) -> Text:
        text = Text()
        text.append("Press the event numbers from earliest to latest.\n", style="dim")
        text.append("Your order: ")
        for n in range(self.slot_count):
            if n:
                text.append(" → ")
            if n < len(self.picks):
                text.append(self.labels[self.picks[n]], style="bold")
            else:
                text.append("_", style="reverse" if n == len(self.picks) else "dim")
        return text

    def response(self) -> list[str]:
        return [self.choices[i] for i in self.picks]
