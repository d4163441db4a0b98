"""Questions built from stems by templates that are grammatical by construction (issue 15,
seventh round): each template on a short text written for it, preprocessed here, and the
shapes where the stems do not say enough to ask anything."""

from __future__ import annotations

import re

import pytest

from edu.extract import extract_candidates
from edu.extract.candidates import FIRST_PAGE, page_horizon
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

BLANK = "_____"


def _facts(raw: str) -> list:
    text = preprocess(raw)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    return extract_candidates(reading)


# A round figure ("4,200", "5 million", not "150,300") is asked "about how many" since the
# thirteenth round (`stemmed._round_figure`: most such figures had a hedge the stop words
# deleted).


_OTHER_READINGS = re.compile(r"\s+or\s+(?:minus\s+)?\d[\d.,:]*")


def first_reading(answer: str) -> str:
    """"12 or 1.2 million" -> "12 million": an answer as written before round 17n."""
    return _OTHER_READINGS.sub("", answer)


def _prompts(raw: str) -> dict[str, str]:
    """Answer -> its best-ranked draft's prompt."""
    out: dict[str, str] = {}
    for f in _facts(raw):  # "221 or 22.1 or 2.21": a figure of several readings (round 17n)
        out.setdefault(first_reading(f.answer), f.prompt)  # is looked up by its first
    return out


def test_a_measure_after_its_verb() -> None:
    # "metal frame" is a pair English writes: the subject is both words
    prompts = _prompts("The Mill\n\nWhen it was done the metal frame weighed 4,200 tonnes.")
    assert prompts["4,200"] == "About how many tonnes did the metal frame weigh?"


def test_a_count_of_entries_and_a_superlative_subject() -> None:
    # "entries" (-ies) is a plural too; the noun said twice ends a sentence between them
    prompts = _prompts("The Contest\n\nThe competition was held in 1956. The competition "
                       "attracted 233 entries. The highest tower rose 67 metres.")
    assert prompts["233"] == "How many entries did the competition attract?"
    assert prompts["67"] == "How many metres did the highest tower rise?"


def test_a_measure_noun_a_verb_reaches() -> None:
    prompts = _prompts("The Dam\n\nBy 1936 the dam reached a height of 221 metres.")
    assert prompts["221"] == "What height in metres did the dam reach?"


def test_a_column_of_ash_and_an_irregular_past() -> None:
    # "column ash": the column of ash ("of" deleted); "ash rose" is no person (Ash Rose):
    # "rose" is a past tense; "woke" says the volcano woke, it was not woken
    prompts = _prompts("The Volcano\n\nThe volcano woke in 1883. On 26 August a column of "
                       "ash rose to a height of 25 kilometres.")
    assert prompts["25"] == "To what height in kilometres did the column of ash rise?"
    assert prompts["1883"] == "In which year did the volcano wake?"
    assert "Ash Rose" not in prompts


def test_today_sets_a_measure_in_the_present() -> None:
    prompts = _prompts("The Mast\n\nThe mast was built in 1920 and stood 200 metres tall. "
                       "Today, with a light added to the top, the mast reaches a height of "
                       "230 metres.")
    assert prompts["230"] == "What height in metres does the mast reach today?"


def test_a_dimension_after_a_measure() -> None:
    prompts = _prompts("The Column\n\nIn 1790 the town built a column 52 feet tall.")
    assert prompts["52"] == "How many feet tall was the column?"


def test_a_measure_its_modifier_makes_plain() -> None:
    prompts = _prompts("The Flood\n\nThe flood came in 1931. The official death toll was "
                       "1,204 victims. The total cost was 90 million dollars.")
    assert prompts["1,204"] == "What was the death toll?"
    assert prompts["90 million"] == "What was the total cost in dollars?"


def test_a_hedged_cost_keeps_its_hedge() -> None:
    prompts = _prompts("The Canal\n\nIn the end the total cost was around 12 million dollars.")
    assert prompts["12 million"] == "About how many dollars was the total cost?"


def test_a_count_after_a_name_is_asked_in_the_passive() -> None:
    # the "and" between the nouns was deleted; no subject before the verb but a place
    prompts = _prompts("The Storm\n\nThe storm struck the coast of Florida and destroyed 64 "
                       "villages and towns.")
    assert prompts["64"] == "How many villages and towns were destroyed?"


def test_a_count_is_dated_by_a_full_date_before_it() -> None:
    prompts = _prompts("The Volcano\n\nThe volcano erupted in 1883 and a tsunami killed "
                       "36,000 people. On 22 December 2018 part of the cone collapsed and "
                       "caused a tsunami that killed 400 people.")
    assert prompts["400"] == "About how many people did the tsunami kill in 2018?"
    # the same question without its year has two answers: it stays a word window
    assert BLANK in prompts["36,000"]


def test_a_date_before_a_person_and_a_verb() -> None:
    prompts = _prompts("The Paper\n\nOn 12 March 1902 Harold Young submitted his paper. He "
                       "later left.")
    assert prompts["12 March 1902"] == "On which date did Harold Young submit the paper?"
    # the year of that date asks nothing again
    assert BLANK in prompts["1902"]


def test_a_duration_before_a_person_and_a_verb() -> None:
    prompts = _prompts("The Lab\n\nThe physicist Harold Young built a new tube. For six weeks "
                       "Young studied the new rays. Later he left.")
    assert prompts["six"] == "For how many weeks did Harold Young study the new rays?"


def test_who_did_only_where_the_person_is_the_subject() -> None:
    prompts = _prompts("The Lock\n\nThe old lock failed in 1890. The board asked the engineer "
                       "Thomas Whitfield to examine the lock. Harold Young designed a new lock. "
                       "Thomas Whitfield and Harold Young examined the new lock.")
    # not "was the locked failed"; a year ending in 0 said alone is asked as its decade, which
    # is true whether the text wrote "1890" or "the 1890s" (round 22p)
    assert prompts["the 1890s"] == "In which decade did the lock fail?"
    assert prompts["Harold Young"] == "Who designed the new lock?"
    # asked to examine it (the object of "asked"), and one of two who examined it
    assert BLANK in prompts["Thomas Whitfield"]


def test_a_date_that_opens_the_next_clause_is_not_the_clause_before() -> None:
    prompts = _prompts("Notes\n\nThe engineer Harold Young and the doctor Thomas Whitfield met. "
                       "Harold Young then improved the design, and on 23 January 1922 Thomas "
                       "Whitfield received a second copy.")
    assert BLANK in prompts["23 January 1922"]  # not "... did Harold Young improve ...?"


def test_an_age_at_death() -> None:
    prompts = _prompts("The Doctor\n\nThomas Whitfield was a doctor. Thomas Whitfield died "
                       "of fever on 9 June 1941, aged 63.")
    assert prompts["63"] == "At what age did Thomas Whitfield die?"
    assert prompts["9 June 1941"] == "On which date did Thomas Whitfield die?"


def test_a_shared_surname_alone_is_the_one_bearer_named_before_it() -> None:
    # only Harold Young is named when "Young was born": his; after Mary Young is named,
    # "Young died" could be either's
    prompts = _prompts("The Family\n\nThe engineer Harold Young built the mill. Young was born "
                       "on 3 May 1850 in a village. His wife Mary Young ran it. Young died on "
                       "9 June 1921.")
    assert prompts["3 May 1850"] == "On which date was Harold Young born?"
    assert BLANK in prompts["9 June 1921"]


def test_a_past_tense_doubles_where_english_does() -> None:
    prompts = _prompts("The Report\n\nThe report was written by the engineer Harold Young. "
                       "Harold Young submitted the report in 1902.")
    assert "submited" not in " ".join(prompts.values())


@pytest.mark.parametrize("raw", [
    # a pronoun subject was deleted: the noun before the verb ends the phrase before
    "At the Toronto General Hospital he weighed only 65 pounds.",
    "On the way it passed two asteroids, Steins in 2008 and Lutetia in 2010.",
    "It is the longest railway line in the world. It runs for 9,289 kilometres.",
    # "of" was deleted: the frame of the mill, not the mill, weighed it
    "The frame of the mill weighed 4,200 tonnes.",
    # "into" was deleted: the project was divided, it divided nothing
    "The project was divided into three stages.",
    # 70,000 of the city's 80,000 people
    "The fire badly damaged roughly 70,000 of the city's 80,000 inhabitants' homes.",
    # what began is unclear: the work on the foundations, not "the foundation"
    "Work on the foundations began on 28 January 1887.",
    # "the breakthrough" (or "a column 52 feet tall") a reader was never told of
    "The breakthrough came in 1961.",
    "In 1790 the town built a column 52 feet tall.",
    # "remarkably clear": an adjective is no object ("Who recorded the remarkable clear?")
    "Raymond Gosling recorded a remarkably clear image in 1952.",
    # "designer" and "designed" share a stem: a role after a person is no verb
    "The work was done by the engineer Charles Ellis and the bridge designer Leon Moisseiff.",
    # "told them to stop": nothing was told
    "In 1951 the engineer Harold Young told them to stop.",
    # a team of architects was led, not "the architect"
    "The interiors were finished by a team of Australian architects led by Peter Hall.",
    "An estimated 300 million people died of it.",
])
def test_no_template_where_the_stems_are_unclear(raw: str) -> None:
    prompts = _prompts("Notes\n\n" + raw)
    assert all(BLANK in p for p in prompts.values()), prompts


def test_an_office_of_a_place_and_a_role_after_a_naming_verb() -> None:
    prompts = _prompts("The Hall\n\nThe hall was planned in 1955. The Premier of New South "
                       "Wales Joseph Cahill supported it. A French watchmaker named Robert "
                       "Hubert confessed.")
    assert prompts["Joseph Cahill"] == "Who was the premier of New South Wales?"
    assert prompts["Robert Hubert"] == "Who was the French watchmaker?"


def test_the_head_of_a_thing_named_before() -> None:
    prompts = _prompts("The Laboratory\n\nThe laboratory opened in 1874. In 1951 the head of "
                       "the laboratory, Sir Harold Young, told them to stop.")
    assert prompts["Harold Young"] == "Who was the head of the laboratory?"


def test_a_place_before_an_office_may_end_the_sentence_before() -> None:
    # "... New York City. President Thomas Jefferson ...": no "president of New York City"
    prompts = _prompts("The Plan\n\nHe had been mayor of New York City. President Thomas "
                       "Jefferson dismissed the plan.")
    assert not prompts["Thomas Jefferson"].startswith("Who was the president")


def test_a_past_tense_starts_no_person_and_a_count_keeps_its_plural() -> None:
    # "morrow drew tower": Drew is no given name here, so "tower" is no surname
    prompts = _prompts("The Bridge\n\nThe architect Irving Morrow drew the towers in 1930. "
                       "The two towers rose 746 feet above the water.")
    assert "Drew Tower" not in prompts
    assert prompts["746"] == "How many feet did the two towers rise?"


def test_a_city_before_a_common_word_is_no_person() -> None:
    facts = _facts("The House\n\nThe Sydney Opera House opened in 1973. The architect "
                   "Harold Young died in 2008.")
    assert all(f.answer != "Sydney Opera" for f in facts)


CANAL = """The Canal

Work on the canal began in the spring of 1817 under the direction of the state. Thousands of
farmers, immigrants and other workers were paid 80 cents a day to clear forests and dig the
channel by hand. When it was finished in 1825 the canal ran 363 miles from Albany to Buffalo.
The engineers built 83 locks to lift boats over a rise of 568 feet, and 18 aqueducts carried
the channel over rivers. Some 40 feet wide and 4 feet deep, it was a modest ditch, yet it
changed the country. Freight rates fell from 100 dollars a ton to 10 dollars a ton, and the
trip from Buffalo to New York City took eight days instead of 20. Within 12 years the tolls had
paid off the debt of 7 million dollars. About 3,000 boats used it in 1845 and 50,000 people
lived along its banks. New towns grew at Syracuse, Rochester and Lockport, where a double
flight of five locks raised boats 60 feet up the escarpment. The state widened the channel
twice, to 70 feet in 1862 and to 120 feet in 1918, when 57 new locks replaced the old ones.
Traffic peaked in 1855 with 33,000 shipments, then fell as railways took the trade. Today
about 150,000 visitors ride boats on it each summer, and a trail of 360 miles follows its
banks. Historians count 1,200 bridges over it and 35 museums beside it. The official death
toll of its construction was never kept, but doctors recorded 1,000 cases of fever in 1819.
"""


def test_questions_lead_the_first_page_from_within_the_top_k() -> None:
    text = preprocess(CANAL)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    facts = extract_candidates(reading)
    by_score = sorted(facts, key=lambda f: (-(f.score or 0.0), f.source.start, f.id))
    horizon = page_horizon(len(reading.tokens))
    page = facts[:min(FIRST_PAGE, horizon)]  # the page reorders no draft past the horizon
    questions = [f for f in page if BLANK not in f.prompt]
    assert len(questions) >= 2, [f.prompt for f in page]
    # every question of the page stands before every word window of the page
    first_window = next(k for k, f in enumerate(page) if BLANK in f.prompt)
    assert all(BLANK in f.prompt for f in page[first_window:])
    # a question that a word window outscored is still placed first: the page reorders ...
    assert any(BLANK in f.prompt for f in by_score[: by_score.index(questions[-1])])
    # ... only among the drafts the top K holds anyway: the same set as by score alone
    assert {f.id for f in facts[:horizon]} == {f.id for f in by_score[:horizon]}


def test_a_nobel_prize_is_one_object_and_people_share_it() -> None:
    # "first nobel prize physic": a prize's name is one object whatever its length; three
    # people before "shared" are all its subject
    prompts = _prompts("The Ray\n\nWilhelm Roentgen was a German physicist. In 1901 Roentgen "
                       "received the first Nobel Prize in Physics. He gave the prize money "
                       "away.\n\nThe Helix\n\nFrancis Crick was British. James Watson was "
                       "American. Maurice Wilkins was a New Zealander. In 1962 Watson, Crick "
                       "and Wilkins shared the Nobel Prize in Physiology or Medicine.")
    assert prompts["1901"] == \
        "In which year did Wilhelm Roentgen receive the first Nobel Prize in Physics?"
    assert prompts["1962"] == "In which year did James Watson, Francis Crick and Maurice " \
        "Wilkins share the Nobel Prize in Physiology or Medicine?"


def test_a_second_prize_asks_nothing() -> None:
    # "her second Nobel Prize, in Chemistry" is no "second Nobel Prize in Chemistry"
    prompts = _prompts("The Chemist\n\nMarie Curie was a Polish physicist. In 1911 Curie "
                       "received a second Nobel Prize in Chemistry for radium.")
    assert BLANK in prompts["1911"]


def test_a_state_and_its_duration() -> None:
    # "histori volcano": the sentence before ends with a noun; the volcano, the text's topic,
    # is the subject all the same. "island besid dormant": no subject before the state
    prompts = _prompts("The Volcano\n\nThe volcano stands in the strait. In recorded history "
                       "the volcano had been quiet for 200 years when it woke in 1883. The "
                       "island beside it was dormant for three weeks. The volcano later "
                       "erupted.")
    assert prompts["200"] == "For about how many years had the volcano been quiet?"
    assert BLANK in prompts["three"]


def test_a_death_whose_cause_stands_before_its_date() -> None:
    # "died of ovarian cancer on": two words between; "died ... continued the work in 1962":
    # a verb between, the year is no death's
    prompts = _prompts("The Scientist\n\nRosalind Franklin moved to Birkbeck College, where "
                       "she did important work on viruses. She died of ovarian cancer on 16 "
                       "April 1958.\n\nThe Engineer\n\nJohn Smith built the dam. He died, and "
                       "his colleagues continued the work in 1962.")
    assert prompts["16 April 1958"] == "On which date did Rosalind Franklin die?"
    assert BLANK in prompts["1962"]


def test_a_count_in_millions_held_something_together() -> None:
    # "5 million bolt held frame togeth": a count with its scale, its noun, a past verb, its
    # object and the particle that ends the phrase
    prompts = _prompts("The Dam\n\nThe dam was built of concrete. Some 5 million bolts held "
                       "the frame together.")
    assert prompts["5 million"] == "About how many bolts held the frame together?"


def test_a_thing_opened_read_as_a_past_form() -> None:
    # "bridg open 24 may 1883": "open" is a base form as often as a past one; the Reading
    # writes "opened" and a bridge opens by itself; one window's "bridges" is no subject
    prompts = _prompts("The Bridge\n\nThe bridge crosses the river. The builders added extra "
                       "wire to compensate. The bridge opened on 24 May 1883 with a parade.")
    assert prompts["24 May 1883"] == "On which date did the bridge open?"


def test_a_state_of_a_thing_met_as_an_adjective() -> None:
    # "volcan" (volcanic) was said before "volcano": the reader has met it, and with it the
    # text says it three times, its topic
    prompts = _prompts("The Eruption\n\nKrakatoa is a volcanic island in a strait. It had one "
                       "of the deadliest volcanic events in recorded history. The volcano had "
                       "been quiet for 200 years when it came back to life.")
    assert prompts["200"] == "For about how many years had the volcano been quiet?"
    prompts = _prompts("The Eruption\n\nKrakatoa is an island in a strait. In recorded "
                       "history the volcano had been quiet for 200 years.")
    assert BLANK in prompts["200"]  # "the volcano" a reader has not met


def test_a_person_opened_a_thing_of_two_words_on_a_date() -> None:
    # "open concert hall": "open" after a person is a verb, the pair the books hold its object
    prompts = _prompts("The Hall\n\nThe hall stands by the harbour. Queen Elizabeth II opened "
                       "the concert hall on 20 October 1973. The architect John Smith received "
                       "the letter on 2 May 1970.")
    assert prompts["20 October 1973"] == "On which date did Elizabeth II open the concert hall?"
    assert prompts["2 May 1970"] == "On which date did John Smith receive the letter?"


def test_a_lasting_participle_and_its_duration() -> None:
    # "canal block six day": the canal was blocked for six days; "road close two year later":
    # a span after which, no duration; "engin block gate three week": the gate, no subject
    raw = ("The Canal\n\nThe canal links two seas. In 2021 a large ship ran aground and the "
           "canal was blocked for six days. The road closed two years later. The engineers "
           "blocked the gate for three weeks.")
    prompts = _prompts(raw)
    assert prompts["six"] == "For how many days was the canal blocked?"
    assert not any(f.prompt.startswith("For how many years") for f in _facts(raw))
    assert BLANK in prompts["three"]


def test_born_as_a_name_in_a_place_on_a_date() -> None:
    # "born maria sklodowska warsaw 7 novemb 1867": the name she was born with, the place,
    # then the date
    prompts = _prompts("The Chemist\n\nThe chemist who did pioneering research on "
                       "radioactivity was born Maria Sklodowska in Warsaw on 7 November 1867. "
                       "She was the youngest of five children.")
    assert prompts["7 November 1867"] == "On which date was Maria Sklodowska born?"


def test_a_rate_whose_subject_is_the_clause_befores() -> None:
    # "tower reach height 330 metr repaint everi seven year": "It is repainted" -- the tower,
    # the subject of the clause before ("today": in the present); "chip would doubl everi
    # two year": no clause between, the chip's number doubles, no question
    prompts = _prompts("The Tower\n\nThe tower stands by the river. Today, with antennas added "
                       "at the top, the tower reaches a height of 330 metres. It is repainted "
                       "every seven years. The tower is visited by millions.\n\nThe Chip\n\n"
                       "The number of transistors on a chip would double every two years, said "
                       "the engineer. Chips, chips and chips.")
    assert prompts["seven"] == "Every how many years is the tower repainted?"
    assert BLANK in prompts["two"]


def test_people_who_died_during_an_event() -> None:
    # "estim 27 men die construct": "during" deleted before the event noun; "three men die
    # mani injur": no event, no question
    prompts = _prompts("The Bridge\n\nThe bridge cost 15 million dollars, and an estimated 27 "
                       "men died during construction. At least three men died and many were "
                       "injured.")
    assert prompts["27"] == "How many men died during construction?"
    assert BLANK in prompts["three"]


def test_money_does_nothing() -> None:
    # "bond worth 35 million dollar approv voter": approved by the voters ("by" deleted)
    prompts = _prompts("The Bond\n\nIn 1930 the district sold a bond. The bond was worth 35 "
                       "million dollars, approved by voters.")
    assert BLANK in prompts["35 million"]


def test_opened_to_the_public_and_a_passive_count() -> None:
    # "tunnel open public 25 march 1843": "to the" deleted; "46 bodi ever recov": the adverb
    # marks a passive (46 bodies were ever recovered); "40 worker later built": people do
    # things, no passive
    prompts = _prompts("The Tunnel\n\nThe tunnel was dug under the river. The tunnel opened "
                       "to the public on 25 March 1843. In a flood only 46 bodies were ever "
                       "recovered. 40 workers later built the new shaft.")
    assert prompts["25 March 1843"] == "On which date did the tunnel open to the public?"
    assert prompts["46"] == "How many bodies were ever recovered?"
    assert BLANK in prompts["40"]


def test_which_bridge_and_construction_of_what() -> None:
    # "second bridg complet": the second bridge (the first was finished earlier); "construct began":
    # construction of the document's topic, the noun it says most; "bouch design construct
    # began": he designed it, and construction began (no "Who designed the construction?");
    # "85 span carri iron pier": carried on iron piers, the iron carried nothing
    prompts = _prompts("The Bridge\n\nThe bridge crossed the firth. The bridge was long. "
                       "Thomas Bouch designed it and construction began in 1871. It had 85 "
                       "spans carried on iron piers. The bridge fell. The second bridge was "
                       "completed on 20 June 1887.")
    assert prompts["1871"] == "In which year did the construction of the bridge begin?"
    assert prompts["20 June 1887"] == "On which date was the second bridge completed?"
    assert prompts.get("Thomas Bouch", "") != "Who designed the construction?"
    assert BLANK in prompts["85"]


def test_a_title_before_a_verb_stem_is_a_noun() -> None:
    # "chief design thoma andrew": the chief designer ("designer" stems as "design")
    prompts = _prompts("The Ship\n\nThe ship entered service in 1912. Her chief designer was "
                       "Thomas Andrews.")
    assert prompts.get("Thomas Andrews", "") != "Who designed the chief?"


def test_a_size_that_stands_and_what_it_weighs() -> None:
    # "gold mask stand 54 centimetr high weigh 10 kilogram": the gold mask (a material before
    # it is no deleted "of") stands 54 cm high and weighs 10 kg; "coffin made solid gold weigh
    # 110 kilogram": the coffin weighed, not "the solid gold"
    prompts = _prompts("The Mask\n\nThe mask was found in 1925. The famous gold mask stands "
                       "54 centimetres high and weighs 10 kilograms. The inner coffin, made of "
                       "solid gold, weighs 110 kilograms.")
    assert prompts["54"] == "How many centimetres high was the gold mask?"
    assert prompts["10"] == "How many kilograms did the gold mask weigh?"
    assert BLANK in prompts["110"]


def test_a_heavier_shield_and_work_begun_at_a_place() -> None:
    # "new heavier shield weigh 140 tonn": a comparative opens the subject; "work began
    # rotherhith februari 1825": at a place, on the document's topic (the tunnel)
    prompts = _prompts("The Tunnel\n\nThe tunnel ran under the river. Work began at "
                       "Rotherhithe in February 1825. The tunnel flooded. In 1836 a new, heavier "
                       "shield weighed 140 tonnes. The tunnel opened later.")
    assert prompts["February 1825"] == "In which month and year did work on the tunnel begin?"
    assert prompts["140"] == "About how many tonnes did the heavier shield weigh?"


def test_a_count_a_verb_before_takes_is_no_subject() -> None:
    # "climb 354 step reach": visitors climbed the steps (to reach the crown); the steps reach
    # nothing
    prompts = _prompts("The Crown\n\nThe crown has windows. Visitors climbed 354 steps to reach "
                       "the crown.")
    assert prompts["354"] != "How many steps reached the crown?"


def test_the_new_one_and_who_designed_it() -> None:
    # "new doubletrack tay bridg design william henri barlow": the new bridge ("by" deleted);
    # the first bridge had another designer
    prompts = _prompts("The Bridge\n\nThe bridge crossed the firth. The bridge fell in 1879. "
                       "The new double-track Tay Bridge was designed by William Henry Barlow.")
    assert prompts["William Henry Barlow"] == "Who designed the new bridge?"


def test_a_verb_after_a_count_is_no_second_noun() -> None:
    # "nasa built two probe visit outer planet": probes built to visit the planets, not
    # "probes and visits"
    prompts = _prompts("The Probes\n\nNASA built two probes to visit the outer planets.")
    assert prompts["two"] == "How many probes were built?"


def test_finally_marks_no_passive() -> None:
    # "two line final met": the two lines finally met (each other); no "were finally met"
    prompts = _prompts("The Railroad\n\nThe railroad crossed the plains. In 1869 the two lines "
                       "finally met in Utah.")
    assert prompts.get("two", "") != "How many lines were finally met?"


# Tenth round (preprocessed first page): questions whose subject the stems name plainly.

def test_a_lone_foreign_name_before_born_is_the_person() -> None:
    # "thor" is no given name of the list, so no person is found; "Vandersloot", a name no
    # English word spells and said twice, right before "born" is the one born
    prompts = _prompts("The Crossing\n\nIn 1950 a sailor named Tor Vandersloot crossed the "
                       "sea. Vandersloot, who was born in Narvik in 1919, built the boat himself.")
    assert prompts["1919"] == "In which year was Vandersloot born?"


def test_a_place_before_born_is_no_person() -> None:
    # "Narvik" is said once: no name the text repeats, so nobody is asked about
    prompts = _prompts("The Crossing\n\nThe old harbour was rebuilt. Narvik born 1919 sailors "
                       "came later.")
    assert prompts.get("1919", "").startswith("In which year was") is False


def test_an_occupation_after_a_name_is_no_surname() -> None:
    # "alic kober classicist": Alice Kober, then her occupation; her death and age asked
    prompts = _prompts("The Script\n\nEarly help came from Alice Kober, a classicist at a "
                       "college in New York. Kober died in 1950, aged 43.")
    assert "Alice Kober" in prompts
    assert "Alice Kober Classicist" not in prompts
    assert prompts["1950"] == "In which year did Alice Kober die?"
    assert prompts["43"] == "At what age did Alice Kober die?"
    aged = _facts("The Script\n\nEarly help came from Alice Kober. Kober died in 1950, aged 43, "
                  "before the script was read.")
    assert [f.unit for f in aged if f.answer == "43"] == [None]  # not "43 scripts"


def test_a_counted_noun_is_no_surname() -> None:
    # "halley comet": the text counts comets ("24 comets"), so "Comet" is no surname and
    # the comet's "died" (a man's, said after "comet appeared") asks nothing of "Halley Comet"
    facts = _facts("The Comet\n\nEdmond Halley studied 24 comets. Halley's Comet came back. "
                   "The writer was born when the comet appeared, and died on 21 April 1910.")
    assert all(f.answer != "Halley Comet" for f in facts)
    assert all("Halley Comet" not in f.prompt for f in facts)


def test_a_described_object_a_person_found() -> None:
    # "found wooden write tablet 1973": found (not founded) the wooden writing tablets
    prompts = _prompts("The Fort\n\nAt the fort the archaeologist Robin Birley found wooden "
                       "writing tablets in 1973.")
    assert prompts["1973"] == "In which year did Robin Birley find the wooden writing tablets?"


def test_things_counted_before_a_verb_only_people_do_are_its_object() -> None:
    # "seven scroll sold dealer": the scrolls were sold to a dealer, they sold nothing
    prompts = _prompts("The Scrolls\n\nThe shepherds took seven scrolls and sold them to a "
                       "dealer. Four scrolls were bought by the archbishop.")
    assert not prompts["seven"].startswith("How many scrolls sold")
    assert not prompts["four"].startswith("How many scrolls bought")


def test_a_people_abandoned_a_thing_no_state_of_theirs() -> None:
    # "roman abandon twenti year": the Romans abandoned it after twenty years
    prompts = _prompts("The Wall\n\nThe Romans built a wall of turf. The Romans abandoned it "
                       "after about twenty years and returned south.")
    assert "roman" not in prompts["twenty"].lower() or BLANK in prompts["twenty"]


def test_a_number_before_a_designated_name_counts_nothing() -> None:
    # "mach 244 bell x1a": Mach 2.44 in the Bell X-1A, no count of bells, so Lawrence Bell
    # is still a person
    facts = _facts("The Aircraft\n\nThe company was founded by Lawrence Bell in Buffalo. "
                   "Later the aircraft reached Mach 2.44 in the Bell X-1A in 1953.")
    assert any(f.answer == "Lawrence Bell" for f in facts)


def test_an_event_that_lasted_and_a_group_that_numbered() -> None:
    # "voyag last 101 day": the voyage lasted (not "the last 101 days"); "crew number six
    # men": the crew numbered six men; "time raft cover distanc": during that time the raft
    prompts = _prompts("The Raft\n\nThe raft set out on its voyage in April. The crew numbered "
                       "six men. They drank rainwater. The voyage lasted 101 days. During that "
                       "time the raft covered a distance of 6,900 kilometres.")
    assert prompts["101"] == "How many days did the voyage last?"
    assert prompts["six"] == "How many men were in the crew?"
    assert prompts["6,900"] == "What distance in kilometres did the raft cover?"


def test_the_last_years_of_a_thing_ask_no_lasting() -> None:
    # "bridg last two year": "in the last two years" of a bridge, no event that lasted
    prompts = _prompts("The Bridge\n\nThe bridge was painted. Work on the bridge in the last "
                       "two years cost a great deal.")
    assert "last?" not in prompts.get("two", "")


def test_a_person_broke_a_count_of_things() -> None:
    # "yeager broke two rib fell hors": his ribs, when he fell; not "How many ribs fell?"
    facts = _facts("The Pilot\n\nThe pilot was Captain Charles Yeager. Two nights before "
                   "the flight Yeager broke two ribs when he fell from a horse.")
    ribs = [f.prompt for f in facts if f.unit == "ribs"]
    assert ribs == ["How many ribs did Charles Yeager break?"]


def test_a_dated_event_killed_a_count() -> None:
    # "flood 12 januari 1828 kill six men": the flood of that date, which the reader need not
    # have met; a thing that is no event asks no such question
    prompts = _prompts("The Tunnel\n\nThe river broke in twice. A second flood on 12 January "
                       "1828 killed six men.")
    assert prompts["six"] == "How many men did the second flood of 12 January 1828 kill?"
    prompts = _prompts("The Tunnel\n\nThe great bridge of 1828 carried six men.")
    assert "1828" not in prompts.get("six", "") or BLANK in prompts.get("six", "")


def test_who_did_a_thing_the_reading_writes_as_past() -> None:
    # "roosevelt dedic dam": "dedicated", which the verb tables do not hold; "the dam" was
    # said before
    prompts = _prompts("The Dam\n\nThe dam was finished early. President Franklin Roosevelt "
                       "dedicated the dam on 30 September 1935.")
    assert prompts["Franklin Roosevelt"] == "Who dedicated the dam?"


def test_who_made_the_first_of_a_thing() -> None:
    # "kilbi built first integr circuit put": the first integrated circuit needs no mention
    # before; an -ly adverb ends an object too ("saw iceberg directli")
    prompts = _prompts("The Chip\n\nIn 1958 the engineer Jack Kilby built the first integrated "
                       "circuit, which put several parts on one chip.")
    assert prompts["Jack Kilby"] == "Who built the first integrated circuit?"
    prompts = _prompts("The Ship\n\nThe ship hit an iceberg. The lookout Frederick Fleet saw "
                       "the iceberg directly ahead.")
    assert prompts["Frederick Fleet"] == "Who saw the iceberg?"


def test_a_role_question_yields_the_page_to_what_the_person_did() -> None:
    # "Who was the English archaeologist?" and "In which year did Howard Carter die?" give
    # each other away; the question of what he did takes the page first
    # (padded with sentences of no fact, so that the page may reorder the first drafts)
    filler = " ".join(f"Visitors admire the painted walls and golden chests of room {word}."
                      for word in ("north", "south", "east", "west") * 6)
    facts = _facts("The Tomb\n\nThe tomb was found by the English archaeologist Howard Carter "
                   f"in 1922. {filler} Many years afterwards Carter died in London in 1939.")
    page = [f.prompt for f in facts[:FIRST_PAGE] if BLANK not in f.prompt]
    assert "In which year did Howard Carter die?" in page
    assert "Who was the English archaeologist?" in [f.prompt for f in facts]
    assert page.index("In which year did Howard Carter die?") == 0


def test_a_window_printing_a_questions_answer_leaves_the_page() -> None:
    # "How many men were in the crew?" on the page: the window "... crew number six men _____
    # norwegians ..." prints its answer, so it waits below the other windows
    # (other counts around it, so that the page has windows enough to choose from)
    filler = " ".join(f"On day {k} the sailors caught {k + 30} tuna near a reef of coral."
                      for k in range(10, 40))
    facts = _facts("The Raft\n\nThe raft set out in April. The crew numbered six men. Five of "
                   f"them were Norwegians. {filler} The voyage lasted 101 days.")
    page = [f.prompt for f in facts[:FIRST_PAGE]]
    assert "How many men were in the crew?" in page
    assert not [p for p in page if "six men" in p.lower()]


def test_where_a_person_was_born_or_died() -> None:
    # "heyerdahl born larvik 1914": the place between "born" and the date; "carter die london
    # 1939": where he died; a name after "born" that runs on is no place ("born as ...")
    prompts = _prompts("The Crossing\n\nIn 1950 a sailor named Tor Vandersloot crossed the "
                       "sea. Vandersloot, who was born in Narvik in 1919, built the boat himself. "
                       "The archaeologist Howard Carter died in London in 1939.")
    assert prompts["Narvik"] == "Where was Vandersloot born?"
    assert prompts["London"] == "Where did Howard Carter die?"


def test_a_count_in_millions_before_a_sum_is_money() -> None:
    # "cost roughli 7 million state recov sum": the state recovered the sum, which was money
    prompts = _prompts("The Canal\n\nThe whole project cost roughly 7 million, and the state "
                       "recovered the sum from tolls.")
    assert prompts.get("7 million", "") != "How many states recovered the sum?"


def test_a_window_printing_a_date_in_lower_case_gives_it_away() -> None:
    # "... board boat 31 march 1825 sail 14 mile": the window of 14 prints "31 march 1825" (the
    # Reading writes the month a verb too in lower case), the answer of "On which date did the
    # canal officially open?": it waits below the other windows, though it scores best
    filler = " ".join("The diggers worked hard in the heat and the rain." for _ in range(30))
    facts = _facts("The Canal\n\nThe canal was dug by hand. The canal officially opened on 31 "
                   f"March 1825. {filler} Governor Clinton boarded a boat on 31 March 1825 and "
                   f"sailed 14 miles. {filler} Each new basin held 83 barges.")
    page = [f.prompt for f in facts[:FIRST_PAGE]]
    assert page[0] == "On which date did the canal officially open?"
    shows = [k for k, p in enumerate(page) if "31 march 1825" in p and BLANK in p]
    assert shows and shows[-1] == len(page) - 1


def test_a_question_naming_several_people_yields_to_their_role_questions() -> None:
    # "1945 fleme florey chain share nobel prize ...": one question that would give away the
    # three role questions waits below them
    filler = " ".join("The mould grew slowly on the plates in the warm room." for _ in range(30))
    facts = _facts("The Drug\n\nThe Scottish bacteriologist Alexander Fleming found the mould. "
                   "The Australian pathologist Howard Florey and the German-born biochemist "
                   f"Ernst Chain purified it. {filler} In 1945 Fleming, Florey and Chain shared "
                   "the Nobel Prize in Physiology or Medicine.")
    page = [f.prompt for f in facts[:FIRST_PAGE]]
    nobel = next(k for k, p in enumerate(page) if "Nobel Prize" in p and BLANK not in p)
    assert page.index("Who was the Scottish bacteriologist?") < nobel
    assert page.index("Who was the German-born biochemist?") < nobel


def test_the_largest_city_in_the_world_has_no_world_population() -> None:
    # "largest citi world popul": "in the world" deleted, so no "What was the world population?"
    prompts = _prompts("The City\n\nLondon was the largest city in the world, with a population "
                       "of 2,500,000 people.")
    assert prompts.get("2,500,000") != "What was the world population?"


def test_a_counted_unit_that_ran_on_is_the_questions_noun() -> None:
    # "estim 27 men die construct": "How many men died during construction?", answer "27 men"
    facts = _facts("The Bridge\n\nAn estimated 27 men died during construction.")
    asked = [f for f in facts if f.prompt == "How many men died during construction?"]
    assert [f.unit for f in asked] == ["men"]


def test_a_count_after_a_verb_of_into_is_no_passive() -> None:
    # "translat 70 languag": the book was translated into 70 languages; the languages were not
    prompts = _prompts("The Book\n\nThe book was published in 1948, became a bestseller and was "
                       "eventually translated into about 70 languages.")
    assert prompts.get("70") != "How many languages were translated?"


def test_people_who_walked_across_the_topic() -> None:
    # "first day 150300 peopl walk across bridg": across the bridge, on the day said before
    prompts = _prompts("The Bridge\n\nThe bridge opened in May. The bridge was lit. On that "
                       "first day, 150,300 people walked across the bridge.")
    assert prompts["150,300"] == "How many people walked across the bridge on the first day?"
    prompts = _prompts("The Bridge\n\nThe bridge was built by many men. The bridge opened to "
                       "walkers on 27 March 1937, and 200,000 people walked across it that day.")
    assert prompts["200,000"] == "About how many people walked across the bridge on 27 March 1937?"


def test_a_unit_or_a_noun_counted_after_an_adjective_names_no_person() -> None:
    # "4300 mile crew met": no "Miles Crew"; "600 similar tablet" counts tablets, so "clay
    # tablet" is no "Clay Tablet" (Clay is a given name too)
    facts = _facts("The Raft\n\nThe raft covered 6,900 kilometres, or roughly 4,300 miles. The "
                   "crew met sharks.")
    assert all(f.answer != "Miles Crew" for f in facts)
    facts = _facts("The Script\n\nWorkers found thousands of small clay tablets covered with an "
                   "unknown script. Later he found more than 600 similar tablets at Pylos.")
    assert all(f.answer != "Clay Tablet" for f in facts)


def test_hung_is_a_past_and_insisted_needs_its_on() -> None:
    # "sail hung mast": no person "Hung Mast"; "strauss insist safeti net": insisted on a
    # safety net, so no "Who insisted the safety net?"
    facts = _facts("The Raft\n\nA square sail was hung from a mast made of mangrove wood.")
    assert all(f.answer != "Hung Mast" for f in facts)
    prompts = _prompts("The Bridge\n\nA safety net saved lives. The engineer Joseph Strauss "
                       "insisted on a safety net hung under the deck.")
    assert not prompts.get("Joseph Strauss", "").startswith("Who insisted")


def test_a_law_named_after_the_object_asks_no_who() -> None:
    # "lincoln sign pacif railway act": he signed the Pacific Railway Act, not "the pacific
    # railway"
    prompts = _prompts("The Railroad\n\nThe railway was long. In 1862 President Abraham Lincoln "
                       "signed the Pacific Railway Act, which gave the builders loans.")
    assert prompts.get("Abraham Lincoln") != "Who signed the pacific railway?"


def test_a_rare_third_name_word_said_again_is_the_surname() -> None:
    # "johann elert bode ... bode name adopt": Johann Elert Bode, not "Johann Elert"
    facts = _facts("The Planet\n\nThe German astronomer Johann Elert Bode suggested Uranus. "
                   "Bode's name was gradually adopted.")
    assert any(f.answer == "Johann Elert Bode" for f in facts)
    assert all(f.answer != "Johann Elert" for f in facts)


def test_a_lone_name_before_died_with_another_person_before_asks_no_one():
    """A name the scan did not make a person, said twice, right before "died", with a person
    read a few words before it (here the balloon "Le Flesselles"): whose death it is the
    stems do not say. This raised KeyError in `edu extract` (a new user's tuning text), and
    the person before it must not be asked about either."""
    raw = ("The Balloon Flights\n\nPilatre de Rozier was the first man to fly in a balloon, "
           "and Rozier flew again in 1784.\n\nIn December 1783 King Louis XVI raised Pierre "
           "Montgolfier to the nobility, and the family was allowed to use the name de "
           "Montgolfier. Joseph made his only flight on 19 January 1784, when the huge balloon "
           "Le Flesselles carried seven people above Lyon. Pilatre de Rozier died on 15 June "
           "1785 while trying to cross the English Channel.\n")
    prompts = [f.prompt for f in _facts(raw)]
    assert prompts
    assert not [p for p in prompts if "Flessel" in p and ("die" in p or "born" in p)
                and "_____" not in p]


# Eleventh round: the questions a blind teacher asked for in place of word windows.

def test_a_dimension_of_a_thing_the_text_returns_to_and_what_it_carried() -> None:
    # "the deck" is first said with its width, after a bridge's name ended the sentence
    # before, and said alone twice more: the text's own deck; what it carried follows the
    # measure ("deck 24 feet wide carri three lane")
    prompts = _prompts("The Ferry Bridge\n\nThe crossing opened in 1890, a year after the "
                       "Severn Bridge. The deck was just 24 feet wide and carried three lanes "
                       "of traffic. In storms the deck shook, and in 1950 the deck was rebuilt.")
    assert prompts["24"] == "How many feet wide was the deck?"
    assert prompts["three"] == "How many lanes did the deck carry?"


def test_a_thing_a_measure_is_compared_with_is_no_subject() -> None:
    # "looks like a pocket watch, 13 centimetres across": the watch is not what is measured
    prompts = _prompts("The Clock\n\nThe fourth clock looks like a large pocket watch, 13 "
                       "centimetres across. The watch was tested at sea. The watch kept time.")
    assert not prompts["13"].startswith("How many")


def test_a_dimension_today_and_a_pair_the_text_repeats() -> None:
    # "burial mound" is no pair of the books' list, but the text says it twice; "today"
    # after the measure puts it in the present
    prompts = _prompts("The Tomb\n\nThe king lies under a burial mound near the river. "
                       "Eroded by rain, the king's burial mound is 40 metres high today.")
    assert prompts["40"] == "How many metres high is the burial mound today?"


def test_what_a_body_paid_a_person() -> None:
    # a verb of giving, the person who got it and the sum; the year before the subject dates it
    prompts = _prompts("The Prize\n\nThe committee met in London. Samuel Fenwick sent his "
                       "design. After good results the committee paid Fenwick 5,000 pounds. "
                       "In 1790 the committee awarded Fenwick 800 pounds more.")
    assert prompts["5,000"] == "About how many pounds did the committee pay Samuel Fenwick?"
    assert prompts["800"] == "About how many pounds did the committee award Samuel Fenwick in 1790?"


def test_people_killed_and_homes_destroyed_are_asked_in_the_passive() -> None:
    # a count of people and "killed" after it: they were killed; "destroyed 45 houses": the
    # houses were destroyed, whoever destroyed them
    prompts = _prompts("The Storm\n\nThe storm reached the coast in March. In total 120 "
                       "people were killed. The flood destroyed 45 houses near the harbour.")
    assert prompts["120"] == "About how many people were killed?"
    assert prompts["45"] == "How many houses were destroyed?"


def test_two_killings_ask_no_passive_question() -> None:
    # two counts killed: "How many men were killed?" would have two answers
    prompts = _prompts("The Mine\n\nA fire in the mine killed 12 men. A later flood killed "
                       "30 miners.")
    assert prompts["12"] != "How many men were killed?"
    assert prompts["30"] != "How many miners were killed?"


def test_how_long_a_named_model_took_to_build_and_what_another_weighed() -> None:
    # a designated name (letters and a number) needs no earlier mention; "finished in 1735
    # and weighed": the clause between the name and "weighed" is skipped
    prompts = _prompts("The Clocks\n\nThe first clock, called K1, was finished in 1735 and "
                       "weighed 30 kilograms. He designed K2, followed by K3, which took 12 "
                       "years of building.")
    assert prompts["30"] == "How many kilograms did K1 weigh?"
    assert prompts["12"] == "How many years did K3 take to build?"


def test_a_group_thought_to_number_about_so_many() -> None:
    prompts = _prompts("The Ship\n\nThe ship sank in 1545. The crew is thought to have "
                       "numbered around 300 men.")
    assert prompts["300"] == "About how many men were in the crew?"


def test_who_founded_a_company() -> None:
    # "found" after a company and before a person: founded by him (one finds no company)
    prompts = _prompts("The Glassworks\n\nThe glass company was founded by Edwin Marsh in "
                       "Boston. It made bottles.")
    assert prompts["Edwin Marsh"] == "Who founded the glass company?"


def test_the_loss_of_so_many_people_asks_how_many_died() -> None:
    prompts = _prompts("The Fleet\n\nIn 1691 three ships struck the rocks and sank, with the "
                       "loss of around 900 sailors.")
    assert prompts["900"] == "About how many sailors died?"


def test_what_a_thing_gained_and_no_question_of_at_least_so_many() -> None:
    # "gained about 74 kilograms": a measure after its verb; "at least 140 people were
    # killed" is a bound, no count a question asks ("How many people were killed?": 140)
    prompts = _prompts("The Willow\n\nA willow grew in a pot for five years. The tree gained "
                       "about 74 kilograms.\n\nThe Border\n\nHistorians now count at least "
                       "140 people who were killed at the border.")
    assert prompts["74"] == "How many kilograms did the tree gain?"
    assert prompts["140"] != "How many people were killed?"


def test_a_thing_after_its_measure_builds_nothing() -> None:
    # "the tower, 35 metres tall, was built from 2,500 blocks": not "How many blocks did the
    # tower build?"
    prompts = _prompts("The Light\n\nThe tower stands on a reef. Work began in 1807. The "
                       "tower, 35 metres tall, was built from 2,500 blocks of granite and "
                       "sandstone. The tower was lit in 1811.")
    assert prompts["2,500"] != "How many blocks did the tower build?"


def test_who_drew_the_plans_for_a_thing() -> None:
    # "the original plans for the crossing were drawn by": what was drawn is the plans, the
    # "for" deleted; "drawn" before a person is a participle
    prompts = _prompts("The Crossing\n\nThe crossing was one of the famous lessons of "
                       "engineering. The original plans for the crossing were drawn by Clark "
                       "Hollister, an engineer of the state.")
    assert prompts["Clark Hollister"] == "Who drew the original plan?"


def test_how_many_of_a_towns_people_an_event_killed() -> None:
    # "Londoners" stems as the town: its people, counted, after a dated event
    prompts = _prompts("The Drains\n\nThe river was foul. The cholera epidemic of 1848 and "
                       "1849 killed 14,000 Londoners, and a further outbreak followed.")
    assert prompts["14,000"] == "About how many Londoners did the epidemic of 1848\u20131849 kill?"
