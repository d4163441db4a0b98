"""A PDF's text layer (pypdf), so a PDF is a document like any .txt file.

Pages are joined with a blank line (a paragraph break for the reader and for sections). The
text is what pypdf extracts, made the same way every time, so spans into it stay valid. pypdf
writes a title and a heading as one more line of their paragraph, so a line set in a larger
font than the body's, or wholly in bold, is given a line of blank space before and after it:
a heading on its own line, as in a .txt file, so the first is the deck's title and the others
are sections (a handout typed in a word processor had "notes.pdf" for a title and no sections). A
scanned PDF (no text layer), an encrypted or a broken file is one clear EduError.

Whatever the file holds, the text handed on is text to read (Markdown's marks blanked, see
edu/text/markdown.py): terminal escape sequences and
other control characters become spaces of the same length (so offsets stay those of the file
and nothing read from it can colour or move a terminal), and a "word" longer than any word
is one clear message, not minutes of work on it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from edu.errors import EduError, Problem
from edu.fileio import read_text
from edu.text.markdown import is_markdown, readable_text
from edu.text.source import check_numbers, looks_raw

PAGE_BREAK = "\n\n"
# Longer than any word, name, number or address of ordinary text (the seeds' longest glued
# token has 26 characters): a run of this many non-blank characters is no text to learn
# from, and compound splitting and stemming would spend minutes and gigabytes on it.
MAX_WORD_CHARS = 1000
# (tried only where a run starts: from inside a run, runs of just under the limit would make
# the search quadratic, a second per crafted megabyte)
_TOO_LONG = re.compile(rf"(?<!\S)\S{{{MAX_WORD_CHARS + 1}}}")
# ANSI escape sequences (CSI ... final byte, OSC ... BEL/ST, two-byte ESC x) and the C0/C1
# controls a text file has no business holding (tab, newline, form feed, CR are kept).
_CONTROLS = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
                       r"|\x1b[@-_]?|[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Every match of _CONTROLS opens with one of these characters (ESC is among them): a text
# without any needs no substitution (one scan of a character class: a third of the time).
_CONTROL_OPENERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# A run of more than MAX_WORD_CHARS non-blanks holds every character of some window of
# _PROBE_SPAN + 1 characters that starts at a multiple of _PROBE_SPAN (the first such
# multiple in the run is at most _PROBE_SPAN - 1 characters in, and its window ends before
# the run does, so inside the text). So a text where each of those windows holds a blank
# has no such run, which short searches for a blank show (most find one within a word's
# length) without the full search trying every start of a run in 10 MB (~0.15 s).
_PROBE_SPAN = MAX_WORD_CHARS // 2
# A line of raw English this long is no paragraph a person wrote (the longest in tests/data
# has 36,000 characters): a file of one 5 MB line (an export with its line breaks lost) was
# read for over 15 minutes without a word on screen; it is refused at once. The preprocessed
# form is one line by its recipe and is read by the fast path (issue 19: 10 MB in seconds),
# so it has no such limit.
MAX_LINE_CHARS = 200_000
_BLANK = re.compile(r"\s")
# A line whose text is this much larger than the body's (the size most characters are set in)
# is a heading: word processors set headings 1.2-2x the body; sub- and superscripts, set
# smaller, and a body's own size never reach it.
HEADING_SCALE = 1.15
# More words than this on one line is a sentence of the body set large or bold (a pull quote,
# a bold warning), not a heading.
HEADING_MAX_WORDS = 14


def is_pdf(path: str | Path) -> bool:
    return Path(path).suffix.lower() == ".pdf"


def pdf_text(path: str | Path) -> str:
    """The text of every page, in order; EduError naming the file when there is none."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    name = str(path)
    p = Path(path)
    if not p.is_file():
        raise EduError(Problem(name, "no such file" if not p.exists() else "is not a file"))
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are no user's business
    try:
        reader = PdfReader(p)
        if reader.is_encrypted:
            raise EduError(Problem(name, "the PDF is encrypted; save an unlocked copy first"))
        runs: list[_Run] = []
        pages = [(page.extract_text(visitor_text=_runs_into(runs)) or "").strip()
                 for page in reader.pages]
    except EduError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise EduError(Problem(name, f"not a readable PDF ({exc})")) from None
    headings = _heading_lines(runs)
    if headings:
        pages = [_set_apart(page, headings) for page in pages]
    text = PAGE_BREAK.join(page for page in pages if page)
    if not text.strip():
        raise EduError(Problem(name, "the PDF has no text layer (a scanned image?); run OCR "
                                     "or save it as text first"))
    return text + "\n"


_Run = tuple[str, float, bool, float]  # text, size on the page, bold, height on the page


def _runs_into(runs: list[_Run]) -> Any:
    """A pypdf text visitor appending each run's text, size, boldness and height."""
    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text:
            scale = abs(tm[3] or 1.0) * abs(cm[3] or 1.0)  # a size may be set by the matrix
            name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
            runs.append((text, float(size or 0.0) * scale, "bold" in name.lower(),
                         round(tm[5] * (cm[3] or 1.0) + cm[5], 1)))
    return visit


def _heading_lines(runs: list[_Run]) -> frozenset[str]:
    """The lines (stripped) every character of which is set larger than the body or in
    bold, of at most HEADING_MAX_WORDS words: the document's title and headings."""
    chars: dict[float, int] = {}
    for text, size, _, _ in runs:
        chars[round(size, 1)] = chars.get(round(size, 1), 0) + len(text.strip())
    if not chars:
        return frozenset()
    body = max(chars, key=lambda size: chars[size])
    lines: list[tuple[str, bool]] = []
    line, heading, height = "", True, None
    for text, size, bold, y in runs:
        marked = bold or size >= body * HEADING_SCALE
        if text.strip() and height is not None and y != height and line.strip():
            # a run lower on the page starts a line, whether or not pypdf sent a newline
            lines.append((line, heading))
            line, heading = "", True
        if text.strip():
            height = y
        for k, part in enumerate(text.split("\n")):
            if k:
                lines.append((line, heading))
                line, heading = "", True
            line += part
            heading = heading and (marked or not part.strip())
    lines.append((line, heading))
    return frozenset(" ".join(line.split()) for line, heading in lines
                     if heading and 0 < len(line.split()) <= HEADING_MAX_WORDS)


def _set_apart(page: str, headings: frozenset[str]) -> str:
    """The page with a blank line before and after each heading line."""
    lines = page.split("\n")
    out: list[str] = []
    for k, line in enumerate(lines):
        if " ".join(line.split()) in headings:
            if out and out[-1].strip():
                out.append("")
            out.append(line)
            if k + 1 < len(lines) and lines[k + 1].strip():
                out.append("")
        else:
            out.append(line)
    return "\n".join(out)


def kept_pdf_text(path: str | Path) -> str:
    """`pdf_text`, kept in the user cache folder under the SHA-256 of the file's bytes, this
    module's code and pypdf's version: pypdf takes ~1 s per 100 pages, and every command
    given the PDF (`edu quiz notes.pdf`, then `edu anki notes.pdf`) reads its text first
    (its key: edu.text.reading.read_source). Sealed (edu.fileio.keep_sealed): a damaged
    file is not used; `EDU_CACHE_DIR=off` keeps nothing."""
    import hashlib

    from edu import fileio

    file = fileio.cache_file_for(path, "pdftext")
    if file is None:
        return pdf_text(path)
    digest = fileio.code_digest("pdftext", f"pdf text {_PDF_FORMAT}", [Path(__file__)],
                                ("pypdf",))
    key = hashlib.sha256(digest.encode() + b"\0" + fileio.read_bytes(path)).hexdigest()
    kept = fileio.read_sealed(file, key)
    if kept is not None:
        return kept
    text = pdf_text(path)
    fileio.keep_sealed(file, key, text)
    return text


_PDF_FORMAT = 1  # bump when what kept_pdf_text keeps changes


def document_text(path: str | Path) -> str:
    """The text a learner reads of a source document: `source_text` with its bullets,
    heading marks and (in Markdown) inline syntax blanked (edu/text/markdown.py)."""
    return readable_text(source_text(path), is_markdown(path))


def source_text(path: str | Path) -> str:
    """The text of a source document as written: a PDF's text layer, any other file as UTF-8
    text, with control characters blanked; EduError on a run of characters no word is as
    long as, or a number too long to read (with the file's own line and column)."""
    text = kept_pdf_text(path) if is_pdf(path) else read_text(path)
    if _CONTROL_OPENERS.search(text):
        text = _CONTROLS.sub(lambda m: " " * len(m.group()), text)
    too_long = _TOO_LONG.search(text) if _may_run_too_long(text) else None
    if too_long:
        at = too_long.start()
        line = text.count("\n", 0, at) + 1
        col = at - (text.rfind("\n", 0, at) + 1) + 1
        raise EduError(Problem(str(path), f"a run of more than {MAX_WORD_CHARS:,} characters "
                                          "with no space: not text to read", line, col))
    check_numbers(path, text)
    _check_lines(path, text)
    return text


def _check_lines(path: str | Path, text: str) -> None:
    """EduError at the first line of raw English longer than MAX_LINE_CHARS."""
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE_CHARS and looks_raw(line):
            raise EduError(Problem(str(path), f"a line of {len(line):,} characters with no "
                                              "line break: not a document to read (a paragraph "
                                              f"is a line of at most {MAX_LINE_CHARS:,})",
                                   number, 1))


def _may_run_too_long(text: str) -> bool:
    """False when `text` surely has no run of more than MAX_WORD_CHARS non-blanks (see
    _PROBE_SPAN); True when it may (then _TOO_LONG finds the first, if any)."""
    search, span = _BLANK.search, _PROBE_SPAN
    return any(search(text, start, start + span + 1) is None
               for start in range(0, len(text) - span, span))  # whole windows only

