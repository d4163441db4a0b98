"""An item's shown sentence says its subject by name where the document makes it sure (issue
15, round 22i).

The drafts' prompts are named by extraction (`edu.extract.subject_kinds.named_subjects`: "the
bridge" -> "the Øresund Bridge", an opening "It"; `edu.extract.pronoun_names.named_draft`:
"she" -> the person the text means, "the company" -> DuPont). An item does not always show
its prompt: a true/false statement is rebuilt from it, a cloze is often the evidence sentence
as written ("She was buried in Hanover ...", "The bridge opened on _____."), and a gapped
question shows the sentence. Held-out set 23's reviewer marked 22 of 55 first items for a
subject they do not name. The same two calls, the extraction's own, are run here over each
shown text of a one-fact item of ordinary English: what they are sure of is put in, nothing
else (a wrong referent is worse than none). When the text is left leaning on something,
`edu.items.standing` ranks the item after those that stand alone.

Never changed: the answer, options, evidence. A name put in is never the answer, nor one of
the item's options (a false statement swaps in another name).
"""

from __future__ import annotations

import dataclasses
import re

from edu.items.common import Context
from edu.items.model import Item, ItemKind

# a word a shown text may lean on that the naming calls can say: a personal pronoun or
# "its"/"it", "the <noun>", "that same year"; a text without one is not read
_MAY_LEAN = re.compile(r"\b(?:she|he|her|his|him|it|its|the [a-z]{3,}|that (?:very )?same|"
                       r"the same)\b", re.IGNORECASE)
_NAMED_KINDS = frozenset({ItemKind.SHORT_ANSWER, ItemKind.MULTIPLE_CHOICE,
                          ItemKind.TRUE_FALSE, ItemKind.CLOZE, ItemKind.NUMERIC})


def said_by_name(item: Item, ctx: Context) -> Item:
    """The one-fact item with its prompt and statements naming the subject they lean on
    where the document makes it sure (see the module docstring); the item as it was when
    nothing changes."""
    reading = ctx.reading
    if reading is None or not reading.raw or item.kind not in _NAMED_KINDS:
        return item
    text = reading.text
    start, end = item.source.start, item.source.end
    if end <= start:
        return item
    forbidden = [f for f in (item.answer, *(item.asked_answers or []), *(item.options or []))
                 if f and f.strip() and f.lower() not in ("true", "false")]

    def named(shown: str | None) -> str | None:
        if shown is None or not _MAY_LEAN.search(shown):
            return shown
        from edu.extract.pronoun_names import named_draft  # lazy: spaCy, on this path only
        from edu.extract.subject_kinds import named_subjects

        answer = item.asked_answers[0] if item.kind == ItemKind.TRUE_FALSE \
            and item.asked_answers else item.answer
        out = named_subjects(shown, text, start, answer, text[start:end])
        out = named_draft(out, text, start, end, answer)
        if out == shown or any(_count(out, f) > _count(shown, f) for f in forbidden):
            return shown  # a name put in that the item asks for or offers: left as it was
        return out

    if item.kind == ItemKind.TRUE_FALSE:
        true_statement = named(item.true_statement)
        statement = true_statement if item.statement == item.true_statement \
            else named(item.statement)
        if (statement == item.statement) != (true_statement == item.true_statement):
            return item  # one side named, the other not: the pair would say two things
        if statement == item.statement:
            return item
        prompt = "True or false? " + statement if statement is not None \
            and item.prompt.startswith("True or false? ") else item.prompt
        return dataclasses.replace(item, prompt=prompt, statement=statement,
                                   true_statement=true_statement)
    asked = named(item.prompt)
    if asked is None or asked == item.prompt:
        return item
    return dataclasses.replace(item, prompt=asked)


def _count(text: str, name: str) -> int:
    return len(re.findall(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text, re.IGNORECASE))
