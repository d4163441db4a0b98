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

from typing import Any

from edu.extract.questions import parsed
from edu.extract.wording import BLANK

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_TRAILING = frozenset({"advcl", "relcl", "acl"})  # "..., setting a world record", ", which ..."
_EDGE_MARKS = frozenset({",", ";", ":", "-", "\u2014", "\u2013"})
_CLOSING = frozenset({")", "]", '"', "\u201d"})  # a mark that closes what the cut keeps
# a cut shorter than this many words keeps too little of the sentence to stand alone
_FEWEST_WORDS = 6


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
    if len(words) < _FEWEST_WORDS \
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
