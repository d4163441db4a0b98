"""Worksheets as Markdown: plain text a teacher can edit before printing.

Deck text is escaped so that `*`, `_`, `#`, `<` and friends print as themselves; the blanks
and answer lines are written as escaped underscores so they survive any Markdown renderer.
"""

from __future__ import annotations

import re

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

_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|!~])")
_LINE = r"\_" * 20
_SHORT = r"\_" * 10


def md(text: str) -> str:
    """Escape Markdown syntax in deck text (and keep blanks, as long as they are, as visible
    underscores)."""
    text = (text or "").replace("\r\n", "\n").replace("\n", " ")
    parts = BLANK_RE.split(text)
    blanks = [r"\_" * len(b) for b in BLANK_RE.findall(text)]
    escaped = [_SPECIAL.sub(r"\\\1", p) for p in parts]
    out = "".join(e + (blanks[i] if i < len(blanks) else "") for i, e in enumerate(escaped))
    return re.sub(r"^(\d+)\.", r"\1\\.", out)


def _line_for(q: Question) -> str:
    """An answer line as long as the answer needs (never shorter than the usual line)."""
    return r"\_" * max(20, len(blank_for(q.written)))


def _question(q: Question, teacher_copy: bool = False) -> list[str]:
    points = f" *({_points(q.points)})*" if q.points else ""
    lines = [f"**{q.number}.** {md(q.text)}{points}", ""]
    if q.kind == ItemKind.MULTIPLE_CHOICE:
        lines += [f"- {letter(i)}. {md(c)}" for i, c in enumerate(q.choices)]
    elif q.kind == ItemKind.TRUE_FALSE:
        lines.append("True / False")
    elif q.kind == ItemKind.MATCHING:
        lines += ["| | |", "|---|---|"]
        for i in range(max(len(q.left), len(q.choices))):
            left = f"\\_\\_\\_ {i + 1}. {md(q.left[i])}" if i < len(q.left) else ""
            right = f"{letter(i)}. {md(q.choices[i])}" if i < len(q.choices) else ""
            lines.append(f"| {left} | {right} |")
    elif q.kind == ItemKind.ORDERING:
        lines += [f"- {letter(i)}. {md(c)}" for i, c in enumerate(q.choices)]
        lines += ["", "Order: " + "  ".join(r"\_\_\_" for _ in q.choices)]
    elif q.kind in (ItemKind.NUMERIC, ItemKind.SHORT_ANSWER):
        unit = f" {md(q.item.unit)}" if q.kind == ItemKind.NUMERIC and q.item.unit else ""
        lines.append(f"Answer: {_line_for(q)}{unit}")
    if teacher_copy:
        lines += ["", f"> **Answer:** {md(q.answer)}"]
    lines.append("")
    return lines


def _points(n: int) -> str:
    return f"{n} point{'' if n == 1 else 's'}"


def key_lines(handout: Handout, versions: list[Version]) -> list[str]:
    lines = [f"# Answer key — {md(handout.title)}", ""]
    sections = handout.key_has_sections
    for v in versions:
        if sections:
            lines += [f"## Version {v.letter}", "", "| No. | Answer | Section |",
                      "|---|---|---|"]
        else:
            lines += [f"## Version {v.letter}", "", "| No. | Answer |", "|---|---|"]
        for q in v.questions:
            section = f" {md(q.key_section) or '—'} |" if sections else ""
            lines.append(f"| {q.number} | {md(q.answer)} |{section}")
        lines.append("")
    return lines


def render_version(handout: Handout, version: Version, appendix_key: bool) -> str:
    """One version's worksheet (and, with `appendix_key`, its key at the end)."""
    subtitle = f"*{md(handout.subtitle)}* — " if handout.subtitle else ""
    lines = [
        f"# {md(handout.title)}", "",
        f"{subtitle}**Version {version.letter}**", "",
        f"Name: {_LINE}  Class: {_SHORT}  Date: {_SHORT}", "",
    ]
    if handout.total_points is not None:
        lines += [f"**Score:** {_SHORT} / {handout.total_points}", ""]
    lines += [f"**Instructions.** {INSTRUCTIONS}", ""]
    for group in version.groups:
        lines += [f"## {group.heading}", "", f"*{group.instructions}*", ""]
        for q in group.questions:
            lines += _question(q, handout.options.teacher_copy)
    if appendix_key:
        lines += ["---", ""] + key_lines(handout, [version])
    return "\n".join(lines).rstrip() + "\n"


def render_key(handout: Handout) -> str:
    """The separate answer key: every version's answers with the section each came from."""
    return "\n".join(key_lines(handout, handout.versions)).rstrip() + "\n"
