"""Markdown's syntax taken out of the text to read, offsets kept.

A note written in Markdown says "- **Joseph Paxton** designed it" and links
"[South Kensington](https://...)": a learner should read "Joseph Paxton designed it" and
"South Kensington" in a prompt, an answer and the evidence. Every later stage reads the
document's text by character offsets (spans point at the file's characters), so the syntax is
not cut out but blanked: each mark becomes a space, and the text keeps its length.

Structure survives in two white-space characters no text keeps (the reading blanks control
characters before): the mark opening a list item, a table row or a quote becomes LIST_MARK
(a vertical tab), so an item without a full stop does not run into the next ("- Louis XVI
watched" / "- The flight lasted 8 minutes" are two sentences) while the list stays one
paragraph; a heading's first "#" becomes HEADING_MARK (a form feed), so the paragraph right
under a heading is no part of it. Both are white space to every reader and no line break to a
line count, so lines and columns stay the file's.

`line_marks` (bullets, heading hashes, block quotes, rules) applies to every document, since
plain notes use them too; `inline_marks` (emphasis, code, links, images, HTML, tables) to
Markdown files only, where an asterisk or a bracket is syntax. An ordered item's number
("1. ") is a mark only in Markdown: in a plain text "1. Costs" opens a numbered section.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from pathlib import Path

MARKDOWN_SUFFIXES = (".md", ".markdown")

# A list item's or a quote's mark at a line's start: indentation, any ">" of a quote, then
# a bullet (-, *, +, •) or, in Markdown, an ordered number ("1.", "2)"), then a blank
_BULLET = r"[-*+\u2022]"
_ORDERED = r"\d{1,9}[.)]"
_LINE_MARK = {
    markdown: re.compile(
        r"^(?=[ \t]*[->*+\u2022#|\d])"  # (a line with no mark is passed over in C)
        r"(?P<indent>[ \t]*)(?P<quote>(?:>[ \t]?)*)"
        r"(?:(?P<item>" + (f"{_BULLET}|{_ORDERED}" if markdown else _BULLET) + r")"
        r"(?P<box>[ \t]+\[[ xX]\](?=[ \t]))?(?=[ \t]|$)"
        r"|(?P<heading>#{1,6})(?=[ \t]|$)"
        + (r"|(?P<row>\|)" if markdown else "") + r")?", re.M)
    for markdown in (False, True)}
# What the first character of a line's mark becomes (the rest become spaces), so a sentence
# finder can tell a heading's line from the paragraph right under it ("## Flights\nThe
# balloon rose ...") and one list item from the next
HEADING_MARK = "\x0c"
LIST_MARK = "\x0b"
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$", re.M)
# a rule (---, ***, ___) or a setext underline (===, ---), or a table's delimiter row
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|\|?[ \t]*:?-+:?[ \t]*"
                   r"(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*)$", re.M)
_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~)[^\n]*$", re.M)

# Inline syntax (Markdown only): each group named `keep` is text; the rest is blanked
_INLINE = re.compile(
    r"(?=[<\[!\\])"  # what each alternative opens with: other places are passed over in C
    r"(?:(?P<comment><!--.*?-->)"
    r"|(?P<definition>^\[[^\]\n]+\]:[ \t]*\S+[^\n]*$)"  # [ref]: https://...
    r"|!?\[(?P<keep>[^\[\]\n]*)\](?:\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\))?[^()\s]*)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?\)|\[[^\]\n]*\])"  # [text](url "t"), [text][ref]
    r"|(?P<footnote>\[\^[^\]\n]+\])"
    r"|<(?P<url>(?:https?|ftp|mailto):[^\s<>]+)>"  # <https://...>: the address is text
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|\\(?P<escaped>[!-/:-@\[-`{-~]))",  # \* is a star
    re.M | re.S)
_CODE = re.compile(r"(?<!`)(`+)(?!`)(?P<keep>.+?)(?<!`)\1(?!`)", re.S)
# Emphasis: a run of *, _ or ~ that opens before a non-blank and closes after one; "_" only
# between non-words ("snake_case" and "2 * 3" are no emphasis)
_EMPHASIS = re.compile(
    r"(?=[*~_])"  # (other places are passed over in C)
    r"(?:(?P<mark>\*{1,3}|~~)(?=\S)(?P<keep>[^\n]*?\S)(?P=mark)(?!\*)"
    r"|(?<![\w\\])(?P<under>_{1,3})(?=\S)(?P<ukeep>[^\n]*?\S)(?P=under)(?!\w))")
_NESTED_EMPHASIS = 3  # emphasis inside emphasis inside emphasis is as deep as notes go
_PIPE = re.compile(r"(?<!\\)\|")


def _between_cells(text: str, k: int) -> bool:
    """Whether the pipe at `k` has a cell's text on its line both before and after it."""
    line_start = text.rfind("\n", 0, k) + 1
    line_end = text.find("\n", k)
    before = text[line_start:k].strip(" \t|")
    after = text[k + 1 : len(text) if line_end < 0 else line_end].strip(" \t|")
    return bool(before) and bool(after)


_ANY_LINE_MARK = re.compile(r"^[ \t]*(?:>|[-*+\u2022#]+(?:[ \t]|$)|[-*_=]{3})", re.M)


_SPACE_BEFORE_STOP = re.compile(r" (?=[,.;:!?)\]](?:\s|$))", re.M)


def spaced_words(text: str) -> str:
    """A line of read text as a learner sees it: words one space apart, and none before a
    stop that a blanked mark left there ("the **Crystal Palace**, a hall")."""
    words = " ".join(text.split())
    return _SPACE_BEFORE_STOP.sub("", words) if " " in words else words


def is_markdown(path: str | Path) -> bool:
    return Path(path).suffix.lower() in MARKDOWN_SUFFIXES


def readable_text(text: str, markdown: bool) -> str:
    """`text` with its marks blanked (line marks always, inline syntax in Markdown): the
    same length, every word at its offset."""
    if not markdown and not _ANY_LINE_MARK.search(text):
        return text  # the usual plain text: no copy, no work
    chars = list(text)
    _blank_line_marks(text, chars, markdown)
    if markdown:
        _blank_inline(text, chars)
    return "".join(chars)


def _blank(chars: list[str], start: int, end: int) -> None:
    for k in range(start, end):
        if chars[k] != "\n":
            chars[k] = " "


def _blank_line_marks(text: str, chars: list[str], markdown: bool) -> None:
    fenced = fenced_ranges(text)  # "# a comment" in code is no heading, as sections read it
    for m in _LINE_MARK[markdown].finditer(text):
        if m.end() == m.start() or _inside(m.start(), fenced):
            continue
        mark = m.group("item") or m.groupdict().get("row")
        quote = m.group("quote")
        if not (mark or quote or m.group("heading")):
            continue
        _blank(chars, m.start("quote"), m.end())
        if m.group("heading"):
            chars[m.start("heading")] = HEADING_MARK
        elif mark:
            chars[m.start("item") if m.group("item") else m.start("row")] = LIST_MARK
        elif not _quoted(text, m.start()):
            chars[m.start("quote")] = LIST_MARK  # a quote's lines are one paragraph
        if m.group("heading"):
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            closing = _CLOSING_HASHES.search(text, m.end(), line_end)
            if closing:
                _blank(chars, closing.start(), closing.end())
    for m in _RULE.finditer(text):
        if not _inside(m.start(), fenced):
            _blank(chars, m.start(), m.end())
    if markdown:
        for m in _FENCE.finditer(text):
            _blank(chars, m.start(), m.end())


def _quoted(text: str, line_start: int) -> bool:
    """True when the line before `line_start` is a quote's line too."""
    if line_start == 0:
        return False
    before = text.rfind("\n", 0, line_start - 1)
    return text[before + 1 : line_start - 1].lstrip().startswith(">")


def fenced_ranges(text: str) -> list[tuple[int, int]]:
    """[start, end) of each ``` or ~~~ fenced block (an unclosed one runs to the end)."""
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _FENCE.finditer(text):
        if opened is None:
            opened = m.start()
        else:
            ranges.append((opened, m.end()))
            opened = None
    if opened is not None:
        ranges.append((opened, len(text)))
    return ranges


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """True when `offset` lies in one of `ranges` (in order, not overlapping)."""
    k = bisect_right(ranges, (offset, sys.maxsize)) - 1
    return k >= 0 and ranges[k][0] <= offset < ranges[k][1]


def _blank_inline(text: str, chars: list[str]) -> None:
    fenced = fenced_ranges(text)
    code: list[tuple[int, int]] = []
    for m in _CODE.finditer(text):
        if _inside(m.start(), fenced):
            continue
        code.append((m.start(), m.end()))
        _blank(chars, m.start(), m.start("keep"))
        _blank(chars, m.end("keep"), m.end())

    def free(m: re.Match[str]) -> bool:
        return not _inside(m.start(), fenced) and not _inside(m.start(), code)

    escaped: list[int] = []
    for m in _INLINE.finditer(text):
        if not free(m):
            continue
        if m.group("escaped") is not None:
            escaped.append(m.start("escaped"))
        for name in ("keep", "url", "escaped"):
            if m.group(name) is not None:
                _blank(chars, m.start(), m.start(name))
                _blank(chars, m.end(name), m.end())
                break
        else:
            _blank(chars, m.start(), m.end())
    for _ in range(_NESTED_EMPHASIS):  # "**bold _and italic_**": the outer pair first
        masked = chars.copy()
        for k in escaped:  # "\\*" is a star, no delimiter
            masked[k] = "x"
        current = "".join(masked)
        found = [m for m in _EMPHASIS.finditer(current) if free(m)]
        for m in found:
            keep = "keep" if m.group("mark") else "ukeep"
            _blank(chars, m.start(), m.start(keep))
            _blank(chars, m.end(keep), m.end())
        if not found:
            break
    for m in _PIPE.finditer(text):
        if free(m) and chars[m.start()] == "|":
            # a table's cells are read apart ("| 1783 | Pilatre flew |" is no "1783 Pilatre"):
            # a pipe between two cells ends one as a list item's mark ends the item before
            chars[m.start()] = LIST_MARK if _between_cells(text, m.start()) else " "
