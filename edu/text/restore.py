"""Stems back to readable English: inverse word map, context, compounds and the glossary.

`restore_stems` gives one readable word per stem; `edu.text.reading` calls it once per document.
A multi-token glossary name gives one piece per token ("Long", "March", "5"); a piece ending
in "-" glues to the next one ("Chang'e-", "6"). `join_words` puts the pieces together.

How a stem is chosen (details and measured accuracy: docs/RESTORE.md):
1. the word map's candidates scored by frequency, plus a small bonus for plural nouns and a
   per-document bonus for "-ed" forms when the text is narrative (irregular past verbs);
2. a context table learnt from stop-word-removed prose (scripts/build_context.py) re-chooses
   each word's inflection class from the stems one and two tokens around it ("jointly" asks
   for "-ed"); heading words neither take nor give context;
   books bigrams re-choose words next to a word they often pair with ("space exploration"),
   and a stem re-read that way again and again is read so throughout (one sense per text);
3. glossary entries (longest match; names, numbered series, fixed words) override;
4. after a count ("207", "five", "several") the head noun of the next one or two tokens
   becomes plural, and after "1"/"one" singular;
5. an unknown token is split into known words ("highresolut" -> high-resolution); failing
   that it is taken for a name: a final "i" becomes "y" (Porter's own rewrite) and the stem
   is shown capitalised ("Nansen"); letter+digit codes are upper-cased ("FX400").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from edu.text.compounds import split_compound
from edu.text.glossary import Glossary
from edu.text.numbers import series_text, year_range_text
from edu.text.places import demonyms, place_glossary
from edu.text.preprocess import stop_words
from edu.text.quantities import MONTH_NAMES, WEEKDAYS
from edu.text.wordmap import Bigrams, WordMap, load_bigrams, load_context, load_wordmap

_RARE_PLURAL = 1.5  # a plural this much rarer than its singular is not used after counts
# Measured on the seed's reference and the tuned prose (docs/RESTORE.md): formal prose has
# more plural nouns than wordfreq's mix suggests; "-ing" needs no handicap of its own.
_FORM_BONUS = {"plural": 0.3, "ed": 0.05, "ing": 0.0}
_ROMAN = frozenset(
    "ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii".split()
)
_NUMBER = re.compile(r"^\d+$")
# Stems of words that make the following noun plural ("several launches", "five years").
_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelv thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenti thirti forti fifti sixti seventi eighti nineti "
    "hundr thousand million billion trillion dozen sever mani numer variou multipl countless "
    "fewer".split()
)
_SCALE_WORDS = frozenset("hundr thousand million billion trillion dozen".split())


def _form(word: str, words: frozenset[str]) -> str:
    """Inflection of `word` relative to the other candidates of its stem."""
    if word.endswith("s") and not word.endswith("ss"):
        if word[:-1] in words or (word.endswith("es") and word[:-2] in words):
            return "plural"
        if word.endswith("ies") and word[:-3] + "y" in words:
            return "plural"
    if word.endswith("ed"):
        return "ed"
    if word.endswith("ing"):
        return "ing"
    return "base"


# Classes of the context table (scripts/build_context.py, edu/data/context.tsv.gz): the
# inflections that the deleted stop words decided ("the satellites", "was launched").
FORM_CLASSES = ("base", "plural", "ed", "ing", "ly", "noun")
_NOUN_ENDS = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ure")


def form_class(word: str, words: frozenset[str]) -> str:
    """Context-table class of `word` among its stem's words: `_form`, plus "-ly" adverbs and
    nominalisations ("development", "governance") apart from the base word."""
    kind = _form(word, words)
    if kind != "base":
        return kind
    if word.endswith("ly") and len(word) > 4:
        return "ly"
    if word.endswith(_NOUN_ENDS) and len(word) > 5:
        return "noun"
    return "base"


# Irregular verbs whose past and present stems differ tell how narrative a text is; a text
# that says "said", "made", "took" more than "say", "make", "take" favours "-ed" forms.
_PAST_STEMS = frozenset(
    "said made took came told began gave went knew thought becam brought wrote led built grew "
    "spent felt kept held stood won lost paid sent met ran fell drove sold bought taught caught "
    "fought chose broke spoke".split()
)
_PRESENT_STEMS = frozenset(
    "say make take come tell begin give go know think becom bring write lead build grow spend "
    "feel keep hold stand win lose pay send meet run fall drive sell buy teach catch fight choos "
    "break speak".split()
)
_TENSE_SAMPLE = 200_000  # tokens looked at to judge the tense of a long text


def past_bonus(stems: list[str]) -> float:
    """Bonus for "-ed" forms in this text, from its irregular past/present verb ratio."""
    counts = Counter(stems[:_TENSE_SAMPLE])
    past = sum(counts[s] for s in _PAST_STEMS)
    present = sum(counts[s] for s in _PRESENT_STEMS)
    if past + present < 3:
        return _FORM_BONUS["ed"]
    return round(-0.2 + 0.8 * past / (past + present), 1)


def inflects(word: str, lemma: str) -> bool:
    """Whether `word` is `lemma` or one of its regular inflections (experiment ->
    experiments, experimented, experimenting; utilize -> utilized; study -> studies)."""
    if word == lemma:
        return True
    bases = {lemma, lemma + lemma[-1]}
    if lemma.endswith("e"):
        bases.add(lemma[:-1])
    if lemma.endswith("y"):
        bases.add(lemma[:-1] + "i")
    return any(word == b + end for b in bases for end in ("s", "es", "ed", "d", "ing"))


def _candidates(stem: str, lemma: str = "") -> tuple[tuple[str, float], ...]:
    """The word map's words for `stem`; with a document's `lemma` (glossary `forms`), only
    that word and its inflections (the lemma alone when the map has none of them)."""
    cands = load_wordmap().candidates(stem)
    if not lemma:
        return cands
    kept = tuple(wz for wz in cands if inflects(wz[0], lemma))
    return kept or ((lemma, cands[0][1] if cands else 3.0),)


@lru_cache(maxsize=200_000)
def _choices(stem: str, ed_bonus: float = 0.0,
             lemma: str = "") -> tuple[str, str | None, str | None]:
    """(best word, best plural, best singular) for a known or unknown stem."""
    wm = load_wordmap()
    cands = _candidates(stem, lemma)
    if not cands:
        return _unknown(stem, wm), None, None
    words = frozenset(w for w, _ in cands)
    bonus = {**_FORM_BONUS, "ed": ed_bonus}
    best = max(cands, key=lambda wz: wz[1] + bonus.get(_form(wz[0], words), 0.0))[0]
    if best in _CALENDAR and best not in ("may", "march", "mar"):
        best = best.capitalize()  # month and weekday names are proper nouns
    plural = next((w for w, _ in cands if _form(w, words) == "plural"), None)
    singular = None
    if plural is not None:
        zipf = dict(cands)
        singular = next((w for w, _ in cands if plural in (w + "s", w + "es")
                         or (w.endswith("y") and plural == w[:-1] + "ies")), None)
        if singular is not None and zipf[plural] < zipf[singular] - _RARE_PLURAL:
            plural = None  # "percents", "informations": the noun is not counted
    return best, plural, singular


# month names, their short forms and weekdays (edu.text.quantities holds the lists)
_CALENDAR = frozenset(
    [m.lower() for m in MONTH_NAMES] + [m[:3].lower() for m in MONTH_NAMES if m != "May"]
    + ["sept"] + [d.lower() for d in WEEKDAYS]
)


_ALPHA_RUN = re.compile(r"[a-z]+")
_CODE_LETTERS = 3  # letter runs this short in a letter+digit token are a code ("FX400")
_ACRONYM_MAX = 5  # an unknown token this short without a vowel is an acronym ("NPRP")
_VOWELS = frozenset("aeiouy")


def _unknown(stem: str, wm: WordMap) -> str:
    """A stem the word map does not know: a roman numeral, a code, a compound or a name."""
    if stem in _ROMAN:
        return stem.upper()
    if not stem.isalpha():
        if not stem[0].isalpha():
            # a number, a range ("20162025" -> 2016–2025), designators ("4a4b" -> 4A/4B),
            # or a number glued to a noun ("30satellit")
            return year_range_text(stem) or series_text(stem) or stem
        if all(len(run) <= _CODE_LETTERS for run in _ALPHA_RUN.findall(stem)):
            return stem.upper()  # a designator: "fx400" -> FX400, "cr400af" -> CR400AF
        return stem.capitalize()  # a numbered name: "tianwen1" -> Tianwen1
    parts = split_compound(stem)
    if parts:
        *head, last = parts
        keep = last not in wm or last in stop_words()  # "well-thought-out", not "-outs"
        return "-".join([*head, last if keep else _choices(last)[0]])
    # Not an English word nor a compound of them: most likely a proper name ("nansen"), or
    # an acronym when it is short and has no vowel ("nprp", "pnt").
    if len(stem) <= _ACRONYM_MAX and stem.isascii() and not _VOWELS.intersection(stem):
        return stem.upper()
    word = stem[:-1] + "y" if stem.endswith("i") and len(stem) > 3 else stem
    return word.capitalize()


def _count_value(stem: str) -> int | None:
    """2 for a plural-making count, 1 for "one"/"1", None otherwise (years are not counts)."""
    if stem in ("1", "one", "singl"):
        return 1
    if _NUMBER.match(stem):
        n = int(stem)
        return None if 1000 <= n <= 2100 or n == 0 else 2
    return 2 if stem in _COUNT_WORDS else None


def restore_stems(
    stems: list[str],
    glossary: Glossary | None = None,
    enumerators: frozenset[int] = frozenset(),
    ed_bonus: float | None = None,
    headings: frozenset[int] = frozenset(),
) -> list[str]:
    """One readable word per stem, in order. `enumerators`: indices of heading numbers,
    which are not counts ("2 vision" stays singular). `ed_bonus`: see `past_bonus` (judged
    from `stems` when None; pass the whole document's when restoring a part of it).
    `headings`: indices of heading words (numbers and titles), which neither take nor give
    context: the text before a title belongs to another passage."""
    distinct = set(stems)
    if ed_bonus is None:
        ed_bonus = past_bonus(stems)
    forms = glossary.forms if glossary else {}
    best = {s: _choices(s, ed_bonus, forms.get(s, ""))[0] for s in distinct}
    out = [best[s] for s in stems]
    n = len(stems)
    _apply_context(stems, out, forms, ed_bonus, headings)
    _apply_bigrams(stems, out, forms)
    places = _apply_glossary(stems, out, place_glossary(), distinct)
    in_names: set[int] = set()  # tokens of multi-token glossary names ("Digital China")
    named = _apply_glossary(stems, out, glossary, distinct, in_names) if glossary else set()
    # glossary words in a context ("(china) launch": launched) win over places and one-token
    # entries, not over multi-token names and phrases
    in_context = glossary.apply_in_context(stems, out, in_names) if glossary else set()
    countries = {i for i in places if i + 1 not in places and i - 1 not in places
                 and i not in in_names and i not in in_context}
    named |= places | in_context
    adjectives = demonyms()
    for i, word in enumerate(out):
        if i not in named and word in adjectives:
            out[i] = word.capitalize()  # "Ethiopian", "Egyptian"
    # Counts: make the head noun of the next one or two tokens agree in number.
    counts = {s: c for s in distinct if (c := _count_value(s)) is not None}
    for i in [k for k, s in enumerate(stems) if s in counts]:
        if i in enumerators or i in named:
            continue
        s = stems[i]
        count = counts[s]
        if s in _SCALE_WORDS:
            prev = _count_value(stems[i - 1]) if i else None
            one = _choices(s)[2] or ("hundred" if s == "hundr" else s)
            if prev is not None or (i + 1 < n and stems[i + 1][0].isdigit()):
                out[i] = one  # "100 million scenes", "seven million vehicles"
            else:
                out[i] = _choices(s)[1] or out[i]  # "thousands of people"
        head = _head_index(stems, i + 1, forms)
        if head is None or head in named:
            continue
        _, plural, singular = _choices(stems[head], 0.0, forms.get(stems[head], ""))
        want = plural if count > 1 else singular
        if want:
            out[head] = want
    _possessives(stems, out, countries, named)
    return out


_DEMONYM_ENDS = ("ese", "ian", "ean", "ish", "ic", "can")


def _possessives(stems: list[str], out: list[str], countries: set[int], named: set[int]) -> None:
    """A country directly before a common noun is that noun's owner: the stop words and the
    apostrophe are gone, but "China space industry" reads "China's space industry". Not
    before a verb ("China launched"), a name, a number or a demonym ("Chinese people")."""
    n = len(stems)
    for i in sorted(countries):
        word, j = out[i], i + 1
        if (j >= n or j in named or not out[j][:1].islower() or not stems[j].isalpha()
                or word.endswith(("s", "-")) or word.lower().endswith(_DEMONYM_ENDS)
                or not word[:1].isupper() or _verb_like(stems[j])):
            continue
        _, plural, singular = _choices(stems[j])
        if (plural is None or singular is None or out[j].lower() not in (plural, singular)
                or load_wordmap().common_words().get(singular, 0.0) < _REAL_WORD):
            continue  # not a countable noun as read here: "China always", "China able"
        out[i] = word + "'s"


_REAL_WORD = 3.0  # Zipf frequency of a real singular ("always" is no plural of "alway")
_VERB_GAP = 1.5  # an -ed/-ing form this close to the stem's best word makes it a verb


@lru_cache(maxsize=50_000)
def _verb_like(stem: str) -> bool:
    """Whether the stem is likely a verb here: an irregular verb, or a stem whose "-ed" or
    "-ing" form is nearly as common as its best word ("launch", "uphold"; not "space")."""
    if stem in _PRESENT_STEMS or stem in _PAST_STEMS:
        return True
    cands = load_wordmap().candidates(stem)
    if not cands:
        return False
    top = cands[0][1]
    return any(w.endswith(("ed", "ing")) and z >= top - _VERB_GAP for w, z in cands)


def _head_index(stems: list[str], j: int, forms: dict[str, str]) -> int | None:
    """The noun a count applies to: skip words with no plural, take the last of a noun pair."""
    n = len(stems)

    def plural(k: int) -> str | None:
        return _choices(stems[k], 0.0, forms.get(stems[k], ""))[1]

    while j < n and plural(j) is None:
        if stems[j][0].isdigit() or j >= n - 1:
            return None
        j += 1
        if j - 3 > 0 and plural(j - 3) is None and plural(j - 2) is None:
            return None  # three words without a plural: no noun nearby
    if j >= n:
        return None
    if (j + 1 < n and plural(j + 1) is not None and _verbish(stems[j])
            and not _verbish(stems[j + 1])):
        return j + 1  # "207 launch missions": a verb-like word is a modifier here
    return j


CONTEXT_WEIGHT = 1.0  # Zipf points per log10 of a neighbour's lift (measured: docs/RESTORE.md)


def _context_key(stem: str) -> str:
    """Numbers as the context table counts them: "1", "<year>", "<num>"."""
    if _NUMBER.match(stem):
        if stem == "1":
            return "1"
        return "<year>" if 1000 <= int(stem) <= 2100 else "<num>"
    return stem


_SIDE_WEIGHTS = (("L", -1, 1.0), ("R", 1, 1.0), ("L2", -2, 0.5), ("R2", 2, 0.5))


def _apply_context(stems: list[str], out: list[str], forms: dict[str, str],
                   ed_bonus: float, headings: frozenset[int] = frozenset()) -> None:
    """Re-choose each word's inflection from its neighbours: the context table says which
    classes the stems around it ask for ("successfully" before it asks for "-ed")."""
    if CONTEXT_WEIGHT == 0.0:
        return
    table = load_context()
    sides = [(table[name], offset, weight) for name, offset, weight in _SIDE_WEIGHTS
             if name in table and weight]
    keys = [_context_key(s) for s in stems]
    for k in headings:
        keys[k] = ""  # no row: a heading word says nothing about the text around it
    n = len(stems)
    choosing = {s for s in set(stems) if len(_candidates(s, forms.get(s, ""))) > 1}
    # A word's choice depends only on its stem and its neighbours' keys, so it is decided
    # once per distinct (stem, neighbours): None where no neighbour has a row, or the
    # choice changes nothing. The keys are read from a padded copy ("" beyond either end).
    memo: dict[tuple[str, ...], str | None] = {}
    reach = max((abs(offset) for _, offset, _ in sides), default=0)
    padded = [""] * reach + keys + [""] * reach
    offsets = [reach + offset for _, offset, _ in sides]
    for i in [k for k, s in enumerate(stems) if s in choosing and k not in headings]:
        s = stems[i]
        key = (s, *[padded[i + o] for o in offsets])
        if key not in memo:
            found = [(rows[keys[j]], weight) for rows, offset, weight in sides
                     if 0 <= (j := i + offset) < n and keys[j] in rows]
            word = None
            if found:
                lift = [0.0] * len(FORM_CLASSES)
                for lifts, weight in found:
                    for k, v in enumerate(lifts):
                        lift[k] += weight * v
                word = _context_choice(s, forms.get(s, ""), ed_bonus, lift)
            memo[key] = word
        word = memo[key]
        if word is not None:
            out[i] = word


_CLASS_INDEX = {c: k for k, c in enumerate(FORM_CLASSES)}


def _context_choice(stem: str, lemma: str, ed_bonus: float, lift: list[float]) -> str | None:
    """The stem's best word with the neighbours' lifts added (None: no choice to make)."""
    scored = _scored(stem, lemma, ed_bonus)
    if len(scored) < 2:
        return None
    word = max(scored, key=lambda c: c[1] + CONTEXT_WEIGHT * lift[c[2]])[0]
    return None if word in _CALENDAR else word


@lru_cache(maxsize=50_000)
def _scored(stem: str, lemma: str, ed_bonus: float) -> tuple[tuple[str, float, int], ...]:
    """Each candidate word of the stem with its score before context (frequency and form
    bonus) and its context class: the same for every place the stem is re-chosen, while the
    neighbours' lifts differ (a long document re-chooses a stem at thousands of places)."""
    cands = _candidates(stem, lemma)
    words = frozenset(w for w, _ in cands)
    bonus = {**_FORM_BONUS, "ed": ed_bonus}
    return tuple((w, z + bonus.get(_form(w, words), 0.0), _CLASS_INDEX[form_class(w, words)])
                 for w, z in cands)


_BIGRAM_WEIGHT = 0.4  # per log10 of the pair's count in books
_KEEP_BONUS = 0.5  # the context-free choice keeps this much advantage
_DISCOURSE_VOTES = 2  # pair readings needed before a stem's reading spreads over the text


def _apply_bigrams(stems: list[str], out: list[str], forms: dict[str, str]) -> None:
    """Re-choose words that form a known pair with some word of a neighbouring stem
    ("electric buses", "launch missions"): the pairs come from a books bigram list."""
    pairs = load_bigrams()
    # Distinct pairs first (set and intersection run in C), then only their left stems.
    relevant = set(zip(stems, stems[1:], strict=False)) & pairs.keys()
    if not relevant:
        return
    lefts = {a for a, _ in relevant}
    hits = [k for k in [k for k, s in enumerate(stems[:-1]) if s in lefts]
            if (stems[k], stems[k + 1]) in relevant]
    n = len(stems)
    positions = sorted(set(hits) | {k + 1 for k in hits})
    keys = [(stems[k - 1] if k else "", stems[k], stems[k + 1] if k + 1 < n else "")
            for k in positions]
    seen = Counter(keys)
    # out[k] is still the context-free choice here, the same for every position of a stem
    first = dict(zip(keys, positions, strict=True))
    choice = {key: _bigram_choice(*key, out[first[key]], pairs, forms.get(key[1], ""))
              for key in seen}
    decided = set()
    for k, key in zip(positions, keys, strict=True):
        word = choice[key]
        if word is not None:
            out[k] = word
            decided.add(k)
    votes: dict[str, Counter[str]] = {}
    for key, times in seen.items():
        word = choice[key]
        if word is not None:
            votes.setdefault(key[1], Counter())[word] += times
    # One sense per discourse: a stem that the pairs read as another word again and again
    # ("space exploration", "lunar exploration") is read that way where pairs say nothing.
    default = {}
    for stem, counter in votes.items():
        (word, top), total = counter.most_common(1)[0], sum(counter.values())
        if top >= _DISCOURSE_VOTES and top * 3 >= total * 2:
            default[stem] = word
    if default:
        for k in [k for k, s in enumerate(stems) if s in default]:
            if k not in decided:
                out[k] = default[stems[k]]


def _bigram_choice(prev: str, stem: str, nxt: str, base: str,
                   pairs: Bigrams, lemma: str = "") -> str | None:
    """The word the neighbouring pairs prefer, or None when they say nothing about it."""
    cands = _candidates(stem, lemma)
    if len(cands) < 2:
        return None
    extra: dict[str, float] = {}
    for _w1, w2, score in pairs.get((prev, stem), ()):
        extra[w2] = max(score, extra.get(w2, 0.0))
    for w1, _w2, score in pairs.get((stem, nxt), ()):
        extra[w1] = max(score, extra.get(w1, 0.0))
    if not extra:
        return None
    return max(cands, key=lambda wz: wz[1] + _KEEP_BONUS * (wz[0] == base)
               + _BIGRAM_WEIGHT * extra.get(wz[0], 0.0))[0]


@lru_cache(maxsize=50_000)
def _verbish(stem: str) -> bool:
    """Whether the stem's words include a past form ("launched"): a verb as well as a noun."""
    return any(w.endswith("ed") for w, _ in load_wordmap().candidates(stem))


def _apply_glossary(
    stems: list[str], out: list[str], glossary: Glossary, distinct: set[str],
    in_names: set[int] | None = None,
) -> set[int]:
    """Write glossary matches into `out`; return the indices they cover (and add those of
    multi-token matches to `in_names`)."""
    triggers = glossary.trigger_stems(distinct)
    covered: set[int] = set()
    memo: dict[tuple[str, ...], tuple[int, list[str]] | None] = {}
    span = glossary.max_len
    done = 0  # first index not yet covered by an earlier match
    for i in [k for k, s in enumerate(stems) if s in triggers]:
        if i < done:
            continue
        key = tuple(stems[i : i + span])
        if key not in memo:
            memo[key] = glossary.match(list(key), 0)
        hit = memo[key]
        if hit:
            used, pieces = hit
            out[i : i + used] = pieces
            covered.update(range(i, i + used))
            if used > 1 and in_names is not None:
                in_names.update(range(i, i + used))
            done = i + used
    return covered


def join_words(words: list[str]) -> str:
    """Join restored pieces: skip empty ones, glue after a trailing hyphen."""
    out: list[str] = []
    for w in words:
        if not w:
            continue
        if out and out[-1].endswith("-"):
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)
