"""A PDF's text layer (pypdf), so a PDF is a document like any .txt file.

Pages are joined with a blank line (a paragraph break for the reader and for sections). The
text is what pypdf extracts, made the same way every time, so spans into it stay valid. A
scanned PDF (no text layer), an encrypted or a broken file is one clear EduError.
"""

from __future__ import annotations

from pathlib import Path

from edu.errors import EduError, Problem
from edu.fileio import read_text

PAGE_BREAK = "\n\n"


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
    """The text of a source document: a PDF's text layer, any other file as UTF-8 text."""
    return pdf_text(path) if is_pdf(path) else read_text(path)
