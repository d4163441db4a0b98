"""Questions from stems a strict teacher keeps (issue 15, thirteenth round): the title's
person as the subject of a death whose "she" the stop words deleted, a round figure asked
"about how many", and no "Who caused the death army?" (each on a short text written for it,
preprocessed here; each fails on the code before the round)."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize

BLANK = "_____"
LIFE = ("Edith Harcourt: A Life in Glass\n\nEdith Harcourt was born on 3 March 1850 in Leeds. "
        "She built a glass works in 1880 and won a medal of the Royal Society. In 1890 she "
        "opened a school in Leeds. ")


def _prompts(raw: str) -> dict[str, str]:
    """Answer -> its best-ranked draft's prompt, of the text preprocessed."""
    text = preprocess(raw)
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    out: dict[str, str] = {}
    for f in extract_candidates(reading):
        out.setdefault(f.answer, f.prompt)
    return out


def test_the_title_person_died_where_she_was_deleted() -> None:
    # "open school leed die home york 9 may 1921 age 71": she died; the title names her
    prompts = _prompts(LIFE + "She died at her home in York on 9 May 1921, aged 71.")
    assert prompts["9 May 1921"] == "On which date did Edith Harcourt die?"
    assert prompts["71"] == "At what age did Edith Harcourt die?"


def test_a_kin_word_or_another_person_keeps_the_death_unasked() -> None:
    # "father die 1872": her father's; Thomas Hale the last person said: whose death is unsure
    prompts = _prompts(LIFE + "Her father died in 1872, aged 58.")
    assert BLANK in prompts["58"] and BLANK in prompts["1872"]
    prompts = _prompts(LIFE + "For many years she worked with Thomas Hale on the great east "
                       "window of the cathedral, which took them a long time to finish. She "
                       "died at her home in York on 9 May 1921, aged 71.")
    assert BLANK in prompts["9 May 1921"] and BLANK in prompts["71"]


def test_a_title_that_names_no_person_names_no_one_who_died() -> None:
    prompts = _prompts("The Glass Works\n\nThe glass works opened in Leeds in 1850 and made "
                       "windows for churches. In 1890 a school opened in Leeds. The manager "
                       "retired at his home in York and died there on 9 May 1921, aged 71.")
    assert "Who" not in prompts["9 May 1921"] and "Edith" not in prompts["9 May 1921"]


def test_a_round_figure_is_asked_about_how_many() -> None:
    # "more than 21,000" and "about 800" lose their hedges to the stop words; 4,077 is exact
    prompts = _prompts("The Canal\n\nThe canal was a huge project across the plain. At the peak of "
                       "digging, in 1836, more than 21,000 people worked on the project. The "
                       "canal is about 800 miles long. In the first winter 4,077 workers fell "
                       "ill.")
    assert prompts["21,000"] == "About how many people worked on the project?"
    assert prompts["800"] == "About how many miles long was the canal?"
    assert not prompts["4,077"].startswith("About")


def test_two_nouns_no_book_pairs_are_no_object() -> None:
    # "farr caus death armi": the causes of death in the army, not "the death army"
    prompts = _prompts("The Report\n\nIn London she worked with the statistician William "
                       "Farr on the causes of death in the army.")
    assert not prompts["William Farr"].startswith("Who caused")


def test_a_noun_between_two_plurals_is_a_list_not_a_verb() -> None:
    # "write 200 book report pamphlet": books, reports and pamphlets; "report" is no verb
    prompts = _prompts("The Writer\n\nIn later life she stayed at home but went on writing "
                       "200 books, reports and pamphlets on health.")
    assert "reported" not in prompts["200"]
    prompts = _prompts("The Canal\n\nThe canal was dug in 1820. Eighteen aqueducts carried "
                       "the channel over rivers.")
    assert prompts["eighteen"] == "How many aqueducts carried the channel?"  # a verb


def test_perhaps_before_a_count_asks_no_count() -> None:
    # "perhap three peopl kill": perhaps no more than three; the bound went with the stop words
    prompts = _prompts("The Blast\n\nThe blast struck a forest. Only a few deaths were "
                       "reported, and perhaps no more than three people were killed.")
    assert BLANK in prompts["three"]


def test_an_american_role_is_a_peoples_adjective() -> None:
    # "american chemist melvin garrow": the American chemist, as "the German physicist" is
    prompts = _prompts("The Lamp\n\nThe lamp was first shown in Paris in 1879. The American "
                       "chemist Melvin Garrow tested the filament for two years. The lamp sold "
                       "well.")
    assert prompts["Melvin Garrow"] == "Who was the American chemist?"
