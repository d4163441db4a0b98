"""Worksheets as one self-contained HTML page that prints well.

Every piece of deck text passes through `html.escape`. Print CSS keeps each question on one
page (`break-inside: avoid`); a group's heading, note and first question sit in one
unbreakable block, so a heading never ends a page (browsers ignore `break-after: avoid`), and
the last two questions share one, so the last page never holds a lonely question.
`@page` sets the paper and its margin boxes carry the running head and page numbers.
"""

from __future__ import annotations

from html import escape

from edu.handout.layout import (
    BLANK_RE,
    INSTRUCTIONS,
    Handout,
    Question,
    Version,
    blank_for,
    letter,
)
from edu.items.model import ItemKind

CSS = """\
@page { margin: 18mm 16mm 20mm 16mm;
        @bottom-center { content: "Page " counter(page) " of " counter(pages);
                         font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; } }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 11pt;
       line-height: 1.4; color: #111; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 0.2em; }
h2 { font-size: 13pt; margin: 1.1em 0 0.1em; border-bottom: 1px solid #999; }
.subtitle { color: #444; margin: 0 0 1em; }
.version { float: right; font-weight: bold; border: 2px solid #111; padding: 0.1em 0.5em; }
.student { display: flex; gap: 1.5em; margin: 1em 0; }
.student span { flex: 1; border-bottom: 1px solid #111; padding-top: 1.2em; font-size: 9pt; }
.instructions { border: 1px solid #999; padding: 0.5em 0.8em; margin-bottom: 1em; }
.group-note { font-style: italic; color: #333; margin: 0.2em 0 0.6em; }
.question { break-inside: avoid; page-break-inside: avoid; margin: 0 0 0.8em; }
.question p { margin: 0.25em 0; }
.question .no { font-weight: bold; margin-right: 0.3em; }
ol.choices { list-style: upper-alpha; margin: 0.3em 0 0 1.5em; padding-left: 1em; }
.line { display: inline-block; min-width: 18em; border-bottom: 1px solid #111; height: 1.2em; }
.blank { display: inline-block; min-width: 7em; border-bottom: 1px solid #111; }
.points { float: right; color: #333; font-size: 9pt; margin-left: 1em; }
.score { float: right; border: 1.5px solid #111; padding: 0.3em 0.8em; margin-left: 1em; }
.teacher { color: #8b0000; font-style: italic; margin: 0.2em 0 0 1.5em; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.tf span { display: inline-block; margin: 0.3em 2em 0 1.5em; }
table.match { border-collapse: collapse; margin: 0.3em 0 0 1.5em; width: calc(100% - 1.5em); }
table.match td { padding: 0.1em 0.6em; vertical-align: top; width: 50%; }
table.match td:first-child { padding-left: 5em; text-indent: -4.4em; }
table.key { border-collapse: collapse; width: 100%; }
table.key th, table.key td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left;
                             vertical-align: top; }
table.key tr { break-inside: avoid; page-break-inside: avoid; }
table.key col.number { width: 3.5em; }
.key-block { break-before: page; page-break-before: always; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
"""


# An underscore of a blank is about half an em wide in the sans-serif fonts we ask for.
_EM_PER_CHAR = 0.5


def _blank(length: int) -> str:
    return (f'<span class="blank" style="min-width:{length * _EM_PER_CHAR:.1f}em">'
            "&nbsp;</span>")


def _text(text: str) -> str:
    """Escaped deck text, with blanks drawn as a line as long as the blank."""
    text = text or ""
    parts = [escape(p) for p in BLANK_RE.split(text)]
    blanks = [_blank(len(b)) for b in BLANK_RE.findall(text)]
    return "".join(p + (blanks[i] if i < len(blanks) else "") for i, p in enumerate(parts))


def _points(n: int | None) -> str:
    return f'<span class="points">({n} point{"" if n == 1 else "s"})</span>' if n else ""


def _question(q: Question, teacher_copy: bool = False) -> str:
    body = [f'<div class="question" id="q{q.number}">',
            f'<p>{_points(q.points)}<span class="no">{q.number}.</span>{_text(q.text)}</p>']
    if q.kind in (ItemKind.MULTIPLE_CHOICE, ItemKind.ORDERING):
        body.append('<ol class="choices">'
                    + "".join(f"<li>{escape(c)}</li>" for c in q.choices) + "</ol>")
    if q.kind == ItemKind.TRUE_FALSE:
        body.append('<p class="tf"><span>True</span><span>False</span></p>')
    elif q.kind == ItemKind.MATCHING:
        rows = []
        for i in range(max(len(q.left), len(q.choices))):
            left = (f'<span class="blank" style="min-width:3em">&nbsp;</span> {i + 1}. '
                    f"{escape(q.left[i])}") if i < len(q.left) else ""
            right = f"{letter(i)}. {escape(q.choices[i])}" if i < len(q.choices) else ""
            rows.append(f"<tr><td>{left}</td><td>{right}</td></tr>")
        body.append('<table class="match">' + "".join(rows) + "</table>")
    elif q.kind == ItemKind.ORDERING:
        blanks = " ".join('<span class="blank" style="min-width:3em">&nbsp;</span>'
                          for _ in q.choices)
        body.append(f"<p>Order: {blanks}</p>")
    elif q.kind in (ItemKind.NUMERIC, ItemKind.SHORT_ANSWER):
        unit = f" {escape(q.item.unit)}" if q.kind == ItemKind.NUMERIC and q.item.unit else ""
        width = max(18.0, len(blank_for(q.written)) * _EM_PER_CHAR)
        body.append(f'<p>Answer: <span class="line" style="min-width:{width:.1f}em"></span>'
                    f"{unit}</p>")
    if teacher_copy:
        body.append(f'<p class="teacher">Answer: {escape(q.answer)}</p>')
    body.append("</div>")
    return "\n".join(body)


def _key(handout: Handout, versions: list[Version]) -> str:
    parts = ['<section class="key-block">',
             f"<h1>Answer key — {escape(handout.title)}</h1>"]
    sections = handout.key_has_sections
    for v in versions:
        rows = "".join(
            f"<tr><td>{q.number}</td><td>{escape(q.answer)}</td>"
            + (f"<td>{escape(q.key_section) or '—'}</td>" if sections else "") + "</tr>"
            for q in v.questions)
        parts.append(f'<h2>Version {v.letter}</h2><table class="key">'
                     '<colgroup><col class="number"><col>' + ("<col>" if sections else "")
                     + "</colgroup><thead><tr>"
                     f'<th colspan="{3 if sections else 2}">Answer key — Version {v.letter}'
                     "</th></tr><tr><th>No.</th><th>Answer</th>"
                     + ("<th>Section</th>" if sections else "")
                     + f"</tr></thead><tbody>{rows}</tbody></table>")
    parts.append("</section>")
    return "\n".join(parts)


def css_string(text: str) -> str:
    """A CSS string literal: anything but letters, digits and spaces as a hex escape, so
    deck text can neither end the string nor the <style> element."""
    return '"' + "".join(c if c.isalnum() and c.isascii() or c == " " else f"\\{ord(c):x} "
                         for c in " ".join(text.split())) + '"'


PAGE_SIZES = {"a4": "A4", "letter": "letter"}


def _page(title: str, head: str, body: str, paper: str = "a4") -> str:
    """A whole document; `head` runs at the top right of every printed page."""
    running = ("@page { size: " + PAGE_SIZES[paper] + "; @top-right { content: "
               + css_string(head) + "; font-size: 8pt; "
               'color: #555; font-family: "DejaVu Sans", Arial, sans-serif; } }\n')
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n<style>\n{CSS}{running}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


def render_version(handout: Handout, version: Version, appendix_key: bool) -> str:
    """One version's worksheet page (with its key on a new page if `appendix_key`)."""
    score = ""
    if handout.total_points is not None:
        score = f'<span class="score">Score: ______ / {handout.total_points}</span>'
    parts = [
        f'<header><span class="version">Version {version.letter}</span>{score}'
        f"<h1>{escape(handout.title)}</h1>"
        f'<p class="subtitle">{escape(handout.subtitle)}</p></header>',
        '<div class="student"><span>Name</span><span>Class</span><span>Date</span></div>',
        f'<p class="instructions"><strong>Instructions.</strong> {escape(INSTRUCTIONS)}</p>',
    ]
    teacher = handout.options.teacher_copy
    blocks: list[str] = []  # what must stay on one printed page
    for group in version.groups:
        first, *rest = group.questions
        blocks.append(f'<div class="keep group {group.kind}">'
                      f"<h2>{escape(group.heading)}</h2>"
                      f'<p class="group-note">{escape(group.instructions)}</p>'
                      f"{_question(first, teacher)}</div>")
        blocks += [_question(q, teacher) for q in rest]
    if len(blocks) > 1:  # the last question never sits alone on the last page
        blocks[-2:] = ['<div class="keep">' + "\n".join(blocks[-2:]) + "</div>"]
    parts += blocks
    if appendix_key:
        parts.append(_key(handout, [version]))
    head = handout.running_head(version.letter)
    return _page(head, head, "\n".join(parts), handout.options.paper)


def render_key(handout: Handout) -> str:
    """The separate answer key for all versions."""
    head = f"{handout.title} — Answer key"
    return _page(head, head, _key(handout, handout.versions), handout.options.paper)
