"""A long raw English cloze cut to the clause that holds its blank.

A strict teacher cut 26 of 102 raw drafts of blind set 12 that copied a whole long sentence
as the blank ("Alfred studied ... Berlin, and in _____ he received a doctorate ..., although
he soon turned away ..."). The sentence is parsed (spaCy, with the answer back in its place),
split at its independent clauses (a verb joined by "and"/"but" that has its own subject),
and the clause holding the answer is kept; a comma-led adverbial or relative clause after the
answer that runs to the clause's end is dropped too. A clause whose subject is a pronoun
("and in _____ he received ...") would lose what the pronoun names: the sentence stays whole.
The evidence stays the whole sentence; only the prompt is cut.
"""

from __future__ import annotations

import re
from typing import Any

from edu.extract.questions import parsed
from edu.extract.wording import BLANK
from edu.text.verbs import FINITE_TAGS

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_TRAILING = frozenset({"advcl", "relcl", "acl"})  # "..., setting a world record", ", which ..."
_EDGE_MARKS = frozenset({",", ";", ":", "-", "\u2014", "\u2013"})
_CLOSING = frozenset({")", "]", '"', "\u201d"})  # a mark that closes what the cut keeps
# a cut shorter than this many words keeps too little of the sentence to stand alone
FEWEST_WORDS = 6  # what is left after a cut keeps this many words to stand alone (also asides.py)


def _independent(tok: Any) -> bool:
    """Whether a token heads a clause of its own: the root, or a verb coordinated with it
    ("..., and scientists developed ...") that names its own subject."""
    if tok.dep_ == "ROOT":
        return True
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") \
        and any(c.dep_ in _SUBJECTS for c in tok.children)


def _opens_clause(head: Any) -> bool:
    """Whether a trailing clause opens with its own marker (", which ...", ", although ...",
    ", setting ..."): a verb whose subject the parser hung elsewhere ("..., and a young
    engineer, John Parke, rode ...") is no clause to drop."""
    first = head.left_edge
    return first.tag_ in ("WDT", "WP", "WP$", "WRB", "IN") \
        or (first.i == head.i and head.tag_ == "VBG")


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def clause_cut(body: str, answer: str) -> str:
    """The clause of `body` (a cloze sentence) that holds its blank, or `body` itself when no
    shorter clause stands alone."""
    at = body.find(BLANK)
    if at < 0 or body.count(BLANK) != 1 or not answer:
        return body
    text = body[:at] + answer + body[at + len(BLANK):]
    s, e = at, at + len(answer)
    sent = parsed(text)  # most often the parse `questions` made of this sentence
    heads = sorted((t for t in sent if _independent(t)), key=lambda t: t.left_edge.i)
    if not heads:
        return body
    for head in heads[1:]:
        joint = sent[head.left_edge.i - 1] if head.left_edge.i > 0 else None
        if joint is None or not (joint.dep_ == "cc" or joint.text == ";"):
            return body  # "..., a gust ..., water poured in ..., and she sank": a series of
            # clauses reads as one; cutting its last member leaves a run-on
    starts = [0] + [t.left_edge.i for t in heads[1:]]
    ends = starts[1:] + [len(sent)]
    inside = [t.i for t in sent if t.idx < e and t.idx + len(t) > s]
    if not inside:
        return body
    k = max(n for n, lo in enumerate(starts) if lo <= inside[0])
    lo, hi = starts[k], ends[k]
    if inside[-1] >= hi:
        return body  # the answer spans two clauses
    verb = heads[k]
    if any(t.i != verb.i and t.dep_ in ("advcl", "parataxis", "conj") and _subject(t) is not None
           and not any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WRB") for c in t.children)
           for t in sent[lo:hi]):
        return body  # "a squall made the ferry heel over, water poured in ...": a clause with
        # no word to join it is one of a series the parser hung on another
    subject = _subject(verb)
    if k > 0 and (subject is None or subject.pos_ == "PRON"):
        return body  # "and in _____ he received ...": "he" would point at nothing
    # a comma-led trailing clause after the answer that runs to the clause's end
    for t in sent[inside[-1] + 1 : hi]:
        if t.dep_ in _TRAILING and t.left_edge.i > inside[-1] and t.left_edge.i > lo \
                and _opens_clause(t) \
                and sent[t.left_edge.i - 1].text == "," and t.right_edge.i >= _last_word(sent, hi):
            hi = t.left_edge.i - 1
            break
    while hi > lo and (sent[hi - 1].is_punct and sent[hi - 1].text not in _CLOSING
                       or sent[hi - 1].dep_ == "cc"):
        hi -= 1  # ", and" before the next clause, the sentence's own full stop
    if lo == 0 and hi >= _last_word(sent, len(sent)) + 1:
        return body  # nothing cut
    words = sent[lo:hi]
    if len(words) > 1 and words[0].lower_ == "that" and words[0].dep_ == "mark":
        words = words[1:]  # "... estimate that about 300 people were killed and that about
        # 100,000 of the city's roughly _____ residents ...": the clause without its "that"
        # (round 17g; "That about 100,000 ..." was no sentence)
    if len(words) < FEWEST_WORDS \
            or not (words[0].idx <= s and words[-1].idx + len(words[-1]) >= e):
        return body
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    cut = text[start:s] + BLANK + text[e:end]
    return cut[:1].upper() + cut[1:] + "."


def _last_word(sent: Any, hi: int) -> int:
    """The index of the last token before `hi` that is no mark."""
    k = hi - 1
    while k > 0 and (sent[k].is_punct or sent[k].text in _EDGE_MARKS):
        k -= 1
    return k


# a comma-led clause after the blank that says something more, never what the blank is ("...
# above sea level, so the vault would remain dry ...", "..., which took about a year",
# "_____ seed samples, giving a total capacity of 4.5 million samples" (which gives the
# figure away by arithmetic))
_TRAILING_OPENER = re.compile(r",\s+(?:so|which|while|whereas|although|though|giving|making|"
                              r"leaving|bringing|setting|thereby)\b")
# the words that open a subordinate clause before the main one ("Because the pain made ...,
# the flight engineer _____ cut ..."); a participle's clause ("Working with ..., _____
# published ...") is read from the parse
_LEADING_MARKS = frozenset({"because", "although", "though", "while", "whereas", "when",
                            "after", "before", "since", "as", "if", "once", "until"})
_PRONOUN_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "this", "these"})


def outer_cut(body: str, answer: str) -> str:
    """`body` (a cloze sentence) without a subordinate clause before its main clause and
    without a comma-led trailing clause after its blank, where neither holds the blank and
    what is left still stands alone (at least FEWEST_WORDS words, a subject that is no
    pronoun where the leading clause went)."""
    at = body.find(BLANK)
    if at < 0 or body.count(BLANK) != 1 or not answer:
        return body
    cut = body
    trailing = _TRAILING_OPENER.search(cut, at + len(BLANK))
    if trailing and not _open_mark(cut[at:trailing.start()]) \
            and len(cut[: trailing.start()].split()) >= FEWEST_WORDS \
            and not _no_finite_verb_before(body, answer, trailing.start()):
        cut = cut[: trailing.start()].rstrip(" ,;:") + "."
    return _without_leading(cut, answer)


def _no_finite_verb_before(body: str, answer: str, cut_at: int) -> bool:
    """Whether `body` holds no finite verb before `cut_at` (a position after its blank):
    then the "trailing" clause holds the main clause and cutting it leaves a fragment
    ("Encouraged by laws such as the Enlarged Homestead Act of _____." of "Encouraged by
    laws such as ... 1909, which offered settlers 320 acres, farmers moved onto the
    plains")."""
    at = body.find(BLANK)
    text = body[:at] + answer + body[at + len(BLANK):]
    where = cut_at + len(answer) - len(BLANK)
    return not any(t.tag_ in FINITE_TAGS and t.idx < where for t in parsed(text))


def _open_mark(text: str) -> bool:
    """Whether a bracket or a quotation opened in `text` is still open."""
    return text.count("(") > text.count(")") or text.count('"') % 2 == 1 \
        or text.count("\u201c") > text.count("\u201d")


def _without_leading(body: str, answer: str) -> str:
    at = body.find(BLANK)
    text = body[:at] + answer + body[at + len(BLANK):]
    sent = parsed(text)
    if len(sent) < 2:
        return body
    first = sent[0]
    clause = first.head if first.dep_ == "mark" and first.lower_ in _LEADING_MARKS \
        else first if first.tag_ in ("VBG", "VBN") and first.dep_ == "advcl" else None
    if clause is None or clause.dep_ != "advcl" or clause.head.dep_ != "ROOT":
        return body
    comma = clause.right_edge.i + 1
    while comma < len(sent) and sent[comma].is_punct and sent[comma].text != ",":
        comma += 1
    if comma + 1 >= len(sent) or sent[comma].text != "," or sent[comma + 1].idx > at:
        return body  # no comma closes it, or the blank is inside it
    rest = sent[comma + 1 :]
    subject = _subject(clause.head)
    if subject is None or subject.left_edge.i != rest[0].i \
            or any(t.text == "," for t in subject.subtree):
        return body  # "Using Franklin's image, a research report ..., and _____ rules, Watson
        # and Crick built ...": the comma closes no clause before the main one's subject
    if rest[0].lower_ in _PRONOUN_SUBJECTS or len([t for t in rest if not t.is_punct]) \
            < FEWEST_WORDS:
        return body  # "When Thomson returned, he ...": "he" would point at nothing
    start = rest[0].idx
    out = text[start:at] + BLANK + text[at + len(answer):]
    return out[:1].upper() + out[1:]


def relative_lift(body: str, answer: str) -> str:
    """A blank inside a relative clause about a named person or thing, asked as that clause
    with the name for its subject: "The machine was invented by the German electrical engineer
    Arthur Scherbius, who filed his first patent for a rotor-based cipher device on _____." ->
    "Arthur Scherbius filed his first patent for a rotor-based cipher device on _____." The
    words before the name only say what the name already does; `body` itself where the
    clause is no ", who/which <verb> ..." clause running to the end, or its antecedent is no
    proper name."""
    at = body.find(BLANK)
    if at < 0 or body.count(BLANK) != 1 or not answer:
        return body
    text = body[:at] + answer + body[at + len(BLANK):]
    sent = parsed(text)
    pronoun = next((t for t in sent if t.lower_ in ("who", "which")
                    and t.dep_ in ("nsubj", "nsubjpass")
                    and t.head.dep_ == "relcl" and t.i > 1 and sent[t.i - 1].text == ","), None)
    if pronoun is None or pronoun.idx > at:
        clause = None
    else:
        clause = pronoun.head
    if clause is None or pronoun is None:
        return body
    end = len(text)  # the clause runs to the sentence's end, or a comma closes it before the
    if _last_word(sent, len(sent)) > clause.right_edge.i:  # blank's sentence goes on (round
        after = sent[clause.right_edge.i + 1]  # 17g: "Bannister, who studied at _____ in
        if after.text != "," or after.idx < at:  # London, said that ...")
            return body  # no such clause, or it stops before the sentence does
        end = after.idx
    name = clause.head
    described = None  # "Shinji Sogo, the president of ..., who had been appointed ...": the
    if name.dep_ == "appos" and name.head.pos_ == "PROPN" and name.pos_ == "NOUN" \
            and name.right_edge.i == pronoun.i - 2 and name.left_edge.i >= 2 \
            and sent[name.left_edge.i - 1].text == "," and name.head.i == name.left_edge.i - 2:
        described, name = name, name.head  # apposition says what the name is; the clause
        # is about the name
    if name.pos_ != "PROPN" or described is None and name.i != pronoun.i - 2:
        return body  # "a device, which ...": no name to stand as the subject
    if name.dep_ == "pobj" and name.head.head.pos_ in ("NOUN", "PROPN") \
            and name.head.lower_ != "of" \
            and (pronoun.lower_ == "which" or name.ent_type_ != "PERSON"):
        return body  # "the stone Water Tower on Chicago Avenue, which was completed in
        # 1869": the clause may be about the noun the name only places (round 17g: "Chicago
        # Avenue was completed in which year?" asked what the text never says); "the island
        # of Antikythera, which lies ..." names the island itself
    first = name.left_edge
    while first.i < name.i and not (first.pos_ == "PROPN" or first.lower_ in ("de", "van",
                                                                            "von", "of")):
        first = sent[first.i + 1]  # "the German electrical engineer Arthur Scherbius"
    commas = 1 if described is None else 2
    if first.i > 0 and sent[first.i - 1].pos_ == "PROPN" \
            or text[first.idx:at].count(",") > commas or first.idx >= at:
        return body
    if first.i > 0 and sent[first.i - 1].lower_ == "the":
        first = sent[first.i - 1]  # "the Bronte Society"
    named = text[first.idx : name.idx + len(name)]
    named = named[:1].upper() + named[1:]
    rest = text[clause.left_edge.idx if clause.left_edge.i > pronoun.i else
                sent[pronoun.i + 1].idx : at]
    tail = text[at + len(answer):] if end == len(text) else text[at + len(answer):end] + "."
    lifted = f"{named} {rest}{BLANK}{tail}"
    return lifted if len(lifted.split()) >= FEWEST_WORDS else body
