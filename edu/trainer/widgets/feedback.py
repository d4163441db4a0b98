"""What the learner sees after answering: verdict, reason, the right answer, and its evidence.

The evidence is the restored source sentence with the answer highlighted, and its section,
so every fact visibly comes from the document.
"""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from edu.items.model import Item, unit_after_answer
from edu.trainer.markup import plain

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


WORD = re.compile(r"\w[\w'’-]*")
MINOR_WORDS = frozenset("a an and at by for from in into of on or the to with".split())


def _key(word: str) -> str:
    return "".join(ch for ch in word.casefold() if ch.isalnum())


def _same_word(answer_word: str, evidence_word: str) -> bool:
    """True when two words are one word in different forms: 'sharing' and its stem 'share'.

    Restored evidence keeps the document's stems and drops stop words and punctuation, so
    the answer as written is often not in it verbatim. Figures must match exactly.
    """
    if answer_word == evidence_word:
        return True
    if any(ch.isdigit() for ch in answer_word + evidence_word):
        return False
    shared = len(next((answer_word[:n] for n in range(min(len(answer_word),
                                                          len(evidence_word)), 0, -1)
                       if answer_word[:n] == evidence_word[:n]), ""))
    return shared >= 4 and shared >= min(len(answer_word), len(evidence_word)) - 3


def _highlight_word_forms(text: Text, terms: list[str], style: str) -> None:
    """Highlight evidence words matching the answer's words, or its letters run together."""
    terms = [re.sub(r"(?<=\d),(?=\d)", "", term) for term in terms]  # 1,731 is 1731
    wanted = {_key(word) for term in terms for word in WORD.findall(term)}
    wanted = {w for w in wanted if w and w not in MINOR_WORDS}
    whole = {_key(term) for term in terms}
    for match in WORD.finditer(text.plain):
        word = _key(match.group())
        if word and (word in whole or any(_same_word(w, word) for w in wanted)):
            text.stylize(style, match.start(), match.end())


def highlight_evidence(item: Item, style: str = "bold reverse") -> Text:
    """The evidence text with every occurrence of the answer highlighted (case-insensitive).

    When the answer is not there verbatim (stemmed evidence: 'far side moon' for 'the far
    side of the Moon'), its words are highlighted one by one instead.
    """
    text = plain(item.evidence or "(no evidence recorded)")
    terms = sorted({t.strip() for t in answer_terms(item)}, key=len, reverse=True)
    if terms and item.evidence and not text.highlight_words(terms, style=style,
                                                            case_sensitive=False):
        _highlight_word_forms(text, terms, style)
    return text


def correct_answer_text(item: Item) -> Text:
    """The right answer laid out for the item's kind."""
    if item.kind == "matching":
        lines = [f"{left} → {right}" for left, right in item.pairs or []]
        return plain("\n".join(lines))
    if item.kind == "ordering":
        years = item.years or [""] * len(item.sequence or [])
        lines = [f"{n}. {f'{year}  ' if year else ''}{event}"
                 for n, (year, event) in enumerate(zip(years, item.sequence or [], strict=False),
                                                   1)]
        return plain("\n".join(lines))
    if item.kind == "true_false":
        label = "True" if item.answer.lower().startswith("t") else "False"
        if item.true_statement and label == "False":
            return plain(f"{label} — {item.true_statement}")
        return Text(label)
    answer = item.answer
    unit = unit_after_answer(item)  # "1867", not "1867 year"
    if unit and unit not in answer:
        answer = f"{answer} {unit}"
    return plain(answer)


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
            yield Static(plain(f"§ {self.item.section}", style="dim"), classes="section")
