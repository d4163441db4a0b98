"""Plausible wrong answers for multiple choice and false true/false statements.

Names come from other facts of the same category, then of close categories (same head noun,
or head nouns of one family in CATEGORY_FAMILIES); with too few the item is dropped rather than
padded with unrelated names. Numbers are nearby values of the same magnitude, rounded and
formatted like the answer (all above the answer when the question states a lower bound:
"exceeded", "more than"). Dates are nearby years/months on the same side of the document's date
as the answer (see `date_window`). A distractor is never an answer form of the fact, never close
to the answer or another distractor (rapidfuzz), never named in the fact's own evidence and
never the answer of a fact whose evidence overlaps (it could be true too), so exactly one
option is right.
"""

from __future__ import annotations

import itertools
import math
import random
import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from edu.deck.model import Deck, Fact, FactKind
from edu.items.common import Drop, Surroundings, answer_forms, check_single_figure
from edu.items.eras import name_eras, same_era
from edu.items.hedges import Hedge, direction_of, hedge_of, tolerance_of
from edu.items.labels import CUT, category_kind, fits_kind, kind_of
from edu.items.pools import DeckPools, category_closeness, category_families, says_nothing
from edu.items.qualifiers import (
    about_a_plan,
    craft_types,
    fits_craft,
    fits_kind_words,
    fits_name_kind,
    fits_place_kind,
    fits_region,
    name_kind,
    named_family,
    untitled,
)
from edu.items.ranges import range_distractors, range_of
from edu.items.roles import name_roles, same_role
from edu.items.sexes import same_sex
from edu.text.names import surnames
from edu.text.normal import key_of, tokens_of
from edu.text.numbers import find_number
from edu.text.quantities import MONTH_NAMES, parse_date, parse_quantity
from edu.text.stemcache import preprocess_words_cached as preprocess_words
from edu.text.wordmap import load_wordmap

NOWHERE = Surroundings()

# A wrong option beside a hedged figure lies more than this share of it away: "roughly 15"
# could mean 13 or 17 (the blind review's "13 vs roughly 15"), not 11 or 19.
HEDGED_GAP = 0.2
SIMILARITY_LIMIT = 80.0  # rapidfuzz ratio (0-100) above which two options count as the same
_GENERIC = frozenset({"of", "the", "and", "a", "an", "in", "for", "to"})
_MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTH_NAMES) + r")[a-z]*\.?",
                       re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(1\d{3}|2\d{3})\b")
_PROMPT_NUMBER = re.compile(r"(?<![\w.-])\d{1,3}(?:,\d{3})+(?![\w-])|(?<![\w.-])\d+(?![\w-])")


@lru_cache(maxsize=65_536)
def _digits(key: str) -> str:
    return "".join(ch for ch in key if ch.isdigit())


@lru_cache(maxsize=65_536)
def too_similar(a: str, b: str) -> bool:
    """Whether two option texts could be mistaken for each other.

    Names whose numbers differ (Shenzhou-12 / Shenzhou-13, Long March 7A / Long March 11) are
    distinct: grading never accepts a typo across digits, so neither can be read as the other.
    """
    ka, kb = key_of(a), key_of(b)
    if not ka or not kb or ka == kb:
        return True
    da, db = _digits(ka), _digits(kb)
    if da and db and da != db:
        return False
    return fuzz.ratio(ka, kb) >= SIMILARITY_LIMIT


def too_similar_to_keys(ka: str, keys: list[str]) -> bool:
    """`any(too_similar(a, b) for b in others)` on comparison keys (key_of) computed once,
    the fuzzy ratios by rapidfuzz in one call: a category of hundreds of names is checked
    without a Python loop over every pair, and a caller checking each new name against those
    kept so far keeps their keys instead of deriving them again."""
    if not keys:
        return False
    if not ka:
        return True
    da = _digits(ka)
    for kb in keys:
        if not kb or kb == ka:
            return True
    for _match, _score, i in process.extract(ka, keys, scorer=fuzz.ratio, processor=None,
                                             score_cutoff=SIMILARITY_LIMIT, limit=None):
        db = _digits(keys[i])
        if not (da and db and da != db):
            return True
    return False


@lru_cache(maxsize=8192)
def _category_words(category: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", category.lower()) if w not in _GENERIC)


@lru_cache(maxsize=8192)
def _stems_of(text: str) -> tuple[str, ...]:
    return tuple(preprocess_words(text))


MAX_GRAM = 8
# Candidates looked at per related category of a name fact: three options are drawn, so a few
# dozen leave the seeded choice plenty of variety, and the bound keeps item generation linear
# in the deck (a 5,000-fact deck with categories of hundreds was quadratic). The bundled
# deck's largest category has 18 facts, so its items are unchanged.
CATEGORY_SAMPLE = 48


@lru_cache(maxsize=4096)
def _grams(stems: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Every run of up to MAX_GRAM stems of a span, for constant-time look-ups."""
    return frozenset(stems[i: j] for i in range(len(stems))
                     for j in range(i + 1, min(len(stems), i + MAX_GRAM) + 1))


def named_in(stems: tuple[str, ...], text: str) -> bool:
    """Whether `text` (preprocessed like the source) occurs in the stems of a span."""
    needle = _stems_of(text)
    n = len(needle)
    if not n or n > len(stems):
        return False
    if n <= MAX_GRAM:
        return needle in _grams(stems)
    return any(stems[i: i + n] == needle for i in range(len(stems) - n + 1))


def _pick(tiers: list[list[str]], fact: Fact, rng: random.Random, n: int,
          blocked: set[str] | None = None) -> list[str]:
    """Take up to n acceptable candidates, tier by tier, in a seeded order within each tier
    (`blocked`: candidates that could be true as well)."""
    forms = answer_forms(fact)
    chosen: list[str] = []
    person = "person" in category_families(fact.category)
    titled = _titled_form(fact.answer)
    for tier in tiers:
        pool = sorted(set(tier))
        rng.shuffle(pool)  # seeded order within a tier
        # names said like the answer first: "King John" beside "Pope Innocent III", not
        # alone among bare names, where its title singles it out
        pool.sort(key=lambda cand: _titled_form(cand) != titled)
        for cand in pool:
            if len(chosen) == n:
                return chosen
            if any(too_similar(cand, f) for f in forms) or any(too_similar(cand, c)
                                                               for c in chosen):
                continue
            if key_of(cand) and key_of(cand) in key_of(fact.prompt):
                continue  # an option the question itself names is obviously wrong
            if blocked and cand in blocked:
                continue
            if any(nested(cand, f) for f in forms):
                continue  # "the United Nations" for "United Nations Platform for ..."
            if any(nested(cand, c) for c in chosen):
                continue  # "Wren" beside "Christopher Wren": one person offered twice
            if person and any(_one_person(cand, c) for c in [*forms, *chosen]):
                continue  # "President Piñera" beside "Mr Piñera": one person offered twice
            if (_has_article(cand), _is_proper(cand)) != (_has_article(fact.answer),
                                                          _is_proper(fact.answer)):
                continue  # "the United States" beside bare names gives itself away
            if not fits_region(fact.answer, fact.prompt, cand):
                continue
            if _surname_in_question(cand, fact):
                continue  # "Robert Hooke" for "_____ and Hooke designed ...": named already
            if person and not _fits_person(cand, fact.answer):
                continue  # "Wren" beside full names, "St Paul's" among people
            family = named_family(fact.prompt, fact.answer)
            if family and not all(part.lower().startswith(family.lower())
                                  for part in _ITEM_SPLIT.split(cand)):
                continue  # "a new member of the Long March family": Long March options only
            chosen.append(cand)
    return chosen[:n]


_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]{2,}")


@lru_cache(maxsize=65_536)  # asked of each candidate once per fact it may serve
def _titled_form(name: str) -> bool:
    """Whether a name opens with a title ("King John", "Earl of Pembroke")."""
    return len(untitled(name)) < len(name.split())


def _surname_in_question(cand: str, fact: Fact) -> bool:
    """The option's last word is a name the question says and the answer's is not ('Hooke'
    in "_____ and Hooke also designed the Monument", 'Heyerdahl' beside "Heyerdahl himself"):
    the option is named there as someone else, so it is obviously wrong."""
    last = cand.split()[-1] if cand.split() else ""
    if not _CAPITALISED_WORD.fullmatch(last) or len(cand.split()) < 2:
        return False
    said = set(re.findall(r"[\w'’-]+", fact.prompt))
    return last in said and (fact.answer.split() or [""])[-1] not in said


_POSSESSIVE = re.compile(r"['’]s$")


def _one_person(a: str, b: str) -> bool:
    """Whether two names are one person's: a surname said with a title ("Mr Piñera",
    "President Piñera") or alone, beside any name ending in it ("Sebastián Piñera")."""
    ua, ub = untitled(a), untitled(b)
    return bool(ua and ub) and (len(ua) == 1 or len(ub) == 1) and ua[-1] == ub[-1]


_REGNAL = re.compile(r"[IVX]{1,4}")  # "Henry III", "Edward I"


def _fits_person(cand: str, answer: str) -> bool:
    """An option for a person has a person's shape: a name alone ('Wren', 'William') only
    beside a name alone, a full name beside full names, and never a possessive ('St Paul's':
    a building) or a name ending in an everyday noun that is no surname ('Victoria
    Embankment')."""
    words, own = cand.split(), answer.split()
    if not words or (len(words) == 1) != (len(own) == 1):
        return False
    if _POSSESSIVE.search(cand) and not _POSSESSIVE.search(answer):
        return False
    if len(words) > 1 and _REGNAL.fullmatch(words[-1]) and words[-2][:1].isupper():
        return True  # "Pope Innocent III", "Henry III": a ruler's name and number
    last = words[-1].casefold()
    return len(words) == 1 or not _everyday_noun(last) or _everyday_noun(own[-1].casefold())


@lru_cache(maxsize=8192)
def _everyday_noun(word: str) -> bool:
    """A word of everyday English (Zipf >= 3) that is no surname of the census list."""
    return word in load_wordmap().common_words() and word not in surnames()


def nested(a: str, b: str) -> bool:
    """One name's words run inside the other's (either way)."""
    ta, tb = tokens_of(a), tokens_of(b)
    short, long = sorted((ta, tb), key=len)
    n = len(short)
    return 0 < n < len(long) and any(long[i: i + n] == short for i in range(len(long) - n + 1))


def _has_article(text: str) -> bool:
    return bool(_ARTICLE.match(text.strip()))


_COUNT_WORDS = {"two": 2, "both": 2, "pair": 2, "three": 3, "four": 4, "five": 5}
_ASKS_COUNT = re.compile(r"\b(?:which|what)\s+(two|three|four|five|pair)\b", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@lru_cache(maxsize=8192)
def asked_count(prompt: str) -> int:
    """How many things the question asks for: 'Which two rockets ...' -> 2 (default 1)."""
    m = _ASKS_COUNT.search(prompt)
    return _COUNT_WORDS[m.group(1).lower()] if m else 1


@lru_cache(maxsize=8192)
def _is_proper(text: str) -> bool:
    """A name ('Tianhe', 'the European Space Agency') rather than a phrase ('space debris')."""
    bare = _ARTICLE.sub("", text.strip())
    return bool(bare) and (bare[0].isupper() or bare[0].isdigit())


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]{4,}", text.lower()))


def _combinations(singles: list[str], n: int, avoid: set[str], rng: random.Random) -> list[str]:
    """'X and Y' options built from single answers, for questions that ask for n things."""
    pool = sorted({a for a in singles if key_of(a) not in avoid})
    groups = list(itertools.islice(itertools.combinations(pool, n), 200))
    rng.shuffle(groups)
    return [", ".join(g[:-1]) + " and " + g[-1] for g in groups]


def name_distractors(fact: Fact, deck: Deck, rng: random.Random, n: int = 3,
                     where: Surroundings = NOWHERE, *, in_sentence: bool = False) -> list[str]:
    """Answers of other name facts: same category, then categories with the same head noun,
    then categories of the same family (names shaped like the answer first). Nothing from
    unrelated categories: the item is dropped instead. A question asking for two things gets
    two-thing options.

    Names the fact's evidence mentions, and answers of facts whose evidence overlaps, may be
    true as well (or a part of the answer): they are never offered. Candidates must also fit
    the question's qualifiers (edu.items.qualifiers: region, craft type, planned or done),
    must not contain or sit inside an answer form, and carry the answer's article."""
    if says_nothing(fact.category):
        return []  # "CO2" and "II" are both 'name's: no kind to share
    count = asked_count(fact.prompt)
    found = _name_candidates(fact, deck, where)
    combined: list[str] = []
    if count > 1:
        items = _ITEM_SPLIT.split(fact.answer)
        avoid = {key_of(i) for i in items} | {key_of(b) for b in found.blocked}
        combined = _combinations(found.singles, count, avoid, rng)
    kept = _fitting_tiers(fact, deck, where, found, n, in_sentence)
    ordered = [kept.same, kept.same_head]
    if count > 1:
        ordered.append([c for c in combined if kept.fits(c)])
    ordered.append(kept.family)
    return _pick(ordered, fact, rng, n, found.blocked)


@dataclass(frozen=True)
class _FittingTiers:
    """A name fact's candidates that fit its question, by tier, and the test they passed
    (for the 'X and Y' options drawn afresh each time). None of it depends on the random
    choice, so it is kept per fact: the share estimate of true/false, true/false itself and
    multiple choice all ask for the same fact's options."""

    same: list[str]
    same_head: list[str]
    family: list[str]
    fits: Callable[[str], bool]


def _fitting_tiers(fact: Fact, deck: Deck, where: Surroundings, found: _NameCandidates,
                   n: int, in_sentence: bool) -> _FittingTiers:
    pools = where.pools
    # n reads only as the family tier's length; a sentence only where articles are known,
    # and known articles (ordinary English) ask the recogniser's kind too (_option_test);
    # the candidates as found for this wording of the fact (_asked). The labels, sexes and
    # articles themselves are the deck's, as its pools are.
    key = (_FittingTiers, *_asked(fact), where.evidence_stems, max(2 * n, 6),
           in_sentence and bool(where.articles), bool(where.articles))
    kept = pools.memo.get(key) if pools is not None else None
    if isinstance(kept, Drop):
        raise Drop(str(kept))
    if isinstance(kept, _FittingTiers):
        return kept
    try:
        fits = _option_test(fact, deck, where, in_sentence)
    except Drop as drop:
        if pools is not None:
            pools.memo[key] = drop
        raise
    kept = _FittingTiers([c for c in found.same if fits(c)],
                         [c for c in found.same_head if fits(c)],
                         [c for c in found.family[: max(2 * n, 6)] if fits(c)], fits)
    if pools is not None:
        pools.memo[key] = kept
    return kept


def _option_test(fact: Fact, deck: Deck, where: Surroundings,
                 in_sentence: bool) -> Callable[[str], bool]:
    """Whether a candidate fits the fact's question: said like the answer, a place of its
    kind, of the kind the recogniser reads the answer as, a person of its era, role and sex
    (Drop when no option can be of the answer's kind)."""
    # a sentence of ordinary English (the document's articles are known) takes a name said
    # like the answer and of its kind; a curated deck's categories already say the kind
    written = in_sentence and bool(where.articles)
    articles = where.articles if written else {}
    kinded = written and ("person" not in category_families(fact.category)  # no kind: surnames
                          or name_kind(fact.answer) == "thing")  # a town drafted as a person
    raw = bool(where.articles)  # ordinary English: its drafts' categories may be wrong
    want = None
    if where.labels:  # ordinary English read by the recogniser: options of one kind
        want = wanted_kind(fact.answer, fact.category, where.labels)
    people = raw and (want == "person" or "person" in category_families(fact.category)
                      or name_kind(fact.answer) == "person")
    if people:
        pools = where.pools or DeckPools.of(deck)
        eras, roles = name_eras(pools), name_roles(pools)  # people who could have done it

    def fits(c: str) -> bool:
        if not (_said_alike(c, fact.answer, articles)
                and fits_place_kind(fact.answer, c)
                and (not raw or fits_name_kind(fact.answer, c))
                and (not kinded or _same_head(c, fact.answer))):
            return False
        if where.labels and not fits_kind(want, kind_of(c, where.labels)):
            return False
        return not people or (same_era(fact.answer, c, eras) and same_role(fact.answer, c, roles)
                              and same_sex(fact.answer, c, where.sexes))
    return fits


def wanted_kind(answer: str, category: str, labels: dict[str, str]) -> str | None:
    """The kind every option of a name fact must be: the answer's own as the text says it,
    else the one its category claims ("person", "organisation"); Drop when the category
    claims a kind the text never gives the answer ("Dorset" drafted as an organisation:
    options of organisations beside it would say "Which organisation?" of a county), or the
    answer is a piece of a longer name ("Hadron Collider")."""
    mine = kind_of(answer, labels)
    if mine == CUT:
        raise Drop(f"'{answer}' is only ever written inside a longer name")
    claim = category_kind(category)
    if mine is None and claim not in (None, "place"):
        raise Drop(f"the text never says what '{answer}' is, and its category says "
                   f"'{claim}': no options of one kind")
    return mine


def _head(name: str) -> str | None:
    """The everyday noun a name (not a person's) is a kind of ("Bank of Italy" -> bank,
    "Hayes Valley" -> valley, "Royal Society" -> society); None for a name of no such kind
    ("Cape Mendocino", "Rome")."""
    words = name.split()
    if " of " in f" {name} ":
        words = words[:words.index("of")] if "of" in words else words
    if len(words) < 2 and " of " not in f" {name} ":
        return None
    head = words[-1].casefold().strip(".,")
    single = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    common = load_wordmap().common_words()
    return single if head in common or single in common else None


def _same_head(cand: str, answer: str) -> bool:
    """A name put in another's place in a sentence is a thing of the same kind: "the army's
    Bank of Italy" for "the army's Department of California" is absurd, not false."""
    return _head(cand) == _head(answer)  # "New York City" is no stand-in for "Rome" either


def _said_alike(cand: str, answer: str, articles: dict[str, str]) -> bool:
    """Whether the document says both names after the same article, or none ("the United
    States" beside "Hayes Valley", "the Atlantic" beside "Rome" give themselves away); a
    name the document does not say as written fits either."""
    mine, theirs = articles.get(key_of(answer)), articles.get(key_of(cand))
    return mine is None or theirs is None or mine == theirs


@dataclass(frozen=True)
class _NameCandidates:
    """A name fact's candidate answers by tier, before any random choice (so computed once
    per fact although multiple choice, true/false and its share estimate all ask)."""

    same: list[str]  # same category
    same_head: list[str]  # same head noun
    family: list[str]  # heads of one family, most words in common with the question first
    singles: list[str]  # single answers of the same category, for 'which two' options
    blocked: set[str]  # answers that could be true as well


def _name_candidates(fact: Fact, deck: Deck, where: Surroundings) -> _NameCandidates:
    pools = where.pools
    if pools is None:
        return _find_name_candidates(fact, DeckPools.of(deck), where)
    key = (_NameCandidates, *_asked(fact), where.evidence_stems)
    found = pools.memo.get(key)
    if not isinstance(found, _NameCandidates):
        found = pools.memo[key] = _find_name_candidates(fact, pools, where)
    return found


def _asked(fact: Fact) -> tuple[object, ...]:
    """What of a fact its name candidates read, for the keys of what is kept per fact: a kind
    may pass the fact reworded under its own id (its prompt tidied or cut, its whole name:
    edu.items.make, edu.items.wholes) while the true/false share estimate asks the deck's
    own wording, and which is asked first depends on which parts are made."""
    return (fact.id, fact.kind, fact.prompt, fact.answer, fact.category, fact.source.start,
            fact.source.end)


@dataclass(frozen=True)
class _Traits:
    """What a candidate's own question and answer say, asked once per deck (the same fact
    is a candidate for every fact of its related categories)."""

    count: int  # asked_count of its prompt
    proper: bool  # its answer is a name
    plan: bool  # its prompt is about a plan


def _candidate_words(pools: DeckPools, f: Fact) -> frozenset[str]:
    """The words of a candidate's question and category (once per deck and fact)."""
    memo = pools.memo.setdefault(_candidate_words, {})
    assert isinstance(memo, dict)
    found = memo.get(id(f))
    if found is None:
        found = memo[id(f)] = _words(f.prompt) | _category_words(f.category)
    return found


def _answers_by_first_stem(pools: DeckPools, kind: FactKind) -> dict[str, list[str]]:
    """The answers of the kind's facts by their first stem (once per deck)."""
    key = ("answers by first stem", kind)
    kept = pools.memo.get(key)
    if isinstance(kept, dict):
        return kept
    found: dict[str, list[str]] = {}
    for f in pools.kinds[kind].facts:
        stems = _stems_of(f.answer)
        if stems:
            found.setdefault(stems[0], []).append(f.answer)
    pools.memo[key] = found
    return found


def _find_name_candidates(fact: Fact, pools: DeckPools, where: Surroundings) -> _NameCandidates:
    count = asked_count(fact.prompt)
    plan = about_a_plan(fact.prompt)
    proper = _is_proper(fact.answer)
    mine = _words(fact.prompt) | _category_words(fact.category)
    tiers: dict[int, list[Fact]] = {2: [], 1: [], 0: []}
    craft = bool(craft_types(fact.prompt, fact.category))  # else every candidate fits
    traits = pools.memo.setdefault(_Traits, {})
    assert isinstance(traits, dict)
    for category, group in pools.related_by_category(fact, CATEGORY_SAMPLE).items():
        close = category_closeness(fact.category, category)
        if close not in tiers or not fits_kind_words(fact.prompt, fact.category, category):
            continue  # categories unrelated to the fact's are never looked at
        tier = tiers[close]
        for f in group:
            found = traits.get(id(f))
            if found is None:
                found = traits[id(f)] = _Traits(asked_count(f.prompt), _is_proper(f.answer),
                                                about_a_plan(f.prompt))
            if found.count != count:
                continue
            if not (close == 2 or found.proper == proper):
                continue
            if (found.plan == plan  # planned missions beside planned ones
                    and (not craft or fits_craft(fact.prompt, fact.category, f.prompt,
                                                 category))):
                tier.append(f)
    for tier in tiers.values():
        tier.sort(key=pools.position)  # deck order, as a scan of the deck finds them
    tiers[0].sort(key=lambda f: (-len(mine & _candidate_words(pools, f)), f.id))
    # Names the fact's own evidence mentions may be true as well, or a part of the answer
    # (Zhurong for Tianwen-1, ESA for its European Astronaut Centre): never offered.
    blocked = {f.answer for f in pools.overlapping(fact)}
    same_category = pools.same_category(fact) if count > 1 else []
    if where.evidence_stems:
        near = {f.answer for tier in tiers.values() for f in tier}
        near |= {f.answer for f in same_category}
        # only an answer whose first stem the evidence holds can be named there
        stems = where.evidence_stems
        starting = _answers_by_first_stem(pools, fact.kind)
        maybe = {a for stem in set(stems) for a in starting.get(stem, ())}
        blocked |= {a for a in maybe & near if named_in(stems, a)}
    return _NameCandidates(
        same=[f.answer for f in tiers[2]], same_head=[f.answer for f in tiers[1]],
        family=[f.answer for f in tiers[0]], blocked=blocked,
        singles=[f.answer for f in same_category if asked_count(f.prompt) == 1])


def _nice_step(value: float, grain: float) -> float:
    """About a tenth of the value, as a whole multiple of the answer's rounding grain."""
    raw = abs(value) * 0.11
    steps = max(1, round(raw / grain))
    return steps * grain


def _same_magnitude(v: float, value: float) -> bool:
    """Same number of integer digits (1-12 for small counts, (0, 1) for fractions)."""
    if value >= 10:
        return len(str(int(v))) == len(str(int(value)))
    if value >= 1:
        return 1 <= v < 13
    return 0 < v < 1 if value > 0 else True


def _grain(found_value: float, decimals: int) -> float:
    """The answer's rounding: 1,731 -> 1; 207 -> 1; 400 -> 50 (a round answer gets round
    distractors, at half its last significant place so they stay near it)."""
    if decimals:
        return 10.0 ** -decimals
    whole = int(found_value)
    digits = str(whole)
    zeros = len(digits) - len(digits.rstrip("0")) if whole else 0
    zeros = min(zeros, max(0, len(digits) - 1))
    grain = 10.0 ** zeros
    return grain / 2 if zeros else grain


_NEGATIVE = re.compile(r"(?:minus|negative|[-−])\s*$", re.IGNORECASE)


def number_distractors(fact: Fact, rng: random.Random, n: int = 3) -> list[str]:
    """Nearby values of the same magnitude and unit, rounded and written like the answer;
    all above (below) the answer when the question asks for a lower (upper) bound."""
    found = find_number(fact.answer)
    if found is None:
        return []
    value = found.value
    grain = _grain(value, found.decimals)
    if found.words and not found.decimals and value % 10 == 0:
        grain *= 2  # in words, whole steps: "eight million", never "seven million five hundred"
    # a fraction ("26-1/2") keeps its fractional part in every distractor ("23-1/2"), so
    # none stands out by its form: whole steps from the whole part
    offset = value % 1 if found.denominator else 0.0
    step = _nice_step(value, grain)
    percent = found.suffix.strip().lower().startswith(("%", "percent", "per cent"))
    # the tolerance and the aliases' values count whole units; the answer's numeral may be
    # scaled ("6.4 million": 6.4), and its options are written in the numeral's terms
    whole = parse_quantity(fact.answer)
    scale = whole.value / value if whole is not None and whole.value and value else 1.0
    tol = tolerance_of(fact) / scale
    alias_values = [q.value / scale for q in (parse_quantity(a) for a in fact.aliases) if q]
    prompt_values = {float(m.group().replace(",", "")) for m in _PROMPT_NUMBER.finditer(
        fact.prompt)}
    # a hedged figure stands for a band: no option inside what the hedge could mean
    gap = max(tol, grain / 2, abs(value) * HEDGED_GAP if hedge_of(fact) == Hedge.ABOUT else 0)
    patterns = [(-3, -2, -1), (-2, -1, 1), (-1, 1, 2), (1, 2, 3), (-2, 1, 2), (-1, 1, 3)]
    direction = direction_of(fact)
    if _NEGATIVE.search(found.prefix):
        direction = -direction  # "below minus 50": the false options lie below -50, at 55
    if direction:
        patterns = [(1, 2, 3), (1, 2, 4), (1, 3, 4)] if direction > 0 else [
            (-3, -2, -1), (-4, -2, -1), (-4, -3, -1)]
    rng.shuffle(patterns)
    steps = [step, *(max(grain, round(step * f / grain) * grain) for f in (0.5, 1.5))]
    if gap > step:  # strides wide enough to clear a hedged figure's band
        steps += [max(grain, math.ceil(gap * f / grain) * grain) for f in (1.25, 1.5)]
    for stride, pattern in itertools.product(dict.fromkeys(steps), patterns):
        jitter_room = int(stride / grain) // 4
        values = []
        for k in pattern:
            jitter = rng.randint(-jitter_room, jitter_room) * grain if jitter_room else 0.0
            values.append(round((value - offset + k * stride + jitter) / grain) * grain
                          + offset)
        ok = all(v > 0 or value <= 0 for v in values) and len(set(values)) == len(values)
        ok = ok and all(abs(v - value) > gap for v in values)
        ok = ok and not any(abs(v - a) <= max(tol, grain / 2) for v in values
                            for a in alias_values)
        if percent:
            ok = ok and all(v <= 100 for v in values)
        if value != 1:  # "one organizations": a count of one changes its noun, a giveaway
            ok = ok and 1 not in values
        ok = ok and not any(v in prompt_values for v in values)
        ok = ok and all(_same_magnitude(v, value) for v in values)
        if direction:
            ok = ok and all((v - value) * direction > 0 for v in values)
        if ok:
            return [found.with_value(v) for v in values[:n]]
    return []


def _replace_month(text: str, month: int) -> str:
    """Put another month in, written like the original (full name or 'Apr.')."""
    def sub(m: re.Match[str]) -> str:
        bare = m.group(0).rstrip(".")
        name = MONTH_NAMES[month - 1]
        if len(bare) <= 4 and bare.lower() not in ("may", "june", "july"):
            return name[:3] + ("." if m.group(0).endswith(".") else "")
        return name
    return _MONTH_RE.sub(sub, text, count=1)


def _replace_year(text: str, year: int) -> str:
    return _YEAR_RE.sub(str(year), text, count=1)


_PLAN = re.compile(r"\b(?:plans?|planned|planning|will|shall|going to|next|future|upcoming|"
                   r"aims?|aiming|intends?|expected|targets?|by the end of)\b", re.IGNORECASE)


_SINCE = re.compile(r"\b(?:since|after|from)\s+(?:which|what)\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:before|by|until|till|up to)\s+(?:which|what)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def date_direction(prompt: str) -> int:
    """+1 for 'since which year?' (an earlier year would make 'signed since 2013' true as
    well, so options come later), -1 for 'by/before which year?', else 0."""
    if _SINCE.search(prompt):
        return 1
    return -1 if _UNTIL.search(prompt) else 0


def reference_date(deck: Deck, where: Surroundings = NOWHERE) -> tuple[int, int | None]:
    """The 'now' of the document: its date when known (glossary `date`), else the latest
    date answered by a fact that is not about a plan."""
    if where.reference is not None:
        return where.reference
    if where.pools is None:
        return _deck_reference(deck)
    if where.pools.reference is None:  # the deck's latest date, found once per deck
        where.pools.reference = _deck_reference(deck)
    return where.pools.reference


def _deck_reference(deck: Deck) -> tuple[int, int | None]:
    best: tuple[int, int | None] | None = None
    for f in deck.facts:
        if f.kind != FactKind.DATE or _PLAN.search(f.prompt):
            continue
        parsed = parse_date(f.answer)
        if parsed and parsed[0] and (best is None or (parsed[0], parsed[1] or 0)
                                     > (best[0], best[1] or 0)):
            best = (parsed[0], parsed[1])
    return best or (9999, None)


def date_window(fact: Fact, reference: tuple[int, int | None]) -> tuple[tuple[int, int],
                                                                         tuple[int, int]]:
    """Inclusive (year, month) bounds for date distractors. A past event (answer at or before
    the document's date, question not about a plan) gets distractors at or before that date;
    a future one (answer after it) gets distractors after it; a plan dated in the past is
    left free."""
    parsed = parse_date(fact.answer)
    year = parsed[0] if parsed and parsed[0] else reference[0]
    month = (parsed[1] if parsed else None) or 0
    ref = (reference[0], reference[1] or 12)
    low, high = (0, 1), (99999, 12)
    if (year, month) > ref:
        low = (ref[0], ref[1] + 1) if ref[1] < 12 else (ref[0] + 1, 1)
    elif not _PLAN.search(fact.prompt):
        high = ref
    return low, high


def date_distractors(fact: Fact, deck: Deck, rng: random.Random, n: int = 3,
                     where: Surroundings = NOWHERE) -> list[str]:
    """Nearby years (and months, for a month-and-year answer) that are not the answer, on the
    answer's side of the document's date (`date_window`), and after (before) the answer when
    the question asks 'since (by) which year' (`date_direction`)."""
    parsed = parse_date(fact.answer)
    if parsed is None:
        return []
    year, month, _day = parsed
    if year is None:
        return []
    low, high = date_window(fact, reference_date(deck, where))
    true_dates = {parse_date(a) for a in answer_forms(fact)}
    prompt_years = {int(y) for y in _YEAR_RE.findall(fact.prompt)}

    direction = date_direction(fact.prompt)
    floor, ceiling = named_year_bounds(fact, year)

    def inside(y: int, m: int | None) -> bool:
        if direction and ((y, m or 0) > (year, month or 0)) != (direction > 0):
            return False  # a bound: only dates on the side that makes the statement false
        if not floor <= y <= ceiling:
            return False
        return low <= (y, m or 1) <= high  # a bare year counts from its January

    candidates: list[str] = []
    if month is None:
        offsets = [k for k in range(-5, 6) if k and inside(year + k, None)
                   and _year_ok(year + k, prompt_years)]
        rng.shuffle(offsets)
        for k in sorted(offsets[:n], key=abs):
            candidates.append(_replace_year(fact.answer, year + k))
    else:
        for combos in _date_patterns(year, month, _day, rng):
            combos = [(y, m) for y, m in combos if inside(y, m)]
            rng.shuffle(combos)
            candidates = []
            for y, m in combos:
                text = _replace_month(_replace_year(fact.answer, y), m)
                # a month-and-year option may share a year the question names: "April 2021"
                # for a "2021 Perspective" paper gives nothing away
                if parse_date(text) not in true_dates and text not in candidates:
                    candidates.append(text)
                if len(candidates) == n:
                    break
            if len(candidates) == n:
                break
    return [c for c in candidates if parse_date(c) not in true_dates][:n]


# Years either side of a dated answer that its options of the same month may take.
DATE_YEAR_STEPS = (-3, -2, -1, 1, 2, 3)


def _date_patterns(year: int, month: int, day: int | None,
                   rng: random.Random) -> list[list[tuple[int, int]]]:
    """(year, month) options of a month-and-year or full date, in patterns to try in turn.
    Options that change one part alike (other months of the answer's year, or the answer's
    month in other years) leave no part that only the answer shares with the others; a mix
    ("3 May 1786", "3 August 1785", "3 July 1787" beside "3 August 1787") points at the
    answer, the one option whose month and year both recur. The mix is the last resort. A
    day the month has not got ("31 April") is never made."""
    months = [(year, m) for m in range(1, 13) if m != month]
    years = [(year + k, month) for k in DATE_YEAR_STEPS]
    mixed = [(year + k, m) for k in (-2, -1, 1, 2) for m in range(1, 13) if m != month]
    alike = [months, years]
    rng.shuffle(alike)
    return [[(y, m) for y, m in combos if day is None or day <= monthrange(y, m)[1]]
            for combos in (*alike, months + years + mixed)]


_SINCE_YEAR = re.compile(r"\b(?:since|from|after)\s+(1\d{3}|2\d{3})\b", re.IGNORECASE)


def named_year_bounds(fact: Fact, year: int) -> tuple[int, int]:
    """Years a date option must lie within: never before the 'since 2016' of the fact's
    section (its events all happened since then), and on the answer's side of every year the
    question names (a paper titled 'A 2021 Perspective' was not published in 2020)."""
    floor, ceiling = 0, 99999
    since = _SINCE_YEAR.search(fact.section)
    if since and year >= int(since.group(1)):
        floor = int(since.group(1))
    for named in (int(y) for y in _YEAR_RE.findall(fact.prompt)):
        if year >= named:
            floor = max(floor, named)
        else:
            ceiling = min(ceiling, named)
    return floor, ceiling


def _year_ok(year: int, prompt_years: set[int]) -> bool:
    return year not in prompt_years


def distractors_for(fact: Fact, deck: Deck, rng: random.Random, n: int = 3,
                    where: Surroundings = NOWHERE, *, in_sentence: bool = False) -> list[str]:
    """Exactly n distractors for the fact, or Drop with the reason there are too few. A name
    put `in_sentence` in the answer's place (a false statement) is one the document says
    after the answer's article: "one in the United States" cannot stand for "one in Hayes
    Valley"; an option, shown alone, need not."""
    if range_of(fact) is not None:  # "between 227,000 and 300,000": ranges like it
        found = range_distractors(fact, rng, n)
    elif fact.kind == FactKind.NUMBER:
        check_single_figure(fact)
        found = number_distractors(fact, rng, n)
    elif fact.kind == FactKind.DATE:
        found = date_distractors(fact, deck, rng, n, where)
    else:
        found = name_distractors(fact, deck, rng, n, where, in_sentence=in_sentence)
    if len(found) < n:
        if fact.kind == FactKind.NAME and says_nothing(fact.category):
            raise Drop(f"category '{fact.category}' says nothing of what the answer is: "
                       "no option of the same kind")
        if fact.kind == FactKind.NAME:
            raise Drop(f"only {len(found)} good distractor(s) in category "
                       f"'{fact.category}' and close categories, need {n}")
        raise Drop(f"only {len(found)} good distractor(s), need {n}")
    return found
