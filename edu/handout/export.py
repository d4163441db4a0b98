"""Exports for learning platforms: Moodle GIFT, an Anki CSV and Quizlet text.

GIFT (Moodle's question import): one question per blank-line-separated block, titled
`::item id::`. Multiple choice `{=right ~wrong}`, short answer with every alias `{=a =b}`,
numerical with tolerance `{#207:0}`, true/false `{TRUE}`/`{FALSE#feedback}`, cloze as a
missing-word question `before {=answer} after`, matching `{=description -> label}` with the
shorter side of the pairs as the labels Moodle puts in its drop-down lists. Ordering has no
GIFT form and is skipped (reported). Deck text escapes `~ = # { } :` and `\\` with a backslash;
in typed answers `*` becomes `\\*` (Moodle's short-answer wildcard otherwise) and `->` becomes `→`
(GIFT has no escape for it and reads any answer holding it as a matching pair). Every
question is marked `[plain]` so Moodle shows `<b>` or `&` in deck text as written (answers
and feedback inherit the question's text format in Moodle's GIFT importer).

CSV: Anki's header lines (`#separator:Comma`, `#html:false`, `#tags column:3`) so its import
needs no settings, then rows of front, back, tags (space-separated, Anki-style) written with
the csv module in UTF-8. Matching fronts carry the lettered descriptions to match against.
A cell a spreadsheet would run as a formula (starting with `=`, `+`, `@`, or `-` when the cell
is not a plain negative number like `-5` or `-3.5`) gets a leading apostrophe, the
spreadsheet convention for "this is text" (`safe_cell`).

Quizlet: `term<TAB>definition` lines (Quizlet's default import), tabs and newlines in the
text turned to spaces.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from edu.deck.model import sections_under
from edu.items.model import Item, ItemKind, topic_lead, unit_after_answer
from edu.text.source import section_parts

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


def gift_answer(text: str, typed: bool = False) -> str:
    """`gift_escape` for an answer: `->` (which makes Moodle read the answers as matching
    pairs; GIFT has no escape for it) becomes `→`, and in a `typed` (short) answer `*`,
    Moodle's wildcard there, becomes `\\*`, which Moodle matches literally."""
    escaped = gift_escape((text or "").replace("->", "→"))
    return escaped.replace("*", "\\*") if typed else escaped


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
    return f"{value:.15g}" if abs(value) < 1e15 else repr(value)  # not 1.23457e+06


def _short_answers(item: Item) -> str:
    answers = list(dict.fromkeys([item.answer, *item.aliases]))
    return "{" + " ".join(f"={gift_answer(a, typed=True)}" for a in answers if a.strip()) + "}"


def gift_question(item: Item) -> str:
    """One GIFT question block for an item; ValueError (with the reason) if it has none."""
    # the question's text opens with its topic: a Moodle quiz mixes questions of banks
    title = f"::{gift_escape(item.id)}::[plain]" + (
        gift_escape(topic_lead(item)) + " " if item.topic.strip() else "")
    kind = item.kind
    if kind == ItemKind.MULTIPLE_CHOICE:
        options = list(item.options or [])
        if item.answer not in options:
            raise ValueError("answer is not among the options")
        marks = " ".join(("=" if o == item.answer else "~") + gift_answer(o) for o in options)
        return f"{title}{gift_escape(item.prompt)} {{{marks}}}"
    if kind == ItemKind.TRUE_FALSE:
        truth = "TRUE" if item.answer.strip().lower() in ("true", "t") else "FALSE"
        feedback = ""
        if truth == "FALSE" and item.true_statement:
            feedback = f"#{gift_answer(item.true_statement)}"
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
        # the blank's own spacing: "In {=1867}, the ...", not "In {=1867} , the ..."
        before, after = (gift_escape(p).strip() for p in parts)
        gap_before = " " if before and parts[0][-1:].isspace() else ""
        gap_after = " " if after and parts[1][:1].isspace() else ""
        return f"{title}{before}{gap_before}{_short_answers(item)}{gap_after}{after}"
    if kind == ItemKind.MATCHING:
        pairs = [(p[0], p[1]) for p in item.pairs or [] if len(p) == 2]
        if len(pairs) < 3:
            raise ValueError("GIFT matching needs 3 or more pairs")
        body = " ".join(f"={gift_answer(question)} -> {gift_answer(label)}"
                        for question, label in dropdown_pairs(pairs))
        return f"{title}{gift_escape(item.prompt)} {{{body}}}"
    raise ValueError(f"{kind} has no GIFT question type")


def dropdown_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Pairs as (question, label): Moodle lists the labels in a drop-down beside every
    question, so the side with the shorter texts becomes the labels."""
    left = sum(len(a) for a, _ in pairs)
    right = sum(len(b) for _, b in pairs)
    return [(b, a) for a, b in pairs] if left < right else list(pairs)


def _category(deck_title: str, section: str) -> str:
    below = sections_under(deck_title, section) if section_parts(section) else ["Other"]
    parts = [deck_title, *below]  # GIFT nests by "/"; not the deck's own title twice
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
    """Front and back as plain text, for flashcard tools that take two columns; the front
    opens with the item's topic (`topic_lead`), as a card read alone needs."""
    front, back = _card_text(item)
    return topic_lead(item) + front, back


def _card_text(item: Item) -> tuple[str, str]:
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
        pairs = [p for p in item.pairs or [] if len(p) == 2]
        # The descriptions to match against, lettered in the item's (shuffled) order.
        described = list(item.options or []) or sorted(p[1] for p in pairs)
        names = "; ".join(f"{i + 1}) {p[0]}" for i, p in enumerate(pairs))
        lettered = "; ".join(f"{chr(65 + i)}) {d}" for i, d in enumerate(described))
        front = f"{item.prompt} {names}. Descriptions: {lettered}"
        answers = "; ".join(f"{i + 1}–{chr(65 + described.index(p[1]))} {p[0]}: {p[1]}"
                            if p[1] in described else f"{i + 1}) {p[0]}: {p[1]}"
                            for i, p in enumerate(pairs))
        return front, answers
    if kind == ItemKind.ORDERING:
        return (f"{item.prompt} " + "; ".join(sorted(item.sequence or [])),
                "; ".join(item.sequence or []))
    unit = unit_after_answer(item)  # "6 months", but "1867", not "1867 year"
    return item.prompt, f"{item.answer} {unit}" if unit else item.answer


def _tag_part(value: str) -> str:
    """One tag component: no space in a tag, and no `::` that would nest it."""
    return re.sub(r"\s+", "_", value.strip()).replace("::", "_") or "none"


def _tag(prefix: str, value: str) -> str:
    return f"edu::{prefix}::{_tag_part(value)}"


def csv_tags(item: Item) -> str:
    """Anki-style hierarchical tags, space-separated (a tag never holds a space)."""
    tags = [_tag("kind", item.kind)]
    if item.section:  # a nested section's tag nests too: edu::section::A::B
        tags.append("edu::section::" + "::".join(map(_tag_part, section_parts(item.section))))
    if item.category:
        tags.append(_tag("category", item.category))
    return " ".join(tags)


CSV_HEADER = "#separator:Comma\n#html:false\n#tags column:3\n"


def to_csv(items: list[Item]) -> tuple[str, ExportReport]:
    """Anki's header lines, then rows (front, back, tags) via the csv module; fields may hold
    commas, semicolons and quotes."""
    report = ExportReport()
    buffer = io.StringIO()
    buffer.write(CSV_HEADER)
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


def _one_line(text: str) -> str:
    """Tabs and newlines would end a Quizlet term or card: every run of whitespace -> a space."""
    return " ".join(text.split())


def to_quizlet(items: list[Item]) -> tuple[str, ExportReport]:
    """`term<TAB>definition` lines for Quizlet's import (its default separators)."""
    report = ExportReport()
    lines = []
    for item in items:
        front, back = (_one_line(t) for t in card_text(item))
        if not front or not back:
            report.skipped.append((item.id, "empty front or back"))
            continue
        lines.append(f"{front}\t{back}")
        report.written += 1
    return "".join(f"{line}\n" for line in lines), report
