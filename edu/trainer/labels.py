"""What the trainer calls an item: its kind's display name and its question line.

Shared by the quiz, flashcard and stats screens, which must not import each other.
"""

from __future__ import annotations

from rich.text import Text

from edu.items.model import Item
from edu.trainer.markup import plain

KIND_LABELS = {
    "short_answer": "Short answer", "multiple_choice": "Multiple choice",
    "true_false": "True or false", "cloze": "Fill in the blank", "numeric": "Number",
    "matching": "Matching", "ordering": "Ordering",
}


def question_text(item: Item) -> Text:
    """The question itself: the prompt, plus the statement to judge for true/false items."""
    text = plain(item.prompt, style="bold")
    if item.kind == "true_false" and item.statement:
        text = Text("True or false? ", style="bold")
        text.append_text(plain(item.statement))
    return text
