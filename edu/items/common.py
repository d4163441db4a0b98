"""What every item kind shares: the generation context, per-item randomness, leak checks."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from edu.deck.model import Deck, Fact
from edu.items.hedges import asked_prompt, gapped_bound, said_right_after
from edu.items.model import Item, ItemKind
from edu.items.pools import DeckPools
from edu.text.normal import key_of, tokens_of
from edu.text.numbers import FRACTION_NOUNS, NUMBER_WORDS, find_number, words_to_number
from edu.text.quantities import CAPITALISED_UNITS, OTHER_READINGS, parse_quantity, parse_range

if TYPE_CHECKING:  # the trainer loads this module (leak checks) and needs no Reading: ~30 ms
    from edu.items.fullnames import NameBook
    from edu.text.reading import Reading


@dataclass(frozen=True)
class Surroundings:
    """What the deck alone does not say about a fact, for its distractors: the stems of its
    evidence span (names there may be true answers too) and the document's date."""

    evidence_stems: tuple[str, ...] = ()
    reference: tuple[int, int | None] | None = None  # (year, month or None)
    pools: DeckPools | None = field(default=None, compare=False)  # the deck, indexed once
    # keys (key_of) of the deck's names -> the article the document says them after ("the"
    # Royal Society, "the" Atlantic, "" Rome); empty where the text lost its stop words
    articles: dict[str, str] = field(default_factory=dict, compare=False)
    # the deck's names -> what the recogniser reads them as in ordinary English
    # (edu.items.labels: "person", "place", ... or a cut name); empty for preprocessed text
    labels: dict[str, str] = field(default_factory=dict, compare=False)
    # the deck's names -> "she" or "he" where the document says which (edu.items.sexes)
    sexes: dict[str, str] = field(default_factory=dict, compare=False)


class Drop(Exception):
    """An item that would be bad; the message is the reason shown in the report."""


@dataclass
class Context:
    """Everything a kind needs to build items for one deck, computed once per deck."""

    deck: Deck
    seed: int = 0
    reading: Reading | None = None  # the source document's reading, when it could be loaded
    source_problem: str = ""  # why the document could not be loaded, if it could not
    reference: tuple[int, int | None] | None = None  # the document's date (glossary `date`)
    _around: dict[str, Surroundings] = field(default_factory=dict)
    shared: dict[str, float] = field(default_factory=dict)  # per-deck figures a kind computes once
    _pools: DeckPools | None = None
    _articles: dict[str, str] | None = None
    _labels: dict[str, str] | None = None
    _sexes: dict[str, str] | None = None
    _names: NameBook | None = None
    _evidence: dict[tuple[int, int], str] = field(default_factory=dict)

    @property
    def pools(self) -> DeckPools:
        """The deck's facts indexed for distractors (built on first use, once per deck)."""
        if self._pools is None:
            self._pools = DeckPools.of(self.deck)
        return self._pools

    def surroundings(self, fact: Fact) -> Surroundings:
        """Evidence stems and document date for the fact's distractors (computed once)."""
        found = self._around.get(fact.id)
        if found is None:
            stems: tuple[str, ...] = ()
            if self.reading is not None:
                i, j = self.reading.token_range(fact.source)
                stems = tuple(t.stem for t in self.reading.tokens[i:j])
            found = self._around[fact.id] = Surroundings(stems, self.reference, self.pools,
                                                         self.articles, self.labels,
                                                         self.sexes)
        return found

    @property
    def labels(self) -> dict[str, str]:
        """What the recogniser reads each of the deck's names as (edu.items.labels), once per
        deck; empty for a preprocessed document (no recogniser runs on stems)."""
        if self._labels is None:
            self._labels = {}
            if self.reading is not None and self.reading.raw:
                from edu.extract.entities import entities  # lazy: loads spaCy's pipeline
                from edu.items.labels import name_labels

                names = [f.answer for f in self.deck.facts if f.kind == "name"]
                self._labels = name_labels(self.reading.text, entities(self.reading.text),
                                           names)
        return self._labels

    @property
    def names(self) -> NameBook:
        """The document's short names and kinds of thing (edu.items.fullnames), once per deck;
        empty for a preprocessed document (its capitals are gone)."""
        if self._names is None:
            from edu.items.fullnames import NameBook as Book

            self._names = Book()
            if self.reading is not None and self.reading.raw:
                self._names = Book.of(self.reading.text, self.deck.title)
        return self._names

    @property
    def sexes(self) -> dict[str, str]:
        """Which of the deck's names the document calls "she" or "he" (edu.items.sexes),
        once per deck; empty for a preprocessed document (its pronouns are gone)."""
        if self._sexes is None:
            self._sexes = {}
            if self.reading is not None and self.reading.raw:
                from edu.items.sexes import name_sexes

                self._sexes = name_sexes(self.reading.text, [
                    f.answer for f in self.deck.facts if f.kind == "name"])
        return self._sexes

    @property
    def articles(self) -> dict[str, str]:
        """The article the document says each of the deck's names after (`article_before`),
        once per deck; empty for a preprocessed document, whose text has no articles."""
        if self._articles is None:
            self._articles = {}
            if self.reading is not None and self.reading.raw:
                text = self.reading.text
                for fact in self.deck.facts:
                    if fact.kind == "name" and key_of(fact.answer) not in self._articles:
                        found = article_before(text, fact.answer)
                        if found is not None:
                            self._articles[key_of(fact.answer)] = found
        return self._articles

    def said(self, name: str) -> str:
        """A name as a sentence says it: "the Royal Society" where the document says so."""
        article = self.articles.get(key_of(name))
        if article and not _ARTICLE.match(name):
            return f"{article} {name}"
        return name

    def evidence(self, fact: Fact) -> str:
        """The reading's text of the fact's span (the deck's copy when the source is missing),
        read once per span: every kind of the fact's items asks for it."""
        if self.reading is None:
            return fact.evidence or ""
        key = (fact.source.start, fact.source.end)
        found = self._evidence.get(key)
        if found is None:
            found = self._evidence[key] = self.reading.span_text(fact.source)
        return found

    def rng(self, item_id: str) -> random.Random:
        """Randomness private to one item: adding facts never changes other items."""
        return random.Random(f"{self.seed}:{item_id}")


_ARTICLE = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)


def article_before(text: str, name: str) -> str | None:
    """The article a text says a name after at most of its mentions: "the" ("the Atlantic",
    "the Duke of Wellington"), "a" ("appointed a State Earthquake Investigation Commission")
    or "" (none: "Rome"); None where it never says the name as written. A statement needs
    the name's article, and an option must be said alike ("one in United States" beside
    "one in Hayes Valley" gives itself away)."""
    name = name.strip()
    if not name or not name[:1].isupper():
        return None
    found: Counter[str] = Counter()
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
        said = _ARTICLE_BEFORE.search(text[max(0, m.start() - 4):m.start()])
        found[said.group(1).casefold() if said else ""] += 1
    if not found:
        return None
    return max(sorted(found), key=lambda a: (found[a], a == ""))


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(the|an|a)\s+$", re.IGNORECASE)


# a straight quote mark that closes a quotation: after a word or its punctuation, before a
# space or the end ('... company for it," wrote the critic')
_CLOSING_QUOTE = re.compile(r'(?<=[\w.,!?;:])"(?=\s|$)')


def quotes_closed(sentence: str) -> str:
    """`sentence` with a quotation its span cut in two made whole: a mark is added at the
    start when the sentence's first mark closes a quotation opened before the span
    (the sentence began inside the quote), else at the end (the span ended inside it)."""
    if sentence.count("“") != sentence.count("”"):
        opened = sentence.find("“")
        closed = sentence.find("”")
        if opened < 0 or 0 <= closed < opened:
            return "“" + sentence
        return sentence + "”"
    if sentence.count('"') % 2:
        first = sentence.find('"')
        if _CLOSING_QUOTE.match(sentence, first):
            return '"' + sentence
        return sentence + '"'
    return sentence


# a sentence a prompt takes from after a semicolon opens in lower case ("the waiter,
# traditionally addressed as ..."); a word with a capital inside ("iPhone", "mRNA") is as written
_LOWER_OPENING = re.compile(r"[a-z](?=[a-z]*(?:[^A-Za-z]|$))")


def opening_capital(prompt: str) -> str:
    """`prompt` opening with a capital, as a question on a worksheet or card does."""
    return prompt[0].upper() + prompt[1:] if _LOWER_OPENING.match(prompt) else prompt


def base_item(fact: Fact, kind: ItemKind, ctx: Context, variant: str = "") -> Item:
    """An item of `kind` carrying the fact's answer, section, source and evidence; a figure
    the document hedges is asked with its hedge ("about how many ...?"); a bound of raw
    English as its statement with the figure blanked ("Divers recovered more than _____
    artefacts.": hedges.gapped_bound)."""
    item_id = f"{fact.id}:{kind}" + (f":{variant}" if variant else "")
    prompt = asked_prompt(fact)
    if ctx.reading is not None and ctx.reading.raw:  # "More than how many ...?" reads badly
        prompt = gapped_bound(prompt, fact.answer) or prompt
    return Item(
        id=item_id, fact_id=fact.id, kind=kind, prompt=opening_capital(prompt),
        answer=fact.answer,
        section=fact.section, source=fact.source, aliases=list(fact.aliases),
        evidence=quotes_closed(ctx.evidence(fact)), category=fact.category,
        fact_kind=fact.kind, note=fact.note, fact_ids=[fact.id],
        asked_answers=answer_forms(fact),
    )


_SYMBOL = re.compile(r"[^\w\s'’.-]")


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    if not n:
        return False
    return any(haystack[i: i + n] == needle for i in range(len(haystack) - n + 1))


GLUED_WORDS = 4  # "Tian wen 1" gives away "Tianwen-1": up to this many words read as one


def _glued(words: tuple[str, ...], target: str) -> bool:
    """Whether 1 to GLUED_WORDS consecutive words, joined, spell `target` (runs are grown
    only while they are a prefix of it, so a text costs about one pass)."""
    for i, word in enumerate(words):
        if not target.startswith(word):
            continue
        run = ""
        for next_word in words[i: i + GLUED_WORDS]:
            run += next_word
            if run == target:
                return True
            if not target.startswith(run):
                break
    return False


@lru_cache(maxsize=8192)
def _leak_index(text: str) -> tuple[tuple[str, ...], str]:
    """Words of a text and its casefold (computed once)."""
    return tuple(tokens_of(text)), text.casefold()


@lru_cache(maxsize=8192)
def _answer_tokens(answer: str) -> tuple[str, ...]:
    return tuple(tokens_of(answer))


def leaks(text: str, answers: list[str]) -> str | None:
    """The first answer form that appears, as whole words, in `text` (None if none does)."""
    words, raw = _leak_index(text)
    for answer in answers:
        needle = _answer_tokens(answer)
        if not needle:
            continue
        if _SYMBOL.search(answer) and answer.casefold() not in raw:
            continue  # "Space+" is not given away by the word "space"
        if _contains(words, needle) or _glued(words, "".join(needle)):
            return answer
    return None


_NUMERAL = re.compile(r"(?<![\w'’-])\d[\d,]*(?:\.\d+)?(?![\w'’-])")


def number_leaks(text: str, answers: list[str]) -> str | None:
    """The answer form whose value appears as a standalone number in `text` ('5' does not
    leak through "Chang'e-5")."""
    values = {float(m.group().replace(",", "")) for m in _NUMERAL.finditer(text)
              if m.group().replace(",", "").replace(".", "", 1).isdigit()}
    for answer in answers:
        q = parse_quantity(answer)
        if q is not None and q.value in values:
            return answer
    return None


def check_no_leak(fact: Fact, text: str, where: str = "prompt") -> None:
    """Drop an item whose question text gives the answer away."""
    forms = answer_forms(fact)
    leaked = number_leaks(text, forms) if fact.kind == "number" else leaks(text, forms)
    if leaked:
        raise Drop(f"answer '{leaked}' appears in the {where}")


_LARGE_SCALES = ("million", "billion", "trillion")  # said in words after digits: "2 million"


def in_digits(answer: str) -> str | None:
    """A figure written in words ("two", "twenty-four", "two million") in digits ("2", "24",
    "2 million"), or None where it is not all number words: a learner typing or choosing a
    number reads digits (the cloze keeps the sentence's word)."""
    words = answer.lower().replace("-", " ").split()
    if not words or not all(w in NUMBER_WORDS or w == "and" for w in words):
        return None
    scale = words[-1] if len(words) > 1 and words[-1] in _LARGE_SCALES else ""
    value = words_to_number(words[:-1] if scale else words)
    if value is None:
        return None
    return f"{value:,} {scale}" if scale else f"{value:,}"


def shown_in_digits(item: Item) -> Item:
    """`item` with a figure in words answered in digits ("nine" -> "9"); the words stay an
    accepted form."""
    digits = in_digits(item.answer)
    if digits is None:
        return item
    word = item.answer
    item.answer = digits
    item.aliases = [word, *(a for a in item.aliases if a not in (word, digits))]
    item.asked_answers = [digits, *(a for a in item.asked_answers if a != digits)]
    return item


def answer_forms(fact: Fact) -> list[str]:
    """The answer and its aliases: every form a learner may give."""
    return [fact.answer, *fact.aliases]


_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
# Words after which a figure names one of a series ("type 1 diabetes", "locomotive number 224",
# "platform 9"): a designator, never a count to ask "how many" of.
_DESIGNATORS = (r"(?:type|number|no\.|model|class|grade|category|phase|level|mark|version|"
                r"platform|route|flight|gate|room|chapter|page|article|locomotive)")
_DESIGNATED = re.compile(r"\b" + _DESIGNATORS + r"\s+_{3,}", re.IGNORECASE)


def _designated_in(evidence: str, answer: str) -> bool:
    """Whether the evidence says the answer right after a designator word."""
    return bool(evidence) and said_right_after(_DESIGNATORS, evidence, answer)


# "64 or 6.4 million": the answer of a preprocessed draft whose point the recipe deleted names
# every figure it may have been (edu/extract/figures.py); no item can grade one of them
_SEVERAL_FIGURES = re.compile(r"\d" + OTHER_READINGS.pattern)  # "64 or 6.4 million"


def several_readings(fact: Fact) -> str | None:
    """Why a number fact makes no item, else None: its answer is several readings of one
    figure, of which the reviewer has not yet picked the one the document wrote."""
    if fact.kind != "number" or not _SEVERAL_FIGURES.search(fact.answer):
        return None
    return f"the figure may be any of '{fact.answer}': pick the one the document wrote"


def not_a_count(fact: Fact) -> str | None:
    """Why a number fact's figure is no count a teacher would ask, else None: "one" before a
    singular noun is a determiner ("from one side to the other", "one promising idea"), and a
    figure followed by a capitalised word that is no unit belongs to a name, an address or a
    date ("19 New King Street", "In 1714 Parliament passed"). A plural counts ("14,000
    Londoners")."""
    if fact.kind != "number":
        return None
    if _DESIGNATED.search(fact.prompt) or _designated_in(fact.evidence or "", fact.answer):
        return f"the figure names a kind or a place in a series ('{fact.answer}'), not a count"
    unit = (fact.unit or "").strip()
    words = unit.split()
    if words and words[0].casefold() in FRACTION_NOUNS:
        return f"the figure counts the parts of a fraction ('{fact.answer} {unit}'), not things"
    if fact.answer.strip().casefold() == "one" and not (words and words[-1].endswith("s")):
        return "'one' before a singular noun is a determiner, not a count"
    if (words and _TITLE_WORD.fullmatch(words[0]) and words[0] not in CAPITALISED_UNITS
            and not words[-1].endswith("s")):
        return f"the figure belongs to a name or a date ('{fact.answer} {unit}'), not a count"
    return None


def only_qualifies(fact: Fact, evidence: str) -> str | None:
    """Why a name fact asks nothing a teacher would, else None: a people's adjective before
    the noun it qualifies ("the _____ judge" answered "Welsh", "the _____ seaman Tom Crean"):
    the blank is one word of a description, never the fact of the sentence."""
    answer = fact.answer.strip()
    if fact.kind != "name" or " " in answer or answer.casefold() not in _peoples_adjectives():
        return None
    if not re.search(rf"(?<![\w'’-]){re.escape(answer)} [a-z]{{3,}}\b", evidence):
        return None
    return f"the answer only qualifies a noun ('{answer}'): a word of a description, not a fact"


@lru_cache(maxsize=1)
def _peoples_adjectives() -> frozenset[str]:
    from edu.text.places import IRREGULAR_DEMONYMS, demonyms  # lazy: names only

    return demonyms() | IRREGULAR_DEMONYMS


_HOW_MANY_HEAD = re.compile(r"\bhow many\s+([a-z]+)\b", re.IGNORECASE)


def counts_a_superlative(fact: Fact) -> str | None:
    """Why a count question cannot be asked of its head, else None: a superlative's head
    ("How many largest general-purpose detectors ...?", cut from "the two largest ...") is
    no English question, and "how many of the largest" asks what the sentence does not say.
    Its statement is rebuilt from that question too; only a cloze of the sentence is left."""
    m = _HOW_MANY_HEAD.search(fact.prompt) if fact.kind == "number" else None
    if m is None or not _superlative(m.group(1).casefold()):
        return None
    return f"the count is of a superlative ('how many {m.group(1)} ...'): no English question"


@lru_cache(maxsize=4096)
def _superlative(word: str) -> bool:
    """"most", or a word in -est whose comparative in -er English uses ("largest": "larger";
    "forest", "interest" have none)."""
    if word == "most":
        return True
    if not word.endswith("est") or not word.isalpha() or len(word) < 6:
        return False
    from edu.text.stemcache import cached_stem  # lazy: items of numbers only
    from edu.text.wordmap import load_wordmap
    comparative = word[:-3] + "er"
    return comparative in {w for w, _ in load_wordmap().candidates(cached_stem(comparative))}


# "By how many kilometres of wire and cable did ... join?": a figure with "of" after its unit
# names what a passive was done with ("joined by 190 kilometres of wire"), never an amount of
# change ("rose by 3 metres", "fell by 2 percent of its value": a share stays a change).
_BY_HOW_MANY_OF = re.compile(r"^by how (?:many|much)\s+(?!per\s*cent|percent|percentage)"
                             r"[a-z-]+(?:\s+[a-z-]+)?\s+of\s", re.IGNORECASE)


def by_what_as_a_change(fact: Fact) -> str | None:
    """Why a question reads a passive's "by" (what it was done with) as an amount of change,
    else None; its statement ("More than 2,000 aerials joined by 190 kilometres of wire") is
    misread the same way, so only a cloze of its sentence as written is left."""
    if fact.kind != "number" or not _BY_HOW_MANY_OF.match(fact.prompt.strip()):
        return None
    return "the question reads what a passive was done with ('by N ... of ...') as a change"


_ASKS_SPENT = re.compile(r"^how many\b.*\bspend\?$", re.IGNORECASE)


def spent_on_nothing(fact: Fact, evidence: str) -> str | None:
    """Why a count of time spent is asked without what it was spent on, else None: "How many
    years did Bell and several other students spend?" where the sentence says "spent two years
    building it" (the doing after the figure is what the question is about). Its statement is
    as empty; the cloze of its sentence is left."""
    if fact.kind != "number" or not _ASKS_SPENT.match(fact.prompt.strip()):
        return None
    unit = re.escape((fact.unit or "").split()[-1]) if (fact.unit or "").split() else r"\w+"
    after = re.search(rf"\bspen(?:t|d|ds|ding)\b[^.;]*?\b{unit}\s+(?:\w+ing|on|in)\b", evidence)
    if after is None:
        return None
    return "the question asks the time spent without what it was spent on"


_CLOCK = re.compile(r"^\s*\d{1,2}:\d{2}\b|\b\d{1,2}[.:]\d{2}\s*[ap]\.?m\b", re.IGNORECASE)
# "about 11 am" drafted as the figure 11 in the unit "am": a time of day too, which a
# neighbouring figure ("13") would not stay.
_CLOCK_UNIT = re.compile(r"[ap]\.?m\.?|o['’]clock", re.IGNORECASE)
_RANGE_REST = re.compile(r"\s*(?:[-–—]|to)\s*\d")


def check_single_figure(fact: Fact) -> None:
    """Drop an item that needs one value when the answer is a range ('1-2%', '34-35 C'):
    its neighbours overlap it, so no option or false statement is surely wrong, and a
    typed number cannot be the range."""
    if fact.kind != "number":
        return
    if parse_range(fact.answer) is not None:
        return  # a range read end by end ("30 to 40"): its items are ranges (items/ranges.py)
    found = find_number(fact.answer)
    if found is not None and not found.denominator and _RANGE_REST.match(found.suffix):
        raise Drop(f"the answer '{fact.answer}' is a range, not one figure")
    if _CLOCK.search(fact.answer) or _CLOCK_UNIT.fullmatch((fact.unit or "").strip()):
        raise Drop(f"the answer '{fact.answer}' is a time of day, not one figure")
