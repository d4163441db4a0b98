"""Turning a fact's question into a statement: true/false items state it, matching items show
it with a blank, ordering items show the event without its date.

The question is split around its wh-phrase ("which cargo craft", "how many launch missions",
"when") and rebuilt as English: subject questions put the answer in place ("Which probe landed
on Mars?" -> "Tianwen-1 landed on Mars."), inverted questions put the subject first and the
answer after the verb ("How many missions did China complete?" -> "China completed 207
missions."), prepositional ones front the answer ("In which year was X published?" -> "In 2022,
X was published."). Anything the rules do not cover returns None, and callers fall back to a
plain form ("<question> — <answer>") that is never wrong, only plain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from edu.text.preprocess import stop_words
from edu.text.quantities import parse_date
from edu.text.stemcache import cached_stem
from edu.text.verbs import (
    AUXILIARIES,
    BE,
    CATENATIVE,
    DETERMINERS,
    DITRANSITIVE,
    VERBS,
    base_form,
    is_finite_verb,
    is_participle,
    past_tense,
    third_person,
)

BLANK = "___"
_WH = frozenset({"which", "what", "when", "who", "whom", "how"})
_ADVERBS = frozenset("now also successfully already first jointly still not recently "
                     "currently then once again further largely fully".split())
_PARTICLES = frozenset({"back", "up", "out", "down", "off", "away", "apart"})
_PREPOSITIONS = frozenset("in on at since from under with by for of to during after before "
                          "until into through between among over within without".split())
_MODALS = frozenset("will would can could should shall may might must".split())
_DO = frozenset({"did", "does", "do"})
_ASIDE_OPENERS = frozenset("together along alongside besides including also unlike like "
                           "known".split())
_COMPLEMENT_VERBS = frozenset({"call", "name", "term", "dub", "label", "nickname"})
# Verbs whose object noun ends the question ("take place", "make sense"): the verb is the word
# before the noun, which a verb table would also read as a verb ("place", "sense")
_VERB_OBJECTS = {"take": frozenset({"place", "part", "effect", "shape", "hold", "office",
                                    "power", "command", "charge", "root", "flight"}),
                 "make": frozenset({"sense", "way", "landfall", "contact"}),
                 "set": frozenset({"sail"}), "give": frozenset({"way", "birth"})}


def _core(word: str) -> str:
    return word.strip(",;:()\"'“”‘’[]").lower()


@dataclass
class _Question:
    before: list[str]  # words before the wh-phrase
    wh: str  # which | what | when | who | howmany
    noun: list[str]  # the wh-phrase's noun words ("cargo craft", "launch missions")
    rest: list[str]  # words after the wh-phrase


def _is_adverb(word: str) -> bool:
    return word in _ADVERBS or (word.endswith("ly") and len(word) > 4)


def _verb_at(words: list[str], k: int, plural: bool) -> bool:
    """Whether words[k] ends the wh-phrase as a verb (heuristics, no tagger)."""
    low = _core(words[k])
    prev = _core(words[k - 1]) if k else ""
    if low in AUXILIARIES:
        return True
    if prev in DETERMINERS or prev.endswith("'s"):
        return False  # "the launch", "China's launch": a noun
    if is_finite_verb(low):
        if low.endswith("ed") and base_form(low) is None:
            nxt = _core(words[k + 1]) if k + 1 < len(words) else ""
            return (not nxt or nxt in _PREPOSITIONS or nxt in DETERMINERS
                    or words[k + 1][:1].isupper())
        return True
    # A plural subject takes the base form: "which two satellites ensure ..."
    nxt = _core(words[k + 1]) if k + 1 < len(words) else ""
    return (low in VERBS and plural and k >= 2 and nxt not in VERBS
            and nxt not in AUXILIARIES)


def _apposition_end(words: list[str], k: int) -> int | None:
    """If words[k] ends with a comma that opens an aside (', together with X,'), the index
    of the aside's last word; None otherwise."""
    for c in range(k + 1, len(words) - 1):
        if _core(words[c]) in AUXILIARIES:
            return None
        if words[c].endswith(","):
            return c
    return None


def _phrase_end(words: list[str], j: int) -> int:
    """Index of the verb that ends the wh-phrase starting at j (len(words) if none)."""
    depth = 0
    plural = False
    k = j
    while k < len(words):
        word = words[k]
        if depth or word.startswith("("):
            depth += word.count("(") - word.count(")")
            k += 1
            continue
        if _verb_at(words, k, plural) and (k > j or _core(word) in AUXILIARIES
                                           or _core(word).endswith("ed")):
            return k  # right after "which"/"how many" comes a noun ("launches"), not a verb
        low = _core(word)
        plural = plural or (low.endswith("s") and not low.endswith("ss") and low != "its")
        if word.endswith(","):
            end = _apposition_end(words, k)
            if end is not None:
                k = end
        k += 1
    return len(words)


def _parses(prompt: str) -> list[_Question]:
    """Every reading of the question, one per interrogative wh-word, first one first."""
    text = " ".join(prompt.strip().split())
    if not text.endswith("?"):
        return []
    words = text[:-1].rstrip().split()
    found: list[_Question] = []
    for w, word in enumerate(words):
        low = _core(word)
        if low not in _WH:
            continue
        if low == "how":
            if w + 1 >= len(words) or _core(words[w + 1]) not in ("many", "much"):
                continue
            wh, j = "howmany", w + 2
        else:
            wh, j = low, w + 1
        if (low in ("which", "who", "whom") and w and words[w - 1].endswith(",")
                and j < len(words) and is_finite_verb(_core(words[j]))
                and (_core(words[j]) in AUXILIARIES or base_form(_core(words[j])) is not None)):
            continue  # a relative clause: ", which took ..."
        k = _phrase_end(words, j) if wh in ("which", "what", "howmany") else j
        found.append(_Question(words[:w], wh, words[j:k], words[k:]))
    return found


def _answer_phrase(q: _Question, answer: str) -> str:
    """The answer as it replaces the wh-phrase ('207 launch missions' for 'how many ...',
    '15 percent of the project' for 'what percentage of the project')."""
    if q.wh == "what" and q.noun and _core(q.noun[0]) == "percentage" \
            and answer.replace(".", "").replace(",", "").isdigit():
        return " ".join([answer, "percent", *q.noun[1:]])
    if q.wh != "howmany" or not q.noun:
        return answer
    noun = list(q.noun)
    if _core(noun[0]) == answer.split()[-1].lower():
        noun = noun[1:]  # "1,731 grams" + "grams of lunar samples"
    return " ".join([answer, *noun])


def _is_subject_question(q: _Question) -> bool:
    if not q.rest:
        return False
    aux = _core(q.rest[0])
    if aux in _DO:
        # "Who did not live to see it?": "X did not live to see it."
        return len(q.rest) > 2 and _core(q.rest[1]) in ("not", "never")
    if aux not in AUXILIARIES:
        return True  # "Which probe landed ..."
    i = 1
    if q.rest[0].endswith(","):  # "has, since its launch, discovered"
        end = _apposition_end(q.rest, 0)
        i = end + 1 if end is not None else i
    while i < len(q.rest) and _is_adverb(_core(q.rest[i])):
        i += 1
    if i >= len(q.rest):
        return False
    nxt = _core(q.rest[i])
    if aux in ("has", "have", "had") and (nxt in DETERMINERS or nxt[:1].isdigit()):
        return not _participle_in_clause(q.rest[i + 1:])  # "which satellite has a capacity"
    return is_participle(nxt) or (aux in _MODALS and nxt in VERBS) or (
        aux in ("has", "have", "had") and base_form(nxt) is not None)


def _participle_in_clause(words: list[str]) -> bool:
    """Whether a participle follows in the same clause ('has the CNSA launched')."""
    for word in words:
        low = _core(word)
        if low in ("that", "which", "who", "to"):
            return False
        if is_participle(low) and low not in DETERMINERS:
            return True
        if word.endswith(","):
            return False
    return False


def _aside(noun: list[str]) -> list[str]:
    """A modifying aside inside the wh-phrase ('satellite, together with X,' -> 'together
    with X,'); an appositive ('craft, Tianzhou-2,', 'satellite, the world's first ...,') is
    not kept: it would restate the answer."""
    for k, word in enumerate(noun[:-1]):
        if word.endswith(","):
            rest = noun[k + 1:]
            first = _core(rest[0])
            keep = first in _PREPOSITIONS or first in _ASIDE_OPENERS
            return rest if keep and rest[-1].endswith(",") else []
    return []


def _follows_verb(after: list[str], m: int) -> bool:
    """Whether the word after a candidate verb looks like what follows a verb, not a noun."""
    if m + 1 >= len(after):
        return True
    nxt = after[m + 1]
    low = _core(nxt)
    return (low in DETERMINERS or low in _PREPOSITIONS or low in _PARTICLES
            or not nxt[:1].isalpha() or nxt[:1].isupper() or low.endswith("'s")
            or _is_adverb(low))


def _inverted(q: _Question) -> tuple[list[str], list[str], list[str]] | None:
    """(subject, verb phrase, remainder) of 'did China complete ...' style questions."""
    aux = _core(q.rest[0])
    after = q.rest[1:]
    candidates: list[int] = []
    for m in range(1, len(after)):
        low = _core(after[m])
        prev = _core(after[m - 1])
        if prev in DETERMINERS or prev.endswith("'s") or not after[m][:1].islower():
            continue
        if aux in _DO or aux in _MODALS:
            if base_form(low) == low:
                candidates.append(m)
        elif aux in BE and after[m - 1].endswith(",") and (
                _core(after[0]) in ("a", "an") or any(w.endswith(",") for w in after[m:])):
            # "was a surgeon from Alliston, Ontario, born on 1 May(, who ...)": an aside
            # ("was the Summit Tunnel, 1,659 feet long, finished?" ends on its verb)
            continue
        elif is_participle(low) and (aux not in BE or m + 1 >= len(after)
                                     or _core(after[m + 1]) in _PREPOSITIONS
                                     or _core(after[m + 1]) == "that"  # "accepted that ..."
                                     or _is_adverb(_core(after[m + 1]))):
            candidates.append(m)
    if not candidates and (aux in _DO or aux in _MODALS):
        candidates = _unknown_verbs(after)
    if candidates:
        m = next((c for c in candidates if _follows_verb(after, c)
                  or after[c - 1][:1].isupper() or _core(after[c - 1]).endswith("s")),
                 candidates[0])
        last = len(after) - 1
        if (aux in _DO and candidates[-1] == last and m != last and last
                and _core(after[last]) not in _PARTICLES and not _is_adverb(_core(after[last]))
                and _core(after[last - 1]) not in _PREPOSITIONS | DETERMINERS | _PARTICLES
                and not _core(after[last - 1]).endswith("'s")):
            # "How many men did a second flood on 12 January 1828 kill?": a word left at the
            # end, after no preposition or determiner, is the verb; "flood" the subject's noun
            m = last
        if m > 1 and _core(after[m]) in _VERB_OBJECTS.get(_core(after[m - 1]), ()):
            m -= 1  # "did the breakthrough take place": "took place", not "take placed"
        if aux not in _DO and aux not in _MODALS:
            subject, adverbs = after[:m], list[str]()
            while len(subject) > 1 and _is_adverb(_core(subject[-1])):
                adverbs.insert(0, subject.pop())  # "was it generally accepted"
            return subject, [aux, *adverbs, after[m]], after[m + 1:]
        verbs = [_core(after[m])]
        end = m + 1
        if (end + 1 < len(after) and _core(after[end]) in ("and", "or")
                and base_form(_core(after[end + 1])) == _core(after[end + 1])):
            verbs += [_core(after[end]), _core(after[end + 1])]  # "develop and launch"
            end += 2
        if aux == "did":
            vp = [v if v in ("and", "or") else past_tense(v) for v in verbs]
        elif aux == "does":
            vp = [v if v in ("and", "or") else third_person(v) for v in verbs]
        else:
            vp = verbs if aux == "do" else [aux, *verbs]
        return after[:m], vp, after[end:]
    if aux in BE:
        return after, [aux], []  # copula: "What is the name of X?"
    return None


def _unknown_verbs(after: list[str]) -> list[int]:
    """Where the verb of 'did <subject> <verb> ...' may be when the verb tables know none of
    the words: not the head noun of a subject opened by a determiner or a possessive ('the
    1848-49 outbreak kill', 'a British fleet under Admiral X strike'); a word before a
    particle ('span tear apart'), a preposition or a name follows is chosen among them."""
    found: list[int] = []
    in_noun_phrase = False  # after a determiner, until its head noun
    for m in range(len(after)):
        low = _core(after[m])
        if low in DETERMINERS or low.endswith("'s"):
            in_noun_phrase = True
            continue
        if not after[m][:1].islower():
            if in_noun_phrase and after[m][:1].isupper() and not _ADJECTIVE_END.search(low):
                in_noun_phrase = False  # "the King grant him": a name is the head
            continue
        if low in _PREPOSITIONS or low in _OBJECT_PRONOUNS:
            continue
        if in_noun_phrase and m > 0:
            in_noun_phrase = False  # the head noun (or its adjective): not the verb
            if m + 1 < len(after) and after[m + 1][:1].islower() \
                    and _core(after[m + 1]) not in _PREPOSITIONS | _PARTICLES:
                continue  # "main span": the run goes on, its last word may still be a noun
            continue
        if m:
            found.append(m)
    return found


def _place_object(vp: list[str], rest: list[str], obj: str) -> list[str]:
    """Put the object after the verb, its particle or its infinitive ('aim to strengthen X')."""
    verb = base_form(_core(vp[-1])) or _core(vp[-1])
    if verb in _COMPLEMENT_VERBS and rest and _core(rest[0]) not in _PREPOSITIONS:
        return [*vp, *rest, obj]  # "what does X call Y?" -> "X calls Y <answer>"
    if verb in DITRANSITIVE or _core(vp[-1]) in _DITRANSITIVE_FORMS:
        # "did the Board pay Harrison?" -> "paid Harrison <answer>"
        n = 0
        while n < len(rest) and rest[n][:1].isupper():
            n += 1
        pronoun = bool(rest) and _core(rest[0]) in _OBJECT_PRONOUNS and rest[0] != "it"
        if pronoun:
            n = 1
        if n and (pronoun or n == len(rest) or _core(rest[n]) in _PREPOSITIONS) \
                and not rest[n - 1].endswith(","):
            return [*vp, *rest[:n], obj, *rest[n:]]
    i = 0
    if verb in CATENATIVE and len(rest) >= 2 and _core(rest[0]) == "to":
        i = 2
    while i < len(rest) and _core(rest[i]) in _PARTICLES:
        i += 1
    if len(rest) == 1 and _core(rest[0]) in _PREPOSITIONS:
        i = 1  # stranded preposition: "stand for X"
    elif len(rest) >= 2 and rest[-1] == _core(rest[-1]) and rest[-1] in _PREPOSITIONS:
        return [*vp, *rest, obj]  # stranded at the end: "coordinate BeiDou with X"
    for s, word in enumerate(rest):
        if s and word.endswith(",") and _core(word) in _PREPOSITIONS:
            # stranded before an aside: "coordinate BeiDou with, on ..." -> "with X, on ..."
            return [*vp, *rest[:s], word[:-1], obj + ",", *rest[s + 1:]]
    return [*vp, *rest[:i], obj, *rest[i:]]


def _date_phrase(answer: str) -> str:
    has_day = bool(re.search(r"\b\d{1,2}\b", re.sub(r"\b\d{4}\b", "", answer)))
    return f"on {answer}" if has_day else f"in {answer}"


def _sentence(words: list[str]) -> str:
    text = " ".join(w for w in words if w)
    text = re.sub(r"\s+([,.;:])", r"\1", text).strip().rstrip(",;:")
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!")) else text + "."


def _lower_start(words: list[str]) -> list[str]:
    if words and words[0] in ("The", "A", "An", "Its", "Their", "This", "These"):
        return [words[0].lower(), *words[1:]]
    return words


_GAP = re.compile(r"_{3,}")


def _fill_gap(prompt: str, answer: str) -> str | None:
    """A prompt with one gap, filled: 'Titled "A ____ Perspective". Which year fills the gap?'
    -> 'Titled "A 2021 Perspective".'; 'How many grams? X brought back _____ g.' -> 'X brought
    back 1,731 g.' (question sentences around the gap are dropped)."""
    # the sentence after a question may open with a figure, a gap or a lower-case word
    sentences = re.split(r"(?<=[.!?\"”])\s+(?=[\w\"“])", " ".join(prompt.split()))
    kept = [x for x in sentences if _GAP.search(x) or not x.rstrip().endswith("?")]
    text = " ".join(kept)
    if len(_GAP.findall(text)) != 1 or text.rstrip().endswith("?"):
        return None
    return _sentence(_GAP.sub(answer, text).split())


def _rewrite(prompt: str, answer: str | None) -> str | None:
    """The statement for `answer`, or the bare event when answer is None (ordering)."""
    if _GAP.search(prompt):
        return _fill_gap(prompt, answer) if answer is not None else None
    for q in _parses(prompt):
        found = _rewrite_one(q, answer)
        if found is not None:
            return found
    return None


def _rewrite_one(q: _Question, answer: str | None) -> str | None:
    before = q.before
    clause_before = bool(before) and before[-1].endswith((",", "."))
    start = _lower_start if before and before[-1].endswith(",") else list
    if answer is None and q.wh not in ("when",) and (clause_before or not before):
        return None  # only date questions have an event without the answer
    obj = _answer_phrase(q, answer) if answer is not None else None
    if q.wh == "when":
        if not q.rest or _core(q.rest[0]) not in AUXILIARIES:
            return None
        parts = _inverted(q)
        if parts is None:
            return None
        subject, vp, rest = parts
        tail = [_date_phrase(answer)] if answer is not None else []
        return _sentence([*before, *start(subject), *vp, *rest, *tail])
    if not q.rest:  # wh-phrase at the end: "... docked with which cargo craft?"
        if not before or obj is None:
            return None
        if q.wh != "howmany" and "of" in map(_core, q.noun) and not any(
                _core(w) in ("kind", "type", "sort", "form", "name") for w in q.noun):
            return None  # "which numbered meeting of the ICG": the answer alone loses "of ..."
        return _sentence([*before, obj])
    if _is_subject_question(q):
        if answer is None:
            return None
        aside = _aside(q.noun)
        return _sentence([*before, *([f"{obj},", *aside] if aside else [obj]), *q.rest])
    if _core(q.rest[0]) not in AUXILIARIES:
        return None
    parts = _inverted(q)
    if parts is None:
        return None
    subject, vp, rest = parts
    if rest and _core(rest[0]) in _COORDINATORS:
        return None  # "did China propose and discuss": no object fits between two verbs
    if vp == [_core(q.rest[0])] and not rest:  # copula
        if obj is None or before and not clause_before:
            return None  # "By how many micrometres was X too flat?": the answer has no place
        if q.noun and q.wh == "which":
            return _sentence([*before, obj, *vp, *subject])
        if subject and not subject[0][:1].isupper() and (
                (q.wh == "howmany" and q.noun and _is_predicate(subject))
                or (q.wh == "who" and _core(subject[0]) not in _DEFINITE)):
            # "How many mice were dead?" -> "Four mice were dead." (not "Dead were four
            # mice."); "Who was a young surgeon from ...?" -> "X was a young surgeon from ..."
            # ("Who was the first ...?" keeps its order: "The first ... was X.", _DEFINITE)
            return _sentence([*before, obj, *vp, *subject])
        return _sentence([*before, *subject, *vp, obj])
    if (len(before) == 1 and _core(before[0]) in _PREPOSITIONS and q.wh in ("who", "whom")
            and obj is not None):
        # "By whom was X rescued in 1947?" -> "X was rescued by <answer> in 1947.", "To whom
        # did X appeal?" -> "X appealed to <answer>.": a fronted person reads as a riddle
        asked = [_core(before[0]), obj]
        if vp[0] in BE:  # passive: the agent right after its participle and its particle
            n = 1 if len(rest) == 1 and _core(rest[0]) in _PREPOSITIONS | _PARTICLES else 0
            # "By whom was the work paid for?" -> "The work was paid for by X."
            return _sentence([*_lower_start(subject), *vp, *rest[:n], *asked, *rest[n:]])
        return _sentence([*_lower_start(subject), *vp, *rest, *asked])  # after the object
    if before and not clause_before:  # "In which year did ...", "With the launch of which ..."
        if obj is not None and not _dates(q, obj):
            # "For how many seconds did the shaking last?" -> "The shaking lasted for 42
            # seconds.": only a date is fronted ("In 1825, ..."); a measure, a bound or a place
            # there turns the sentence round ("For 42 seconds, the shaking lasted.")
            return _sentence([*_lower_start(subject), *vp, *rest, *_lower_first(before), obj])
        front = [*before, obj] if obj is not None else []
        if front:
            front[-1] += ","
        return _sentence([*front, *_lower_start(subject), *vp, *rest])
    if obj is None:
        return None
    if q.wh == "howmany" and q.noun and _core(q.noun[-1]) in _TIME_ADVERBS:
        # "How many weeks later did X expose ...?" -> "Six weeks later, X exposed ..."
        return _sentence([f"{obj},", *_lower_start(subject), *vp, *rest])
    if (q.wh in ("what", "which") and q.noun and not rest and _core(q.rest[0]) in _DO
            and _is_phrase(answer) and _core(q.noun[0]) not in _KIND_WORDS):
        # "What record-breaking discovery did X make?" + "the strongest field": X made a
        # record-breaking discovery: the strongest field (not "X made the strongest field").
        noun = " ".join(q.noun)
        article = "" if _core(q.noun[-1]).endswith("s") else (
            "an " if noun[:1].lower() in "aeiou" else "a ")
        return _sentence([*before, *start(subject), *vp, f"{article}{noun}:", obj])
    return _sentence([*before, *start(subject), *_place_object(vp, rest, obj)])


def _is_predicate(words: list[str]) -> bool:
    """Words after 'were' that are no subject: a word alone ('dead', 'aboard'), a participle
    ('killed in the fire') or a word and its preposition ('present at the opening'); not 'the
    ship', 'he', '12', a name or a noun phrase without its article ('lowest point')."""
    low = _core(words[0])
    if not low or not words[0][:1].islower() or low in DETERMINERS \
            or low in _OBJECT_PRONOUNS | _SUBJECT_PRONOUNS:
        return False
    return len(words) == 1 or is_participle(low) or _core(words[1]) in _PREPOSITIONS


_DATE_NOUNS = frozenset({"year", "date", "month", "day", "decade", "century", "season"})


def _dates(q: _Question, obj: str) -> bool:
    """Whether the answer fronted by a question's preposition is a date ("In which year",
    "On which date", "By which month"): fronted, it reads as written English."""
    if q.wh == "howmany":
        return False
    return any(_core(w) in _DATE_NOUNS for w in q.noun) or parse_date(obj) is not None


def _lower_first(words: list[str]) -> list[str]:
    """'For', 'More than', 'At up to' moved inside the sentence: lower-case, names stay."""
    if words and words[0][:1].isupper() and words[0].lower() in _MOVABLE_OPENERS:
        return [words[0].lower(), *words[1:]]
    return words


_MOVABLE_OPENERS = _PREPOSITIONS | frozenset(
    "more less fewer up about nearly almost roughly some as only over under along across "
    "around beyond near once twice below above beneath every each within".split())
# "Who was the first ...?" keeps its order ("The first ... was X."); "Who was a surgeon
# ...?", "Who was among ...?", "Who was away ...?" put the person first
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})
_ADJECTIVE_END = re.compile(r"(?:ish|an|ese|ic|al)$")  # "a British fleet", "the Royal Navy"
_DITRANSITIVE_FORMS = frozenset(form for verb in DITRANSITIVE
                                for form in (verb, past_tense(verb), third_person(verb)))
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it"})
_TIME_ADVERBS = frozenset({"later", "earlier", "ago", "afterwards", "before", "after"})
_KIND_WORDS = frozenset({"kind", "type", "sort", "form", "name", "part", "other"})
_COORDINATORS = frozenset({"and", "or"})


def _is_phrase(answer: str | None) -> bool:
    """A lower-case phrase ('the strongest magnetic field') rather than a name or a number."""
    if not answer:
        return False
    bare = re.sub(r"^(?:the|a|an)\s+", "", answer.strip())
    return bare[:1].islower() or bare.startswith(BLANK)


def statement(prompt: str, answer: str, kind: str = "name") -> str:
    """A declarative sentence saying that `answer` answers `prompt`.

    'What is the name of China's first Mars rover?' + 'Zhurong' ->
    'The name of China's first Mars rover is Zhurong.'  Falls back to '<prompt> — <answer>'.
    """
    return fluent_statement(prompt, answer) or f"{prompt.strip()} — {answer}"


@lru_cache(maxsize=16384)
def fluent_statement(prompt: str, answer: str) -> str | None:
    """The rewritten statement, or None when the question's form is not understood."""
    try:
        return _rewrite(prompt, answer)
    except IndexError:
        return None


def description(prompt: str) -> str:
    """What the answer is, for the right column of a matching item: the statement with a blank
    ('___ made China's first interplanetary voyage.'), or the question itself."""
    return fluent_statement(prompt, BLANK) or prompt.strip()


@lru_cache(maxsize=8192)
def event(prompt: str) -> str | None:
    """The event a date question asks about, without its date, for an ordering item.

    'When did China launch Tianwen-1?' -> 'China launched Tianwen-1.'
    """
    try:
        found = _rewrite(prompt, None)
    except IndexError:
        found = None
    return found


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")



@lru_cache(maxsize=2048)
def _written_words(evidence: str) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """A sentence's words case-folded, and by stem the words as written (once per sentence)."""
    words: set[str] = set()
    by_stem: dict[str, tuple[str, ...]] = {}
    for w in _WORD.findall(evidence):
        words.add(w.casefold())
        stem = cached_stem(w.casefold())
        if w not in by_stem.get(stem, ()):
            by_stem[stem] = (*by_stem.get(stem, ()), w)
    return frozenset(words), by_stem


@lru_cache(maxsize=16384)
def as_written(sentence: str, prompt: str, answer: str, evidence: str) -> str | None:
    """A statement rebuilt from a question, checked against the sentence it came from: each
    word the rebuilding coined (a verb put in the past, "travelled") must be the text's, and
    is spelt as the text spells it ("traveled" -> "travelled"). None where one is not: the
    rules misread the question ("The ship finallied break the surface", "A second flooded
    six men kill") and the sentence as written says it better."""
    said = {w.casefold() for w in _WORD.findall(prompt)}
    answered = {w.casefold() for w in _WORD.findall(answer)}
    written, by_stem = _written_words(evidence)
    out = sentence
    for w in dict.fromkeys(_WORD.findall(sentence)):
        low = w.casefold()
        if low in answered or low in written:
            continue
        same_stem = by_stem.get(cached_stem(low), ())
        if low in said:
            # a word of the question the sentence writes in another form ("uncover" where
            # it says "uncovered"): the verb was not found; else the question's own word
            # ("Governor Clinton" for "he")
            if same_stem:
                return None
            continue
        spelt = next((e for e in same_stem if e.casefold()[-2:] == low[-2:]), None)
        if spelt is None:
            return None
        out = re.sub(rf"(?<![\w'’]){re.escape(w)}(?![\w'’])", spelt, out)
    return _commas_kept(out, evidence)


_COMMA_PAIR = re.compile(r"([\w'’]+), (?=([\w'’]+))")


def _commas_kept(statement: str, evidence: str) -> str:
    """The statement with the comma its sentence puts between two words that stay neighbours
    in it where that comma closes an aside the statement opened ("The whole bridge, with its
    approach viaducts, is ...", was "... viaducts is ..."); a comma the statement opens
    nothing for stays out ("The Forth Road Bridge opened." from "the Forth Road Bridge,
    opened in 1964, and ...")."""
    for m in _COMMA_PAIR.finditer(evidence):
        first, second = m.group(1), m.group(2)
        if re.search(rf"(?<![\w'’]){re.escape(first)} {re.escape(second)}(?![\w'’])", evidence):
            continue  # the sentence also writes them together: which one is this is unsure
        pair = re.search(rf"(?<![\w'’]){re.escape(first)} {re.escape(second)}(?![\w'’])",
                         statement)
        if pair is not None and statement[:pair.start()].count(",") % 2 == 1:
            cut = pair.start() + len(first)
            statement = f"{statement[:cut]},{statement[cut:]}"
    return statement


def reordered(statement: str, evidence: str, answers: tuple[str, ...]) -> bool:
    """Whether a statement rebuilt from a question says its sentence's words in another order
    ("Scientists announced forty years after the discovery the completion of ..." from "Fifty
    years after the discovery, in April 2003, scientists announced the completion of ...",
    "The embroiderers used wool including ... yellow and red in ten colours." from "... used
    wool in about ten colours, including ..."): the content words both hold, the answer's
    aside, must come in the sentence's order. Words the sentence lacks (a pronoun's referent)
    are passed over; a word the sentence holds twice is taken at its next place."""
    stops = stop_words()
    skip = {w.casefold() for a in answers for w in _WORD.findall(a)}
    places: dict[str, list[int]] = {}
    for k, w in enumerate(_WORD.findall(evidence)):
        places.setdefault(w.casefold(), []).append(k)
    at = -1
    for w in _WORD.findall(statement):
        low = w.casefold()
        if low in skip or low in stops or low not in places:
            continue
        later = [k for k in places[low] if k > at]
        if not later:
            return True
        at = later[0]
    return False


# A date put first by the rebuilding ("In 1901, the mill closed."): its own words, not the
# sentence's order.
_FRONTED_DATE = re.compile(r"^(?:In|On|By|From|Since|Until)\b[^,]*,\s*")
_TOKEN = re.compile(r"[\w'’.-]*\w")


def strays(statement: str, evidence: str, answers: tuple[str, ...]) -> bool:
    """Whether a statement rebuilt from a question joins two words its sentence never writes
    side by side ("Estimates put at The volume of the slide, about 140,000 cubic yards." from
    "Estimates put the volume of the slide at about 140,000 cubic yards."; "The disaster
    criticised Lord Robens." where the report did): a reordered fragment, not the sentence's
    clause. Pairs with a word of the answer, and a date put first, are passed over (the
    answer stands where the question had its wh-word), and so are words the sentence lacks
    (a pronoun's referent put in)."""
    skip = {w.casefold() for a in answers for w in _TOKEN.findall(a)}
    written = [w.casefold() for w in _TOKEN.findall(evidence)]
    pairs = set(zip(written, written[1:], strict=False))
    said = [w.casefold() for w in _TOKEN.findall(_FRONTED_DATE.sub("", statement))]
    known = set(written)  # a word the sentence lacks is a referent put in: passed over
    return any(pair not in pairs for pair in zip(said, said[1:], strict=False)
               if pair[0] not in skip and pair[1] not in skip
               and pair[0] in known and pair[1] in known)


def is_state(event_text: str) -> bool:
    """Whether an event for ordering states how things were, not what happened: its first
    verb is a plain 'was' or 'were' ("The region was part of the Dutch East Indies", "Among
    the early patients was Elizabeth Hughes"), not a passive ("was knighted", "was born") and
    not after another verb ("Priestley travelled to Paris, where he was a guest")."""
    words = [_core(w).rstrip(".!?") for w in event_text.split()]
    for k, word in enumerate(words):
        if word in BE:
            after = [w for w in words[k + 1:k + 3] if not _is_adverb(w)]
            return not (after and is_participle(after[0]))
        if k and is_finite_verb(word) and word not in AUXILIARIES:
            return False
    return False
