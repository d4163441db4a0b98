"""Worksheets: what is printed agrees with the items, in PDF, HTML and Markdown."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from edu.cli import main
from edu.deck.check import load_deck
from edu.handout import html as html_out
from edu.handout import markdown as md_out
from edu.handout import pdf as pdf_out
from edu.handout.files import handout_files
from edu.handout.layout import build_handout, letter, section_matches
from edu.items.generate import generate_items
from edu.items.model import Item

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"

EXTRA = [
    Item(id="match:x", fact_id="m0", kind="matching", prompt="Match each craft to its role.",
         answer="", pairs=[["Wukong", "dark matter probe"], ["Mozi", "quantum satellite"],
                           ["Huiyan", "X-ray telescope"], ["Taiji-1", "gravity wave test"]],
         fact_ids=["m1", "m2", "m3", "m4"], section="II.2 Space infrastructure"),
    Item(id="order:x", fact_id="o0", kind="ordering", prompt="Put these events in order.",
         answer="", sequence=["Shenzhou-5 flight", "Yutu-2 landing", "Tiangong-2 launch"],
         years=["2003", "2019", "2021"], fact_ids=["o1", "o2", "o3"], section="Preamble"),
    Item(id="hostile:x", fact_id="h0", kind="short_answer",
         prompt="<script>alert('x')</script> & *bold* # not a heading?", answer="<b>x</b>",
         section="III <i>Evil</i>"),
]


@pytest.fixture(scope="module")
def deck_items():
    deck = load_deck(MINI)
    return deck, generate_items(deck, seed=0) + EXTRA


def norm(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(data: bytes) -> list[str]:
    return [norm(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def two_versions(deck_items):
    deck, items = deck_items
    handout = build_handout(items, title="Space quiz", deck_title=deck.title, count=40,
                            seed=3, versions=2)
    files = dict(handout_files(handout, "ws.pdf", "separate"))
    return handout, files


def test_layout_groups_numbers_and_versions(two_versions, deck_items) -> None:
    handout, _ = two_versions
    a, b = handout.versions
    assert [v.letter for v in handout.versions] == ["A", "B"]
    assert [q.number for q in a.questions] == list(range(1, handout.count + 1))
    assert {q.item.id for q in a.questions} == {q.item.id for q in b.questions}
    kinds = [q.kind for q in a.questions]
    assert kinds == sorted(kinds, key=[g.kind for g in a.groups].index)  # grouped by kind
    assert [q.item.id for q in a.questions] != [q.item.id for q in b.questions]
    facts = [q.item.fact_id for q in a.questions]
    assert len(facts) == len(set(facts))  # never two questions about one fact
    for q in a.questions:
        if q.kind == "multiple_choice":
            assert sorted(q.choices) == sorted(q.item.options)
            assert q.answer == f"{letter(q.choices.index(q.item.answer))}. {q.item.answer}"
    match = next(q for q in a.questions if q.kind == "matching")
    for pair, part in zip(match.item.pairs, match.answer.split(", "), strict=True):
        number, let = part.split("–")
        assert match.choices[ord(let) - 65] == pair[1] and match.left[int(number) - 1] == pair[0]


def test_pdf_text_agrees_with_items(two_versions) -> None:
    handout, files = two_versions
    for version in handout.versions:
        pages = pdf_pages(files[Path(f"ws-{version.letter}.pdf")])
        text = " ".join(pages)
        for i, page in enumerate(pages, start=1):
            assert f"Version {version.letter}" in page
            assert f"Page {i} of {len(pages)}" in page
        for q in version.questions:
            assert f"{q.number}. {norm(q.text)[:60]}" in text
            for i, choice in enumerate(q.choices):
                assert f"{letter(i)}. {norm(choice)}" in text
    key = " ".join(pdf_pages(files[Path("ws-key.pdf")]))
    for version in handout.versions:
        assert f"Version {version.letter}" in key
        for q in version.questions:
            assert norm(q.answer)[:50] in key
            assert norm(q.section)[:30] in key
    assert "Chang'e" in key  # the embedded DejaVu font prints the apostrophe names


def test_no_question_is_split_across_pages() -> None:
    long = "How many widgets did the factory in district {} produce in the year it opened, " \
           "counting every shift and every line of the plant?"
    items = [Item(id=f"q{i}", fact_id=f"f{i}", kind="multiple_choice", prompt=long.format(i),
                  answer=f"{i}7 widgets in all",
                  options=[f"{i}{d} widgets in all" for d in (5, 6, 7, 8)])
             for i in range(30)]
    handout = build_handout(items, title="Long", deck_title="Long", count=30, versions=1)
    pages = pdf_pages(pdf_out.render_version(handout, handout.versions[0], False))
    assert len(pages) >= 4
    for q in handout.versions[0].questions:
        holders = [i for i, page in enumerate(pages) if norm(q.text) in page]
        assert len(holders) == 1, q.number
        page = pages[holders[0]]
        assert f"{q.number}. {norm(q.text)}" in page
        assert all(f"{letter(i)}. {c}" in page for i, c in enumerate(q.choices)), q.number


def test_pdf_embeds_dejavu(two_versions) -> None:
    _, files = two_versions
    reader = PdfReader(io.BytesIO(files[Path("ws-A.pdf")]))
    fonts = {str(f["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].get_object().values()}
    assert any("DejaVuSans" in f for f in fonts)
    assert any("DejaVuSansBold" in f for f in fonts)


def test_same_input_same_bytes(deck_items) -> None:
    deck, items = deck_items
    def render(seed: int) -> dict[Path, bytes]:
        h = build_handout(items, title="T", deck_title=deck.title, count=8, seed=seed,
                          versions=2)
        out = {}
        for ext in ("pdf", "html", "md"):
            out.update(handout_files(h, f"w.{ext}", "appendix"))
        return out
    first, again, other = render(1), render(1), render(2)
    assert first == again
    assert first[Path("w-A.pdf")] != other[Path("w-A.pdf")]


def test_html_escapes_and_prints(deck_items) -> None:
    deck, items = deck_items
    h = build_handout(items, title="<T&>", deck_title=deck.title, count=60, seed=0)
    assert any(q.item.id == "hostile:x" for q in h.versions[0].questions)
    page = html_out.render_version(h, h.versions[0], appendix_key=True)
    assert "<script>" not in page and "&lt;script&gt;alert(" in page
    assert "&lt;T&amp;&gt;" in page and "&lt;b&gt;x&lt;/b&gt;" in page
    assert "break-inside: avoid" in page and "@media print" in page
    assert page.count('<div class="question"') == h.count


def test_markdown_escapes_deck_text(deck_items) -> None:
    deck, items = deck_items
    h = build_handout(items, title="Quiz #1", deck_title=deck.title, count=60, seed=0)
    text = md_out.render_version(h, h.versions[0], appendix_key=False)
    assert "# Quiz \\#1" in text
    assert "\\<script\\>" in text and "\\*bold\\*" in text
    assert "Answer key" not in text
    assert "Answer key" in md_out.render_key(h)


def test_key_modes_choose_files(deck_items) -> None:
    deck, items = deck_items
    h = build_handout(items, title="T", deck_title=deck.title, count=5, seed=0)
    assert [p.name for p, _ in handout_files(h, "w.md", "separate")] == ["w.md", "w-key.md"]
    assert [p.name for p, _ in handout_files(h, "w.md", "none")] == ["w.md"]
    (path, data), = handout_files(h, "w.md", "appendix")
    assert b"Answer key" in data and b"Version A" in data
    assert b"Answer key" not in dict(handout_files(h, "w.md", "none"))[Path("w.md")]


def test_sections_filter(deck_items) -> None:
    deck, items = deck_items
    assert section_matches("II.1 Space transport system", "II.1")
    assert section_matches("II.1 Space transport system", "ii")
    assert not section_matches("III.1 Something", "II")
    h = build_handout(items, title="T", deck_title=deck.title, count=50, sections=["II.1"])
    assert h.count > 0 and all(q.section.startswith("II.1 ") for q in h.versions[0].questions)
    from edu.errors import EduError
    with pytest.raises(EduError, match="no items in section"):
        build_handout(items, title="T", deck_title=deck.title, sections=["IX.9"])


def test_pdf_render_key_lists_sections(deck_items) -> None:
    deck, items = deck_items
    h = build_handout(items, title="T", deck_title=deck.title, count=6, seed=5)
    key = " ".join(pdf_pages(pdf_out.render_key(h)))
    assert "Answer key" in key and "Section" in key


def test_a_key_without_sections_has_no_section_column(deck_items) -> None:
    """A document without headings filled the key's Section column with dashes."""
    from dataclasses import replace

    deck, items = deck_items
    bare = [replace(i, section=deck.title) for i in items]  # the title alone: no heading
    h = build_handout(bare, title="T", deck_title=deck.title, count=6, seed=5)
    assert not h.key_has_sections
    key = " ".join(pdf_pages(pdf_out.render_key(h)))
    assert "Answer key" in key and "Section" not in key and "—" not in key.split("Answer key")[-1]
    assert "Section" not in html_out.render_key(h)
    assert '<col class="number">' in html_out.render_key(h)  # "No." stays narrow
    assert "| No. | Answer |" in md_out.render_key(h) and "Section" not in md_out.render_key(h)
    sectioned = build_handout(items, title="T", deck_title=deck.title, count=6, seed=5)
    assert sectioned.key_has_sections and "<th>Section</th>" in html_out.render_key(sectioned)


# --- command line ----------------------------------------------------------------------------

def test_cli_writes_versions_and_key(tmp_path: Path, capsys) -> None:
    out = tmp_path / "worksheet.pdf"
    code = main(["handout", str(MINI), "-o", str(out), "--count", "6", "--versions", "3",
                 "--seed", "2", "--title", "Quiz"])
    assert code == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["worksheet-A.pdf", "worksheet-B.pdf", "worksheet-C.pdf",
                     "worksheet-key.pdf"]
    line = capsys.readouterr().out.strip()
    assert line.count("\n") == 0 and "6 questions" in line and "3 version(s)" in line
    # Same command, same bytes.
    first = (tmp_path / "worksheet-B.pdf").read_bytes()
    assert main(["handout", str(MINI), "-o", str(out), "--count", "6", "--versions", "3",
                 "--seed", "2", "--title", "Quiz"]) == 0
    assert (tmp_path / "worksheet-B.pdf").read_bytes() == first


@pytest.mark.parametrize("argv, message", [
    (["-o", "w.txt"], "unknown output type '.txt'"),
    (["-o", "."], ".: is a folder; give a file name in it, such as deck.pdf"),
    (["-o", "out/"], "out/: is a folder; give a file name in it, such as out/deck.pdf"),
    (["-o", "w.pdf", "--kinds", "essay"], "unknown item kind 'essay'"),
    (["-o", "w.pdf", "--count", "0"], "--count: must be at least 1"),
    (["-o", "w.pdf", "--versions", "27"], "--versions: must be between 1 and 26"),
])
def test_cli_bad_options_exit_2(tmp_path: Path, capsys, monkeypatch, argv, message) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["handout", str(MINI), *argv]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_cli_bad_deck_exit_2(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("deck: [unclosed\n", encoding="utf-8")
    assert main(["handout", str(bad), "-o", str(tmp_path / "w.pdf")]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "Traceback" not in err
    assert not (tmp_path / "w.pdf").exists()
    assert re.search(r"bad\.yaml:\d+", err)


def test_html_running_head_cannot_break_out_of_css(deck_items) -> None:
    deck, items = deck_items
    h = build_handout(items, title='</style><script>x()</script> "q"', deck_title=deck.title,
                      count=3)
    page = html_out.render_version(h, h.versions[0], appendix_key=False)
    style = page[page.index("<style>"):page.index("</style>")]
    assert "<" not in style[1:] and '"q"' not in style
    assert "@top-right" in style and "Version A" in page
