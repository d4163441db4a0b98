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
from typing import Any

from edu.extract.lexicon import TITLE_HYPERNYMS
from edu.extract.wording import BLANK
from edu.text.names import PLACE_HEADS, PLACE_OPENERS
from edu.text.preprocess import stop_words
from edu.text.wordmap import load_wordmap

_NAME_WORD = r"[A-Z][\w'\u2019-]*"
_NAME_LINK = r"(?:and|of|&)"  # "South Fork Fishing and Hunting Club", "Bank of England"
# words a name opens with whose head comes first ("Lake Conemaugh", "Mount Tambora"); the
# compass words open names too ("North Queensferry") but "the north" is a direction
_HEAD_FIRST = PLACE_OPENERS - {"north", "south", "east", "west", "upper", "lower"}
# "the dam", "that canal" (a lower-case noun), "The Act" (a capitalised one): never one going
# on as a compound ("the dam-keeper") or with "of" (its name is said there: "the Bank of ...")
_DEFINITE_NOUN = re.compile(r"\b([Tt]he|[Tt]his|[Tt]hat) ([a-z]{3,})\b(?![-\w'\u2019]\w| of\b)")
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
        return f"{m.group(1)} {name}" if sure(name) else m.group(0)

    if BLANK in prompt or prompt.endswith("?"):  # a prompt, not a sentence shown as read
        prompt = _SHORT_NAME.sub(short, prompt)
    if nouns is None:
        return prompt
    for m in _DEFINITE_NOUN.finditer(prompt):
        noun = m.group(2)
        if noun in stop_words() or noun not in nouns:
            continue
        names = names_headed(noun, earlier)
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


def names_headed(noun: str, text: str, short: bool = False) -> dict[str, bool]:
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
    lower = _lower_words(running)
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
            lead = running[: m.start() + m.group(0).find(words[0] if last
                                                          else noun.capitalize())]
            the = bool(re.search(r"\b[Tt]he\s+$", lead))
            if all(w.lower() in lower for w in own) and (len(own) > 1 or not the):
                continue  # ("the Quarry Act" names an act all the same)
            name = " ".join([*words, noun.capitalize()] if last else [noun.capitalize(), *words])
            found[name] = found.get(name, False) or the
    if len(found) > 1:
        return found  # two names of that head: which one is never sure
    return {name: the for name, the in found.items()
            if the or noun in _HEAD_FIRST or noun in PLACE_HEADS}


# A draft's prompt asks for the names of a few nouns in the same text before it: the running
# text and its lower-case words are worked out once per text, not once per noun
_TEXTS_REMEMBERED = 4


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def _running_text(text: str) -> str:
    """The text's lines of running text (ending as a sentence does), the others blank."""
    return "\n".join(line if _SENTENCE_END.search(line) else "" for line in text.split("\n"))


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
                   nouns: frozenset[str]) -> str:
    """The prompt with its first bare "the N" (`bare_nouns`) said as the document's title
    names its subject (`questions._title_subject`), when N is the title name's head ("the
    machine" of "The Enigma Machine" -> "the Enigma machine", spelled as the running text
    spells it) or a general noun for that head (`lexicon.TITLE_HYPERNYMS`: "the facility" of
    "Svalbard Global Seed Vault"). The title says which thing a short text is about;
    `names_headed` reads only running text. Nothing is put in when the running text writes
    neither the name nor its name words as the title does ("The Double Helix"), names
    another thing of that head or noun ("the Lorenz machine"), speaks of two ("a second
    bridge"), or the name is in the prompt or holds the answer."""
    words = title.split()
    article = bool(words) and words[0].lower() == "the"
    words = words[1:] if article else words
    if len(words) < 2 or not words[-1].isalpha() or not words[0][:1].isupper():
        return prompt
    head = words[-1].lower()
    if head not in _common_words() or any(re.search(r"['\u2019]s?$", w) for w in words):
        return prompt  # "Ada Lovelace": a person's name has no head noun; "Lindbergh's
        # Atlantic Flight" is a title's phrase, no name a sentence says
    body = text.lstrip().split("\n", 1)[1] if "\n" in text.lstrip() else ""
    spelled = re.search(r"(?<![\w-])(?:([Tt]he)\s+)?(" + r"\s+".join(map(re.escape, words))
                        + r")(?![\w-])", body, re.IGNORECASE)
    if not spelled and not all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", body)
                               for w in words[:-1] if w not in ("and", "of", "&")):
        return prompt  # title capitals on words the text never writes so ("The Double
        # Helix" is a double helix); "the Erie Canal" of a text saying "Erie" is a name
    name = " ".join(spelled.group(2).split()) if spelled else " ".join(words)
    article = article or not spelled or bool(spelled.group(1))
    if answer and (answer.casefold() in name.casefold() or name.casefold() in answer.casefold()) \
            or name.casefold() in prompt.casefold():
        return prompt
    for m in _DEFINITE_NOUN.finditer(prompt):
        noun = m.group(2)
        if noun not in nouns or not (noun == head or head in TITLE_HYPERNYMS.get(noun, ())):
            continue
        if any(_other_named(n, name, body) or re.search(rf"\b{_ANOTHER}\s+(?:\w+\s+)?{n}s?\b",
                                                         body, re.IGNORECASE)
               for n in {head, noun}):
            return prompt
        capital = m.group(1)[0].isupper()
        named = f"{'T' if capital else 't'}he {name}" if article else \
            (name[:1].upper() + name[1:])
        return prompt[: m.start()] + named + prompt[m.end() :]
    return prompt


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
