"""Anki note types (genanki Models) for edu items, with ids that never drift.

Model ids derive from the edu deck id, the note type's name and `MODEL_VERSION`, so a
re-exported deck reuses the note types already in a learner's collection. Bump
`MODEL_VERSION` only when fields change: Anki then sees new note types.
"""

from __future__ import annotations

import hashlib

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
.edu .section { margin-top: 0.4em; font-size: 0.7em; color: #6a7380; }
.cloze { font-weight: 700; color: #1f5fbf; }
hr#answer { border: 0; border-top: 1px solid #c9ced6; margin: 0.8em 0; }
input#typeans { font-size: 1em; width: 100%; box-sizing: border-box; padding: 0.2em; }
code#typeans { font-size: 0.9em; }

.nightMode .card, .night_mode .card, .card.nightMode, .card.night_mode {
  color: #e3e6ea; background-color: #20242a;
}
.nightMode .edu .kind, .night_mode .edu .kind,
.nightMode .edu .section, .night_mode .edu .section { color: #9aa3ae; }
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

_FOOTER = (
    '{{#Evidence}}<div class="evidence">{{Evidence}}</div>{{/Evidence}}'
    '{{#Section}}<div class="section">{{Section}}</div>{{/Section}}'
)
_TAIL_FIELDS = ["Evidence", "Section", "ItemId"]


def _fields(names: list[str]) -> list[dict[str, str]]:
    return [{"name": n} for n in names]


def _card_model(deck_id: str, name: str, fields: list[str], front: str, back: str
                ) -> genanki.Model:
    """A one-card note type whose id follows the deck id and the note types' version."""
    return Model(
        stable_id(deck_id, name, f"v{MODEL_VERSION}"), name, fields=_fields(fields),
        templates=[{"name": "Card 1", "qfmt": front, "afmt": back}], css=CSS,
    )


def _basic(deck_id: str) -> genanki.Model:
    name = f"edu Basic [{deck_id}]"
    front = (
        '<div class="edu"><div class="kind">{{Kind}}</div><div class="prompt">{{Prompt}}</div>'
        "</div>"
    )
    back = (
        '<div class="edu"><div class="kind">{{Kind}}</div><div class="prompt">{{Prompt}}</div>'
        '<hr id="answer"><div class="answer">{{Answer}}</div>'
        '{{#Details}}<div class="details">{{Details}}</div>{{/Details}}' + _FOOTER + "</div>"
    )
    fields = ["Prompt", "Answer", "Details", "Kind", *_TAIL_FIELDS]
    return _card_model(deck_id, name, fields, front, back)


def _type_in(deck_id: str) -> genanki.Model:
    name = f"edu Type-in [{deck_id}]"
    front = (
        '<div class="edu"><div class="kind">{{Kind}}</div><div class="prompt">{{Prompt}}</div>'
        "{{type:Answer}}</div>"
    )
    back = (
        '<div class="edu"><div class="kind">{{Kind}}</div><div class="prompt">{{Prompt}}</div>'
        '<hr id="answer">{{type:Answer}}<div class="answer">{{Answer}}</div>'
        '{{#Details}}<div class="details">{{Details}}</div>{{/Details}}' + _FOOTER + "</div>"
    )
    fields = ["Prompt", "Answer", "Details", "Kind", *_TAIL_FIELDS]
    return _card_model(deck_id, name, fields, front, back)


def _multiple_choice(deck_id: str) -> genanki.Model:
    name = f"edu Multiple choice [{deck_id}]"
    front = (
        '<div class="edu"><div class="kind">Multiple choice</div>'
        '<div class="prompt">{{Prompt}}</div>{{Choices}}</div>'
    )
    back = (
        '<div class="edu"><div class="kind">Multiple choice</div>'
        '<div class="prompt">{{Prompt}}</div><hr id="answer">{{ChoicesMarked}}'
        '<div class="answer">{{Answer}}</div>' + _FOOTER + "</div>"
    )
    fields = ["Prompt", "Choices", "ChoicesMarked", "Answer", *_TAIL_FIELDS]
    return _card_model(deck_id, name, fields, front, back)


def _cloze(deck_id: str) -> genanki.Model:
    name = f"edu Cloze [{deck_id}]"
    front = '<div class="edu"><div class="kind">Fill in the blank</div>{{cloze:Text}}</div>'
    back = (
        '<div class="edu"><div class="kind">Fill in the blank</div>{{cloze:Text}}'
        '{{#Extra}}<div class="details">{{Extra}}</div>{{/Extra}}' + _FOOTER + "</div>"
    )
    return Model(
        stable_id(deck_id, name, f"v{MODEL_VERSION}"), name,
        fields=_fields(["Text", "Extra", *_TAIL_FIELDS]),
        templates=[{"name": "Cloze", "qfmt": front, "afmt": back}], css=CSS,
        model_type=genanki.Model.CLOZE,
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
    return {
        "basic": _basic(deck_id),
        "type_in": _type_in(deck_id),
        "multiple_choice": _multiple_choice(deck_id),
        "cloze": _cloze(deck_id),
    }
