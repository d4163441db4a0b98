"""How many first-page raw drafts (and their quiz items) lean on a subject they do not name.

A prompt counts as unnamed when, read alone, it holds
- a pronoun outside its answer ("he", "its", "her" ...), or
- a bare "the N" the parse writes alone (a singular common noun, no adjective or compound
  before it, no "of ..." or clause after it) that the prompt does not introduce itself ("a
  new particle ... the particle"), or
- a given name written alone ("Mary", not "Mary Anning").
A rough count by the rules of issue 15's fifteenth round (the brief's reasons 1-4), not a
teacher's judgement: "the Sun", "the war" count too, on both sides of a change.

Usage: python bench/unnamed_subjects.py [--items] [--top 20] FILE...
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from edu.extract import extract_candidates  # noqa: E402
from edu.extract.questions import parser  # noqa: E402
from edu.text.names import given_names  # noqa: E402
from edu.text.preprocess import preprocess_words  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

_PRONOUN = re.compile(r"\b(?:he|she|it|its|his|her|him|they|their|them)\b", re.IGNORECASE)
_GENERAL = frozenset("world sun moon earth war time day year end same first last".split())


def unnamed(prompt: str, answer: str) -> str:
    """The first word of `prompt` leaning on a subject it does not name, or ""."""
    text = prompt.replace(answer, " ") if answer else prompt
    text = re.sub(r"^(?:In which (?:year|month and year)|Which \w+)\? ", "", text)
    m = _PRONOUN.search(text)
    if m:
        return m.group(0)
    doc = parser()(text)
    for t in doc:
        if t.tag_ == "NN" and t.lower_ not in _GENERAL and [c.lower_ for c in t.lefts] == [
                "the"] and not any(c.dep_ in ("prep", "relcl", "acl") for c in t.rights) \
                and not re.search(rf"\b(?:a|an)\s+(?:\w+\s+)?{t.lower_}\b", text[: t.idx]):
            return f"the {t.text}"
        if t.text[:1].isupper() and t.pos_ == "PROPN" and t.ent_type_ == "PERSON" \
                and (t.i == 0 or not doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].is_stop) \
                and (t.i + 1 >= len(doc) or not doc[t.i + 1].text[:1].isupper()):
            stems = preprocess_words(t.text)
            if len(stems) == 1 and stems[0] in given_names():
                return t.text
    return ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--items", action="store_true", help="count the quiz items too")
    ap.add_argument("--show", action="store_true", help="print each unnamed prompt")
    args = ap.parse_args()
    drafts = held = items = items_held = 0
    for name in args.files:
        facts = extract_candidates(read_document(Path(name)))[: args.top]
        for f in facts:
            word = unnamed(f.prompt, str(f.answer))
            drafts += 1
            held += bool(word)
            if word and args.show:
                print(f"{Path(name).stem}: [{word}] {f.prompt}")
        if args.items:
            from edu.commands._document import unreviewed_deck
            from edu.items.generate import generate_items
            for item in generate_items(unreviewed_deck(name), include_drafts=True):
                if item.kind in ("short_answer", "numeric", "cloze", "multiple_choice"):
                    items += 1
                    word = unnamed(item.prompt, item.answer)
                    items_held += bool(word)
    print(f"top {args.top}: {held}/{drafts} prompts unnamed")
    if args.items:
        print(f"items (short answer, numeric, cloze, multiple choice): {items_held}/{items} "
              "unnamed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
