"""`naming.names_headed` reads the text before each draft: it answers as it did before it
skipped a text that never writes the head and before it kept a text's running lines and
lower-case words for the next noun (its body then, copied here as `_as_before`), on many cuts
of real documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edu.extract.naming import (
    _HEAD_FIRST,
    _NAME_LINK,
    _NAME_SPACE,
    _NAME_WORD,
    _SENTENCE_END,
    PLACE_HEADS,
    _short_names,
    names_headed,
    stop_words,
)

BLIND = Path(__file__).resolve().parent / "data" / "blind"
NOUNS = ["dam", "bridge", "lake", "act", "board", "canal", "tunnel", "company", "river",
         "expedition", "ship", "machine", "tower", "club", "mount", "valley", "city", "fork"]


def _as_before(noun: str, text: str, short: bool = False) -> dict[str, bool]:
    """names_headed as it was before its early exit and kept readings."""
    running = "\n".join(line if _SENTENCE_END.search(line) else ""
                         for line in text.split("\n"))
    if short:
        return _short_names(noun.capitalize(), running)
    lower = frozenset(re.findall(r"\b[a-z][a-z'\u2019-]*\b", running))
    head = re.escape(noun.capitalize())
    found: dict[str, bool] = {}
    # ... and never goes on past the head ("New York Bridge Company" has no head "bridge")
    after = rf"(?![-\w])(?!{_NAME_SPACE}(?:{_NAME_LINK}{_NAME_SPACE})?[A-Z])"
    shapes = [rf"((?:{_NAME_WORD}{_NAME_SPACE}(?:{_NAME_LINK}{_NAME_SPACE})?)+){head}{after}"]
    if noun in _HEAD_FIRST:
        shapes.append(rf"\b{head}((?:{_NAME_SPACE}{_NAME_WORD})+)")
    for shape in shapes:
        last = shape is shapes[0]
        for m in re.finditer(shape, running):
            words = m.group(1).split()
            while words and (words[0].casefold() in stop_words()
                             or words[0] in ("and", "of", "&")):
                words = words[1:]  # "In South Fork Dam", "The South Fork Dam"
            own = [w for w in words if w not in ("and", "of", "&")]
            if not own:
                continue
            lead = running[: m.start() + m.group(0).find(words[0] if last
                                                          else noun.capitalize())]
            the = bool(re.search(r"\b[Tt]he\s+$", lead))
            if all(w.lower() in lower for w in own) and (len(own) > 1 or not the):
                continue  # ("the Quarry Act" names an act all the same)
            name = " ".join([*words, noun.capitalize()] if last else [noun.capitalize(), *words])
            found[name] = found.get(name, False) or the
    if len(found) > 1:
        return found  # two names of that head: which one is never sure
    return {name: the for name, the in found.items()
            if the or noun in _HEAD_FIRST or noun in PLACE_HEADS}


@pytest.mark.parametrize("name", ["johnstown_flood", "brooklyn_bridge", "erie_canal",
                                  "harrison_longitude", "gotthard_base_tunnel"])
def test_every_cut_of_a_document_names_as_before(name):
    text = (BLIND / f"{name}.txt").read_text("utf-8")
    for cut in sorted({*range(0, len(text), max(1, len(text) // 40)), len(text)}):
        before = text[:cut]
        for noun in NOUNS:
            for short in (False, True):
                assert names_headed(noun, before, short) == _as_before(noun, before, short), \
                    (name, cut, noun, short)


def test_names_are_still_found():
    text = "The South Fork Dam held Lake Conemaugh.\nThe dam failed in 1889.\n"
    assert names_headed("dam", text) == {"South Fork Dam": True}
    assert names_headed("lake", text) == {"Lake Conemaugh": False}
    assert names_headed("dam", text.lower()) == {}
