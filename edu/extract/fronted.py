"""Long raw drafts asked as a short question fronted over the clause that holds the answer
(issue 15, round 20q: long copied sentences become short questions).

Blind reviewers kept 8 % of raw drafts over 18 words (`keepable.SHORT_WORDS`) and struck
"long copied sentence, or a question tacked onto one" more often than any reason but an
unnamed subject; of the labelled raw drafts, fill-ins of 19-25 words were kept 13 %, of more
2 %, questions asked in place of 19-25 words 6 %, short fronted questions 13-18 words 47 %.
Two shapes are rebuilt from spaCy's parse of the prompt with its answer in place:

- a question whose question phrase ends a sentence ("She studied chemistry at ..., the
  women's college of ..., and graduated in which year?");
- a fill-in of more than SHORT_WORDS words whose blank is a date, a figure or a name.

The answer's phrase must hang on a verb of the sentence's main clause (the root, or a verb
joined to it by "and" that shares its subject): a preposition's object ("graduated in
1946"), a direct object, or the whole subject. The question fronts that phrase and keeps
only the verb's own clause: its subject without appositions or clauses set off by commas,
the auxiliary (or "did"/"does"/"do" and the verb's base form), and the verb's objects and
phrases, without the other conjuncts, participle and adverbial clauses, relative clauses
after its objects, asides and discourse words ("In which year did Kwolek graduate?"). A
phrase that hangs on a noun ("after a career of 40 years") is never fronted (the noun
phrase would split around the question word), nor is a negated, modal or conditional verb.
The subject stays as the sentence writes it (a pronoun too: naming is another round's).
Nothing else changes: answer, evidence, id and score are the draft's own.
"""

from __future__ import annotations

import re
from typing import Any

from edu.extract.clauses import FEWEST_WORDS, clause_cut, outer_cut
from edu.extract.keepable import SHORT_WORDS, has_pronoun, names_something
from edu.extract.lexicon import DRAFT_PRONOUNS
from edu.extract.question_form import asked_right, broken, dangling, fragment, in_active
from edu.extract.questions import EVERYDAY_ZIPF, parsed
from edu.extract.wording import BLANK, lead_in, tidy_prompt
from edu.text.preprocess import stop_words
from edu.text.quantities import MONTH_NAMES
from edu.text.verbs import DO_SUPPORT, FINITE_TAGS, MODAL_VERBS
from edu.text.wordmap import load_wordmap

# the verbs of a question's own clause: the root, or verbs joined to it by "and" with no
# subject of their own (they share the root's)
_SUBJECTS = ("nsubj", "nsubjpass")
# a verb's children that are another clause or an aside, never the question's clause
_OTHER_CLAUSES = frozenset({"advcl", "parataxis", "conj", "cc", "appos", "punct", "mark",
                            "npadvmod", "intj", "dep", "meta", "preconj"})
# inside a kept phrase, clauses of their own; what is set off by a comma ("the women's
# college of ...", ", which ...") and an object's relative clause ("that could replace the
# steel wire ...") go too (`_kept`)
_CLAUSES = frozenset({"advcl", "parataxis"})
# adverbs that link the sentence to the one before or stress it; a question alone needs none
_LINK_ADVERBS = frozenset({"however", "also", "instead", "then", "meanwhile", "still", "soon",
                           "later", "so", "thus", "eventually", "finally", "subsequently",
                           "afterwards", "nevertheless", "therefore", "too", "again", "even",
                           "further", "moreover", "indeed", "now", "there"})
# a verb's children that end the question with a clause of its own
_CLAUSE_HEADS = frozenset({"ccomp", "xcomp"})
_FIGURE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
# the qualifiers a count may carry that a question keeps ("about how many"); others ("more
# than", "under") make a comparison no fronted question asks well (question_form)
_ROUGHLY = frozenset({"about", "around", "some", "nearly", "approximately", "roughly"})
_MONTHS = "(?:" + "|".join(MONTH_NAMES) + ")"
_DATE_WORDS = (
    (re.compile(r"^\d{3}0s$"), "which decade"),
    (re.compile(r"^(?:1\d|20)\d\d$"), "which year"),
    (re.compile(r"^\d{1,4} BC$"), "which year"),
    (re.compile(rf"^{_MONTHS},? (?:1\d|20)\d\d$"), "which month and year"),
    (re.compile(rf"^(?:\d{{1,2}} {_MONTHS}|{_MONTHS} \d{{1,2}}),? (?:1\d|20)\d\d$"),
     "which date"),
)
# "In 1965 DuPont ... asked": the parser reads an opening date and the name after it as one
# noun phrase ("1965 DuPont"); a comma after the date, for the parse only, parts them
_OPENING_DATE = re.compile(r"^ [A-Z]")
_OPENING_PREPOSITIONS = frozenset({"In", "On", "By", "During", "After", "Before", "Until",
                                   "Since"})
# the parts of a time a date is asked through ("in the hot summer of which year")
_TIME_NOUNS = frozenset({"spring", "summer", "autumn", "fall", "winter", "morning",
                         "afternoon", "evening", "night", "end", "beginning", "start",
                         "middle", "early", "late"})
# the prepositions a count is fronted with ("For how many years ...", "To how many
# kilometres ..."); "As how many fragments does it survive?" is no English
_COUNT_PREPOSITIONS = frozenset({"for", "to", "in", "at", "by", "from", "after", "within",
                                 "over", "with", "on", "of"})
_NAME_WORDS = {"person": "whom", "organisation": "which organisation",
               "company": "which company", "place": "which place"}
# the time prepositions a date is fronted with ("In which year did ...?"); other
# prepositions of a date ("between", "from") say a span the question would cut
_DATE_PREPOSITIONS = frozenset({"in", "on", "by", "until", "since", "after", "before",
                                "during"})
# a question asked in place ends with its question phrase: "..., and graduated in which
# year?"; the phrase replaced by the answer gives back the sentence to parse
_TAIL = re.compile(r"\b(?:which [a-z]+(?: and [a-z]+)?|whom|how many ([\w-]+))\?$")
# a question already fronted, or opened by a phrase ("After a career of how many years ...")
_OPENED = re.compile(r"^(?:Which|What|Who|Whom|Where|When|How|Why|Whose|In|On|At|By|For|"
                     r"From|During|After|Before|Since|Until|With|Of|To|About|Under|Over|"
                     r"Around|Within|Across|Into|Between|Through)\b")


def needs_fronting(prompt: str) -> bool:
    """A draft this module rebuilds: a question asked at the end of its sentence, or a
    fill-in longer than SHORT_WORDS."""
    if BLANK in prompt:
        return len(prompt.split()) > SHORT_WORDS
    return not _OPENED.match(prompt) and _TAIL.search(prompt) is not None


def fronted_question(prompt: str, answer: str, kind: str, category: str) -> str | None:
    """The short fronted question for a long fill-in or a question asked at its sentence's
    end, or None when the answer's phrase is not one the module fronts."""
    if not answer or kind not in ("date", "number", "name"):
        return None
    if BLANK in prompt:
        _, body = lead_in(prompt)
        if body.count(BLANK) != 1:
            return None
        at = body.find(BLANK)
        text, asked = body[:at] + answer + body[at + len(BLANK):], ""
    else:
        tail = _TAIL.search(prompt)
        if tail is None or _OPENED.match(prompt) \
                or kind == "number" and not (tail.group(1) and _FIGURE.match(answer)):
            return None
        asked, at = tail.group(0)[:-1], tail.start()
        text = prompt[:at] + answer + (f" {tail.group(1)}" if tail.group(1) else "") + "."
    return _question(text, at, answer, kind, category, asked)


def _question(text: str, at: int, answer: str, kind: str, category: str,
              asked: str) -> str | None:
    if kind == "date" and _OPENING_DATE.match(text[at + len(answer):]) \
            and text[:at].strip() in _OPENING_PREPOSITIONS:
        text = text[:at + len(answer)] + "," + text[at + len(answer):]  # "In 1965, DuPont"
    doc = parsed(text)
    ids = {t.i for t in doc if t.idx < at + len(answer) and t.idx + len(t.text) > at}
    tops = [t for t in doc if t.i in ids and t.head.i not in ids]
    if len(tops) != 1:
        return None
    head = tops[0]
    if kind == "number":
        return _count_question(head, ids, asked)
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        return _phrase_question(head, ids, kind, category, asked, answer)
    if head.dep_ in _SUBJECTS and kind == "name" and category in ("person", "organisation",
                                                                   "company"):
        return _subject_question(head, ids, category)
    if head.dep_ == "dobj" and kind == "name" and category == "person":
        return _clause_question(head.head, {t.i for t in head.subtree}, "Whom")
    return None


def _phrase_question(head: Any, ids: set[int], kind: str, category: str, asked: str,
                     answer: str) -> str | None:
    """"In which year did X graduate?": the answer a preposition's object on the verb."""
    prep = head.head
    phrase = {t.i for t in prep.subtree}
    if phrase - ids - {prep.i} - {t.i for t in head.children if t.dep_ == "det"}:
        return None  # the preposition's object says more than the answer ("in 1946 at 19")
    opening = ""
    if kind == "date" and prep.lower_ == "of" and prep.head.lemma_ in _TIME_NOUNS \
            and prep.head.dep_ == "pobj" and not prep.head.i - 3 > prep.head.left_edge.i:
        time = prep.head  # "in the hot summer of 1858": the phrase is the answer's own
        prep = time.head
        phrase = {t.i for t in prep.subtree}
        if phrase - {t.i for t in time.subtree} - {prep.i}:
            return None
        opening = " ".join(t.text for t in prep.subtree if prep.i < t.i <= time.i) + " of"
    if prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and _object_on_verb(verb) \
            and (kind == "date" and verb.pos_ == "PROPN" and prep.lower_ in ("in", "on")
                 or category == "place" and prep.lower_ in ("in", "at")):
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head  # "took a job at DuPont's
        # laboratory in Buffalo", "died in Greece in 1824" (the parse hangs the phrase on the
        # name): where the laboratory is, the job was taken; when he died in Greece, he died
    if kind == "date":
        word = asked or next((w for pattern, w in _DATE_WORDS if pattern.match(answer)), "")
        if not word.startswith("which") or prep.lower_ not in _DATE_PREPOSITIONS \
                or word == "which decade" and prep.lower_ != "in":
            return None
        front = f"{prep.lower_} {opening} {word}" if opening else f"{prep.lower_} {word}"
    else:
        word = asked or _NAME_WORDS.get(category, "") or _own_kind(answer, category)
        if not word or word.startswith("how"):
            return None
        if word == "which facility" and prep.lower_ not in ("in", "at", "on"):
            return None  # "From which facility did ... take off?": no English
        front = "where" if word in ("which place", "which facility") \
            and prep.lower_ in ("in", "at", "on") else f"{prep.lower_} {word}"
    if prep.i > verb.i and any(t.text in (",", ";") for t in verb.doc[verb.i:prep.i]):
        return None  # "..., the United States programme of ... after which war?": the parse
        # hangs a phrase far past a comma on the verb; it may be a noun's
    return _clause_question(verb, phrase, front[:1].upper() + front[1:])


def _own_kind(answer: str, category: str) -> str:
    """"which laboratory" for "the Northern Regional Research Laboratory": the kind a name's
    category gives, where the name's own last word says it ("which facility" for a facility,
    asked "Where" in place)."""
    if category == "facility":
        return "which facility"
    last = answer.split()[-1].lower() if answer.split() else ""
    return f"which {category}" if category.isalpha() and category.islower() \
        and last == category and category not in _NOT_KINDS else ""


# a name's last word that names a company or a people, not the kind of thing asked ("Bell
# Aircraft" is a company: round 19q's "To which aircraft did the contract go?")
_NOT_KINDS = frozenset({"aircraft", "company", "group", "name", "person", "work"})


def _object_on_verb(noun: Any) -> bool:
    """Whether a noun is a verb's object, or the object of a preposition on the verb."""
    if noun.dep_ == "dobj":
        return noun.head.pos_ in ("VERB", "AUX")
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
        and noun.head.head.pos_ in ("VERB", "AUX")


def _count_question(head: Any, ids: set[int], asked: str) -> str | None:
    """"For how many years did X work at DuPont?": a count of a noun that is a verb's
    object or a preposition's object on the verb."""
    if head.dep_ != "nummod":
        return None
    noun = head.head
    extra = [c for c in noun.children if c.i not in ids]
    if extra or any(t.i not in ids and t.lower_ not in _ROUGHLY for t in head.subtree):
        return None  # "the first 40 years", "more than 40 years"
    roughly = "about " if any(t.lower_ in _ROUGHLY for t in head.subtree) else ""
    counted = asked or f"how many {noun.text}"
    if not noun.tag_.endswith("S") or counted != f"how many {noun.text}":
        return None  # "how many year": a count of one, or the noun is not the one asked
    phrase = {t.i for t in noun.subtree}
    if noun.dep_ == "dobj":
        return _clause_question(noun.head, phrase, f"{roughly}how many {noun.text}".capitalize())
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.lower_ in _COUNT_PREPOSITIONS:
        prep = noun.head
        return _clause_question(prep.head, phrase | {prep.i},
                                f"{prep.text.capitalize()} {roughly}how many {noun.text}")
    return None


def _subject_question(head: Any, ids: set[int], category: str) -> str | None:
    """"Who began testing layers of Kevlar?": the answer is the verb's whole subject."""
    verb = head.head
    subject = _kept(head)
    if {t.i for t in subject} != ids or verb.pos_ not in ("VERB", "AUX") \
            or verb.dep_ != "ROOT" or not _plain_verb(verb) \
            or sum(c.dep_ in _SUBJECTS + ("csubj", "expl") for c in verb.children) != 1 \
            or verb.tag_ not in FINITE_TAGS and not any(c.dep_ in ("aux", "auxpass")
                                                        for c in verb.children):
        return None  # "As a student Lister watched Liston perform ...": not the main verb
    word = {"person": "Who", "organisation": "Which organisation", "company": "Which company"}
    kept = _rest(verb, {t.i for t in head.subtree})
    if kept is None:
        return None
    before, rest = kept
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return _finish([word[category]] + [a.text for a in auxes] + before + [verb.text] + rest)


def _clause_question(verb: Any, asked: set[int], front: str) -> str | None:
    """The question over `verb`'s own clause, `front` before it, the asked phrase gone."""
    if verb.pos_ not in ("VERB", "AUX") or not _plain_verb(verb):
        return None
    subject, auxes = _subject_and_auxes(verb)
    if subject is None or auxes is None:
        return None
    kept_words = _rest(verb, asked | {subject.i} | {t.i for t in subject.subtree})
    if kept_words is None:
        return None
    before, rest = kept_words
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    plain = subject.pos_ in ("NOUN", "PRON", "ADJ") and not any(
        t.pos_ == "PROPN" for t in subject.subtree if t.i < subject.i or t.head == subject
        and t.dep_ in ("compound", "poss"))  # "US Airways Flight 1549, an Airbus A320": named
    kept = _kept(named if named is not None and plain else subject)
    said = _words(kept)  # "The largest of them, the Selenga, rises ...": "the Selenga"
    if kept and _ordinary(kept[0]):
        said = said[:1].lower() + said[1:]  # "The Erasmus Programme" -> "the Erasmus ..."
    if not auxes:
        if verb.lemma_ == "be":
            return _finish([front, verb.text, said] + before + rest)
        support = DO_SUPPORT.get(verb.tag_)
        if support is None:
            return None
        return _finish([front, support, said] + before + [verb.lemma_] + rest)
    first, *others = auxes
    return _finish([front, first.lower_, said] + [a.text for a in others] + before
                   + [verb.text] + rest)


def _ordinary(token: Any) -> bool:
    """Whether a subject's capitalised first word is capitalised only because it opened the
    sentence: a function word, or an everyday word that is no name ("Heyerdahl" stays)."""
    if token.text == "I" or token.text[1:2].isupper():
        return False
    if token.pos_ in ("DET", "PRON", "ADP", "NUM", "CCONJ", "SCONJ") \
            or token.tag_ == "NNS" and not token.ent_type_:
        return True  # "Lifts in the legs were supplied ...": a plural common noun
    return token.pos_ in ("ADJ", "ADV") and not token.ent_type_ and (
        token.lower_ in stop_words()
        or load_wordmap().common_words().get(token.lower_, 0.0) >= EVERYDAY_ZIPF)
    # a singular noun stays as written: "Price published his book ..." is a man's name the
    # entity model missed


def _plain_verb(verb: Any) -> bool:
    """A verb that says its event happened: no negation, no modal (its own or its head's)."""
    for v in (verb, verb.head):
        if any(c.dep_ == "neg" or c.lower_ in MODAL_VERBS and c.dep_ == "aux" for c in v.children):
            return False
    return True


def _subject_and_auxes(verb: Any) -> tuple[Any, list[Any] | None]:
    """The verb's subject (its own, or the one it shares with the verb it is joined to by
    "and") and its auxiliaries (borrowed from that verb for a participle: "was born ... and
    raised"); None where the verb heads no clause of the sentence's main line."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    main = verb
    while main.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in main.children):
        main = main.head
    top = main
    while top.dep_ == "conj":  # "..., and in 1905 he received ...": a main clause of its own
        top = top.head
    if top.dep_ != "ROOT" or main.pos_ not in ("VERB", "AUX"):
        return None, None
    subjects = [c for c in main.children if c.dep_ in _SUBJECTS + ("csubj", "expl")]
    if len(subjects) != 1 or subjects[0].dep_ not in _SUBJECTS:
        return None, None  # "When he was created Earl ... in 1838 she became ...": the parse
        # gave "became" two subjects, one of them the clause's it misread
    subject = subjects[0]
    if main is not verb and not auxes:
        if verb.tag_ == "VBN":
            auxes = [c for c in main.children if c.dep_ in ("aux", "auxpass") and c.i < main.i]
            return (subject, auxes) if auxes else (None, None)
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or _reduced_relative(subject, verb) or any(
                c.dep_ == "auxpass" for c in main.children) and any(
                c.dep_ in ("acomp", "oprd", "attr") for c in verb.children):
            return None, None  # "was begun ... and declared complete": passive as its first
            # verb, though the tagger read a past tense
    if not auxes and verb.tag_ in ("VBN", "VBG", "VB") or not auxes and _reduced_relative(
            subject, verb):
        return None, None
    return subject, auxes


def _reduced_relative(subject: Any, verb: Any) -> bool:
    """"Later amendments, agreed in London in 1990": a participle right after its noun's
    comma, which the tagger may read as the sentence's past tense."""
    return verb.i == subject.i + 2 == subject.right_edge.i + 2 \
        and verb.doc[verb.i - 1].text == ","


def _rest(verb: Any, gone: set[int]) -> tuple[list[str], list[str]] | None:
    """What the question keeps of its verb's own words: the adverbs said before the verb
    ("first", "partly"), and after it the objects and phrases of the verb itself, in order,
    the clause-opening phrases of a few words after them."""
    after: list[str] = []
    opening: list[str] = []
    before: list[str] = []
    for child in verb.children:
        if child.i in gone or child.dep_ in _OTHER_CLAUSES or child.dep_ in ("aux", "auxpass",
                                                                              "neg", "expl"):
            continue
        if child.dep_ == "advmod" and (child.lower_ in _LINK_ADVERBS
                                       or len(list(child.subtree)) > 1):
            continue
        words = _words([t for t in _kept(child, outer=True) if t.i not in gone])
        if not words:
            continue
        if child.dep_ == "advmod" and (child.i < verb.i or child.lower_.endswith("ly")):
            before.append(words)  # "first flew", "were partly supplied": before the verb
            continue
        if child.i > verb.i and child.dep_ != "dobj" and child.left_edge.i > 0 \
                and verb.doc[child.left_edge.i - 1].text == ",":
            continue  # "..., at Toronto General Hospital": an afterthought set off
        if child.i < verb.i:
            if child.dep_ != "prep" or len(words.split()) > 4:
                continue  # a long opening phrase ("In the years after the war,") goes
            opening.append(words[:1].lower() + words[1:])  # "In 1950" -> "in 1950"
        else:
            after.append(words)
    if after and _CLAUSE_HEADS & {c.dep_ for c in verb.children if c.i > verb.i}:
        return before, after  # "Who noticed that the eclipses came earlier in 1676?": the
        # opening phrase would read as the inner clause's; it goes
    if any(w.lower() in _THINGS_POINTED for w in " ".join(after).split()):
        return None
    return before, after + opening


def _kept(token: Any, outer: bool = False) -> list[Any]:
    """The tokens of `token`'s phrase without what describes its nouns beside the point:
    appositions, clauses set off by commas, relative clauses of an object (`outer`)."""
    drop: set[int] = set()
    for t in token.subtree:
        if t.i == token.i:
            continue
        set_off = t.left_edge.i - 1 > max(token.left_edge.i, t.head.i) \
            and t.doc[t.left_edge.i - 1].text in (",", "(", "\u2014")  # a comma inside the phrase
        relative = t.dep_ == "relcl" and t.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB")
        if t.dep_ in _CLAUSES or relative and outer \
                or set_off and t.dep_ not in ("conj", "cc", "punct") \
                or t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            drop |= {s.i for s in t.subtree}
            if t.i > 0 and t.doc[t.left_edge.i - 1].dep_ == "cc":
                drop.add(t.left_edge.i - 1)
    kept = [t for t in token.subtree if t.i not in drop]
    ids = {t.i for t in kept}
    return [t for t in kept if not (t.is_punct and t.text in ",;:" and
                                    (t.i - 1 not in ids or t.i + 1 not in ids))]


def _words(tokens: list[Any]) -> str:
    """The tokens as written, with their own spacing, trimmed of edge punctuation."""
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ")\"'":
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct and tokens[0].text not in "(\"'":
        tokens = tokens[1:]
    text = ""
    for n, t in enumerate(tokens):
        joined = n + 1 < len(tokens) and tokens[n + 1].i == t.i + 1
        text += t.text_with_ws if joined else t.text + " "
    return " ".join(text.split())


def _finish(parts: list[str]) -> str | None:
    """The question from its parts, or None when it is still long."""
    question = " ".join(" ".join(p for p in parts if p).split()) + "?"
    question = question.replace(" ,", ",").replace(" 's", "'s")
    return question if len(question.split()) <= SHORT_WORDS else None


# a cut clause opening with a pronoun or an owner points at the clause it lost ("His
# assistant _____ later showed ..." of "Heinrich Hertz found ..., and his assistant ...")
_POINTING = DRAFT_PRONOUNS | {"his", "her", "its", "their"}
_QUOTE_END = re.compile(r",([\"\u201d])\.?$")  # '... as "little short of madness,".'


# a "they", "them" or "it" after the verb may have meant a thing the dropped part of the
# sentence named (an owner's "their", "its" is most often the subject's: "they published
# their joint paper") ("Who proposed ... that they be called "asteroids"?" of "..., who measured
# both objects, ...")
_THINGS_POINTED = frozenset({"they", "them", "it", "these", "those"})


# a condition the cut would drop ("If the refrigeration plant were to fail, the permafrost
# would keep ..."): what follows it is no fact alone
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)


def _lost_referent(prompt: str, asked: str) -> bool:
    """Whether the question keeps a pronoun whose person or thing the sentence named before
    it, in words the question dropped ("In _____, while Roebling was surveying ..., his foot
    was crushed" asked "In which month and year was his foot crushed ...?")."""
    words = re.findall(r"[\w'’-]+", prompt)
    first = next((n for n, w in enumerate(words) if w.lower() in _POINTING), None)
    if first is None or not has_pronoun(asked) or asked.startswith("Who "):
        return False  # "Who claimed that he had seen ...?": he is the one asked
    return any(w[:1].isupper() and w not in asked for w in words[1:first])


def _stands_alone(cut: str, answer: str) -> bool:
    """Whether a cut fill-in is still a sentence: its root a finite verb with a subject ("The
    cliffs ..., made of layers of _____ limestone." is none)."""
    at = cut.find(BLANK)
    root = next((t for t in parsed(cut[:at] + answer + cut[at + len(BLANK):])
                 if t.dep_ == "ROOT"), None)
    return root is not None and (root.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") for c in root.children)) \
        and any(c.dep_ in _SUBJECTS + ("expl", "csubj") for c in root.children)


def shortened(prompt: str, answer: str, kind: str, category: str, evidence: str) -> str:
    """The prompt of a long fill-in or a question asked at its sentence's end as a short
    fronted question, a long fill-in cut to the clause that holds its blank, or the
    prompt as it was. A question `question_form` reads as broken, or would mend, is not
    made."""
    if not needs_fronting(prompt) or BLANK not in prompt and fragment(prompt):
        return prompt  # "Later amendments, agreed in London in which year?": a fragment
    asked = fronted_question(prompt, answer, kind, category)
    if asked and not broken(asked) and not dangling(asked) and not _lost_referent(prompt, asked) \
            and (names_something(asked) or has_pronoun(asked)) \
            and asked_right(asked, answer, category, evidence) == asked:
        return tidy_prompt(in_active(asked) or asked)
    if BLANK in prompt:  # (those over candidates.CUT_WORDS were cut there where they could be)
        lead, body = lead_in(prompt)
        cut = outer_cut(clause_cut(body, answer), answer)
        first = cut.split()[0].lower() if cut.split() else ""
        if cut != body and len(cut.split()) >= FEWEST_WORDS and first not in _POINTING \
                and cut.count(BLANK) == 1 and _stands_alone(cut, answer) \
                and (names_something(cut) or not names_something(body)) \
                and not _lost_referent(body, cut) \
                and _CONDITION.findall(body) == _CONDITION.findall(cut):
            # ("The official death toll was _____." of "..., and most of the victims were
            # killed by the eruption of Krakatoa": of what?)
            return tidy_prompt(lead + _QUOTE_END.sub(r"\1.", cut))
    return prompt
