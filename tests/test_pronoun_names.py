"""Every raw draft names what it is about, fill-ins too (issue 15, round 20n): a bare "she",
"the company" and "That same year" are said by the name or date they stand for where the
text makes it sure, and left where it does not (invented texts)."""

from __future__ import annotations

import pytest

from edu.extract.pronoun_names import leans_on_pronoun, named_draft

LIFE = (
    "Ada Brennan: A Life in Glass\n\n"
    "Ada Brennan was born on 3 May 1901 in Leeds, the daughter of a miner. Her father died "
    "when she was six. She studied physics at Manchester and graduated in 1923. In 1930 she "
    "joined the glass company Pilkington Brothers Ltd as a chemist. She found a way to "
    "toughen glass in 1934, and the company sold it as Brenite in 1936.\n"
)


def _span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def _named(prompt: str, text: str, sentence: str, answer: str) -> str:
    return named_draft(prompt, text, *_span(text, sentence), answer)


@pytest.mark.parametrize(("prompt", "sentence", "answer", "expected"), [
    ("She studied physics at Manchester and graduated in which year?",
     "She studied physics at Manchester and graduated in 1923.", "1923",
     "Brennan studied physics at Manchester and graduated in which year?"),
    ("In _____ she found a way to toughen glass.",
     "She found a way to toughen glass in 1934", "1934",
     "In _____ Brennan found a way to toughen glass."),
    ("In which year did the company sell it as Brenite?",
     "and the company sold it as Brenite in 1936.", "1936",
     "In which year did Pilkington Brothers Ltd sell it as Brenite?"),
])
def test_a_bare_she_and_the_company_are_named(prompt: str, sentence: str, answer: str,
                                              expected: str) -> None:
    assert _named(prompt, LIFE, sentence, answer) == expected


def test_a_name_is_never_the_answer() -> None:
    prompt = "In which year did the company sell it as Brenite?"
    sentence = "and the company sold it as Brenite in 1936."
    assert _named(prompt, LIFE, sentence, "Pilkington Brothers Ltd") == prompt


TWO_MEN = (
    "Joseph Lister\n\n"
    "Joseph Lister was born in 1827 in Essex. His father, Joseph Jackson Lister, was a wine "
    "merchant. Lister studied in London, where he learned to use a microscope. In 1853 "
    "Lister went to Edinburgh to work under James Syme, the finest surgeon in Scotland. "
    "He married Agnes in 1856. In 1860 he was appointed professor at Glasgow.\n"
)


def test_he_is_the_subject_carried_along_not_the_man_named_last() -> None:
    # James Syme is named nearest before "He"; the sentence's subject, Lister, is meant
    assert _named("He married Agnes in _____.", TWO_MEN, "He married Agnes in 1856.", "1856") \
        == "Lister married Agnes in _____."
    assert _named("In 1860 he was appointed _____ at Glasgow.", TWO_MEN,
                  "In 1860 he was appointed professor at Glasgow.", "professor") \
        == "In 1860 Lister was appointed _____ at Glasgow."


def test_he_after_two_men_in_one_sentence_is_left() -> None:
    text = ("Tom Hale and Bill Orr met in Paris in 1920, and both painted. "
            "He sold his first picture in 1921.\n")
    prompt = "He sold his first picture in which year?"
    assert _named(prompt, text, "He sold his first picture in 1921.", "1921") == prompt


def test_she_beside_an_unnamed_woman_is_left() -> None:
    text = ("Tom Hale was a painter. Tom Hale married a young woman from Lyon in 1920. "
            "She opened a gallery in 1925.\n")
    prompt = "She opened a gallery in which year?"
    assert _named(prompt, text, "She opened a gallery in 1925.", "1925") == prompt


DATED = (
    "The Orwell Bridge\n\n"
    "The Orwell Bridge opened to traffic in 1982. That same year, the ferry service across "
    "the river closed after 300 years. On 4 March 1990 the bridge was closed by a storm. "
    "The same day, a lorry overturned on its approach.\n"
)


def test_a_dangling_same_year_and_same_day_take_the_date_before() -> None:
    assert _named("That same year, the _____ service across the river closed after 300 "
                  "years.", DATED, "That same year, the ferry service across the river closed "
                  "after 300 years.", "ferry") \
        == "In 1982, the _____ service across the river closed after 300 years."
    assert _named("The same day, a _____ overturned on its approach.", DATED,
                  "The same day, a lorry overturned on its approach.", "lorry") \
        == "On 4 March 1990, a _____ overturned on its approach."


def test_two_acts_leave_the_act_alone() -> None:
    text = ("Roads in America\n\n"
            "The Federal Aid Highway Act of 1944 planned a network. The Federal Aid Highway "
            "Act of 1956 paid for it. The act created a trust fund in 1956.\n")
    prompt = "The act created a _____ in 1956."
    assert _named(prompt, text, "The act created a trust fund in 1956.", "trust fund") \
        == prompt


def test_the_mark_of_a_bare_pronoun() -> None:
    assert leans_on_pronoun("She hoped to become a doctor in which place?", "Buffalo") == "She"
    assert leans_on_pronoun("Kwolek's father died when she was _____.", "ten") == ""


def test_its_is_only_the_titled_thing() -> None:
    # "the Astronomer Royal" opens the sentence before; "Its distance" is the planet's
    text = ("Herschel and the Discovery of Uranus\n\n"
            "Herschel saw the new body in 1781. The Astronomer Royal confirmed that it moved. "
            "Its distance from the Sun was about 19 times that of the Earth.\n")
    prompt = "Its distance from the Sun was about _____ times that of the Earth."
    assert _named(prompt, text, "Its distance from the Sun was about 19 times that of the "
                  "Earth.", "19") == prompt
    rocket = ("Stephenson's Rocket\n\n"
              "Rocket was built in Newcastle in 1829. Its boiler held 25 copper tubes.\n")
    assert _named("Its boiler held how many copper tubes?", rocket,
                  "Its boiler held 25 copper tubes.", "25") \
        == "Rocket's boiler held how many copper tubes?"


def test_a_fronted_question_names_the_sentence_one_pronoun() -> None:
    # round 20q fronts the question, so the word after "she" is no longer the sentence's;
    # the sentence's one "she" is still the one the question holds
    text = ("Mary Kingsley was a British explorer.\n\nKingsley was born in London in 1862. "
            "She studied physics at home, and travelled to West Africa in 1893.")
    start = text.index("She")
    assert named_draft("In which year did she travel to West Africa?", text, start,
                       len(text), "1893") == "In which year did Kingsley travel to West Africa?"


def test_the_kind_is_never_said_by_a_name_the_parse_cut_short() -> None:
    # spaCy's entity holds only "l'Italia" of "Autostrade per l'Italia": held-out set 22's
    # reviewer dropped three drafts of "l'Italia's chief executive" as garbled
    text = ("Bridge Falls in Storm\n\nThe viaduct was operated by Autostrade per l'Italia, "
            "Italy's largest motorway company, which is controlled by the Atlantia group. On "
            "Saturday the company's chief executive, Marco Rossi, apologised to the families.")
    prompt = "On Saturday the company's chief executive, _____, apologised to the families."
    assert named_draft(prompt, text, text.index("On Saturday"), len(text),
                       "Marco Rossi") == prompt
