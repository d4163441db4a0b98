"""What the learner sees after answering: verdict, reason, the right answer, and its evidence.

The evidence is the restored source sentence with the answer highlighted, and its section,
so every fact visibly comes from the document.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from edu.items.model import Item

VERDICT_LABELS = {"correct": "✔ Correct", "almost": "≈ Almost", "wrong": "✘ Wrong"}


def answer_terms(item: Item) -> list[str]:
    """The strings worth highlighting in the evidence for this item."""
    if item.kind == "matching":
        return [side for pair in item.pairs or [] for side in pair]
    if item.kind == "ordering":
        return [y for y in item.years or [] if y]
    if item.kind == "true_false":  # the words the true statement has and the shown one lacks
        shown = set((item.statement or "").casefold().split())
        return [w.strip(".,;:!?") for w in (item.true_statement or "").split()
                if w.casefold() not in shown and len(w.strip(".,;:!?")) > 1]
    return [t for t in [item.answer, *item.aliases] if t and t.strip()]


def highlight_evidence(item: Item, style: str = "bold reverse") -> Text:
    """The evidence text with every occurrence of the answer highlighted (case-insensitive)."""
    text = Text(item.evidence or "(no evidence recorded)")
    terms = sorted({t.strip() for t in answer_terms(item)}, key=len, reverse=True)
    if terms:
        text.highlight_words(terms, style=style, case_sensitive=False)
    return text


def correct_answer_text(item: Item) -> Text:
    """The right answer laid out for the item's kind."""
    if item.kind == "matching":
        lines = [f"{left} → {right}" for left, right in item.pairs or []]
        return Text("\n".join(lines))
    if item.kind == "ordering":
        years = item.years or [""] * len(item.sequence or [])
        lines = [f"{n}. {f'{year}  ' if year else ''}{event}"
                 for n, (year, event) in enumerate(zip(years, item.sequence or [], strict=False),
                                                   1)]
        return Text("\n".join(lines))
    if item.kind == "true_false":
        label = "True" if item.answer.lower().startswith("t") else "False"
        if item.true_statement and label == "False":
            return Text(f"{label} — {item.true_statement}")
        return Text(label)
    answer = item.answer
    if item.kind == "numeric" and item.unit and item.unit not in answer:
        answer = f"{answer} {item.unit}"
    return Text(answer)


class Feedback(Vertical):
    """The verdict panel; its CSS class names the verdict so the theme can colour it."""

    def __init__(self, item: Item, status: str, reason: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes=f"feedback {status}")
        self.item = item
        self.status = status
        self.reason = reason

    def compose(self) -> ComposeResult:
        headline = Text(VERDICT_LABELS.get(self.status, self.status), style="bold")
        if self.reason and self.reason.casefold() != self.status:
            headline.append(f"  {self.reason}", style="italic")
        yield Static(headline, classes="verdict")
        answer = Text("Answer: ", style="bold")
        answer.append_text(correct_answer_text(self.item))
        yield Static(answer, classes="correct-answer")
        evidence = Text("Source: ", style="bold")
        evidence.append_text(highlight_evidence(self.item))
        yield Static(evidence, classes="evidence")
        if self.item.section:
            yield Static(Text(f"§ {self.item.section}", style="dim"), classes="section")
