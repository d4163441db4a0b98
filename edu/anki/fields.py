"""Item -> note fields and tags. Deck text is data: every field is escaped here, once.

Anki fields are HTML, and cloze fields are also parsed for `{{cN::...}}`. So text is
HTML-escaped, braces become `&#123;`/`&#125;` everywhere (no field text can open template or
cloze syntax) and colons in cloze fields become `&#58;` (no `::` can start a cloze hint).
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from typing import Protocol

from edu.anki.models import NOTE_TYPE_FOR_KIND
from edu.deck.model import context_line
from edu.items.model import Item, ItemKind
from edu.text.numbers import NUMBER_WORDS, find_number, parse_number
from edu.text.source import section_parts

# Every exported note carries this tag, so notes an earlier export made and this one no
# longer does (edu 1 exported every kind of every fact) can be found: `-tag:edu::export::2`.
EXPORT_GENERATION = 2

_BLANK = re.compile(r"_{3,}")
_LETTER_RUN = re.compile(r"[a-z]+")  # the words find_number reads in lower-cased text
_TAG_BAD = re.compile(r"[\s\"]+")

KIND_LABELS = {
    ItemKind.SHORT_ANSWER: "Short answer",
    ItemKind.NUMERIC: "Number",
    ItemKind.TRUE_FALSE: "True or false",
    ItemKind.MULTIPLE_CHOICE: "Multiple choice",
    ItemKind.CLOZE: "Fill in the blank",
    ItemKind.MATCHING: "Matching",
    ItemKind.ORDERING: "Put in order",
}


# What text_field changes: html.escape's five characters, braces and line breaks ("\r" only
# as part of "\r\n"). Text without any of them, most of a deck's, is returned as it is.
_ESCAPED = re.compile(r"[&<>\"'{}\n]")


def text_field(text: str | None) -> str:
    """Escape deck text for an Anki field: HTML-safe, no template or cloze syntax."""
    if not text:
        return ""
    if _ESCAPED.search(text) is None:
        return text
    out = html.escape(text, quote=True)
    out = out.replace("{", "&#123;").replace("}", "&#125;")
    return out.replace("\r\n", "\n").replace("\n", "<br>")


def cloze_field(text: str | None) -> str:
    """Escape text that sits inside a cloze field (also defuses `::` hint separators)."""
    return text_field(text).replace(":", "&#58;")


def tag_value(value: str) -> str:
    """One tag component: Anki tags cannot hold spaces, and `::` would nest the hierarchy."""
    cleaned = _TAG_BAD.sub("_", value.strip()).replace("::", "_")
    return cleaned.strip("_:") or "none"


class Tagged(Protocol):
    """What a note's tags are made of: an item, or one an earlier export made a note of."""

    @property
    def kind(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def category(self) -> str: ...


def tags_for(item: Tagged, fact_tags: list[str] | None = None) -> list[str]:
    """Hierarchical tags: kind, section, category and the fact's own tags."""
    tags = [f"edu::kind::{tag_value(item.kind)}", f"edu::export::{EXPORT_GENERATION}"]
    if item.section:  # a nested section's tag nests too: edu::section::A::B
        tags.append("edu::section::" + "::".join(map(tag_value, section_parts(item.section))))
    if item.category:
        tags.append(f"edu::category::{tag_value(item.category)}")
    for t in fact_tags or []:
        tags.append(f"edu::tag::{tag_value(str(t))}")
    return sorted(set(tags))


@dataclass
class NoteContent:
    """What one item becomes: a note type name and its fields (already escaped)."""

    note_type: str
    fields: dict[str, str] = field(default_factory=dict)


class Skip(Exception):
    """An item that cannot become a sensible note; the message says why."""


def _tail(item: Item) -> dict[str, str]:
    # The Section field is the card's context line (edu.anki.models): topic and section.
    return {
        "Evidence": text_field(item.evidence),
        "Section": text_field(context_line(item.topic, item.section)),
        "ItemId": text_field(item.id),
    }


def _list(items: list[str], tag: str = "ul", css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    kind = ' type="A"' if tag == "ol" and css == "choices" else ""
    body = "".join(f"<li>{text_field(x)}</li>" for x in items)
    return f"<{tag}{cls}{kind}>{body}</{tag}>"


def typed_answer(answer: str) -> str:
    """What Anki's exact type-in comparison should expect: a number written in words
    ("seven", "two hundred") as digits, which is what a learner types."""
    if NUMBER_WORDS.isdisjoint(_LETTER_RUN.findall(answer.lower())):
        return answer  # no number word at all: find_number could not find one (a fifth of
        # the time of asking it, for the typical name or numeral answer)
    found = find_number(answer)
    if found is None or not found.words:
        return answer
    value = parse_number(answer)
    if value is None:
        return answer
    return f"{value:.0f}" if value == int(value) else f"{value:.15g}"


def _typed(item: Item) -> NoteContent:
    details = []
    answer = typed_answer(item.answer)
    if answer != item.answer:
        details.append(f"In words: {text_field(item.answer)}")
    if item.kind == ItemKind.NUMERIC:
        if item.unit:
            details.append(f"Unit: {text_field(item.unit)}")
        if item.tolerance:
            details.append(f"Accepted within &plusmn;{text_field(f'{item.tolerance:,.15g}')}")
    if item.aliases:
        details.append("Also accepted: " + ", ".join(text_field(a) for a in item.aliases))
    return NoteContent("type_in", {
        "Prompt": text_field(item.prompt), "Answer": text_field(answer),
        "Details": "<br>".join(details), "Kind": KIND_LABELS[item.kind], **_tail(item),
    })


def _true_false(item: Item) -> NoteContent:
    statement = item.statement or item.prompt
    verdict = "True" if item.answer.strip().lower() in ("true", "t") else "False"
    details = ""
    if verdict == "False" and item.true_statement:
        details = "In fact: " + text_field(item.true_statement)
    return NoteContent("basic", {
        "Prompt": text_field(statement), "Answer": verdict, "Details": details,
        "Kind": KIND_LABELS[ItemKind.TRUE_FALSE], **_tail(item),
    })


def _multiple_choice(item: Item) -> NoteContent:
    options = list(item.options or [])
    if len(options) < 2 or item.answer not in options:
        raise Skip("multiple-choice item without its answer among at least two options")
    right = options.index(item.answer)
    marked = "".join(
        f'<li class="correct">{text_field(o)}</li>' if i == right else f"<li>{text_field(o)}</li>"
        for i, o in enumerate(options)
    )
    return NoteContent("multiple_choice", {
        "Prompt": text_field(item.prompt),
        "Choices": _list(options, "ol", "choices"),
        "ChoicesMarked": f'<ol class="choices" type="A">{marked}</ol>',
        "Answer": f"{chr(ord('A') + right)}. {text_field(item.answer)}",
        **_tail(item),
    })


def _cloze(item: Item) -> NoteContent:
    parts = _BLANK.split(item.prompt, maxsplit=1)
    if len(parts) != 2:
        raise Skip("cloze item has no blank (_____) in its prompt")
    if not item.answer.strip():
        raise Skip("cloze item with an empty answer")
    before, after = parts
    text = f"{cloze_field(before)}{{{{c1::{cloze_field(item.answer)}}}}}{cloze_field(after)}"
    extra = ""
    if item.aliases:
        extra = "Also accepted: " + ", ".join(text_field(a) for a in item.aliases)
    return NoteContent("cloze", {"Text": text, "Extra": extra, **_tail(item)})


def _matching(item: Item, rng: random.Random) -> NoteContent:
    pairs = [list(p) for p in item.pairs or [] if len(p) == 2]
    if len(pairs) < 2:
        raise Skip("matching item with fewer than two pairs")
    rights = [p[1] for p in pairs]
    rng.shuffle(rights)
    letters = [chr(ord("A") + i) for i in range(len(rights))]
    rows = "".join(
        f"<tr><td>{i + 1}. {text_field(left)}</td>"
        f"<td>{letters[i]}. {text_field(rights[i])}</td></tr>"
        for i, (left, _) in enumerate(pairs)
    )
    prompt = text_field(item.prompt) + f'<table class="pairs">{rows}</table>'
    answer_rows = "".join(
        f"<tr><td>{i + 1}. {text_field(left)}</td>"
        f"<td>{letters[rights.index(right)]}. {text_field(right)}</td></tr>"
        for i, (left, right) in enumerate(pairs)
    )
    return NoteContent("basic", {
        "Prompt": prompt, "Answer": f'<table class="pairs">{answer_rows}</table>',
        "Details": "", "Kind": KIND_LABELS[ItemKind.MATCHING], **_tail(item),
    })


def _ordering(item: Item, rng: random.Random) -> NoteContent:
    sequence = list(item.sequence or [])
    if len(sequence) < 2:
        raise Skip("ordering item with fewer than two events")
    shuffled = list(sequence)
    rng.shuffle(shuffled)
    years = list(item.years or [])
    shown = [
        f"{text_field(years[i])} &mdash; {text_field(ev)}" if i < len(years) else text_field(ev)
        for i, ev in enumerate(sequence)
    ]
    answer = "<ol>" + "".join(f"<li>{s}</li>" for s in shown) + "</ol>"
    return NoteContent("basic", {
        "Prompt": text_field(item.prompt) + _list(shuffled), "Answer": answer, "Details": "",
        "Kind": KIND_LABELS[ItemKind.ORDERING], **_tail(item),
    })


def note_content(item: Item, seed: int = 0) -> NoteContent:
    """The note an item becomes; raises Skip with a reason when it cannot be one."""
    if item.kind not in NOTE_TYPE_FOR_KIND:
        raise Skip(f"unknown item kind {str(item.kind)!r}")
    if not item.prompt.strip() and item.kind != ItemKind.TRUE_FALSE:
        raise Skip("empty prompt")
    if item.kind in (ItemKind.SHORT_ANSWER, ItemKind.NUMERIC):
        return _typed(item)
    if item.kind == ItemKind.TRUE_FALSE:
        return _true_false(item)
    if item.kind == ItemKind.MULTIPLE_CHOICE:
        return _multiple_choice(item)
    if item.kind == ItemKind.CLOZE:
        return _cloze(item)
    rng = random.Random(f"{seed}:{item.id}:anki")  # only the shuffled kinds draw from it
    if item.kind == ItemKind.MATCHING:
        return _matching(item, rng)
    return _ordering(item, rng)
