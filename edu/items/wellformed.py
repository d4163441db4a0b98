"""One check for every text an item of ordinary English shows: a prompt, a true/false
statement, a cloze sentence, a matching clue or an ordering event (issue 15, round 21).

Held-out set 22's reviewer marked 7 of 58 items wrong, most for text no teacher would show:
"About how many was a contract?" (the counted noun lost), "True or false? Of roughly six
million were driven by hand." and "Of which, about how many rivets ...?" (a subject left in an
"of" phrase), "A public consultation Boris Johnson succeeded _____ as mayor" (two subjects),
"Paul-Émile Lecoq de Boisbaudran discovered gallium the French chemist." (two objects), "a very
table" (an adjective cut out). Each shape is read here once, from spaCy's parse (the parser
the auto-extract path has loaded) or the words, so every kind refuses the same texts:

- a question (no blank) must not have one of the broken shapes of the drafts
  (`edu.extract.question_form.broken`), nor ask "how many" with a singular verb after it
  (nothing counted: "How many was a contract?");
- a statement (a question's blank filled with its answer) must be a sentence
  (`edu.items.complete.fragment`);
- neither may open on "Of" before its verb with no comma (the subject is inside the "of"
  phrase: "Of roughly six million were driven ..."), nor on "Of which";
- no object may hang on the object right before it, opening on an article ("discovered
  gallium the French chemist": a clause cut out). Two objects of one verb are English ("owed
  the people of Genoa an apology"), and two subjects were not read: the parse gives a name
  after its title ("the astronomer Franz Xaver von Zach") and a reduced relative clause
  ("The displacement the experiment recorded was ...") two subjects too, so "A public
  consultation Boris Johnson succeeded" is not refused;
- no article and "very" (or "so", "too", ...) may stand before a bare noun: an adjective
  was cut out ("a very table").
An item whose text fails takes its next form or is not made (`make._check_whole`,
`matching`, `ordering`).
"""

from __future__ import annotations

import re
from typing import Any

# "How many was a contract?": a singular verb after "how many" counts nothing
_COUNT_OF_NOTHING = re.compile(r"\bhow many (?:was|is|does|has)\b", re.IGNORECASE)
# "Of which, ..." opening a text: the rest of a relative clause whose noun was cut off
_OF_WHICH = re.compile(r"^(?:True or false\? )?Of (?:which|whom)\b")
_OF_FRONT = re.compile(r"^(?:True or false\? )?Of\b")
# an intensifier after an article needs its adjective ("a very similar table")
_INTENSIFIERS = frozenset({"very", "so", "too", "quite", "rather", "extremely", "highly",
                           "most", "more", "less", "fairly"})
_ARTICLES = frozenset({"a", "an"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_BLANK = re.compile(r"_{3,}")  # a cloze's or a matching clue's blank
# what a statement must hold to say something: a noun, a name or a number
_CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM"})


def ill_formed(text: str, statement: bool = True) -> str:
    """Why `text` (an item's shown text: a question, or a statement with any blank filled)
    is not well-formed English, "" when it is. `statement`: the text is shown as a claim (a
    true/false statement, a cloze sentence, a matching clue, an ordering event) and must be
    a sentence; a gapped stem of a short answer is not held to that (the small model
    misreads many a long sentence's verb: "Radiocarbon dating rests on ...")."""
    text = text.strip()
    if not text:
        return "empty"
    if _OF_WHICH.match(text):
        return "it opens on 'Of which': a relative clause cut from its noun"
    question = text.endswith("?") and not _BLANK.search(text)
    if question:
        from edu.extract.question_form import broken  # lazy: the extraction's question shapes

        if broken(text):
            return "a broken question shape"
        if _COUNT_OF_NOTHING.search(text):
            return "'how many' with nothing counted"
    from edu.extract.questions import parsed  # lazy: spaCy's parser, loaded only when read

    doc = parsed(_BLANK.sub("it", text))
    why = _subject_in_of(doc) or _doubled(doc) or _cut_adjective(doc)
    if why or question or not statement:
        return why
    from edu.items.complete import fragment  # lazy: see above

    lack = fragment(text)
    if lack:
        return f"no sentence ({lack})"
    return _says_nothing(doc)


def _says_nothing(doc: Any) -> str:
    """"Everything changed.": a statement about no named thing, no number and no noun (the
    clause that said what changed was cut), which a learner can neither order nor judge."""
    if any(t.pos_ in _CONTENT_POS for t in doc):
        return ""
    return "it names nothing: no noun, name or number"


def _subject_in_of(doc: Any) -> str:
    """"Of roughly six million were driven by hand.": an opening "of" with no comma before
    the verb holds what should be the subject."""
    words = [t for t in doc if t.text not in ("True", "or", "false", "?")] if \
        doc.text.startswith("True or false?") else list(doc)
    if not words or words[0].lower_ != "of":
        return ""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.i < words[0].i:
        return ""
    if any(t.text == "," for t in doc[words[0].i:root.i]):
        return ""  # "Of the ten children, only Mary survived."
    return "its subject is left inside an opening 'of' phrase"


def _doubled(doc: Any) -> str:
    """An object hung on the object right before it, opening on an article: "discovered
    gallium the French chemist" (a clause cut out between them)."""
    for t in doc:
        if t.dep_ == "dobj" and t.head.tag_ in _NOUN_TAGS and t.head.i < t.i \
                and any(c.dep_ == "det" for c in t.children) \
                and t.head.head.pos_ in ("VERB", "AUX") and t.head.dep_ == "dobj" \
                and min(c.i for c in t.subtree) == t.head.i + 1:
            return f"'{t.head.head.text}' has two objects"
    return ""


def _cut_adjective(doc: Any) -> str:
    """"produced a very table": an article and an intensifier before a bare noun."""
    for i in range(len(doc) - 2):
        if doc[i].lower_ in _ARTICLES and doc[i + 1].lower_ in _INTENSIFIERS \
                and doc[i + 2].tag_ in _NOUN_TAGS:
            return f"'{doc[i + 1].text} {doc[i + 2].text}': a word is cut out"
    return ""
