"""The subject a question takes when the answer sits in a clause inside the sentence (issue 15,
round 19q: fill-ins become questions).

The question builder fronted a preposition's phrase only from the sentence's main verb (or a
verb joined to it): "Its report, published in _____, placed the blame ..." and "a journal
edited by _____" stayed fill-ins, though the clause says all a question needs. Three clause
shapes say whose the clause is without guessing:

- a past participle after its noun ("Its report, published in August 1967"): the noun is
  the subject, asked in the passive ("In which month and year was its report published?");
  a noun set beside a name ("Scientific Memoirs, a journal edited by ...") gives the name;
- a fronted past participle ("Born on 18 December 1856 at Cheetham Hill ..., Thomson entered
  ..."): the main clause's subject ("On which date was Thomson born?");
- an adverbial clause with its own subject ("... when it opened in 1883"): that subject, as
  the main verb's would be (a pronoun is resolved by the builder or the question dropped);
- a "which" or "that" clause right after a noun that says which thing it is ("the Thames
  Estuary 2100 plan, which was published in 2012"): that noun.

A condition ("if", "unless") or a modal ("would", "could") says what did not happen, or
might: the fill-in stays.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from edu.text.verbs import MODAL_VERBS

# subordinators of a clause that does not say its event happened ("if it had opened in ...")
_UNSURE_MARKS = frozenset({"if", "unless", "whether", "than", "lest"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NOUNS = frozenset({"NOUN", "PROPN"})
# a noun a "which" clause right after it is surely about: a subject, object or apposition;
# after a preposition's object or a list's last member, the clause may be about a noun before
_CLAUSE_NOUNS = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "attr"})
# the wh-adverbs of a clause that says when, which the question's own time word replaces
_TIME_WORDS = frozenset({"when", "while", "as", "once"})
# subordinators of a clause that says when its event happened; others give a reason or a
# contrast, often a general claim ("because so little carbon-14 remains after ...")
_TIME_MARKS = frozenset({"after", "before", "until", "till", "once", "while"})
# a clause's "he", "she" or "they" may mean another person of the sentence ("Marc Brunel made
# his son ... engineer when he was only 20"); "it" is resolved by the builder or dropped
_PERSONAL = frozenset({"he", "she", "they", "him", "her", "them"})


class InnerSubject(NamedTuple):
    """The subject heads of a clause's question, whether the participle is asked in the
    passive ("was X published"), and whether only the words before each head belong to the
    subject (the participle and what follows it hang on the noun)."""

    heads: list[Any]
    passive: bool
    left_only: bool


def inner_subject(verb: Any) -> InnerSubject | None:
    """The subject for a question built from `verb`'s clause when it is a participle after
    its noun, a fronted participle or an adverbial clause with its own subject; None for any
    other verb, or when the clause is conditional, modal or negated."""
    if verb.dep_ == "relcl":
        return _relative_subject(verb)
    if verb.dep_ not in ("acl", "advcl"):
        return None
    if any(c.tag_ == "WRB" and c.lower_ not in _TIME_WORDS for c in verb.children):
        return None  # "where a funeral was held on ...": the place is the sentence's
    if any(c.dep_ == "mark" and c.lower_ in _UNSURE_MARKS for c in verb.children) \
            or _modal_above(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return None  # ("the mill could close once the river flooded in ...": might)
    own = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if own:
        if verb.dep_ != "advcl" or verb.lemma_ == "be" \
                or any(c.dep_ == "mark" and c.lower_ not in _TIME_MARKS for c in verb.children) \
                or any(t.lower_ in _PERSONAL for t in own):
            return None  # "when he was only 20 years old": a state set beside the main
            # clause's event, whose "he" may be either man; "because so little ... remains"
        return InnerSubject(own, False, False)
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return None  # "Working with ...", "when built": whose the clause is, is a guess
    if verb.dep_ == "acl":
        noun = verb.head
        between = noun.doc[noun.i + 1 : verb.i]
        if noun.pos_ not in _NOUNS or verb.i < noun.i or any(t.text != "," for t in between):
            return None  # "symbols such as the QR code, invented ...": the parse hangs the
            # participle on a noun further back; only the noun right before it is sure
        named = _name_before(noun)
        if named is not None:
            noun = named  # "Scientific Memoirs, a journal edited by ...": the name
        elif not _determined(noun):
            return None  # "a journal edited by ...", "Archaeologists led by ...": which
            # journal, which archaeologists, the question cannot say
        if _inside_noun_phrase(noun):
            return None  # "a warship of the English navy built for ...", "cards of the kind
            # used in ...": the parse hangs the participle on the wrong noun of the pair
        return InnerSubject([noun], True, True)
    main = verb.head
    subjects = [c for c in main.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects or main.pos_ not in ("VERB", "AUX") or not verb.i < subjects[0].i:
        return None  # only a participle before the main subject is surely that subject's
    return InnerSubject(subjects, True, False)


def _relative_subject(verb: Any) -> InnerSubject | None:
    """The noun a "which" or "that" clause is about, when it stands right before the clause
    and says which thing it is ("the Thames Estuary plan, which was published in 2012");
    a "who" clause is the builder's own (a named person only)."""
    own = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    noun = verb.head
    if [c.lower_ for c in own] not in (["which"], ["that"]) or noun.pos_ not in _NOUNS \
            or _modal_above(verb) or any(c.dep_ == "neg" for c in verb.children) \
            or any(t.text != "," for t in noun.doc[noun.i + 1 : verb.left_edge.i]):
        return None
    named = _name_before(noun)
    if named is not None:
        noun = named
    elif not _determined(noun) or noun.dep_ not in _CLAUSE_NOUNS:
        return None  # "an account in French, which appeared in 1842": the account did;
        # "built by John Braithwaite and John Ericsson, which reached ...": the engine did
    return InnerSubject([noun], False, True)


def _name_before(noun: Any) -> Any:
    """The name a noun is set beside ("Scientific Memoirs, a journal"), read from the words:
    the parse often hangs such a noun on another word of the sentence."""
    start = noun.left_edge.i
    if noun.dep_ != "appos" or start < 2 or noun.doc[start - 1].text != ",":
        return None
    name = noun.doc[start - 2]
    return name if name.pos_ == "PROPN" else None


def _modal(verb: Any) -> bool:
    """Whether a verb is said with a modal ("would open", "could close")."""
    return any(c.dep_ == "aux" and c.lower_ in MODAL_VERBS for c in verb.children)


def _modal_above(verb: Any) -> bool:
    """Whether a verb or any verb its clause hangs on is said with a modal ("it may have been
    this work that first drew ...": the clause's event is a guess too)."""
    while True:
        if _modal(verb):
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head


def _inside_noun_phrase(noun: Any) -> bool:
    """Whether a noun is the object of a preposition that hangs on another noun ("a warship
    of the English navy", "an account in French"): a clause after it may be about either."""
    return noun.dep_ == "pobj" and noun.head.head.pos_ in _NOUNS


def _determined(noun: Any) -> bool:
    """Whether a noun says which thing it is: a name, or a definite or owned noun ("the
    report", "its report", "Jordan's Arab Potash Company"); not "a journal", "evaluations"."""
    return noun.pos_ == "PROPN" or any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an", "some", "any")
        or c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def clause_words(verb: Any) -> set[int]:
    """The words of an adverbial clause's opening the question leaves out ("when", "while")."""
    return {c.i for c in verb.children if c.tag_ == "WRB" or c.dep_ == "mark"}


def passive_be(verb: Any, subject: Any, date_word: str) -> str:
    """The "be" a participle is asked with: the tense of the sentence's main verb ("is"
    for a present one), the past for a date or a clause with one ("published ... in 2012":
    it happened then), and its number
    from the subject's head ("were" for a plural or a joined pair)."""
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    root = verb
    while root.head.i != root.i:
        root = root.head
    dated = any(t.ent_type_ == "DATE" for t in verb.subtree)
    present = not date_word and not dated and (root.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in root.children))
    if present:
        return "are" if plural else "is"
    return "were" if plural else "was"
