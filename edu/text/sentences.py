"""Where a sentence of ordinary English opens and closes, so a span of content words reads as
the text writes it ("Because waterlogged oak would crack ... drying", not "waterlogged oak
would crack ... drying"): the evidence under an answer, a cloze's lead and tail.

Tokens are content words (stop words are no tokens), so a span [lo, hi) starts and ends at
content words; these rules reach back over the stop words that open its sentence and on over
those that close it, never into the sentence before or after.
"""

from __future__ import annotations

import re

from edu.text.markdown import HEADING_MARK, LIST_MARK
from edu.text.names import ABBREVIATIONS
from edu.text.source import Document

# A sentence ends at its mark, a blank line, the line break before a list item ("- ", "2. "),
# or a Markdown heading line (their marks as the reading blanks them: LIST_MARK, HEADING_MARK):
# notes in lists seldom close their items with a full stop, and "## Discovery" is no part of
# the item under it; a table's cell ends at the next; an initial ("M. R. Hornibrook") or an
# abbreviation ("St. Louis", edu/text/names.py) ends none, nor "No." before a figure ("listed
# as No. 1812"), nor "a.m." or "p.m." before a small letter ("at 9:30 a.m. near Mons")
SENTENCE_END = re.compile(r"(?:(?<!\b[A-Z])" + "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS)
                          + r"(?:(?<!\b[Nn]o)|(?!\.\s+\d))(?:(?<![ap]\.m)|(?=\.\s+[A-Z]))"
                          r"\.|[!?;:])\s|\n\s*\n"
                          rf"|\n(?=[ \t]*(?:(?:[-*+\u2022]|\d{{1,3}}[.)])[ \t]|{LIST_MARK}))"
                          rf"|^(?:#{{1,6}}[ \t]|[ \t]*{HEADING_MARK})[^\n]*\n"
                          rf"|{LIST_MARK}", re.MULTILINE)  # (also between a table's cells)

_CLOSING = ")]}\"'\u2019\u201d"  # marks that close what the last word is inside of
_DROPPED_TAIL = re.compile(r"[^\W\d_][\w'’ ]*?(?=[.!?;:])")  # " them." after "operate"
_LINE_MARKS = re.compile(r"^[\W_]+")  # a line's bullet or heading marks ("- ", "## ")
_LINE_BREAK = re.compile(r"\n")


def sentence_close(doc: Document, hi: int) -> int:
    """Where the text of a span ending at token `hi - 1` ends for a reader: on over the stop
    words that close its sentence ("... to operate them.", "... passes through it.")."""
    tokens, text = doc.tokens, doc.text
    end = tokens[hi - 1].end
    limit = tokens[hi].start if hi < len(tokens) else len(text)
    gap = text[end:limit]
    closing = len(gap) - len(gap.lstrip(_CLOSING))  # "(29 kilograms)." keeps its bracket
    if closing:
        return end + closing
    words = gap.lstrip(" ")
    if len(words) == len(gap) or "\n" in gap[: len(gap) - len(words)]:
        return end
    m = _DROPPED_TAIL.match(words)
    return end + (len(gap) - len(words)) + m.end() if m else end


def sentence_lead(doc: Document, lo: int) -> int:
    """Where the text of a span starting at token `lo` begins for a reader: back over the
    stop words before it ("The crew ...", "More than 500 ...") when they open its sentence;
    a span that starts mid-sentence starts at its first token."""
    tokens, text = doc.tokens, doc.text
    start = tokens[lo].start
    gap_start = tokens[lo - 1].end if lo else 0
    gap = text[gap_start:start]
    # read with the span's first character, so "No. " before "1812" is seen to end nothing
    ends = list(SENTENCE_END.finditer(text[gap_start : start + 1])) \
        + list(_LINE_BREAK.finditer(gap))
    if lo and not ends:
        return start
    opened = gap_start + max((m.end() for m in ends), default=0)
    line = text[opened:start]
    marks = _LINE_MARKS.match(line)
    return opened + (marks.end() if marks else 0)
