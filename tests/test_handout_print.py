"""Worksheets that print well (issue 18): blanks sized to the answer, paper sizes, points and a
total, teacher copies, no lonely question on a page, the section in the header, labelled and
separately numbered key pages, the Date line inside the margin, HTML headings kept with their
questions, and CJK text drawn with a font that has it (or a clear error)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from edu.cli import main
from edu.deck.check import load_deck
from edu.errors import EduError
from edu.handout import html as html_out
from edu.handout import markdown as md_out
from edu.handout import pdf as pdf_out
from edu.handout.layout import BLANK_RE, Options, build_handout
from edu.items.generate import generate_items
from edu.items.model import Item

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
BUNDLED = Path(__file__).parent.parent / "decks" / "china-space-2021.yaml"


def pages_of(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


def numbers_on(page: str, count: int) -> list[int]:
    """Question numbers printed at the start of a question on this page."""
    return [n for n in range(1, count + 1) if re.search(rf"(^| ){n}\. \S", page)]


def short(n: int, text: str = "What is the name of thing number {}?") -> list[Item]:
    return [Item(id=f"q{i}", fact_id=f"f{i}", kind="short_answer", prompt=text.format(i),
                 answer=f"answer {i}") for i in range(n)]


@pytest.fixture(scope="module")
def bundled_items() -> tuple[str, list[Item]]:
    deck = load_deck(BUNDLED)
    return deck.title, generate_items(deck, seed=0)


def test_blanks_are_sized_to_the_answer() -> None:
    items = [Item(id="c1", fact_id="c1", kind="cloze", prompt="China launched ____ in 2019.",
                  answer="China-Brazil Earth Resources Satellite 04A"),
             Item(id="c2", fact_id="c2", kind="cloze", prompt="____ flew first.", answer="Mozi")]
    h = build_handout(items, title="T", deck_title="T", count=2)
    long, short_q = (q for q in h.versions[0].questions)
    long_blank = BLANK_RE.search(long.text)
    short_blank = BLANK_RE.search(short_q.text)
    assert long_blank and short_blank
    assert len(long_blank.group()) >= len(long.item.answer) > 2 * len(short_blank.group())
    html = html_out.render_version(h, h.versions[0], False)
    widths = [float(w) for w in re.findall(r'class="blank" style="min-width:([\d.]+)em"', html)]
    assert len(widths) == 2 and widths[0] > 2 * widths[1]
    md = md_out.render_version(h, h.versions[0], False)
    assert "\\_" * len(long.item.answer) in md


@pytest.mark.parametrize(("paper", "width_pt"), [("a4", 595), ("letter", 612)])
def test_paper_size(paper: str, width_pt: int) -> None:
    h = build_handout(short(3), title="T", deck_title="T", count=3, options=Options(paper=paper))
    page = PdfReader(io.BytesIO(pdf_out.render_version(h, h.versions[0], False))).pages[0]
    assert round(float(page.mediabox.width)) == width_pt
    size = "A4" if paper == "a4" else "letter"
    assert f"size: {size};" in html_out.render_version(h, h.versions[0], False)


def test_points_beside_every_question_and_a_total(tmp_path: Path) -> None:
    h = build_handout(short(5), title="T", deck_title="T", count=5, options=Options(points=2))
    text = " ".join(pages_of(pdf_out.render_version(h, h.versions[0], False)))
    assert text.count("(2 pts)") == 5 and "Score / 10" in text
    md = md_out.render_version(h, h.versions[0], False)
    assert md.count("*(2 points)*") == 5 and "/ 10" in md
    html = html_out.render_version(h, h.versions[0], False)
    assert html.count('class="points">(2 points)') == 5 and "/ 10</span>" in html
    assert main(["handout", str(MINI), "-o", str(tmp_path / "w.md"), "--points", "0"]) == 2


def test_teacher_copy_prints_each_answer_under_its_question() -> None:
    h = build_handout(short(4), title="T", deck_title="T", count=4,
                      options=Options(teacher_copy=True))
    text = " ".join(pages_of(pdf_out.render_version(h, h.versions[0], False)))
    for q in h.versions[0].questions:
        assert f"{q.number}. {q.text} Answer: Answer: {q.answer}" in text
    assert "Teacher copy" in text
    assert "> **Answer:** answer 0" in md_out.render_version(h, h.versions[0], False)


def test_greedy_pagination_would_leave_a_lonely_page_and_the_plan_does_not() -> None:
    group = build_handout(short(1), title="T", deck_title="T").versions[0].groups[0]
    q = group.questions[0]
    blocks = [pdf_out._Block(group, q, False, 50.0) for _ in range(9)]
    greedy = pdf_out._paginate(blocks, 50.0, 20.0, 260.0, set())
    assert [len(p) for p in greedy.pages] == [4, 4, 1]
    planned = pdf_out._even_out(blocks, 50.0, 20.0, 260.0)
    assert [len(p) for p in planned.pages] == [4, 3, 2]


def test_no_printed_page_holds_one_lonely_question() -> None:
    long = "How many widgets did the factory in district {} produce in the year it opened, " \
           "counting every shift and every line of the plant, as the report says?"
    for count in range(6, 26, 3):
        h = build_handout(short(count, long), title="T", deck_title="T", count=count)
        pages = pages_of(pdf_out.render_version(h, h.versions[0], False))
        per_page = [numbers_on(p, count) for p in pages]
        assert sum(map(len, per_page)) == count
        assert all(len(numbers) >= 2 for numbers in per_page), (count, per_page)


def test_the_bundled_deck_prints_20_questions_compactly(bundled_items) -> None:
    title, items = bundled_items
    h = build_handout(items, title=title, deck_title=title, count=20)
    pages = pages_of(pdf_out.render_version(h, h.versions[0], False))
    assert len(pages) <= 4  # 5 before the compact layout
    assert all(len(numbers_on(p, 20)) >= 2 for p in pages)


def test_sectioned_sheet_names_its_section_in_the_header(bundled_items) -> None:
    title, items = bundled_items
    h = build_handout(items, title="Quiz", deck_title=title, count=12, sections=["II.1"])
    pages = pages_of(pdf_out.render_version(h, h.versions[0], False))
    assert "Section: II.1 Space transport system" in pages[0]
    assert len(pages) > 1 and "Quiz — Version A — II.1 Space transport system" in pages[1]
    assert "II.1 Space transport system" in md_out.render_version(h, h.versions[0], False)


def test_appendix_key_numbers_its_pages_apart_and_labels_continuations() -> None:
    answer = "a rather long answer that takes most of a line in the key's answer column {}"
    items = [Item(id=f"q{i}", fact_id=f"f{i}", kind="short_answer", prompt=f"Question {i}?",
                  answer=answer.format(i), section=f"II.{i} A section with a long title")
             for i in range(70)]
    h = build_handout(items, title="Long", deck_title="Long", count=70)
    pages = pages_of(pdf_out.render_version(h, h.versions[0], True))
    sheet = [p for p in pages if "Answer key" not in p]
    key = [p for p in pages if "Answer key" in p]
    assert len(sheet) >= 2 and len(key) >= 2
    for i, page in enumerate(sheet, 1):
        assert f"Page {i} of {len(sheet)}" in page
    for i, page in enumerate(key, 1):
        assert f"Answer key, page {i} of {len(key)}" in page
    assert all("Answer key — Long — Version A (continued)" in p for p in key[1:])
    assert "(continued)" not in key[0]
    separate = pages_of(pdf_out.render_key(h))
    assert len(separate) >= 2 and "(continued)" in separate[1]
    assert f"Answer key, page 2 of {len(separate)}" in separate[1]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_name_class_and_date_lines_stay_inside_the_margin(monkeypatch, paper: str) -> None:
    ends: list[float] = []
    original = pdf_out._line

    def record(doc, length: float) -> None:
        ends.append(doc.get_x() + length)
        original(doc, length)

    monkeypatch.setattr(pdf_out, "_line", record)
    h = build_handout(short(1), title="T", deck_title="T", count=1, options=Options(paper=paper))
    sheet = pdf_out._render(h, h.versions[0], False, None, None)
    assert len(ends) >= 3 and max(ends[:3]) <= sheet.w - sheet.r_margin + 0.01


def test_html_keeps_each_heading_with_its_first_question(bundled_items) -> None:
    title, items = bundled_items
    h = build_handout(items, title=title, deck_title=title, count=14)
    page = html_out.render_version(h, h.versions[0], False)
    blocks = re.findall(r'<div class="keep group \w+"><h2>[^<]*</h2><p class="group-note">'
                        r'[^<]*</p><div class="question" id="q(\d+)">', page)
    firsts = [str(g.questions[0].number) for g in h.versions[0].groups]
    assert blocks == firsts
    assert ".keep { break-inside: avoid;" in page
    last = page.rindex('<div class="keep">')  # the last two questions travel together
    assert page.index(f'id="q{h.count - 1}"', last) < page.index(f'id="q{h.count}"', last)


def test_cjk_needs_a_font_that_has_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("EDU_PDF_FONT", raising=False)
    monkeypatch.setattr(pdf_out.shutil, "which", lambda name: None)  # no fontconfig here
    items = [Item(id="t", fact_id="t", kind="short_answer", prompt="Which station is 天宫?",
                  answer="Tiangong")]
    h = build_handout(items, title="T", deck_title="T", count=1)
    with pytest.raises(EduError, match="no glyphs for 2 character.*天 宫.*--font PATH"):
        pdf_out.render_version(h, h.versions[0], False)
    font = tmp_path / "cjk.ttf"
    _tiny_font(font, "天宫")
    h = build_handout(items, title="T", deck_title="T", count=1, options=Options(font=str(font)))
    data = pdf_out.render_version(h, h.versions[0], False)
    assert "Which station is 天宫?" in pages_of(data)[0]


def _tiny_font(path: Path, chars: str) -> None:
    """A TrueType font with a box glyph for each of `chars` (and a space)."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    def box():
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 700))
        pen.lineTo((900, 700))
        pen.lineTo((900, 0))
        pen.closePath()
        return pen.glyph()

    names = [".notdef", "space", *(f"uni{ord(c):04X}" for c in chars)]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({0x20: "space", **{ord(c): f"uni{ord(c):04X}" for c in chars}})
    fb.setupGlyf({n: TTGlyphPen(None).glyph() if n == "space" else box() for n in names})
    fb.setupHorizontalMetrics({n: (1000, 0) for n in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "TinyCJK", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    fb.setupPost()
    fb.save(str(path))


def test_cli_handout_options_end_to_end(tmp_path: Path, capsys) -> None:
    out = tmp_path / "w.pdf"
    assert main(["handout", str(MINI), "-o", str(out), "--count", "6", "--paper", "letter",
                 "--points", "1", "--teacher-copy", "--sections", "II.1 II.2",
                 "--answer-key", "appendix"]) == 0
    pages = pages_of(out.read_bytes())
    assert "Teacher copy" in pages[0] and "(1 pt)" in pages[0]
    assert any("Answer key" in p for p in pages)
    assert main(["handout", str(MINI), "-o", str(tmp_path / "w.html"), "--format", "md"]) == 2
    assert "does not match" in capsys.readouterr().err
