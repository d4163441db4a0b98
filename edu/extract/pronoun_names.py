"""The name a raw draft's pronoun, "the <kind>" or "that same year" stands for, put in its
place when the text makes it sure: one pass over every raw prompt, questions and fill-ins
alike (issue 15, round 20n).

Blind reviewers of set 21 edited raw drafts for "Bare pronoun 'She'; name Kwolek", "'the
company' unnamed; say DuPont", "Dangling 'That same year'". The question builder names a
pronoun of the sentence it rebuilds (questions._pronoun_fix); a fill-in or a question tail
kept "she", "the company". Here, over spaCy's parse of the whole document:

- "she"/"he" (and "her"/"his") is the nearest person named before it, when that person's
  sex is the pronoun's by the text's own pronouns and kin words (edu.text.sexes), nobody of
  the same or an unknown sex is named between (nor a same-sex noun: "his wife"), the
  person's sentence holds no same-sex pronoun before the name ("he went to work under James
  Syme": "he" is someone else), and the name is near (`_NEAR_SENTENCES`, more for the
  document's most named person of that sex); the surname once the text named them in full;
- "it"/"its" is the subject of the sentence before, through sentences whose subject is "it",
  when that subject is the proper name of a thing the title names ("Rocket" under
  "Stephenson's Rocket") and the pronoun opens its own sentence's subjects;
- "the <kind>" is the one name the text defines by that noun before the draft ("the chemical
  company DuPont", "Ceres, a dwarf planet"), when no other name is so defined and the text
  does not say "a/another <kind>" between;
- "That same year", "the same day" is the one year (or full date) of the sentence before.

Nothing is put in where the prompt names the referent already, the answer holds it, or the
prompt holds the word twice in a way the sentence does not: a wrong name is worse than a
pronoun, so when unsure the prompt stays as it is. Evidence and answer never change.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from edu.extract.document_parse import whole_parse
from edu.extract.lexicon import INSTITUTION_HEADS
from edu.extract.naming import _given
from edu.extract.parses import parser
from edu.extract.sexes import SEXED_NOUNS, read_sexes
from edu.extract.subject_kinds import leans_unnamed, subject_before, subject_of_text
from edu.extract.title_person import TITLE_CUT
from edu.text.preprocess import preprocess_words, stop_words

# sentences back to the person a "she"/"he" means: the text's most named person of that sex
# is followed further (a life's account says "she" for paragraphs), anyone else only near
_NEAR_SENTENCES = 3
_MAIN_SENTENCES = 8
_THING_SENTENCES = 3  # sentences back through "it" subjects to the thing "it" means
_PERSONAL = {"she": ("she", False), "her": ("she", True), "he": ("he", False),
             "him": ("he", False), "his": ("he", True)}
_THING = {"it": False, "its": True}
# entity labels of a thing "it" may name (not a person, a date or a figure)
_THING_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART",
                           "LAW", "NORP"})
_EXPLETIVE = re.compile(r"\b[Ii]t (?:(?:is|was|has been|had been|seems|seemed|became|remains|"
                        r"remained) (?:not |also |now |still |widely )?(?:[\w-]+ )?"
                        r"(?:that|until|to|for|when|because|whether|how)\b|took |takes )")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DATED_SENTENCES = 3  # sentences back to the date a "that same year" means
_YEAR = re.compile(r"(?<![\w,.])(1[0-9]{3}|20[0-9]{2})(?![\w])")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
    r"December)"
_DATE = re.compile(rf"\b(?:\d{{1,2}} {_MONTH}(?: \d{{4}})?|{_MONTH} \d{{1,2}}(?:, \d{{4}})?)\b")
_SAME = r"(?:[Tt]hat (?:very |same |very same )?|[Tt]he (?:very )?same )"
_SAME_YEAR = re.compile(rf"\b([Ii]n )?{_SAME}year\b(?!'s| of| as\b)")
_SAME_DAY = re.compile(rf"\b([Oo]n )?{_SAME}day\b(?!'s| of| as\b)")
_KIND = re.compile(r"\b([Tt]he) ([a-z]{3,})\b(?!['\u2019]s? [a-z]+ of\b)(?! of\b)")
# words before a kind noun that bring in another of that kind ("a rival company")
_ANOTHER = r"(?:a|an|another|other|second|two|three|both|several|many|rival|new)"


@dataclass
class _Read:
    """What one document tells about its people and things, read once (`_read`)."""

    doc: Any
    starts: list[int]  # each sentence's first character
    token_starts: list[int]  # each token's first character
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, person
    full_at: dict[str, int] = field(default_factory=dict)  # where a person is named in full
    written: dict[str, str] = field(default_factory=dict)  # a person's full name
    sexes: dict[str, str] = field(default_factory=dict)  # person -> "she" / "he"
    counts: Counter[str] = field(default_factory=Counter)
    kinds: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # noun -> names
    short: dict[str, str] = field(default_factory=dict)  # a person as the text says them alone
    source: str = ""  # the text as given (the parse's title ends with a stop)


def named_draft(prompt: str, text: str, start: int, end: int, answer: str) -> str:
    """`prompt`, a raw draft of the sentence text[start:end], with each bare pronoun, "the
    <kind>" and dangling "that same year" said by the name or date it stands for where that
    is sure (see the module docstring); the prompt as it was otherwise. The one call a round
    writing prompts needs (questions, fill-ins, the statements items take)."""
    if end <= start or not prompt:
        return prompt
    read = _read(text)
    # the evidence span starts after its stop words ("She studied ..." is "studied ..."):
    # the sentences it lies in are what the prompt was written from
    first, last = _sentence_of(read, start), _sentence_of(read, end - 1)
    start = read.starts[first]
    said = text[start : read.starts[last + 1] if last + 1 < len(read.starts) else len(text)]
    prompt = _named_pronouns(prompt, said, start, answer, read)
    prompt = _named_kinds(prompt, start, answer, read)
    return _dated(prompt, text, start, answer, read)


def leans_unnamed_draft(prompt: str, answer: str, text: str) -> str:
    """The bare pronoun (`leans_on_pronoun`) or kind word of the document's subject
    (`subject_kinds.leans_unnamed`) a raw prompt still leans on, "" when it names what it
    is about: blind reviewers kept 25 of 196 raw drafts with a bare pronoun and 0 of 32
    calling the subject by a bare kind word, against 124 of 507 others."""
    return leans_on_pronoun(prompt, answer) or leans_unnamed(prompt, text)


def leans_on_pronoun(prompt: str, answer: str) -> str:
    """The pronoun a prompt leans on with no name before it ("She hoped ...", "In _____ she
    produced ..."), "" when none: such a draft names nobody (raw drafts so leaning were
    kept 25 of 196 times by the blind reviewers, the others 124 of 507)."""
    text = prompt.replace(answer, " ") if answer else prompt
    m = re.search(r"\b(?:she|he|it|its|his|her|they|their)\b", text, re.IGNORECASE)
    if not m:
        return ""
    before = text[: m.start()].split()
    return "" if any(w[:1].isupper() and w.lower() not in stop_words() for w in before) \
        else m.group(0)


@lru_cache(maxsize=4)
def _read(text: str) -> _Read:
    doc = whole_parse(text)
    read = _Read(doc, [s.start_char for s in doc.sents], [t.idx for t in doc], source=text)
    people: dict[str, str] = {}  # surname -> the first full name of it
    for ent in doc.ents:
        words = _name_words(ent)
        if ent.label_ == "PERSON" and len(words) > 1:
            people.setdefault(words[-1], " ".join(words))
    # "Galileo Galilei ... Galileo": a given name said alone is its one person's
    givens = Counter(full.split()[0] for full in people.values())
    given = {full.split()[0]: key for key, full in people.items()
             if givens[full.split()[0]] == 1 and full.split()[0] not in people}
    others: dict[str, str] = {}  # another full name of a surname ("Joseph Jackson Lister")
    forms: dict[str, Counter[str]] = {}  # how the text says each person alone
    for ent in doc.ents:
        words = _name_words(ent)
        if not words:
            continue
        full = " ".join(words)
        key = words[-1] if words[-1] in people else given.get(full, "")
        if key and len(words) > 1 and full != people[key] \
                and not full.endswith(" " + people[key]) and full not in people[key]:
            key = others.setdefault(full, full)  # the father of the son: another person
        if ent.label_ == "PERSON" or key:
            person = key or full
            read.mentions.append((ent.start_char, ent.end_char, person))
            read.counts[person] += 1
            if len(words) == 1:
                forms.setdefault(person, Counter())[full] += 1
            if key and len(words) > 1:
                read.full_at.setdefault(key, ent.start_char)
    for surname in people:  # "Kwolek's group": the model may call a surname anything
        for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
            if not any(a <= m.start() < b for a, b, _ in read.mentions):
                read.mentions.append((m.start(), m.end(), surname))
                read.counts[surname] += 1
    body = text.find("\n") if "\n" in text.strip() else 0  # a title is no sentence of it
    read.mentions = sorted(x for x in read.mentions if x[0] >= body)
    read.written = {**people, **others}
    read.short = {key: said.most_common(1)[0][0] for key, said in forms.items()}
    read.sexes = read_sexes(doc, read.mentions, read.written)
    read.kinds = _kinds(doc)
    return read


def name_sexes(text: str, names: Sequence[str]) -> dict[str, str]:
    """Each of `names` (as a deck writes it: "Charles Babbage", "Babbage", "Mrs Smith") the
    raw text calls "she" or "he", by the one reader (`sexes.read_sexes`) over the people of
    this module's reading: the name's person is the one whose full name or key it is, or
    whose surname it ends with."""
    read = _read(text)
    keys = {full: key for key, full in read.written.items()}
    out: dict[str, str] = {}
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        words = [w for w in re.findall(r"[\w'\u2019.-]+", name) if w[:1].isupper()]
        key = keys.get(name) or (name if name in read.sexes else "") \
            or (words[-1] if words and words[-1] in read.sexes else "")
        full = read.written.get(key, "")
        if key and key in read.sexes and (key == name or not full or name in full
                                          or full.endswith(" ".join(words[-2:]))):
            # (a surname the text never writes in full with a given name: "René Laennec"
            # of "René-Théophile-Hyacinthe Laennec" is its one Laennec)
            out[name] = read.sexes[key]
    return out


def _name_words(ent: Any) -> list[str]:
    words = [t.text for t in ent if t.is_alpha or "-" in t.text or "'" in t.text[1:-1]]
    words = [w for w in words if w[:1].isupper() and w.lower() not in ("the", "'s")]
    return words


def _sentence_of(read: _Read, at: int) -> int:
    return bisect_right(read.starts, at) - 1


def _token_at(read: _Read, at: int) -> Any:
    """The token at character `at` of the text, or the one before it (after a space)."""
    return read.doc[max(0, bisect_right(read.token_starts, at) - 1)]


def _named_pronouns(prompt: str, said: str, start: int, answer: str, read: _Read) -> str:
    """The first bare pronoun of `prompt` (no capitalised name before it) said by name."""
    gap = prompt.replace(answer, " " * len(answer)) if answer else prompt
    m = re.search(r"\b(?:she|he|her|his|him|it|its)\b", gap, re.IGNORECASE)
    if not m:
        return prompt
    word = m.group(0).lower()
    words = [w.strip(",.;:?!\"'()") for w in prompt[: m.start()].split()]
    capitals = [w for w in words[1:] if w[:1].isupper()]
    if capitals and words[0].lower() not in stop_words():
        capitals.append(words[0])  # "Heinrich Hertz found ...": a name opening the prompt
    if capitals and (word not in _PERSONAL or not _institutions_only(words, read)):
        return prompt  # a name before the pronoun may be what it means; for "she"/"he" an
        # institution's name does not ("the Royal Institute ... his death": round 22n)
    pattern = re.compile(rf"\b{word}\b", re.IGNORECASE)
    in_said = list(pattern.finditer(said))
    # a fronted question ("In which year did she graduate?") changes the word after the
    # pronoun; the one such pronoun of the sentence and of the prompt is still the same one
    alone = len(in_said) == 1 and len(pattern.findall(prompt)) == 1
    if not in_said or len(in_said) < len(pattern.findall(prompt)) or not alone and _next_word(
            prompt, m.end()) != _next_word(said, in_said[0].end()):
        return prompt  # the prompt is rebuilt past telling which of the sentence's it is
    token = _token_at(read, start + in_said[0].start())
    if token.lower_ != word:
        return prompt
    if word in _PERSONAL:
        name, possessive = _person_meant(read, token) or _main_person_meant(read, token), \
            token.dep_ == "poss"
    else:
        name, possessive = _thing_meant(read, token), word == "its"
        if possessive and token.dep_ != "poss":
            return prompt
    if not name or _holds(prompt, name) or _holds(answer, name) \
            or answer and _holds(name, answer):
        return prompt
    if word == "her" and not possessive and token.dep_ not in ("dobj", "pobj", "dative"):
        return prompt  # "her" read as neither owner nor object: unsure
    said_name = f"{name}'" if possessive and name.endswith("s") else \
        f"{name}'s" if possessive else name
    if m.start() == 0 or prompt[: m.start()].rstrip().endswith(("?", ".")):
        said_name = said_name[:1].upper() + said_name[1:]
    elif said_name.startswith("The "):
        said_name = "t" + said_name[1:]
    return prompt[: m.start()] + said_name + prompt[m.end() :]


@lru_cache(maxsize=4)
def _no_person_words_of(text: str) -> frozenset[str]:
    read = _read(text)
    people = {w for a, b, _ in read.mentions for w in _WORDS.findall(read.doc.text[a:b])}
    main = _main_person(read.doc.text)
    things = {w for e in read.doc.ents if e.label_ in _THING_LABELS
              for w in _WORDS.findall(e.text) if w[:1].isupper()}
    return frozenset(things - people - (main.words if main else set()))


def _institutions_only(words: list[str], read: _Read) -> bool:
    """Whether every run of capitalised words in `words` (a prompt up to its pronoun, the
    opening stop word aside) names an institution: it ends in a head that says so
    (`lexicon.INSTITUTION_HEADS`: "Royal Institute", "Royal Society") and no word of it is a
    person's or a word the entity model reads as no thing's name. "Carnarvon arrive in
    Luxor with his daughter" (a lord the model reads as a town), "Heinrich Hertz found ...
    and his assistant" (a name it missed) and "the King granted him" stop the pronoun."""
    runs: list[list[str]] = [[]]
    for k, w in enumerate(words):
        if w[:1].isupper() and not (k == 0 and w.lower() in stop_words()):
            runs[-1].append(w)
        elif w == "of" and runs[-1] and k + 1 < len(words) and words[k + 1][:1].isupper():
            runs[-1].append(w)  # "the Geological Society of London": one name
        elif runs[-1]:
            runs.append([])
    allowed = _no_person_words(read) | {"of"}
    heads = [r[: r.index("of")] if "of" in r else r for r in runs if r]
    return bool(heads) and all(
        set(r) <= allowed and any(s in INSTITUTION_HEADS for s in preprocess_words(h[-1]))
        for r, h in zip([r for r in runs if r], heads, strict=True))


def _no_person_words(read: _Read) -> frozenset[str]:
    """The capitalised words the entity model reads only as names of things, never of a
    person the text names (nor of the life's own person): "Royal", "Institute"."""
    return _no_person_words_of(read.source or read.doc.text)


_WORDS = re.compile(r"[\w'\u2019-]+")


def _next_word(text: str, at: int) -> str:
    m = re.match(r"\W*(\w+)", text[at:])
    return m.group(1).lower() if m else ""


def _holds(text: str, name: str) -> bool:
    """Whether `text` says `name` or a capitalised word of it."""
    words = [w for w in re.findall(r"[\w'-]+", name) if w[:1].isupper() and len(w) > 2
             and w not in ("The", "Mount")]
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def _person_meant(read: _Read, pronoun: Any) -> str:
    """The person "she"/"he"/"her"/"his" means, or "" (see the module docstring): the
    named subject the sentences before carry along ("In 1853 Lister went ... He married ...
    In 1860 he was appointed"), else the nearest person named before it."""
    sex = _PERSONAL[pronoun.lower_][0]
    at = pronoun.idx
    here = _sentence_of(read, at)
    own = [p for a, _, p in read.mentions if read.starts[here] <= a < at]
    if own:
        return ""  # "Lister met Syme and he ...", or the answer: another is named first
    person = _carried(read, here, sex)
    if person is None:
        person = _nearest(read, at, here, sex)
    if not person:
        return ""
    if person != _surname_key(person, read):
        return read.written.get(person, person)
    full_at = read.full_at.get(person)
    if full_at is None or full_at > at:
        return read.written.get(person, person)
    return read.short.get(person, person)  # "Galileo", "Kwolek": as the text says them


def _surname_key(person: str, read: _Read) -> str:
    return person if person in read.written and read.written[person] != person else ""


def _carried(read: _Read, here: int, sex: str) -> str | None:
    """The named person of `sex` who is the main subject of the sentence before, through
    sentences whose main subject is the pronoun of that sex; None when the subject before is
    no person (the nearest name decides), "" when it is another person."""
    for k in range(here - 1, max(-1, here - 1 - _NEAR_SENTENCES), -1):
        sent = _token_at(read, read.starts[k]).sent
        subjects = [t for t in sent if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if subject.lower_ == sex:
            continue
        named = [p for a, b, p in read.mentions if a <= subject.idx < b]
        if not named:
            return None
        person = named[0]
        if read.sexes.get(person) != sex or any(c.dep_ == "conj" for c in subject.children):
            return ""  # "Tom Hale and Bill Orr met ...": which of the two is unsure
        if _unnamed_of_sex(read, subject.idx, read.starts[here + 1] if here + 1 < len(
                read.starts) else len(read.doc.text), sex):
            return ""
        return person
    return None


def _unnamed_of_sex(read: _Read, lo: int, hi: int, sex: str) -> bool:
    """Whether text[lo:hi] speaks of someone of `sex` by a noun ("a young woman", "his
    wife"), not said of the person named ("the daughter of a miner")."""
    first, last = _token_at(read, lo), _token_at(read, max(lo, hi - 1))
    return any(t.lower_ in SEXED_NOUNS[sex] and t.pos_ == "NOUN"
               and t.dep_ not in ("appos", "attr") for t in read.doc[first.i : last.i + 1])


def _nearest(read: _Read, at: int, here: int, sex: str) -> str:
    """The nearest person named before `at` when the text makes them sure."""
    candidate = None
    for a, b, person in reversed([x for x in read.mentions if x[0] < at]):
        known = read.sexes.get(person)
        if known is None:
            return ""  # a person of unknown sex stands between: unsure
        if known == sex:
            candidate = (a, b, person)
            break
    if candidate is None:
        return ""
    a, _, person = candidate
    there = _sentence_of(read, a)
    most = max((p for p in read.counts if read.sexes.get(p) == sex),
               key=lambda p: read.counts[p], default="")
    if here - there > (_MAIN_SENTENCES if person == most else _NEAR_SENTENCES):
        return ""
    lo = read.starts[there]
    if any(p != person and read.sexes.get(p) != _OTHER[sex]
           for x, _, p in read.mentions if lo <= x < at):
        return ""  # "Lister went to work under James Syme": two men in the sentence
    for t in read.doc[_token_at(read, lo).i : _token_at(read, at).i]:
        if t.idx < a and t.lower_ in _SAME_SEX_PRONOUNS[sex] and t.tag_ in ("PRP", "PRP$"):
            return ""  # "In 1853 he went to work under James Syme": the "he" is another
    if _unnamed_of_sex(read, a, at, sex):
        return ""  # "his wife", "a woman": someone of the same sex, unnamed
    return person


_OTHER = {"she": "he", "he": "she"}
_MAIN_SHARE = 2  # the life's own pronoun is said at least twice as often as the other sex's
_MAIN_PRONOUNS = 3  # ... and this often: fewer say nothing of whose story it is


@dataclass(frozen=True)
class _MainPerson:
    """The person a life story's title names: the name a prompt says, the words that
    name them in the text, and the pronoun the text's story uses for them."""

    name: str
    words: frozenset[str]
    given: str
    sex: str


@lru_cache(maxsize=4)
def _main_person(text: str) -> _MainPerson | None:
    """The person the title names ("Ada Lovelace", "Caroline Herschel: The Comet Hunter of
    Slough", "Alfred Wegener and the Drifting Continents"), with their sex when the body's
    subject pronouns make it plain (`_MAIN_SHARE`, `_MAIN_PRONOUNS`); None otherwise. The
    name is said in full: "Herschel" alone is her brother too."""
    stripped = text.lstrip()
    if "\n" not in stripped:
        return None
    title, body = stripped.split("\n", 1)
    head = TITLE_CUT.split(title.lstrip("#").strip().rstrip("."), 1)[0]  # (`whole_parse`
    # ends the title with a stop)
    m = _TITLE_LIFE.match(head)
    if not m:
        return None
    words = m.group(1).split()
    if not re.search(rf"\b{re.escape(words[-1])}\b", body):
        return None
    read = _read(text)
    if not _given(words[0]) and not any(
            {words[0], words[-1]} <= set(read.doc.text[a:b].split()) for a, b, _ in read.mentions):
        return None  # a person: a given name first, or a person the body names so ("Gregor
        # Johann Mendel"); not "Stephenson's Rocket", "Lake Baikal"
    said = Counter(t.lower_ for t in read.doc if t.dep_ in _SUBJECTS and t.lower_ in _OTHER
                   and t.idx >= len(text) - len(body))
    sex = max(_OTHER, key=lambda p: said[p])
    if said[sex] < _MAIN_PRONOUNS or said[sex] < _MAIN_SHARE * said[_OTHER[sex]]:
        return None
    own = {*words, words[-1].split("-")[0]}  # "Payne" of "Payne-Gaposchkin": her name
    # before she married ("Gaposchkin" alone is her husband's too)
    return _MainPerson(" ".join(words), frozenset(own), words[0], sex)


# a title opening with a person's name: two to four capitalised words, then the end, "and
# ...", or nothing more ("Joseph Lister and the Birth of Antiseptic Surgery")
_PARTICLE = r"(?:van|von|de|da|di|du|del|der|la|le)"  # "Antonie van Leeuwenhoek"
_TITLE_LIFE = re.compile(rf"\s*(?!The\b)((?:[A-Z][\w'\u2019-]+\s+(?:{_PARTICLE}\s+)?){{1,3}}"
                         r"[A-Z][\w'\u2019-]+)\s*(?:$|\band\b)")


def _is_main(read: _Read, start: int, end: int, main: _MainPerson) -> bool:
    """Whether the mention text[start:end] names the main person: only words of the title's
    name, or their given name among others ("Augusta Ada Byron" of "Ada Lovelace")."""
    words = [w for w in re.findall(r"[\w'\u2019-]+", read.doc.text[start:end])
             if w[:1].isupper()]
    return bool(words) and (set(words) <= main.words or len(words) > 1 and main.given in words)


def _untold(read: _Read, there: int, here: int, sex: str) -> int:
    """How many sentences between sentences `there` and `here` say no pronoun of `sex`: a
    life story carries its person through paragraphs of "she" ("In 1938 she was given ...
    She retired ... In 1976 the Society awarded her ..."), not through sentences of
    others."""
    return sum(1 for k in range(there + 1, here)
               if not any(t.lower_ in _SAME_SEX_PRONOUNS[sex]
                          for t in _token_at(read, read.starts[k]).sent))


def _someone_of_sex(read: _Read, lo: int, hi: int, sex: str) -> bool:
    """Whether text[lo:hi] speaks of one person of `sex` by a noun a "she" may mean: "the
    girl", "her mother", "his wife", "this woman"; not "no woman had received before" or "the
    first woman to ...", said of the person named (an attribute or apposition)."""
    first, last = _token_at(read, lo), _token_at(read, max(lo, hi - 1))
    return any(t.lower_ in SEXED_NOUNS[sex] and t.pos_ == "NOUN" and t.tag_ == "NN"
               and t.dep_ not in ("appos", "attr")
               and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE_DETS
                       for c in t.children)
               for t in read.doc[first.i : last.i + 1])


_DEFINITE_DETS = frozenset({"the", "this", "that"})


def _main_person_meant(read: _Read, pronoun: Any) -> str:
    """The life story's own person (`_main_person`) for a "she"/"he" `_person_meant` left
    unsure, when walking back from the pronoun the first person named who may be meant is
    that person, with at most `_NEAR_SENTENCES` between that say no "she" (`_untold`),
    and no one of the same sex spoken of by a noun
    between ("his wife", "the girl"); people of the other sex are passed, and people whose
    sex the text never says are passed unless in the pronoun's paragraph: "In 1787 the king
    granted her a salary" is Caroline Herschel's past her brother William and "Datchet" (a
    town the entity model calls a person). "" otherwise."""
    main = _main_person(read.doc.text)
    sex = _PERSONAL[pronoun.lower_][0]
    if main is None or sex != main.sex:
        return ""
    here = _sentence_of(read, pronoun.idx)
    text = read.doc.text
    given = [(m.start(), m.end(), main.given) for m in re.finditer(
        rf"\b{re.escape(main.given)}\b", text[: pronoun.idx])
        if not any(a <= m.start() < b for a, b, _ in read.mentions)]  # "Caroline was drawn
    # into the work": a given name the entity model passed over
    for a, b, person in reversed(sorted(x for x in [*read.mentions, *given]
                                        if x[0] < pronoun.idx and x[0] >= text.find("\n"))):
        if _is_main(read, a, b, main):
            if _untold(read, _sentence_of(read, a), here, sex) > _NEAR_SENTENCES \
                    or _someone_of_sex(read, b, pronoun.idx, sex):
                return ""
            return main.name
        known = read.sexes.get(person)
        if known == sex or known is None and "\n\n" not in text[a : pronoun.idx]:
            return ""  # someone else of that sex is nearer, or one of a sex the text never
            # says in the pronoun's paragraph ("Mary Somerville ..., who thought she ...")
    return ""
_SAME_SEX_PRONOUNS = {"she": frozenset({"she", "her", "hers"}),
                      "he": frozenset({"he", "his", "him"})}


def _thing_meant(read: _Read, pronoun: Any) -> str:
    """The thing "it"/"its" means: the proper name the sentences before are about."""
    sentence = pronoun.sent
    if _EXPLETIVE.search(sentence.text[pronoun.idx - sentence.start_char :][:60]):
        return ""
    before = [t for t in sentence if t.dep_ in _SUBJECTS and t.i < pronoun.i and t.lower_ != "it"]
    if pronoun.lower_ == "it" and (pronoun.dep_ not in _SUBJECTS or pronoun.head.lemma_ == "be"
                                   and any(c.dep_ == "attr" for c in pronoun.head.children)):
        return ""  # "It was the start of a correspondence": what happened, not a thing
    here = _sentence_of(read, pronoun.idx)
    if all(t.tag_ in _PLURAL_TAGS for t in before):  # "Scholars date its making": no plural
        # is an "it"
        subject = _document_subject_meant(read, here)
        if subject:
            return subject
    if before:
        return ""  # "The cloud ... and it ...": a subject of its own sentence comes first
    for k in range(here - 1, max(-1, here - 1 - _THING_SENTENCES), -1):
        sent = _token_at(read, read.starts[k]).sent
        subjects = [t for t in sent if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"]
        if len(subjects) != 1:
            return ""
        subject = subjects[0]
        if subject.lower_ == "it":
            continue
        title = read.doc.text[: read.doc.text.find("\n") + 1]
        titled = subject.ent_type_ == "" and re.search(rf"\b{re.escape(subject.text)}\b", title)
        if subject.pos_ != "PROPN" or not (subject.ent_type_ in _THING_LABELS or titled) \
                or any(a <= subject.idx < b for a, b, _ in read.mentions):
            return ""  # "Oldenburg invited ...": a person's name is no thing
        ent = next((e for e in sent.ents if e.start <= subject.i < e.end), None)
        if ent is None and not titled:
            return ""
        # ("Rocket" of "Stephenson's Rocket": a name of the title the model gave no label)
        first, name = (ent.start, ent.text) if ent is not None else (subject.i, subject.text)
        if not _holds(title, name):
            return ""  # only the document's own thing: "the Astronomer Royal ... Its
            # distance from the Sun" is the planet's
        if name.startswith(("the ", "The ")):
            name = "the " + name[4:]
        elif first > 0 and read.doc[first - 1].lower_ == "the":
            name = "the " + name
        return name
    return ""


_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _document_subject_meant(read: _Read, here: int) -> str:
    """The document's subject (`subject_kinds.subject_of_text`) as a prompt says it, when the
    sentence before sentence `here` in its paragraph opens with it as its subject, past
    sentences about "it" (`subject_kinds.subject_before`): "The lake occupies a deep basin
    ... Its surface now lies ..." -> "The Dead Sea's surface", "Scholars date its making"
    after "The Antikythera mechanism is ..."; "" otherwise (round 22n: a mid-sentence "its"
    was left to the proper-name chain, which a kind word like "the lake" does not start)."""
    subject = subject_of_text(read.source) if read.source else None
    at = read.starts[here]
    if subject is None or not subject.pronoun or at <= subject.at \
            or not subject_before(subject, read.source, at):
        return ""
    return f"the {subject.name}" if subject.article else subject.name


def _kinds(doc: Any) -> dict[str, list[tuple[int, str]]]:
    """Each common noun the text defines a name by ("the chemical company DuPont",
    "Ceres, a dwarf planet", "Pinatubo is a volcano"), with the names and where."""
    kinds: dict[str, list[tuple[int, str]]] = {}
    body = doc.text.find("\n") if "\n" in doc.text.strip() else 0  # not the title's words
    for ent in doc.ents:
        if ent.label_ not in _THING_LABELS or ent.start_char < body:
            continue
        head = ent.root
        nouns = [c for c in head.children if c.dep_ in ("compound", "appos")
                 and c.pos_ == "NOUN" and c.tag_ == "NN" and c.i not in range(ent.start, ent.end)]
        if head.dep_ in _SUBJECTS and head.head.lemma_ == "be":
            nouns += [c for c in head.head.children if c.dep_ == "attr" and c.tag_ == "NN"]
        if head.dep_ == "appos" and head.head.tag_ == "NN":
            nouns.append(head.head)
        name = ent.text[4:] if ent.text.startswith(("the ", "The ")) else ent.text
        if not name[:1].isupper() or _cut_short(doc, ent.start):
            continue  # "l'Italia" of "Autostrade per l'Italia": the parse cut the name
        the = ent.text.startswith(("the ", "The ")) or ent.start > 0 \
            and doc[ent.start - 1].lower_ == "the" and doc[ent.start - 1] not in nouns \
            and not any(n.i < ent.start for n in nouns)
        said = ent.text if ent.label_ == "WORK_OF_ART" else f"the {name}" if the else name
        for noun in nouns:  # (a title keeps its own "The": "The Origin of Continents ...")
            kinds.setdefault(noun.lower_, []).append((ent.start_char, said))
    return kinds


def _cut_short(doc: Any, at: int) -> bool:
    """Whether the entity starting at token `at` is the tail of a longer name the parse cut
    ("Autostrade per | l'Italia"): a capitalised word, or a lower-case linking word after one,
    stands just before it in its sentence."""
    if at == 0 or doc[at - 1].is_sent_start and doc[at].is_sent_start:
        return False
    before = doc[at - 1]
    if before.is_sent_start is False and before.text[:1].isupper() and before.pos_ == "PROPN":
        return True
    return before.text.islower() and before.pos_ in ("ADP", "DET", "X") and at >= 2 \
        and doc[at - 2].text[:1].isupper() and doc[at - 2].pos_ == "PROPN"


def _named_kinds(prompt: str, start: int, answer: str, read: _Read) -> str:
    """The first bare "the <kind>" of `prompt` said by the one name the text defined by it."""
    text = read.doc.text
    for m in _KIND.finditer(prompt):
        noun = m.group(2)
        names = {n for at, n in read.kinds.get(noun, []) if at < start}
        everywhere = {n for _, n in read.kinds.get(noun, [])}
        if len(names) != 1 or len(everywhere) != 1:
            continue
        name = names.pop()
        first = min(at for at, _ in read.kinds[noun])
        between = text[first:start]
        if re.search(rf"\b{_ANOTHER} (?:[\w-]+ )?{noun}\b", between, re.IGNORECASE):
            continue  # "a rival company": not sure which one the draft's is
        if _holds(prompt, name) or answer and (_holds(answer, name) or _holds(name, answer)):
            return prompt
        if m.start() > 0 and prompt[m.start() - 1] == "-" or _describes(prompt, m.start(2)):
            continue  # "the lake floor": the noun says what another is
        said = name[:1].upper() + name[1:] if m.group(1) == "The" else name
        return prompt[: m.start()] + said + prompt[m.end() :]
    return prompt


def _describes(prompt: str, at: int) -> bool:
    """Whether the word at `at` of `prompt` only describes the noun after it ("the lake
    floor", "the company's" is not)."""
    doc = parser()(prompt)
    token = next((t for t in doc if t.idx == at), None)
    return token is None or token.dep_ in ("compound", "amod") or token.tag_ != "NN"


def _dated(prompt: str, text: str, start: int, answer: str, read: _Read) -> str:
    """A dangling "that same year" / "the same day" said as the date of the nearest sentence
    before it in its paragraph that holds one (`_DATED_SENTENCES` back at most), when that
    holds exactly one (and the answer is not that date): "The Sidereus Nuncius was published
    on 13 March 1610 ... The flattery worked. Later that year ..." -> "Later in 1610"."""
    here = _sentence_of(read, start)
    for pattern, dates, word in ((_SAME_YEAR, _YEAR, "in"), (_SAME_DAY, _DATE, "on")):
        found: set[str] = set()
        for k in range(here - 1, max(-1, here - 1 - _DATED_SENTENCES), -1):
            said = text[read.starts[k] : read.starts[k + 1]]
            if "\n\n" in said or "\n\n" in text[read.starts[k + 1] - 2 : read.starts[k + 1] + 1]:
                break  # another paragraph
            found = set(dates.findall(said))
            if found:
                break
        m = pattern.search(prompt)
        if not m or len(found) != 1:
            continue
        date = found.pop()
        if answer and (date in answer or answer in date) or date in prompt:
            continue
        if m.group(1):  # "In that year": the preposition goes with it
            said = f"{m.group(1).strip()} {date}"
        elif re.search(r"\b(?:in|on|of|by|from|until)\s$", prompt[: m.start()]):
            said = date  # "later in that year"
        else:
            said = f"{word.capitalize() if m.start() == 0 else word} {date}"
        prompt = prompt[: m.start()] + said + prompt[m.end() :]
    return prompt
