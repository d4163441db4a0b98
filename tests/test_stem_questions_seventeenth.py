"""Round 17p: preprocessed drafts as questions. Named things as the subject of a dated clause
(edu/extract/named_subjects.py), and question shapes that asked something the evidence does
not say, now left as windows. Every text here is written for these tests (not a tuning or
blind text), preprocessed with the seed's recipe."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.extract.lexicon import Classifier
from edu.extract.stemmed import StemmedText, stemmed_question
from edu.extract.wording import BLANK
from edu.text.preprocess import preprocess
from edu.text.reading import reading_of
from edu.text.source import Document, tokenize


def _drafts(raw: str) -> dict[str, str]:
    """answer -> prompt of the preprocessed text's drafts (the first prompt of each answer)."""
    return _drafts_of_stems(preprocess(raw))


def _drafts_of_stems(text: str) -> dict[str, str]:
    """answer -> prompt of the drafts of a text already in the recipe's form."""
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    out: dict[str, str] = {}
    for fact in extract_candidates(reading):
        out.setdefault(str(fact.answer), fact.prompt)
    return out


SHIP = """The Voyage of the Halcyra

The Halcyra was a wooden sailing ship of the Royal Navy. Her crew kept a careful log of the
weather. After a long refit the Halcyra finally left Portsmouth on 3 March 1768 with a crew
of ninety sailors. The Halcyra reached the coast of Brazil in November and later sailed on
to the Pacific. Her master wrote that the Halcyra anchored at Tahiti on 13 April 1769.
"""


def test_a_ship_the_text_calls_one_is_the_subject_of_its_dated_clause() -> None:
    drafts = _drafts(SHIP)
    assert drafts["3 March 1768"] == "On which date did the Halcyra finally leave Portsmouth?"


TOWER = """Building the Meridian Hall Tower

Work on the Meridian Hall Tower began in the spring. The frame rose quickly and the builders
finished it before the winter. The Meridian Hall Tower hosted the exhibition on 14 June 1902,
and crowds came to see the view from its gallery. A storm damaged the roof in 1911.
"""


def test_the_title_s_thing_is_a_subject_with_its_article() -> None:
    drafts = _drafts(TOWER)
    assert drafts["14 June 1902"] == \
        "On which date did the Meridian Hall Tower host the exhibition?"


TOWNS = """The Riverside Hospital

The new hospital in Leeds opened on 9 July 1860 with forty beds. Nurses from Leeds trained
there for many years. A second wing in Leeds opened on 2 May 1891.
"""


def test_a_place_before_a_verb_is_no_subject() -> None:
    # "hospit leed open 9 juli 1860": the hospital in Leeds opened, not Leeds
    drafts = _drafts(TOWNS)
    assert "did Leeds" not in drafts["9 July 1860"]


def test_an_ordinal_is_no_count_to_ask() -> None:
    drafts = _drafts_of_stems("observatori staff observ sky harald jensen observ star decad 1930 "
                              "harald jensen celebr 80th birthday staff gave clock")
    assert BLANK in drafts["80th"]  # not "How many birthdays did Harald Jensen celebrate?"


def test_people_left_are_those_remaining_and_ran_back_is_no_running() -> None:
    drafts = _drafts("The Flood at Marston\n\nThe river rose in the night and the water "
                     "destroyed the lower town. By the morning 4,000 people were left "
                     "homeless. Some 30 sailors ran back to the harbour to save the boats.\n")
    assert "left?" not in drafts["4,000"] and "ran?" not in drafts["30"]


def test_a_verb_of_saying_has_no_object() -> None:
    drafts = _drafts("The Mine Rescue\n\nThe men had been trapped for two weeks. The health "
                     "minister Roberto Salcedo said the men were in good health after the long "
                     "wait underground.\n")
    assert not drafts["Roberto Salcedo"].startswith("Who said")


def test_a_verb_of_teaching_has_a_person_for_its_object() -> None:
    # (stems as the recipe writes them: "trained him before school", the "him" deleted)
    drafts = _drafts_of_stems("harlow went fairview school notic coach charl riley train school "
                              "harlow work shoe repair shop afternoon")
    assert drafts["Charles Riley"] != "Who trained the school?"


def test_a_count_before_a_modal_is_no_object() -> None:
    # "a knife blade cannot be pushed between them. About 750 people may have lived there"
    stems = "close without mortar knife blade cannot push 750 peopl may live height".split()
    words = "close without mortar knife blade cannot pushed 750 people may live height".split()
    doc = StemmedText(stems, Classifier().classes(stems), words, set(), set(), {})
    assert stemmed_question(doc, "number", "people count", "people", 7, 8) is None
    # without the modal the shape still asks what was done to the count
    del stems[9], words[9]
    doc = StemmedText(stems, Classifier().classes(stems), words, set(), set(), {})
    assert stemmed_question(doc, "number", "people count", "people", 7, 8) == \
        "About how many people were pushed?"


def test_a_count_after_a_verb_of_moving_and_a_direction() -> None:
    drafts = _drafts_of_stems("jame harlow born 3 may 1851 bristol youngest eight children famili "
                              "sharecropp nine famili move north leed part great migrat")
    assert "moved the north" not in drafts["nine"]


def test_a_time_before_an_undertaking_is_no_part_of_its_name() -> None:
    drafts = _drafts("The Bridge Company\n\nThe old bridge was sold in 1925 and pulled down "
                     "the next year. The project was led by Henry Caldwell, a banker from "
                     "Boston.\n")
    assert drafts["Henry Caldwell"] == "Who led the project?"


def test_a_counted_thing_after_a_verb_is_its_object_not_the_next_verb_s_subject() -> None:
    drafts = _drafts("The Locomotive Trials\n\nThe engine carried six wheels, weighed 4 tons "
                     "and had to pull three times its own weight.\n")
    assert not drafts["4"].startswith("How many tons did the six wheels")


def _asked(stem_text: str, word_text: str, kind: str, category: str, unit: str | None,
           i: int, j: int) -> str | None:
    """The question from stems for the answer at tokens [i, j) of a hand-made reading."""
    stems, words = stem_text.split(), word_text.split()
    doc = StemmedText(stems, Classifier().classes(stems), words, set(), set(), {})
    return stemmed_question(doc, kind, category, unit, i, j)


def test_followed_before_a_date_is_no_passive() -> None:
    # "the hospital followed in February 1941": followed by someone, or the following month
    assert _asked("hospit open 1920 blood project hospit follow februari 1941 becam director",
                  "hospital opened 1920 blood project hospital followed February 1941 became "
                  "director", "date", "month", None, 7, 9) is None


def test_times_count_how_often_not_things() -> None:
    asked = "everywher gs1 estim barcod scan 10 billion {} everi day"
    written = "everywhere GS1 estimated barcode scanned 10 billion {} every day"
    assert _asked(asked.format("time"), written.format("times"), "number", "count", "times",
                  5, 7) is None
    assert _asked(asked.format("label"), written.format("labels"), "number", "count", "labels",
                  5, 7) == "About how many labels were scanned?"


def test_a_counted_adjective_describes_the_noun_after_it() -> None:
    drafts = _drafts_of_stems("333 year underwat archaeologist recov 14000 loos wooden object "
                              "among shoe coin")
    assert not drafts["14,000"].startswith("About how many loose")


def test_a_count_spent_is_no_subject_of_the_next_verb() -> None:
    text = ("expedit reach greenland wegener two companion spent two winter launch balloon "
            "measur wind ice cap")
    reading = reading_of(Document(path="mem.txt", text=text, tokens=tokenize(text)))
    prompts = [fact.prompt for fact in extract_candidates(reading)]
    assert "How many winters launched the balloon?" not in prompts


def test_an_office_after_a_person_is_asked_with_its_place() -> None:
    # "Henry Caldwell, the former governor of Ohio, ..." with its stop words and commas gone
    drafts = _drafts_of_stems("bridg compani form 1901 financi henri caldwel former governor "
                              "ohio join board")
    assert drafts["Henry Caldwell"] == "Who was the former governor of Ohio?"


def test_a_person_chosen_for_a_first_office() -> None:
    drafts = _drafts_of_stems("settler sign agreement coloni chose thoma hartwel first governor "
                              "spring settler built hous")
    assert drafts["Thomas Hartwell"] == "Who was chosen as the first governor?"


def test_given_before_a_date_is_no_passive_of_its_taker() -> None:
    # "gold medals were first given to the winners in 1904"
    assert _asked("game winner oliv wreath laurel gold medal winner first given 1904 greek",
                  "games winners olive wreath laurel gold medal winners first given 1904 "
                  "greeks", "date", "year", None, 10, 11) is None
