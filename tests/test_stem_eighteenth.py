"""Preprocessed questions a blind reviewer keeps (issue 15, round 18p): no trivial count of
two or three people, a life's event after a person ("was knighted", "resigned"), what was
done to a made thing on a date ("was founded"), a name spelled as a name ("Scherbius",
"Crook"), "born" as a name, and a listed person's given name not read as another's third
name (each on a short text written for it, preprocessed here; each but the decade guard
fails on the code before the round)."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

BLANK = "_____"


def _prompts(raw: str) -> dict[str, str]:
    """Answer -> its best-ranked draft's prompt, of the text preprocessed."""
    text = preprocess(raw)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    out: dict[str, str] = {}
    for f in extract_candidates(reading):
        out.setdefault(f.answer, f.prompt)
    return out


def test_two_people_counted_is_no_question() -> None:
    # "two agenc drew joint plan": "How many agencies drew the joint?" was dropped as trivial
    prompts = _prompts("The Plan\n\nThe survey began in 1990. Two agencies drew up the joint "
                       "plan for the survey. The survey ended in 2003.")
    assert not prompts["two"].startswith("How many")


def test_a_knighthood_and_a_resignation_after_the_person() -> None:
    prompts = _prompts("The Canal Works\n\nThe canal works began in 1881. The chief engineer "
                       "Walter Fenwick resigned in 1905. His successor Hugh Tallis resigned in "
                       "1907. The physicist Oscar Brandt was knighted in 1908 for his work on "
                       "the locks.")
    assert prompts["1905"] == "In which year did Walter Fenwick resign?"
    assert prompts["1908"] == "In which year was Oscar Brandt knighted?"
    assert not any("Resign" in answer for answer in prompts)  # no "Hugh Tallis Resign"


def test_a_made_thing_founded_or_completed_on_a_date() -> None:
    prompts = _prompts("The Lake\n\nThe lake is deep. The Harlow Potash Company, founded in "
                       "1956, extracts potash from the brine. The Dunmore Hydroelectric Dam, "
                       "completed in 1964, raised the lake by a metre.")
    assert prompts["1956"] == "In which year was the Harlow Potash Company founded?"
    assert prompts["1964"] == "In which year was the Dunmore Hydroelectric Dam completed?"


def test_a_decade_is_no_year_a_made_thing_was_completed() -> None:
    # "complet 1950" may be "completed in the 1950s": no year asked of it
    prompts = _prompts("The Lake\n\nThe lake is deep. The Dunmore Hydroelectric Dam, "
                       "completed in the 1950s, raised the lake by a metre.")
    assert prompts.get("1950", BLANK) != "In which year was the Dunmore Hydroelectric Dam " \
        "completed?"


def test_a_latin_name_keeps_its_us() -> None:
    # "arthur scherbiu die may 1929": Porter's stemmer took the "s" of "Scherbius"
    prompts = _prompts("The Cipher\n\nThe cipher machine was patented in 1918. Arthur "
                       "Scherbius died in May 1929. The army bought the machine in 1930.")
    assert prompts["May 1929"] == "In which month and year did Arthur Scherbius die?"


def test_a_given_name_said_again_before_its_surname_starts_the_next_person() -> None:
    # "alexand fleme howard florey ernst chain share": Ernst Chain, named before alone
    prompts = _prompts("The Drug\n\nIn 1939 the pathologist Howard Florey and the biochemist "
                       "Ernst Chain began a study of the mould. In 1945 Alexander Fleming, "
                       "Howard Florey and Ernst Chain shared the Nobel Prize in Physiology or "
                       "Medicine.")
    assert "Howard Florey Ernst" not in prompts
    assert prompts["1945"] == ("In which year did Alexander Fleming, Howard Florey and Ernst "
                               "Chain share the Nobel Prize in Physiology or Medicine?")


def test_a_surname_is_no_verbs_form() -> None:
    # "william crook": the census surname Crook, not the word map's "Crooked"
    from edu.text.names import name_word
    assert name_word("crook", "crook") == "Crook"
    assert name_word("fleme", "fleme") == "Fleming"  # a census name in "-ing" stays


def test_born_as_a_name_after_another_name() -> None:
    # "born johann mendel 20 juli 1822": "born" is read before the date first; the name he
    # was born with is the person
    prompts = _prompts("The Friar\n\nThe friar Gregor Mendel, whose work laid the foundations "
                       "of genetics, was born Johann Mendel on 20 July 1822 in a village.")
    assert prompts["20 July 1822"] == "On which date was Johann Mendel born?"


def test_born_right_after_a_person_is_theirs_though_the_title_named_another() -> None:
    # "cecilia paynegaposchkin ... cecilia helena payn born 10 may 1900": the title's name
    # form before it made her birth unsure; "born" right after a person is that person's
    prompts = _prompts("Cecilia Payne-Gaposchkin and the Stars\n\nCecilia Helena Payne was "
                       "born on 10 May 1900 in Wendover. She studied botany at first.")
    assert prompts["10 May 1900"] == "On which date was Cecilia Helena Payne born?"


def test_a_given_name_before_a_surname_is_no_other_bearer() -> None:
    # "augusta ada byron born london 10 decemb 1815": Ada, not her father George Gordon Byron
    prompts = _prompts("Ada Lovelace\n\nAugusta Ada Byron was born in London on 10 December "
                       "1815, the only child of the poet George Gordon Byron and his wife. "
                       "Byron left England in 1816.")
    assert "George Gordon Byron" not in prompts["10 December 1815"]


def test_only_a_work_is_asked_when_it_was_published() -> None:
    # "origin contin ocean publish 1915": the book's title, no ocean that was published
    prompts = _prompts("The Drift\n\nThe ocean was deep and cold. While recovering he wrote "
                       "his most famous book, The Origin of Continents and Oceans, published in "
                       "1915.")
    assert prompts["1915"] != "In which year was the ocean published?"
