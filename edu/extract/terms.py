"""Terms: things named by ordinary words ("space debris", "far side of the Moon", "Einstein
Probe", "short-message communication") that the name scanner cannot see, because none of
their words is rare or foreign.

Three general signals, none tied to a document:
- a run of content words ending in a general head noun ("reusable launch vehicle",
  "negative list", "Space Day"), cut at verbs unless the pair is a known compound;
- a known English collocation from the shipped pair list ("far side", "dark matter"), or a pair
  of content words that the document itself repeats ("space debris", "gravitational waves");
- in ordinary English input, runs of capitalised words inside a sentence ("Gatun Lake").
Named-by-context phrases ("known as X", "called X", "named X") are offered too.

Terms are weak evidence of a fact, so they rank below every other name (see `_score`), and
only the first few mentions of each are kept.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress

from edu.extract import lexicon as lx
from edu.extract.anchor import Anchor, Features
from edu.extract.phrases import ORG_HEADS
from edu.extract.scan import GENERIC_HEADS
from edu.text.wordmap import load_bigrams, load_wordmap

# General head nouns: what a term made of ordinary words usually ends in.
TERM_HEADS = frozenset(lx.CATEGORY_HEADS) | ORG_HEADS | frozenset("""
day week agreement mechan regul law forum map line region object wave comet planet particl
debri clock propuls phase stage list ecosystem model zone orbit side pole corridor fleet
seri famili vessel shuttl lander orbit capsul detector sensor antenna payload reactor
protocol convent declar strategi framework standard charter memorandum accord fund award
prize festiv exhibit ceremoni campaign movement revolut crisi disast drought flood earthquak
cyclon storm hurrican pandem epidem diseas vaccin theori principl equat effect constant
personnel talent rescu warn countri develop land posit administr bureau depart author
corpor court assembl congress parliament summit collaps explos erupt tsunami landslid wildfir
""".split()) - {"act", "base", "group", "engin", "site", "parti"}
# Heads so common in prose that only a specific word right before them makes a term
# ("socialist country", "lunar landing", "embryonic development", "point positioning").
WEAK_HEADS = frozenset({"countri", "develop", "land", "posit"})
# Words that end a term when met walking back from the head: verbs and adverbs that in
# formal prose stand right before an object ("build space station", "also launch ...").
BREAKERS = frozenset("""
also continu well includ improv promot strengthen support develop enhanc establish expand
achiev complet build boost encourag accelar acceler advanc conduct carri adopt encourag
explor formul implement particip provid offer organ help enabl ensur make made use mean
success steadili basic first new sinc via among within across toward
activ major key import gener variou relat differ certain mani sever etc
would could must might shall should will can may yet still even just everi without along
per said say told tell ask accord ago
""".split()) | lx.PHRASE_STOPS
# Words after which a name follows ("known as X", "called X", "named X", "dubbed X").
NAMING = frozenset({"known", "call", "name", "dub", "titl", "entitl", "codenam"})
_TERM_CLASSES = (lx.WORD, lx.RARE, lx.FOREIGN)
_MAX_MODIFIERS = 3
SPECIFIC_ZIPF = 4.3  # a word rarer than this says what kind of thing a term names
_NAME_GLUE = frozenset({"of", "the", "de", "del", "da", "du", "van", "von", "for"})
MAX_TERM_REPEATS = 3  # mentions kept per term
MIN_REPEATS = 3  # a pair of content words the document says this often is a term


@lru_cache(maxsize=8192)
def _verb_like(stem: str) -> bool:
    """Is the stem mostly used as a verb (its -ed form nearly as common as its best word)?"""
    cands = load_wordmap().candidates(stem)
    if not cands:
        return False
    best = cands[0][1]
    return any(w.endswith("ed") and z >= best - 0.6 for w, z in cands[:6])


@lru_cache(maxsize=8192)
def _specific(stem: str) -> bool:
    """A word specific enough to open a term: rare, or a glued compound ("heavylift")."""
    wm = load_wordmap()
    return stem not in wm or wm.stem_zipf(stem) < SPECIFIC_ZIPF


def _content(stem: str, cls: int) -> bool:
    """A word that may be part of a term: not a number, verb-like linker or -ly adverb."""
    return cls in _TERM_CLASSES and len(stem) > 1 and stem not in BREAKERS \
        and not _adverb(stem)


_ADJECTIVE_ENDINGS = ("al", "ful", "ive", "ous", "ic", "ary", "ned", "less", "able", "ible")


@lru_cache(maxsize=8192)
def _adjective(stem: str) -> bool:
    """Does the stem's usual word look like an adjective ("eternal", "unmanned")?"""
    word = load_wordmap().best(stem) or ""
    return word.endswith(_ADJECTIVE_ENDINGS) and len(word) > 5


@lru_cache(maxsize=8192)
def _adverb(stem: str) -> bool:
    """"particularli", "heavili": -ly adverbs describe how, they do not name things."""
    word = load_wordmap().best(stem) or ""
    return word.endswith("ly") and len(word) > 4


def term_anchors(stems: list[str], classes: list[int], boundaries: set[int],
                 taken: set[tuple[int, int]], doc_words: list[str] | None = None,
                 text: str | None = None, starts: list[int] | None = None,
                 stem_classes: dict[str, int] | None = None) -> list[Anchor]:
    """Term anchors, in document order, none with a span already in `taken`. `stem_classes`:
    each stem's class (the classifier's, which made `classes`), else read off the tokens."""
    n = len(stems)
    known = load_bigrams()
    wm = load_wordmap()
    pairs = Counter(zip(stems, stems[1:], strict=False))
    freq = Counter(stems)

    def compound(a: int) -> bool:
        """Do tokens a and a+1 form a compound that may hold a verb-like word?"""
        key = (stems[a], stems[a + 1])
        together = pairs[key]
        return key in known or (together >= 2 and together * 4 >= min(
            freq[key[0]], freq[key[1]]))

    spans: dict[tuple[int, int], Features] = {}
    covered = bytearray(n)  # tokens inside a head-noun term: pairs there add nothing

    def offer(lo: int, hi: int, features: Features) -> None:
        if (lo, hi) not in taken and (lo, hi) not in spans:
            spans[(lo, hi)] = features

    def sticky(k: int) -> bool:
        """Does token k open a term (rather than close the clause before it)?"""
        return compound(k) or _specific(stems[k]) or classes[k] in (lx.RARE, lx.FOREIGN)

    ctx_seen: dict[tuple[str, ...], int] = {}  # a dict, not a Counter: one look-up a head

    # Ordinary English shows verb forms and adverbs as written: "critics warned", "rarely".
    inflected = {k for k, w in enumerate(doc_words) if w.islower() and len(w) > 4 and (
        (w.endswith("ed") and not stems[k].endswith("ed"))
        or (w.endswith("ly") and not stems[k].endswith(("li", "ly")))  # "rarely" -> rare
        or (w.endswith("ing") and _verb_like(stems[k])))} if doc_words is not None else set()
    past = {k for k in inflected if doc_words[k].endswith("ed")}  # type: ignore[index]
    heads = [h for h in compress(range(n), map(TERM_HEADS.__contains__, stems))
             if h and classes[h] in _TERM_CLASSES and h not in inflected]
    heads = list(compress(heads, _fresh_marks(stems, heads, ctx_seen)))
    for h in heads:
        s = stems[h]
        lo = h
        while lo > 0 and h - lo < _MAX_MODIFIERS and lo not in boundaries:
            k = lo - 1
            if not _content(stems[k], classes[k]) or (
                    (_verb_like(stems[k]) or stems[k] in TERM_HEADS) and not compound(k)) \
                    or k in past:
                break  # a verb, or the head of the term before: "... probe | beidou ..."
            lo = k
        while lo < h - 1 and not sticky(lo):
            lo += 1  # "flight test reusable launch vehicle": the term starts at "reusable"
        if stems[h] in WEAK_HEADS and not _specific(stems[h - 1]):
            continue
        if lo == h and _specific(s) and s not in GENERIC_HEADS:
            offer(h, h + 1, Features(term=True, term_single=True))  # "drought", "cyclone"
        elif lo < h and (s not in GENERIC_HEADS or h - lo >= 2 or _specific(stems[lo])):
            offer(lo, h + 1, Features(term=True, term_head=True))
            covered[lo : h + 1] = b"\x01" * (h + 1 - lo)
            # an inner head ends a shorter term too: "second phase | manned ... project"
            for m in range(lo + 1, h):
                if stems[m] in TERM_HEADS and m + 1 not in boundaries:
                    offer(lo, m + 1, Features(term=True, term_head=True))
    # Pairs that may open a term, judged once per distinct pair.
    cls_of = stem_classes if stem_classes is not None else dict(zip(stems, classes, strict=True))
    opening = {pair for pair in pairs if _opens(pair, cls_of, known, pairs, wm)}
    ctx_seen.clear()
    adjacent = zip(stems, stems[1:], strict=False)
    openers = [h for h in compress(range(1, n), map(opening.__contains__, adjacent))
               if h not in boundaries]
    for h in compress(openers, _fresh_marks(stems, openers, ctx_seen)):
        s, c, a = stems[h], classes[h], h - 1
        if c == lx.WORD and stems[a] not in wm and len(stems[a]) >= 6 and classes[a] == lx.WORD \
                and a not in boundaries and s not in lx.PHRASE_STOPS and not covered[h]:
            # a glued compound adjective opens a term: "short-message communication",
            # up to a head noun close behind: "high-resolution earth observation system"
            hi = h + 1
            for k in range(h + 1, min(n, h + 3)):
                if k in boundaries or not _content(stems[k], classes[k]):
                    break
                if stems[k] in TERM_HEADS:
                    hi = k + 1
                    break
            offer(a, hi, Features(term=True, term_compound=True))
        if stems[a] in NAMING and _content(s, c):
            hi = h + 1
            while hi < n and hi - h < 3 and hi not in boundaries \
                    and _content(stems[hi], classes[hi]) and not _verb_like(stems[hi]):
                hi += 1
            offer(h, hi, Features(term=True, term_named=True))
        if (covered[a] and covered[h]) or a in inflected or h in inflected:
            continue
        if _pair_term(stems[a], s, cls_of, known, pairs):
            hi = h + 1
            if hi < n and stems[hi] in TERM_HEADS and hi not in boundaries:
                hi += 1  # "dark matter particle"
            offer(a, hi, Features(term=True, term_pair=True))
    if doc_words is not None and text is not None and starts is not None:
        for lo, hi in _capitalised_runs(doc_words, text, starts, boundaries):
            if all(c in _TERM_CLASSES for c in classes[lo:hi]):  # not "August", "1904"
                offer(lo, hi, Features(term=True, term_capital=True))
    seen: Counter[tuple[str, ...]] = Counter()
    out: list[Anchor] = []
    for (lo, hi), features in sorted(spans.items()):
        key = tuple(stems[lo:hi])
        seen[key] += 1
        if seen[key] <= MAX_TERM_REPEATS:
            features.term_freq = pairs[(key[0], key[1])] if len(key) >= 2 else 0
            out.append(Anchor("name", lo, hi, features, head=stems[hi - 1]
                              if stems[hi - 1] in lx.CATEGORY_HEADS else ""))
    return out


def _fresh_marks(stems: list[str], positions: list[int],
                 ctx_seen: dict[tuple[str, ...], int]) -> list[bool]:
    """For each position in order, whether its context (the stems from _MAX_MODIFIERS before
    it to one after it) has been seen at most MAX_TERM_REPEATS times so far, counting this
    one: later mentions of the same words add no term. One loop, no function call a position."""
    get = ctx_seen.get
    marks = []
    for h in positions:
        key = tuple(stems[h - _MAX_MODIFIERS if h >= _MAX_MODIFIERS else 0 : h + 2])
        seen = ctx_seen[key] = get(key, 0) + 1
        marks.append(seen <= MAX_TERM_REPEATS)
    return marks


def _pair_term(a: str, b: str, cls_of: dict[str, int], known: object,
               pairs: Counter[tuple[str, str]]) -> bool:
    """Two content words that make a term: a known collocation with a specific word in it
    ("far side", "dark matter"), or two specific words the document repeats."""
    if not (_content(a, cls_of[a]) and _content(b, cls_of[b])) \
            or (_verb_like(a) and not _adjective(a)) \
            or _adjective(b):
        return False  # "sustained outer", "lunar planetary": the term is not over yet
    if (a, b) in known:  # type: ignore[operator]
        return _specific(a) or _specific(b)
    if _specific(a) and _adjective(a) and not _verb_like(b) and not _adverb(b):
        return True  # "eternal dream", "peaceful purposes", "unmanned driving"
    return pairs[(a, b)] >= MIN_REPEATS and _specific(a) and _specific(b)


def _opens(pair: tuple[str, str], cls_of: dict[str, int], known: object,
           pairs: Counter[tuple[str, str]], wm: object) -> bool:
    """Can a term start at this pair (compound adjective, naming word, or term pair)?"""
    a, b = pair
    if a in NAMING:
        return _content(b, cls_of[b])
    if cls_of[a] == lx.WORD and cls_of[b] == lx.WORD and len(a) >= 6 \
            and a not in wm and b not in lx.PHRASE_STOPS:  # type: ignore[operator]
        return True
    return _pair_term(a, b, cls_of, known, pairs)


def _title_line(text: str, offset: int) -> bool:
    """Is the line holding `offset` a title ("City Council Approves New Budget")? Most of its
    words are capitalised and it does not end like a sentence."""
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 2 or line.endswith((".", "!", "?", '"')):
        return False
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _capitalised_runs(words: list[str], text: str, starts: list[int],
                      boundaries: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised written words; one word alone counts only inside a sentence."""
    out = []
    k = 0
    n = len(words)
    while k < n:
        if not words[k][:1].isupper():
            k += 1
            continue
        j = k + 1
        while j < n and words[j][:1].isupper() and j not in boundaries \
                and set(text[starts[j - 1] + len(words[j - 1]) : starts[j]].split()) <= _NAME_GLUE:
            j += 1  # "Isthmus of Panama", not "Gatun on the Atlantic"
        before = text[max(0, starts[k] - 3) : starts[k]]
        initial = k == 0 or k in boundaries or "\n" in before or any(ch in ".!?" for ch in before)
        if (j - k >= 2 or not initial) and not _title_line(text, starts[k]):
            out.append((k, j))
        k = j
    return out
