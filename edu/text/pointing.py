"""Words that point at something said elsewhere ("its", "they", "this"): a prompt, cloze or
card that prints one leans on a sentence the learner does not see.

One list for extraction (referents to name, the raw first page's classes) and for items
(cloze cuts, drafts answerable from the card alone); a small module of its own so that items
read it without loading extraction (the trainer's first question)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# personal pronouns and possessives that stand for a name said before
PERSONAL = frozenset({"he", "she", "his", "him", "her", "it", "its", "they", "their", "them"})
# demonstratives that stand for a thing or an idea said before
DEMONSTRATIVES = frozenset({"this", "these", "those"})


def words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A case-blind pattern finding any of `words` as a whole word."""
    return re.compile(r"\b(?:" + "|".join(sorted(words)) + r")\b", re.IGNORECASE)
