"""A PDF's text layer (pypdf), so a PDF is a document like any .txt file.

Pages are joined with a blank line (a paragraph break for the reader and for sections). The
text is what pypdf extracts, made the same way every time, so spans into it stay valid. A
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

from edu.errors import EduError, Problem
from edu.fileio import read_text
from edu.text.markdown import is_markdown, readable_text
from edu.text.source import check_numbers

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
_BLANK = re.compile(r"\s")


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
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
    except EduError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise EduError(Problem(name, f"not a readable PDF ({exc})")) from None
    text = PAGE_BREAK.join(page for page in pages if page)
    if not text.strip():
        raise EduError(Problem(name, "the PDF has no text layer (a scanned image?); run OCR "
                                     "or save it as text first"))
    return text + "\n"


def document_text(path: str | Path) -> str:
    """The text a learner reads of a source document: `source_text` with its bullets,
    heading marks and (in Markdown) inline syntax blanked (edu/text/markdown.py)."""
    return readable_text(source_text(path), is_markdown(path))


def source_text(path: str | Path) -> str:
    """The text of a source document as written: a PDF's text layer, any other file as UTF-8
    text, with control characters blanked; EduError on a run of characters no word is as
    long as, or a number too long to read (with the file's own line and column)."""
    text = pdf_text(path) if is_pdf(path) else read_text(path)
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
    return text


def _may_run_too_long(text: str) -> bool:
    """False when `text` surely has no run of more than MAX_WORD_CHARS non-blanks (see
    _PROBE_SPAN); True when it may (then _TOO_LONG finds the first, if any)."""
    search, span = _BLANK.search, _PROBE_SPAN
    return any(search(text, start, start + span + 1) is None
               for start in range(0, len(text) - span, span))  # whole windows only

