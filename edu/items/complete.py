"""Whether a statement or cloze sentence is a sentence: a subject and a finite verb.

A true/false statement is a claim, and a claim needs a subject and a finite verb: set 20's
blind reviewer judged "True or false? Encouraged by laws such as the Enlarged Homestead Act
of 1909." wrong ("a fragment, not a proposition"), and its cloze and numeric forms flawed
("sentence fragment; broken grammar"). The statement is read with spaCy's parse (the one the
auto-extract path has loaded; edu.extract.questions.parsed): its root, or a verb conjoined
to it, must be finite (VBD, VBZ, VBP, MD, or carry a finite auxiliary) and have a subject;
or, since the small English model misparses many a whole sentence ("The COVID-19 pandemic
disrupted exchanges ..." read as a noun phrase with "disrupted" an adjective), some word
outside a relative clause must carry a finite verb's tag. A participle's phrase ("Encouraged
by laws ..."), a name with its apposition ("Leavitt, born on July 4, 1868, in Lancaster.")
and a bare infinitive ("Pit 3 be a command post.") have none.
Only ordinary English is read this way: a preprocessed text's statements are rebuilt from
questions the phrasing rules know.
"""

from __future__ import annotations

import re
from typing import Any

from edu.text.verbs import FINITE_TAGS

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def fragment(text: str) -> str:
    """Why `text` (a statement, a cloze sentence with its answer in place) is no sentence,
    "" when it is one."""
    from edu.extract.questions import parsed  # lazy: spaCy's parser, loaded only when read

    doc = parsed(text)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return ""
    heads = [roots[0], *[t for t in roots[0].children if t.dep_ == "conj"]]
    if any(_finite(h) and _has_subject(h) for h in heads):
        return ""
    if any(_misread_root(h) for h in heads):
        return ""  # a verb the small model tagged otherwise ("Wegener married/JJ Else ...")
    if any(t.tag_ in FINITE_TAGS and (t.dep_ != "relcl" or _unmarked_with_subject(t))
           or _past_read_as_participle(t) for t in doc):
        return ""  # a finite verb the parse did not make the root: taken as the sentence's
    if not any(_finite(h) for h in heads):
        return "no finite verb"
    return "no subject"


def _misread_root(token: Any) -> bool:
    """A root with a subject and a direct object, or tagged a base form after a plural
    subject with no auxiliary, is a finite verb whatever its tag ("In 1913 Wegener married
    Else Köppen." with "married" tagged an adjective; "Some parts ... receive ...")"""
    deps = {c.dep_ for c in token.children}
    if "nsubj" in deps and "dobj" in deps:
        return True
    return token.tag_ == "VB" and not deps & {"aux", "auxpass"} and any(
        c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in token.children)


def _past_read_as_participle(token: Any) -> bool:
    """A word tagged as a participle that is a past tense after its subject: not the
    sentence's first word nor after a comma ("Encouraged by ...", "Leavitt, born in ..."),
    no "be" or "have" before it, and an object after it ("The COVID-19 pandemic disrupted
    exchanges ...")."""
    if token.tag_ != "VBN" or token.i == 0 or not token.text.endswith("ed"):
        return False
    if token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children):
        return True  # "The first beams circulated on 10 September 2008."
    before = token.doc[token.i - 1]
    return not (before.is_punct or before.lemma_ in ("be", "have")) and any(
        c.dep_ == "dobj" for c in token.children) or (
        token.dep_ == "amod" and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].tag_ in ("NNS", "NN", "NNP", "NNPS")
        and token.head.i > token.i and before.tag_ in ("NN", "NNP", "JJ", "NNS"))


def _unmarked_with_subject(token: Any) -> bool:
    """A finite verb hung as a relative clause with its own subject and no relative word:
    the sentence's own verb misread ("The Scottish physician John Forbes published ...")."""
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in token.children) \
        and not any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that"
                    for c in token.subtree)


def _finite(token: Any) -> bool:
    return token.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in token.children)


def _has_subject(token: Any) -> bool:
    if any(c.dep_ in _SUBJECTS for c in token.children):
        return True
    # a verb conjoined to one with a subject shares it ("It rose and fell")
    return token.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in token.head.children)


# A verb that takes an object and a clause for it ("persuaded Charles Smullen to try to spin
# it", "asked the bureau to build"): set 21's reviewer marked "True or false? Kwolek instead
# persuaded Lester Shubin." and "Whom did Kwolek instead persuade?" ("persuaded to do what is
# unstated"). Cut to its object alone, such a verb says something the text does not. Only
# this shape is read: a wider check (any verb that lost its object or clause) was wrong on 8
# of 9 items of the blind documents, the small model misparsing questions and quotations.
_CLAUSES = frozenset({"xcomp"})
_OBJECTS = frozenset({"dobj", "dative"})


def lost_complement(shown: str, evidence: str) -> str:
    """The verb of `shown` (a statement, cloze sentence or question made of `evidence`) that
    the evidence writes with an object and a clause for it ("persuaded X to ...") and that
    `shown` keeps with its object but not the clause, as "'verb' without ..."; "" if none."""
    from edu.extract.questions import parsed  # lazy: spaCy's parser, loaded only when read

    if not shown.strip() or not evidence.strip():
        return ""
    written: dict[str, list[tuple[set[str], set[str]]]] = {}
    for t in parsed(evidence):
        if t.pos_ == "VERB":
            written.setdefault(t.lemma_.lower(), []).append((
                {c.dep_ for c in t.children},
                {c.lower_ for c in t.children if c.dep_ in _CLAUSES}))
    words = set(re.findall(r"[\w'’-]+", shown.lower()))
    for t in parsed(shown):
        there = written.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
        if not there:
            continue
        here = {c.dep_ for c in t.children}
        # the clause's verb gone from what is shown, not only from the parse ("to steer"
        # read elsewhere)
        if all(deps & _CLAUSES and deps & _OBJECTS and not heads & words
               for deps, heads in there) and here & _OBJECTS and not here & _CLAUSES:
            return f"'{t.text}' without the clause it governs"
    return ""
