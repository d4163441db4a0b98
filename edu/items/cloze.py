"""cloze: the restored evidence with the answer's words blanked out."""

from __future__ import annotations

from edu.deck import Fact
from edu.items.common import Context, Drop, base_item, check_no_leak
from edu.items.model import Item
from edu.preprocess import preprocess_words

BLANK = "_____"


def _find(stems: list[str], needle: list[str]) -> list[int]:
    """Token positions of every occurrence of `needle` in `stems` (contiguous, in order)."""
    n = len(needle)
    hits: list[int] = []
    for i in range(len(stems) - n + 1):
        if stems[i: i + n] == needle:
            hits.extend(range(i, i + n))
    return hits


def blank_positions(stems: list[str], forms: list[str]) -> list[int]:
    """Positions of the answer's tokens in the span: the first answer form found wins."""
    for form in forms:
        needle = preprocess_words(form)
        if needle:
            hits = _find(stems, needle)
            if hits:
                return hits
    return []


def make(fact: Fact, ctx: Context) -> Item:
    """Blank exactly the answer's words in the evidence; dropped if they are not in it."""
    if ctx.document is None or ctx.words is None:
        raise Drop(f"no source text ({ctx.source_problem or 'document not loaded'})")
    from edu.restore import join_words, token_range

    doc = ctx.document
    i, j = token_range(doc, fact.source)  # type: ignore[arg-type]
    if i >= j:
        raise Drop("evidence span holds no tokens")
    stems = [t.stem for t in doc.tokens[i:j]]  # type: ignore[attr-defined]
    hits = set(blank_positions(stems, [fact.answer, *fact.aliases]))
    if not hits:
        raise Drop("answer not found in the evidence span")
    words: list[str] = []
    for k, word in enumerate(ctx.words[i:j]):
        if k in hits:
            if not (words and words[-1] == BLANK):
                words.append(BLANK)
        elif word:
            words.append(word)
    text = join_words(words)
    check_no_leak(fact, text, "cloze text")
    item = base_item(fact, "cloze", ctx)
    item.prompt = text
    if fact.kind == "number":
        item.unit, item.tolerance = fact.unit, fact.tolerance
    return item
