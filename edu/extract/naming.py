"""A short or bare name in a raw prompt said in full, as the text named the thing before it:
"the dam" -> "the South Fork Dam", "The Act" -> "The Longitude Act", "that canal" -> "the
Panama Canal" (issue 15, thirteenth and fourteenth rounds, naming the subject). A learner
reads the prompt alone, without the sentences that said which dam.

One finder (`names_headed`) reads the proper names the running text wrote with a given head
noun; `named_in_full` puts the one found in place of "the N" (a capitalised common word,
"The Act", always; a lower-case noun, "the dam", where the sentence's parse writes it alone:
`bare_nouns`). Nothing is put in when the name is unsure: no name or two of that head before
the sentence, the sentence names it itself, or the name holds the answer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from edu.extract.lexicon import (
    FLIGHT_NOUNS,
    GENERAL_NOUNS,
    OPENER_NOUNS,
    PAIR_NOUNS,
    TITLE_HYPERNYMS,
)
from edu.extract.wording import BLANK
from edu.text.names import PLACE_HEADS, PLACE_OPENERS, given_names
from edu.text.preprocess import preprocess_words, stop_words
from edu.text.verbs import is_finite_verb
from edu.text.wordmap import load_wordmap

_NAME_WORD = r"[A-Z][\w'\u2019-]*"
_NAME_LINK = r"(?:and|of|&)"  # "South Fork Fishing and Hunting Club", "Bank of England"
# words a name opens with whose head comes first ("Lake Conemaugh", "Mount Tambora"); the
# compass words open names too ("North Queensferry") but "the north" is a direction
_HEAD_FIRST = PLACE_OPENERS - {"north", "south", "east", "west", "upper", "lower"}
# "the dam", "that canal" (a lower-case noun), "The Act" (a capitalised one): never one going
# on as a compound ("the dam-keeper") or with "of" (its name is said there: "the Bank of ...")
_DEFINITE_NOUN = re.compile(r"\b([Tt]he|[Tt]his|[Tt]hat) ([a-z]{3,})\b"
                            r"(?=['\u2019]s\b|(?![-\w'\u2019]\w| of\b))")  # or "the dam's"
# ... never a name going on past a link ("the Lewis and Clark Expedition": no "the Lewis")
_SHORT_NAME = re.compile(r"\b([Tt]he) ([A-Z][a-z]{2,})\b(?! of\b| [A-Z]| (?:and|&) [A-Z])")
_NAME_SPACE = r"(?:[ \t]+\n?|\n)[ \t]*"  # a name may wrap a line, never cross a paragraph
_SENTENCE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*\s*$")  # a line of running text
_DESCRIBED = frozenset({"compound", "amod", "nmod"})  # "the railway company": not "the railway"
_POINTERS = frozenset({"this", "that"})  # a demonstrative a name may stand in for


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(load_wordmap().common_words())


def bare_nouns(sentence: Any) -> frozenset[str]:
    """The singular common nouns of a parsed sentence written "the N" (or "this N", "that N")
    alone: no word between ("the old dam"), no compound of another noun ("the railway
    company"), no "of" after ("the dam of the club")."""
    return frozenset(t.lower_ for t in sentence if t.tag_ == "NN" and t.dep_ not in _DESCRIBED
                     and [c.lower_ for c in t.lefts] in (["the"], ["this"], ["that"])
                     and t.i > 0 and sentence[t.i - 1].lower_ in ("the", "this", "that")
                     and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.rights))


def named_in_full(prompt: str, earlier: str, answer: str, said: str = "",
                  nouns: frozenset[str] | None = None) -> str:
    """The prompt with a short name ("The Act also created ...") and, where the sentence's
    parse gave `nouns` (`bare_nouns`), its first bare "the N" / "that N" said in full as the
    text before (`earlier`) named it: "The Longitude Act also created ...", "When did the
    South Fork Dam fail?", "Lake Conemaugh emptied ...". `said`: the sentence as written (a
    name it holds is not put in again)."""
    def sure(name: str) -> bool:
        return not (said and name.casefold() in said.casefold()
                    or name.casefold() in prompt.casefold()
                    or answer and (answer.casefold() in name.casefold()
                                   or name.casefold() in answer.casefold()))

    def short(m: re.Match[str]) -> str:
        if m.group(2).lower() not in _common_words():
            return m.group(0)  # "the Vasa" is a name already, not a head ("the Act")
        names = names_headed(m.group(2).lower(), earlier, short=True)
        if len(names) != 1:
            return m.group(0)
        name = next(iter(names))
        if _given(name.split()[0]):
            return m.group(0)  # "the Higgs boson" is no "the Peter Higgs boson": a person's
            # surname before a common noun, no short name
        return f"{m.group(1)} {name}" if sure(name) else m.group(0)

    if BLANK in prompt or prompt.endswith("?"):  # a prompt, not a sentence shown as read
        prompt = _SHORT_NAME.sub(short, prompt)
    if nouns is None:
        return prompt
    for m in _DEFINITE_NOUN.finditer(prompt):
        noun = m.group(2)
        if noun in stop_words() or noun not in nouns or _unnameable(noun, prompt, m.start()):
            continue
        owner = prompt.startswith(("'s", "\u2019s"), m.end())
        paragraph = earlier[earlier.rfind("\n\n") + 1 :] if owner and noun in PLACE_HEADS \
            else earlier  # "the island's south coast" after a voyage: the place the
        # paragraph names (South Georgia), not the last "... Island" (Elephant Island)
        names = names_headed(noun, paragraph)
        if len(names) != 1:
            continue
        name, article = names.popitem()
        if not sure(name):
            return prompt
        capital = m.group(1)[0].isupper()
        named = f"{'T' if capital else 't'}he {name}" if article else \
            (name[:1].upper() + name[1:] if capital else name)
        return prompt[: m.start()] + named + prompt[m.end() :]
    return prompt


def _unnameable(noun: str, prompt: str, at: int) -> bool:
    """Whether "the N" at `at` of a prompt is no short name of a thing the text named: a
    noun there is one of ("the world" is never "the New York World", a newspaper), or a word
    inside a quotation (a book's title: "Around the World in Eighty Days")."""
    return noun in GENERAL_NOUNS or _QUOTE_MARKS.subn("", prompt[:at])[1] % 2 == 1


_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")


def names_headed(noun: str, text: str, short: bool = False) -> dict[str, bool]:
    """`_names_headed`, a dict of the caller's own."""
    return dict(_names_headed(noun, text, short))


# A draft's sentence asks for the names of its nouns in the text before it once per answer
# it holds and per round (the questions, the first page, the fill-ins): 480 of 723 asks over
# twelve blind documents were asked just before. A few texts: each is a document's prefix.
@lru_cache(maxsize=8)
def _names_headed(noun: str, text: str, short: bool = False) -> dict[str, bool]:
    """The proper names the running text writes whose head is `noun` ("South Fork Dam"; "Lake
    Conemaugh" for "lake", `_HEAD_FIRST`), each with whether to write "the" before it ("the
    valley" is not named "the Valley of the Kings": that name is a draft's answer the question
    would print, and the draft asking it fell below the recall horizon). A heading's capitals
    name nothing ("The First Tunnel Under a Navigable River"), nor do two words or more the text
    writes in lower case too ("Different Kinds of Air", a book); a name ending in a head that is
    no place must be written "the ..." once ("the Brooklyn Bridge"; "Bell Aircraft" is a
    company, not "the aircraft"); two names of that head are returned both: which one is meant
    is never sure. `short`: the head is a capitalised word a prompt writes alone ("The Act",
    "the Board"), whose full name is any run of capitalised words before it, with an "of" and a
    name after it or none ("Longitude Act", "Metropolitan Board of Works")."""
    if noun.capitalize() not in text:  # every name found holds the head as written
        return {}
    running = _running_text(text)
    if short:
        return _short_names(noun.capitalize(), running)
    head = re.escape(noun.capitalize())
    found: dict[str, bool] = {}
    # ... and never goes on past the head ("New York Bridge Company" has no head "bridge")
    after = rf"(?![-\w])(?!{_NAME_SPACE}(?:{_NAME_LINK}{_NAME_SPACE})?[A-Z])"
    shapes = [rf"((?:{_NAME_WORD}{_NAME_SPACE}(?:{_NAME_LINK}{_NAME_SPACE})?)+){head}{after}"]
    if noun in _HEAD_FIRST:
        shapes.append(rf"\b{head}((?:{_NAME_SPACE}{_NAME_WORD})+)")
    for shape in shapes:
        last = shape is shapes[0]
        for m in re.finditer(shape, running):
            words = m.group(1).split()
            while words and (words[0].casefold() in stop_words()
                             or words[0] in ("and", "of", "&")):
                words = words[1:]  # "In South Fork Dam", "The South Fork Dam"
            own = [w for w in words if w not in ("and", "of", "&")]
            if not own:
                continue
            the = _the_before(running, m.start() + m.group(0).find(words[0] if last
                                                                   else noun.capitalize()))
            if all(w.lower() in _lower_words(running) for w in own) \
                    and (len(own) > 1 or not the):
                continue  # ("the Quarry Act" names an act all the same)
            name = " ".join([*words, noun.capitalize()] if last else [noun.capitalize(), *words])
            found[name] = found.get(name, False) or the
    if len(found) > 1:
        return found  # two names of that head: which one is never sure
    return {name: the for name, the in found.items()
            if the or noun in _HEAD_FIRST or noun in PLACE_HEADS}


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _the_before(text: str, end: int) -> bool:
    """Whether text[:end] ends in "the" and a space (`_THE_BEFORE`), read near `end` only: a
    match holds nothing but blanks after its "the", so it opens three characters before
    them (a search from the text's start for each name grew with the square of the text)."""
    k = end
    while k > 0 and text[k - 1].isspace():  # str.isspace is the pattern's \s
        k -= 1
    return k < end and _THE_BEFORE.search(text, max(0, k - 3), end) is not None


# A draft's prompt asks for the names of a few nouns in the same text before it: the running
# text and its lower-case words are worked out once per text, not once per noun
_TEXTS_REMEMBERED = 4


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def _running_text(text: str) -> str:
    """The text's lines of running text (ending as a sentence does), the others blank."""
    return _RUNNING.of(text)


class _RunningTexts:
    """`_running_text` of the texts before a document's drafts, each read from the last one it
    extends. A draft asks for the running text of the text before its sentence, a longer
    prefix of the same document each time: reading each prefix whole grew with the square of
    the document. A line's reading depends on that line alone, so a text that extends a kept
    one through its last full line reads only its own lines past that (`of` equals the
    whole reading: tests/test_running_prefixes.py)."""

    _SLOTS = 4  # documents (or a document and its paragraphs) read in turn

    def __init__(self) -> None:
        # (text's full lines, newline included; their reading, a newline after it)
        self._kept: list[tuple[str, str]] = []

    def of(self, text: str) -> str:
        cut = text.rfind("\n") + 1  # past the last full line
        done = ""
        for k, (lines, read) in enumerate(self._kept):
            if len(lines) <= cut and text.startswith(lines):
                done = read + self._read(text[len(lines) : cut])
                del self._kept[k]
                break
        else:
            done = self._read(text[:cut])
        self._kept.insert(0, (text[:cut], done))
        del self._kept[self._SLOTS :]
        return done + self._line(text[cut:])

    @staticmethod
    def _line(line: str) -> str:
        return line if _SENTENCE_END.search(line) else ""

    @classmethod
    def _read(cls, lines: str) -> str:
        """The reading of whole lines (each ending in a newline), each newline kept."""
        return "".join(cls._line(line) + "\n" for line in lines.split("\n")[:-1])


_RUNNING = _RunningTexts()


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def _lower_words(running: str) -> frozenset[str]:
    """The words running text writes in lower case ("Different Kinds of Air" is a name only
    when the text never writes those words so)."""
    return frozenset(re.findall(r"\b[a-z][a-z'\u2019-]*\b", running))


def _short_names(head: str, running: str) -> dict[str, bool]:
    """The full names of a capitalised head ("Act", "Board") in running text, for
    `names_headed`: capitalised words before it, and "of" with a name after it or none; a
    capitalised first word of a sentence is no part of it ("The Navy Board", "In 1714 ...")."""
    found = {" ".join(n.split()) for n in re.findall(
        rf"(?<![\w'\u2019-])((?:{_NAME_WORD} )*{re.escape(head)}"
        rf"(?: of (?:the )?{_NAME_WORD}(?: {_NAME_WORD})*|(?![\w-])(?! [A-Z])))", running)}
    found = {re.sub(r"^(?:(?:The|In|On|At|By|From|To|After|When|A|An) )+", "", n)
             for n in found}
    found.discard(head)
    return dict.fromkeys(found, False)


# A word before a head that makes it another thing of that kind than the title's ("a second
# bridge", "both ships"): the text speaks of two, so "the bridge" is never sure
_ANOTHER = r"(?:another|other|second|two|three|both|several|many)"


def named_as_title(prompt: str, title: str, text: str, answer: str,
                   nouns: frozenset[str], at: int | None = None) -> str:
    """The prompt with its first bare "the N" or "the N's" (`bare_nouns`) said as the
    document's title names its subject (`questions._title_subject`), when N is the title
    name's head ("the machine" of "The Enigma Machine" -> "the Enigma machine", spelled as the
    running text spells it), the noun a place name's opening word stands for ("the mountain"
    of "Mount Kilimanjaro", `lexicon.OPENER_NOUNS`) or a general noun for that head
    (`lexicon.TITLE_HYPERNYMS`: "the facility" of "Svalbard Global Seed Vault"). The title
    says which thing a short text is about; `names_headed` reads only running text. Nothing
    is put in when the running text writes neither the name nor its name words as the title
    does ("The Double Helix"), names another thing of that head or noun ("the Lorenz
    machine"; with the sentence's offset `at`, only from the paragraph before the sentence's
    on: "the company" of "The Hudson's Bay Company" far from its rival is the title's),
    speaks of two ("a second bridge"), or the name is in the prompt or holds the answer."""
    words = title.split()
    article = bool(words) and words[0].lower() == "the"
    words = words[1:] if article else words
    if len(words) < 2 or not words[-1].isalpha() or not words[0][:1].isupper():
        return prompt
    if "and" in words and _given(words[0]):
        return prompt  # "Louis Braille and the Braille Writing System": a person and a
        # thing, no one name ("adopt the Louis Braille and the Braille Writing System")
    head = words[-1].lower()
    kinds = {head} if head in _common_words() else set()
    if words[0].lower() in OPENER_NOUNS:
        kinds.add(OPENER_NOUNS[words[0].lower()])  # "Mount Kilimanjaro": "the mountain"
    body = _body(text)
    spelled, written = _title_written(tuple(words), body)
    if not kinds or not spelled and any(re.search(r"['\u2019]s?$", w) for w in words):
        return prompt  # "Ada Lovelace": a person's name has no head noun; "Lindbergh's
        # Atlantic Flight" is a title's phrase, no name a sentence says ("the Hudson's Bay
        # Company" is one: the text writes it)
    if not spelled and not written:
        return prompt  # title capitals on words the text never writes so ("The Double
        # Helix" is a double helix); "the Erie Canal" of a text saying "Erie" is a name
    name = " ".join(spelled.group(2).split()) if spelled else " ".join(words)
    article = article or not spelled or bool(spelled.group(1))
    if answer and (answer.casefold() in name.casefold() or name.casefold() in answer.casefold()) \
            or name.casefold() in prompt.casefold():
        return prompt
    near = body if at is None else _from_paragraph_before(text, at)
    for m in _DEFINITE_NOUN.finditer(prompt):
        noun = m.group(2)
        if noun not in nouns or not (noun in kinds or kinds & TITLE_HYPERNYMS.get(noun, set())) \
                or _unnameable(noun, prompt, m.start()):
            continue
        if any(_other_named(n, name, near) or _speaks_of_two(n, body) for n in kinds | {noun}):
            return prompt
        if words[0].lower() in OPENER_NOUNS and _other_opened(words, near):
            return prompt  # "Mount Kenya" beside "Mount Kilimanjaro": which mountain?
        capital = m.group(1)[0].isupper()
        named = f"{'T' if capital else 't'}he {name}" if article else \
            (name[:1].upper() + name[1:])
        return prompt[: m.start()] + named + prompt[m.end() :]
    return prompt


# What `named_as_title` reads of the whole text, the same for every draft of a document:
# kept per text (a scan of the text per draft grows with the square of a long document).
@lru_cache(maxsize=4)
def _body(text: str) -> str:
    """The text below its first line."""
    return text.lstrip().split("\n", 1)[1] if "\n" in text.lstrip() else ""


@lru_cache(maxsize=64)
def _title_written(words: tuple[str, ...], body: str) -> tuple[re.Match[str] | None, bool]:
    """Where the body spells the title's name words as one name ("[the] Enigma Machine"),
    and whether it writes each of them but the last (and, of, & aside) somewhere."""
    spelled = re.search(r"(?<![\w-])(?:([Tt]he)\s+)?(" + r"\s+".join(map(re.escape, words))
                        + r")(?![\w-])", body, re.IGNORECASE)
    return spelled, all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", body)
                        for w in words[:-1] if w not in ("and", "of", "&"))


@lru_cache(maxsize=1024)
def _speaks_of_two(noun: str, body: str) -> bool:
    """Whether the body speaks of two things headed by `noun` ("a second bridge")."""
    return re.search(rf"\b{_ANOTHER}\s+(?:\w+\s+)?{noun}s?\b", body, re.IGNORECASE) is not None


# "Flight 1549", "US Airways Flight 1549": a flight's name, as a news report writes it
_FLIGHT = re.compile(r"(?<![\w-])Flight\s+(\d{1,5})(?![\w-])")


@lru_cache(maxsize=4)  # the same for every draft of a document
def _flights(text: str) -> tuple[frozenset[str], int]:
    """The flight numbers the text names, and where its first flight's name ends."""
    found = list(_FLIGHT.finditer(text))
    return frozenset(m.group(1) for m in found), found[0].end() if found else len(text) + 1


def _flight_cut_at(text: str, at: int) -> bool:
    """Whether text[:at] names a flight that ends at `at` (`_FLIGHT.search(text, 0, at)` where
    the whole text names none before `at`: any other match would be one of the whole text's),
    read near `at` only: such a match is "Flight", blanks and the digits before `at`."""
    k = at
    while k > 0 and text[k - 1].isdecimal():  # str.isdecimal is the pattern's \d
        k -= 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return _FLIGHT.search(text, max(0, k - len("Flight")), at) is not None


def named_flight(prompt: str, text: str, at: int, answer: str, said: str,
                 nouns: frozenset[str]) -> str:
    """The prompt with its first bare "the aircraft" ("the plane", "the jet", "the
    airliner's": `lexicon.FLIGHT_NOUNS`) said as the one flight the text named before the
    sentence at `at` ("Flight 1549"): a report calls the airliner by its flight. Nothing is
    put in when the text names two flights, speaks of another aircraft before ("a second
    plane", "other jets"), or the sentence or the answer holds the flight."""
    flights, first_end = _flights(text)
    if len(flights) != 1 or first_end > at and not _flight_cut_at(text, at):
        return prompt  # (a match ending by `at` in the whole text is one in text[:at] too)
    name = f"Flight {next(iter(flights))}"
    if name in said or name in prompt or answer and (name in answer or answer in name):
        return prompt
    for m in _DEFINITE_NOUN.finditer(prompt):
        noun = m.group(2)
        if noun not in FLIGHT_NOUNS or noun not in nouns:
            continue
        if re.search(rf"\b{_SEVERAL}\s+(?:\w+\s+)?(?:{'|'.join(FLIGHT_NOUNS)})s?\b",
                     text[:at], re.IGNORECASE):
            return prompt
        return prompt[: m.start()] + name + prompt[m.end() :]
    return prompt


def named_pair(prompt: str, pair: str, text: str, at: int) -> str:
    """The prompt with its first "the pair" ("the two men", "both men": `lexicon.PAIR_NOUNS`)
    said as the two people the title names together (`title_person.title_pair`: "Hodgkin and
    Huxley"), when both were named before the sentence at `at` and its paragraph names no
    other two people joined by "and" before it."""
    if not pair or pair in prompt:
        return prompt
    first, second = pair.split(" and ")
    earlier = text[:at]
    if not all(re.search(rf"\b{re.escape(w)}\b", earlier) for w in (first, second)):
        return prompt
    paragraph = earlier[earlier.rfind("\n\n") + 1 :]
    for two in re.finditer(rf"({_NAME_WORD}) and ({_NAME_WORD})", paragraph):
        if {two.group(1), two.group(2)} != {first, second}:
            return prompt  # "Kenneth Cole and George Marmont" said just before: which two?
    for phrase in PAIR_NOUNS:
        m = re.search(rf"\b{phrase}\b(?!['\u2019])", prompt, re.IGNORECASE)
        if m:
            return prompt[: m.start()] + pair + prompt[m.end() :]
    return prompt


def _from_paragraph_before(text: str, at: int) -> str:
    """The text from the start of the paragraph before the one holding `at` to the end of
    the sentence at `at`: where a rival name makes a bare "the N" unsure."""
    start = text.rfind("\n\n", 0, at)
    start = text.rfind("\n\n", 0, start) if start > 0 else -1
    end = _SENTENCE_CUT.search(text, at)
    return text[max(start, 0) : end.start() if end else len(text)]


def _other_opened(words: list[str], near: str) -> bool:
    """Whether `near` writes another name opening with the title name's first word ("Mount
    Kenya" beside "Mount Kilimanjaro")."""
    return any(m.group(1) != words[1] for m in re.finditer(
        rf"(?<![\w-]){re.escape(words[0])}\s+({_NAME_WORD})", near))


_INDEFINITE = re.compile(r"\b[Aa]n? (?:[a-z]+ )?$")  # "a" or "an", a word between or none


def _other_named(noun: str, name: str, body: str) -> bool:
    """Whether `body` writes a proper name headed by `noun` ("the Lorenz machine", "Golden
    Gate Bridge") that is not the title's `name`, a short form of it ("Seed Vault") or a
    longer one ("the German Enigma machine")."""
    own = name.casefold().split()
    for m in re.finditer(rf"((?:{_NAME_WORD}[ \t]+)+)(?i:{noun})s?(?![\w-])", body):
        found = [w.casefold() for w in m.group(1).split() if w.casefold() not in stop_words()]
        if not found or _INDEFINITE.search(body, 0, m.start()):
            continue  # "an ancient Greek device": a kind the text describes, no name
        found.append(noun)  # the title's name, a short or a longer form of it: the same thing
        if found[-len(own):] != own and own[-len(found):] != found:
            return True
    return False


# A sentence that may define a name: "X is/was a/an ... N", "X, a/an ... N," (`defined_names`)
_DEFINING = re.compile(r"\b(?:is|was|are|were) (?:a|an)\b|, (?:a|an) ")
# ... cut where one ends ("Mount St. Helens", "Mr. Smith": no end after an abbreviation)
_SENTENCE_CUT = re.compile(r"(?<![A-Z][a-z]\.)(?<![A-Z][a-z][a-z]\.)(?<=[.!?])\s+"
                           r"(?=[A-Z\"'\u201c])|\n\s*\n")


class Named(NamedTuple):
    """A name the text gives a common noun: `name` as written ("Higgs boson"), whether "the"
    goes before it, and where the text said so (a prompt before that point is not named)."""

    name: str
    article: bool
    at: int


_NOT_READ_BY_DEFINITIONS = ["ner"]


def defined_names(nlp: Any, text: str) -> dict[str, Named]:
    """The names the running text defines by a common noun, one name a noun: "The Higgs boson
    is an elementary particle" makes "the particle" the Higgs boson, "William E. Gordon, an
    electrical engineer" makes "the engineer" him (the copula's and the apposition's parse).
    A noun two names are defined by ("X is a ship ... Y is a ship") names neither; nor does
    one the text also writes as the head of another proper name ("the Lorenz machine"). Only
    sentences that may define something are parsed."""
    running = "\n".join(line if _SENTENCE_END.search(line) else ""
                        for line in text.split("\n"))
    spans, start = [], 0
    for m in _SENTENCE_CUT.finditer(running + "\n\n"):
        if _DEFINING.search(running, start, m.start()):
            spans.append((start, running[start : m.start()]))
        start = m.end()
    found: dict[str, set[tuple[str, bool]]] = {}
    first: dict[str, int] = {}
    # the entity recogniser is left out: a definition is read from tags, the parse and
    # lemmas, and the recogniser has its own token vectors, so they are the same without it
    read = nlp.pipe((s for _, s in spans), disable=_NOT_READ_BY_DEFINITIONS)
    for (at, _), doc in zip(spans, read, strict=True):
        for noun, name in _definitions(doc):
            found.setdefault(noun, set()).add(name)
            first.setdefault(noun, at)
    body = _unquoted(text.lstrip().split("\n", 1)[1] if "\n" in text.lstrip() else text)
    return {noun: Named(*next(iter(names)), first[noun]) for noun, names in found.items()
            if len(names) == 1 and not _rival_named(noun, next(iter(names))[0], body)}


def _rival_named(noun: str, name: str, body: str) -> bool:
    """Whether `body` writes a proper name headed by `noun` ("the Lorenz machine") whose words
    are not the defined `name`'s ("Enigma", "Enigma machine"); a name going on past the head
    ("British Tabulating Machine Company") has another head."""
    own = {w.casefold() for w in name.split()} | {noun}
    for m in re.finditer(rf"((?:{_NAME_WORD}[ \t]+)+)(?i:{noun})s?(?![\w-])(?![ \t]+[A-Z])",
                         body):
        found = {w.casefold() for w in m.group(1).split() if w.casefold() not in stop_words()}
        if found and not _INDEFINITE.search(body, 0, m.start()) and not found <= own:
            return True
    return False


def _definitions(doc: Any) -> list[tuple[str, tuple[str, bool]]]:
    """(noun, (name, article)) for each copula ("X was a/an ... N") and apposition ("X, a/an
    ... N,") of a parsed sentence whose X is a name."""
    out = []
    for t in doc:
        if t.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                      for c in t.children):
            continue
        if t.dep_ == "attr" and t.head.lemma_ == "be":
            subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
            named = _name_of(subjects[0]) if len(subjects) == 1 else None
        elif t.dep_ == "appos" and t.head.i < t.i:
            named = _name_of(t.head)
        else:
            continue
        if named:
            out += [(n.lower_, named) for n in (t, *(c for c in t.children if c.dep_ == "conj"
                                                     and c.tag_ == "NN"))]
    return out


def _name_of(token: Any) -> tuple[str, bool] | None:
    """The proper name a subject or an apposition's head writes ("The Higgs boson" ->
    ("Higgs boson", True), "Concorde" -> ("Concorde", False)), or None: a pronoun, a common
    noun phrase ("The result"), a name with a lower-case word before its head."""
    words = [w for w in token.subtree if w.i <= token.i]
    article = bool(words) and words[0].lower_ == "the"
    words = words[1:] if article else words
    if not words or token.tag_ == "PRP" or words[0].text[:1].islower():
        return None
    if not all(w.text[:1].isupper() or w.lower_ in ("of", "and", "&") for w in words[:-1]):
        return None
    if not (token.pos_ == "PROPN" or len(words) > 1):
        return None  # "The result was ...": no name
    return " ".join(w.text for w in words), article


def _given(word: str) -> bool:
    """Whether `word` is a given name (edu/text/names.py), as one stem."""
    stems = preprocess_words(word)
    return len(stems) == 1 and stems[0] in given_names()


def _unquoted(text: str) -> str:
    """`text` with what it quotes blanked (offsets kept): a nickname ("the God particle")
    names no other thing, nor is it the fuller form of one."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


_QUOTED = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")


def named_by_definition(prompt: str, defined: dict[str, Named], at: int, text: str,
                        answer: str, said: str, nouns: frozenset[str]) -> str:
    """The prompt with its first bare "the N" (or "the N's") said as the name the text defined
    by N before the sentence at `at` (`defined_names`): "In which year was the idea behind the
    particle developed?" -> "... behind the Higgs boson ...". Written "<name> N" where the text
    writes it so ("the Enigma machine"). Nothing is put in when the sentence or the prompt says
    the name, or the name holds the answer."""
    for m in _DEFINITE_OR_POSSESSIVE.finditer(prompt):
        noun = m.group(2)
        found = defined.get(noun)
        if noun not in nouns or found is None or found.at >= at \
                or _unnameable(noun, prompt, m.start()):
            continue
        name = found.name
        longer = re.search(rf"(?<![\w-]){re.escape(name)}\s+{noun}(?![\w-])", text)
        if longer and name.split()[-1].lower() != noun:
            name = " ".join(longer.group(0).split())
        if any(name.casefold() in s.casefold() for s in (said, prompt) if s) or answer and (
                answer.casefold() in name.casefold() or name.casefold() in answer.casefold()):
            return prompt
        capital = m.group(1)[0].isupper()
        named = f"{'T' if capital else 't'}he {name}" if found.article else \
            (name[:1].upper() + name[1:] if capital else name)
        return prompt[: m.start()] + named + prompt[m.end() :]
    return prompt


# "the particle", "the particle's": a bare definite, possessive or not
_DEFINITE_OR_POSSESSIVE = re.compile(
    r"\b([Tt]he) ([a-z]{3,})\b(?=['\u2019]s\b|(?![-\w'\u2019]\w| of\b))")


# The text read is the one before a draft's sentence (round 17k): asked again for each answer
# the sentence holds. Few kept: each key is a prefix of a document that may be long.
@lru_cache(maxsize=32)
def fuller_form(noun: str, text: str) -> str | None:
    """The one fuller form the running text writes of a lower-case head N with capitalised
    words before it, "the German army", "the San José mine", "the Tham Luang Nang Non cave",
    for a bare "the N", when it is the one form of N with capitals the text writes. None
    when there are two forms ("the German army", "the Polish army") or
    none, the text speaks of more than one N ("the main party", "20 aircraft"), or the form
    goes on as a compound ("the Tham Luang cave system": no cave's name)."""
    running = _unquoted(_running_text(text))
    forms = list(_fuller_shape(noun).finditer(running))
    found = {" ".join([*m.group(1).split(), noun]) for m in forms
             if not _ORDINAL.match(m.group(1).split()[0])
             and (not m.group(2) or m.group(2) in stop_words() or is_finite_verb(m.group(2)))}
    if any(_apposed_to_name(running, m.start()) for m in forms):
        return None  # "the Marshall Plan, the United States programme of ...": a description
        # of a name, no name of the N ("the programme" is the Marshall Plan)
    if len(found) != 1 or re.search(rf"\b{_SEVERAL}\s+(?:(?!the\b)[\w-]+\s+)?{noun}(?:s|es)?\b",
                                    running, re.IGNORECASE):
        return None  # "the Ross Sea party" of a text with a "main party" too
    return found.pop()


@lru_cache(maxsize=256)  # a noun's pattern, compiled once (re's own cache is shared by all)
def _fuller_shape(noun: str) -> re.Pattern[str]:
    """"the", capitalised words and the noun: a fuller form of "the N" (`fuller_form`)."""
    return re.compile(rf"\b[Tt]he((?:{_NAME_SPACE}{_NAME_WORD})+){_NAME_SPACE}{noun}"
                      rf"(?![-\w'\u2019]\w)(?:{_NAME_SPACE}([a-z]+))?")


# a capitalised word and a comma right before a form: the form is apposed to a name
_APPOSED_TO_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*,\s*$")


def _apposed_to_name(text: str, end: int) -> bool:
    """Whether text[:end] ends in `_APPOSED_TO_NAME`, read near `end` only: a match holds
    nothing but blanks after its comma and word characters, apostrophes and hyphens before it,
    so it opens within that run (a search from the text's start per form grew with the
    square of the text)."""
    k = end
    while k > 0 and text[k - 1].isspace():  # str.isspace is the pattern's \s
        k -= 1
    if k == 0 or text[k - 1] != ",":
        return False
    k -= 1
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_'\u2019-"):  # [\w'\u2019-]
        k -= 1
    return _APPOSED_TO_NAME.search(text, k, end) is not None

# words before a noun that say the text speaks of more than one ("the main party", "20
# aircraft", "other mines"): which one a bare "the N" is, only its sentence's neighbours say
_SEVERAL = r"(?:another|other|second|two|three|four|five|both|several|many|main|\d[\d,]*)"


_ORDINAL = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Last|Next|Same|Other)$")


def named_by_fuller_form(prompt: str, text: str, answer: str, said: str,
                         nouns: frozenset[str]) -> str:
    """The prompt with its first bare "the N" of a lower-case N said in the one fuller form
    the text gives (`fuller_form`): "Speaking at the mine ..." -> "... at the San José mine
    ...". Nothing is put in when the sentence says that form, or it holds the answer."""
    for m in _DEFINITE_OR_POSSESSIVE.finditer(prompt):
        noun = m.group(2)
        if noun not in nouns or noun in stop_words() or _unnameable(noun, prompt, m.start()):
            continue
        form = fuller_form(noun, text)
        if form is None:
            continue
        if any(form.casefold() in s.casefold() for s in (said, prompt) if s) or answer and (
                answer.casefold() in form.casefold() or form.casefold() in answer.casefold()):
            return prompt
        return prompt[: m.start()] + m.group(1) + " " + form + prompt[m.end() :]
    return prompt


@lru_cache(maxsize=4)  # the same for every draft of a document
def _full_names(people: frozenset[str], title: str
                ) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The full names of the title's family among `people`, by their given name, and the
    words after a given name in them (`named_in_whole`)."""
    fulls: dict[str, set[str]] = {}
    inner: set[str] = set()
    family = set(title.split())
    for name in people:
        words = re.sub(r"['\u2019]s?$", "", name).split()  # "Galileo Galilei's"
        if len(words) > 1 and all(w[:1].isupper() for w in words) and words[-1] in family:
            fulls.setdefault(words[0], set()).add(" ".join(words))
            inner.update(words[1:])
    return {given: frozenset(names) for given, names in fulls.items()}, frozenset(inner)


def named_in_whole(prompt: str, people: frozenset[str], answer: str, title: str) -> str:
    """The prompt with a given name written alone ("Mary", "Rachel's") said as the one full
    name of the text's people that opens with it ("Mary Anning"), for the family the title
    names (the title's person, "Richard Anning" her father): another person's full name is
    often a draft's answer, which the prompt would then give away on the first page ("Galileo
    Galilei" of "The Galilean Moons" pushed four drafts off it). Nothing is put in when two
    people share the given name, the word is no given name ("Fossil" of a "Fossil Depot" the
    entity model took for a person), another's name holds it elsewhere ("Queen Mary"), the prompt
    writes it beside another capitalised word (a name already), or the answer holds it."""
    fulls, inner = _full_names(people, title)

    def whole(m: re.Match[str]) -> str:
        word = m.group(1)
        names = fulls.get(word, frozenset())
        if len(names) != 1 or word in inner or not _given(word) \
                or answer and word in answer.split():
            return m.group(0)
        full = next(iter(names))
        before = prompt[: m.start()].split()
        if full in prompt or before and before[-1][:1].isupper() \
                and before[-1].lower() not in stop_words():
            return m.group(0)  # "Queen Mary", "Lady Mary": a name already
        return full

    return re.sub(r"(?<![\w'\u2019-])([A-Z][a-z]+)(?![\w-])(?! [A-Z])", whole, prompt) \
        if fulls else prompt
