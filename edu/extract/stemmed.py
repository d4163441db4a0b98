"""Direct questions from preprocessed text, where the stems show a clause's shape plainly.

Preprocessed text has no stop words and no punctuation, so a word window around an answer
("Work following finished canal ran _____ miles 584 kilometres.") is no English a teacher
keeps. Where the stems around the answer show one of a few plain shapes, the question is
built from the Reading's words with the verb's forms from the verb tables (edu/text/verbs.py):

- a count after a subject and a past verb: "engin built 83 lock" -> "How many locks did the
  engineers build?";
- a date after a subject, an optional adverb and a verb: "canal offici open 26 octob 1825"
  -> "On which date did the canal officially open?", "bodi found 1999" -> "In which year was
  the body found?" (a verb that is no INTRANSITIVE one is asked in the passive);
- a count, its noun and a past verb: "eighteen aqueduct carri channel" -> "How many
  aqueducts carried the channel?";
- a person before a past verb and a short object that ends at a date, a name, a verb or a
  section: "bant isol insulin 1921" -> "Who isolated insulin?", "jame gedd survey western rout" ->
  "Who surveyed the western route?";
- a birth or death date after the person: "On which date was Frederick Banting born?";
- a date after a person, a past verb and its object: "gall receiv letter 23 septemb 1846" ->
  "On which date did Johann Galle receive the letter?";
- a person beside an adjective and an occupation the document names once: "australian
  pathologist howard florey", "alexand fleme scottish bacteriologist" -> "Who was the
  Australian pathologist?", "Who was the Scottish bacteriologist?";
- a first: "leonard thompson becam first person receiv insulin" -> "Who became the first
  person to receive insulin?";
- a person after a thing and a verb of making or leading (the agent, "by" deleted):
  "expedit led john hunt" -> "Who led the expedition?".

Seventh round (templates grammatical by construction, each part found with confidence):

- a measure after a verb that takes one: "metal frame weigh 7300 tonn" -> "How many tonnes
  did the metal frame weigh?"; after a measure noun: "tower reach height 330 metr" -> "What
  height in metres does the tower reach today?" ("today" before it), "column ash rose height
  25 kilometr" -> "To what height in kilometres did the column of ash rise?";
- a dimension: "column 202 feet tall" -> "How many feet tall was the column?";
- a measure its modifier makes plain: "offici death toll 36417" -> "What was the death
  toll?", "total cost around 155 million dollar" -> "About how many dollars was the total
  cost?";
- a count after a name and a verb, asked in the passive: "sumatra destroy 165 villag town"
  -> "How many villages and towns were destroyed?"; a full date a few words before dates a
  count ("How many people did the tsunami kill in 2018?");
- a date or a duration before a person's clause: "28 decemb 1895 roentgen submit paper" ->
  "On which date did Wilhelm Roentgen submit the paper?", "seven week roentgen studi new
  ray" -> "For how many weeks did ... study the new ray?"; the person's clause alone
  ("Who designed the new lock?");
- an age after a death: "At what age did Thomas Whitfield die?";
- an office of a place: "premier new south wale joseph cahil" -> "Who was the premier of New
  South Wales?"; a role after "named" ("Who was the French watchmaker?").

Ninth round (say less, but right): "open public 25 march 1843" -> "On which date did the
tunnel open to the public?"; "46 bodi ever recov" -> "How many bodies were ever recovered?"
(an adverb marks the passive); a bare "construction" or "work" that began is the title's
topic's ("In which year did the construction of the bridge begin?", "... did work on the tunnel
begin?", a place after the verb skipped); "second bridg", "new ... bridg" say which one; a size
that stands and what it weighs after it ("How many centimetres high was the gold mask?"); a
comparative or a material opens a subject ("the heavier shield"); a people's adjective and an
occupation said together once ("Who was the English archaeologist?"). Not asked: a compound
object or unit ("iron pier", "divers tunnel"), a title before a verb stem ("chief design": the
chief designer), an object a verb of no object follows ("construct began", "record becam"), a
material as a subject, digits after a past verb as the next verb's subject ("climb 354 step
reach").

Eleventh round (the questions a blind teacher asked for in place of word windows): a
dimension of a thing the text returns to ("bridg deck 39 feet wide", the deck said alone three
times more: "How many feet wide was the deck?"; "burial mound", a pair the text says twice;
"today" before or after: "How many metres high is the burial mound today?"); what it carried
after the measure ("How many lanes did the deck carry?"); a sum given to a person ("board paid
harrison 10000 pound" -> "How many pounds did the board pay John Harrison?"); things done to
a count ("57 peopl kill" -> "How many people were killed?", "destroy 200 home" -> "How many
homes were destroyed?", only where the text says the verb with one count); "the loss of around
1,400 sailors" -> "About how many sailors died?"; "h3 took 19 year build" -> "How many years
did H3 take to build?"; "h1 finish 1735 weigh 33 kilogram" -> "How many kilograms did H1
weigh?"; "crew thought number around 400 men" -> "About how many men were in the crew?"; a
company founded by a person; plans drawn by one; a town's people a dated event killed ("How
many Londoners did the epidemic of 1848-1849 kill?"). Not asked: a thing a measure is
compared with ("looks like a large pocket watch, 13 centimetres across"), "from 2,950 to
2,549 metres" (two measures in a row), waves the Reading counts, "at least 140 people", a
thing after its measure that builds something ("the tower, 35 metres tall, was built from").

Round 18p (shapes blind reviewers keep, measured on all blind documents): a life's event
right after the person and right before the date ("thomson knight 1908" -> "In which year was
Joseph John Thomson knighted?", `_life_event`); "born" right after a person is that person's
birth though another was named before (`_born_right_after`); no count question of two or
three people or parties ("How many agencies drew the joint?", dropped as trivial).

Guards shared by them: a subject is one noun or a pair the books' list holds ("metal frame");
a noun before it that English does not pair with it means a deleted "of" ("frame mill"), a
place or name before it a deleted preposition ("toronto gener hospit weigh": he weighed), a
very common noun ("way", "world") the end of a phrase whose pronoun was deleted; a singular
subject the document never said before ("the breakthrough") has no referent. A question
another draft asks word for word with another answer goes back to its window.

Anything else keeps its cloze (candidates.py). The verb must be a known verb of the tables
and read as a verb here (a past form, or a base form after an adverb), the subject one noun
that is no verb form; so a question fires seldom, and reads as English when it does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from edu.extract import lexicon as lx
from edu.extract.scan import ADJECTIVES, countable
from edu.extract.wording import format_date, plural, title_word
from edu.text.names import (
    KIN,
    cued_given_names,
    given_names,
    name_word,
    occupations,
    person_titles,
    towns,
)
from edu.text.places import IRREGULAR_DEMONYMS, demonyms
from edu.text.stemcache import cached_stem as porter_stem
from edu.text.verbs import IRREGULAR, VERBS, base_form, past_tense
from edu.text.wordmap import load_bigrams, load_wordmap

FORM_ZIPF = 3.0  # a verb or adverb form this frequent is one English uses
# an "-ed" form this frequent is a participle English writes after a noun often ("formed"
# 4.7: "a project formed, led by"; not "surveyed" 3.7: "the survey was led by")
PARTICIPLE_ZIPF = 4.0
PAST_MARGIN = 0.5  # a past form this close to its base word's frequency: the stem is a verb
RARE_PLURAL = 1.5  # a plural this much rarer than its word is no plural English uses ("feets")
_PAST_IRREGULAR = frozenset(forms[0] for forms in IRREGULAR.values())
_DATES = (lx.YEAR, lx.YEAR_RANGE, lx.MONTH)
_COUNTS = (lx.NUM, lx.NUM_WORD, lx.NUM_GLUED, lx.SCALE)
# Things a person founds, which "found" and a person after them say were founded by him
# ("found" is also the past of "find"); stems
FOUNDED = frozenset({"compani", "firm", "observatori", "societi", "colleg", "univers",
                     "school", "hospit", "museum", "institut", "club", "bank", "newspap",
                     "laboratori", "orchestra", "academi", "foundat"})
# Things drawn up, and the verbs that draw them: "plans for the crossing were drawn by" (stems)
DRAWN = frozenset({"plan", "blueprint", "map", "sketch"})
DRAWING_VERBS = frozenset({"draw", "design", "prepare", "produce"})
# Verbs whose agent is a person worth asking for ("discovered by", "led by"; "by" deleted).
AGENT_VERBS = frozenset({"lead", "discover", "invent", "design", "found", "build", "write",
                         "command", "direct", "establish", "develop", "create", "publish",
                         "introduce", "propose", "plan", "draw", "survey", "produce"})
# Agent verbs whose thing is named before a participle of coming about ("a project formed,
# led by", "a society set up, directed by"): the noun before the participle is what was led
PARTICIPLE_AGENT_VERBS = frozenset({"lead", "direct", "command"})
COMING_VERBS = frozenset({"form", "establish", "create", "found", "launch", "organize",
                          "organise", "start", "assemble", "set"})
# What a person leads (besides GROUP_PARTITIVES): an undertaking or a body of people; stems
UNDERTAKINGS = frozenset({"expedit", "project", "survey", "search", "mission", "campaign",
                          "excav", "studi", "research", "team", "commiss", "committe",
                          "inquiri", "investig", "voyag", "raid", "attack", "revolt",
                          "rebellion", "effort", "programm", "program", "rescu", "dig",
                          "delegat", "movement", "assault", "invas", "explor", "council"})
# Titles between an agent verb and a person ("led captain dimitrio konto": led by Captain
# Dimitrios Kontos); stems. An occupation there is asked by name ("Which geologist led ...?")
AGENT_TITLES = frozenset({"captain", "command", "colonel", "general", "admir", "major",
                          "lieuten", "sir", "dr", "professor", "king", "queen", "princ",
                          "lord", "ladi", "emperor", "presid"})
# Verbs a thing does by itself: "When did the canal open?"; any other verb before a date is
# asked in the passive, which needs no knowledge of who did it ("body found 1999" -> "In
# which year was the body found?").
INTRANSITIVE = frozenset({"begin", "start", "open", "close", "end", "die", "arrive", "rise",
                          "fall", "grow", "return", "occur", "happen", "live", "sail", "fly",
                          "land", "erupt", "collapse", "retire", "leave", "run", "last",
                          "come", "fail", "succeed", "explode", "sink", "crash"})
# Intransitive verbs a person does to a thing too: "queen elizabeth ii open opera hous 20 octob
# 1973" -> "On which date did Elizabeth II open the opera house?"
OPENING_VERBS = frozenset({"open", "close"})
# Whom a thing opened or closed to, its "to (the)" deleted: "tunnel open public 25 march 1843"
# -> "On which date did the tunnel open to the public?"
OPENED_TO = {"public": "to the public", "traffic": "to traffic", "visitor": "to visitors"}
# Verbs whose count is what something was made into ("project divid three stage": divided into
# three stages): the stems cannot tell that passive from an active clause
INTO_VERBS = frozenset({"divide", "split", "break", "cut", "turn", "convert", "separate",
                        "group", "organise", "organize", "translate", "form"})
# Stuff a thing is made of, a noun English puts before another as its adjective ("the gold
# mask", "the iron bridge"), never a deleted "of"; stems
MATERIALS = frozenset({"gold", "silver", "iron", "steel", "stone", "brick", "wooden", "wood",
                       "bronz", "copper", "glass", "marbl", "granit", "concret", "timber"})
# Verbs between a thing and its size ("mask stand 54 centimetr high": it stands 54 cm high)
STAND_VERBS = frozenset({"stand", "stood"})
# Work that begins or ends: on the document's topic ("work began 1825": work on the tunnel)
WORK_NOUNS = frozenset({"work"})
# Words before a subject that say which of several it is ("second bridg open": the second
# bridge opened; the first opened earlier), as written
WHICH_ONE = {"second": "second", "third": "third", "fourth": "fourth", "new": "new",
             "origin": "original"}
# Adverbs between a counted noun and its past verb that mark a passive ("46 bodi ever recov":
# 46 bodies were ever recovered); the stems are the adverbs' own
# ("two line final met": the lines finally met each other, no passive: only "ever" and
# "never", which English puts before a participle far more than before an active past)
PASSIVE_ADVERBS = {"ever": "ever", "never": "never"}
TIME_ADVERBS = frozenset({"first", "last", "later", "again", "still", "also", "often",
                          "soon"})  # "light first lit"
QUANTIFIERS = frozenset({"sever", "mani", "few", "variou", "numer", "much", "less", "more"})
STATIVE = frozenset({"remain", "become", "stay", "seem", "appear", "lie", "stand"})
# Verbs too light to say what was done without their particle or object ("put in the arm").
LIGHT_VERBS = frozenset({"put", "take", "make", "get", "give", "go", "come", "set", "keep",
                         "let", "do", "turn"})
_DATE_WORDS = {"year": "In which year", "month": "In which month and year",
               "date": "On which date"}
_PEOPLE_ENDINGS = ("ish", "ian", "ese")  # "Scottish", "Australian", "Chinese"
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ern", "ful", "ary", "ble", "ish", "ant", "ent")
# Units of time: a count of them after a verb is a duration ("failed after three weeks").
TIME_UNITS = frozenset({"weeks", "week", "decades", "decade", "centuries", "century",
                        "days", "years", "months", "hours", "minutes"})
FIRST_VERB = "becam"  # the stem of "became"
FIRST_OF = "the first "  # an object that says which one it is
# Verbs a measure follows as its object: "metal frame weigh 7300 tonn" -> "How many tonnes did
# the metal frame weigh?"
MEASURE_VERBS = frozenset({"weigh", "measure", "cost", "stretch", "span", "rise", "reach",
                           "run", "climb", "fall", "drop", "sink", "travel", "fly", "extend",
                           "grow", "dive", "cover", "gain"})
# Nouns of a measure a verb reaches: "tower reach height 330 metr" -> "What height in metres did
# the tower reach?"; the verbs of motion take "to" ("To what height ... did the ash rise?")
MEASURE_NOUNS = frozenset({"height", "depth", "length", "altitud", "speed", "temperatur",
                           "distanc", "width"})
REACH_VERBS = frozenset({"reach", "attain", "cover"})
# Measures that stand for themselves after their modifier: "offici death toll 36417" -> "What
# was the official death toll?"
SELF_MEASURES = frozenset({"toll", "cost", "popul"})
HEDGES = frozenset({"nearli", "around", "roughli", "almost", "approxim"})  # stems
# Verbs a count after them is the object of, but whose passive no one says ("How many entries
# were attracted?"), or that count no things done to ("included", "contained", "cost")
NO_PASSIVE = frozenset({"attract", "include", "contain", "cost", "need", "see", "hold",
                        "cover", "have", "be", "reach", "number", "total", "involve",
                        "estimate", "pass"})
# Verbs a count follows as no object: "an estimated 300 million people", "numbering 400"
NO_OBJECT_COUNT = frozenset({"estimate", "number", "total"})
# Verbs of a start or end: a subject that names no event ("the cable began") has no clear
# meaning, so only an event noun ("construction", "the excavation") is asked with them
START_VERBS = frozenset({"begin", "start", "end"})
_EVENT_ENDINGS = ("tion", "sion", "ment", "ure", "ing")
VAGUE_ZIPF = 5.5  # a subject noun this frequent: see `_vague`
CALLED = frozenset({"name", "call"})  # "a watchmaker named Robert Hubert": the role is his
# Nouns that measure out stuff or people, whose "of" stemming deleted: "column ash" -> "the
# column of ash", "team architect" -> "the team of architects"
MASS_PARTITIVES = frozenset({"column", "cloud", "pile", "stream", "layer", "sheet", "plume",
                             "jet", "pool", "mass"})
GROUP_PARTITIVES = frozenset({"team", "group", "crowd", "band", "parti", "armi", "crew",
                              "gang", "fleet"})
# Parts of a thing a phrase before often ends with ("added to the top, the tower reaches")
PART_NOUNS = frozenset({"top", "bottom", "side", "end", "base", "foot", "edg", "front", "back",
                        "middl", "centr", "center"})
# Roles that head a thing named after them ("of" deleted): "head laboratori" -> "the head of
# the laboratory" (stem -> word)
HEAD_ROLES = {"head": "head", "director": "director", "chief": "chief", "leader": "leader",
              "founder": "founder", "chairman": "chairman", "captain": "captain"}
# Verbs whose object is a person and an infinitive ("told them to stop"): after stemming the
# "object" is the infinitive's verb ("told stop"), no thing told
# Verbs only people do: a counted thing before one is its object, its "were ... by" or "to"
# deleted ("seven scroll sold dealer": sold to a dealer; "four scroll bought mar athanasiu":
# bought by him), never its subject
PEOPLE_VERBS = frozenset({"buy", "sell", "pay", "hire", "steal", "sign", "say", "tell",
                          "decide", "want", "try", "learn", "advertise", "donate"})
# Nouns of time that end a deleted time phrase before a subject ("During that time the raft
# covered ...": "time raft cover"), never a noun a deleted "of" joins to it; stems
TIME_NOUNS = frozenset({"time", "day", "night", "week", "month", "year", "period", "moment",
                        "decad", "centuri", "season"})
# Events that last a while: "voyag last 101 day" -> "How many days did the voyage last?"
# (a thing before "last" and a count is more often "in the last two years"); stems
LASTING = frozenset({"voyag", "journey", "war", "sieg", "trip", "flight", "reign", "fire",
                     "storm", "strike", "battl", "cross", "expedit", "epidem", "erupt",
                     "drought", "famin", "flood", "mission", "tour", "visit", "trial",
                     "occup", "blockad"})
PERSON_BREAKS = frozenset({"break"})  # "yeager broke two rib": his ribs, not into two
PEOPLE, WALK, ACROSS = "people", "walk", "across"  # "200000 peopl walk across"
FIRST_DAY = ("first", "day")  # "first day 150300 peopl walk across": on the first day
LAST = "last"  # the stem of "lasted" and of the adjective "last"
NUMBER_VERB = "number"  # "crew number six men": the crew numbered six men
# Heads of the names of laws and treaties: after an object's nouns they make them a name
# ("pacif railway act"); stems
LAW_HEADS = frozenset({"act", "treati", "bill", "charter", "accord", "convent", "pact"})
# Verbs whose object needs a preposition the stop words deleted ("strauss insist safeti net":
# insisted on a safety net), which a question without it gets wrong
PREPOSITION_VERBS = frozenset({"insist", "rely", "depend", "wait", "agree", "look", "listen",
                               "refer", "belong", "consist", "object", "apply", "hope"})
TELL_VERBS = frozenset({"tell", "ask", "order", "allow", "forc", "persuad", "urg", "help",
                        "want", "invit", "encourag", "advis", "instruct", "permit"})
# Verbs of saying and thinking: what follows is a clause whose "that" was deleted ("jaime
# maalich said men good": said (that) the men were in good health), never an object: "Who
# said the men?" (round 17p); stems
CLAUSE_VERBS = frozenset({"say", "claim", "believ", "think", "argu", "suggest", "know",
                          "decid", "hope", "fear", "feel", "realis", "realiz", "conclud",
                          "predict", "doubt", "assum", "suspect"})
# Verbs whose object is mostly a person, a pronoun the stop words deleted ("charl riley train
# school": trained him before school), so the noun after them is seldom their object: "Who
# trained the school?" (round 17p); stems
PERSON_OBJECT_VERBS = frozenset({"train", "teach", "coach", "marri", "hire", "employ", "meet",
                                 "tutor", "succeed"})
# Round 18p: blind reviewers dropped all 3 preprocessed count questions whose answer was two
# people or parties ("How many men were directed? two", "How many agencies drew the joint?",
# "How many sides agreed ...?"), and of raw counts of two to four kept none of 7: a count
# of people this small is trivial (who they were is the fact), so it stays a window
TRIVIAL_COUNTS = frozenset({"two", "three", "2", "3"})
PARTIES = frozenset({"agencies", "sides", "parties", "groups", "teams", "nations",
                     "countries", "governments", "companies", "partners"})
# What is published: a passive "was the X published" of any other noun read the title's noun
# of a deleted "of" ("origin contin ocean publish 1915"), and "made" after a noun is as often
# "made by", "made of" or "made up" (round 18p); stems
PUBLISH, MAKE = "publish", "make"
WORKS = frozenset({"book", "paper", "report", "articl", "journal", "letter", "treatis",
                   "translat", "edit", "volum", "memoir", "map", "account", "studi", "novel",
                   "poem", "dictionari", "catalogu", "atla", "essay", "thesi", "monograph",
                   "result", "find", "diari", "manual", "textbook", "work"})
# Offices held for a place: "Who was the governor of New York?" (stem -> word)
OFFICES = {"governor": "governor", "mayor": "mayor", "premier": "premier",
           "presid": "president", "senat": "senator", "bishop": "bishop",
           "archbishop": "archbishop", "ambassador": "ambassador", "consul": "consul"}
TODAY_REACH = 6  # tokens back to a "today" that sets a measure in the present
YEAR_REACH = 10  # tokens back to a year that dates a count ("2018 ... kill 400 peopl")
# Units the scanner reads as counted nouns, which measure questions ask as units too
IMPERIAL_UNITS = frozenset({"feet", "inches", "yards", "miles", "acres", "pounds", "tons"})
# Adjectives of a dimension after a measure: "column 202 feet tall" -> "How many feet tall was
# the column?"
DIMENSIONS = frozenset({"tall", "high", "long", "wide", "deep", "thick", "across"})
# Dates of a life: "bant ... born 14 novemb 1891" -> "On which date was Frederick Banting born?"
LIFE_VERBS = {"born": "was {} born", "die": "did {} die"}
LIFE_EVENTS = lx.LIFE_EVENTS  # "thomson knight 1908": see `_life_event`
PLACE_WORDS = 2  # words of a birthplace between a person and the date: "born X in New York on"
LIFE_REACH = 8  # tokens back to the person a birth or death date belongs to
# tokens before "born"/"died" that must hold no one else who could be its subject, for the
# title's person to be ("soldier die", "father die" are theirs)
TITLE_LIFE_GUARD = 3
# A figure this large with this few significant digits is round, and so probably hedged:
# 125 of 169 such figures (or with a scale word) had "about", "over" or "more than" before
# them in the raw tuned texts (tests/data/blind, tuning, fresh_extract), 116 of 636 others
ROUND_FROM, ROUND_DIGITS = 100, 2
SAINT_STEMS = frozenset({"st", "saint"})  # a given name after them names a church, a hospital
# A name of no English word, said this often, before "born" or "died" is the person's
LONE_NAME_MENTIONS = 2
OBJECT_MODIFIERS = 2  # words before an object's noun: "the wooden writing tablets"
FOUND = "found"  # the past of "find", and the stem of "founded": see `_person_date`
_NAME_CLASSES = (lx.FOREIGN, lx.RARE)
_PLACE_CLASSES = (lx.WORD, *_NAME_CLASSES)  # words between "born" and its date
LIFE_GAP = 3  # words between "died" and its date: "died suddenly on", "died of ovarian cancer
# on" (a cause of two words); none of them a verb ("died. Colleagues continued in 1962")
# States a thing stays in for a time: "volcano quiet 200 year" -> "For how many years had the
# volcano been quiet?" (stems)
# ("abandon" is none: "roman abandon twenti year" is "the Romans abandoned it after twenty
# years" as often as "it lay abandoned for twenty years")
STATES = frozenset({"quiet", "dormant", "silent", "inact", "idl", "vacant"})
# Verbs whose participle lasts, so a duration after it says how long: "canal block six day"
# -> "For how many days was the canal blocked?" (not "completed two years later")
HELD_VERBS = {"block": "blocked", "close": "closed", "shut": "shut", "delay": "delayed",
              "halt": "halted", "suspend": "suspended", "besieg": "besieged",
              "occupi": "occupied", "abandon": "abandoned", "flood": "flooded",
              "buri": "buried"}  # stem -> participle
AFTER_WORDS = frozenset({"later", "earlier", "befor", "after", "ago"})  # a span is no duration
# Plurals that count people: "How many men died during construction?"
PEOPLE_COUNTED = frozenset({"men", "women", "people", "workers", "labourers", "laborers",
                            "soldiers", "sailors", "miners", "passengers", "children"})
# A noun the document says this often is its topic: before a state ("histori volcano quiet",
# the end of a sentence and its subject) it is the subject, not the noun a deleted "of" ends
TOPIC_MENTIONS = 3
TITLE_WORDS = 5  # a one-line text's title: its first words
LIKE, LIKE_REACH = "like", 3  # "looks like a large pocket watch": no subject of the measure
DIMENSION_WORDS = 3  # a count, its unit and the dimension: "39 feet wide"
LATER_MENTIONS = 2  # a noun said this often is one thing the text returns to (`met`)
COUNT_REACH = 4  # tokens from a count to its noun: "four giant tunnel bore machin"
MANY_MAX = 1000  # digits from here on may be a year: "1869 canal open" counts no canals
RATE_REACH = 8  # tokens back to the subject of the clause before a rate ("It is repainted")
KIN_PREFIX = 5  # a stem this long that starts another is its kin: "volcan" (volcanic), "volcano"
# Words that end a verb's phrase after its object: "rivet held structur togeth" -> "How many
# rivets held the structure together?" (stem -> the words to add)
PARTICLES = {"togeth": " together", "apart": " apart"}
# The Nobel Prizes by the stems of their field after "nobel prize": a prize's name is one
# object whatever its length ("receiv first nobel prize physic" -> "received the first Nobel
# Prize in Physics"); "second" is left out: "his second Nobel Prize, in Chemistry" is another
# meaning than "the second Nobel Prize in Chemistry"
NOBEL_FIELDS = {("physiolog", "medicin"): "in Physiology or Medicine",
                ("physic",): "in Physics", ("chemistri",): "in Chemistry",
                ("medicin",): "in Medicine", ("literatur",): "in Literature",
                ("econom",): "in Economics"}


@lru_cache(maxsize=20_000)
def verb_of(stem: str) -> tuple[str, bool] | None:
    """(base verb, sure) for a stem that is a known verb: sure when the stem is a past form
    only ("built", "ran", "led") or its -ed form is at least as common as the base word
    ("discovered"); None for a stem that is no verb of the tables."""
    forms = dict(load_wordmap().candidates(stem))
    if not forms:
        return None
    best = max(forms, key=forms.__getitem__)
    base = base_form(best)
    if base is None or (best in _PAST_IRREGULAR and best in VERBS):
        return None  # "found": "find" or "found"? which one the stem says cannot be told
    if best in _PAST_IRREGULAR or best.endswith("ed"):
        return base, True
    past = forms.get(past_tense(base), 0.0)
    return base, past >= FORM_ZIPF and past >= forms[best] - PAST_MARGIN


@lru_cache(maxsize=20_000)
def _adverb(stem: str) -> str | None:
    """The -ly word of a stem ("offici" -> "officially"), when English uses it, or an adverb
    of time as it is ("light first lit")."""
    if stem in TIME_ADVERBS:
        return stem
    for word, z in load_wordmap().candidates(stem):
        if word.endswith("ly") and z >= FORM_ZIPF:
            return word
    return None


@lru_cache(maxsize=20_000)
def _noun_like(stem: str) -> bool:
    """A content word that can head a subject or object: not surely a verb ("work" is a noun
    as often as a verb; "built" never), no -ly, -ing or -ed word."""
    forms = load_wordmap().candidates(stem)
    if not forms or not stem.isalpha() or stem in TIME_ADVERBS:
        return False  # "later", "still": adverbs of time
    best = forms[0][0]
    verb = verb_of(stem)
    words = {w for w, _ in forms}
    return (verb is None or not verb[1]) and not best.endswith(("ly", "ed")) \
        and not _gerund_like(best) \
        and stem not in ADJECTIVES and best + "est" not in words  # "tall", "first"


def _gerund_like(word: str) -> bool:
    """A verb's -ing form ("mining", "building"), not a noun that merely ends so ("wing",
    "king", "spring": no English word is left without the "-ing")."""
    if not word.endswith("ing"):
        return False
    base = word[:-3]
    return any(load_wordmap().stem_zipf(porter_stem(guess)) > 0
               for guess in (base, base + "e")) if len(base) >= 2 else False


@lru_cache(maxsize=20_000)
def _adjective_like(stem: str) -> bool:
    """A word that opens a noun phrase: "western route", "double flight"; not a noun with
    such an ending, which English uses in the plural too ("trials", "hospitals")."""
    forms = dict(load_wordmap().candidates(stem))
    best = next(iter(forms), "")
    if not best.endswith(_ADJECTIVE_ENDINGS) or best.endswith(("ed", "ing")):
        return False
    return forms.get(plural(best), 0.0) < forms[best] - RARE_PLURAL


def _many(stem: str, unit: str) -> str:
    """The plural English uses for a counted stem: its word's regular plural where the
    window's guess is another "-s" word ("ferris" -> "ferries") or a singular English
    pluralises ("worker" -> "workers"); an irregular plural stays ("feet": "feets" is rare)."""
    forms = dict(load_wordmap().candidates(stem))
    if not forms:
        return unit
    many = plural(next(iter(forms)))
    if many not in forms or unit == many:
        return unit
    if unit.endswith("s"):
        return many
    return many if forms[many] >= forms.get(unit, 0.0) - RARE_PLURAL else unit


def _object(stem: str, word: str) -> str:
    """An object's word: the stem's most frequent word ("the letter", "the medal"), where the
    Reading's guess after a verb is often a plural ("received the letters")."""
    best = load_wordmap().best(stem) or ""
    return best if best.isalpha() else word or stem


def _the(word: str, stem: str, named: bool) -> str:
    """"the engineers", "the expedition"; a name or a mass noun ("penicillin") goes bare."""
    return word if named or not (countable(stem) or _plural_used(stem)) else f"the {word}"


def _compound_after(stems: Sequence[str], classes: Sequence[int], named: AbstractSet[int],
                    boundaries: AbstractSet[int], k: int) -> bool:
    """A counted noun right after the noun at token k: the two are one compound or the first
    qualifies the second ("85 span carri iron pier": carried on iron piers; "drill four divers
    tunnel": diversion tunnels), so the noun at k alone is no object or unit to ask."""
    h = k + 1
    return h < len(stems) and h not in boundaries and h not in named \
        and classes[h] == lx.WORD and _noun_like(stems[h]) and countable(stems[h]) \
        and _plural_used(stems[h]) and not _adjective_like(stems[h])


def _opens_next_clause(stems: Sequence[str], classes: Sequence[int], k: int) -> bool:
    """A past verb at token k that takes no object ("began", "became"): the noun before it
    is that verb's subject, a new clause whose "and"/"which" was deleted ("bouch design
    construct began 1871": Bouch designed it, and construction began), not an object."""
    if k >= len(stems) or classes[k] != lx.WORD:
        return False
    sure = verb_of(stems[k])
    return sure is not None and sure[1] and sure[0] in INTRANSITIVE | STATIVE


@dataclass
class StemmedText:
    """What the question shapes read of a preprocessed document: its stems, their classes,
    the Reading's words, the tokens inside names, section starts, and the people said at
    each token (a surname alone too: "whitfield die")."""

    stems: Sequence[str]
    classes: Sequence[int]
    words: Sequence[str]
    named: set[int]
    boundaries: set[int]
    persons: dict[int, str]
    family_names: frozenset[str] = frozenset()  # surnames of the people found
    heading: set[int] = field(default_factory=set)  # tokens of the headings' own words
    # what these read of the whole document, made once: each question shape asks it again
    # per candidate, and a pass over the tokens per question grew with the square of the
    # document (a real 10 MB document asks hundreds of them)
    _counts: Counter[str] | None = field(default=None, repr=False)
    _forms: dict[str, Counter[str]] | None = field(default=None, repr=False)
    _first: dict[str, int] | None = field(default=None, repr=False)
    _pairs: Counter[tuple[str, str]] | None = field(default=None, repr=False)
    _topic: tuple[str | None] | None = field(default=None, repr=False)
    _topic_words: dict[str, str] = field(default_factory=dict, repr=False)
    _many: set[str] | None = field(default=None, repr=False)

    def title_person(self) -> str | None:
        """The person the document's title names at its first words ("Florence Nightingale:
        The Lady with the Lamp"): its life's dates are hers where no one else is said."""
        if 0 not in self.persons:
            return None
        who = self.persons[0]
        end = next((k for k in range(len(self.stems)) if self.persons.get(k) != who), 0)
        return who if end <= TITLE_WORDS else None

    def said_before(self, k: int) -> bool:
        """Whether the stem at token k was said before it (a heading counts): "the canal"
        of a text on a canal; not "the breakthrough" a reader has not met."""
        if self._first is None:  # each stem's first token: read backwards, the first wins
            n = len(self.stems)
            self._first = dict(zip(reversed(self.stems), range(n - 1, -1, -1), strict=True))
        return self._first.get(self.stems[k], k) < k

    def met(self, k: int) -> bool:
        """Whether a reader knows which thing "the" noun at token k means: said before it, or
        a thing the text returns to (said LATER_MENTIONS times: "the deck" of a bridge's
        text, first said with its width); not "a column 202 feet tall" said once."""
        return self.said_before(k) or self.count(self.stems[k]) >= LATER_MENTIONS

    def own(self, k: int) -> bool:
        """Whether the noun at token k is the document's own thing, which a name before it
        does not own: said TOPIC_MENTIONS times or more, mostly with no name right before
        ("George Washington Bridge. The deck was 39 feet wide": the deck this text is about,
        said alone three times more), unlike "Toronto General Hospital"."""
        stem = self.stems[k]
        at = [x for x, st in enumerate(self.stems) if st == stem]
        alone = sum(1 for x in at if x - 1 not in self.named or x in self.boundaries)
        return len(at) >= TOPIC_MENTIONS and 2 * alone > len(at)

    def kin_before(self, k: int) -> bool:
        """Whether the stem at token k, or a shorter stem it grows from, was said before it:
        "volcan" (volcanic) before "volcano": the reader has met the thing."""
        stem = self.stems[k]
        if self.said_before(k):
            return True
        first = self._first or {}  # (made by `said_before`) a stem said before k: first < k
        # a stem it grows from is one of its prefixes, KIN_PREFIX long or longer
        return any(first.get(stem[:size], k) < k for size in range(KIN_PREFIX, len(stem)))

    def kin_count(self, stem: str) -> int:
        """How often the document says the stem or a shorter stem it grows from."""
        counts = self._counts or self._count_all()
        # the stem itself, and each prefix of it KIN_PREFIX long or longer that is a stem
        return counts[stem] + sum(counts.get(stem[:size], 0)
                                  for size in range(KIN_PREFIX, len(stem)))

    def _count_all(self) -> Counter[str]:
        self._counts = Counter(self.stems)
        return self._counts

    def usual(self, stem: str) -> str:
        """The word the Reading writes most often for the stem ("dish" where one window
        guessed "dishes"): a subject's number comes from the whole document."""
        if self._forms is None:
            self._forms = {}
            # each (stem, word) counted at C speed, then grouped by stem in the order they
            # first occur (the order `most_common` breaks ties in)
            said = Counter(zip(self.stems, map(str.lower, self.words), strict=False))
            for (st, word), n in said.items():
                if word:
                    self._forms.setdefault(st, Counter())[word] = n
        forms = self._forms.get(stem)
        return forms.most_common(1)[0][0] if forms else stem

    def topic(self) -> str | None:
        """The document's topic: the countable noun its title says (a heading, or the first
        TITLE_WORDS words of a text whose lines preprocessing joined) and the text says most,
        TOPIC_MENTIONS times at least ("bridg" of "The Tay Bridge Disaster"), whose
        construction or opening a bare "the construction" means."""
        if self._topic is None:
            self._topic = (self._find_topic(),)
        return self._topic[0]

    def _find_topic(self) -> str | None:
        counts = self._counts or self._count_all()
        title = {self.stems[k] for k in self.heading} | set(self.stems[:TITLE_WORDS])
        for stem, n in counts.most_common(40):
            if n < TOPIC_MENTIONS:
                return None
            if stem in title and stem.isalpha() and _noun_like(stem) and countable(stem) \
                    and stem not in lx.UNITS and not _vague(stem):
                return stem
        return None

    def topic_words(self, topic: str) -> str:
        """The topic as the document writes it: with the word it is mostly said before when
        the books pair them ("opera house", not "opera")."""
        said = self._topic_words.get(topic)
        if said is None:
            said = self._topic_words[topic] = self._find_topic_words(topic)
        return said

    def _find_topic_words(self, topic: str) -> str:
        after = Counter(self.stems[k + 1] for k, st in enumerate(self.stems[:-1])
                        if st == topic and k + 1 not in self.boundaries)
        if after:
            nxt, n = after.most_common(1)[0]
            if 2 * n >= self.count(topic) and (topic, nxt) in load_bigrams():
                return f"{self.usual(topic)} {self.usual(nxt)}"
        return self.usual(topic)

    def pair_count(self, k: int) -> int:
        """How often the document says the stems at tokens k and k + 1 one after the other."""
        if self._pairs is None:
            self._pairs = Counter(zip(self.stems, self.stems[1:], strict=False))
        return self._pairs[(self.stems[k], self.stems[k + 1])]

    def counted_many(self, stem: str) -> bool:
        """Whether the document counts the noun above one anywhere ("two singl track tube",
        "four giant tunnel bore machin"): "the tube" or "the machine" is then one of several,
        which a question must name. Never the topic ("the tunnel" of a tunnel's text)."""
        if self._many is None:
            self._many = set()
            for k, cls in enumerate(self.classes):
                if not (cls == lx.NUM_WORD and self.stems[k] != "one"
                        or cls == lx.NUM and self.stems[k].isdigit()
                        and 1 < int(self.stems[k]) < MANY_MAX):
                    continue  # (a year, "1869 canal open", counts no canals)
                if k + 1 < len(self.stems) and _unit_stem(self.stems[k + 1]):
                    continue  # a measure: "152 kilometr tunnel" counts no tunnels
                # the counted phrase's plural nouns, to its verb: "four giant tunnel bore
                # machin built" (which of them is counted the stems do not say)
                for x in range(k + 1, min(len(self.stems), k + 1 + COUNT_REACH)):
                    if x in self.boundaries or x in self.named or self.classes[x] != lx.WORD:
                        break
                    verb = verb_of(self.stems[x])
                    if verb is not None and verb[1]:
                        break
                    said = (self.words[x] or "").lower()
                    if _noun_like(self.stems[x]) and said.endswith("s") \
                            and not said.endswith("ss"):
                        self._many.add(self.stems[x])  # a plural, as the Reading says it
                        # after the count ("14 piers across the bay bridge": not the bridge)
            self._many.discard(self.topic() or "")  # the text's own tunnel is one
        return stem in self._many

    def count(self, stem: str) -> int:
        """How often the document says the stem (counted once, on first use)."""
        if self._counts is None:
            self._counts = Counter(self.stems)
        return self._counts[stem]


def stemmed_question(doc: StemmedText, kind: str, category: str, unit: str | None, i: int,
                     j: int, person: bool = False, yearlike: bool = False) -> str | None:
    """A direct question for the answer at tokens [i, j), or None when no plain shape fits.
    `person`: the answer is one; `yearlike`: a number that may be a year ("1820"). A round
    count is asked "about how many" (`_round_figure`)."""
    if kind == "number" and any(_ORDINAL.match(stem) for stem in doc.stems[i:j]):
        return None  # "celebr 50th birthday": an ordinal ranks, it counts nothing to ask
    if kind == "number" and j - i == 1 and doc.stems[i] in TRIVIAL_COUNTS and unit \
            and _people_or_parties(unit):
        return None  # "How many men were directed? two": two or three people or parties
        # are no fact to learn (TRIVIAL_COUNTS); "How many ribs did Yeager break?" still is
    question = _question(doc, kind, category, unit, i, j, person, yearlike)
    if question and kind == "number" and not yearlike and _round_figure(doc, i, j):
        at = question.lower().find("how many")
        if at >= 0 and "about how many" not in question.lower():
            about = "About how many" if at == 0 else "about how many"
            question = question[:at] + about + question[at + len("how many"):]
    return question


# adjectives the word map reads as nouns too ("loose": the loose), which describe a counted
# noun after them
_DESCRIBING = frozenset({"loose", "wooden", "dead", "living", "wounded", "injured", "missing",
                        "surviving", "remaining", "single", "separate"})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")  # "50th", "3rd" (as the stems write them)


def _people_or_parties(unit: str) -> bool:
    """A count's noun that names people ("men", "engineers") or parties to something
    ("agencies", "sides"): two or three of them is trivial to ask (TRIVIAL_COUNTS)."""
    noun = unit.split()[0].lower()
    return noun in PEOPLE_COUNTED or noun in PARTIES or _occupation(porter_stem(noun))


def _round_figure(doc: StemmedText, i: int, j: int) -> bool:
    """A figure of a hundred or more with ROUND_DIGITS significant digits or fewer ("200",
    "21000", "4200"), or with a scale word ("two million"): in the raw tuned texts 125 of 169
    such figures had a hedge the stop words delete ("about", "over", "more than"), against
    116 of 636 other figures; so the question does not read it as exact."""
    for k in range(i, j):
        if doc.classes[k] == lx.SCALE:
            return True
        stem = doc.stems[k]
        if doc.classes[k] == lx.NUM and stem.isdigit() and int(stem) >= ROUND_FROM:
            return len(stem.rstrip("0")) <= ROUND_DIGITS
    return False


def _question(doc: StemmedText, kind: str, category: str, unit: str | None, i: int,
              j: int, person: bool, yearlike: bool) -> str | None:
    stems, classes, words = doc.stems, doc.classes, doc.words
    named, boundaries, persons = doc.named, doc.boundaries, doc.persons
    if kind == "number" and i >= 1 and stems[i - 1] == "age" and i - 1 not in boundaries \
            and i not in boundaries:
        return _age_at_death(doc, i)
    if kind == "number" and unit and unit.split()[0] in TIME_UNITS and not yearlike:
        return _duration_then_person(doc, i, j, unit) or _person_duration(doc, i, j, unit) \
            or _state_duration(doc, i, j, unit) or _rate(doc, i, j, unit) \
            or _lasted(doc, i, j, unit) or _took(doc, i, j, unit) or _spent(doc, i, j, unit)
    if kind == "number" and unit and not yearlike:
        during = _died_during(doc, i, j, unit)  # "27 men die construct": a unit of 3 words
        if during:
            return during
    if kind == "number" and unit and category not in ("duration", "percentage") \
            and not yearlike and unit.split()[0] not in TIME_UNITS:
        # "ran five days" (ran out), "failed three weeks" (after), "grew 18 percent" (by what
        # percentage), "patent 1820 discoveri" (a year): other shapes
        if unit[:1].isupper():
            return None  # "15 million France": a name read as the unit ("francs")
        # a person and a past verb before the count make it their object ("yeager broke two
        # rib fell": not "How many ribs fell?"), so that shape is asked first
        return _spent(doc, i, j, unit) or _person_count(doc, i, j, unit) or _paid(doc, i, j, unit) \
            or _walked_across(doc, i, j, unit) \
            or _counted_subject(i, j, unit, stems, classes, words, named, boundaries) \
            or _measured(doc, i, unit) or _numbered(doc, i, j, unit) \
            or _dated(_count(i, j, unit, stems, classes, words, named, boundaries, doc),
                      doc, i) \
            or _self_measure(doc, i, unit) or _passive_count(doc, i, j, unit) \
            or _done_to(doc, i, j, unit) or _lost(doc, i, j, unit) \
            or _lost_lives(doc, i, j, unit) or _worked_on(doc, i, j, unit) \
            or _dimension(doc, i, j, unit)
    if kind == "date" and category in _DATE_WORDS:
        # cheap guard first: most dates have no "born" or "died" just before them
        life = next((v for v in range(i - 1, max(-1, i - 1 - LIFE_GAP), -1)
                     if stems[v] in LIFE_VERBS), None) \
            if not LIFE_VERBS.keys().isdisjoint(stems[max(0, i - LIFE_GAP) : i]) else None
        if life is not None:  # never "did the days die?"; "born johann mendel 20 juli
            # 1822": born as a name (`_born_as`, round 18p: `_life` read "born" first)
            return _life(life, i, category, doc) or _born_as(doc, i, category)
        return _born_as(doc, i, category) or _life_event(doc, i, category) \
            or _person_date(i, category, stems, classes, words, persons, boundaries) \
            or _date(i, category, stems, classes, words, named, boundaries, doc) \
            or _date_then_person(doc, j, category)
    if kind == "name" and person:
        return _kin_of(doc, i) or _first(doc, j) or _agent(doc, i, j) or _doer(
            j, stems, classes, words, named, boundaries) or _role(doc, i, j) \
            or _who_did(doc, i, j) or _chosen(doc, i, j) or _office_after(doc, j) \
            or _office_held(doc, i, j)
    if kind == "name":
        return _life_place(doc, i, j)
    return None


def _life_place(doc: StemmedText, i: int, j: int) -> str | None:
    """ "heyerdahl born larvik 1914" -> "Where was Heyerdahl born?", "carter die london 1939" ->
    "Where did Howard Carter die?": a place right after "born" or "died" and the person before
    the verb (as `_life` finds them); the place ends at a date, a section or a verb."""
    v = i - 1
    if v < 1 or i in doc.boundaries or doc.stems[v] not in LIFE_VERBS \
            or v in doc.persons or i in doc.persons or j - i > PLACE_WORDS:
        return None  # ("streator illinoi never univers": no place runs so long)
    if not (j >= len(doc.stems) or j in doc.boundaries or doc.classes[j] in _DATES
            or _date_starts(j, doc.stems, doc.classes)
            or _next_verb(doc.stems[j], doc.classes[j])):
        return None  # "born maria sklodowska warsaw": born as a name; the place runs on
    who = _life_person(v, doc)
    if who is None:
        return None
    return f"Where was {who} born?" if doc.stems[v] == "born" else f"Where did {who} die?"


def _subject(k: int, stems: Sequence[str], classes: Sequence[int], words: Sequence[str],
             named: set[int], boundaries: set[int]) -> str | None:
    """The subject at token k: one countable noun that is no unit and no name's last word
    ("the canal", "the engineers"; not "tall", "also", "months", "England")."""
    if k < 0 or k + 1 in boundaries or k in boundaries or k in named:
        return None  # a name's last word: "Port Said", "Cheshire, England" are no subjects;
        # a heading's first word ("Notes") is none either
    if classes[k] != lx.WORD or not _noun_like(stems[k]) \
            or not (countable(stems[k]) or _plural_used(stems[k])) or stems[k] in lx.UNITS:
        return None  # ("discoveri": "discoveries" is a plural `countable` does not read)
    word = words[k] or stems[k]
    if word.endswith(("ed", "ing")):
        word = load_wordmap().best(stems[k]) or word  # "the lock", not the Reading's "locked"
    return _the(word, stems[k], False)


def _plural(subject: str) -> bool:
    last = subject.split()[-1]
    return last.endswith("s") and not last.endswith("ss") and not last[:1].isupper()


def _count(i: int, j: int, unit: str, stems: Sequence[str], classes: Sequence[int],
           words: Sequence[str], named: set[int], boundaries: set[int],
           doc: StemmedText | None = None) -> str | None:
    """"engin built 83 lock" -> "How many locks did the engineers build?"."""
    v = i - 1
    townsfolk = j < len(stems) and unit.endswith("ers") and (stems[j],) in towns()
    if townsfolk:
        unit = unit[:1].upper() + unit[1:]  # "14000 london": Londoners, the town's people
    if v < 1 or i in boundaries or " " in unit or not unit.isalpha() or stems[i] == "one" \
            or j >= len(stems) or not (unit in lx.UNITS.values() or countable(stems[j])
                                       or _plural_used(stems[j]) or townsfolk):  # "entries"
        return None  # "80 cent day": which words are the unit is a guess; "one hardest"
    if not _measure_unit(unit) and not townsfolk \
            and _compound_after(stems, classes, named, boundaries, j):
        return None  # "drill four divers tunnel": diversion tunnels, not "diversities" (but
        # "rose 276 feet water": above the water)
    verb = verb_of(stems[v])
    if (verb is None or not verb[1]) and (words[v] or "").endswith("ed"):
        base = _verb_base(stems[v], words[v])  # "competition attracted": read as a past form
        verb = (base, True) if base else None
    if verb is None or not verb[1] or verb[0] in ("be", "have") or verb[0] in LIGHT_VERBS:
        return None
    if verb[0] in STATIVE or verb[0] in INTO_VERBS or verb[0] in NO_OBJECT_COUNT:
        return None  # "polio remain two countries": a count no verb here takes
    s = v - 1
    if s >= 1 and classes[s] == lx.WORD and stems[s] in TIME_ADVERBS:
        s -= 1  # "visitor still climb 311 step": the adverb stays out of the question
    sized = doc is not None and _dimension_before(doc, s) \
        and verb[0] not in AGENT_VERBS | PEOPLE_VERBS  # "tower 35 metr tall built 2500 block":
    if sized:  # built from them (passive); a thing builds nothing
        s -= DIMENSION_WORDS  # "deck 39 feet wide carri two lane": the deck carried them
    when = _event_date(s, stems, classes, boundaries)
    if when is not None:  # "flood 12 januari 1828 kill six men": the flood of that date
        s, date = when
        subject = _subject(s, stems, classes, words, named, boundaries)
        if subject is None or not (stems[s] in LASTING or _event(stems[s])) or doc is None:
            return None
        # the date says which one, so the reader need not have met it; a noun before it that
        # English does not pair with it stays out ("cholera epidem": the epidemic of 1848-49)
        event = _noun_phrase(doc, s, singular=True) or subject
        if s >= 1 and stems[s - 1] in WHICH_ONE and s not in boundaries \
                and event.count(" ") == 1:  # "second flood": the second flood of that date
            event = f"the {WHICH_ONE[stems[s - 1]]} {event.split()[-1]}"
        many = unit if townsfolk else _many(stems[j], unit)
        return f"How many {many} did {event} of {date} {verb[0]}?"
    subject = _subject(s, stems, classes, words, named, boundaries)
    own = sized and doc is not None and doc.own(s)  # the text's own deck, after a name
    if subject is None or _after_place(s, stems, named) and not own or _vague(stems[s]) \
            or not _doers(subject) and _of_deleted(s, stems, classes, named, boundaries,
                                                   doc.heading if doc else frozenset()) \
            and not own \
            or doc is not None and not (doc.met(s) if sized else doc.said_before(s)) \
            and not _doers(subject):
        return None  # "toronto general hospital weigh": he weighed, in the hospital; "the
        # tsunami" the reader has not met (but "the engineers" any such work has)
    if _modifies_next(stems, classes, named, boundaries, j):
        return None  # "recov 14000 loos wooden object": "loose" describes the objects
    return f"How many {_many(stems[j], unit)} did {subject} {verb[0]}?"


def _modifies_next(stems: Sequence[str], classes: Sequence[int], named: AbstractSet[int],
                   boundaries: AbstractSet[int], u: int) -> bool:
    """Whether the counted word at token u only describes the nouns after it ("14000 loos
    wooden object": 14,000 loose wooden objects): an adjective, then a noun the books do not
    pair with it, in one phrase (round 17p: "How many loose did the archaeologists
    recover?")."""
    h = u + 1
    if h >= len(stems) or h in boundaries or h in named or classes[h] != lx.WORD:
        return False
    described = _adjective_like(stems[u]) or stems[u] in ADJECTIVES \
        or (load_wordmap().best(stems[u]) or "") in _DESCRIBING
    return described and _noun_like(stems[h]) and (stems[u], stems[h]) not in load_bigrams()


def _dimension_before(doc: StemmedText, k: int) -> bool:
    """A measure and its dimension ending at token k ("39 feet wide"), with the noun they
    measure before them: that noun, not the dimension, is the subject of the verb after
    ("deck 39 feet wide carri two lane": the deck was 39 feet wide and carried two lanes)."""
    c = k - DIMENSION_WORDS + 1
    return c >= 1 and doc.stems[k] in DIMENSIONS and doc.classes[k] == lx.WORD \
        and _unit_stem(doc.stems[k - 1]) and doc.classes[c] in _COUNTS \
        and not any(x in doc.boundaries for x in range(c, k + 2))


def _event_date(k: int, stems: Sequence[str], classes: Sequence[int],
                boundaries: set[int]) -> tuple[int, str] | None:
    """(the token before it, the date as written) for a date that ends at token k and follows
    a noun: "flood 12 januari 1828" -> "12 January 1828", "epidem 1848 1849" -> "1848-1849"
    (two years in a row: the span the event took)."""

    def year(x: int) -> bool:  # a year before 1900 is plain digits to the lexicon
        return classes[x] == lx.YEAR or classes[x] == lx.NUM and len(stems[x]) == 4

    lo = k
    while lo >= 0 and classes[lo] in (lx.YEAR, lx.MONTH, lx.NUM) and k - lo < 3 \
            and lo not in boundaries:
        lo -= 1
    span = range(lo + 1, k + 1)
    if lo < 0 or not span or not year(k) or lo + 1 in boundaries or classes[lo] != lx.WORD:
        return None
    if len(span) == 2 and year(k - 1) and int(stems[k]) == int(stems[k - 1]) + 1:
        return lo, f"{stems[k - 1]}\u2013{stems[k]}"
    kinds = [lx.YEAR if year(x) else classes[x] for x in span]
    if kinds in ([lx.NUM, lx.MONTH, lx.YEAR], [lx.MONTH, lx.YEAR]):
        return lo, format_date([stems[x] for x in span], kinds)
    return None


def _counted_subject(i: int, j: int, unit: str, stems: Sequence[str], classes: Sequence[int],
                     words: Sequence[str], named: set[int], boundaries: set[int]) -> str | None:
    """"eighteen aqueduct carri channel" -> "How many aqueducts carried the channel?": a
    count, its one-word noun, a past verb and (if a noun follows) its object."""
    u, v = j, j + 1
    if v >= len(stems) or " " in unit or not unit.isalpha() or u in boundaries \
            or unit in _MONEY \
            or v in boundaries or classes[u] != lx.WORD or stems[u] in lx.UNITS \
            or j - i > 1 and not (j - i == 2 and classes[i + 1] == lx.SCALE) \
            or stems[i] == "one":
        return None  # "7 million state recov": a sum of money whose "$" was deleted; "35
        # million dollar approv voter": approved by the voters, money does nothing
    adverb = PASSIVE_ADVERBS.get(stems[v]) if v + 1 < len(stems) \
        and v + 1 not in boundaries else None
    if adverb:
        v += 1
    verb = verb_of(stems[v])  # asked before the noun before the count: it rules out more
    if adverb and (verb is None or not verb[1]) and (words[v] or "").endswith("ed"):
        base = _verb_base(stems[v], words[v] or "")  # "recov", read "recovered"
        verb = (base, True) if base else None
    if verb is None or not verb[1] or verb[0] in ("be", "have") or verb[0] in LIGHT_VERBS:
        return None
    if _listed_noun(stems, words, v, boundaries):
        return None  # "200 book report pamphlet": books, reports and pamphlets, no verb
    if verb[0] in PEOPLE_VERBS and not adverb and unit not in PEOPLE_COUNTED \
            and not _doers(unit):
        return None  # "took seven scroll sold dealer": scrolls sell nothing; they were sold
    h = i - 1  # "flight five lock lift": a flight of five locks, not all the locks
    if h >= 0 and not adverb and i not in boundaries and h not in named \
            and classes[h] == lx.WORD \
            and _noun_like(stems[h]) and countable(stems[h]) and stems[h] not in lx.UNITS \
            and not (words[h] or "").endswith("ed"):  # "each year 30", "planned, and ten"
        return None
    k = v + 1
    before = verb_of(stems[h]) if h >= 0 and i not in boundaries else None
    past_before = before is not None and before[1] or h >= 0 and i not in boundaries \
        and (words[h] or "").endswith("ed") and _verb_base(stems[h], words[h] or "") is not None
    if past_before and verb[0] not in INTRANSITIVE and classes[i] == lx.NUM and not adverb:
        return None  # "climb 354 step reach tablet": the steps are what visitors climbed (to
        # reach it), no subject of "reach"; edited prose opens no sentence with digits, so
        # the past verb before them is no end of a sentence ("... delayed. Eighteen ferries
        # carried the workers" keeps its question)
    if before is not None and before[0] == "spend" and i not in boundaries:
        return None  # "spent two winter launch balloon": what is spent is the count's, in
        # words too ("How many winters launched the balloon?", round 17p)
    unit = _many(stems[u], unit)
    if adverb:  # "How many bodies were ever recovered?"; never of people, who do things
        if verb[0] in INTRANSITIVE | STATIVE or verb[0] in NO_PASSIVE or j - i > 1 \
                or unit in PEOPLE_COUNTED or _doers(unit):
            return None
        return f"How many {unit} were {adverb} {_participle(stems[v], verb[0])}?"
    if verb[0] in INTRANSITIVE and j - i == 1:  # "ten worker die": "How many workers
        # died?"; not "an estimated 300 million people died" (of what, the stems do not say)
        if verb[0] == "leave" or k < len(stems) and (
                stems[k] in lx.MOTION_ADVERBS or stems[k] in ADJECTIVES
                or _adjective_like(stems[k])):
            return None  # "22 men left": remained (the participle); "30 sailor ran back",
            # "people left homeless": the verb's word after it says what they did
        return f"How many {unit} {_past(verb[0])}?"
    if j - i > 1 and k < len(stems) and stems[k] in SUMS:
        return None  # "cost roughli 7 million state recov sum": 7 million (dollars), which
        # the state recovered; the noun after the count is the next clause's subject
    if k < len(stems) and stems[k] in lx.MOTION_ADVERBS:
        return None  # "nine famili move north": moved north (and "nine" was an age)
    if k < len(stems) and k not in boundaries and classes[k] == lx.WORD and k not in named \
            and _noun_like(stems[k]) and countable(stems[k]) \
            and stems[k] not in MATERIALS:  # "85 span carri iron pier": on iron piers
        thing = _the(_object(stems[k], words[k]), stems[k], False)
        particle = PARTICLES.get(stems[k + 1], "") if k + 1 < len(stems) \
            and k + 1 not in boundaries else ""  # "held the structure together"
        return f"How many {unit} {_past(verb[0])} {thing}{particle}?"
    return None


def _listed_noun(stems: Sequence[str], words: Sequence[str], v: int,
                 boundaries: set[int]) -> bool:
    """Whether the stem at v, a verb's too, is read as no past form by the Reading and
    stands between two plurals it reads so ("book report pamphlet": "books, reports and
    pamphlets", whose commas and "and" preprocessing deleted): a list, no clause."""
    said = (words[v] or "").lower()
    if not said or said.endswith("ed") or v + 1 >= len(stems) \
            or v + 1 in boundaries or v in boundaries:
        return False
    before, after = (words[v - 1] or "").lower(), (words[v + 1] or "").lower()
    return all(w.endswith("s") and not w.endswith("ss") for w in (before, after)) \
        and _noun_like(stems[v + 1])


def _date(i: int, category: str, stems: Sequence[str], classes: Sequence[int],
          words: Sequence[str], named: set[int], boundaries: set[int],
          doc: StemmedText | None = None) -> str | None:
    """"canal offici open 26 octob 1825" -> "On which date did the canal officially open?"."""
    v = i - 1
    if v < 1 or i in boundaries:
        return None
    to = ""
    if stems[v] in OPENED_TO and v >= 2 and v not in boundaries:
        opened = verb_of(stems[v - 1])
        if opened is None or opened[0] not in OPENING_VERBS:
            return None
        to, v = " " + OPENED_TO[stems[v]], v - 1
    place = v  # "work began rotherhith februari 1825": began at a place, in February 1825
    while place >= 2 and v - place < PLACE_WORDS and doc is not None and place not in boundaries \
            and _name_at(doc, place) and place not in doc.persons \
            and (words[place] or "")[:1].isupper() and verb_of(stems[place]) is None:
        place -= 1
    if place < v:
        went = verb_of(stems[place])
        if went is not None and went[1] and went[0] in INTRANSITIVE and place not in boundaries:
            v = place
    verb = verb_of(stems[v])
    if verb is None or verb[0] in ("be", "have"):
        return None
    adverb = _adverb(stems[v - 1]) if classes[v - 1] == lx.WORD else None
    s = v - 2 if adverb else v - 1
    read_past = not verb[1] and not adverb and verb[0] in INTRANSITIVE \
        and ((words[v] or "").endswith("ed") or bool(to))  # "open public": a verb
    if not verb[1] and not adverb and not read_past:
        return None  # "design 1820": a noun as often as a verb; but "canal open 17 novemb
        # 1869", read "opened", is what a thing did by itself
    subject = _subject(s, stems, classes, words, named, boundaries)
    if subject is None or doc is not None and not doc.said_before(s) and not _event(stems[s]) \
            and stems[s] not in WORK_NOUNS:
        return None  # "the breakthrough came": which one, the reader was never told (work
        # is work on the document's topic, below)
    if doc is not None and read_past:  # "the bridge": one window's "bridges" is a guess
        subject = _the(_object(stems[s], words[s]), stems[s], False)
    if doc is not None and stems[s] not in WORK_NOUNS:  # "the western tube", of two
        subject = _one_of_several(doc, s, subject)
        if subject is None:
            return None
    topic = doc.topic() if doc is not None and verb[0] in START_VERBS else None
    if topic is not None and doc is not None and stems[s] in WORK_NOUNS and topic != stems[s]:
        subject = f"work on the {doc.topic_words(topic)}"  # "work began": on the tunnel
    elif verb[0] in START_VERBS and not _event(stems[s]) or stems[s] in WORK_NOUNS:
        return None  # "the cable began": what began the stems do not say
    which = s - 1  # "second bridg open 20 june 1887": the second bridge, not the first
    if which >= 0 and s not in boundaries and classes[which] == lx.WORD \
            and stems[which] in WHICH_ONE and subject.startswith("the "):
        subject = f"the {WHICH_ONE[stems[which]]} {subject[4:]}"
    elif doc is not None and topic is not None and subject.startswith("the ") \
            and topic != stems[s]:  # "construct began 1871": construction of the bridge
        subject = f"{subject} of the {doc.topic_words(topic)}"
    forms = IRREGULAR.get(verb[0])
    active = forms is not None and forms[0] != forms[1] \
        and load_wordmap().best(stems[v]) == forms[0]  # "volcano woke": not "woken"
    if verb[0] in INTRANSITIVE or active:
        middle = f"{adverb} {verb[0]}" if adverb else verb[0]
        return f"{_DATE_WORDS[category]} did {subject} {middle}{to}?"
    if verb[0] in ("follow", "give"):
        return None  # "hospit follow februari 1941": followed by, or in the following month;
        # "In which month and year was the hospital followed?" (round 17p: six such, all
        # wrong, on the bench's texts); "medal winner first given 1904": given to the
        # winners, who were not given (the thing given and its taker share the stems)
    if verb[0] == MAKE or verb[0] == PUBLISH and stems[s] not in WORKS:
        return None  # "In which year was the ocean published?" (The Origin of Continents and
        # Oceans), "were the neutrons published", "were the sounds made": round 18p, of the
        # eight such questions on the first pages of the blind and tuning texts, six wrong
    done = _participle(stems[v], verb[0])
    be = "were" if _plural(subject) else "was"
    return f"{_DATE_WORDS[category]} {be} {subject} {adverb + ' ' if adverb else ''}{done}?"


def _participle(stem: str, base: str) -> str:
    """The past participle the stem stands for: its own past form when it is one ("found",
    "announced"), else the verb's ("built", "completed")."""
    best = load_wordmap().best(stem) or ""
    forms = IRREGULAR.get(base)
    if best.endswith("ed") or best in _PAST_IRREGULAR and not (forms and forms[0] == best):
        return best
    return forms[1] if forms else past_tense(base)


def _life_event(doc: StemmedText, i: int, category: str) -> str | None:
    """ "thomson knight 1908" -> "In which year was Joseph John Thomson knighted?", "steven
    resign 1907" -> "In which year did John Frank Stevens resign?": a person,
    right after them a verb of LIFE_EVENTS that takes no object, and right after it the date,
    all in one sentence (round 18p; the Reading may write "knights": between a person and
    a date it is the verb)."""
    v = i - 1
    if v < 1 or i in doc.boundaries or v in doc.boundaries or v - 1 not in doc.persons \
            or maybe_decade(doc, i) \
            or v in doc.persons or doc.stems[v] not in LIFE_EVENTS:
        return None
    return f"{_DATE_WORDS[category]} {LIFE_EVENTS[doc.stems[v]].format(doc.persons[v - 1])}?"


def _born_as(doc: StemmedText, i: int, category: str) -> str | None:
    """ "born maria sklodowska warsaw 7 novemb 1867" -> "On which date was Maria Sklodowska
    born?": "born", the person (the name she was born with) and at most PLACE_WORDS of a
    place, all in one sentence, right before the date."""
    k = i - 1
    while k >= 0 and i - k <= PLACE_WORDS and k in doc.named and k not in doc.persons \
            and k + 1 not in doc.boundaries:
        k -= 1  # "warsaw": where
    if k < 1 or k not in doc.persons or k + 1 in doc.boundaries:
        return None
    who = doc.persons[k]
    while k >= 0 and k in doc.persons and doc.persons[k] == who and k not in doc.boundaries:
        k -= 1
    if k < 0 or doc.stems[k] != "born" or k + 1 in doc.boundaries:
        return None
    return f"{_DATE_WORDS[category]} was {who} born?"


def _person_date(i: int, category: str, stems: Sequence[str], classes: Sequence[int],
                 words: Sequence[str], persons: dict[int, str],
                 boundaries: set[int]) -> str | None:
    """"gall receiv letter 23 septemb 1846" -> "On which date did Johann Galle receive the
    letter?": a person, a past verb and its one-noun object right before the date."""
    o, v, p = i - 1, i - 2, i - 3
    pair = v >= 1 and classes[v] == lx.WORD and v not in persons and v not in boundaries \
        and (stems[v], stems[o]) in load_bigrams()  # "open opera hous": the opera house
    if pair:
        v, p = v - 1, p - 1
    modifiers: list[str] = []  # "found wooden write tablet 1973": the wooden writing tablets
    if p not in persons:
        v, p = v + pair, p + pair  # the pair is a modifier too
        for extra in range(1, OBJECT_MODIFIERS + 1):
            mods = range(v - extra + 1, v + 1)
            if v - extra < 1 or v - extra - 1 not in persons or any(
                    k in persons or k in boundaries or classes[k] != lx.WORD
                    or not _modifier(stems[k], words[k], stems[k + 1]) for k in mods):
                continue
            modifiers = [_modifier_word(stems[k], words[k]) for k in mods]
            v, p, pair = v - extra, p - extra, False
            break
        else:
            v, p = v - pair, p - pair
    if p < 0 or p not in persons or o in boundaries or v in boundaries or i in boundaries \
            or classes[o] != lx.WORD or o in persons or not _noun_like(stems[o]) \
            or (load_wordmap().best(stems[o]) or "") in VERBS:
        return None  # "publish find 1929", "turn state": a verb read as the object
    verb = verb_of(stems[v])
    if verb is None and modifiers and (words[v] or "").lower() == FOUND:
        verb = ("find", True)  # "birley found wooden write tablet": the Reading's "found",
        # not "founded", before a described thing (one founds no "wooden tablets")
    read_past = (words[v] or "").endswith("ed")
    opens = verb is not None and verb[0] in OPENING_VERBS  # after a person: a verb
    if verb is None or not (verb[1] or read_past or opens) or verb[0] in ("be", "have") \
            or verb[0] in LIGHT_VERBS | STATIVE | INTRANSITIVE - OPENING_VERBS:
        return None
    end = i
    while end < len(stems) and classes[end] in (lx.NUM, lx.MONTH, lx.YEAR):
        end += 1
    if end in persons and end not in boundaries:
        return None  # "collip improv purif 23 januari 1922 thompson receiv": the date opens
        # the next clause ("and on 23 January 1922 Thompson received ...")
    thing = _the(_object(stems[o], words[o]), stems[o], False)
    if pair:
        thing = f"the {_object(stems[o - 1], words[o - 1])} {_object(stems[o], words[o])}"
    if modifiers:
        if not countable(stems[o]):
            return None  # "the wooden stuff": a mass noun after modifiers reads oddly
        noun = _object(stems[o], words[o])
        noun = plural(noun) if (words[o] or "").endswith("s") else noun  # the Reading's number
        thing = f"the {' '.join(modifiers)} {noun}"
    return f"{_DATE_WORDS[category]} did {persons[p]} {verb[0]} {thing}?"


def _modifies(stem: str, head: str) -> bool:
    """A word that opens the object before its head noun: a material ("wooden"), an
    adjective ("western"), or a word the books write before the next ("writing tablet")."""
    return stem in MATERIALS or _adjective_like(stem) or (stem, head) in load_bigrams()


def _modifier(stem: str, word: str, head: str) -> bool:
    """`_modifies`, or a verb the Reading writes as its "-ing" form ("writing tablets")."""
    return _modifies(stem, head) or (
        (word or "").endswith("ing") and verb_of(stem) is not None)


def _modifier_word(stem: str, word: str) -> str:
    """The modifier as English writes it before a noun: the Reading's "-ing" form ("writing"),
    else the stem's most frequent word."""
    if (word or "").endswith("ing"):
        return word.lower()
    best = load_wordmap().best(stem) or ""
    return best if best.isalpha() else word or stem


def _life(v: int, i: int, category: str, doc: StemmedText) -> str | None:
    """"bant young surgeon alliston ontario born 14 novemb 1891" -> "On which date was
    Frederick Banting born?": the nearest person before the verb at `v`, in the same
    section; an adverb or a cause may stand between verb and date ("die suddenli",
    "die tetanu")."""
    stems, classes, persons = doc.stems, doc.classes, doc.persons
    shape = LIFE_VERBS.get(stems[v]) if v >= 1 else None
    if shape is None or any(k in doc.boundaries for k in range(v + 1, i + 1)) \
            or any(classes[k] not in _PLACE_CLASSES or k in persons or _sure_verb(stems[k])
                   for k in range(v + 1, i)):  # "born larvik 1914": a place may stand between
        return None
    who = _life_person(v, doc)
    return f"{_DATE_WORDS[category]} {shape.format(who)}?" if who else None


def _sure_verb(stem: str) -> bool:
    sure = verb_of(stem)
    return sure is not None and sure[1]


def _life_person(v: int, doc: StemmedText) -> str | None:
    """The person a birth or death at token `v` belongs to: the nearest before it in the same
    section, unless another person or a bare given name or surname makes it unclear; or a
    name no English word spells, said again in the text, right before the verb ("heyerdahl
    born larvik 1914": Heyerdahl, whose given name the stems lost): things are not born and
    do not die, so the verb says it is a person."""
    stems, persons, boundaries = doc.stems, doc.persons, doc.boundaries
    for k in range(v - 1, max(-1, v - 1 - LIFE_REACH), -1):
        if k + 1 in boundaries:
            return None
        if k in persons:
            if _another_person_before(k, persons, boundaries) \
                    and not _born_right_after(v, k, doc):
                return None  # "dalli glassblow work edison ... die 1904": Dally, with Edison
            return persons[k]
        if stems[k] in given_names() or stems[k] in doc.family_names:
            return None  # "pierr die", "roebl die" of two Roeblings: who is not known
        if k == v - 1 and doc.classes[k] in _NAME_CLASSES and k not in doc.named \
                and doc.count(stems[k]) >= LONE_NAME_MENTIONS and doc.words[k]:
            if _another_person_before(k, persons, boundaries):
                return None  # "... le flessel ... pilatr de rozier die": not the balloon's
            return title_word(doc.words[k])
    return _title_person_life(v, doc)


def _born_right_after(v: int, k: int, doc: StemmedText) -> bool:
    """ "cecilia helena payn born 10 may 1900" after the title's "cecilia paynegaposchkin":
    "born" right after a person is that person's birth ("X was born", "X, born"), whoever
    was named before, unless a kin word stands in the LIFE_REACH tokens before it ("daughter
    poet lord byron born": the daughter's, perhaps). Not "died": "dalli ... work edison die"
    was Dally's death (round 18p: three first sentences of a life, all right, were asked
    nothing)."""
    kin = _kin_nouns()
    return doc.stems[v] == "born" and k == v - 1 \
        and not any(doc.stems[x] in kin for x in range(max(0, k - LIFE_REACH), k))


def _title_person_life(v: int, doc: StemmedText) -> str | None:
    """The person the document's title names, for a birth or death whose subject the stop
    words deleted ("... order merit die sleep home london 13 august 1910": she died) in a
    life the title names ("florenc nightingal ladi lamp ..."): only where the last person
    said before the verb is that person (a surname alone counts: "nightingal fund"), in the
    same section, and nothing right before the verb can die itself (people counted, "4077
    soldier die"; a plural, a kin word, a title or occupation: "father die")."""
    title = doc.title_person()
    if title is None:
        return None
    for k in range(v - 1, max(-1, v - 1 - TITLE_LIFE_GUARD), -1):
        said = (doc.words[k] or "").lower()
        if k in doc.persons or doc.classes[k] in _COUNTS or doc.stems[k] in person_titles() \
                or _occupation(doc.stems[k]) or said.endswith("s") and not said.endswith("ss") \
                and _noun_like(doc.stems[k]) and k not in doc.named:  # (not "Leeds")
            return None  # the verb's subject may be written right before it
    for k in range(v - 1, -1, -1):
        if k + 1 in doc.boundaries and k + 1 not in doc.persons:
            return None  # another section: the title's person may not be its subject
        if k in doc.persons:
            return title if doc.persons[k] == title else None
        saint = k > 0 and doc.stems[k - 1] in SAINT_STEMS  # "st thoma hospit": a thing
        if k not in doc.named and not saint \
                and (doc.stems[k] in given_names() or doc.stems[k] in doc.family_names):
            return None  # a name no person was made of: whose life it is is not known
    return None


def _another_person_before(k: int, persons: dict[int, str], boundaries: set[int]) -> bool:
    """Another person named shortly before the one at `k`, in the same section, with words
    between them: the deleted "with", "by" or "for" may have made the nearer one an object
    ("Dally, who worked with Edison, died"), so whose birth or death it is the stems do not
    say. A person right before the other is the end of the sentence before ("... led by Helen
    Carter. Thomas Whitfield was born ...")."""
    mine = persons.get(k)  # None for a lone name the scan did not make a person
    first = k
    while mine is not None and first - 1 in persons and persons[first - 1] == mine:
        first -= 1  # the person's own earlier tokens ("thoma" of "thoma edison")
    for j in range(first - 1, max(-1, first - 1 - LIFE_REACH), -1):
        if j + 1 in boundaries:
            return False
        ends_a_person = j in persons and persons[j] != mine and j + 1 not in persons
        if ends_a_person and j < first - 1:
            return True
    return False


@lru_cache(maxsize=20_000)
def _occupation(stem: str) -> bool:
    """A word for what someone does: a "-ist" ("biochemist", "pathologist") or one of the
    occupations of edu/text/names.py ("engineer", "surveyor", "contractor")."""
    return bool(_occupation_word(stem))


def _occupation_word(stem: str) -> str:
    best = load_wordmap().best(stem) or ""
    return occupations().get(stem) or (best if best.endswith("ist") and len(best) > 5 else "")


def _role(doc: StemmedText, i: int, j: int) -> str | None:
    """"australian pathologist howard florey" -> "Who was the Australian pathologist?": a
    person right after an occupation the document names once, and an adjective before it;
    or right before them ("alexand fleme scottish bacteriologist")."""
    if j + 1 < len(doc.stems) and j not in doc.boundaries and j + 1 not in doc.boundaries \
            and doc.classes[j + 1] in (lx.WORD, lx.RARE) and j + 1 not in doc.named:
        after = _role_at(doc, j + 1)
        if after and j + 2 not in doc.persons:  # "florey germanborn biochemist ernst
            return after  # chain": the biochemist is Chain, named after the role
    if i in doc.boundaries:
        return None
    r = i - 1
    if r >= 1 and doc.stems[r] in CALLED | person_titles() - occupations().keys() \
            and doc.stems[r] not in OFFICES:
        r -= 1  # "watchmak name robert hubert", "mayor sir thoma bloodworth" (not "architect
        # led peter hall": a team of architects led by him)
    return _role_at(doc, r) or _office(doc, r, i) or _head_of(doc, r)


def _chosen_role(doc: StemmedText, k: int) -> tuple[str, int] | None:
    """(the role said at token k, with "first" or "new" before it, the token after it):
    an office or a head's role ("first governor", "director")."""
    stems = doc.stems
    lead = ""
    if k < len(stems) and stems[k] in ("first", "new") and k not in doc.boundaries:
        lead, k = stems[k] + " ", k + 1
    if k >= len(stems) or k in doc.boundaries or k in doc.named or doc.classes[k] != lx.WORD:
        return None
    role = OFFICES.get(stems[k]) or HEAD_ROLES.get(stems[k])
    return (lead + role, k + 1) if role else None


def _chosen(doc: StemmedText, i: int, j: int) -> str | None:
    """ "compact chose john carver first governor" -> "Who was chosen as the first
    governor?", "bradford elect governor" -> "Who was elected governor?": a verb of choosing
    before the person and a role right after the name, or the person, the verb read as
    "-ed" and the role (the "was" deleted); the role said so once in the document (round
    17p)."""
    if i in doc.boundaries:
        return None
    v = i - 1
    verb = verb_of(doc.stems[v]) if v >= 0 and doc.classes[v] == lx.WORD else None
    if verb is not None and verb[1] and verb[0] in CHOOSING_VERBS and j not in doc.boundaries:
        end = j
        while end in doc.persons and doc.persons[end] == doc.persons.get(i):
            end += 1
        said = _chosen_role(doc, end)
    else:
        v, said = j, None
        base = _verb_base(doc.stems[v], doc.words[v] or "") \
            if v < len(doc.stems) and v not in doc.boundaries and doc.classes[v] == lx.WORD \
            and (doc.words[v] or "").endswith("ed") else None  # "elect", read "elected"
        verb = (base, True) if base in CHOOSING_VERBS else None
        if verb is not None:
            said = _chosen_role(doc, v + 1)
    if verb is None or said is None:
        return None
    role, after = said
    # the role so said once: "first governor" once, or "elect governor" once
    once = doc.pair_count(after - 2) if " " in role or v == j else doc.count(doc.stems[after - 1])
    if once != 1 or after < len(doc.stems) and after not in doc.boundaries \
            and after in doc.persons:
        return None  # several governors, or the role is the next person's ("... mayor X")
    done = _participle(doc.stems[v], verb[0])
    return f"Who was {done} as the {role}?" if verb[0] == "choose" \
        else f"Who was {done} {role}?"


# Verbs that put a person in an office (base forms)
CHOOSING_VERBS = frozenset({"choose", "elect", "appoint", "nominate"})


def _office_after(doc: StemmedText, j: int) -> str | None:
    """ "alfr e smith former governor new york" -> "Who was the former governor of New
    York?": an office said once in the document, right after the person (an apposition, its
    commas deleted), "former" or "first" before it, and its place ("of" deleted)."""
    k = j
    lead = ""
    if k < len(doc.stems) and doc.stems[k] in ("former", "first") and k not in doc.boundaries:
        lead, k = ("former " if doc.stems[k] == "former" else "first "), k + 1
    if k + 1 >= len(doc.stems) or k in doc.boundaries or k in doc.named \
            or doc.stems[k] not in OFFICES or doc.count(doc.stems[k]) != 1:
        return None
    place = _named_run(doc, k + 1, 1)
    if not place or place[0] != k + 1 or any(x in doc.boundaries for x in place):
        return None
    where = " ".join(title_word(doc.words[x] or doc.stems[x]) for x in place)
    return f"Who was the {lead}{OFFICES[doc.stems[k]]} of {where}?"


@lru_cache(maxsize=1)
def _kin_nouns() -> dict[str, str]:
    """Stem -> kin word ("wife" -> "wife", "daughter" -> "daughter")."""
    return {porter_stem(word): word for word in KIN}


def _kin_of(doc: StemmedText, i: int) -> str | None:
    """ "lord byron wife ann isabella milbank" -> "Who was Lord Byron's wife?": a person, a
    kin word and the person asked, with nothing between (the "'s" and the comma deleted)."""
    k, p = i - 1, i - 2
    if p < 0 or i in doc.boundaries or k in doc.boundaries or k in doc.named \
            or doc.classes[k] != lx.WORD or doc.stems[k] not in _kin_nouns() \
            or p not in doc.persons or doc.persons.get(i) == doc.persons[p]:
        return None
    owner = doc.persons[p]
    if len(set(owner.split())) < len(owner.split()):
        return None  # "Byron Lord Byron": two sayings of one name run together
    q = p
    while q - 1 in doc.persons and doc.persons[q - 1] == owner:
        q -= 1
    done = verb_of(doc.stems[q - 1]) if q >= 1 and q not in doc.boundaries else None
    if done is not None and done[1] and done[0] in AGENT_VERBS:
        return None  # "bridg design william henri barlow son crawford barlow": who designed
        # it another draft asks, and this question would print its answer
    mark = "'" if owner.endswith("s") else "'s"
    return f"Who was {owner}{mark} {_kin_nouns()[doc.stems[k]]}?"


def _head_of(doc: StemmedText, r: int) -> str | None:
    """ "head laboratori sir lawrenc bragg" -> "Who was the head of the laboratory?": a role
    that heads something (said once in the document), the thing ("of" deleted: one noun the
    document named before, or a pair the books' list holds) and the person after them."""
    stems, classes = doc.stems, doc.classes
    for start in (r - 1, r - 2):
        if start < 0 or stems[start] not in HEAD_ROLES or classes[start] != lx.WORD \
                or doc.count(stems[start]) != 1 or start in doc.named:
            continue
        things = list(range(start + 1, r + 1))
        if any(k in doc.boundaries or k in doc.named or classes[k] != lx.WORD
               or not _noun_like(stems[k]) for k in things + [r + 1]):
            return None
        if len(things) == 2 and (stems[things[0]], stems[things[1]]) not in load_bigrams():
            return None
        if not doc.said_before(things[-1]):
            return None  # "the laboratory" the reader has met
        words = [_object(stems[k], doc.words[k]) for k in things]
        return f"Who was the {HEAD_ROLES[stems[start]]} of the {' '.join(words)}?"
    return None


def _office(doc: StemmedText, r: int, i: int) -> str | None:
    """ "premier new south wale joseph cahil" -> "Who was the premier of New South Wales?":
    an office (said once in the document), its place ("of" deleted) and the person. A place
    before the office is no sure sign: "... new york citi presid thoma jefferson" is the end
    of one sentence and President Jefferson in the next."""
    stems, named = doc.stems, doc.named
    if r < 0:
        return None
    place = _named_run(doc, r, -1)
    office = place[0] - 1 if place else -1
    if office < 0 or stems[office] not in OFFICES or office in named or place[-1] != r:
        return None
    if doc.count(stems[office]) != 1 \
            or any(k in doc.boundaries for k in range(min(place[0], office) + 1, i + 1)):
        return None
    where = " ".join(title_word(doc.words[k] or stems[k]) for k in place)
    return f"Who was the {OFFICES[stems[office]]} of {where}?"


# Round 21p: an office right before a person's full name, with the word English pairs with
# it to say which ("prime minist giusepp cont", "transport minist danilo toninelli", "mine
# minist laurenc golborn"), said once in the document: "Who was the transport minister?".
# A place is not needed as it is for `_office`: the pair names one office of the story, and
# an office the document says once is the one office of its kind there ("Who was the
# mayor?"): a question, where the window it replaces was a jumble ("Directly elected mayor
# _____ used power granted."; the blind reviewers edited 10 of 10 role questions and dropped
# one word window in four).
MINISTER = "minist"
HOLDER_ORDINALS = {"first": "first", "second": "second", "third": "third", "last": "last",
                   "new": "new"}
HELD_OFFICES = {**OFFICES, MINISTER: "minister", "chancellor": "chancellor",
                "secretari": "secretary", "commission": "commissioner", "engin": "engineer",
                "architect": "architect", "director": "director"}


def _office_held(doc: StemmedText, i: int, j: int) -> str | None:
    """ "transport minist danilo toninelli" -> "Who was the transport minister?", "chief
    engin john bradfield" -> "Who was the chief engineer?"; an office of OFFICES the document
    says once, bare: "mayor ken livingston" -> "Who was the mayor?"."""
    stems, classes = doc.stems, doc.classes
    r, m = i - 1, i - 2
    if j - i < 2 or r < 0 or i in doc.boundaries or stems[r] not in HELD_OFFICES \
            or classes[r] != lx.WORD or r in doc.named or j in doc.persons \
            or j + 1 in doc.persons:
        return None  # ("foreign minist ernest bevin georg bidault": two ministers, two answers)
    paired = m >= 0 and r not in doc.boundaries and classes[m] == lx.WORD \
        and m not in doc.named and ((stems[m], stems[r]) in load_bigrams()
                                    or stems[r] == MINISTER and _noun_like(stems[m]))
    if paired:  # a ministry's noun ("transport minister") names which minister too
        if doc.pair_count(m) != 1 or m > 0 and m not in doc.boundaries \
                and stems[m - 1] in lx.OFFICE_RANKS:
            return None  # ("deputi prime minist bori shcherbina": no prime minister)
        return f"Who was the {_ordinal_before(doc, m)}{(doc.words[m] or stems[m]).lower()} " \
            f"{HELD_OFFICES[stems[r]]}?"
    if stems[r] not in OFFICES or doc.count(stems[r]) != 1 \
            or m >= 0 and r not in doc.boundaries and stems[m] in lx.OFFICE_RANKS:
        return None
    return f"Who was the {_ordinal_before(doc, r)}{OFFICES[stems[r]]}?"


def _ordinal_before(doc: StemmedText, k: int) -> str:
    """ "first " where "first" (or "second", "last", "new") says which holder of the office
    the person was: "first chief engin john findley wallac" (Panama had three)."""
    if k < 1 or k in doc.boundaries or doc.stems[k - 1] not in HOLDER_ORDINALS:
        return ""
    return f"{HOLDER_ORDINALS[doc.stems[k - 1]]} "


def _named_run(doc: StemmedText, k: int, step: int) -> list[int]:
    """Tokens of the name that ends (step -1) at token k, in text order, at most three."""
    run: list[int] = []
    while 0 <= k < len(doc.stems) and k in doc.named and k not in doc.persons and len(run) < 3:
        run.append(k)
        if k in doc.boundaries:
            break
        k += step
    return sorted(run)


def _role_at(doc: StemmedText, r: int) -> str | None:
    """"Who was the ADJECTIVE OCCUPATION?" for the occupation at token r."""
    if r < 0 or doc.classes[r] not in (lx.WORD, lx.RARE, lx.FOREIGN) or r in doc.named \
            or not _occupation(doc.stems[r]):
        return None
    role = _occupation_word(doc.stems[r])  # one: "pathologist"
    a = r - 1
    adjective = (doc.words[a] or doc.stems[a]).lower() if a >= 0 else ""
    if not adjective or r in doc.boundaries or doc.classes[a] not in (lx.FOREIGN, lx.WORD) \
            or not _describes(adjective) or (a in doc.named and not _people(adjective)) \
            or doc.stems[a] in person_titles():  # "president archaeologist": a title's
        # "-ent" is no adjective ("Who was the president archaeologist?")
        return None  # "Who was the lawyer?" says too little to be asked alone
    if doc.count(doc.stems[r]) != 1 and not (
            _people(adjective) and doc.pair_count(a) == 1):
        return None  # several archaeologists: only "the English archaeologist", said once,
        # is one of them
    return f"Who was the {_people_word(adjective)} {role}?"


def _describes(word: str) -> bool:
    """An adjective before an occupation: a people's ("Scottish", "German-born") or any
    adjective ("young", "chief")."""
    head = word.split("-")[0]
    return _people(word) or word.endswith("-born") or head in ADJECTIVES \
        or head.endswith(_ADJECTIVE_ENDINGS)


def _people(word: str) -> bool:
    """A people's adjective: "scottish", "australian", "german-born"."""
    head = word.split("-")[0]
    return head in demonyms() or head in IRREGULAR_DEMONYMS or head.endswith(_PEOPLE_ENDINGS)


def _people_word(word: str) -> str:
    """Capitalised when it names a people or a birthplace ("Scottish", "Welsh-born")."""
    return word[:1].upper() + word[1:] if _people(word) or word.endswith("-born") else word


def _date_starts(k: int, stems: Sequence[str], classes: Sequence[int]) -> bool:
    """A day before its month ("11 januari 1922") or a year before 1900 ("approv project
    1891"): a date, which ends the phrase before it."""
    if classes[k] != lx.NUM:
        return False
    if k + 1 < len(stems) and classes[k + 1] == lx.MONTH:
        return True
    return len(stems[k]) == 4 and lx.OLD_YEARS[0] <= int(stems[k]) < lx.OLD_YEARS[1]


def _next_verb(stem: str, cls: int) -> bool:
    """A word that is surely a verb ("led studi announc"): the next clause starts there."""
    verb = verb_of(stem) if cls == lx.WORD else None
    return verb is not None and verb[1]


def _first(doc: StemmedText, j: int) -> str | None:
    """"leonard thompson becam first person receiv insulin" -> "Who became the first person
    to receive insulin?": a first, told by "became the first NOUN", a verb that takes an
    object ("stand on the summit" needs a preposition stemming deleted) and its noun."""
    stems, classes, words = doc.stems, doc.classes, doc.words
    if j + 4 >= len(stems) or stems[j] != FIRST_VERB or stems[j + 1] != "first" \
            or any(k in doc.boundaries for k in range(j, j + 5)):
        return None
    noun, v, o = j + 2, j + 3, j + 4
    verb = verb_of(stems[v])
    if classes[noun] != lx.WORD or not countable(stems[noun]) or verb is None \
            or verb[0] in INTRANSITIVE | STATIVE | LIGHT_VERBS | {"be", "have"} \
            or classes[o] != lx.WORD or o in doc.named or not _noun_like(stems[o]):
        return None
    first = load_wordmap().best(stems[noun]) or stems[noun]
    thing = _the(_object(stems[o], words[o]), stems[o], False)
    return f"Who became the first {first} to {verb[0]} {thing}?"


def _agent(doc: StemmedText, i: int, j: int) -> str | None:
    """"expedit led john hunt" -> "Who led the expedition?" (the "by" was deleted); "commiss
    led geologist andrew lawson" -> "Which geologist led the commission?" (a title or an
    occupation between the verb and the person); "project form led mike edmund toni freeth"
    -> "Who led the research project with Tony Freeth?" (a participle English often writes
    after its noun is skipped, and a second person right after the first led it too)."""
    stems, classes, words = doc.stems, doc.classes, doc.words
    named, boundaries = doc.named, doc.boundaries
    first, partner = i, None
    end = j
    while end in doc.persons and doc.persons[end] == doc.persons.get(i):
        end += 1
    if i - 1 in doc.persons and doc.persons[i - 1] != doc.persons.get(i) \
            and i not in boundaries and not _clause_opens(doc, end):
        # the second of two people named one after the other: "led mike edmund toni freeth"
        first = i - 1
        while first - 1 in doc.persons and doc.persons[first - 1] == doc.persons[i - 1]:
            first -= 1
        partner = doc.persons[i - 1]
    elif j in doc.persons and j not in boundaries and doc.persons[j] != doc.persons.get(i):
        end = j
        while end in doc.persons and doc.persons[end] == doc.persons[j]:
            end += 1
        if end in doc.persons:
            return None  # three people or more: which of them did what the stems do not say
        if not _clause_opens(doc, end):  # "led helen carter thoma whitfield born": he
            partner = doc.persons[j]  # opens the next sentence
    elif _unfound_partner(doc, j) is not None and not _clause_opens(doc, j + 2):
        partner = _unfound_partner(doc, j)
    v, role, skipped, titled = first - 1, None, False, False
    if v >= 2 and v not in boundaries and classes[v] in (lx.WORD, lx.RARE) \
            and v not in named and (_occupation(stems[v]) or stems[v] in AGENT_TITLES) \
            and (verb_of(stems[v]) or ("", False))[0] not in AGENT_VERBS:  # ("design" of
        # "designer" is the verb of "bridg design john roebl")
        # "led geologist andrew lawson": led by the geologist; "led captain dimitrio konto"
        role = _occupation_word(stems[v]) if _occupation(stems[v]) else None
        v, titled = v - 1, True
    if v < 1 or first in boundaries or v in boundaries or v + 1 in boundaries:
        return None
    verb = verb_of(stems[v])
    if verb is None and stems[v] == FOUND and stems[v - 1] in FOUNDED:
        verb = ("found", True)  # "observatori found perciv lowel": founded by him (one
        # finds no observatory by a person)
    if verb is not None and not verb[1] and (words[v] or "").lower() in (
            IRREGULAR.get(verb[0], ("", ""))[1:2]) and words[v] != verb[0]:
        verb = (verb[0], True)  # "drawn", "written" before a person: a participle
    led_by = _verb_base(stems[v], words[v] or "") if titled and (verb is None or not verb[1]) \
        and stems[v + 1] in AGENT_TITLES else None
    if led_by in PARTICIPLE_AGENT_VERBS:
        verb = (led_by, True)  # "ship command captain georg nare": a rank after "command"
        # makes it the participle ("commanded by Captain George Nares", round 16p)
    if verb is None or not verb[1] or verb[0] not in AGENT_VERBS:
        return None
    k = v - 1
    if k >= 1 and stems[k - 1] in DRAWN and verb[0] in DRAWING_VERBS and k not in boundaries \
            and classes[k] == lx.WORD and k not in named and classes[k - 1] == lx.WORD:
        k -= 1  # "origin plan cross drawn clark eldridg": the plans for the crossing were
        # drawn by him; the "for" deleted, what was drawn is the plans
    if classes[k] != lx.WORD or k in named or not _noun_like(stems[k]):
        return None
    if stems[k] in HEAD_ROLES or _adjective_like(stems[k]):
        return None  # "chief design thoma andrew": the chief designer ("designer" stems
        # as "design")
    if k >= 1 and k not in boundaries and verb_of(stems[k]) is not None \
            and classes[k - 1] == lx.WORD and k - 1 not in named \
            and _noun_like(stems[k - 1]) and not _adjective_like(stems[k - 1]) \
            and stems[k - 1] not in ADJECTIVES \
            and (stems[k - 1], stems[k]) not in load_bigrams() \
            and any(w.endswith("ed") and z >= PARTICIPLE_ZIPF
                    for w, z in load_wordmap().candidates(stems[k])):
        # "project form led mike edmund": a project formed, led by him; a verb's stem English
        # often writes with "-ed", after a noun it does not pair with, is no subject ("Who
        # led the form?"; but "workers. The survey was led by"): the noun before it is
        if verb[0] not in PARTICIPLE_AGENT_VERBS \
                or (verb_of(stems[k]) or ("", False))[0] not in COMING_VERBS \
                or k - 1 in boundaries or _vague(stems[k - 1]):
            return None
        k, skipped = k - 1, True
    if k - 1 in named and k not in boundaries:
        return None  # "elli bridg design leon moisseiff": Ellis and the bridge designer
        # Moisseiff ("designer" and "designed" share their stem)
    a = k - 1  # "team australian architect led": a team of architects was led
    if a >= 1 and k not in boundaries and a not in boundaries and stems[a] not in WHICH_ONE \
            and (_people((words[a] or stems[a]).lower()) or _adjective_like(stems[a])) \
            and classes[a - 1] == lx.WORD and _noun_like(stems[a - 1]) \
            and not _adjective_like(stems[a - 1]) and _plural_used(stems[a - 1]):
        return None  # (not "ninth british expedit led": "ninths" is no noun English counts)
    pair = load_bigrams().get((stems[k - 1], stems[k])) if k >= 1 else None
    if (titled or partner or skipped) and (
            stems[k] not in UNDERTAKINGS | GROUP_PARTITIVES if verb[0] == "lead" else
            not pair and k >= 1 and k not in boundaries and classes[k - 1] == lx.WORD
            and k - 1 not in named and _noun_like(stems[k - 1])):
        return None  # "first voyag reef led captain jame row": the voyage to the reef was
        # led, not the reef; what is led is a group or an undertaking, and what is built or
        # designed a noun the one before it does not own ("of" or "to" deleted between them)
    thing = _the(_object(stems[k], words[k]), stems[k], False)
    if pair and thing.startswith("the ") and k not in boundaries and k - 1 not in named \
            and classes[k - 1] == lx.WORD and _noun_like(stems[k - 1]) \
            and not _time_noun(stems[k - 1]) \
            and not _adjective_like(stems[k - 1]) and verb[0] != "found" \
            and not _people((words[k - 1] or stems[k - 1]).lower()):  # ("east german govern":
        # "the German government" would drop the "East" of East German; "next year project"
        # is the next year, then the project)
        thing = f"the {pair[0][0]} {thing[4:]}"  # "the research project", as the books pair it
    if verb[0] == "found" and k - 1 not in named and k not in boundaries \
            and classes[k - 1] == lx.WORD and _noun_like(stems[k - 1]) \
            and not _vague(stems[k - 1]) and thing.startswith("the ") \
            and (load_wordmap().best(stems[k - 1]) or "").isalpha():
        thing = f"the {load_wordmap().best(stems[k - 1])} {thing[4:]}"  # the aircraft company
    which = _which_one(stems, classes, named, boundaries, k)
    if which and thing.startswith("the "):
        thing = f"the {which} {thing[4:]}"  # "new doubletrack tay bridg design": the new one
    who = f"Which {role}" if role else "Who"
    return f"{who} {_past(verb[0])} {thing}{f' with {partner}' if partner else ''}?"


def _clause_opens(doc: StemmedText, k: int) -> bool:
    """Whether a verb (or a section) follows a person ending at token k: the person is the
    subject of the next sentence ("... led by Helen Carter. Thomas Whitfield was born")."""
    if k >= len(doc.stems) or k in doc.boundaries:
        return True
    verb = verb_of(doc.stems[k]) if doc.classes[k] == lx.WORD else None
    return verb is not None and (verb[1] or doc.stems[k] in LIFE_VERBS)


def _unfound_partner(doc: StemmedText, j: int) -> str | None:
    """A second person right after a person answer whom the names stage did not make one: a
    given name of the lists and a foreign or rare word ("led mike edmund toni freeth": Tony
    Freeth led it too), spelled as `names.name_word` spells a name's words."""
    if j + 1 >= len(doc.stems) or j in doc.boundaries or j + 1 in doc.boundaries \
            or j in doc.persons or j + 1 in doc.persons \
            or doc.stems[j] not in given_names() | cued_given_names() \
            or doc.classes[j + 1] not in _NAME_CLASSES:  # (a person names the cue: "Tony")
        return None
    return " ".join(name_word(doc.stems[k], doc.words[k] or doc.stems[k]) for k in (j, j + 1))


def _which_one(stems: Sequence[str], classes: Sequence[int], named: set[int],
               boundaries: set[int], k: int) -> str | None:
    """The WHICH_ONE word ("second", "new") a few words before the noun at token k, with
    only names and modifiers between, no verb and no counted noun ("new doubletrack tay
    bridg": the new bridge)."""
    for h in range(k - 1, max(-1, k - 4), -1):
        if h + 1 in boundaries:
            return None
        if classes[h] == lx.WORD and stems[h] in WHICH_ONE:
            return WHICH_ONE[stems[h]]
        sure = verb_of(stems[h])
        if sure is not None and sure[1] or classes[h] == lx.WORD and h not in named \
                and not _adjective_like(stems[h]) and countable(stems[h]):
            return None  # a verb, or a noun that heads a phrase of its own
    return None


def _doer(j: int, stems: Sequence[str], classes: Sequence[int], words: Sequence[str],
          named: set[int], boundaries: set[int]) -> str | None:
    """"bant isol insulin 1921" -> "Who isolated insulin?": a past verb and one or two
    object words that end where a date, a name or a section does."""
    v = j
    if v + 2 > len(stems) or v in boundaries:
        return None
    verb = verb_of(stems[v])
    read_past = (words[v] or "").endswith("ed")  # the Reading read a past form here
    if verb is None or not (verb[1] or read_past) or verb[0] in ("be", "have") \
            or verb[0] in LIGHT_VERBS | INTRANSITIVE:
        return None  # "edison die cancer" is no "Who died the cancer?" ("of" was deleted)
    obj: list[int] = []
    k = v + 1
    while k < len(stems) and len(obj) < 2 and k not in boundaries and classes[k] == lx.WORD \
            and k not in named and (_noun_like(stems[k]) or not obj and _adjective_like(stems[k])):
        obj.append(k)
        k += 1
    # a count after the object is often its own ("double flight five locks"): it does not end
    # it; an adjective and its noun are a whole phrase ("western route")
    ends = k >= len(stems) or k in boundaries or classes[k] in _DATES or k in named \
        or _date_starts(k, stems, classes) or _next_verb(stems[k], classes[k]) or (
        len(obj) == 2 and _adjective_like(stems[obj[0]]) and not _adjective_like(stems[obj[1]])
        and classes[k] not in _COUNTS)
    if verb[0] in TELL_VERBS or porter_stem(verb[0]) in TELL_VERBS \
            or k < len(stems) and stems[k] in LAW_HEADS:
        return None  # "told stop": told them to stop; "sign pacif railway act": a law's name
    if not obj or not ends or _adjective_like(stems[obj[-1]]) or _comparable(stems[obj[-1]]) \
            or _opens_next_clause(stems, classes, k) or _no_object(verb[0], stems[obj[-1]]) \
            or any(stems[x] in QUANTIFIERS or stems[x] in person_titles() for x in obj):
        return None  # "drew son washington roebl": the son is the next person, no object
    if len(obj) == 2 and not _adjective_like(stems[obj[0]]) \
            and (stems[obj[0]], stems[obj[1]]) not in load_bigrams():
        return None  # "farr caus death armi": causes of death in the army, no "death army"
    words_of = [_object(stems[x], words[x]) for x in obj]
    phrase = " ".join(words_of[:-1] + [_the(words_of[-1], stems[obj[-1]], False)]) \
        if len(obj) == 1 else "the " + " ".join(words_of)
    return f"Who {_past(verb[0])} {phrase}?"


@lru_cache(maxsize=20_000)
def _verb_base(stem: str, word: str = "") -> str | None:
    """The base verb a stem may stand for: a verb of the tables, the Reading's word's verb
    ("attracted"), or a word whose "-ed" form English uses beside it ("weigh": "weighed",
    "kill": "killed"), which the tables do not hold. Whether it is one here, the position
    tells (after a subject, before a count)."""
    verb = verb_of(stem)
    if verb is not None:
        return verb[0]
    base = base_form(word) if word else None
    if base is not None:
        return base
    forms = dict(load_wordmap().candidates(stem))
    for form, zipf in forms.items():
        if form.endswith("ed") and zipf >= FORM_ZIPF:
            doubled = len(form) > 4 and form[-3] == form[-4] and form[-3] not in "aeiou"
            for guess in (form[:-2], form[:-1], *([form[:-3]] if doubled else [])):
                # ("spanned": "span", its consonant doubled before "-ed")
                if guess in forms and guess.isalpha():
                    return guess
    return None


def _after_place(s: int, stems: Sequence[str], named: set[int]) -> bool:
    """A name or a town one or two words before the subject at `s`: "toronto gener hospit
    weigh" (he weighed, at the Toronto General Hospital), "soviet union test": the noun is
    part of a name or of a place phrase whose preposition was deleted, no subject."""
    return any(k in named or (stems[k],) in towns() for k in (s - 1, s - 2) if k >= 0)


def _name_at(doc: StemmedText, k: int) -> bool:
    """A name at token k: found as one, a town, or a word English does not know ("sumatra")."""
    return k in doc.named or doc.classes[k] in (lx.FOREIGN, lx.RARE, lx.GLUED_NAME) \
        or (doc.stems[k],) in towns()


def _of_deleted(s: int, stems: Sequence[str], classes: Sequence[int], named: set[int],
                boundaries: set[int], heading: AbstractSet[int] = frozenset()) -> bool:
    """A noun right before the (singular) subject at `s` that English does not pair with it
    ("frame mill weigh": the frame of the mill): "of" was deleted, and which one is the subject the
    stems do not say. A unit ("560 feet engin built") or a verb ends the phrase before; a
    count opens it ("two granite towers")."""
    h = s - 1
    if h < 0 or s in boundaries or classes[h] != lx.WORD or h in named or _unit_stem(stems[h]) \
            or h in heading:
        return False  # a heading's last word ends no phrase of the text
    if h >= 1 and h not in boundaries and classes[h - 1] in _COUNTS:
        return False  # "two granit tower rose": a count opens the phrase, the noun is its head
    if stems[h] == stems[s] or stems[h] in PART_NOUNS:
        return False  # "design competit competit attract": a sentence ended between them
    sure = verb_of(stems[h])
    return _noun_like(stems[h]) and not _adjective_like(stems[h]) \
        and not (sure is not None and sure[1]) and (stems[h], stems[s]) not in load_bigrams()


def _doers(subject: str) -> bool:
    """People named by what they do, in the plural ("the engineers", "the workers"): any such
    work has them, so they need no introduction, and a noun before them is their field
    ("bridge engineers"), not a deleted "of"."""
    last = subject.split()[-1]
    return _plural(subject) and (last.endswith(("ers", "ors", "ists", "ians"))
                                 or last[:-1] in occupations().values())


def _comparable(stem: str) -> bool:
    """An adjective that has a comparative ("tall": "taller"): no noun before a verb."""
    best = load_wordmap().best(stem) or ""
    return stem in ADJECTIVES or bool(best) and (
        load_wordmap().stem_zipf(best + "er") > 0 or load_wordmap().stem_zipf(best + "r") > 0)


def _vague(stem: str) -> bool:
    """A noun so common ("way", "world", "work", "city") that before a verb it is more often
    the end of a phrase whose pronoun subject was deleted ("on the way it passed", "in the
    world. It runs") than the subject itself."""
    return load_wordmap().stem_zipf(stem) >= VAGUE_ZIPF


def _event(stem: str) -> bool:
    """A noun of an event or a process made from a verb: "construction" (constructed),
    "excavation"; not "foundation", which names a thing as often."""
    forms = load_wordmap().candidates(stem)
    return bool(forms) and forms[0][0].endswith(_EVENT_ENDINGS) and any(
        base_form(w) is not None or w.endswith("ed") for w, _ in forms)


def _dated(question: str | None, doc: StemmedText, i: int) -> str | None:
    """A count's question with the year a few words before it, when one is: "How many people
    did the tsunami kill in 2018?" (the document's other toll was in 1883)."""
    if question is None:
        return None
    year = _year_before(doc, i)
    return f"{question[:-1]} in {year}?" if year else question


def _year_before(doc: StemmedText, i: int) -> str | None:
    """The year of a full date within YEAR_REACH tokens before token i, when no other figure
    and no section lies between (then the year may date something else); a year alone or a
    month and year ("februari 2007 way pass") as often ends the sentence before."""
    for y in range(i - 1, max(-1, i - 1 - YEAR_REACH), -1):
        if y + 1 in doc.boundaries:
            return None
        if doc.classes[y] == lx.YEAR:  # a full date opens an event ("On 22 December 2018,")
            full = y >= 2 and doc.classes[y - 1] == lx.MONTH and doc.classes[y - 2] == lx.NUM
            return doc.stems[y] if full else None
        if doc.classes[y] in _COUNTS:
            return None
    return None


def _hedged(doc: StemmedText, k: int) -> bool:
    """ "nearli", "around", "roughli" at token k: the question asks "About how many ..."."""
    return k >= 0 and doc.classes[k] == lx.WORD and doc.stems[k] in HEDGES


def _noun_phrase(doc: StemmedText, k: int, singular: bool = False,
                 own: bool = False) -> str | None:
    """The subject ending at token k: one countable noun ("the tower"), or a pair English
    writes together before it ("the metal frame", "the death toll": the books' pair list);
    two nouns English does not pair ("frame mill": the frame of the mill) are no subject,
    unless the first is a measure of stuff or a group ("column ash": the column of ash,
    "team architect": the team of architects) or a part that ends a phrase before ("top")."""
    subject = _subject(k, doc.stems, doc.classes, doc.words, doc.named, doc.boundaries)
    if subject is None:
        return None
    if singular:  # "the frame": one window's "the frames" is restoration's guess
        subject = _the(_object(doc.stems[k], doc.words[k]), doc.stems[k], False)
    h = k - 1
    if singular and h >= 0 and k not in doc.boundaries and doc.classes[h] == lx.NUM_WORD \
            and doc.words[h] and doc.stems[h] != "one":
        noun = load_wordmap().best(doc.stems[k]) or ""
        if noun.isalpha():  # "two tower rose": the two towers
            return f"the {doc.words[h].lower()} {plural(noun)}"
    if h < 0 or k in doc.boundaries or h in doc.named or doc.classes[h] != lx.WORD:
        return subject
    pair = load_bigrams().get((doc.stems[h], doc.stems[k]))
    if pair:
        word = subject.split()[-1]
        first, second = next(((a, b) for a, b, _ in pair if b == word), pair[0][:2])
        return f"the {first} {second}"
    if doc.pair_count(h) >= LATER_MENTIONS and not _sure_verb(doc.stems[h]) \
            and doc.stems[h] not in TIME_NOUNS and not _vague(doc.stems[h]) \
            and not _plural_before(doc, h) \
            and (_noun_like(doc.stems[h]) or doc.stems[h] in ADJECTIVES):
        first = load_wordmap().best(doc.stems[h]) or ""  # "burial mound", said twice: a
        if first.isalpha():  # compound of the document's own, no deleted "of"
            return f"the {first} {subject.split()[-1]}"
    most = load_wordmap().best(doc.stems[h]) or ""
    if most.endswith("est") and most.isalpha() and (
            load_wordmap().stem_zipf(most[:-3]) > 0 or load_wordmap().stem_zipf(most[:-2]) > 0):
        return f"the {most} {subject.split()[-1]}"  # "the highest shells", "the largest hall"
    if _comparative(most):
        return f"the {most} {subject.split()[-1]}"  # "heavier shield weigh": the heavier shield
    noun = load_wordmap().best(doc.stems[k]) or ""
    if doc.stems[h] in MASS_PARTITIVES and noun.isalpha():  # "column ash": a column of ash
        return f"the {load_wordmap().best(doc.stems[h])} of {noun}"
    if doc.stems[h] in GROUP_PARTITIVES and noun.isalpha():  # a team of architects
        return f"the {load_wordmap().best(doc.stems[h])} of {plural(noun)}"
    if doc.stems[h] in MATERIALS and noun.isalpha() and not (
            h >= 1 and doc.classes[h - 1] in _COUNTS):  # "gold mask": what it is made of
        return f"the {load_wordmap().best(doc.stems[h])} {subject.split()[-1]}"
    if doc.stems[h] in PART_NOUNS:
        return subject  # "ad top tower reach": added to the top, the tower reaches
    if doc.stems[h] in TIME_NOUNS:
        return subject  # "day time raft cover": "during that time" the raft covered
    if h >= 1 and h not in doc.boundaries and doc.classes[h - 1] in _COUNTS \
            and doc.stems[h] not in MATERIALS and not _adjective_like(doc.stems[h]):
        return subject  # "223 horsepow wing span": the count's unit ends the phrase before
        # ("an engine of 223 horsepower, and its wings spanned"), no "of" between the two
        # (but "two granit tower rose": the count is the towers', of granite)
    sure = verb_of(doc.stems[h])
    if _noun_like(doc.stems[h]) and not _adjective_like(doc.stems[h]) \
            and not (sure is not None and sure[1]) \
            and not (own and doc.own(k) and not (doc.words[k] or "").endswith("s")):
        return None  # "frame mill weigh": "of" was deleted between them, which noun is the
        # subject the stems do not say (but "bridg deck 39 feet wide": the deck the text
        # says alone three times more, after "... Bridge." ended a sentence; not "tsunami
        # wave 30 metr high", waves the Reading counts, of many heights)
    return subject


def _plural_before(doc: StemmedText, h: int) -> bool:
    """A plural noun right before token h: English puts no plural before a noun it modifies
    ("tunnels canyon wall": tunnels through the canyon walls), so a preposition was deleted
    between them; a singular may be a possessive whose "'s" was deleted ("emperor burial
    mound": the emperor's burial mound)."""
    g = h - 1
    word = (doc.words[g] or "") if g >= 0 and h not in doc.boundaries else ""
    return doc.classes[g] == lx.WORD and g not in doc.named and _noun_like(doc.stems[g]) \
        and word.endswith("s") and not word.endswith("ss") if word else False


def _one_of_several(doc: StemmedText, s: int, subject: str) -> str | None:
    """The subject at token s said so that a reader knows which one it is, or None: a noun the
    document counts above one ("two tubes", "four machines") or says elsewhere without the
    adjective before it here ("access shafts", "a vertical shaft") is one of several; the
    adjective names it ("the western tube", "the vertical shaft"), else no question asks it
    ("the machine", of four)."""
    stem = doc.stems[s]
    h = s - 1
    adjective = s not in doc.boundaries and _picks_one(doc, h)
    word = (load_wordmap().best(doc.stems[h]) or "") if adjective else ""
    if adjective and word.isalpha() and word in subject.split():
        return subject  # "the main span": said already
    # another mention with another adjective: "the eastern tube", "the western tube"
    other = adjective and any(st == stem and x - 1 not in (h, -1) and x not in doc.boundaries
                              and _picks_one(doc, x - 1) and doc.stems[x - 1] != doc.stems[h]
                              for x, st in enumerate(doc.stems))
    if not doc.counted_many(stem) and not other:
        return subject
    if not word.isalpha():
        return None
    noun = _object(stem, doc.words[s])
    return f"the {word} {noun}"


def _picks_one(doc: StemmedText, h: int) -> bool:
    """An adjective at token h that says which one of several the noun after it is
    ("western", "vertical", "main"); no verb form ("went dam": the concrete went into it)
    and no number word."""
    if h < 0 or h in doc.named or doc.classes[h] != lx.WORD or doc.stems[h] in WHICH_ONE:
        return False
    verb = verb_of(doc.stems[h])
    return (verb is None or not verb[1]) \
        and (_adjective_like(doc.stems[h]) or doc.stems[h] in ADJECTIVES)


def _comparative(word: str) -> bool:
    """A comparative adjective ("heavier", "larger", "taller"): its superlative is a word
    English uses ("heaviest"); "tower" and "water" have none."""
    if not word.endswith("er") or not word.isalpha() or len(word) < 5:
        return False
    superlative = word[:-2] + "est"
    return superlative in {w for w, _ in load_wordmap().candidates(porter_stem(superlative))}


def _measure_unit(unit: str) -> bool:
    """A unit of measure: the scanner's (metres, tonnes) or an imperial one the scanner reads
    as a counted noun (feet, miles), which a count question ("How many feet ...") asks as
    well."""
    return unit in lx.UNITS.values() or unit in IMPERIAL_UNITS


def _unit_stem(stem: str) -> bool:
    """A stem of a unit: "metr", "feet"."""
    return stem in lx.UNITS or load_wordmap().best(stem) in IMPERIAL_UNITS


def _measured(doc: StemmedText, i: int, unit: str) -> str | None:
    """A measure after a verb that takes one: "metal frame weigh 7300 tonn" -> "How many
    tonnes did the metal frame weigh?"; after a measure noun: "tower reach height 330 metr" ->
    "What height in metres did the tower reach?", "caisson rose depth" -> "To what depth ...".
    Only units of measure (metres, tonnes, miles), not counted things."""
    stems = doc.stems
    if " " in unit or not _measure_unit(unit) or i in doc.boundaries:
        return None
    h = i - 1
    about = _hedged(doc, h)
    if about:
        h -= 1
    if h < 1 or h + 1 in doc.boundaries or doc.classes[h] != lx.WORD:
        return None
    front = "About how many" if about else "How many"
    noun = stems[h] if stems[h] in MEASURE_NOUNS else None
    v = h - 1 if noun else h
    if v < 1 or v + 1 in doc.boundaries or doc.classes[v] != lx.WORD:
        return None
    verb = _verb_base(stems[v], doc.words[v] or "")
    if verb is None or verb not in MEASURE_VERBS:
        return None
    if i + 3 < len(stems) and _unit_stem(stems[i + 1]) and doc.classes[i + 2] in _COUNTS \
            and stems[i + 3] == stems[i + 1]:
        return None  # "summit fell 2950 metr 2549 metr": from the one to the other
    s = v - 1
    if s >= 4 and stems[s] in DIMENSIONS and doc.classes[s - 1] == lx.WORD \
            and doc.classes[s - 2] in _COUNTS and stems[s - 3] in STAND_VERBS \
            and not any(k in doc.boundaries for k in range(s - 3, v + 1)):
        s -= 4  # "mask stand 54 centimetr high weigh 10 kilogram": the mask weighs 10 kg
    if s >= 2 and doc.classes[s] in _DATES + (lx.NUM,) and s not in doc.boundaries \
            and s - 1 not in doc.boundaries and doc.classes[s - 1] == lx.WORD \
            and (doc.words[s - 1] or "").endswith("ed") and _designated(doc, s - 2):
        named = _designated(doc, s - 2)  # "h1 finish 1735 weigh 33 kilogram": H1 was
        return f"{front} {unit} did {named} {verb}?"  # finished in 1735 and weighed 33 kg
    adverb = _adverb(stems[s]) if doc.classes[s] == lx.WORD and stems[s] not in TIME_ADVERBS \
        else None
    if adverb:
        s -= 1
    subject = _noun_phrase(doc, s, singular=True)
    if subject is None or _after_place(s, stems, doc.named) or _vague(stems[s]) \
            or stems[s] in MATERIALS or _object_of_verb_before(doc, s) \
            or _counted_object(doc, s):
        return None  # "coffin made solid gold weigh": the coffin weighed, not "the solid gold"
    done = f"{adverb} {verb}" if adverb else verb
    # the document's past, unless it says "today" just before ("today ... the tower reaches
    # 330 metres", beside the 300 metres it had when it was built)
    aux, when = ("do" if _plural(subject) else "does", " today") if _today(doc, s) \
        else ("did", "")
    if noun is None:
        return f"{front} {unit} {aux} {subject} {done}{when}?"
    what = load_wordmap().best(noun) or noun
    if verb in REACH_VERBS:
        return f"What {what} in {unit} {aux} {subject} {done}{when}?"
    return f"To what {what} in {unit} {aux} {subject} {done}{when}?"


def _counted_object(doc: StemmedText, s: int) -> bool:
    """Whether the noun at token s is counted right after a past verb: "carri six wheel weigh
    6 ton" (the engine carried six wheels, and weighed 6 tons), so it is that verb's object,
    no subject; "1930 two tower rise 746 feet" keeps its question (round 17p)."""
    for x in range(s - 1, max(0, s - 3), -1):
        if x + 1 in doc.boundaries:
            return False
        if doc.classes[x] in _COUNTS:
            before = verb_of(doc.stems[x - 1]) if x not in doc.boundaries else None
            return before is not None and before[1]
    return False


def _object_of_verb_before(doc: StemmedText, s: int) -> bool:
    """The noun at token s right after a past verb ("blizzard struck citi drop 40 centimetr
    snow"): it is that verb's object, and the measure's verb has another subject (the
    blizzard dropped the snow), which the stems leave unsaid."""
    v = s - 1
    if v < 0 or s in doc.boundaries or doc.classes[v] != lx.WORD or v in doc.named:
        return False
    sure = verb_of(doc.stems[v])
    return sure is not None and sure[1] and sure[0] not in STATIVE


def _today(doc: StemmedText, s: int) -> bool:
    """ "today" or "now" within TODAY_REACH tokens before token s, in its section."""
    for k in range(s - 1, max(-1, s - 1 - TODAY_REACH), -1):
        if doc.stems[k] in ("today", "now"):
            return True
        if k in doc.boundaries or doc.classes[k] in _DATES:
            return False
    return False


def _self_measure(doc: StemmedText, i: int, unit: str) -> str | None:
    """ "offici death toll 36417" -> "What was the official death toll?": a measure its
    modifier makes plain (a pair of the books' list), an adjective before it kept."""
    stems, classes = doc.stems, doc.classes
    m = i - 1
    about = _hedged(doc, m)
    if about:
        m -= 1
    d = m - 1
    if d < 0 or stems[m] not in SELF_MEASURES or any(k in doc.boundaries for k in (m, i)) \
            or classes[m] != lx.WORD or classes[d] != lx.WORD or d in doc.named:
        return None
    pair = load_bigrams().get((stems[d], stems[m]))
    if not pair:
        return None
    phrase = f"{pair[0][0]} {pair[0][1]}"
    a = d - 1
    if a >= 0 and d not in doc.boundaries and classes[a] == lx.WORD and a not in doc.named \
            and stems[d] in PLACE_NOUNS and _noun_like(stems[a]):
        return None  # "largest citi world popul": the largest city in the world, with a
        # population of ...; not "the world population"
    if a >= 0 and d not in doc.boundaries and classes[a] == lx.WORD and a not in doc.named:
        adjective = load_wordmap().best(stems[a]) or ""
        if adjective.isalpha() and (adjective in ADJECTIVES or (
                adjective.endswith(_ADJECTIVE_ENDINGS) and _adjective_like(stems[a]))):
            phrase = f"{adjective} {phrase}"
    money = unit.isalpha() and unit.islower() and unit in _MONEY
    if about:  # "total cost around 155 million dollar"
        return f"About how many {unit} was the {phrase}?" if money else None
    return f"What was the {phrase} in {unit}?" if money else f"What was the {phrase}?"


# Nouns of a place that a deleted "in the" may join to the noun before ("largest city in the
# world"); stems
PLACE_NOUNS = frozenset({"world", "countri", "citi", "state", "nation", "region", "area"})
# Nouns of a sum of money: after "recovered", "repaid", a count in millions before them was
# money whose sign or "dollars" preprocessing deleted; stems
SUMS = frozenset({"sum", "cost", "money", "fee", "loan", "debt", "price", "amount"})
_MONEY = frozenset({"dollars", "pounds", "francs", "euros", "marks", "yen", "rupees"})


def _passive_count(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "destroy 165 villag town" -> "How many villages and towns were destroyed?": a count
    after a verb read as past, its noun (and a second noun English does not pair with it,
    the "and" deleted), where no subject is before the verb to ask it actively. A year a few
    words before dates it ("2018 ... kill 400 peopl" -> "... killed in 2018?")."""
    stems, classes, words = doc.stems, doc.classes, doc.words
    v = i - 1
    about = _hedged(doc, v)
    if about:
        v -= 1
    if v < 1 or " " in unit or not unit.isalpha() or stems[i] == "one" or j >= len(stems) \
            or any(k in doc.boundaries for k in range(v + 1, j + 1)) \
            or classes[v] != lx.WORD or v in doc.named \
            or stems[j] in lx.UNITS or not countable(stems[j]) or j in doc.named:
        return None
    sure = verb_of(stems[v])
    base = _verb_base(stems[v], words[v] or "")
    if base is None or not ((sure is not None and sure[1]) or (words[v] or "").endswith("ed")) \
            or base in NO_PASSIVE | LIGHT_VERBS | STATIVE | INTRANSITIVE | MEASURE_VERBS \
            or base in INTO_VERBS:
        return None  # ("translat 70 languag": the book was translated into them)
    if v not in doc.boundaries and not _name_at(doc, v - 1) and (
            _subject(v - 1, stems, classes, words, doc.named, doc.boundaries) is not None
            or classes[v - 1] != lx.WORD or _comparable(stems[v - 1])):
        return None  # "engineers built 83 locks" (asked actively), "tall built 2500 block
        # granit" (built from blocks): after a name or a mass noun ("... Sumatra destroyed
        # 165") the count is plainly what the verb was done to
    if stems[j] == "time":
        return None  # "scan 10 billion time": how often, no things scanned
    things = _many(stems[j], unit)
    k = j + 1
    if k < len(stems) and k not in doc.boundaries and classes[k] in _COUNTS:
        return None  # "roughli 70000 citi 80000 inhabit": 70,000 of the city's 80,000
    if k < len(stems) and stems[k] in lx.MODALS:
        return None  # "push 750 peopl may live": the people are the next clause's subject
    if k < len(stems) and k not in doc.boundaries and classes[k] == lx.WORD \
            and k not in doc.named and _noun_like(stems[k]) and countable(stems[k]) \
            and (stems[j], stems[k]) not in load_bigrams() and not _adjective_like(stems[k]) \
            and _plural_used(stems[k]) and verb_of(stems[k]) is None:  # not "granites": a
        # plural English seldom uses; not "built two probe visit outer planet" (to visit)
        after = k + 1
        if after < len(stems) and after not in doc.boundaries and (
                classes[after] == lx.WORD and _noun_like(stems[after])
                or classes[after] in _DATES or classes[after] in _COUNTS):
            return None  # "villag town hall": which nouns go together is a guess; "asteroid
            # stein 2008": a name and its year (Steins in 2008)
        things = f"{things} and {plural(load_wordmap().best(stems[k]) or stems[k])}"
    year = _year_before(doc, v)
    when = f" in {year}" if year else ""
    front = "About how many" if about else "How many"
    return f"{front} {things} were {_participle(stems[v], base)}{when}?"


def _date_then_person(doc: StemmedText, j: int, category: str) -> str | None:
    """ "28 decemb 1895 roentgen submit paper new kind ray" -> "On which date did Wilhelm
    Roentgen submit the paper?": a date, a person, a verb read as past and its object (one
    or two nouns, ended by a section, a date, a name, a verb or an adjective that starts the
    next phrase)."""
    clause = _person_clause(doc, j)
    return f"{_DATE_WORDS[category]} {clause}?" if clause else None


def _duration_then_person(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "seven week roentgen studi new ray almost without break" -> "For how many weeks did
    Wilhelm Conrad Roentgen study the new ray?": a duration, then a person's clause."""
    if " " in unit or j + 1 >= len(doc.stems) or i in doc.boundaries \
            or j in doc.boundaries or not _unit_of_time(doc.stems[j]):
        return None
    clause = _person_clause(doc, j + 1)
    return f"For how many {unit} {clause}?" if clause else None


def _person_duration(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "lord justic edmund davi sat 76 day" -> "For how many days did Lord Justice Edmund
    Davies sit?": a person right before a past verb that lasts (lexicon.DURATIVE_VERBS) and its
    duration; another person shortly before leaves whose it is unsaid."""
    stems, v = doc.stems, i - 1
    p = v - 1
    if " " in unit or p < 0 or p not in doc.persons or v in doc.persons \
            or doc.classes[v] != lx.WORD \
            or any(k in doc.boundaries for k in range(v, j + 1)):
        return None
    said = doc.words[v] or ""
    verb = _verb_base(stems[v], said)
    if verb is None or verb not in lx.DURATIVE_VERBS or said == verb \
            or _another_person_before(p, doc.persons, doc.boundaries):
        return None  # (the Reading's word a past form: "sat", "served"; not "sit")
    return f"For how many {unit} did {doc.persons[p]} {verb}?"


def _walked_across(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "first day 150300 peopl walk across bridg" -> "How many people walked across the
    bridge on the first day?": people who walked across the document's topic (said after
    "across", or meant where another noun follows: "walk across day": that day); the day is
    the one said just before the count (a full date, or "the first day")."""
    stems, classes = doc.stems, doc.classes
    w, a = j + 1, j + 2
    if a >= len(stems) or unit != PEOPLE or stems[j] != porter_stem(PEOPLE) \
            or stems[w] != WALK or stems[a] != ACROSS \
            or any(k in doc.boundaries for k in range(i, a + 1)):
        return None
    topic = doc.topic()
    if topic is None:
        return None
    thing = _the(_object(topic, doc.usual(topic)), topic, False)
    when = ""
    date = _event_date(i - 1, stems, classes, doc.boundaries) if i >= 1 else None
    if date is not None and " " in date[1]:
        when = f" on {date[1]}"  # "open pedestrian 27 may 1937 200000 peopl walk across"
    elif i >= 2 and (stems[i - 2], stems[i - 1]) == FIRST_DAY:
        when = " on the first day"
    return f"How many people walked across {thing}{when}?"


SPENT = "spent"  # "diver spent two year dig six tunnel": the divers spent two years digging


def _spent(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "navi diver spent two year dig six tunnel" -> "How many years did the navy divers spend
    digging tunnels?": a person or people named by what they do, "spent", the time and what they did
    (the Reading's "-ing" word right after the unit), with its object when a plain noun
    or a count and its noun follow."""
    stems, classes, words = doc.stems, doc.classes, doc.words
    v, s, g = i - 1, i - 2, j + 1  # "spent", its subject, the "-ing" word after the unit
    if s < 0 or g >= len(stems) or stems[v] != SPENT or classes[v] != lx.WORD \
            or " " in unit or j - i != 1 \
            or any(k in doc.boundaries for k in range(v, g + 1)) \
            or classes[g] != lx.WORD or g in doc.named:
        return None
    said = (words[g] or "").lower()
    verb = verb_of(stems[g])
    base = verb[0] if verb else _verb_base(stems[g], words[g] or "") \
        or (stems[g] if said.endswith("ing") and said.startswith(stems[g]) else None)
    # ("digging": the Reading's "-ing" word after the time spent, which no table holds)
    if base is None or base in ("be", "have") or base in LIGHT_VERBS:
        return None
    if s in doc.persons:
        subject = doc.persons[s]
        first = s
        while first - 1 in doc.persons and doc.persons[first - 1] == subject:
            first -= 1
        if first - 1 >= 0 and first not in doc.boundaries and (
                first - 1 in doc.persons or stems[first - 1] in given_names()):
            return None  # "wilbur orvil wright spent": Wilbur and Orville spent them
    else:
        who = (words[s] or "").lower()
        subject = (_noun_phrase(doc, s) or f"the {who}") if classes[s] == lx.WORD \
            and s not in doc.named and who.endswith("s") and _doers(who) else ""  # ("the
        # divers": people named by what they do need no introduction)
        if not subject:
            return None  # "first season spent 80 hour": no one who spent them
    doing = said if said.endswith("ing") else _gerund(base)
    o = g + 1
    if o + 1 < len(stems) and classes[o] in (lx.NUM, lx.NUM_WORD) \
            and not doc.boundaries & {o, o + 1} and classes[o + 1] == lx.WORD \
            and (words[o + 1] or "").lower().endswith("s") and _noun_like(stems[o + 1]):
        doing += " " + (words[o + 1] or "").lower()  # "digging six tunnels": the tunnels
    elif o < len(stems) and o not in doc.boundaries and classes[o] == lx.WORD \
            and o not in doc.named and _noun_like(stems[o]) \
            and (words[o] or "").lower().endswith("s") and countable(stems[o]):
        doing += " " + (words[o] or "").lower()  # "testing gliders"
    return f"How many {unit} did {subject} spend {doing}?"


def _gerund(verb: str) -> str:
    """ "digging", "testing", "improving": the "-ing" form of a base verb."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if len(verb) <= 4 and len(verb) >= 3 and verb[-1] not in "aeiouwxy" \
            and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        return verb + verb[-1] + "ing"  # "dig": "digging"
    return verb + "ing"


BURN = "burn"  # "fire burn three day": the fires burned for three days
BURNING = frozenset({"fire", "blaze", "flame"})


def _lasted(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "voyag last 101 day" -> "How many days did the voyage last?": an event said before, the
    verb "last" and a duration (a hedge may stand between: "about 101 days"); "fire burn
    three day" -> "How many days did the fire burn?"."""
    stems, v = doc.stems, i - 1
    if _hedged(doc, v):
        v -= 1
    s = v - 1
    if " " in unit or s < 0 or stems[v] not in (LAST, BURN) or doc.classes[v] != lx.WORD \
            or stems[s] not in (LASTING if stems[v] == LAST else BURNING) \
            or any(k in doc.boundaries for k in range(s + 1, j + 1)):
        return None
    if not doc.kin_before(s):
        return None  # "the voyage" the reader has met
    # a noun before the event that English does not pair with it ends the sentence before
    # ("rainwat voyag last": "... with rainwater. The voyage lasted"): an event said before
    # is the subject alone
    subject = _noun_phrase(doc, s, singular=True) \
        or _the(_object(stems[s], doc.words[s]), stems[s], False)
    front = "About how many" if v != i - 1 else "How many"
    return f"{front} {unit} did {subject} {'last' if stems[v] == LAST else 'burn'}?"


def _numbered(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "crew number six men" -> "How many men were in the crew?": a group, the verb "number"
    and its count of members."""
    stems, v = doc.stems, i - 1
    about = _hedged(doc, v)
    if about:
        v -= 1  # "crew number around 400 men": about 400
    s = v - 1
    if s >= 1 and stems[s] in REPORTED and doc.classes[s] == lx.WORD:
        s -= 1  # "crew thought number": the crew is thought to have numbered
    if " " in unit or s < 0 or stems[v] != NUMBER_VERB or stems[s] not in GROUP_PARTITIVES \
            or doc.classes[s] != lx.WORD or doc.classes[v] != lx.WORD \
            or any(k in doc.boundaries for k in range(s + 1, j + 1)) or j - i > 1:
        return None
    group = load_wordmap().best(stems[s]) or ""
    if not group.isalpha():
        return None
    front = "About how many" if about else "How many"
    return f"{front} {_many(stems[j], unit)} were in the {group}?"


# Verbs of a report between a group and "number" ("the crew is thought to have numbered"); stems
REPORTED = frozenset({"thought", "believ", "said", "estim", "report"})


def _person_count(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "yeager broke two rib" -> "How many ribs did Charles Yeager break?": a person right
    before a past verb and its count, the counted noun one word that ends the phrase."""
    stems, classes, v = doc.stems, doc.classes, i - 1
    p = v - 1
    if " " in unit or not unit.isalpha() or p < 0 or p not in doc.persons or v in doc.persons \
            or classes[v] != lx.WORD or j - i > 1 or stems[i] == "one" \
            or any(k in doc.boundaries for k in range(v, j + 1)) or j >= len(stems) \
            or not (countable(stems[j]) or _plural_used(stems[j])) or unit in lx.UNITS.values():
        return None
    if _compound_after(stems, classes, doc.named, doc.boundaries, j):
        return None  # "discov 600 similar tablet": which noun is counted the stems do not say
    verb = verb_of(stems[v])
    if verb is None or not verb[1] or verb[0] in ("be", "have") or verb[0] in LIGHT_VERBS \
            or verb[0] in STATIVE | NO_OBJECT_COUNT | INTRANSITIVE \
            or verb[0] in INTO_VERBS - PERSON_BREAKS:
        return None  # a person breaks bones and records, "into" seldom with a count
    if _another_person_before(p, doc.persons, doc.boundaries):
        return None  # "X ... with Y broke": whose the stems do not say
    return f"How many {_many(stems[j], unit)} did {doc.persons[p]} {verb[0]}?"


def _state_duration(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "volcano quiet 200 year came back life" -> "For how many years had the volcano been
    quiet?": a subject, a state and its duration; the subject is one noun the document said
    before, or its topic after a noun that ends the sentence before. A lasting participle
    ("canal block six day" -> "For how many days was the canal blocked?") is a state too,
    of a thing, not of people (they blocked it)."""
    stems, a, s = doc.stems, i - 1, i - 2
    held = stems[a] in HELD_VERBS and not (
        j + 1 < len(stems) and stems[j + 1] in AFTER_WORDS)  # "closed six weeks later"
    if " " in unit or s < 0 or j >= len(stems) or stems[a] not in STATES and not held \
            or doc.classes[a] != lx.WORD or any(k in doc.boundaries for k in (a, i, j)) \
            or unit not in TIME_UNITS or _vague(stems[s]) \
            or _after_place(s, stems, doc.named) or not doc.kin_before(s):
        return None
    subject = _noun_phrase(doc, s, singular=True)
    if subject is None and doc.kin_count(stems[s]) >= TOPIC_MENTIONS:
        subject = _subject(s, stems, doc.classes, doc.words, doc.named, doc.boundaries)
        if subject is not None:
            subject = _the(_object(stems[s], doc.words[s]), stems[s], False)
    if subject is not None and _people(subject.split()[-1]):
        return None  # "roman abandon twenti year": the Romans abandoned it, they were not
    if held and subject is not None and not _doers(subject):
        be = "were" if _plural(subject) else "was"  # "canal block six day": it was blocked
        return f"For how many {unit} {be} {subject} {HELD_VERBS[stems[a]]}?"
    state = load_wordmap().best(stems[a]) or ""
    if held or subject is None or not state.isalpha():
        return None
    return f"For how many {unit} had {subject} been {state}?"


def _rate(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "tower reach height 330 metr repaint everi seven year" -> "Every how many years is
    the tower repainted?": a participle (the Reading writes it "-ed"), "every", a count of a
    unit of time; its subject, whose pronoun stemming deleted, is the subject of the clause
    before, the document's topic, with that clause's verb between (so not "number transistor
    chip would doubl everi two year", where the chip's number doubles)."""
    stems, e, v = doc.stems, i - 1, i - 2
    if v < 1 or stems[e] != "everi" or unit not in TIME_UNITS or " " in unit \
            or any(k in doc.boundaries for k in (e, i, j)) or v in doc.named \
            or doc.classes[v] not in (lx.WORD, lx.RARE):  # "repaint": rare, no name here
        return None
    word = (doc.words[v] or "").lower()
    forms = {w for w, _ in load_wordmap().candidates(stems[v])}
    base = (_verb_base(stems[v], word) or (word[:-2] if word[:-2] in forms else None)) \
        if word.endswith("ed") else None  # "repainted": a verb the tables do not hold
    if base is None or base in INTRANSITIVE | STATIVE:
        return None
    for c in range(v - 1, max(0, v - 1 - RATE_REACH), -1):
        if c in doc.boundaries or doc.classes[c] in _DATES or c in doc.persons:
            return None
        sure = verb_of(stems[c])
        if sure is None or not sure[1] or doc.classes[c] != lx.WORD:
            continue
        s = c - 1  # the clause before and its subject: "tower reach"
        if doc.count(stems[s]) < TOPIC_MENTIONS or not _subject(
                s, stems, doc.classes, doc.words, doc.named, doc.boundaries):
            return None
        subject = _the(_object(stems[s], doc.words[s]), stems[s], False)
        be = "is" if _today(doc, s) else "was"
        return f"Every how many {unit} {be} {subject} {word}?"
    return None


def _died_during(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "estim 27 men die construct" -> "How many men died during construction?": a count of
    people, "died" and an event noun ("during" deleted), in one sentence."""
    stems = doc.stems
    people = unit.split()[0]
    if j + 2 >= len(stems) or stems[j + 1] != "die" or i in doc.boundaries \
            or any(k in doc.boundaries for k in range(j, j + 3)) \
            or people not in PEOPLE_COUNTED and not _doers(people) \
            or doc.classes[j + 2] != lx.WORD or not _event(stems[j + 2]) \
            or j + 2 in doc.named or not (doc.words[j + 2] or "").isalpha():
        return None
    event = _object(stems[j + 2], doc.words[j + 2])
    return f"How many {people} died during {event}?"


CARRIED_OUT = "carry"  # "cook carri second voyag": he carried out the voyage, no load


def _no_object(verb: str, noun: str) -> bool:
    """A noun after a verb that is no object of it: a span of time ("sima qian write centuri
    later": writing a century later), or an undertaking after "carry" (its "out" deleted:
    "Who carried the second voyage?")."""
    return _unit_of_time(noun) or noun in TIME_NOUNS \
        or verb == CARRIED_OUT and (noun in UNDERTAKINGS or _event(noun))


def _unit_of_time(stem: str) -> bool:
    return (load_wordmap().best(stem) or "") in TIME_UNITS or stem in TIME_UNITS


def _time_noun(stem: str) -> bool:
    """A unit of time, singular or plural ("year", "weeks")."""
    best = load_wordmap().best(stem) or stem
    return best in TIME_UNITS or plural(best) in TIME_UNITS


def _person_clause(doc: StemmedText, j: int) -> str | None:
    """ "did Wilhelm Conrad Roentgen submit the paper" for a person at token j, a verb read
    as past and its object (an adjective and a noun, or one or two nouns the books pair),
    ended by a section, a date, a name, a verb, an adverb or an adjective that starts the
    next phrase."""
    if j >= len(doc.stems) or j not in doc.persons or j in doc.boundaries:
        return None
    q, people = j, [doc.persons[j]]
    while q in doc.persons and q not in doc.boundaries - {j}:
        if doc.persons[q] != people[-1]:
            people.append(doc.persons[q])  # "watson crick wilkin share": all three shared
        q += 1
    if len(set(people)) < len(people):
        return None  # "curi pierr curi": who is who the stems do not say
    said = _clause_at(doc, q)
    return f"did {_listed(people)} {said[0]} {said[1]}" if said else None


def _listed(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C" """
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _who_did(doc: StemmedText, i: int, q: int) -> str | None:
    """ "roentgen studi new ray almost" -> "Who studied the new ray?": the clause after a
    person answer at [i, q) (as `_person_clause` reads it), whose object the document named
    before. Not after a verb ("ask engin robert stevenson build light": asked to build) nor
    after another person ("chester arthur ... grover cleveland attend": both attended)."""
    said = _clause_at(doc, q)
    if said is None or not (said[1].startswith(FIRST_OF) or doc.said_before(_object_end(doc, q))):
        return None  # "the first integrated circuit" says which one; "the record" does not
    for k in range(i - 1, max(-1, i - 4), -1):
        if k + 1 in doc.boundaries or doc.classes[k] != lx.WORD:
            break
        if k in doc.persons:
            return None  # one of several people
        sure = verb_of(doc.stems[k])
        if sure is not None and sure[1] or doc.stems[k] in TELL_VERBS:
            return None  # the person is the object of a verb before ("asked")
        if doc.stems[k] not in person_titles() and not _adjective_like(doc.stems[k]) \
                and not _people((doc.words[k] or doc.stems[k]).lower()) \
                and not _occupation(doc.stems[k]):  # "ask engin thoma whitfield": asked him
            break
    return f"Who {_past(said[0])} {said[1]}?"


@lru_cache(maxsize=20_000)
def _ly_adverb(stem: str) -> bool:
    """A stem whose word is an -ly adverb ("directli"): it opens no object, it ends one."""
    best = load_wordmap().best(stem) or ""
    return best.endswith("ly") and best.isalpha() and not _noun_like(stem)


def _object_end(doc: StemmedText, q: int) -> int:
    """The last token of the object `_clause_at` read after the verb at q."""
    k = q + 1
    while k + 1 < len(doc.stems) and (doc.stems[k] in ADJECTIVES or (
            doc.stems[k], doc.stems[k + 1]) in load_bigrams()):
        k += 1
    return k


def _clause_at(doc: StemmedText, q: int) -> tuple[str, str] | None:
    """(verb, object phrase) of the clause whose verb is at token q."""
    said = clause_span(doc, q)
    return (said[0], said[1]) if said else None


def clause_span(doc: StemmedText, q: int) -> tuple[str, str, int] | None:
    """(verb, object phrase, the token after the object) of the clause whose verb is at
    token q: `_clause_at` with where its object ends (edu/extract/named_subjects.py asks a
    date right after it)."""
    stems, classes, words = doc.stems, doc.classes, doc.words
    if q >= len(stems) - 1 or q in doc.boundaries or classes[q] != lx.WORD or q in doc.named:
        return None
    verb = verb_of(stems[q])
    if verb is None and (words[q] or "").endswith("ed"):
        base = _verb_base(stems[q], words[q] or "")  # "dedic", read "dedicated"
        verb = (base, True) if base else None
    # right after a person's name a verb of the tables is one ("roentgen studi new ray")
    if verb is None or verb[0] in ("be", "have") \
            or verb[0] in LIGHT_VERBS | STATIVE | INTRANSITIVE \
            or porter_stem(verb[0]) in TELL_VERBS | PERSON_OBJECT_VERBS | CLAUSE_VERBS \
            or verb[0] in PREPOSITION_VERBS:
        return None  # "told stop": told them to stop; "insist safeti net": insisted on one
    prize = _prize_at(doc, q + 1)
    if prize is not None:
        return verb[0], prize, -1  # (where a prize's name ends is not counted)
    obj: list[int] = []
    k = q + 1
    if k + 1 < len(stems) and k + 1 not in doc.boundaries and classes[k] == lx.WORD \
            and stems[k] in ADJECTIVES - {"last", "next", "former", "latter"}:
        obj.append(k)  # "studi new ray": an adjective opens the object; "built first integr
        k += 1  # circuit": the first one, which needs no mention before (`_who_did`)
    first = bool(obj) and stems[obj[0]] == "first"  # "first integr circuit": two nouns may
    reach = 3 if first else 2  # follow the ordinal, a pair the books write
    while k < len(stems) and len(obj) < reach and k not in doc.boundaries \
            and classes[k] == lx.WORD and k not in doc.named and stems[k] not in ADJECTIVES \
            and stems[k] not in lx.MOTION_ADVERBS \
            and (_noun_like(stems[k]) or first and k + 1 < len(stems)
                 and (stems[k], stems[k + 1]) in load_bigrams()):  # "integrated circuit"
        obj.append(k)
        k += 1
    nouns = obj[1:] if first else obj
    if not obj or stems[obj[-1]] in ADJECTIVES or (
            len(nouns) == 2 and stems[nouns[0]] not in ADJECTIVES
            and (stems[nouns[0]], stems[nouns[1]]) not in load_bigrams()):
        return None  # "receiv letter paper": two nouns the books do not pair
    ends = k >= len(stems) or k in doc.boundaries or classes[k] in _DATES or k in doc.named \
        or _date_starts(k, stems, classes) or _next_verb(stems[k], classes[k]) \
        or stems[k] in ADJECTIVES or stems[k] in TIME_ADVERBS or stems[k] in HEDGES \
        or _ly_adverb(stems[k]) \
        or first and len(obj) == reach and classes[k] == lx.WORD \
        and base_form(load_wordmap().best(stems[k]) or "") is not None
    # ("saw iceberg directli ahead"; "built first integr circuit put": the object is whole)
    if k < len(stems) and stems[k] in LAW_HEADS:
        return None  # "sign pacif railway act": the Pacific Railway Act, a name that runs on
    if not ends or any(stems[x] in QUANTIFIERS or stems[x] in person_titles() for x in obj) \
            or _opens_next_clause(stems, classes, k) or _no_object(verb[0], stems[obj[-1]]):
        return None  # "morrison describ record becam famou": the recording became famous
    named = [_object(stems[x], words[x]) for x in obj]
    pair = load_bigrams().get((stems[nouns[0]], stems[nouns[-1]])) if len(nouns) == 2 else None
    if pair:  # the pair as the books write it: "integrated circuit", not "integral circuit"
        named[-2:] = pair[0][:2]
    usual = doc.usual(stems[obj[-1]])
    if usual == plural(named[-1]):
        named[-1] = usual  # "the new rays": what the document says most often
    phrase = " ".join(named[:-1] + [_the(named[-1], stems[obj[-1]], False)]) \
        if len(obj) == 1 else "the " + " ".join(named)
    return verb[0], phrase, k


def _prize_at(doc: StemmedText, k: int) -> str | None:
    """ "the first Nobel Prize in Physics" for "[first] nobel prize physic" at token k (or "the
    Nobel Peace Prize"), a name English writes whole; None for any other object."""
    stems = doc.stems
    the = "the"
    if k < len(stems) and stems[k] == "first":
        the, k = "the first", k + 1
    found: tuple[int, str] | None = None
    if tuple(stems[k : k + 3]) == ("nobel", "peac", "prize"):
        found = 3, f"{the} Nobel Peace Prize"
    elif tuple(stems[k : k + 2]) == ("nobel", "prize"):
        found = next(((2 + len(field), f"{the} Nobel Prize {name}")
                      for field, name in NOBEL_FIELDS.items()
                      if tuple(stems[k + 2 : k + 2 + len(field)]) == field), None)
    if found is None or any(x in doc.boundaries for x in range(k, k + found[0])):
        return None
    return found[1]


def _age_at_death(doc: StemmedText, i: int) -> str | None:
    """ "roebl die tetanu 22 juli 1869 age 63" -> "At what age did John Roebling die?": an
    age a few words after "died" and the person before it (as `_life` finds them)."""
    stems = doc.stems
    for v in range(i - 2, max(-1, i - 2 - LIFE_REACH), -1):
        if v + 1 in doc.boundaries or v in doc.persons:
            return None
        if stems[v] == "die":
            who = _life_person(v, doc)
            return f"At what age did {who} die?" if who else None
    return None


def _plural_used(stem: str) -> bool:
    """Whether English counts the stem's word: its plural no rarer than RARE_PLURAL below it
    ("towns"; not "granites", a material)."""
    forms = dict(load_wordmap().candidates(stem))
    best = next(iter(forms), "")
    return bool(best) and forms.get(plural(best), 0.0) >= forms[best] - RARE_PLURAL


def _dimension(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "build 183 metr long" -> "How many metres long was the building?": a noun, a measure
    and the adjective of its dimension; a second dimension after ("183 metr long 120 metr
    wide") belongs to the same noun."""
    stems, classes = doc.stems, doc.classes
    d = j + 1  # the unit's word, then its dimension
    if " " in unit or not _measure_unit(unit) or d >= len(stems) \
            or stems[d] not in DIMENSIONS or any(k in doc.boundaries for k in (i, j, d)):
        return None
    s = i - 1
    if s >= 3 and classes[s] == lx.WORD and stems[s] in DIMENSIONS \
            and classes[s - 2] in _COUNTS and _unit_stem(stems[s - 1]) \
            and s - 2 not in doc.boundaries:
        s -= 3  # "183 metr long [120] metr wide": the building's width
    now = False
    if s >= 1 and stems[s] in STAND_VERBS and s not in doc.boundaries \
            and classes[s] == lx.WORD:
        now = (doc.words[s] or "").endswith("s")  # "mask stand 54 centimetr high"; "stands"
        s -= 1
    if s < 0 or s + 1 in doc.boundaries or _vague(stems[s]) or _unit_stem(stems[s]) \
            or stems[s] in MEASURE_NOUNS or _after_place(s, stems, doc.named) and not doc.own(s):
        return None  # "depth 78 feet high" (high water), "feet wide 4 feet deep"
    if LIKE in stems[max(0, s - LIKE_REACH) : s]:
        return None  # "look like larg pocket watch 13 centimetr across": what it looks like
    subject = _noun_phrase(doc, s, singular=True, own=True)
    if subject is None or not doc.met(s):
        return None  # "a column 202 feet tall": "the column" a reader has not met
    if not doc.said_before(s) and (doc.words[s] or "").endswith("s"):
        return None  # "seri tsunami wave 30 metr high": waves of many heights, met first
    subject = _one_of_several(doc, s, subject)  # "the vertical shaft"; not "the machine"
    if subject is None:
        return None
    today = d + 1 < len(stems) and stems[d + 1] == "today" and d + 1 not in doc.boundaries
    today = today or _today(doc, s)  # "today canal 193 kilometr long": the canal today
    now = now or today  # "mound 76 metr high today": how high it is today
    be = ("are" if now else "were") if _plural(subject) else ("is" if now else "was")
    return f"How many {unit} {stems[d]} {be} {subject}{' today' if today else ''}?"


@lru_cache(maxsize=4_096)
def _past(verb: str) -> str:
    """The simple past, with the doubled consonant English writes where the spelling rules
    cannot tell the stress ("submitted", "permitted"), from the word list."""
    doubled = verb + verb[-1] + "ed"
    if verb[-1:] not in "aeiouwxy" and doubled in {
            w for w, _ in load_wordmap().candidates(porter_stem(verb))}:
        return doubled
    return past_tense(verb)


# Verbs of giving whose first object is a person and whose second is what they got: "board
# paid harrison 10000 pound" -> "How many pounds did the board pay John Harrison?"
GIVE_VERBS = frozenset({"pay", "award", "grant", "give", "lend", "offer", "promise", "owe"})


def _paid(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "parliament award harrison 8750 pound" -> "How many pounds did the parliament award John
    Harrison?": a subject (one noun the reader has met), a verb of giving, the person who got
    it and the count; a year right before the subject dates it ("1773 parliament": "... in
    1773?")."""
    stems, classes, words = doc.stems, doc.classes, doc.words
    p, v, s = i - 1, i - 2, i - 3
    if s < 0 or " " in unit or not unit.isalpha() or p not in doc.persons \
            or p - 1 in doc.persons or v in doc.named or classes[v] != lx.WORD \
            or any(k in doc.boundaries for k in range(v, j + 1)) or j - i > 1 \
            or stems[i] == "one" or j >= len(stems):
        return None  # (the person one word: "harrison"; "John Harrison" is asked by name)
    verb = _verb_base(stems[v], words[v] or "")
    if verb not in GIVE_VERBS or not ((words[v] or "").endswith("ed") or _sure_verb(stems[v])):
        return None
    subject = _subject(s, stems, classes, words, doc.named, doc.boundaries)
    if subject is None or v in doc.boundaries or not doc.said_before(s) \
            or _of_deleted(s, stems, classes, doc.named, doc.boundaries, doc.heading) \
            and not doc.own(s) or _after_place(s, stems, doc.named):
        return None  # "the board" a reader has met; not "frame mill" (of the mill), unless
        # the text says the noun alone most often ("excel result board paid": the board)
    when = f" in {stems[s - 1]}" if s >= 1 and s not in doc.boundaries and (
        classes[s - 1] == lx.YEAR or classes[s - 1] == lx.NUM and len(stems[s - 1]) == 4
        and lx.OLD_YEARS[0] <= int(stems[s - 1]) < lx.OLD_YEARS[1]) else ""
    return f"How many {_many(stems[j], unit)} did {subject} {verb} {doc.persons[p]}{when}?"


# Verbs done to people or things, never by a count of them in a text of facts: "57 peopl kill"
# is "57 people were killed" (not that they killed something), "four warship wreck" "four
# warships were wrecked"; stem -> participle
DONE_TO = {"kill": "killed", "injur": "injured", "wound": "wounded", "drown": "drowned",
           "rescu": "rescued", "evacu": "evacuated", "wreck": "wrecked",
           "destroy": "destroyed", "damag": "damaged", "sunk": "sunk"}


def _done_to(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "total 57 peopl kill" -> "How many people were killed?": a count, its one-word noun
    and a verb that is done to such things (DONE_TO) right after; a full date a few words
    before dates it ("... in 1980?")."""
    stems, classes = doc.stems, doc.classes
    h = i - 1
    if h >= 1 and stems[h] in DONE_TO and not _counted_again(doc, h) \
            and classes[h] == lx.WORD and h not in doc.named and classes[h - 1] not in _COUNTS \
            and " " not in unit and unit.isalpha() and j - i == 1 and j < len(stems) \
            and not any(k in doc.boundaries for k in (i, j)) and countable(stems[j]) \
            and unit not in _MONEY and stems[j] not in lx.UNITS \
            and not (j + 1 < len(stems) and stems[j + 1] in lx.MODALS):  # (its own clause)
        return f"How many {_many(stems[j], unit)} were {DONE_TO[stems[h]]}?"  # "destroy 200
        # home": whoever destroyed them, the homes were destroyed; but "one rescu 11
        # search" (no one was rescued after 11 am): the count before the verb is its own
    v = j + 1
    if v >= len(stems) or " " in unit or not unit.isalpha() or j - i > 1 and not (
            j - i == 2 and classes[i + 1] == lx.SCALE) or stems[i] == "one" \
            or stems[v] not in DONE_TO or classes[v] != lx.WORD or _counted_again(doc, v) \
            or any(k in doc.boundaries for k in range(i + 1, v + 1)) or j in doc.named \
            or unit in _MONEY or stems[j] in lx.UNITS or not countable(stems[j]):
        return None
    h = i - 1  # "flight five lock": a part of a group; "crew 400 men kill": who killed whom
    if h >= 0 and stems[h] in AT_LEAST:
        return None  # "least 140 peopl kill": at least 140, no count a question can ask
    if h >= 0 and i not in doc.boundaries and h not in doc.named and classes[h] == lx.WORD \
            and _noun_like(stems[h]) and countable(stems[h]) and stems[h] not in lx.UNITS \
            and stems[h] not in QUANTIFIERS:
        return None
    if h >= 0 and i not in doc.boundaries and classes[h] == lx.WORD and (
            _sure_verb(stems[h]) or (doc.words[h] or "").endswith("ed")):
        return None  # "destroy 200 home damag bridg": the homes were destroyed (asked so)
    year = _year_before(doc, i)
    when = f" in {year}" if year else ""
    return f"How many {_many(stems[j], unit)} were {DONE_TO[stems[v]]}{when}?"


# "at least 140", "as many as 140": a bound; "perhaps (no more than) three": a guess whose
# bound the stop words may have deleted (stems)
AT_LEAST = frozenset({"least", "mani", "perhap"})


def _counted_again(doc: StemmedText, v: int) -> bool:
    """The verb at token v said elsewhere in the document with a count beside it ("flood kill
    six men ... explos kill two"): "How many men were killed?" would have two answers."""
    stem = doc.stems[v]
    for x, st in enumerate(doc.stems):
        if st == stem and x != v and any(
                0 <= y < len(doc.stems) and doc.classes[y] in _COUNTS
                for y in (x - 2, x - 1, x + 1, x + 2)):
            return True
    return False


# Verbs after "took N years": what the time was taken for ("h3 took 19 year build": it took 19
# years to build); stem -> base verb
TOOK = "took"


def _took(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "h3 took 19 year build" -> "How many years did H3 take to build?": a subject (a
    designated name, "H3", or a noun the reader has met), "took", a duration and the verb it
    was taken for (the Reading's "-ing" form or a verb of the tables)."""
    stems, classes, words = doc.stems, doc.classes, doc.words
    v, s, w = i - 1, i - 2, j + 1
    if s < 0 or w >= len(stems) or " " in unit or stems[v] != TOOK or classes[v] != lx.WORD \
            or any(k in doc.boundaries for k in range(v, w + 1)) or classes[w] != lx.WORD:
        return None
    word = (words[w] or "").lower()
    verb = base_form(word) if word.endswith("ing") else None
    if verb is None or verb in ("be", "have") or verb in LIGHT_VERBS:
        return None
    named = _designated(doc, s)
    subject = named or _noun_phrase(doc, s, singular=True)
    if subject is None or not named and (not doc.met(s) or _vague(stems[s])):
        return None
    return f"How many {unit} did {subject} take to {verb}?"


def _designated(doc: StemmedText, k: int) -> str | None:
    """A name of letters and a number at token k ("h3" -> "H3", a model's or a craft's name)."""
    stem = doc.stems[k]
    if len(stem) < 2 or not stem[0].isalpha() or not stem[-1].isdigit() or k in doc.persons:
        return None
    return stem.upper() if len(stem) <= 4 else None


LOSS = "loss"  # "wreck loss around 1400 sailor": with the loss of about 1,400 sailors


LIVES = ("lost", "live")  # "nine worker lost live": nine workers lost their lives (stems)


def _lost_lives(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "nine worker lost live" -> "How many workers lost their lives?": a count of people,
    "lost" and "lives" right after; a hedge before makes it "About how many"; not a bound
    ("at least nine") and not where the document says it of another count too (one
    answer)."""
    stems, h, v = doc.stems, i - 1, j + 1  # the noun at j, "lost" after it
    about = _hedged(doc, h)
    if " " in unit or unit not in PEOPLE_COUNTED or v + 1 >= len(stems) \
            or tuple(stems[v : v + 2]) != LIVES or j - i > 1 and not (
                j - i == 2 and doc.classes[i + 1] == lx.SCALE) \
            or any(k in doc.boundaries for k in range(i + 1, v + 2)) \
            or h >= 0 and stems[h] in AT_LEAST or _counted_again(doc, v):
        return None
    front = "About how many" if about else "How many"
    return f"{front} {unit} lost their lives?"


WORK = "work"  # the stem of "worked"


def _worked_on(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "roughli 400 peopl work project" -> "About how many people worked on the project?": a
    count of people, "worked" and one noun the document names before or returns to (its
    "on" deleted), not the first of a pair the books write ("railway bridge")."""
    stems, classes, h, v = doc.stems, doc.classes, i - 1, j + 1  # the noun at j
    about = _hedged(doc, h)
    o = v + 1
    if " " in unit or unit not in PEOPLE_COUNTED or o >= len(stems) or stems[v] != WORK \
            or classes[v] != lx.WORD or j - i > 1 and not (
                j - i == 2 and classes[i + 1] == lx.SCALE) \
            or any(k in doc.boundaries for k in range(i + 1, o + 1)) \
            or h >= 0 and stems[h] in AT_LEAST or _counted_again(doc, v) \
            or classes[o] != lx.WORD or o in doc.named or not _noun_like(stems[o]) \
            or not countable(stems[o]) or _vague(stems[o]) or not doc.met(o) \
            or stems[o] in TIME_NOUNS or stems[o] in lx.UNITS:
        return None
    e = o + 1  # the noun is the whole object, no first word of a pair ("railway bridge")
    if e < len(stems) and e not in doc.boundaries and (stems[o], stems[e]) in load_bigrams():
        return None
    front = "About how many" if about else "How many"
    thing = _the(_object(stems[o], doc.words[o]), stems[o], False)
    return f"{front} {unit} worked on {thing}?"


def _lost(doc: StemmedText, i: int, j: int, unit: str) -> str | None:
    """ "loss around 1400 sailor" -> "About how many sailors died?": "the loss of" (its "of"
    deleted), a hedge or none, and a count of people; asked only where the document says
    "loss" with a count once (one answer)."""
    stems, h = doc.stems, i - 1
    about = _hedged(doc, h)
    if about:
        h -= 1
    if h < 0 or stems[h] != LOSS or doc.classes[h] != lx.WORD or " " in unit \
            or unit not in PEOPLE_COUNTED or j - i > 1 and not (
                j - i == 2 and doc.classes[i + 1] == lx.SCALE) \
            or any(k in doc.boundaries for k in range(h + 1, j + 1)) or _counted_again(doc, h):
        return None
    front = "About how many" if about else "How many"
    return f"{front} {unit} died?"


# The readers other question modules share (edu/extract/named_subjects.py)
adverb_of = _adverb
noun_like = _noun_like


def maybe_decade(doc: StemmedText, i: int) -> bool:
    """A year alone that ends in 0 ("complet 1950"): the stop words may have deleted the
    "the ...s" of a decade ("completed in the 1950s"), so a new shape (round 18p) asks no
    year of it."""
    stem = doc.stems[i]
    return len(stem) == 4 and stem.isdigit() and stem.endswith("0")


def date_words(category: str) -> str | None:
    """The opening of a date question for a date's category ("In which year"), or None."""
    return _DATE_WORDS.get(category)
