"""People in text that lost its capitals: a given name followed by a surname, and its cues.

Preprocessed text writes "edward jenner took" or "charl best clark nobl" where ordinary
English wrote "Edward Jenner took" and "Charles Best, Clark Noble": the words are common, so
the scanner misses the person. Knowledge fills the gap (edu/text/names.py): a given name
(no common English word) followed by one or two surname words is a person. A word after a
given name is a surname when it is name-like by itself (foreign or rare, rarer than everyday
verbs, another given name) or when it is a census surname with a cue that it is a name here:

- a frequent surname (COMMON_SURNAME_RANK) that is no verb: "charl best", "dewitt clinton";
- a title, role or kin word before ("president chester arthur", "biochemist ernst chain"),
  or a naming verb ("led john hunt", "named canvass white");
- the surname said again elsewhere ("Florey and Chain").

A given name the document mostly says with no surname-like word after it names a thing
("rosetta flew", "Rosetta Stone" in a text about the probe Rosetta): it starts no person;
said before many surnames ("william henri barlow", "william mcgonagal") it still does.

A title, occupation, kin word or naming verb stands for the capital the text lost: after
one, a given name English also uses as a word ("biologist mark erdmann", "photograph harri
burton") or a rare word ("captain hendrik goosen") starts a person when a surname-like word
follows. A sovereign's title and one given name is the person ("queen victoria").

A regnal number after a title ("tsar alexand iii"), and an initial before the given name
("j lloyd haigh") are part of the name. A surname of a person found here, said with a word
before it after a title or kin word ("son washington roebl"), is a person too. A word that
names a feature of the land ("trinity bay") is no surname.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import compress

from edu.extract import lexicon as lx
from edu.extract.anchor import Anchor, Features
from edu.extract.localities import BUILDING_HEADS, FEATURE_HEADS
from edu.extract.scan import ADJECTIVES
from edu.extract.stemindex import StemIndex
from edu.text import names
from edu.text.verbs import IRREGULAR
from edu.text.wordmap import load_wordmap

# A surname after a given name is rarer than the verbs that follow names ("took" 5.5, "led"
# 5.1, "launched" 4.7 on the Zipf scale); surnames such as Henderson (3.9), Armstrong (3.9),
# Collins (4.2) and Kennedy (4.3) lie below this. Common surnames (Smith 4.9) are missed.
SURNAME_MAX_ZIPF = 4.35
MAX_AFTER_GIVEN = 2  # surname words kept after the given name ("ali maow maalin")
# Particles inside a surname ("Ferdinand de Lesseps", "Ludwig van Beethoven"): kept when a
# surname word follows them.
PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "den", "le", "la", "al", "bin",
                       "ibn", "del", "dos", "du"})
VERB_FORM_ZIPF = 3.0  # an -ed or -ing form this frequent makes a word a verb ("hunt", "chain")
# Census ranks of surnames common enough to be taken after a given name without a cue
# (Best 737, Clinton 1,706, Noble 691); rarer ones that are also English words ("Reach"
# 12,536, "Flew") are more often the word: "rosetta reach", "rosetta flew".
COMMON_SURNAME_RANK = 5_000
NUMBERED_MIN = 2  # a word before a figure this often names numbered things ("sputnik 1")
SURNAME_RECUR = 2  # mentions of a surname that confirm it ("Ernst Chain ... Florey and Chain")
# ... unless the word is this frequent in English: "land" recurs in any text about land
# ("maud land"), "chain" (4.65) and "hunt" (4.49) recur as names.
SURNAME_RECUR_MAX_ZIPF = 4.8
# A rare word (Zipf below this: "bode" 3.0, not "pedestal" 3.35) after a given name and
# another name word, said again elsewhere, is the surname ("johann elert bode ... bode name
# adopt"): Johann Elert Bode, not "Johann Elert"
LAST_NAME_MAX_ZIPF = 3.2
# A word no English word map holds, read as glued English words ("nor"+"gay"), is a surname
# after a given name when it is this long: short glued pieces ("john spa") are more often
# the text's own compounds.
GLUED_SURNAME_MIN = 5
BIG_CITY = 1_000_000  # a given name that is a city this large names the city before a word
GIVEN_ALONE_MIN = 3  # a given name said this often ...
GIVEN_ALONE_SHARE = 0.5  # ... and followed by the same word less than this share of the time
# A census surname that is one of English's everyday words ("people" 6.3, against "best" 5.8)
# follows a given name as a surname only after a title or naming verb: "gallop gertie peopl
# cross" (Galloping Gertie; people crossed) names no one.
EVERYDAY_SURNAME_ZIPF = 6.0
# Words before which a given name names a place or a church: "st paul cathedr", "saint
# petersburg" (the stem of "st" is "st").
SAINTS = frozenset({"st", "saint"})


@lru_cache(maxsize=20_000)
def verb_like(stem: str) -> bool:
    """Whether English uses the stem as a verb: an -ed or -ing form is frequent ("hunted",
    "chained"), or it is an irregular past ("rose": "column ash rose"), so "john hunt" needs a
    cue before it is a name."""
    return stem in _IRREGULAR_PASTS or any(
        z >= VERB_FORM_ZIPF and (w.endswith("ed") or w.endswith("ing"))
        for w, z in load_wordmap().candidates(stem))


_IRREGULAR_PASTS = frozenset(forms[0] for forms in IRREGULAR.values())
# "lectur given evan": an irregular participle is no given name of a kin's person
_IRREGULAR_FORMS = frozenset(form for forms in IRREGULAR.values() for form in forms)


def wanted_stems() -> tuple[frozenset[str], ...]:
    """The stems `person_anchors` starts from: given names, titles before a kin name or a
    cued name, naming verbs before a cued name, and the cued names (before a particle)."""
    return (names.given_names(), names.person_titles(), names.naming_verbs(),
            names.cued_given_names())


def person_anchors(stems: list[str], classes: list[int], boundaries: set[int],
                   words: Sequence[str] | None = None,
                   index: StemIndex | None = None) -> list[Anchor]:
    """A name anchor, category person, for each given name with a surname after it; with
    the Reading's `words`, spelled as a name ("J. Lloyd Haigh", "Alexander III"). `index`:
    one built for `wanted_stems()` at least (else one is made here)."""
    given = names.given_names()
    titles = names.person_titles()
    if index is None:
        index = StemIndex(stems, wanted_stems())
    naming = names.naming_verbs()
    wordmap = load_wordmap()
    n = len(stems)
    starts = index.positions(given)  # only given names start a person: visit them alone
    given_at: dict[str, list[int]] = {}  # each given name's tokens (`_next_person`)
    for k in starts:
        given_at.setdefault(stems[k], []).append(k)
    # "marieann paulz lavoisi": a hyphenated given name, glued when its hyphen was deleted
    # (any class: "jacquesjoseph" reads as two English-looking pieces, yet no word map holds it)
    glued = {k for k, stem in enumerate(stems) if names.glued_given_name(stem)}
    starts = sorted(set(starts) | glued)
    cued = _cued_starts(stems, classes, boundaries, index.positions(titles | naming), given)
    cued.update(_aged_starts(stems, classes, boundaries, given))
    # an occupation no list holds ("geophysicist harri field reid": an "-ist" of the word
    # map) before a given name English also uses as a word cues it as a title would
    ist_cued = {k for k in index.positions(names.cued_given_names())
                if k > 0 and k not in boundaries and stems[k - 1] not in titles
                and _occupation(stems[k - 1])}
    cued.update(ist_cued)
    # "guy de maupass": a given name English also uses as a word, a particle and a rare word
    cued.update(k for k in index.positions(names.cued_given_names())
                if k + 2 < n and stems[k + 1] in PARTICLES
                and classes[k + 2] in (lx.FOREIGN, lx.RARE) and not boundaries & {k + 1, k + 2})
    surnames = names.surnames() if starts or cued else {}  # read only where a person may be
    counts = Counter(stems[k] for k in starts)  # how often each given name is said
    # ... how often before the same word ("alexand fleme" twice), and how often before a
    # surname: "rosetta flew", "rosetta reach" name a thing; "william henri barlow",
    # "william mcgonagal" are people (a big city's name counts only rare surnames: "sydney
    # harbour", "sydney opera" name the city's things)
    pairs = Counter((stems[k], stems[k + 1]) for k in starts if k + 1 < n)
    named = Counter(stems[k] for k in starts if k + 1 < n and k + 1 not in boundaries
                    and (_strong_surname(stems[k + 1], classes[k + 1], given)
                         or (not _a_place(stems[k])
                             and _plain_surname(stems[k + 1], classes[k + 1], surnames))))
    said: list[Counter[str]] = []  # every stem counted, once a surname needs it

    def recurs(stem: str) -> bool:
        if wordmap.stem_zipf(stem) >= SURNAME_RECUR_MAX_ZIPF:
            return False
        if not said:
            said.append(Counter(stems))
        return said[0][stem] >= SURNAME_RECUR
    # nouns the text counts ("24 comet", "eight comet"): common nouns, never a surname
    counted = _counted_nouns(stems, classes, boundaries) if starts or cued else frozenset()
    # surnames said right after a given name: "roald amundsen" makes "fridtjof nansen
    # amundsen let" two people, not one of three words
    after_given: dict[str, set[str]] = {}
    for k in starts:
        if k + 1 < n and k + 1 not in boundaries:
            after_given.setdefault(stems[k + 1], set()).add(stems[k])
    # words the text writes before a figure twice or more name numbered things ("sputnik 1",
    # "sputnik 2"): no surname ("physicist jame van allen sputnik 1 follow", round 16p)
    figures = (lx.NUM, lx.DESIGNATOR)
    numbered = Counter(stems[k] for k in range(n - 1) if classes[k + 1] in figures) \
        if starts or cued else Counter()
    out: list[Anchor] = []
    free = 0  # tokens before this belong to a person already found
    kin = names.kin_words()
    for i in sorted(set(starts) | cued):
        cue = i > 0 and i not in boundaries and (stems[i - 1] in titles
                                                 or stems[i - 1] in naming or i in ist_cued)
        # a kin word names the family's member by the given name alone ("harrison son
        # william sail h4": William sailed), so it lifts no verb into a surname
        kin_cue = cue and stems[i - 1] in kin
        # a rank or an occupation before a rare word ("inventor immanuel nobel", "engin
        # grenvil dodg") takes a census surname English seldom writes as a word
        role_cue = cue and (stems[i - 1] in names.honorifics()
                            or stems[i - 1] in names.occupations() or i in ist_cued)
        if i > 0 and stems[i - 1] in SAINTS and i not in boundaries:
            continue  # "st paul cathedr", "saint petersburg": a church, a town
        if i < free or (counts[stems[i]] >= GIVEN_ALONE_MIN and i + 1 < n
                        and pairs[(stems[i], stems[i + 1])]
                        < GIVEN_ALONE_SHARE * counts[stems[i]]
                        and named[stems[i]] < GIVEN_ALONE_SHARE * counts[stems[i]]):
            continue
        if i + 1 < n and stems[i] in after_given and stems[i] not in kin \
                and _past_form(stems[i + 1]) and i not in cued:
            continue  # "edward freeman ... freeman steer bay": his surname alone, then a verb
            # (he steered), no given name Freeman of a person Steering (round 16p)
        if stems[i] in counted or stems[i] in lx.UNITS:
            continue  # "82 mile main", "4300 mile crew": miles start no person ("Miles Crew")
        # a cued start takes only a strong surname, and so does a particle the census lists
        # as a given name ("le": "newspap le temp" names a paper; "le verrier" a person)
        strict = stems[i] not in given or stems[i] in PARTICLES
        # a Chinese family name takes a given name no English word map holds, or one of the
        # lists ("zhao kangmin", "sima qian"; "qin shi huang terracotta warrior" is a museum)
        family_first = stems[i] in names.family_first_names()
        if not cue and (_city_before_word(stems, classes, i, surnames)
                        or stems[i] in _IRREGULAR_PASTS):
            continue  # "sydney opera hous": a city's thing; "morrow drew tower": a verb
        j = i + 1
        reach = MAX_AFTER_GIVEN
        if j + 1 < n and stems[j] in PARTICLES and j + 1 not in boundaries:
            j += 1  # a particle counts only with a surname after it (checked below)
            reach += 1
        initial = _middle_initial(stems, boundaries, i)
        if initial:
            j += 1  # "damon b bankston", "georg c marshal": the surname follows the initial
            reach += 1
        while j < n and j - i <= reach and j not in boundaries:
            stem = stems[j]
            first = j == i + 1 + initial or stems[j - 1] in PARTICLES
            if first and initial and not strict and stem in surnames \
                    and not _occupation(stem) and stem not in titles:
                j += 1  # a middle initial is the capital's cue: any census surname
                continue
            if j + 1 < n and stems[j + 1] in BUILDING_HEADS and j + 1 not in boundaries \
                    and classes[j] in (lx.FOREIGN, lx.RARE):
                break  # "lord shelburn bowood hous": Bowood House, no surname
            if first and role_cue and _middle_name(stems, classes, boundaries, j, surnames,
                                                   given):
                j += 2  # "geophysicist harri field reid": Harry Fielding Reid
                break
            if stem in FEATURE_HEADS:
                break  # "mariana trench", "queen maud gulf": a place named like a person
            if stem in titles or stem == stems[j - 1]:
                # "edmund hillari sherpa tenz": the next person's title; "clyde tombaugh
                # tombaugh born": the surname said again opens the next sentence
                break
            if first and stem in counted:
                break  # "halley comet": "24 comet" counts comets, so no surname is "Comet"
            if first and family_first and wordmap.stem_zipf(stem) > 0.0 and stem not in given:
                break  # a word of English ("terracotta" 2.8), not a pinyin given name
            if first and ((_strong_surname(stem, classes[j], given)
                           or role_cue and _role_surname(stem, classes[j], surnames))
                          if strict else (
                    _surname_like(stem, classes[j], given, wordmap.stem_zipf)
                    and not (kin_cue and verb_like(stem))
                    or _census_surname(stem, classes[j], surnames, cue, recurs,
                                       kin_cue))):
                j += 1
            elif not first and not _occupation(stem) \
                    and not (_before_occupation(stems, j) and stem not in surnames) \
                    and not _next_person(stems, classes, boundaries, j, given, given_at) \
                    and not _surname_of_another(stem, after_given, stems[i:j]) and (
                    classes[j] in (lx.FOREIGN, lx.RARE) and not _past_form(stem)
                    or wordmap.stem_zipf(stem) < LAST_NAME_MAX_ZIPF and recurs(stem)
                    or _recurring_census_surname(stem, classes[j], surnames, recurs)
                    or (j == i + 2 and stems[j - 1] in given and stem not in given
                        and wordmap.stem_zipf(stem) < SURNAME_RECUR_MAX_ZIPF
                        and (_plain_surname(stem, classes[j], surnames)
                             or 0.0 < wordmap.stem_zipf(stem) < LAST_NAME_MAX_ZIPF
                             and not verb_like(stem)
                             or stem in surnames and not verb_like(stem)
                             and wordmap.stem_zipf(stem) < SURNAME_MAX_ZIPF
                             and recurs(stem)))):
                # "ali maow maalin"; a census surname the text says again ("charl wyvil
                # thomson professor": Thomson, before his occupation; "naca engin": NACA's
                # engineer, no surname); after a middle given name a common surname, a
                # rare word ("thoma henri huxley") or a surname said again ("norman joseph
                # woodland"), too
                # ("william henri barlow"; not "georg mallori andrew irvin": a given name
                # there starts the next person; not "chester arthur new york": an everyday
                # word); not "thoma jefferson dismiss", "charl best clark"
                j += 1
            else:
                break
        while j > i + 1 and stems[j - 1] in lx.LIFE_EVENTS and j not in boundaries \
                and j < n and classes[j] in _DATED:
            j -= 1  # "steven resign 1907": he resigned in 1907 (round 18p)
        while j > i + 2 and numbered[stems[j - 1]] >= NUMBERED_MIN:
            j -= 1  # "jame van allen sputnik 1": the craft after the name, by any path
        if stems[j - 1] in PARTICLES or initial and j == i + 2:
            j = i + 1
        if j > i + 1:
            lo = i
            if i > 0 and len(stems[i - 1]) == 1 and stems[i - 1].isalpha() \
                    and stems[i - 1] not in lx.UNITS and i not in boundaries:
                lo = i - 1  # an initial: "j lloyd haigh"
            if j < n and j not in boundaries and classes[j] == lx.DESIGNATOR \
                    and lx.ROMAN.match(stems[j]) and i > 0 \
                    and stems[i - 1] in names.regnal_titles():
                j += 1  # "tsar alexand iii"
            out.append(Anchor("name", lo, j, Features(entity="PERSON")))
            free = j
        elif j == i + 1 and i > 0 and stems[i - 1] in names.regnal_titles() and j < n \
                and classes[j] == lx.DESIGNATOR and lx.ROMAN.match(stems[j]):
            out.append(Anchor("name", i, j + 1, Features(entity="PERSON")))  # "tsar alexand iii"
            free = j + 1
    out.extend(_kin_of(stems, classes, boundaries, out, titles, index.positions(titles)))
    out.extend(_sovereigns(stems, boundaries, out, given, index.positions(names.regnal_titles())))
    out.extend(_recurring_surnames(stems, classes, boundaries, out, titles))
    out.sort(key=lambda a: (a.i, a.j))
    if words is not None and out:  # the census spellings are read only for a person found
        spelled = names.surname_spellings()
        cued_spelled = names.cued_given_spellings()
        for a in out:
            # a given name is never the last word of a longer name: "danilo toninelli" is
            # Danilo Toninelli, not "Toni-Nelli" (round 21p)
            parts = [_name_word(words[k], stems[k], classes[k],
                                glue=k < a.j - 1 or a.j - a.i == 1) for k in range(a.i, a.j)]
            for k in range(a.i + 1, a.j):  # "Guy de Maupassant", "Max von Laue"
                if stems[k] in PARTICLES:
                    parts[k - a.i] = stems[k]
            if stems[a.i] in cued_spelled:  # "Guy", not the word map's "guys"
                parts[0] = cued_spelled[stems[a.i]]
            elif names.glued_given_name(stems[a.i]):  # "Jacques-Joseph", its hyphen back
                parts[0] = names.glued_given_spelling(stems[a.i]) or parts[0]
            last = stems[a.j - 1]
            sovereign = a.j - a.i == 2 and stems[a.i] in names.regnal_titles()
            if a.j - a.i > 1 and last in spelled and classes[a.j - 1] != lx.DESIGNATOR \
                    and not sovereign and (last in given or not wordmap.candidates(last)):
                # a given name as a surname is the "-s" name ("nathan robert": Nathan
                # Roberts); a name English never writes is the census's ("sarah nelm":
                # Nelms); else English's own spelling stands ("Hodgkin", "Irvine")
                parts[-1] = names.name_case(spelled[last])  # "McKee", "O'Connor"
            parts = [f"{p.upper()}." if len(p) == 1 and p.isalpha() else p for p in parts]
            a.name_text = " ".join(parts)  # an initial as written: "Paul G. Hoffman"
    return out


def _middle_initial(stems: list[str], boundaries: set[int], i: int) -> int:
    """1 when a single letter stands between the given name at `i` and a further word
    ("paul g hoffman": Paul G. Hoffman; "g" is no gram after a given name), else 0."""
    k = i + 1
    return int(k + 1 < len(stems) and not boundaries & {k, k + 1} and len(stems[k]) == 1
               and stems[k].isalpha() and len(stems[k + 1]) > 1 and stems[k + 1].isalpha())


_COUNTING = (lx.NUM, lx.NUM_WORD)
_DATED = (lx.YEAR, lx.MONTH, lx.NUM)  # what follows a life's event: its date
_DESIGNATED = (lx.DESIGNATOR, lx.GLUED_NAME)
_ADJECTIVE_ENDINGS = ("ar", "al", "ic", "ous", "ive", "ful")  # "600 similar tablet"


def _counted_nouns(stems: list[str], classes: list[int], boundaries: set[int]) -> frozenset[str]:
    """Stems a number stands right before somewhere in the text ("24 comet"): a word the text
    counts is a common noun, so no surname ("Halley Comet" is Halley's comet). A year is
    no count ("1066 shown"), nor is a number before a name with a designator ("mach 244 bell
    x1a": Mach 2.44 in the Bell X-1A)."""
    n = len(stems)
    out = set()
    for k in range(n - 1):
        if classes[k] not in _COUNTING or len(stems[k]) == 4:
            continue
        h = k + 1  # "600 similar tablet": an adjective may stand between count and noun
        if h + 1 < n and h + 1 not in boundaries and (
                stems[h] in ADJECTIVES
                or (load_wordmap().best(stems[h]) or "").endswith(_ADJECTIVE_ENDINGS)):
            h += 1
        if h in boundaries or k + 1 in boundaries or classes[h] != lx.WORD \
                or h + 1 < n and (classes[h + 1] in _DESIGNATED
                                  or any(ch.isdigit() for ch in stems[h + 1])):
            continue
        out.add(stems[h])
    return frozenset(out)


def _middle_name(stems: list[str], classes: list[int], boundaries: set[int], j: int,
                 surnames: dict[str, int], given: frozenset[str]) -> bool:
    """After a role and a given name, a census surname English writes as a word too often to
    be a surname alone (SURNAME_MAX_ZIPF or more), and a surname after it, are a middle name
    and the surname ("geophysicist harri field reid":
    Harry Fielding Reid, "Fielding" cut to "field"): the role says a name runs there. The
    second word is a rarer census surname (`_role_surname`) or a strong one, never a verb."""
    k = j + 1
    return k < len(stems) and not boundaries & {j, k} and classes[j] == lx.WORD \
        and stems[j] in surnames and stems[j] not in FEATURE_HEADS \
        and stems[j] not in lx.CATEGORY_HEADS \
        and SURNAME_MAX_ZIPF <= load_wordmap().stem_zipf(stems[j]) < EVERYDAY_SURNAME_ZIPF \
        and (_role_surname(stems[k], classes[k], surnames)
             or _strong_surname(stems[k], classes[k], given)) \
        and not verb_like(stems[k]) and not _occupation(stems[k]) \
        and (stems[k],) not in names.towns() \
        and not _next_person(stems, classes, boundaries, k, given)
    # ("bishop milton wright dayton": in Dayton; a surname that is a word by itself, "douglas
    # reid", is read as ever)


def _next_person(stems: list[str], classes: list[int], boundaries: set[int], j: int,
                 given: frozenset[str], given_at: Mapping[str, list[int]] | None = None) -> bool:
    """A given name before a foreign or rare word starts the next person of a list ("knut
    haugland torstein raaby"), no third word of this one; so does a given name the text says
    before the same word elsewhere, after another word ("howard florey ernst chain" beside
    "biochemist ernst chain": Ernst Chain, round 18p)."""
    if stems[j] not in given or j + 1 >= len(stems) or j + 1 in boundaries:
        return False
    return classes[j + 1] in (lx.FOREIGN, lx.RARE) or given_at is not None and any(
        0 < k < len(stems) - 1 and stems[k + 1] == stems[j + 1] and stems[k - 1] != stems[j - 1]
        for k in given_at.get(stems[j], ()) if k != j)


def _surname_of_another(stem: str, after_given: dict[str, set[str]],
                        name: list[str]) -> bool:
    """A word said elsewhere right after given names none of which is in this name is
    another person's surname ("roald amundsen" ... "fridtjof nansen amundsen let"); after
    one of them it is this name's ("johann georg palitzsch" ... "georg palitzsch")."""
    befores = after_given.get(stem)
    return befores is not None and befores.isdisjoint(name)


def _before_occupation(stems: list[str], j: int) -> bool:
    """A word right before an occupation names the occupation's employer ("lawrence bell
    naca engin john stack": the NACA engineer), no third word of the name before it."""
    return j + 1 < len(stems) and _occupation(stems[j + 1])


def _past_form(stem: str) -> bool:
    """A rare word English writes with "-ed" ("reshap": reshaped) is a verb after a name
    ("stephen sauvestr reshap design"), no further word of it."""
    return any(w.endswith("ed") for w, _z in load_wordmap().candidates(stem))


def _occupation(stem: str) -> bool:
    """An occupation's word ("philologist", "classicist", "engineer"): it follows a name as
    an apposition ("john chadwick philologist"), never as a second surname word."""
    best = load_wordmap().best(stem) or ""
    return stem in names.occupations() or (best.endswith("ist") and len(best) > 5)


def _cued_starts(stems: list[str], classes: list[int], boundaries: set[int],
                 cue_at: list[int], given: frozenset[str]) -> set[int]:
    """Words right after a title, occupation, kin word or naming verb that may start a
    person though they are no given name of the lists: a given name English also uses as a
    word ("biologist mark erdmann", "photograph harri burton"), or after an honorific a
    rare or foreign word ("captain hendrik goosen"; after "named" or an occupation that is
    more often a species or a place: "named latimeria chalumna", "surgeon alliston"). The
    cue stands for the capital letter the text lost; a strong surname must still follow
    (checked by the caller)."""
    cued_given = names.cued_given_names()
    honorifics = names.honorifics()
    n = len(stems)
    return {k for k in (t + 1 for t in cue_at)
            if k < n and k not in boundaries and stems[k] not in given
            and not _a_place(stems[k]) and not _occupation(stems[k])
            and (stems[k] in cued_given or ((stems[k - 1] in honorifics
                                             or stems[k - 1] in names.occupations())
                                            and (classes[k] in (lx.FOREIGN, lx.RARE)
                                                 or _rare_census_name(stems[k]))))}


def _rare_census_name(stem: str) -> bool:
    """A census surname or given name English seldom writes as a word (below
    LAST_NAME_MAX_ZIPF: "perciv" 2.9, Percival): after a role it may be a given name
    ("businessman perciv lowel")."""
    return (stem in names.surnames() or stem in names.given_names()) \
        and 0.0 < load_wordmap().stem_zipf(stem) < LAST_NAME_MAX_ZIPF


# "venetia burney 11yearold schoolgirl": an age glued to "year old" (preprocessing deleted
# the hyphens) right after two rare words says they name a person (an apposition).
_AGES = frozenset(f"{years}yearold" for years in range(1, 120))


def _aged_starts(stems: list[str], classes: list[int], boundaries: set[int],
                 given: frozenset[str]) -> set[int]:
    """Two rare or foreign words (no given name, no place) right before a person's age: the
    first may start a person (its surname is checked by the caller, strictly)."""
    n = len(stems)
    return {k - 2 for k in compress(range(n), map(_AGES.__contains__, stems))
            if k >= 2 and not boundaries & {k - 1, k} and stems[k - 2] not in given
            and all(classes[x] in (lx.FOREIGN, lx.RARE) and not _a_place(stems[x])
                    for x in (k - 2, k - 1))}


# Adverbs of direction a census surname list never holds but rare enough to pass for one
# ("carri ash eastward": the wind carried ashes eastward; "Ash" is a census given name)
DIRECTION_ADVERBS = frozenset({"eastward", "westward", "northward", "southward", "onward",
                               "upward", "downward", "inward", "outward", "homeward",
                               "backward", "forward", "toward", "skyward", "seaward"})


def _strong_surname(stem: str, cls: int, given: frozenset[str]) -> bool:
    """A word after a given name that only a name is: foreign, rare, or another given name,
    and no state or big city ("surgeon alliston ontario" is a place)."""
    return (cls in (lx.FOREIGN, lx.RARE) or stem in given) and not _a_place(stem)


def _a_place(stem: str) -> bool:
    """A state or a city everyone knows: many smaller towns are surnames too ("Burton")."""
    town = names.towns().get((stem,))
    return (stem,) in names.states() or (town is not None and town[1] >= BIG_CITY)


def _name_word(word: str, stem: str, cls: int, glue: bool = True) -> str:
    """A word of a person's name as written: capitalised, an initial with its point, a
    regnal number in capitals. A name has no inflection: the stem's plain word is its
    spelling ("Clinton", not the Reading's "clintons" after "critics mocked"; "Rule", not
    the word map's "rules"; names.name_word)."""
    if len(stem) == 1:
        return stem.upper() + "."
    if cls == lx.DESIGNATOR:
        return stem.upper()
    glued = names.glued_given_spelling(stem) if glue and cls in (lx.FOREIGN, lx.RARE) else None
    if glued is not None and not load_wordmap().candidates(stem):
        return glued  # "Marie-Ann", not "Marieann"
    return names.name_word(stem, word)  # not "col-lips" for "collip"


def _kin_of(stems: list[str], classes: list[int], boundaries: set[int], found: list[Anchor],
            titles: frozenset[str], title_at: list[int]) -> list[Anchor]:
    """"son washington roebl" after "john roebl": a word between a title or kin word and the
    surname of a person found is that person's given name. `title_at`: the titles' tokens,
    in order (a surname two tokens after one is all this visits)."""
    family = {stems[a.j - 1] for a in found if a.j - a.i > 1}
    if not family:
        return []
    taken = {k for a in found for k in range(a.i, a.j)}
    out = []
    n = len(stems)
    for k in (t + 2 for t in title_at):
        if k < n and stems[k] in family and k not in taken and k - 1 not in taken \
                and classes[k - 1] in (lx.WORD, lx.RARE, lx.FOREIGN) \
                and stems[k - 1] not in titles and not verb_like(stems[k - 1]) \
                and stems[k - 1] not in _IRREGULAR_FORMS and _given_like(stems[k - 1]) \
                and not boundaries & {k - 1, k}:
            out.append(Anchor("name", k - 1, k + 1, Features(entity="PERSON")))
    return out


# A foreign or rare word said this often, alone, is a person the text is about ("Utzon
# realised", "Utzon died"): at its first mention the word before it is the given name.
SURNAME_ALONE_MIN = 3
_NAME_CLASSES = (lx.FOREIGN, lx.RARE)


def _recurring_surnames(stems: list[str], classes: list[int], boundaries: set[int],
                        found: list[Anchor], titles: frozenset[str]) -> list[Anchor]:
    """"winner jrn utzon littleknown danish architect ... utzon realis ... utzon die": a
    foreign or rare word said SURNAME_ALONE_MIN times or more, first after another foreign
    or rare word (no title, place or name word of a person found), is a person whose given
    name the lists lack ("JRN Utzon"), though no title or role stands before it."""
    taken = {k for a in found for k in range(a.i, a.j)}
    surnames_found = {stems[a.j - 1] for a in found}
    rare = [k for k in range(1, len(stems)) if classes[k] in _NAME_CLASSES]
    counts = Counter(stems[k] for k in rare)
    out = []
    seen: set[str] = set()
    for k in rare:
        stem = stems[k]
        if stem in seen:
            continue
        seen.add(stem)
        if counts[stem] < SURNAME_ALONE_MIN or stem in surnames_found \
                or boundaries & {k - 1, k} or taken & {k - 1, k}:
            continue
        before = stems[k - 1]
        if k + 1 < len(stems) and (classes[k + 1] in _DESIGNATED or classes[k + 1] == lx.NUM):
            continue  # "deorbit tiangong 2": a craft and its number
        if classes[k - 1] in _NAME_CLASSES and counts[before] == 1 and before not in titles \
                and not _past_form(before) and not verb_like(before) \
                and not _a_place(before) and not _a_place(stem) \
                and (before,) not in names.towns() and (stem,) not in names.towns():
            out.append(Anchor("name", k - 1, k + 1, Features(entity="PERSON")))
    return out


def _given_like(stem: str) -> bool:
    """A word that may be a given name: of the lists (a frequent one that is also a word,
    "grant", too), a census surname ("son crawford barlow"), a state's name ("son washington
    roebl"), or a rare word ("saturn", 3.5, is none: "father saturn bode name" names the
    god's father, no Bode)."""
    return stem in names.given_names() or stem in names.cued_given_names() \
        or stem in names.surnames() or (stem,) in names.states() \
        or load_wordmap().stem_zipf(stem) < LAST_NAME_MAX_ZIPF


def _sovereigns(stems: list[str], boundaries: set[int], found: list[Anchor],
                given: frozenset[str], title_at: list[int]) -> list[Anchor]:
    """"queen victoria cross", "king georg": a sovereign's title and one given name (or a
    name English shares with a state, "Victoria") is the person, the title part of the
    answer, where no surname followed (a person found there already stands); before a
    feature of the land it names the place ("king william island": King William Island)."""
    taken = {k for a in found for k in range(a.i, a.j)}
    one_word = {key[0] for key in names.states() if len(key) == 1}
    cued = names.cued_given_names()
    n = len(stems)
    return [Anchor("name", t, t + 3, Features(entity="LOC"))  # "king william island": a place
            if t + 2 < n and stems[t + 2] in FEATURE_HEADS and t + 2 not in boundaries
            else Anchor("name", t, t + 2, Features(entity="PERSON")) for t in title_at
            if t + 1 < n and not boundaries & {t, t + 1} and not taken & {t, t + 1}
            and (stems[t + 1] in given or stems[t + 1] in one_word
                 or stems[t + 1] in cued and not verb_like(stems[t + 1]))]
    # ("king grant salari": the king granted salaries)


def _city_before_word(stems: list[str], classes: list[int], i: int,
                      surnames: dict[str, int]) -> bool:
    """A given name that is a city of a million people ("Sydney", "Houston") before an
    English word no census lists as a surname ("opera"): the city's opera house, harbour or
    university, not a person."""
    town = names.towns().get((stems[i],))
    k = i + 1
    return town is not None and town[1] >= BIG_CITY and k < len(stems) \
        and classes[k] == lx.WORD and stems[k] not in surnames \
        and load_wordmap().stem_zipf(stems[k]) > 0


def _surname_like(stem: str, cls: int, given: frozenset[str],
                  zipf: Callable[[str], float]) -> bool:
    """A word that is a surname by itself after a given name: foreign or rare, another given
    name, rarer than everyday verbs, or a name English never writes that only looks glued
    from English words ("norgay", "lassel", "halledward"; GLUED_SURNAME_MIN letters)."""
    if cls in (lx.FOREIGN, lx.RARE) or stem in given:
        return True
    if cls != lx.WORD or not stem.isalpha() or stem in DIRECTION_ADVERBS:
        return False
    z = zipf(stem)
    return 0.0 < z < SURNAME_MAX_ZIPF or (z == 0.0 and len(stem) >= GLUED_SURNAME_MIN
                                          and not load_wordmap().candidates(stem))


def _recurring_census_surname(stem: str, cls: int, surnames: dict[str, int],
                              recurs: Callable[[str], bool]) -> bool:
    """A census surname rarer than everyday verbs that the text says again: the last word
    of a name of three ("charl wyvil thomson": Thomson, said alone later)."""
    return cls == lx.WORD and surnames.get(stem, COMMON_SURNAME_RANK + 1) <= COMMON_SURNAME_RANK \
        and not verb_like(stem) and load_wordmap().stem_zipf(stem) < SURNAME_MAX_ZIPF \
        and recurs(stem)  # (a frequent surname: "atla" of "Fabiola Gianotti of ATLAS" is none)


def _role_surname(stem: str, cls: int, surnames: dict[str, int]) -> bool:
    """A census surname rarer than everyday verbs (SURNAME_MAX_ZIPF: "nobel" 3.8, "dodg"
    3.9), no state or big city: after a role and a rare given name it is the surname."""
    return cls == lx.WORD and stem in surnames and not _a_place(stem) \
        and load_wordmap().stem_zipf(stem) < SURNAME_MAX_ZIPF


def _plain_surname(stem: str, cls: int, surnames: dict[str, int]) -> bool:
    """A census surname after a given name with no cue but its own frequency."""
    return _census_surname(stem, cls, surnames, False, lambda _stem: False)


def _census_surname(stem: str, cls: int, surnames: dict[str, int], cue: bool,
                    recurs: Callable[[str], bool], kin_cue: bool = False) -> bool:
    """A common word that is a census surname, right after a given name: a surname when it
    is a frequent surname and no verb ("charl best"), or when a title or naming verb says so
    ("led john hunt"), or a later mention (`recurs`, asked last: counting costs a pass)."""
    if cls != lx.WORD or stem not in surnames or stem in lx.CATEGORY_HEADS \
            or stem in FEATURE_HEADS:
        return False  # "trinity bay", "victoria station": a place named like a person
    if load_wordmap().stem_zipf(stem) >= EVERYDAY_SURNAME_ZIPF and not cue:
        return False  # "gertie peopl": people, no Peoples
    if kin_cue and verb_like(stem):
        return False  # "son william sail": William sailed
    return (surnames[stem] <= COMMON_SURNAME_RANK and not verb_like(stem)) or cue \
        or recurs(stem)
