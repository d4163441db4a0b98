"""Stems back to readable English: inverse word map, context, compounds and the glossary.

`restore_document` gives one readable word per token (a multi-token name gives one piece per
token, e.g. "Long", "March", "5"; a piece ending in "-" glues to the next, "Chang'e-" "6";
a piece may be "" when an earlier token carries the whole name). `restore_span` joins them.
"""

from __future__ import annotations

from bisect import bisect_left

from edu.glossary import Glossary
from edu.source import Document, Span
from edu.wordmap import load_wordmap

_CONTEXT = 8  # tokens of context either side used when restoring a span


def restore_stems(stems: list[str], glossary: Glossary | None = None) -> list[str]:
    """One readable word per stem, in order."""
    wm = load_wordmap()
    out: list[str] = []
    i = 0
    n = len(stems)
    while i < n:
        if glossary:
            hit = glossary.match(stems, i)
            if hit:
                used, pieces = hit
                out.extend(pieces)
                i += used
                continue
        s = stems[i]
        out.append(wm.best(s) or s)
        i += 1
    return out


def restore_document(doc: Document, glossary: Glossary | None = None) -> list[str]:
    """One readable word per token of the document, in order."""
    if doc.raw:
        return [t.stem if not hasattr(t, "word") else t.word for t in doc.tokens]  # type: ignore
    return restore_stems([t.stem for t in doc.tokens], glossary)


def join_words(words: list[str]) -> str:
    """Join restored pieces: skip empty ones, glue after a trailing hyphen."""
    out: list[str] = []
    for w in words:
        if not w:
            continue
        if out and out[-1].endswith("-"):
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def token_range(doc: Document, span: Span) -> tuple[int, int]:
    """Indices [i, j) of the tokens lying wholly inside the span."""
    starts = [t.start for t in doc.tokens]
    i = bisect_left(starts, span.start)
    j = i
    while j < len(doc.tokens) and doc.tokens[j].end <= span.end:
        j += 1
    return i, j


def restore_span(doc: Document, span: Span, glossary: Glossary | None = None) -> str:
    """Readable text of the tokens inside `span` (restored with a little context around)."""
    i, j = token_range(doc, span)
    if i >= j:
        return ""
    lo, hi = max(0, i - _CONTEXT), min(len(doc.tokens), j + _CONTEXT)
    window = Document(doc.path, doc.text, doc.tokens[lo:hi], raw=doc.raw)
    words = restore_document(window, glossary)
    return join_words(words[i - lo : j - lo])
