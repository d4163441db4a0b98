"""Widgets that render items for their kind, and the feedback shown after an answer."""

from __future__ import annotations

from edu.items.model import Item
from edu.trainer.widgets.choice import ChoiceAnswer
from edu.trainer.widgets.feedback import Feedback, highlight_evidence
from edu.trainer.widgets.sequence import MatchingAnswer, OrderingAnswer
from edu.trainer.widgets.true_false import TrueFalseAnswer
from edu.trainer.widgets.typed import TypedAnswer

__all__ = ["AnswerWidget", "ChoiceAnswer", "Feedback", "MatchingAnswer", "OrderingAnswer",
           "TrueFalseAnswer", "TypedAnswer", "answer_widget_for", "highlight_evidence"]

# Each of these has focus_answer() and close_answer(), which the quiz screen calls.
AnswerWidget = ChoiceAnswer | TrueFalseAnswer | MatchingAnswer | OrderingAnswer | TypedAnswer


def answer_widget_for(item: Item) -> AnswerWidget:
    """The widget that takes an answer to this item, chosen by the item's kind."""
    if item.kind == "multiple_choice":
        return ChoiceAnswer(item.options or [], id="answer")
    if item.kind == "true_false":
        return TrueFalseAnswer(id="answer")
    if item.kind == "matching":
        return MatchingAnswer(item, id="answer")
    if item.kind == "ordering":
        return OrderingAnswer(item, id="answer")
    placeholder = "type the missing words" if item.kind == "cloze" else "type your answer"
    if item.kind == "numeric":
        placeholder = f"type a number{f' ({item.unit})' if item.unit else ''}"
    return TypedAnswer(placeholder, id="answer")
