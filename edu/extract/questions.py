"""Direct questions rebuilt from spaCy's dependency parse, for answers in whole sentences of
ordinary English; the cloze prompt (wording.py) stays where no shape fits.

Shapes (each keeps the sentence's own words; answer, evidence, id and score never change):
- the answer is the subject: "In May 1796 the physician _____ took material ..." -> "Who took
  material ..., in May 1796?" (the question word is the cloze prompt's: Who, Which company);
- the answer is the agent of a passive: "By which company was the mirror ground ...?";
- a date in a prepositional phrase of the main verb (or of a "who" clause about a named
  person: "On which date did Ali Maow Maalin fall ill?"): "In _____ the crew installed ..." -> "In
  which month and year did the crew install ...?" (do-support with the verb's lemma, or the
  auxiliary inverted: "On which date was Hubble launched ...?");
- a count: as the direct object ("How many kilograms of lunar samples did the crew collect?"),
  in a prepositional phrase ("During how many spacewalks did the crew ...?", "With a budget of
  how many dollars a year did ...?"), measuring a complement ("How many metres long is the
  telescope?"), or inside an object ("What mass, in kilograms, does the telescope have?");
  hedges ("about", "roughly") stay out of the question, the answer keeps them.
- a subject pronoun (it, its, they, their) becomes its referent: the nearest subject before
  it that names one thing (a proper noun, or "the ..." earlier in the same sentence) when the
  sentence it comes from names nothing else as object, else the document's title subject
  ("# The Hubble Space Telescope") when that sentence names nothing at all; otherwise no
  question (the cloze prompt stays).

The parse comes from the same spaCy pipeline as the entities (entities.py), with its parser
and lemmatizer. Questions are kept in the user cache folder under a hash of the document,
the code and the pipeline's version, so a document is parsed once.
"""
from __future__ import annotations

import hashlib
import importlib
import re
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, NamedTuple

from edu.extract.entities import PIPELINE, pipeline_version
from edu.fileio import cache_dir, keep_cached, read_cached
from edu.text.wordmap import load_wordmap

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


def _cache_file(text: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256(f"questions {PIPELINE} {pipeline_version()}\n".encode())
    h.update(Path(__file__).read_bytes())
    h.update(text.encode("utf-8", "surrogatepass"))
    return folder / "questions" / f"{h.hexdigest()[:24]}.json"


# ---------------------------------------------------------------------------------------
# Every answer in a whole sentence: a direct question from the parse (issue 15)

class Ask(NamedTuple):
    """One answer to ask about: its sentence and answer (document offsets), its kind, and
    the question word the cloze prompt would use ("Who", "Which company", "which year")."""

    start: int
    end: int
    answer_start: int
    answer_end: int
    kind: str
    word: str


_WH_DATE = {"year": "which year", "month": "which month and year", "date": "which date"}
# Words that say how exact a figure is; the question leaves them out ("about 540 kilometres"
# asks "how many kilometres"), the answer keeps them.
_HEDGES = frozenset({"about", "around", "roughly", "nearly", "almost", "some", "approximately",
                     "estimated", "an", "over", "more", "than", "less", "up", "to"})
_SUBJECT_DESCRIPTION_DEPS = frozenset({"det", "amod", "compound", "nsubj", "nsubjpass",
                                       "appos", "punct", "nmod", "poss", "nummod"})
_ASIDE_DEPS = frozenset({"appos", "relcl", "acl", "advcl"})
_PRONOUNS = {"it": ("it", False), "its": ("it", True), "they": ("they", False),
             "their": ("they", True)}
_PARAGRAPH_REACH = 600  # characters before a sentence searched for a pronoun's referent
_TITLE_WORDS = 8  # a first line this short that names a thing is the title subject


def questions(text: str, asks: list[Ask]) -> dict[Ask, str]:
    """A direct question for each ask whose sentence has a shape we can rebuild (others are
    left out: the cloze prompt stays), cached like count questions."""
    if not asks:
        return {}
    file = _cache_file(text)
    kept = read_cached(file)
    known: dict[str, str] = kept if isinstance(kept, dict) else {}
    missing = [a for a in asks if _ask_key(a) not in known]
    if missing:
        nlp = parser()
        title = _title_subject(nlp, text)
        for a in missing:
            sentence = nlp(text[a.start : a.end])
            before = partial(_before, nlp, text, a.start)  # parsed only for a pronoun
            known[_ask_key(a)] = sentence_question(
                sentence, a.answer_start - a.start, a.answer_end - a.start, a.kind, a.word,
                before, title) or ""
        keep_cached(file, known)
    return {a: known[_ask_key(a)] for a in asks if known.get(_ask_key(a))}


def sentence_question(sentence: Any, start: int, end: int, kind: str, word: str,
                      before: Any = None, title: str = "") -> str | None:
    """The direct question for the answer at characters [start, end) of a parsed sentence,
    or None when no shape fits. `before` is the parsed text just before the sentence, or a
    function parsing it (for a pronoun's referent), `title` the document's title subject
    ("" when it has none)."""
    answer = [t for t in sentence if t.idx < end and t.idx + len(t.text) > start]
    if not answer:
        return None
    ids = {t.i for t in answer}
    top = [t for t in answer if t.head.i not in ids or t.head.i == t.i]
    if len(top) != 1:
        return None
    head = top[0]
    if kind == "name":
        return _subject_question(sentence, head, ids, word, before, title) \
            or _agent_question(sentence, head, ids, word, before, title)
    if kind == "date" and word in _WH_DATE.values():
        return _phrase_question(sentence, head, ids, word, None, before, title)
    if kind == "number":
        noun = head
        while noun.dep_ in _NUMBER_DEPS and noun.head.i != noun.i and noun.head.i not in ids:
            noun = noun.head
        if noun.i == head.i or noun.tag_ not in ("NNS", "NNPS", "NN"):
            return None  # a bare figure, or the counted noun is not a noun
        if noun.dep_ == "dobj":  # "... did the crew collect?"
            question = count_question(sentence, start, end)
            verb = noun.head if noun.head.dep_ != "conj" or any(
                c.dep_ == "nsubj" for c in noun.head.children) else noun.head.head
            subject = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
            fix = _pronoun_fix(sentence, ids, before, title, subject)
            return fix(question) if question and fix else None
        return _phrase_question(sentence, noun, ids, "", noun, before, title)
    return None


def _subject_question(sentence: Any, head: Any, ids: set[int], word: str, before: Any,
                      title: str) -> str | None:
    """"In May 1796 the physician _____ took material ..." -> "Who took material ... in May
    1796?": the answer is (in) the subject of a verb in the past or present."""
    node = head
    while node.dep_ in ("compound", "appos", "flat") and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = node.head
    if verb.dep_ not in ("ROOT",) or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # an auxiliary ("was launched") or a clause inside another: left alone
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject_ids = {t.i for c in subjects for t in c.subtree}
    if any(sentence[i].dep_ not in _SUBJECT_DESCRIPTION_DEPS for i in subject_ids - ids):
        return None  # "Jenner and his son", "the man who ...": more than a description
    if not ids <= subject_ids or max(subject_ids) + 1 != verb.i:
        return None
    lead = [t for t in sentence if t.i < min(subject_ids) and t.dep_ != "punct"]
    # a clause with a subject of its own ("..., and he did not fall ill") is not asked about
    others = [c for c in verb.rights if c.dep_ == "conj"
              and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    cut = min((c.left_edge.i for c in others), default=len(sentence))
    while cut > verb.i + 1 and sentence[cut - 1].dep_ in ("cc", "punct"):
        cut -= 1
    rest = [t for t in sentence if verb.i <= t.i < cut and not t.is_punct or
            verb.i < t.i < cut - 1 and t.text in ",-–'’"]
    if not rest:
        return None
    tail = _text(rest).rstrip(" ,")
    if lead:
        tail = f"{tail}{',' if ',' in tail else ''} {_plain(lead)}".rstrip(" ,")
    if _misparsed([*lead, *rest]):
        return None
    pronoun = _pronoun_fix(sentence, set(), before, title, [*lead, *rest])
    if pronoun is None:
        return None
    return f"{word} {pronoun(tail)}?"


def _agent_question(sentence: Any, head: Any, ids: set[int], word: str, before: Any,
                    title: str) -> str | None:
    """"The mirror was ground by the _____ company in Danbury." -> "By which company was the
    mirror ground in Danbury?": the answer is the agent of a passive main verb (the passive
    stays, so no active verb form is needed)."""
    node = head
    while node.dep_ in ("compound", "appos", "flat") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.dep_ != "agent":
        return None
    agent, verb = node.head, node.head.head
    if verb.dep_ not in ("ROOT", "conj") or any(c.dep_ == "neg" for c in verb.children):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1 or not auxes or subjects[0].pos_ in ("ADJ", "NUM", "DET", "ADV"):
        return None
    moved = [c for c in node.rights if c.dep_ == "prep"]  # "company in Danbury": goes last
    moved_ids = {t.i for c in moved for t in c.subtree}
    description = [t for t in node.subtree if t.i not in ids | moved_ids and t.i != node.i]
    if any(t.dep_ not in _SUBJECT_DESCRIPTION_DEPS for t in description):
        return None
    subject = list(subjects[0].subtree)
    skip = {t.i for t in agent.subtree} | {t.i for t in subject} | {a.i for a in auxes}
    parts = [c for c in verb.children if c.i not in skip and c.dep_ not in _SKIPPED_DEPS]
    after = sorted([*[c for c in parts if c.i > verb.i], *moved], key=lambda c: c.i)
    lead = [c for c in parts if c.i < verb.i]
    tail = " ".join(_plain(list(c.subtree)).rstrip(" ,") for c in [*after, *lead])
    if _misparsed(list(sentence)):
        return None
    pronoun = _pronoun_fix(sentence, ids, before, title, subject)
    if pronoun is None:
        return None
    wh = "whom" if word == "Who" else word[:1].lower() + word[1:]
    first, *others = auxes
    subject_text = _plain(subject).rstrip(" ,")
    if "," in subject_text:  # "the mirror, 2.4 metres across," keeps its closing comma
        subject_text += ","
    core = " ".join([first.lower_, subject_text, *(o.text for o in others), verb.text])
    return pronoun(f"By {wh} {core} {tail}".strip()) + "?"


def _phrase_question(sentence: Any, node: Any, ids: set[int], date_word: str,
                     counted: Any, before: Any, title: str) -> str | None:
    """The answer's phrase moved to the front with do-support or an inverted auxiliary:
    "In _____ the crew installed ..." -> "In which month and year did the crew install ...?",
    "The telescope is _____ metres long" -> "How many metres long is the telescope?"."""
    moved = None  # the phrase that goes to the front
    verb = None
    what = None  # "What mass, in kilograms," for a figure inside an object
    if node.dep_ == "pobj":
        prep = node.head
        attach = prep.head
        while counted is not None and attach.pos_ in ("NOUN", "PROPN") and attach.dep_ == "pobj":
            prep = attach.head  # "with a budget of _____ dollars": the whole "with" phrase
            attach = prep.head
        if attach.pos_ in ("VERB", "AUX") and prep.dep_ == "prep":
            moved, verb = prep, attach
        elif counted is not None and attach.dep_ == "dobj" and prep.lower_ == "of" \
                and attach.head.pos_ in ("VERB", "AUX"):
            thing = _text([t for t in attach.subtree if t.i < prep.i and t.dep_ != "det"])
            unit = _text([t for t in node.subtree if max(ids) < t.i <= node.i])
            what = f"the {thing} of {{subject}} in {unit}"  # "What is the mass of X in kg?"
            moved, verb = attach, attach.head
    elif counted is not None and node.dep_ == "npadvmod" and node.head.dep_ in ("acomp",
                                                                                 "advmod"):
        moved, verb = node.head, node.head.head  # "_____ metres long", "_____ weeks later"
    if moved is None or verb is None or verb.dep_ not in ("ROOT", "conj", "relcl"):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if not counted and any(c.dep_ == "attr" for c in verb.children):
        return None  # "In which year was the last case a girl, ...?" asks two things at once
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":  # "..., Ali Maow Maalin, a cook, who fell ill on _____"
        person = verb.head.head if verb.head.dep_ == "appos" else verb.head
        if [s.lower_ for s in subjects] != ["who"] or person.ent_type_ != "PERSON" \
                or verb.head.dep_ not in ("appos", "nsubj", "nsubjpass", "dobj", "attr"):
            return None  # only a named person is sure to be the one "who" means
        subjects = [person]
    if not subjects or subjects[0].lower_ in ("who", "which", "that", "what"):
        return None
    # "the English physician Edward Jenner" may parse as two subjects side by side
    if subjects[-1].pos_ in ("ADJ", "NUM", "DET", "ADV"):
        return None  # "the last, in May 2009, was flown": what "the last" is, is elsewhere
    subject = sorted({t for c in subjects for t in c.subtree
                      if verb.dep_ != "relcl" or t.i <= c.i}, key=lambda t: t.i)
    if subject[-1].i - subject[0].i + 1 != len(subject):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if what is None:
        front = _front(moved, ids, date_word, counted)
        if not front:
            return None
    else:
        front = what
    skip = {t.i for t in moved.subtree} | {t.i for t in subject} | {a.i for a in auxes}
    parts = []
    for c in verb.children:
        if c.i in skip or c.dep_ in _SKIPPED_DEPS and c.dep_ not in ("xcomp", "ccomp") \
                or c.dep_ in ("ccomp", "parataxis"):
            continue
        parts.append(c)
    after = [c for c in parts if c.i > verb.i]
    lead = [c for c in parts if c.i < verb.i]
    tail = " ".join(_plain(list(c.subtree)).rstrip(" ,") for c in [*after, *lead])
    subject_text = _plain(subject)
    if auxes:
        first, *others = auxes
        core = f"{first.lower_} {subject_text} " + " ".join(
            [*(o.text for o in others), verb.text])
    elif verb.pos_ == "AUX" or verb.lemma_ == "be":
        core = f"{verb.lower_} {subject_text}"
    elif verb.tag_ in _DO or verb.tag_ == "VBN":  # a past tense misread as a participle
        core = f"{_DO.get(verb.tag_, 'did')} {subject_text} {_lemma(verb)}"
    else:
        return None
    if _misparsed(list(sentence)):
        return None
    pronoun = _pronoun_fix(sentence, ids, before, title, subject)
    if pronoun is None:
        return None
    if what is not None:
        return pronoun(f"What is {what.format(subject=subject_text)}?")
    if front.startswith(f"{moved.lower_} what percentage"):
        # "For what percentage of the project did X pay?" -> "What percentage ... pay for?"
        front = front[len(moved.lower_) + 1 :]
        tail = f"{tail} {moved.lower_}".strip()
    question = pronoun(f"{front} {core} {tail}".strip())
    return question[:1].upper() + question[1:] + "?"


def _front(moved: Any, ids: set[int], date_word: str, counted: Any) -> str:
    """The moved phrase with the answer asked for: "in which month and year", "with a budget
    of how many dollars a year", "how many metres long"; hedges ("about") left out."""
    words: list[str] = []
    asked = False
    # appositions and clauses about the answer ("1977, when Congress approved ...") stay out
    dropped = {x.i for t in moved.subtree if t.dep_ in _ASIDE_DEPS for x in t.subtree}
    figure = ids | ({counted.i} if counted is not None else set())
    for t in moved.subtree:
        if t.i in ids:
            if not asked:
                words.append(date_word or "how many")
                asked = True
            continue
        if t.i in dropped:
            continue
        if t.lower_ in _HEDGES and t.head.i in figure and t.i < min(ids):
            continue
        if t.is_punct and t.i > max(ids):
            continue
        words.append(t.text_with_ws.strip() if t.text in "-–" else t.text)
    front = " ".join(words).replace(" - ", "-")
    if counted is not None and counted.lower_ in ("percent", "per cent"):
        front = front.replace(f"how many {counted.text}", "what percentage")
    return front[:1].lower() + front[1:] if moved.tag_ in _LOWER_TAGS else front


def _pronoun_fix(sentence: Any, ids: set[int], before: Any, title: str,
                 tokens: list[Any]) -> Any:
    """A function putting the referent in place of a subject pronoun ("It orbits Earth" ->
    "Hubble orbits Earth"), identity when there is none; None when the referent is unclear."""
    found = [t for t in tokens if t.lower_ in _PRONOUNS and t.i not in ids
             and t.dep_ in ("nsubj", "nsubjpass", "poss")]
    if not found:
        return lambda s: s
    pronoun = found[0]
    plural = _PRONOUNS[pronoun.lower_][0] == "they"
    referent = _referent(sentence, pronoun, before, title, plural)
    if not referent:
        return None
    possessive = _PRONOUNS[pronoun.lower_][1]
    replacement = f"{referent}'s" if possessive else referent
    pattern = re.compile(rf"\b{re.escape(pronoun.text)}\b", re.IGNORECASE)
    return lambda s: pattern.sub(replacement, s, count=1)


def _referent(sentence: Any, pronoun: Any, before: Any, title: str, plural: bool) -> str:
    """The nearest subject before the pronoun when it names one thing: a proper noun, or "the
    ..." earlier in the same sentence; the title subject when that subject is the title's
    head noun ("the telescope"). "" when unclear: another proper noun as object, a common
    noun, nothing before."""
    same = [t for t in sentence if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")]
    if same:
        return _named(same[-1], plural, definite=True) or ""
    if callable(before):
        before = before()
    sentences = list(before.sents) if before is not None and len(before) else []
    if not sentences:
        return ""
    last = sentences[-1]
    if last.text.rstrip().endswith((":", ";")):  # one sentence, cut at its colon
        inner = [t for t in last if t.dep_ in ("nsubj", "nsubjpass")]
        return _named(inner[-1], plural, definite=True) or "" if inner else ""
    subjects = [t for t in last if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    rivals = [t for t in last if t.dep_ in ("dobj", "attr") and t.pos_ == "PROPN"]
    if len(subjects) != 1 or rivals:
        return ""
    named = _named(subjects[0], plural, definite=False)
    if named:
        return named
    if title and not plural and subjects[0].lemma_.lower() == title.split()[-1].lower():
        return title  # "The telescope is ... It orbits ..." under "# The Hubble Space Telescope"
    return ""


def _named(token: Any, plural: bool, definite: bool) -> str | None:
    if (token.tag_ in ("NNS", "NNPS")) != plural or token.tag_ == "PRP":
        return None
    if not plural and token.ent_type_ in ("PERSON", "NORP"):
        return None  # "it" is no person
    words = [t for t in token.subtree if t.i <= token.i]
    if token.pos_ == "PROPN" or definite and words[0].lower_ == "the":
        return _plain(words)
    return None


def _before(nlp: Any, text: str, start: int) -> Any:
    """The parsed paragraph text before a sentence (a bounded stretch), or None."""
    lo = max(0, start - _PARAGRAPH_REACH)
    cut = text.rfind("\n\n", lo, start)
    chunk = text[(cut if cut >= 0 else lo) : start].strip()
    return nlp(chunk) if chunk else None


def _title_subject(nlp: Any, text: str) -> str:
    """The thing a document is about, when its first line is a short name ("# The Hubble
    Space Telescope" -> "the Hubble Space Telescope"); "" otherwise ("The End of Smallpox")."""
    first = text.lstrip().split("\n", 1)[0].lstrip("#").strip()
    if not first or len(first.split()) > _TITLE_WORDS:
        return ""
    doc = nlp(first)
    roots = [t for t in doc if t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ != "PROPN" or any(t.dep_ == "prep" for t in doc):
        return ""
    return _plain(list(doc))


def _misparsed(tokens: list[Any]) -> bool:
    """A noun read as a preposition ("In June 1888 the engineer ...": "engineer" as prep):
    the parse is wrong, a question built from it would be too."""
    return any(t.dep_ == "prep" and t.pos_ in ("NOUN", "PROPN") for t in tokens)


def _lemma(verb: Any) -> str:
    """The verb's base form in the spelling people use most: the lemmatizer gives British
    "instal" for "installed", "install" is the common word."""
    lemma: str = verb.lemma_
    doubled = lemma + lemma[-1:]
    if verb.lower_.startswith(doubled):
        common = load_wordmap().common_words()
        if common.get(doubled, 0.0) > common.get(lemma, 0.0):
            return doubled
    return lemma


def _plain(tokens: list[Any]) -> str:
    """The words as written, the first lower-cased unless it is a name or an acronym."""
    text = _text(tokens)
    if tokens and tokens[0].pos_ != "PROPN" and not tokens[0].text.isupper() \
            and tokens[0].text != "I":
        text = text[:1].lower() + text[1:]
    return text


def _ask_key(a: Ask) -> str:
    return ":".join(map(str, a))
