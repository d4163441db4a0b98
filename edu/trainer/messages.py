"""Messages the trainer's widgets send up to their screens."""

from __future__ import annotations

from textual.message import Message


class Answered(Message):
    """The learner gave an answer: text, or a list for matching and ordering items."""

    def __init__(self, response: str | list[str]) -> None:
        super().__init__()
        self.response = response

