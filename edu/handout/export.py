"""Exports for learning platforms: Moodle GIFT and a plain front/back/tags CSV.

GIFT (Moodle's question import): one question per blank-line-separated block, titled
`::item id::`. Multiple choice `{=right ~wrong}`, short answer with every alias `{=a =b}`,
numerical with tolerance `{#207:0}`, true/false `{TRUE}`/`{FALSE#feedback}`, cloze as a
missing-word question `before {=answer} after`, matching `{=left -> right}`. Ordering has no
GIFT form and is skipped (reported). Deck text escapes `~ = # { } :` and `\\` with a backslash,
and every question is marked `[plain]` so Moodle shows `<b>` or `&` in deck text as written
(answers and feedback inherit the question's text format in Moodle's GIFT importer).

CSV: rows of front, back, tags (space-separated, Anki-style), written with the csv module in
UTF-8 without a header row, so Anki's text import (comma separator; map column 3 to Tags) and
Quizlet's import read it as it is. A cell a spreadsheet would run as a formula (starting with
`=`, `+`, `@`, or `-` when the cell is not a plain negative number like `-5` or `-3.5`) gets a
leading apostrophe, the spreadsheet convention for "this is text" (`safe_cell`).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from edu.items.model import Item, ItemKind

_GIFT_SPECIAL = re.compile(r"([~=#{}:])")
_BLANK = re.compile(r"_{3,}")
_FORMULA_START = ("=", "+", "@", "-")
_PLAIN_NEGATIVE = re.compile(r"-\d+(?:[.,]\d+)*")  # "-5", "-3.5", "-1,000": numbers, not formulas


def safe_cell(text: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula (`=HYPERLINK(…)`, `-2+3+cmd|…`)."""
    if text.startswith(_FORMULA_START) and not _PLAIN_NEGATIVE.fullmatch(text):
        return "'" + text
    return text


def gift_escape(text: str) -> str:
    """Backslash-escape GIFT's special characters; newlines become spaces."""
    text = (text or "").replace("\\", "\\\\")
    text = _GIFT_SPECIAL.sub(r"\\\1", text)
    return " ".join(text.split())


@dataclass
class ExportReport:
    written: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _number(text: str) -> float | None:
    cleaned = text.replace(",", "").replace(" ", "").strip()
    try:
        return float(cleaned)
    except ValueError:
        return None


def _fmt(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else repr(value)


def _short_answers(item: Item) -> str:
    answers = list(dict.fromkeys([item.answer, *item.aliases]))
    return "{" + " ".join(f"={gift_escape(a)}" for a in answers if a.strip()) + "}"


def gift_question(item: Item) -> str:
    """One GIFT question block for an item; ValueError (with the reason) if it has none."""
    title = f"::{gift_escape(item.id)}::[plain]"
    kind = item.kind
    if kind == ItemKind.MULTIPLE_CHOICE:
        options = list(item.options or [])
        if item.answer not in options:
            raise ValueError("answer is not among the options")
        marks = " ".join(("=" if o == item.answer else "~") + gift_escape(o) for o in options)
        return f"{title}{gift_escape(item.prompt)} {{{marks}}}"
    if kind == ItemKind.TRUE_FALSE:
        truth = "TRUE" if item.answer.strip().lower() in ("true", "t") else "FALSE"
        feedback = ""
        if truth == "FALSE" and item.true_statement:
            feedback = f"#{gift_escape(item.true_statement)}"
        return f"{title}{gift_escape(item.statement or item.prompt)} {{{truth}{feedback}}}"
    if kind == ItemKind.NUMERIC:
        value = _number(item.answer)
        if value is not None:
            tolerance = _fmt(float(item.tolerance or 0))
            unit = ""
            if item.unit and item.unit.lower() not in item.prompt.lower():
                unit = f" ({gift_escape(item.unit)})"
            return f"{title}{gift_escape(item.prompt)}{unit} {{#{_fmt(value)}:{tolerance}}}"
        return f"{title}{gift_escape(item.prompt)} {_short_answers(item)}"
    if kind == ItemKind.SHORT_ANSWER:
        return f"{title}{gift_escape(item.prompt)} {_short_answers(item)}"
    if kind == ItemKind.CLOZE:
        parts = _BLANK.split(item.prompt, maxsplit=1)
        if len(parts) != 2:
            raise ValueError("no blank (_____) in the cloze prompt")
        before, after = (gift_escape(p).strip() for p in parts)
        return f"{title}{before} {_short_answers(item)} {after}".rstrip()
    if kind == ItemKind.MATCHING:
        pairs = [p for p in item.pairs or [] if len(p) == 2]
        if len(pairs) < 3 or any("->" in p[0] or "->" in p[1] for p in pairs):
            raise ValueError("GIFT matching needs 3+ pairs without '->' in them")
        body = " ".join(f"={gift_escape(a)} -> {gift_escape(b)}" for a, b in pairs)
        return f"{title}{gift_escape(item.prompt)} {{{body}}}"
    raise ValueError(f"{kind} has no GIFT question type")


def _category(deck_title: str, section: str) -> str:
    parts = [deck_title, section or "Other"]
    return "$CATEGORY: " + "/".join(" ".join(p.replace("/", "-").split()) for p in parts)


def to_gift(items: list[Item], deck_title: str) -> tuple[str, ExportReport]:
    """A GIFT file: a $CATEGORY per section, then its questions."""
    report = ExportReport()
    blocks: list[str] = [f"// {' '.join(deck_title.split())} (exported by edu)"]
    current = None
    for item in items:
        try:
            question = gift_question(item)
        except ValueError as why:
            report.skipped.append((item.id, str(why)))
            continue
        if item.section != current:
            current = item.section
            blocks.append(_category(deck_title, item.section))
        blocks.append(question)
        report.written += 1
    return "\n\n".join(blocks) + "\n", report


def card_text(item: Item) -> tuple[str, str]:
    """Front and back as plain text, for flashcard tools that take two columns."""
    kind = item.kind
    if kind == ItemKind.MULTIPLE_CHOICE:
        options = "; ".join(f"{chr(65 + i)}) {o}" for i, o in enumerate(item.options or []))
        return f"{item.prompt} {options}", item.answer
    if kind == ItemKind.TRUE_FALSE:
        truth = "True" if item.answer.strip().lower() in ("true", "t") else "False"
        back = f"{truth}. {item.true_statement}" if truth == "False" and item.true_statement \
            else truth
        return f"True or false: {item.statement or item.prompt}", back
    if kind == ItemKind.MATCHING:
        front = f"{item.prompt} " + "; ".join(p[0] for p in item.pairs or [])
        return front, "; ".join(f"{p[0]} – {p[1]}" for p in item.pairs or [])
    if kind == ItemKind.ORDERING:
        return (f"{item.prompt} " + "; ".join(sorted(item.sequence or [])),
                "; ".join(item.sequence or []))
    back = item.answer
    if kind == ItemKind.NUMERIC and item.unit:
        back += f" {item.unit}"
    return item.prompt, back


def _tag(prefix: str, value: str) -> str:
    return f"edu::{prefix}::" + (re.sub(r"\s+", "_", value.strip()).replace("::", "_") or "none")


def csv_tags(item: Item) -> str:
    """Anki-style hierarchical tags, space-separated (a tag never holds a space)."""
    tags = [_tag("kind", item.kind)]
    if item.section:
        tags.append(_tag("section", item.section))
    if item.category:
        tags.append(_tag("category", item.category))
    return " ".join(tags)


def to_csv(items: list[Item]) -> tuple[str, ExportReport]:
    """CSV rows (front, back, tags) via the csv module; fields may hold commas and quotes."""
    report = ExportReport()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for item in items:
        front, back = card_text(item)
        if not front.strip() or not back.strip():
            report.skipped.append((item.id, "empty front or back"))
            continue
        writer.writerow([safe_cell(" ".join(front.split())), safe_cell(" ".join(back.split())),
                         safe_cell(csv_tags(item))])
        report.written += 1
    return buffer.getvalue(), report
