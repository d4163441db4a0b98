"""Count questions rebuilt from a dependency parse: "The crew collected 21.6 kilograms of
lunar samples." -> "How many kilograms of lunar samples did the crew collect?"

Only one shape is rebuilt, the one that needs nothing but do-support: the count's noun is the
direct object of a verb in the simple past or present with a subject and no auxiliary or
negation ("collected", "discovered", "reached"). The question keeps the noun's words after
the count ("new moons", "kilograms of lunar samples"), the subject, the verb's lemma and its
other modifiers ("in the twentieth century alone", "by 31 December 2024"). Every other shape
keeps the cloze prompt (wording.py).

The parse comes from the same spaCy pipeline as the entities (entities.py), with its parser
and lemmatizer. Questions are kept in the user cache folder under a hash of the document,
the code and the pipeline's version, so a document is parsed once.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from edu.errors import EduError
from edu.extract.entities import PIPELINE, pipeline_version
from edu.fileio import atomic_write, cache_dir

Request = tuple[int, int, int, int]  # sentence start, end; count start, end (document offsets)

_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_NUMBER_DEPS = frozenset({"nummod", "compound", "quantmod"})
_SKIPPED_DEPS = frozenset({"punct", "cc", "conj", "nsubj", "nsubjpass", "aux", "auxpass",
                           "neg", "mark", "advcl", "ccomp", "xcomp", "parataxis", "dep"})
_OWN_PREPS = frozenset({"of", "per"})
_LOWER_TAGS = frozenset({"DT", "PRP", "PRP$", "NN", "NNS", "JJ", "CD", "IN", "RB"})


@lru_cache(maxsize=1)
def parser() -> Any:
    """The pipeline with its parser and lemmatizer (loaded on first use only)."""
    return importlib.import_module(PIPELINE).load(exclude=["senter"])


def count_questions(text: str, requests: list[Request]) -> dict[Request, str]:
    """A question for each request whose sentence has the rebuilt shape (others are left
    out), from the cache when this document was parsed before."""
    if not requests:
        return {}
    file = _cache_file(text)
    known: dict[str, str] = {}
    if file is not None:
        try:
            known = dict(json.loads(file.read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            known = {}
    missing = [r for r in requests if _key(r) not in known]
    if missing:
        nlp = parser()
        for r in missing:
            known[_key(r)] = count_question(nlp(text[r[0] : r[1]]), r[2] - r[0], r[3] - r[0]) \
                or ""
        if file is not None:
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(file, json.dumps(known, ensure_ascii=False, separators=(",", ":")))
            except (OSError, EduError):
                pass  # the cache only saves time
    return {r: known[_key(r)] for r in requests if known.get(_key(r))}


def count_question(sentence: Any, start: int, end: int) -> str | None:
    """The question for the count at characters [start, end) of a parsed sentence, or None."""
    numbers = [t for t in sentence if t.idx < end and t.idx + len(t.text) > start]
    if not numbers:
        return None
    noun = numbers[-1]
    while noun.dep_ in _NUMBER_DEPS and noun.head is not noun:
        noun = noun.head
    if noun.dep_ != "dobj" or noun.tag_ not in ("NNS", "NNPS") and noun.lemma_ != "percent":
        return None  # "one more reason": a singular noun asks no "how many"
    verb = noun.head
    if verb.tag_ not in _DO or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "... flew past Neptune and discovered six ..."
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    last = numbers[-1].i
    # the counted words: up to the noun, and its "of" phrase ("kilograms of lunar samples");
    # its other phrases ("in two provinces") go after the verb
    own = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _OWN_PREPS
           or c.dep_ == "npadvmod"]  # "kilometres per hour", "passengers a day"
    moved = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ not in _OWN_PREPS]
    own_words = {t.i for phrase in own for t in phrase.subtree}
    counted = _text([t for t in noun.subtree if last < t.i <= noun.i or t.i in own_words])
    subject = _lowered(list(subjects[0].subtree))
    after = [c for c in verb.rights if c.i != noun.i and c.dep_ not in _SKIPPED_DEPS]
    before = [c for c in verb.lefts if c.dep_ in ("prep", "npadvmod")]
    extra = " ".join(_lowered(list(c.subtree)) for c in [*moved, *after, *before])
    if not counted or not subject:
        return None
    question = f"How many {counted} {_DO[verb.tag_]} {subject} {verb.lemma_}"
    return f"{question} {extra}?" if extra else f"{question}?"


def _text(tokens: list[Any]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _lowered(tokens: list[Any]) -> str:
    """The words as written, the first lower-cased unless it names something ("Voyager")."""
    text = _text(tokens)
    if tokens and tokens[0].tag_ in _LOWER_TAGS and not tokens[0].text.isupper():
        text = text[:1].lower() + text[1:]
    return text


def _key(request: Request) -> str:
    return ":".join(map(str, request))


def _cache_file(text: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256(f"questions {PIPELINE} {pipeline_version()}\n".encode())
    h.update(Path(__file__).read_bytes())
    h.update(text.encode("utf-8", "surrogatepass"))
    return folder / "questions" / f"{h.hexdigest()[:24]}.json"
