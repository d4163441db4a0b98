"""Prove each fact against its source document, so no fact can drift from its evidence.

Rule (docs/DECKS.md): preprocess the answer with the seed recipe and join its stems without
spaces; join the stems of the tokens wholly inside the fact's span the same way; the answer
must occur in the span. Joining without spaces lets "Shenzhou-XIII" (one word, "shenzhouxiii")
match the tokens "shenzhou xiii". A match may not split a run of digits, so "2" is not proved
by "2021". For `kind: number` with a `unit`, the number alone is enough ("1,731 grams" with
unit "grams" is proved by "1731"). Dashes may also read as spaces: documents hyphenate names
inconsistently, so "Ceres-1" is proved by "cere 1" too. Also here: near-duplicate facts.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import yaml

from edu.deck.model import Deck, Fact, FactKind
from edu.deck.proofcache import ProofRecord, fact_key
from edu.deck.yamlnodes import FactMarks, problem_at, where
from edu.errors import EduError, Problem
from edu.text.pdf import document_text
from edu.text.preprocess import normalise_words, stop_words
from edu.text.quantities import OTHER_READINGS
from edu.text.source import looks_raw, tokenize, tokenize_raw
from edu.text.stemcache import flush as flush_stems
from edu.text.stemcache import preprocess_words_cached as preprocess_words  # nltk once

# The recipe leaves no upper case and no ASCII punctuation (non-ASCII letters like the seed's
# "α" may survive); ordinary English always has some.
_DASHES = re.compile(r"[-\u2010-\u2015\u2212]")
_NON_WORD = re.compile(r"[^\w\s]|_")  # what a Unicode reading of an answer deletes
MAX_SPAN = 400  # characters: evidence is a clause; a longer span would prove almost anything
NEAR_DUPLICATE_SIMILARITY = 90  # rapidfuzz token_set_ratio of two prompts with one answer
# A prompt is one question; past this many content words it is keyed by its whole word set
# only, so a pathological prompt cannot make its one-word-less keys quadratic in its length.
_NEIGHBOUR_WORDS = 40


@dataclass
class StemIndex:
    """A document's token stems joined without spaces, with where each token begins in it."""

    length: int  # characters in the source text
    joined: str
    offsets: list[int]  # offsets[i] = position of token i in `joined`; one extra at the end
    starts: list[int]  # character offsets of the tokens in the source text
    ends: list[int]
    text: str

    @classmethod
    def of(cls, text: str) -> StemIndex:
        # Same tokens as edu.text.source.document_of, so spans written by `edu extract` on
        # ordinary English (which end at the word, not at its punctuation) prove alike.
        if looks_raw(text):
            tokens = tokenize_raw(text)[0]
            stems = [t.stem for t in tokens]
            starts, ends = [t.start for t in tokens], [t.end for t in tokens]
        else:  # its columns as they are (a token ends where its stem does), no Token made:
            split = tokenize(text)  # ~0.02 s of a 223 KB document's ~40,000 tokens
            stems, starts = split.stems, list(split.starts)
            ends = [start + len(stem) for start, stem in zip(starts, stems, strict=True)]
        offsets = list(accumulate(map(len, stems), initial=0))
        return cls(len(text), "".join(stems), offsets, starts, ends, text)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [first, last) of the tokens lying wholly inside the characters [start, end)."""
        first = bisect_left(self.starts, start)
        return first, max(first, bisect_right(self.ends, end))

    def find(self, needle: str, first: int = 0, last: int | None = None) -> list[tuple[int, int]]:
        """Character spans of the needle's matches among tokens [first, last)."""
        last = len(self.starts) if last is None else last
        lo, hi = self.offsets[first], self.offsets[last]
        found = []
        at = self.joined.find(needle, lo, hi)
        while at != -1:
            stop = at + len(needle)
            if self._whole_digits(at, stop):
                t0 = bisect_right(self.offsets, at) - 1
                t1 = bisect_right(self.offsets, stop - 1) - 1
                found.append((self.starts[t0], self.ends[t1]))
            at = self.joined.find(needle, at + 1, hi)
        return found

    def _whole_digits(self, at: int, stop: int) -> bool:
        """False when the match cuts a number inside a token ("2" within "2021")."""
        j = self.joined
        if at > 0 and j[at].isdigit() and j[at - 1].isdigit() and not self._boundary(at):
            return False
        return not (stop < len(j) and j[stop - 1].isdigit() and j[stop].isdigit()
                    and not self._boundary(stop))

    def _boundary(self, position: int) -> bool:
        i = bisect_left(self.offsets, position)
        return i < len(self.offsets) and self.offsets[i] == position


@lru_cache(maxsize=8)
def _index_for(resolved: str, mtime_ns: int, size: int) -> StemIndex:
    """The stem index of a source file, cached while the file is unchanged."""
    return StemIndex.of(document_text(resolved))


def answer_needles(fact: Fact) -> list[str]:
    """The stem strings that may prove the fact, most complete first; [] if nothing is left.

    The answer as the recipe reads it ("Ceres-1" -> "ceres1"), then with dashes read as spaces
    ("cere1"), since documents hyphenate names inconsistently; for a number with a unit, each
    again without the unit's words.
    """
    answer = fact.answer
    if fact.kind == FactKind.NUMBER:  # "64 or 6.4 million", a figure whose point preprocessing
        answer = OTHER_READINGS.sub("", answer)  # deleted: the first reading with its scale
    readings = [preprocess_words(answer)]
    spaced = preprocess_words(_DASHES.sub(" ", answer))
    if spaced != readings[0]:
        readings.append(spaced)
    unit = set(preprocess_words(fact.unit)) if fact.kind == FactKind.NUMBER and fact.unit else set()
    # A name restored from an unknown stem is shown as the stem itself ("Aldmer", "Highspe"),
    # and Porter is not idempotent ("highspe" -> "highsp"): the written words prove it too.
    stops = stop_words()
    written = [w for w in normalise_words(fact.answer) if w not in stops]
    if written not in readings:
        readings.append(written)
    # The recipe deletes non-ASCII letters, but a preprocessed document may keep them ("hα
    # waveband"): the answer case-folded with its letters kept ("HΑ" -> "hα") proves it there.
    if not fact.answer.isascii():
        for folded in (_unicode_words(fact.answer), _unicode_words(_DASHES.sub(" ", fact.answer))):
            kept = [w for w in folded if w not in stops]
            if kept not in readings:
                readings.append(kept)
    needles: list[str] = []
    for words in readings:
        for candidate in ("".join(words), "".join(w for w in words if w not in unit)):
            if candidate and candidate not in needles:
                needles.append(candidate)
    return needles


def _unicode_words(text: str) -> list[str]:
    """The answer's words case-folded (NFKC), punctuation deleted, non-ASCII letters kept."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text).casefold()).split()


def _find_source(deck: Deck, source_node: yaml.Node | None) -> tuple[Path | None,
                                                                      list[Problem]]:
    """The deck's source document if it is a readable-looking file, else the problem."""
    path = deck.path or "deck"
    resolved = deck.source_path
    looked = f" (looked at {resolved})" if str(resolved) != deck.source else ""
    try:
        if resolved.is_file():
            return resolved, []
        state = ("is a directory, not a document" if resolved.is_dir() else
                 "is not a regular file" if resolved.exists() else f"not found{looked}")
    except (OSError, ValueError) as exc:  # name too long, NUL in the name, ...
        state = f"cannot be opened: {getattr(exc, 'strerror', None) or exc}"
    return None, [problem_at(path, source_node, f"source document {deck.source!r} {state}")]


def _index(deck: Deck, source: Path, source_node: yaml.Node | None) -> tuple[StemIndex | None,
                                                                             list[Problem]]:
    try:
        stat = source.stat()
        return _index_for(str(source), stat.st_mtime_ns, stat.st_size), []
    except EduError as exc:
        reason = "; ".join(p.message for p in exc.problems)
    except OSError as exc:
        reason = f"cannot be read: {exc.strerror or exc}"
    return None, [problem_at(deck.path or "deck", source_node,
                             f"source document {deck.source!r}: {reason}")]


def _shorten(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def prove_fact(path: str, fact: Fact, marks: FactMarks, index: StemIndex) -> list[Problem]:
    """Problems with one fact's span and answer against the source document."""
    span = fact.source
    span_node = marks.node_for("source")
    if span.end > index.length:
        return [problem_at(path, span_node, f"fact {fact.id!r}: source span {span.start}-"
                           f"{span.end} runs past the end of the source document "
                           f"({index.length} characters)")]
    if span.end - span.start > MAX_SPAN:
        return [problem_at(path, span_node, f"fact {fact.id!r}: source span {span.start}-"
                           f"{span.end} is {span.end - span.start} characters long; evidence "
                           f"should be one clause (at most {MAX_SPAN} characters)")]
    first, last = index.token_range(span.start, span.end)
    if first >= last:
        return [problem_at(path, span_node, f"fact {fact.id!r}: source span {span.start}-"
                           f"{span.end} holds no whole word of the source")]
    needles = answer_needles(fact)
    answer_node = marks.node_for("answer")
    if not needles:
        return [problem_at(path, answer_node, f"fact {fact.id!r}: answer {fact.answer!r} has "
                           "no words left after preprocessing (only stop words or "
                           "punctuation), so it cannot be checked against the source")]
    if any(index.find(needle, first, last) for needle in needles):
        return []
    message = (f"fact {fact.id!r}: answer {fact.answer!r} not found in source span "
               f"{span.start}-{span.end} (span reads: "
               f"{_shorten(index.text[span.start:span.end])!r})")
    elsewhere = [m for needle in needles for m in index.find(needle)]
    if elsewhere:
        near = min(elsewhere, key=lambda m: abs(m[0] - span.start))
        message += f"; nearest match in the document: {near[0]}-{near[1]}"
    else:
        message += f"; its stems {needles[0]!r} occur nowhere in the document"
    return [problem_at(path, answer_node, message)]


def _prompt_words(prompt: str, stops: frozenset[str] | set[str]) -> list[str]:
    """The prompt's content words, sorted, stop words out."""
    return sorted({w for w in normalise_words(prompt) if w not in stops})


def _prompt_keys(words: list[str]) -> list[str]:
    """A prompt's content words joined, then without each one of its words in turn: two
    prompts share a key when their words are the same or differ in one."""
    keys = [" ".join(words)]
    if len(words) <= _NEIGHBOUR_WORDS:
        keys += [" ".join(words[:k] + words[k + 1:]) for k in range(len(words))]
    return keys


NearKeys = tuple[str, list[str]]  # a fact's answer as compared, its prompt's content words


def near_keys(fact: Fact) -> NearKeys:
    """What the near-duplicate check groups a fact by: its answer normalised (lower case,
    letters and digits, no stop words; "" leaves the fact out) and its prompt's content
    words. A fact's own work, kept with the fact's text by edu.deck.deckcache."""
    stops = stop_words()
    answer = "".join(w for w in normalise_words(fact.answer) if w not in stops)
    return answer, (_prompt_words(fact.prompt, stops) if answer else [])


def near_duplicates(path: str, facts: list[Fact], marks: list[FactMarks],
                    keys_of: list[NearKeys] | None = None) -> list[Problem]:
    """Facts with the same answer and prompts at least 90% alike ask the same thing twice.

    Found by grouping, never by comparing every pair: facts are keyed by their answer and by
    their prompt's content words (whole, and less any one word), and a fact is compared only
    with the first fact of each key it shares, so the work is linear in the deck. Answers are
    compared normalised (lower case, letters and digits, no stop words) but not stemmed, so
    loading a deck need not load the stemmer. Only facts that share their answer with another
    are keyed at all (most answers are a deck's only one). `keys_of`: each fact's
    `near_keys`, if known.
    """
    if keys_of is None:
        keys_of = [near_keys(fact) for fact in facts]
    shared = Counter(answer for answer, _ in keys_of)
    first: dict[tuple[str, str], int] = {}
    problems = []
    for i, fact in enumerate(facts):
        answer, words = keys_of[i]
        if not answer or shared[answer] < 2:  # no other fact to be compared with
            continue
        keys = _prompt_keys(words)
        tried: set[int] = set()
        for key in keys:
            j = first.get((answer, key))
            if j is None or j in tried:
                continue
            tried.add(j)
            earlier = facts[j]
            score = _similarity(earlier.prompt, fact.prompt)
            if score >= NEAR_DUPLICATE_SIMILARITY:
                line, _ = where(marks[j].node_for("id"))
                problems.append(problem_at(
                    path, marks[i].node_for("id"),
                    f"fact {fact.id!r} nearly duplicates fact {earlier.id!r} (line {line}): "
                    f"same answer {fact.answer!r} and prompts {score:.0f}% alike"))
                break
        for key in keys:
            first.setdefault((answer, key), i)
    return problems


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz, utils  # only decks with a shared answer and wording need it

    return float(fuzz.token_set_ratio(a, b, processor=utils.default_process))


def _record(source: Path) -> ProofRecord | None:
    try:
        return ProofRecord(source).load()
    except (OSError, ValueError):
        return None


def prove_deck(deck: Deck, marks: list[FactMarks], source_node: yaml.Node | None, *,
               trust_record: bool = False,
               near_keys_of: list[NearKeys] | None = None,
               proof_keys: list[str] | None = None, check_near: bool = True) -> list[Problem]:
    """Source-document and cross-fact problems of a schema-valid deck.

    With `trust_record`, facts proved before against the unchanged source are not proved
    again (see edu.deck.proofcache); either way, new proofs are recorded. `near_keys_of`
    and `proof_keys`: each fact's `near_keys` and `fact_key`, if known; `check_near` False:
    the facts' prompts and answers are known to hold no near-duplicate.
    """
    path = deck.path or "deck"
    problems = near_duplicates(path, deck.facts, marks, near_keys_of) if check_near else []
    source, source_problems = _find_source(deck, source_node)
    problems += source_problems
    if source is None:
        return problems
    record = _record(source)
    known = record.proved if (record is not None and trust_record) else set()
    keys = proof_keys if proof_keys is not None else [fact_key(f) for f in deck.facts]
    todo = [(f, m, k) for f, m, k in zip(deck.facts, marks, keys, strict=True) if k not in known]
    if not todo:
        return problems
    index, index_problems = _index(deck, source, source_node)
    problems += index_problems
    if index is None:
        return problems
    for fact, mark, key in todo:
        fact_problems = prove_fact(path, fact, mark, index)
        problems += fact_problems
        if record is not None and not fact_problems:
            record.proved.add(key)
    if record is not None:
        record.save()
    flush_stems()  # answers stemmed here: `edu check` of a known deck never imports nltk
    return problems
