"""Anki note types (genanki Models) for edu items, with ids that never drift.

Model ids derive from the edu deck id, the note type's name and `MODEL_VERSION`, so a
re-exported deck reuses the note types already in a learner's collection. Bump
`MODEL_VERSION` only when fields change: Anki then sees new note types.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from edu.anki.library import Model, genanki
from edu.items.model import ItemKind

MODEL_VERSION = 1

# Anki accepts any 64-bit id; genanki's docs recommend this range for hand-picked ids.
_ID_LOW = 1 << 30
_ID_HIGH = 1 << 31


def stable_id(*parts: str) -> int:
    """An id in [2**30, 2**31) from the sha256 of `parts`: same parts, same id, forever."""
    digest = hashlib.sha256(":".join(parts).encode("utf-8")).digest()
    return _ID_LOW + int.from_bytes(digest[:8], "big") % (_ID_HIGH - _ID_LOW)


CSS = """\
.card {
  font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  font-size: 20px;
  line-height: 1.45;
  text-align: left;
  color: #1d232b;
  background-color: #fbfaf7;
  padding: 0 6px;
}
.edu { max-width: 38em; margin: 0 auto; }
.edu .kind {
  font-size: 0.65em; letter-spacing: 0.08em; text-transform: uppercase;
  color: #6a7380; margin-bottom: 0.4em;
}
.edu .prompt { font-weight: 600; margin-bottom: 0.6em; }
.edu .answer {
  font-size: 1.1em; font-weight: 700; color: #0b6e4f;
  border-left: 4px solid #0b6e4f; padding: 0.1em 0 0.1em 0.6em; margin: 0.6em 0;
}
.edu .details { color: #3b4450; margin: 0.4em 0; }
.edu ol.choices { padding-left: 2em; margin: 0.4em 0; }
.edu ol.choices li { margin: 0.25em 0; padding: 0.1em 0.3em; border-radius: 4px; }
.edu ol.choices li.correct { background: #dff3ea; color: #0b6e4f; font-weight: 700; }
.edu ol.choices li.correct::after { content: "  \\2713"; }
.edu table.pairs { border-collapse: collapse; margin: 0.4em 0; }
.edu table.pairs td, .edu table.pairs th {
  border: 1px solid #c9ced6; padding: 0.2em 0.6em; vertical-align: top;
}
.edu .evidence {
  margin-top: 1em; padding: 0.5em 0.8em; font-size: 0.8em; font-style: italic;
  color: #4a5260; background: #f0eee8; border-radius: 6px;
}
.edu .context { font-size: 0.7em; color: #6a7380; margin-bottom: 0.2em; }
.cloze { font-weight: 700; color: #1f5fbf; }
hr#answer { border: 0; border-top: 1px solid #c9ced6; margin: 0.8em 0; }
input#typeans { font-size: 1em; width: 100%; box-sizing: border-box; padding: 0.2em; }
code#typeans { font-size: 0.9em; }

.nightMode .card, .night_mode .card, .card.nightMode, .card.night_mode {
  color: #e3e6ea; background-color: #20242a;
}
.nightMode .edu .kind, .night_mode .edu .kind,
.nightMode .edu .context, .night_mode .edu .context { color: #9aa3ae; }
.nightMode .edu .answer, .night_mode .edu .answer { color: #6fd3a8; border-left-color: #6fd3a8; }
.nightMode .edu .details, .night_mode .edu .details { color: #c7ccd3; }
.nightMode .edu ol.choices li.correct, .night_mode .edu ol.choices li.correct {
  background: #1d4536; color: #9ff0c9;
}
.nightMode .edu table.pairs td, .night_mode .edu table.pairs td,
.nightMode .edu table.pairs th, .night_mode .edu table.pairs th { border-color: #4a525c; }
.nightMode .edu .evidence, .night_mode .edu .evidence { color: #c7ccd3; background: #2c3138; }
.nightMode .cloze, .night_mode .cloze { color: #8cb8ff; }
.nightMode hr#answer, .night_mode hr#answer { border-top-color: #4a525c; }
"""

# The note types, declared as data (genanki's builtin_models declare theirs so): each card
# opens with its context line, the `Section` field: the deck's topic and the section below
# it ("Mars Pathfinder and the Sojourner Rover", "The Great Stink › Earlier warnings"), so a
# card read alone in a mixed review says what it is about. The field keeps its name (a
# renamed or added field is a new schema, and Anki refuses to update the notes of a
# re-imported deck as a conflict); only the templates changed, which Anki updates in place.
_CONTEXT = '{{#Section}}<div class="context">{{Section}}</div>{{/Section}}'
_EVIDENCE = '{{#Evidence}}<div class="evidence">{{Evidence}}</div>{{/Evidence}}'
_DETAILS = '{{#Details}}<div class="details">{{Details}}</div>{{/Details}}'
_TAIL_FIELDS = ["Evidence", "Section", "ItemId"]


@dataclass(frozen=True)
class NoteTypeSpec:
    """One note type: its name (before the deck's id), fields, front and back (inside the
    `edu` box, after the context line) and whether Anki treats it as a cloze type."""

    name: str
    fields: tuple[str, ...]
    front: str
    back: str
    cloze: bool = False


def _kind(label: str) -> str:
    return f'<div class="kind">{label}</div>'


_PROMPT = '<div class="prompt">{{Prompt}}</div>'

NOTE_TYPE_SPECS: dict[str, NoteTypeSpec] = {
    "basic": NoteTypeSpec(
        "edu Basic", ("Prompt", "Answer", "Details", "Kind", *_TAIL_FIELDS),
        _kind("{{Kind}}") + _PROMPT,
        _kind("{{Kind}}") + _PROMPT + '<hr id="answer"><div class="answer">{{Answer}}</div>'
        + _DETAILS + _EVIDENCE),
    "type_in": NoteTypeSpec(
        "edu Type-in", ("Prompt", "Answer", "Details", "Kind", *_TAIL_FIELDS),
        _kind("{{Kind}}") + _PROMPT + "{{type:Answer}}",
        _kind("{{Kind}}") + _PROMPT + '<hr id="answer">{{type:Answer}}'
        '<div class="answer">{{Answer}}</div>' + _DETAILS + _EVIDENCE),
    "multiple_choice": NoteTypeSpec(
        "edu Multiple choice", ("Prompt", "Choices", "ChoicesMarked", "Answer", *_TAIL_FIELDS),
        _kind("Multiple choice") + _PROMPT + "{{Choices}}",
        _kind("Multiple choice") + _PROMPT + '<hr id="answer">{{ChoicesMarked}}'
        '<div class="answer">{{Answer}}</div>' + _EVIDENCE),
    "cloze": NoteTypeSpec(
        "edu Cloze", ("Text", "Extra", *_TAIL_FIELDS),
        _kind("Fill in the blank") + "{{cloze:Text}}",
        _kind("Fill in the blank") + "{{cloze:Text}}"
        '{{#Extra}}<div class="details">{{Extra}}</div>{{/Extra}}' + _EVIDENCE,
        cloze=True),
}


def _model(deck_id: str, spec: NoteTypeSpec) -> genanki.Model:
    """A one-card note type whose id follows the deck id and the note types' version."""
    name = f"{spec.name} [{deck_id}]"
    def box(inner: str) -> str:
        return '<div class="edu">' + _CONTEXT + inner + "</div>"

    return Model(
        stable_id(deck_id, name, f"v{MODEL_VERSION}"), name,
        fields=[{"name": n} for n in spec.fields],
        templates=[{"name": "Cloze" if spec.cloze else "Card 1",
                    "qfmt": box(spec.front), "afmt": box(spec.back)}],
        css=CSS, model_type=genanki.Model.CLOZE if spec.cloze else genanki.Model.FRONT_BACK,
    )


NOTE_TYPES = ("basic", "type_in", "multiple_choice", "cloze")

# Which note type each item kind becomes (see docs/ANKI.md for why).
NOTE_TYPE_FOR_KIND = {
    ItemKind.SHORT_ANSWER: "type_in",
    ItemKind.NUMERIC: "type_in",
    ItemKind.TRUE_FALSE: "basic",
    ItemKind.MULTIPLE_CHOICE: "multiple_choice",
    ItemKind.CLOZE: "cloze",
    ItemKind.MATCHING: "basic",
    ItemKind.ORDERING: "basic",
}


def build_models(deck_id: str) -> dict[str, genanki.Model]:
    """The four note types for one edu deck, keyed by NOTE_TYPES names."""
    return {name: _model(deck_id, NOTE_TYPE_SPECS[name]) for name in NOTE_TYPES}
