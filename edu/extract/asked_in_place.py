"""Raw English fill-ins turned into real questions once the drafts are ranked (issue 15,
fourteenth round: the form of the question).

Blind reviews found half of the raw top-20 drafts still fill-ins ("... on the slope of _____.",
"By 1966 there were _____ tips above the village."), most of them shapes the direct questions
of questions.py do not move. Here the fill-in's sentence is parsed again with the answer in
place (spaCy) and asked in one of these ways:
- a count in an existential "there were _____ N", or after "In all", is fronted: "By 1966,
  how many tips were there above the village?", "In all, how many adults died ...?";
- a name, a count or a date that is the object of a verb or of a preposition stays where it
  is, replaced by a question phrase chosen from what the text says of its kind ("the slope
  of which mountain", "in which cemetery" (the name's own head noun), "the _____ class" ->
  "which class", "by King _____" -> "by which king", a person "whom", a place "which
  place", "about how many tonnes", "on which date", "the ... Act of which year"); the
  question ends with the answer's clause: what follows after a comma (an aside, a clause of
  its own) goes. In place only where the phrase hangs on a verb before it, through no
  subject, relative clause, apposition or list.
No shape, no question: the fill-in stays. Done after ranking (`candidates._fill_ins_as_kept`),
so answer, evidence, id and score never change; the evidence keeps the whole sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from edu.extract import lexicon as lx
from edu.extract.parses import parser
from edu.extract.wording import BLANK
from edu.text.names import PERSON_TITLES
from edu.text.preprocess import stop_words
from edu.text.verbs import DO_SUPPORT

# the dependencies on the way from the answer's phrase up to its clause's verb along which
# a question phrase may stand in place ("carried ... and tipped in mounds on the slope of
# which mountain?"); a relative clause, a subject or an apposition on the way is something
# else's description, a list ("Mandan and _____") asks one of several
_IN_PLACE_PATH = frozenset({"pobj", "prep", "dobj", "pcomp", "xcomp", "conj", "advcl", "agent",
                            "dative", "ccomp", "attr", "acl", "ROOT"})
# prepositions after which a name is a place, not a person ("a few miles south of _____",
# "buried in _____"): a "Who?" the entity model gave such a name is wrong
_PLACE_PREPS = frozenset({"in", "at", "near", "into", "across", "beyond", "around", "inside"})
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest"})
# the categories a draft's name carries that say how to ask for it in place ("organisation"
# was tried and left out: the category holds events, lands, memorials and a person, read
# on the blind set as "the entrance arch to which organisation of 1889?")
_CATEGORY_WH = {"place": "which place", "company": "which company"}
_DATE_WH = {"year": "which year", "month": "which month and year", "date": "which date"}
_RANGE_WORDS = frozenset({"by", "to", "and", "or", "-", "\u2013", "x"})  # "168 by 102 feet"
_FEWEST_WORDS = 5  # a question shorter than this says too little to answer from
_SUBJECT_WORDS = 4  # a subject this short is fronted behind "did" ("did the crew collect")


def asked_in_place(body: str, answer: str, kind: str, category: str) -> str | None:
    """A direct question for the fill-in `body` (no lead-in) whose blank is `answer`, or
    None when no shape fits."""
    if body.count(BLANK) != 1 or not answer or kind not in ("name", "number", "date") \
            or not _may_fit(body, answer, kind, category):
        return None
    return _asked(body, answer, kind, category)


_PREP_BEFORE = re.compile(r"\b(?:in|on|of|until|by|since|before|after|around|Act) _____")
_WORD_AFTER = re.compile(r"_____ [a-z]")


def _may_fit(body: str, answer: str, kind: str, category: str) -> bool:
    """Whether a shape could fit, read from the words around the blank, so that only such
    fill-ins are parsed again (a parse costs ~8 ms; most fill-ins fit no shape)."""
    if kind == "number":
        return bool(_WORD_AFTER.search(body))  # "_____ tonnes": a counted noun after it
    if kind == "date":
        return category in _DATE_WH and bool(_PREP_BEFORE.search(body))
    words = answer.split()
    before = "".join(body[: body.find(BLANK)].split()[-1:])
    after = "".join(body[body.find(BLANK) + len(BLANK):].split()[:1]).strip(",.;:")
    return category in ("person", "place", "company") \
        or words[-1].lower() in lx.NAME_KIND_NOUNS or words[0].lower() in lx.NAME_KIND_OPENERS \
        or "of" in words or before.isalpha() and before.lower() not in stop_words() \
        or after.isalpha() and after.islower() and after not in stop_words()


@lru_cache(maxsize=1024)
def _parsed(body: str, answer: str) -> tuple[Any, frozenset[int]]:
    """The fill-in's sentence parsed with its answer in place, and the answer's tokens."""
    at = body.find(BLANK)
    doc = parser()(body[:at] + answer + body[at + len(BLANK):])
    return doc, frozenset(t.i for t in doc if t.idx < at + len(answer)
                          and t.idx + len(t.text) > at)


@lru_cache(maxsize=4096)
def _asked(body: str, answer: str, kind: str, category: str) -> str | None:
    doc, answer_ids = _parsed(body, answer)
    ids = set(answer_ids)
    tops = [t for t in doc if t.i in ids and (t.head.i not in ids or t.head.i == t.i)]
    if not ids or len(tops) != 1:
        return None
    head = tops[0]
    question = (_there_count(doc, head, ids) or _in_all_count(doc, head, ids)
                or _object_count(doc, head, ids)
                or _in_place(doc, head, ids, _count_phrase(doc, head, ids))) \
        if kind == "number" else _in_place(doc, head, ids, _date_phrase(doc, head, ids, category)) \
        if kind == "date" else _in_place(doc, head, ids, _wh_phrase(doc, head, ids, category))
    if question is None or len(question.split()) < _FEWEST_WORDS:
        return None
    return question[:1].upper() + question[1:]


def _there_count(doc: Any, head: Any, ids: set[int]) -> str | None:
    """"By 1966 there were _____ tips above the village." -> "By 1966, how many tips were
    there above the village?"."""
    noun = head
    while noun.dep_ in ("nummod", "quantmod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.i <= max(ids) or noun.tag_ not in ("NNS", "NNPS") or noun.dep_ not in ("attr",
                                                                                   "nsubj") \
            or verb.lemma_ != "be" or verb.dep_ != "ROOT" \
            or not any(c.dep_ == "expl" and c.lower_ == "there" and c.i == verb.i - 1
                       for c in verb.children):
        return None
    counted = [t for t in doc if max(ids) < t.i <= noun.i]
    if any(t.dep_ in ("cc", "conj") for t in noun.subtree):
        return None  # "_____ men and women": one count of two things
    rest = _clause_rest(doc, noun.i)
    if any(t.tag_ in ("PRP", "PRP$") for t in rest):
        return None
    frame = [t for t in doc[: verb.i - 1] if not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("PRP", "PRP$") for t in frame):
        return None  # "When the dam broke there were ...": a clause of its own before it
    hedged = any(t.lower_ in ("about", "around", "roughly", "some", "nearly", "almost",
                              "approximately") for t in doc[: min(ids)] if t.head.i in ids)
    front = ("about how many " if hedged else "how many ") + _words(counted)
    said = f"{front} {verb.lower_} there {_words(rest)}".strip()
    if frame:
        said = f"{_words(frame)}, {said}"
    return said + "?"


def _counted_plural(head: Any, ids: set[int], dep: str) -> Any | None:
    """The plural noun right after the blank that the figure counts, in the role `dep`
    ("pobj" of "In all _____ adults", "dobj" of "killed _____ people"), else None."""
    noun = head.head if head.dep_ == "nummod" else None
    if noun is None or noun.dep_ != dep or noun.tag_ != "NNS" or noun.i != max(ids) + 1:
        return None
    return noun


def _in_all_count(doc: Any, head: Any, ids: set[int]) -> str | None:
    """"In all _____ adults died alongside the 116 children." -> "In all, how many adults
    died alongside the 116 children?": the parse takes "In all _____ adults" for a phrase;
    the count is the verb's subject."""
    noun = _counted_plural(head, ids, "pobj")
    if noun is None:
        return None
    prep = noun.head
    if prep.i != 0 or prep.lower_ != "in" or doc[1].lower_ not in ("all", "total") \
            or doc[1].i != min(ids) - 1 or prep.head.dep_ != "ROOT" \
            or prep.head.i != noun.i + 1 or prep.head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    rest = _clause_rest(doc, noun.i)
    if any(t.tag_ in ("PRP", "PRP$") for t in rest):
        return None
    return f"In {doc[1].lower_}, how many {noun.text} {_words(rest)}?"


def _date_phrase(doc: Any, head: Any, ids: set[int], category: str) -> tuple[int, int, str]:
    """"died in London on _____": the date asked "on which date" where it stands, with the
    question word of its kind ("which year", "which month and year"); nothing for a date
    with words of its own before it ("on Tuesday _____") or a span of years."""
    wh = _DATE_WH.get(category, "")
    if category == "year" and head.dep_ in ("nummod", "npadvmod", "appos") \
            and head.head.i == min(ids) - 1 and head.head.lower_ == "act" and len(ids) == 1:
        return min(ids), max(ids), "of which year"  # "the Mines and Quarries Act _____"
    if head.dep_ != "pobj" or any(c.i < min(ids) and c.i not in ids
                                  for i in ids for c in doc[i].children):
        return 0, 0, ""
    return min(ids), max(ids), wh




def _object_count(doc: Any, head: Any, ids: set[int]) -> str | None:
    """"It killed _____ people, 116 of them children, ..." -> "How many people did it
    kill?": a count as the object of the sentence's one verb, fronted with "do" (the main
    pass leaves it when its subject is a pronoun it cannot name; the question says "it" as
    the fill-in did)."""
    noun = _counted_plural(head, ids, "dobj")
    if noun is None:
        return None
    verb = noun.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ != "ROOT" or verb.tag_ not in DO_SUPPORT or len(subjects) != 1 \
            or any(c.dep_ in ("aux", "auxpass", "neg", "prt") for c in verb.children) \
            or any(t.dep_ in ("det", "poss", "amod", "advmod", "quantmod") and t.i < min(ids)
                   for t in noun.children) or min(ids) != verb.i + 1:
        return None  # "the six states", "about _____": the plain "did it kill" case only
    subject = subjects[0]
    said = list(subject.subtree)
    if said[0].i != 0 or said[-1].i != verb.i - 1 or len(said) > _SUBJECT_WORDS:
        return None
    subject_text = _words(said)
    if said[0].tag_ in ("DT", "PRP", "PRP$"):  # "did the Vasa carry", "did it kill"
        subject_text = subject_text[:1].lower() + subject_text[1:]
    rest = [t for t in _clause_rest(doc, noun.i) if t.i not in {x.i for x in noun.subtree}]
    if rest and rest[0].head.i in {x.i for x in noun.subtree}:
        rest = []
    return f"How many {noun.text} {DO_SUPPORT[verb.tag_]} {subject_text} {verb.lemma_} " \
        f"{_words(rest)}".strip() + "?"


def _count_phrase(doc: Any, head: Any, ids: set[int]) -> tuple[int, int, str]:
    """"carrying about _____ tonnes of picric acid": the figure and its plural noun, asked
    "how many tonnes" where it stands; nothing for a figure with an article or owner before
    it ("the six rival states"), a percentage, or one with no plural noun."""
    noun = head
    while noun.dep_ in ("nummod", "quantmod", "compound") and noun.head.i != noun.i \
            and noun.head.i not in ids:
        noun = noun.head
    first = min(ids)
    while first > 0 and doc[first - 1].dep_ in ("advmod", "quantmod"):
        first -= 1  # "about", "more than"
    if first > 1 and doc[first - 1].lower_ in _RANGE_WORDS and doc[first - 2].like_num \
            or noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in _RANGE_WORDS \
            and doc[noun.i + 2].like_num:
        return 0, 0, ""  # "168 by _____ feet", "_____ to 700 metres": one side of a size
    if noun.i <= max(ids) or noun.tag_ != "NNS" or noun.lower_ in ("percent", "per") \
            or any(t.dep_ in ("det", "poss") for t in noun.children if t.i < min(ids)) \
            or any(t.dep_ in ("cc", "conj") for t in noun.children):
        return 0, 0, ""
    return min(ids), noun.i, "how many " + _words(list(doc[max(ids) + 1 : noun.i + 1]))


def _in_place(doc: Any, head: Any, ids: set[int], phrase: tuple[int, int, str]) -> str | None:
    """"... tipped in great mounds on the slope of _____." -> "... on the slope of which
    mountain?": the answer's phrase asked where it stands."""
    span_start, span_end, wh = phrase
    if not wh:
        return None
    tops = [t for t in doc[span_start : span_end + 1]
            if not span_start <= t.head.i <= span_end or t.head.i == t.i]
    node = tops[0] if len(tops) == 1 else None
    if node is not None and wh == "of which year":
        node = node.head  # the Act the year names: its phrase is the one asked in place
    if node is None or node.dep_ not in ("pobj", "dobj"):
        return None
    up = node
    while up.dep_ != "ROOT":
        if up.head.i > span_end:
            return None  # "..., and, at _____ kilometres, the longest ...": the phrase stands
            # before what it belongs to; in place it would ask nothing
        if up.dep_ not in _IN_PLACE_PATH and not (up.dep_ == "advmod" and up.lower_ in _COMPASS) \
                or up.dep_ == "conj" and up.pos_ not in ("VERB", "AUX") \
                or up.dep_ == "acl" and up.tag_ not in ("VBN", "VBG") \
                or up.dep_ == "advcl" and any(c.dep_ in ("mark", "nsubj", "nsubjpass")
                                              or c.tag_ == "WRB" for c in up.children):
            return None  # ("a warship ordered by _____": a participle's phrase may stand;
            # "..., when the board hired about _____ dockers" hangs on the clause before)
        up = up.head
    if any(c.dep_ in ("cc", "conj") for c in node.children):
        return None  # "the Mandan and _____ peoples": one of two
    prep = node.head
    if node.dep_ == "pobj" and prep.i > 0 and doc[prep.i - 1].text == "," \
            and span_end + 1 < len(doc) and doc[span_end + 1].text == ",":
        return None  # "and, at _____ kilometres, the longest ...": a phrase set off by
        # commas belongs to what follows it
    if up.i > span_start or not any(t.pos_ in ("VERB", "AUX") for t in doc[:span_start]):
        return None  # "Members of _____ hung ...": a phrase of the subject is the main
        # pass's to ask; "At _____ in Cambridge, ...": no verb, no question
    words = [t for t in doc[:span_start]]
    if not words or any(t.text in ("(", '"', "\u201c") for t in words) \
            and not any(t.text in (")", '"', "\u201d") for t in words[1:]):
        return None
    tail = _clause_rest(doc, span_end)
    return f"{_words(words)} {wh} {_words(tail)}".strip() + "?"


def _clause_rest(doc: Any, end: int) -> list[Any]:
    """The words after token `end` up to the end of its clause: a comma, a bracket, a dash,
    a relative clause or a word joining another clause ends it ("Manhattan and Brooklyn"
    goes on)."""
    rest = []
    for t in doc[end + 1:]:
        inside = t.text in ("-", "\u2013") and not doc[t.i - 1].whitespace_  # "brig-sloop"
        if (t.is_punct and not inside) or t.dep_ == "relcl" \
                or t.dep_ == "cc" and (t.head.i <= end or t.head.pos_ in ("VERB", "AUX")) \
                or t.lower_ in ("which", "who", "whom", "where", "whose"):
            break
        rest.append(t)
    return rest


def _wh_phrase(doc: Any, head: Any, ids: set[int], category: str) -> tuple[int, int, str]:
    """The tokens [start, end] the question phrase replaces and the phrase ("which
    mountain", "whom"), or an empty phrase when nothing says what kind of thing it is."""
    first, last = min(ids), max(ids)
    after = head.head
    if head.dep_ in ("compound", "nmod") and after.pos_ == "NOUN" and after.i == last + 1 \
            and after.tag_ == "NN" and all(t.pos_ == "PROPN" for t in doc if t.i in ids):
        # "of the _____ class": "of which class"
        start = after.left_edge.i
        if all(t.dep_ == "det" or t.i in ids for t in doc[start:first]):
            return start, after.i, f"which {after.lower_}"
        return 0, 0, ""
    before = head.head
    if head.dep_ == "appos" and before.pos_ == "NOUN" and before.i == first - 1 \
            and before.dep_ in ("pobj", "dobj"):  # "under the ship Imo": "under which ship"
        kind = [t for t in before.subtree if t.i <= before.i]
        if kind[0].dep_ == "det" and all(t.dep_ in ("det", "amod", "compound") for t in kind[:-1]):
            return kind[0].i, last, "which " + _kind_words(kind[1:])
        return 0, 0, ""
    start = first
    kids = sorted((c for i in ids for c in doc[i].children if c.i not in ids and c.i < first),
                  key=lambda c: c.i)
    titles = [c for c in kids if c.dep_ == "compound" and c.tag_ in ("NN", "NNP")
              and (c.is_lower or c.lower_ in PERSON_TITLES)]
    if any(c.dep_ != "det" and c not in titles for c in kids) \
            or titles and titles[-1].i != first - 1:
        return 0, 0, ""  # "his assistant _____", "the French company _____": the main pass's
    if kids:
        start = kids[0].i
    if titles:  # "by King _____", "the train dispatcher _____": "by which king"
        return start, last, "which " + _kind_words(titles)
    wh = _name_kind(doc, ids)
    prep = head.head if head.dep_ == "pobj" else None
    placed = prep is not None and (prep.lower_ in _PLACE_PREPS - {"around"}
                                   or prep.lower_ == "of" and prep.head.lower_ in _COMPASS)
    if not wh and category == "person" and placed:
        wh = "which place"  # "south of _____": no person, whatever the model read
    if not wh and category == "person":
        if head.ent_type_ in ("GPE", "LOC", "FAC") or prep is not None and prep.lower_ == "of":
            return 0, 0, ""  # ("the tomb of whom" asks whose tomb, no English)
        wh = "whom"
    if not wh:
        wh = _CATEGORY_WH.get(category, "")
        if category == "place" and not placed and head.ent_type_ not in ("GPE", "LOC"):
            wh = ""
    return start, last, wh


def _name_kind(doc: Any, ids: set[int]) -> str:
    """"which cemetery" for "Bryntaf Cemetery", "which river" for "River Deben", "which
    university" for "University of Wurzburg": the kind a proper name's own head noun says
    (`lx.NAME_KIND_NOUNS`); "" when it says none (a bare "Merthyr Tydfil")."""
    words = [doc[i] for i in sorted(ids) if not doc[i].is_punct]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in ("of", "the")
                                 for t in words):
        return ""
    of = next((k for k, t in enumerate(words) if t.lower_ == "of"), len(words))
    if of == len(words) and words[0].lower_ in lx.NAME_KIND_OPENERS:
        return "which " + lx.NAME_KIND_OPENERS[words[0].lower_]
    head = words[of - 1]
    if of > 1 or of < len(words):
        if head.lower_ in lx.NAME_KIND_NOUNS:
            return "which " + head.lower_
    return ""


def _kind_words(tokens: list[Any]) -> str:
    """A kind's words in a question, common nouns lower-cased ("the German physician" ->
    "German physician", "King" -> "king")."""
    return " ".join(t.lower_ if t.tag_ in ("NN", "NNS", "NNP") and not t.ent_type_ == "NORP"
                    else t.text for t in tokens)


def _words(tokens: list[Any]) -> str:
    """The tokens as the text wrote them (their own spacing), trimmed."""
    return "".join(t.text_with_ws for t in tokens).strip()
