"""Small English verb tables: statements from questions (items), questions from stems (extract).

General English only: common verbs of reports and news, their irregular forms, and the verbs
that take an infinitive ("aim to strengthen X"), so the answer lands after the right verb.
"""

from __future__ import annotations

import re

_VOWELS = "aeiou"
_VOWEL_GROUP = re.compile(r"[aeiou]+")

# base: (past, past participle)
IRREGULAR = {
    "be": ("was", "been"), "become": ("became", "become"), "begin": ("began", "begun"),
    "bring": ("brought", "brought"), "build": ("built", "built"), "buy": ("bought", "bought"),
    "choose": ("chose", "chosen"), "come": ("came", "come"), "cut": ("cut", "cut"),
    "do": ("did", "done"), "draw": ("drew", "drawn"), "drive": ("drove", "driven"),
    "fall": ("fell", "fallen"), "find": ("found", "found"), "fly": ("flew", "flown"),
    "get": ("got", "got"), "give": ("gave", "given"), "go": ("went", "gone"),
    "grow": ("grew", "grown"), "hang": ("hung", "hung"), "have": ("had", "had"),
    "hold": ("held", "held"),
    "keep": ("kept", "kept"), "know": ("knew", "known"), "lay": ("laid", "laid"),
    "lead": ("led", "led"), "leave": ("left", "left"), "let": ("let", "let"),
    "lose": ("lost", "lost"), "make": ("made", "made"), "meet": ("met", "met"),
    "pay": ("paid", "paid"), "put": ("put", "put"), "read": ("read", "read"),
    "rise": ("rose", "risen"), "run": ("ran", "run"), "say": ("said", "said"),
    "see": ("saw", "seen"), "sell": ("sold", "sold"), "send": ("sent", "sent"),
    "set": ("set", "set"), "show": ("showed", "shown"), "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"), "split": ("split", "split"), "stand": ("stood", "stood"),
    "take": ("took", "taken"), "teach": ("taught", "taught"), "tell": ("told", "told"),
    "think": ("thought", "thought"), "throw": ("threw", "thrown"),
    "undertake": ("undertook", "undertaken"), "win": ("won", "won"), "write": ("wrote", "written"),
    "carry": ("carried", "carried"), "forecast": ("forecast", "forecast"),
    "withdraw": ("withdrew", "withdrawn"), "shoot": ("shot", "shot"),
    "strike": ("struck", "struck"), "break": ("broke", "broken"), "catch": ("caught", "caught"),
    "cost": ("cost", "cost"), "deal": ("dealt", "dealt"), "feed": ("fed", "fed"),
    "feel": ("felt", "felt"), "hit": ("hit", "hit"), "mean": ("meant", "meant"),
    "seek": ("sought", "sought"), "sink": ("sank", "sunk"), "spread": ("spread", "spread"),
    "swim": ("swam", "swum"), "wear": ("wore", "worn"), "blow": ("blew", "blown"),
    "bear": ("bore", "borne"), "cast": ("cast", "cast"), "shine": ("shone", "shone"),
    "sleep": ("slept", "slept"), "stick": ("stuck", "stuck"), "wake": ("woke", "woken"),
    "arise": ("arose", "arisen"), "burn": ("burnt", "burnt"), "light": ("lit", "lit"),
    "tear": ("tore", "torn"), "freeze": ("froze", "frozen"), "hide": ("hid", "hidden"),
    "sit": ("sat", "sat"), "fight": ("fought", "fought"),
    "ride": ("rode", "ridden"), "steal": ("stole", "stolen"), "sing": ("sang", "sung"),
}

VERBS = frozenset("""
accept achieve acquire add adopt advance affect agree aim allow analyse analyze announce apply
approve arrive assemble assess assist attach attempt attend attract award base be become begin
believe belong bring broadcast build buy calculate call capture carry cause celebrate change
choose claim clean collect combine come commission communicate compare compete complete
comprise conclude conduct confirm connect consider coordinate consist construct contain continue
contribute control cooperate cost cover create cross cut decide declare decline define deliver
demonstrate deploy describe design destroy detect determine develop die discover dock do draw
drive earn employ enable encourage end enhance ensure enter establish estimate examine exceed
expand expect experience explain explore export extend face fail fall find finish fire fly
focus follow form found fund gain gather generate get give go grow guarantee guide happen have
help hold host identify implement import improve include increase indicate initiate install
integrate intend introduce invent invest involve issue join keep know land last launch lay lead
learn leave let lift limit link live locate lose maintain make manage manufacture map mark
mean
measure meet mobilize mobilise monitor move name need obtain occur offer open operate oppose
orbit order organize organise pass pay perform permit place plan play position prepare present
preserve prevent produce promote propose protect prove provide publish pursue put raise reach
read realize realise receive recognize record recover reduce refer reflect refuel reject
release relay rely remain remove replace replenish report represent require research resolve
respond rest return reveal rise run save say score secure see seek select sell send serve set
share ship show sign signify solve speak spend split stand start state station stay stop
strengthen study submit succeed suffer supply support survey sustain take target teach tell
test think throw track train transfer transmit transport travel try turn undergo undertake
upgrade use verify view visit want watch win withdraw work write
""".split())

# Verbs whose object usually follows an infinitive: "aim to strengthen X", "plan to build X".
CATENATIVE = frozenset("""
aim plan want hope try seek intend continue need expect decide strive agree attempt begin
start prepare promise propose wish
""".split())

AUXILIARIES = frozenset("did does do will would can could should shall may might must "
                        "has have had is are was were".split())
BE = frozenset({"is", "are", "was", "were"})
DETERMINERS = frozenset("the a an its their his her our your my this that these those each "
                        "every any some no another which what whose".split())

_PAST_TO_BASE = {forms[0]: base for base, forms in IRREGULAR.items()}
_PARTICIPLE_TO_BASE = {forms[1]: base for base, forms in IRREGULAR.items()}
_PARTICIPLE_TO_BASE["born"] = "bear"  # "was born in 1693": the birth sense of bear

# Verbs that take a person before their object: "paid Harrison 10,000 pounds".
DITRANSITIVE = frozenset("""
give pay award grant send offer lend owe show tell teach bring hand sell promise allow
""".split())


def past_tense(verb: str) -> str:
    """Simple past of an English verb (irregular table, then the spelling rules)."""
    low = verb.lower()
    if low in IRREGULAR:
        return IRREGULAR[low][0]
    if low.endswith("e"):
        return verb + "d"
    if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if (len(low) >= 3 and low[-1] not in _VOWELS + "wxy" and low[-2] in _VOWELS
            and low[-3] not in _VOWELS and len(_VOWEL_GROUP.findall(low)) == 1):
        return verb + verb[-1] + "ed"  # stop -> stopped, strip -> stripped: one syllable
    return verb + "ed"  # open -> opened, visit -> visited: the last syllable is unstressed


def third_person(verb: str) -> str:
    """Present tense, third person singular: 'orbit' -> 'orbits', 'carry' -> 'carries'."""
    low = verb.lower()
    if low == "have":
        return "has"
    if low == "be":
        return "is"
    if low.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def base_form(word: str) -> str | None:
    """The base verb of a known verb form (base, -s, -ed, -ing, irregular), else None."""
    low = word.lower()
    if low in VERBS:
        return low
    if "-" in low:  # co-develop, re-enter
        head, _, tail = low.rpartition("-")
        base = base_form(tail)
        return f"{head}-{base}" if base and len(head) <= 3 else None
    if low in _PAST_TO_BASE:
        return _PAST_TO_BASE[low]
    if low in _PARTICIPLE_TO_BASE:
        return _PARTICIPLE_TO_BASE[low]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""),
                         ("ed", "e"), ("ing", ""), ("ing", "e")):
        if low.endswith(suffix):
            stem = low[: -len(suffix)] + repl
            if stem in VERBS:
                return stem
            if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                if stem[:-1] in VERBS:  # stopped -> stop
                    return stem[:-1]
    return None


def is_participle(word: str) -> bool:
    """-ed or irregular past participle of a known verb ('launched', 'built', 'shown')."""
    low = word.lower()
    return (low in _PARTICIPLE_TO_BASE or (low.endswith("ed") and base_form(low) is not None)
            or (low.endswith("ed") and len(low) > 4))


# the "do" a question puts before a finite verb's base form, by the verb's Penn tag ("did
# DuPont ask ...?"): extraction's question builders (questions, asked_in_place, fronted)
DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do"}
# the modal auxiliaries that make a clause say what could or should happen, not what did
MODAL_VERBS = frozenset({"would", "could", "might", "may", "should", "can", "will", "must",
                         "shall", "ought"})

# the Penn tags of a verb that makes a clause on its own (past, present, a modal): read from
# a parse by extraction (`clauses`) and by items (`complete`) alike
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_finite_verb(word: str) -> bool:
    """A past or third-person form that can end a subject ('made', 'docked', 'provides')."""
    low = word.lower()
    if low in _PAST_TO_BASE or low in AUXILIARIES:
        return True
    if low.endswith("ed") and (base_form(low) is not None or len(low) > 4):
        return True
    return low.endswith("s") and not low.endswith("ss") and base_form(low) is not None \
        and low not in VERBS
