"""Worksheets as PDF (fpdf2) with the bundled DejaVu Sans, so every name prints correctly.

Layout is planned before anything is drawn: each question's height is measured (fpdf2's
`multi_cell(dry_run=True)` counts wrapped lines) and the questions are paginated so none is
split and a group heading travels with its first question. (fpdf2's `unbreakable()` does the
same by deep-copying the document, ~0.15 s per question with an embedded TTF font.) The plan
is then evened out so no page holds one lonely question when a neighbour can give it company.
Page numbers count the worksheet's own pages; an appended key numbers its pages apart and
labels its continuation pages. Characters DejaVu Sans lacks (Chinese, Japanese, Korean) are
drawn with a fallback font (`--font`, or one fontconfig finds), or the handout stops with a
message naming them. The creation date is fixed, so the bytes are reproducible.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from typing import cast

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from edu.errors import EduError, Problem
from edu.handout.layout import INSTRUCTIONS, Group, Handout, Question, Version, letter
from edu.items.model import ItemKind

FONT = "DejaVu"
FALLBACK = "Fallback"
SIZE = 10.5  # body text (pt): 11 pt set 20 questions on 5 pages, 10.5 pt on fewer
LH = 5.2  # line height (mm) for body text
INDENT = 8.0  # room for the question number
GAP = 3.0  # space after a question (mm)
POINTS_W = 18.0  # column at the right for "(2 points)"
HEAD_H = 8.0  # the running head on pages 2+ (cell 5 mm, then 3 mm)
PAPERS = {"a4": "A4", "letter": "Letter"}
_FIXED_DATE = datetime(2022, 1, 1, tzinfo=UTC)
_TEACHER_RGB = (139, 0, 0)  # answers in a teacher copy: dark red, readable in greyscale too


def _font_path(name: str) -> str:
    return str(resources.files("edu.data.fonts").joinpath(name))


@lru_cache(maxsize=1)
def _dejavu_chars() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(_font_path("DejaVuSans.ttf"), lazy=True) as font:
        return frozenset(font.getBestCmap())


def missing_chars(texts: list[str]) -> list[str]:
    """Characters of `texts` that DejaVu Sans cannot draw, in order of first appearance."""
    have = _dejavu_chars()
    out: dict[str, None] = {}
    for text in texts:
        for ch in text:
            if ord(ch) not in have and not ch.isspace():
                out.setdefault(ch, None)
    return list(out)


def _font_covers(path: str, chars: list[str]) -> bool:
    from fontTools.ttLib import TTFont

    try:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            cmap = font.getBestCmap() or {}
    except Exception:  # noqa: BLE001 - any unreadable font simply does not cover the text
        return False
    return all(ord(c) in cmap for c in chars)


def find_fallback_font(chars: list[str], given: str | None) -> str | None:
    """A font file that has every char: `given` (--font), $EDU_PDF_FONT, or fontconfig's
    best match; None when there is none."""
    candidates = [given] if given else []
    if os.environ.get("EDU_PDF_FONT"):
        candidates.append(os.environ["EDU_PDF_FONT"])
    if not given and shutil.which("fc-match"):
        charset = " ".join(f"{ord(c):x}" for c in chars[:50])
        try:
            found = subprocess.run(["fc-match", "-f", "%{file}", f":charset={charset}"],
                                   capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            found = ""
        if found:
            candidates.append(found)
    for path in candidates:
        if path and os.path.isfile(path) and _font_covers(path, chars):
            return path
    return None


def _all_text(handout: Handout) -> list[str]:
    texts = [handout.title, handout.deck_title, handout.subtitle]
    for v in handout.versions:
        for q in v.questions:
            texts += [q.text, q.answer, q.section, q.item.unit or "", *q.choices, *q.left]
    return texts


def _fallback_for(handout: Handout) -> str | None:
    """The fallback font this handout needs, None if DejaVu has every character; EduError
    naming the characters when no font at hand has them."""
    chars = missing_chars(_all_text(handout))
    if not chars:
        return None
    font = find_fallback_font(chars, handout.options.font)
    if font is None:
        shown = " ".join(chars[:20]) + (" ..." if len(chars) > 20 else "")
        given = (f"--font {handout.options.font} lacks some of them; "
                 if handout.options.font else "")
        raise EduError(Problem("edu handout", f"the PDF font (DejaVu Sans) has no glyphs for "
                               f"{len(chars)} character(s): {shown}; {given}pass --font PATH "
                               "to a .ttf/.otf font that has them (for Chinese, Japanese or "
                               "Korean: Noto Sans CJK, e.g. `apt-get install fonts-noto-cjk`), "
                               "or write --format html or md, which use the reader's fonts"))
    return font


class _Sheet(FPDF):
    """A page with a running head (pages 2+) and a footer carrying the version letter.

    `key_start` is the first page of an appended answer key: worksheet pages count up to
    it ("Page 2 of 3") and key pages count on their own ("Answer key, page 1 of 2")."""

    def __init__(self, paper: str, running_head: str, footer_label: str,
                 fallback: str | None) -> None:
        super().__init__(format=PAPERS[paper], unit="mm")
        self.running_head = running_head
        self.footer_label = footer_label
        self.key_start: int | None = None
        self.key_head = ""
        self.totals: tuple[int, int] | None = None  # (worksheet pages, key pages), 2nd pass
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=18)
        self.add_font(FONT, "", _font_path("DejaVuSans.ttf"))
        self.add_font(FONT, "B", _font_path("DejaVuSans-Bold.ttf"))
        if fallback:
            self.add_font(FALLBACK, "", fallback)
            self.set_fallback_fonts([FALLBACK], exact_match=False)
        self.set_creation_date(_FIXED_DATE)
        self.set_creator("edu")
        self.alias_nb_pages()

    def header(self) -> None:
        page = self.page_no()
        in_key = self.key_start is not None and page >= self.key_start
        if page > 1 and not (in_key and page == self.key_start):
            self.set_font(FONT, "", 8)
            self.set_text_color(90)
            head = f"{self.key_head} (continued)" if in_key else self.running_head
            self.cell(0, 5, head, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0)
            self.ln(3)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, "", 8)
        self.set_text_color(90)
        page = self.page_no()
        if self.key_start is None:
            label = f"Page {page} of {{nb}}"
        elif page < self.key_start:
            label = f"Page {page} of {self.totals[0] if self.totals else '?'}"
        else:
            total = (str(self.totals[1]) if self.totals
                     else "{nb}" if self.key_start == 1 else "?")
            label = f"Answer key, page {page - self.key_start + 1} of {total}"
        self.cell(0, 5, f"{self.footer_label}  ·  {label}", align="C")
        self.set_text_color(0)


def _para(doc: FPDF, width: float, height: float, text: str, **kwargs: object) -> None:
    """Left-aligned wrapped text (fpdf2 justifies by default), then a new line."""
    doc.multi_cell(width, height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                   **kwargs)  # type: ignore[arg-type]


def _line(doc: FPDF, length: float) -> None:
    """A horizontal writing line from the current position, then move past it."""
    x, y = doc.get_x(), doc.get_y()
    doc.line(x, y + LH, x + length, y + LH)
    doc.set_x(x + length + 1)


def _choices(doc: FPDF, q: Question, x: float, width: float) -> None:
    for i, choice in enumerate(q.choices):
        doc.set_x(x)
        doc.cell(7, LH, f"{letter(i)}.")
        _para(doc, width - 7, LH, choice)


MATCH_LEFT = 0.38  # share of the width for matching's left column (short names)


def _matching(doc: FPDF, q: Question, x: float, width: float) -> None:
    half = width * MATCH_LEFT
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


def _text_width(doc: FPDF, q: Question) -> float:
    return doc.epw - INDENT - (POINTS_W if q.points else 0)


def _answer_line(doc: FPDF, q: Question, room: float) -> float:
    """An answer line long enough for the answer (a fifth more for handwriting)."""
    doc.set_font(FONT, "", SIZE)
    wanted = doc.get_string_width(q.written) * 1.2 + 12
    return max(45.0, min(wanted, room))


def _question(doc: FPDF, q: Question, teacher: bool) -> None:
    left = doc.l_margin
    width = _text_width(doc, q)
    top = doc.get_y()
    if q.points:
        doc.set_font(FONT, "", 8.5)
        doc.set_text_color(70)
        doc.set_xy(doc.w - doc.r_margin - POINTS_W, top)
        doc.cell(POINTS_W, LH, f"({q.points} pt{'' if q.points == 1 else 's'})", align="R")
        doc.set_text_color(0)
        doc.set_xy(left, top)
    doc.set_font(FONT, "B", SIZE)
    doc.set_x(left)
    doc.cell(INDENT, LH, f"{q.number}.")
    doc.set_font(FONT, "", SIZE)
    _para(doc, width, LH, q.text)
    doc.ln(0.8)
    x = left + INDENT + 2
    inner = doc.epw - INDENT - 2
    if q.kind in (ItemKind.MULTIPLE_CHOICE, ItemKind.ORDERING):
        _choices(doc, q, x, inner)
    if q.kind == ItemKind.TRUE_FALSE:
        doc.set_x(x)
        doc.cell(30, LH, "True")
        doc.cell(30, LH, "False", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif q.kind == ItemKind.MATCHING:
        _matching(doc, q, x, inner)
    elif q.kind == ItemKind.ORDERING:
        doc.ln(1)
        doc.set_x(x)
        doc.cell(44, LH, "Order (earliest first):")
        for _ in q.choices:
            _line(doc, 10)
            doc.set_x(doc.get_x() + 2)
        doc.ln(LH)
    elif q.kind in (ItemKind.NUMERIC, ItemKind.SHORT_ANSWER):
        doc.ln(1.5)
        doc.set_x(x)
        doc.cell(17, LH, "Answer:")
        unit = q.item.unit if q.kind == ItemKind.NUMERIC and q.item.unit else ""
        room = inner - 17 - (doc.get_string_width(unit) + 3 if unit else 0)
        _line(doc, _answer_line(doc, q, room))
        if unit:
            doc.cell(0, LH, unit)
        doc.ln(LH)
    if teacher:
        doc.set_text_color(*_TEACHER_RGB)
        doc.set_x(x)
        _para(doc, inner, LH, f"Answer: {q.answer}")
        doc.set_text_color(0)
    doc.ln(GAP)


def _group_heading(doc: FPDF, group: Group) -> None:
    doc.ln(1.5)
    doc.set_font(FONT, "B", 12.5)
    doc.cell(0, 6.5, group.heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.set_font(FONT, "", 9)
    doc.set_text_color(70)
    _para(doc, 0, 4.6, group.instructions)
    doc.set_text_color(0)
    doc.ln(2)


def _title_block(pdf: _Sheet, handout: Handout, version: Version) -> None:
    right = pdf.w - pdf.r_margin
    pdf.set_font(FONT, "B", 12)
    pdf.set_xy(right - 30, pdf.t_margin)
    pdf.cell(30, 9, f"Version {version.letter}", border=1, align="C")
    box_bottom = pdf.t_margin + 9
    if handout.total_points is not None:
        pdf.set_font(FONT, "", 9)
        pdf.set_xy(right - 30, pdf.t_margin + 11)
        pdf.multi_cell(30, 5, f"Score\n\n/ {handout.total_points}", border=1, align="C")
        box_bottom = pdf.get_y()
    pdf.set_xy(pdf.l_margin, pdf.t_margin)
    pdf.set_font(FONT, "B", 17)
    _para(pdf, pdf.epw - 34, 8.5, handout.title)
    if handout.subtitle:
        pdf.set_font(FONT, "", 9.5)
        pdf.set_text_color(70)
        _para(pdf, pdf.epw - 34, 5, handout.subtitle)
        pdf.set_text_color(0)
    pdf.set_y(max(pdf.get_y(), box_bottom) + 5)
    pdf.set_font(FONT, "", 10)
    # Name, Class and Date share the line; their writing lines take what the labels leave.
    fields = (("Name:", 0.5), ("Class:", 0.25), ("Date:", 0.25))
    gap = 5.0
    labels = sum(pdf.get_string_width(label) + 2 for label, _ in fields)
    room = pdf.epw - labels - gap * (len(fields) - 1) - 1 * len(fields)
    for i, (label, share) in enumerate(fields):
        pdf.cell(pdf.get_string_width(label) + 2, LH, label)
        _line(pdf, room * share)
        if i < len(fields) - 1:
            pdf.set_x(pdf.get_x() + gap)
    pdf.ln(LH + 4)
    pdf.set_font(FONT, "", 9.5)
    _para(pdf, 0, 5, f"Instructions. {INSTRUCTIONS}", border=1, padding=1.5)
    pdf.ln(1)


def _key_pages(pdf: _Sheet, handout: Handout, versions: list[Version]) -> None:
    pdf.add_page()
    pdf.set_font(FONT, "B", 15)
    _para(pdf, 0, 8, f"Answer key — {handout.title}")
    for v in versions:
        pdf.key_head = f"Answer key — {handout.title} — Version {v.letter}"
        pdf.ln(3)
        pdf.set_font(FONT, "B", 12)
        pdf.cell(0, 7, f"Version {v.letter}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(FONT, "", 9.5)
        sections = handout.key_has_sections
        widths = (10, 100, 64) if sections else (10, 164)
        with pdf.table(col_widths=widths, line_height=5, text_align="LEFT", width=pdf.epw,
                       first_row_as_headings=True, padding=1.2) as table:
            header = table.row()
            for label in ("No.", "Answer", "Section")[: len(widths)]:
                header.cell(label)
            for q in v.questions:
                row = table.row()
                row.cell(str(q.number))
                row.cell(q.answer)
                if sections:
                    row.cell(q.key_section or "—")


def _wrap(pdf: FPDF, width: float, height: float, text: str) -> list[str]:
    """The lines `text` wraps to at `width` in the current font (nothing is drawn)."""
    # output="LINES" returns the lines; fpdf2's annotation is the union of every output.
    return cast(list[str], pdf.multi_cell(width, height, text, dry_run=True, output="LINES"))


def _lines(pdf: FPDF, width: float, text: str) -> int:
    """How many lines `text` wraps to at `width` in the current font (nothing is drawn)."""
    return max(1, len(_wrap(pdf, width, LH, text)))


def _question_height(pdf: FPDF, q: Question, teacher: bool) -> float:
    """The height `_question` will take; mirrors its layout (checked by the tests)."""
    pdf.set_font(FONT, "", SIZE)
    height = _lines(pdf, _text_width(pdf, q), q.text) * LH + 0.8
    inner = pdf.epw - INDENT - 2
    if q.kind in (ItemKind.MULTIPLE_CHOICE, ItemKind.ORDERING):
        height += sum(_lines(pdf, inner - 7, c) * LH for c in q.choices)
    if q.kind == ItemKind.TRUE_FALSE:
        height += LH
    elif q.kind == ItemKind.MATCHING:
        half = inner * MATCH_LEFT
        for i in range(max(len(q.left), len(q.choices))):
            rows = 1
            if i < len(q.left):
                rows = max(rows, _lines(pdf, half - 19, q.left[i]))
            if i < len(q.choices):
                rows = max(rows, _lines(pdf, inner - half - 7, q.choices[i]))
            height += rows * LH + 0.8
    elif q.kind == ItemKind.ORDERING:
        height += 1 + LH
    elif q.kind in (ItemKind.NUMERIC, ItemKind.SHORT_ANSWER):
        height += 1.5 + LH
    if teacher:
        height += _lines(pdf, inner, f"Answer: {q.answer}") * LH
    return height + GAP


def _heading_height(pdf: FPDF, group: Group) -> float:
    pdf.set_font(FONT, "", 9)
    lines = max(1, len(_wrap(pdf, 0, 4.6, group.instructions)))
    return 1.5 + 6.5 + lines * 4.6 + 2


@dataclass
class _Block:
    """What must stay on one page: a question, with its group's heading if it is first."""

    group: Group
    question: Question
    heading: bool
    height: float


@dataclass
class _Plan:
    pages: list[list[_Block]] = field(default_factory=list)

    def lonely(self) -> int | None:
        """Index of a page with one question whose neighbour could share, else None."""
        if sum(len(p) for p in self.pages) < 2:
            return None
        for i, page in enumerate(self.pages):
            if len(page) == 1 and len(self.pages) > 1:
                return i
        return None


def _paginate(blocks: list[_Block], first_top: float, top: float, bottom: float,
              breaks: set[int]) -> _Plan:
    """Greedy pages; a block whose index is in `breaks` starts a new page."""
    plan = _Plan([[]])
    y = first_top
    for i, block in enumerate(blocks):
        if plan.pages[-1] and (i in breaks or y + block.height > bottom):
            plan.pages.append([])
            y = top
        plan.pages[-1].append(block)
        y += block.height
    return plan


def _even_out(blocks: list[_Block], first_top: float, top: float, bottom: float) -> _Plan:
    """The greedy plan, unless a lonely last page can take one more question from the page
    before (and so on backwards) without making any page lonely."""
    breaks: set[int] = set()
    plan = _paginate(blocks, first_top, top, bottom, breaks)
    for _ in range(len(blocks)):
        lonely = plan.lonely()
        if lonely is None or lonely == 0:
            return plan
        before = plan.pages[lonely - 1]
        if len(before) < 2:
            return plan
        start = sum(len(p) for p in plan.pages[: lonely - 1]) + len(before) - 1
        trial = _paginate(blocks, first_top, top, bottom, breaks | {start})
        if len(trial.pages) > len(plan.pages) or trial.pages[lonely - 1] == before:
            return plan  # moving one more question over would need another page
        breaks.add(start)
        plan = trial
    return plan


def _render(handout: Handout, version: Version, appendix_key: bool, fallback: str | None,
            totals: tuple[int, int] | None) -> _Sheet:
    teacher = handout.options.teacher_copy
    pdf = _Sheet(handout.options.paper, handout.running_head(version.letter),
                 f"Version {version.letter}", fallback)
    pdf.totals = totals
    if totals is not None:  # second pass: the worksheet's pages count up to the key's start
        pdf.key_start = totals[0] + 1
    pdf.set_title(handout.running_head(version.letter))
    pdf.add_page()
    _title_block(pdf, handout, version)
    blocks = []
    for group in version.groups:
        for i, q in enumerate(group.questions):
            height = _question_height(pdf, q, teacher)
            if i == 0:  # a heading never ends a page: it travels with its first question
                height += _heading_height(pdf, group)
            blocks.append(_Block(group, q, i == 0, height))
    plan = _even_out(blocks, pdf.get_y(), pdf.t_margin + HEAD_H, pdf.page_break_trigger)
    for n, page in enumerate(plan.pages):
        if n:
            pdf.add_page()
        for block in page:
            if block.heading:
                _group_heading(pdf, block.group)
            _question(pdf, block.question, teacher)
    if appendix_key:
        pdf.key_start = pdf.page_no() + 1
        _key_pages(pdf, handout, [version])
    return pdf


def render_version(handout: Handout, version: Version, appendix_key: bool) -> bytes:
    """One version's worksheet as PDF bytes (its key appended on new pages if asked)."""
    fallback = _fallback_for(handout)
    pdf = _render(handout, version, appendix_key, fallback, None)
    if appendix_key and pdf.key_start is not None:  # now the two page counts are known
        sheet_pages = pdf.key_start - 1
        totals = (sheet_pages, pdf.page_no() - sheet_pages)
        pdf = _render(handout, version, appendix_key, fallback, totals)
    return bytes(pdf.output())


def render_key(handout: Handout) -> bytes:
    """The separate answer key for every version."""
    # the footer names the worksheet; "Answer key, page 1 of 2" says the rest
    pdf = _Sheet(handout.options.paper, f"{handout.title} — Answer key", handout.title,
                 _fallback_for(handout))
    pdf.set_title(f"{handout.title} — Answer key")
    pdf.key_start = 1
    _key_pages(pdf, handout, handout.versions)
    return bytes(pdf.output())
