"""Worksheets as PDF (fpdf2) with the bundled DejaVu Sans, so every name prints correctly.

Each question's height is measured first (fpdf2's `multi_cell(dry_run=True)` counts wrapped
lines); if it would cross the page break it starts on a new page, so no question is split.
(fpdf2's `unbreakable()`/`offset_rendering()` do the same by deep-copying the document,
which with an embedded TTF font costs ~0.15 s per question.) A group heading
travels with its first question. The creation date is fixed, so the bytes are reproducible.
"""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from typing import cast

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from edu.handout.layout import INSTRUCTIONS, Group, Handout, Question, Version, letter
from edu.items.model import ItemKind

FONT = "DejaVu"
LH = 5.6  # line height (mm) for 11 pt text
INDENT = 9.0
_FIXED_DATE = datetime(2022, 1, 1, tzinfo=UTC)


def _font_path(name: str) -> str:
    return str(resources.files("edu.data.fonts").joinpath(name))


class _Sheet(FPDF):
    """A4 page with a running head (pages 2+) and a footer carrying the version letter."""

    def __init__(self, running_head: str, footer_label: str) -> None:
        super().__init__(format="A4", unit="mm")
        self.running_head = running_head
        self.footer_label = footer_label
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=18)
        self.add_font(FONT, "", _font_path("DejaVuSans.ttf"))
        self.add_font(FONT, "B", _font_path("DejaVuSans-Bold.ttf"))
        self.set_creation_date(_FIXED_DATE)
        self.set_creator("edu")
        self.alias_nb_pages()

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font(FONT, "", 8)
            self.set_text_color(90)
            self.cell(0, 5, self.running_head, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0)
            self.ln(3)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, "", 8)
        self.set_text_color(90)
        self.cell(0, 5, f"{self.footer_label}  ·  Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0)


def _para(doc, width: float, height: float, text: str, **kwargs) -> None:
    """Left-aligned wrapped text (fpdf2 justifies by default), then a new line."""
    doc.multi_cell(width, height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                   **kwargs)


def _line(doc, length: float) -> None:
    """A horizontal writing line from the current position, then move past it."""
    x, y = doc.get_x(), doc.get_y()
    doc.line(x, y + LH, x + length, y + LH)
    doc.set_x(x + length + 1)


def _choices(doc, q: Question, x: float, width: float) -> None:
    for i, choice in enumerate(q.choices):
        doc.set_x(x)
        doc.cell(7, LH, f"{letter(i)}.")
        _para(doc, width - 7, LH, choice)


def _matching(doc, q: Question, x: float, width: float) -> None:
    half = width * 0.42  # left items are short names; the right column gets more room
    for i in range(max(len(q.left), len(q.choices))):
        top = doc.get_y()
        bottom = top
        if i < len(q.left):
            doc.set_xy(x, top)
            _line(doc, 9)
            doc.cell(7, LH, f"{i + 1}.")
            _para(doc, half - 19, LH, q.left[i])
            bottom = max(bottom, doc.get_y())
        if i < len(q.choices):
            doc.set_xy(x + half, top)
            doc.cell(7, LH, f"{letter(i)}.")
            _para(doc, width - half - 7, LH, q.choices[i])
            bottom = max(bottom, doc.get_y())
        doc.set_y(bottom + 0.8)


def _question(doc, q: Question) -> None:
    left = doc.l_margin
    width = doc.epw - INDENT
    doc.set_font(FONT, "B", 11)
    doc.set_x(left)
    doc.cell(INDENT, LH, f"{q.number}.")
    doc.set_font(FONT, "", 11)
    _para(doc, width, LH, q.text)
    doc.ln(1)
    x = left + INDENT + 2
    if q.kind in (ItemKind.MULTIPLE_CHOICE, ItemKind.ORDERING):
        _choices(doc, q, x, width - 2)
    if q.kind == ItemKind.TRUE_FALSE:
        doc.set_x(x)
        doc.cell(30, LH, "True")
        doc.cell(30, LH, "False", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif q.kind == ItemKind.MATCHING:
        _matching(doc, q, x, width - 2)
    elif q.kind == ItemKind.ORDERING:
        doc.ln(1.5)
        doc.set_x(x)
        doc.cell(48, LH, "Order (earliest first):")
        for _ in q.choices:
            _line(doc, 10)
            doc.set_x(doc.get_x() + 2)
        doc.ln(LH)
    elif q.kind in (ItemKind.NUMERIC, ItemKind.SHORT_ANSWER):
        doc.ln(2.5)
        doc.set_x(x)
        doc.cell(17, LH, "Answer:")
        _line(doc, 85)
        if q.kind == ItemKind.NUMERIC and q.item.unit:
            doc.cell(0, LH, q.item.unit)
        doc.ln(LH)
    doc.ln(4)


def _group_heading(doc, group: Group) -> None:
    doc.ln(2)
    doc.set_font(FONT, "B", 13)
    doc.cell(0, 7, group.heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.set_font(FONT, "", 9.5)
    doc.set_text_color(70)
    _para(doc, 0, 5, group.instructions)
    doc.set_text_color(0)
    doc.ln(2.5)


def _title_block(pdf: _Sheet, handout: Handout, version: Version) -> None:
    pdf.set_font(FONT, "B", 12)
    pdf.set_xy(pdf.w - pdf.r_margin - 30, pdf.t_margin)
    pdf.cell(30, 9, f"Version {version.letter}", border=1, align="C")
    pdf.set_xy(pdf.l_margin, pdf.t_margin)
    pdf.set_font(FONT, "B", 18)
    _para(pdf, pdf.epw - 34, 9, handout.title)
    if handout.deck_title != handout.title:
        pdf.set_font(FONT, "", 10)
        pdf.set_text_color(70)
        _para(pdf, pdf.epw - 34, 5.5, handout.deck_title)
        pdf.set_text_color(0)
    pdf.ln(6)
    pdf.set_font(FONT, "", 10)
    for label, length in (("Name:", 70), ("Class:", 30), ("Date:", 30)):
        pdf.cell(pdf.get_string_width(label) + 2, LH, label)
        _line(pdf, length)
        pdf.set_x(pdf.get_x() + 5)
    pdf.ln(LH + 5)
    pdf.set_font(FONT, "", 10)
    _para(pdf, 0, 5.5, f"Instructions. {INSTRUCTIONS}", border=1, padding=2)
    pdf.ln(2)


def _key_pages(pdf: _Sheet, handout: Handout, versions: list[Version]) -> None:
    pdf.add_page()
    pdf.set_font(FONT, "B", 16)
    _para(pdf, 0, 8, f"Answer key — {handout.title}")
    for v in versions:
        pdf.ln(3)
        pdf.set_font(FONT, "B", 12)
        pdf.cell(0, 7, f"Version {v.letter}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(FONT, "", 9.5)
        with pdf.table(col_widths=(10, 100, 64), line_height=5, text_align="LEFT",
                       first_row_as_headings=True, padding=1.2) as table:
            header = table.row()
            for label in ("No.", "Answer", "Section"):
                header.cell(label)
            for q in v.questions:
                row = table.row()
                row.cell(str(q.number))
                row.cell(q.answer)
                row.cell(q.section or "—")


def _wrap(pdf: _Sheet, width: float, height: float, text: str) -> list[str]:
    """The lines `text` wraps to at `width` in the current font (nothing is drawn)."""
    # output="LINES" returns the lines; fpdf2's annotation is the union of every output.
    return cast(list[str], pdf.multi_cell(width, height, text, dry_run=True, output="LINES"))


def _lines(pdf: _Sheet, width: float, text: str) -> int:
    """How many lines `text` wraps to at `width` in the current font (nothing is drawn)."""
    return max(1, len(_wrap(pdf, width, LH, text)))


def _question_height(pdf: _Sheet, q: Question) -> float:
    """The height `_question` will take; mirrors its layout (checked by the tests)."""
    width = pdf.epw - INDENT
    pdf.set_font(FONT, "", 11)
    height = _lines(pdf, width, q.text) * LH + 1
    inner = width - 2
    if q.kind in (ItemKind.MULTIPLE_CHOICE, ItemKind.ORDERING):
        height += sum(_lines(pdf, inner - 7, c) * LH for c in q.choices)
    if q.kind == ItemKind.TRUE_FALSE:
        height += LH
    elif q.kind == ItemKind.MATCHING:
        half = inner * 0.42
        for i in range(max(len(q.left), len(q.choices))):
            rows = 1
            if i < len(q.left):
                rows = max(rows, _lines(pdf, half - 19, q.left[i]))
            if i < len(q.choices):
                rows = max(rows, _lines(pdf, inner - half - 7, q.choices[i]))
            height += rows * LH + 0.8
    elif q.kind == ItemKind.ORDERING:
        height += 1.5 + LH
    elif q.kind in (ItemKind.NUMERIC, ItemKind.SHORT_ANSWER):
        height += 2.5 + LH
    return height + 4


def _heading_height(pdf: _Sheet, group: Group) -> float:
    pdf.set_font(FONT, "", 9.5)
    lines = max(1, len(_wrap(pdf, 0, 5, group.instructions)))
    return 2 + 7 + lines * 5 + 2.5


def _keep_together(pdf: _Sheet, height: float) -> None:
    """Start a new page unless the next `height` mm fit on this one."""
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def render_version(handout: Handout, version: Version, appendix_key: bool) -> bytes:
    """One version's worksheet as PDF bytes (its key appended on new pages if asked)."""
    pdf = _Sheet(f"{handout.title} — Version {version.letter}", f"Version {version.letter}")
    pdf.set_title(f"{handout.title} — Version {version.letter}")
    pdf.add_page()
    _title_block(pdf, handout, version)
    for group in version.groups:
        for i, q in enumerate(group.questions):
            height = _question_height(pdf, q)
            if i == 0:  # a heading never ends a page: it travels with its first question
                height += _heading_height(pdf, group)
            _keep_together(pdf, height)
            if i == 0:
                _group_heading(pdf, group)
            _question(pdf, q)
    if appendix_key:
        _key_pages(pdf, handout, [version])
    return bytes(pdf.output())


def render_key(handout: Handout) -> bytes:
    """The separate answer key for every version."""
    pdf = _Sheet(f"{handout.title} — Answer key", "Answer key")
    pdf.set_title(f"{handout.title} — Answer key")
    _key_pages(pdf, handout, handout.versions)
    return bytes(pdf.output())
