"""Issue 15, fifth round: the top 20 drafts of ordinary English, as a strict teacher reads them.

Each text is written for these tests in a shape a blind review named (two drafts of one
sentence, a figure printed in another draft's prompt, a demonstrative pointing at nothing, a
unit that is no noun, "per cent", broken marks); none is taken from a measured document.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from edu.deck.model import Fact, FactKind, FactStatus
from edu.extract import candidates, extract_candidates
from edu.extract.candidates import FIRST_PAGE, PAGE_FLOOR, _spread_first_page
from edu.extract.questions import (
    PRONOUN,
    QUESTION,
    counted_noun,
    parser,
    points_at_nothing,
    questions,
)
from edu.extract.wording import BLANK, tidy_prompt
from edu.text.reading import read_document
from edu.text.source import Span


def _fact(n: int, start: int, end: int, prompt: str, answer: str, kind: str = "number",
          unit: str | None = None) -> Fact:
    return Fact(id=f"f{n}", kind=FactKind(kind), prompt=prompt, answer=answer,
                source=Span(start, end), unit=unit, status=FactStatus.DRAFT,
                score=round(10.0 - 0.1 * n, 2))  # 30 drafts: 10.0 down to 7.1


def test_no_draft_gives_another_away_on_the_first_page_and_none_moves_past_it():
    # 30 facts, 10.0 down to 7.1: fact 1 prints the answer of fact 0 of its sentence; fact 3 prints
    # fact 2's "83 locks"
    facts = [_fact(n, 100 * n, 100 * n + 50, f"Question {n}?", str(n + 1000))
             for n in range(30)]
    facts[0] = _fact(0, 0, 50, "For how many miles did the canal run?", "363", unit="miles")
    facts[1] = _fact(1, 10, 60, "How many kilometres? ... 363 miles (_____ kilometres).", "584",
                     unit="kilometres")
    facts[2] = _fact(2, 200, 250, "How many locks did engineers build?", "83", unit="locks")
    facts[3] = _fact(3, 300, 350, "How many feet? A rise of _____ feet, engineers built 83 locks.",
                     "560", unit="feet")
    spread = _spread_first_page(facts)
    assert [f.id for f in spread[:FIRST_PAGE]] == \
        ["f0", "f2"] + [f"f{n}" for n in range(4, FIRST_PAGE + 2)]
    assert [f.id for f in spread[FIRST_PAGE:FIRST_PAGE + 2]] == ["f1", "f3"]  # just below
    assert spread[FIRST_PAGE + 2:] == facts[FIRST_PAGE + 2:]  # the rest as ranked
    assert sorted(f.id for f in spread) == sorted(f.id for f in facts)


def test_a_clashing_draft_still_comes_before_drafts_marked_down_already():
    facts = [_fact(0, 0, 50, "How many locks did engineers build?", "83", unit="locks"),
             _fact(2, 100, 150, "Question two?", "two"),
             _fact(1, 0, 50, "How many feet? A rise of _____ feet, engineers built 83 locks.",
                   "560", unit="feet"),
             _fact(3, 200, 250, "A weak _____ term.", "term", kind="name")]
    facts[1].score = PAGE_FLOOR + 0.5
    facts[2].score = 9.0  # it clashes with f0: it counts as PAGE_FLOOR, after f1 ...
    facts[3].score = PAGE_FLOOR - 0.2
    # ... but before a draft marked down already (a term)
    assert [f.id for f in _spread_first_page(facts)] == ["f0", "f2", "f1", "f3"]


def test_a_bare_number_word_or_year_printed_elsewhere_is_no_clash():
    facts = [_fact(0, 0, 50, "After how many days did the supply run out?", "five", unit="days"),
             _fact(1, 100, 150, "How many units did factories produce in the first five months "
                                "of 1943?", "400 million", unit="units"),
             _fact(2, 200, 250, "In which year did the work begin?", "1943", kind="date")]
    assert _spread_first_page(facts) == facts


def test_a_figure_in_two_units_is_asked_once_on_the_first_page(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "harbour.txt"
    path.write_text(
        "The new breakwater ran for about 2,300 feet (701 metres) from the quay to the "
        "lighthouse. It was 30 feet wide. To protect the inner basin, a wall of more than 900 "
        "tonnes of granite, the builders raised 14 stone piers. The harbour opened on 3 May "
        "1894, and the first ship entered it on 9 May 1894.\n", encoding="utf-8")
    facts = extract_candidates(read_document(path))
    order = [f.answer for f in facts]
    # "(_____ metres)" prints "2,300 feet", asked before it: it waits after the drafts of the
    # other sentences that score above PAGE_FLOOR; so does "more than _____ tonnes", which
    # prints "14 stone piers" (since the sixth round "It was _____ feet wide" and "the harbour"
    # of a text that named no harbour wait at PAGE_FLOOR too: their referents are lost)
    assert order[:2] == ["2,300", "14"]
    assert order.index("701") > 1 and order.index("900") > 1
    by_answer = {f.answer: f for f in facts}
    assert (by_answer["701"].score or 0) > (by_answer["9 May 1894"].score or 0)  # not the score


@pytest.mark.parametrize(("sentence", "answer", "counted"), [
    ("An estimated 27 men died during construction.", "27", "men"),
    ("Two granite towers rose above the water.", "Two", "granite towers"),
    ("About 40 per cent of the grain was lost.", "40", "percent"),
    ("It paid 12 percent of the cost.", "12", "percent"),
    ("Ships waited for a year or two while the cargo rotted.", "two", ""),
])
def test_the_counted_noun_comes_from_the_parse(sentence, answer, counted):
    parsed = parser()(sentence)
    start = sentence.index(answer)
    assert counted_noun(parsed, start, start + len(answer)) == counted


def test_units_are_nouns_and_per_cent_asks_what_percentage(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "dock.txt"
    path.write_text(
        "Before the dock was built, ships waited offshore for a year or two while the cargo "
        "rotted. About 40 per cent of the grain was lost each winter. An estimated 27 men died "
        "during construction, and two granite towers rose 300 feet above the water.\n",
        encoding="utf-8")
    found = [f for f in extract_candidates(read_document(path)) if f.kind == FactKind.NUMBER]
    facts = {f.answer: f for f in found}
    assert facts["27"].unit == "men"  # not "men died"
    towers = next(f for f in found if f.answer == "two" and "towers" in (f.evidence or ""))
    assert towers.unit == "granite towers"  # not "granite"
    assert towers.prompt == "How many granite towers rose 300 feet above the water?"
    assert facts["40"].unit == "percent"
    assert facts["40"].prompt == "About what percentage of the grain was lost each winter?"
    rotted = next(f for f in found if "rotted" in (f.evidence or ""))
    assert rotted.unit is None and "how many did" not in rotted.prompt.lower()


def test_a_demonstrative_without_its_referent_is_a_lost_pronoun(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The whole scheme cost $2 million. The town recovered that sum from tolls within "
            "about twelve years.\n")
    start = text.index("The town")
    at = text.index("twelve")
    from edu.extract.questions import Ask
    ask = Ask(start, len(text) - 1, at, at + len("twelve"), "number", "")
    asked = questions(text, [ask], ["How many years? The town recovered that sum ... _____"])
    assert asked[ask].prompt.startswith("Within how many years")
    assert asked[ask].how == PRONOUN
    same = "The dock opened in 1890. The harbour board bought twelve cranes the same year.\n"
    at = same.index("twelve")
    ask = Ask(same.index("The harbour"), len(same) - 1, at, at + 6, "number", "")
    asked = questions(same, [ask], ["_____"])[ask]
    assert "the same year" in asked.prompt and asked.how == PRONOUN
    plain = "Dover recovered the toll money within about twelve years.\n"
    ask = Ask(0, len(plain) - 1, plain.index("twelve"), plain.index("twelve") + 6, "number", "")
    assert questions(plain, [ask], ["_____"])[ask].how == QUESTION  # "predict that" is no such


@pytest.mark.parametrize(("prompt", "tidy"), [
    ("How many kilometres? It ran 363 miles ( _____ kilometres) from Albany.",
     "How many kilometres? It ran 363 miles (_____ kilometres) from Albany."),
    ("How many kilograms? He weighed 65 pounds ( _____ kilograms.",
     "How many kilograms? He weighed 65 pounds (_____ kilograms)."),
    ('On which date did Clinton open the "Wedding of the Waters?',
     'On which date did Clinton open the "Wedding of the Waters"?'),
    ("Who built the bridge , in 1883 ,?", "Who built the bridge, in 1883?"),
    ("Who built the bridge in 1883.", "Who built the bridge in 1883?"),
    ("He weighed 29 kilograms) when _____ began.", "He weighed 29 kilograms when _____ began."),
    ("Who? _____, a surveyor, was named chief engineer.",
     "Who? _____, a surveyor, was named chief engineer."),
])
def test_prompts_keep_their_marks_in_order(prompt, tidy):
    assert tidy_prompt(prompt) == tidy


def test_every_prompt_of_ordinary_english_is_tidy(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "canal.txt"
    path.write_text(
        "The canal ran for about 95 miles (153 kilometres) from the coast. On 4 May 1869 the "
        "governor poured a barrel of river water into the sea near the harbour, a ceremony "
        "remembered as the \"Marriage of the Rivers.\" The boy weighed only about 60 pounds "
        "(27 kilograms).\n", encoding="utf-8")
    for f in extract_candidates(read_document(path)):
        assert f.prompt.count("(") == f.prompt.count(")"), f.prompt
        assert f.prompt.count('"') % 2 == 0, f.prompt
        assert not re.search(r"\s[,.?;:)]|\(\s", f.prompt), f.prompt
        if BLANK not in f.prompt:
            assert f.prompt.endswith("?"), f.prompt


@pytest.mark.parametrize(("sentence", "answer", "word", "question"), [
    # a subject named by "named"/"called": the question word takes the whole subject
    ("In May 1902, a 12-year-old girl named Ada Lovett became the first pupil of the school.",
     "Ada Lovett", "Which girl",
     "Which girl became the first pupil of the school in May 1902?"),
    ("A young surveyor named Tobias Marsh walked to Glasgow in 1790 to study bridges there.",
     "Tobias Marsh", "Who", "Who walked to Glasgow in 1790 to study bridges there?"),
    # a description of two nouns beside the subject is replaced by the question word too
    ("Hugh Baird, a mason and builder, was appointed chief engineer of the lower section.",
     "Hugh Baird", "Who", "Who was appointed chief engineer of the lower section?"),
    # "Jenner and his son" is more than a description: no question
    ("Hugh Baird and his son built the lower section.", "Hugh Baird", "Who", None),
    # adjectives joined in the description are part of it
    ("Their colleague Ann Lowe, a skilled and patient chemist, devised a new filter.",
     "Ann Lowe", "Who", "Who devised a new filter?"),
    # nor is a second person beside the described answer
    ("In 1822 the Scottish mason Hugh Baird and the engineer Thomas Telford opened the lock.",
     "Hugh Baird", "Who", None),
    ("In 1822 the Scottish mason Hugh Baird and the engineer Thomas Telford opened the lock.",
     "Scottish", "Which place", None),
])
def test_named_and_described_subjects_become_questions(sentence, answer, word, question):
    from edu.extract.questions import sentence_question
    parsed = parser()(sentence)
    start = sentence.index(answer)
    assert sentence_question(parsed, start, start + len(answer), "name", word) == question


def test_there_is_lost_only_without_a_place_in_the_question(tmp_path, monkeypatch):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The crew reached the island in 1895. They stayed there for nine weeks. "
            "A young surveyor named Tobias Marsh walked to Glasgow in 1790 to study bridges "
            "there.\n")
    nine = text.index("nine")
    first = Ask(text.index("They"), text.index("weeks.") + 6, nine, nine + 4, "number", "")
    marsh = text.index("Tobias")
    second = Ask(text.index("A young"), len(text) - 1, marsh, marsh + len("Tobias Marsh"),
                 "name", "Who")
    asked = questions(text, [first, second], ["_____", "_____"])
    assert asked[second] == (
        "Who walked to Glasgow in 1790 to study bridges there?", QUESTION, None, False, False)
    assert asked[first].how != QUESTION  # "stay there": where, the question does not say


def test_a_person_beside_the_answer_may_carry_a_title():
    from edu.extract.questions import sentence_question
    sentence = "Mayor Abram Hewitt and Senator Thomas Platt opened the new market hall."
    parsed = parser()(sentence)
    start = sentence.index("Abram Hewitt")
    assert sentence_question(parsed, start, start + len("Abram Hewitt"), "name", "Who") == \
        "Who opened the new market hall with Senator Thomas Platt?"


def _asked(text: str, sentence: str, answer: str, kind: str, word: str,
           people: frozenset[str]) -> tuple[str, str]:
    from edu.extract.questions import Ask
    start = text.index(sentence)
    at = text.index(answer, start)
    ask = Ask(start, start + len(sentence), at, at + len(answer), kind, word)
    asked = questions(text, [ask], ["_____"], people)[ask]
    return asked.prompt, asked.how


def test_he_is_a_surname_of_the_person_named_in_full(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("Samuel Morse built the first telegraph line. Morse was elected to the academy in "
            "1826. He died on 2 April 1872 in New York.\n")
    people = frozenset({"Samuel Morse"})
    prompt, how = _asked(text, "He died on 2 April 1872 in New York.", "2 April 1872", "date",
                         "which date", people)
    assert (prompt, how) == ("On which date did Morse die in New York?", QUESTION)
    # a surname that two people of the document share is neither of them for sure
    shared = people | {"Alfred Morse"}
    assert "Morse" not in _asked(text, "He died on 2 April 1872 in New York.", "2 April 1872",
                                 "date", "which date", shared)[0]


def test_he_is_the_name_a_subject_was_given(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("In 1885, a nine-year-old boy named Joseph Meister was bitten by a dog. "
            "He weighed only about 20 kilograms.\n")
    prompt, how = _asked(text, "He weighed only about 20 kilograms.", "20", "number", "",
                         frozenset({"Joseph Meister"}))
    assert (prompt, how) == ("How many kilograms did Joseph Meister weigh?", QUESTION)


def test_a_question_never_prints_its_own_answer(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("Fleming returned from a holiday and sorted the dishes on which he had been growing "
            "bacteria.\n")
    prompt, _ = _asked(text, text.strip(), "Fleming", "name", "Who", frozenset())
    assert "Fleming" not in prompt.replace("_____", "")


def test_a_year_in_the_sentence_before_makes_no_range(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "prize.txt"
    path.write_text("The company was producing large quantities by 1923.\n\nOn 25 October 1923 "
                    "the prize was awarded to Banting. The work ran from 1921 1922 onwards.\n",
                    encoding="utf-8")
    facts = {f.answer: f for f in extract_candidates(read_document(path))}
    apart = path.with_name("apart.txt")  # a word between the two years: no range either way
    apart.write_text(path.read_text("utf-8").replace("by 1923.", "by 1923 in Toronto."),
                     encoding="utf-8")
    control = {f.answer: f for f in extract_candidates(read_document(apart))}
    assert facts["25 October 1923"].score == control["25 October 1923"].score


@pytest.mark.parametrize(("sentence", "answer", "question"), [
    ("Workers were paid about 80 cents a day.", "80", "How many cents a day were workers paid?"),
    ("In 1959 the vaccine was given to 10 million children in the Soviet Union.", "10 million",
     "To how many children in the Soviet Union was the vaccine given in 1959?"),
    ("The crew collected 21.6 kilograms of lunar samples.", "21.6",
     "How many kilograms of lunar samples did the crew collect?"),
])
def test_a_count_as_the_object_of_a_passive_is_asked(sentence, answer, question):
    from edu.extract.questions import sentence_question
    parsed = parser()(sentence)
    start = sentence.index(answer)
    assert sentence_question(parsed, start, start + len(answer), "number", "") == question


@pytest.mark.parametrize(("text", "subject"), [
    ("The Building of the Forth Bridge\n\nThe bridge was finished in 1890.\n", "the Forth Bridge"),
    ("The Discovery of Radium\n\nBefore radium was found, ...\n", "radium"),
    ("# The Hubble Space Telescope\n\nIt orbits Earth.\n", "the Hubble Space Telescope"),
    ("Voyages to the Outer Planets\n\nTwo probes flew.\n", ""),
])
def test_the_title_subject_of_a_noun_of_a_name(text, subject):
    from edu.extract.questions import _title_subject
    assert _title_subject(parser(), text) == subject


def test_it_after_a_sentence_about_the_title_subject_is_it(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The Building of the Forth Bridge\n\nThe finished bridge ran for about 2,500 metres "
            "across the firth. It was 110 metres high.\n")
    prompt, how = _asked(text, "It was 110 metres high.", "110", "number", "", frozenset())
    assert "the Forth Bridge" in prompt and "It " not in prompt and how != PRONOUN


def test_a_family_name_of_a_person_is_a_person_whatever_the_model_says(tmp_path, monkeypatch):
    """The small model read "Washington Roebling" and a later "Roebling" as places; a name
    that ends in a surname of a person named in full is a person, a lone surname that is no
    known place too ("Washington" alone may be the city)."""
    from edu.extract import entities
    text = ("The dam was designed by John Augustus Kessler. Kessler was appointed chief "
            "engineer. His son, Washington Kessler, finished it near Washington.\n")
    path = tmp_path / "dam.txt"
    path.write_text(text, encoding="utf-8")

    def span(words: str, label: str, nth: int = 0) -> tuple[int, int, str]:
        at = -1
        for _ in range(nth + 1):
            at = text.index(words, at + 1)
        return at, at + len(words), label

    found = (span("John Augustus Kessler", "PERSON"), span("Kessler", "GPE", 1),
             span("Washington Kessler", "GPE"), span("Washington", "GPE", 1))
    monkeypatch.setattr(entities, "entities", lambda _text: found)
    labels = {(a.name_text, a.i): a.features.entity
              for a in entities.entity_anchors(read_document(path).document)}
    assert sorted(labels.values()) == ["GPE", "PERSON", "PERSON", "PERSON"]
    assert [v for (name, _), v in labels.items() if name == "Washington"] == ["GPE"]


def test_the_first_line_is_a_title_even_when_the_reader_took_no_section_for_it(tmp_path,
                                                                                monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "bridge.txt"
    path.write_text("The Building of the Forth Road Bridge\n\nWork began in September 1958.\n\n"
                    "Queen Elizabeth II opened the Forth Road Bridge on 4 September 1964.\n",
                    encoding="utf-8")
    reading = read_document(path)
    facts = extract_candidates(reading)
    assert facts and not any(f.prompt.startswith("The Building of") for f in facts)
    assert any(f.answer == "4 September 1964" for f in facts)


@pytest.mark.parametrize(("sentence", "answer", "kind", "word", "question"), [
    ("Utzon finally solved the problem in 1961 by cutting every shell from a single sphere.",
     "1961", "date", "which year",
     "In which year did Utzon finally solve the problem by cutting every shell from a single "
     "sphere?"),
    ("The lighthouse was finally lit on 3 May 1932.", "3 May 1932", "date", "which date",
     "On which date was the lighthouse finally lit?"),
])
def test_an_adverb_before_the_verb_stays_there(sentence, answer, kind, word, question):
    from edu.extract.questions import sentence_question
    parsed = parser()(sentence)
    start = sentence.index(answer)
    assert sentence_question(parsed, start, start + len(answer), kind, word) == question


def test_a_name_printed_in_another_sentences_prompt_gives_its_draft_away():
    # sixth round: a person answered in one draft and named (surname, possessive) in another
    # draft's prompt on another sentence clash; the lower one waits just below the page
    facts = [_fact(n, 100 * n, 100 * n + 50, f"Question {n}?", str(n + 1000))
             for n in range(30)]
    facts[0] = _fact(0, 0, 50, "In which month did Franklin's colleague show the image?",
                     "January 1953", kind="date")
    facts[1] = _fact(1, 100, 150, "Who? At King's College, _____ was using X-rays.",
                     "Rosalind Franklin", kind="name")
    facts[1].category = "person"
    facts[2] = _fact(2, 200, 250, "How many churches did Wren design with Robert Hooke?", "51",
                     unit="churches")
    facts[3] = _fact(3, 300, 350, "Who? Wren and _____ also designed the Monument.", "Hooke",
                     kind="name")
    facts[3].category = "person"
    facts[4] = _fact(4, 400, 450, "Who? _____ sketches did not describe a shape.", "Utzon's",
                     kind="name")
    facts[4].category = "person"
    facts[5] = _fact(5, 500, 550, "On which date did Utzon resign?", "28 February 1966",
                     kind="date")
    facts[6] = _fact(6, 600, 650, "Who? King _____ was warned.", "Charles II", kind="name")
    facts[6].category = "person"
    facts[7] = _fact(7, 700, 750, "Who placed his brother in charge?", "James", kind="name")
    spread = _spread_first_page(facts)
    page = [f.id for f in spread[:FIRST_PAGE]]
    assert "f1" not in page and "f3" not in page and "f5" not in page
    assert "f6" in page and "f7" in page  # "II" is no surname; no prompt prints "James"
    assert [f.id for f in spread[FIRST_PAGE:FIRST_PAGE + 3]] == ["f1", "f3", "f5"]


def test_referents_the_prompt_alone_cannot_show_wait_below_the_page(tmp_path, monkeypatch):
    # sixth round: "she" after "Carter moved ..., where she ..." is Carter; a subject "the
    # tower" the document never named before, and "In the same period," point at nothing
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "harbour.txt"
    path.write_text(
        "The engineer Helen Carter designed the Harbour Light for the port of Dundee. Carter "
        "moved to London in 1881, where she built bridges. She died on 3 March 1902, aged 61. "
        "The tower is 95 feet tall. The beam was first lit on 1 May 1870. In the same period, "
        "the surveyor Tom Hale mapped the Tay shoals for the Admiralty.\n",
        encoding="utf-8")
    facts = extract_candidates(read_document(path))
    prompts = {f.answer: f.prompt for f in facts}
    assert prompts["3 March 1902"] == "On which date did Carter die?"
    assert not any(p.startswith("In the same period") for p in prompts.values())
    assert prompts["Admiralty"].startswith("The surveyor Tom Hale mapped")
    lost = {f.answer for f in facts if "the tower" in f.prompt or "The beam" in f.prompt
            or "the beam" in f.prompt}
    assert "95" in lost and "1 May 1870" in lost
    order = [f.answer for f in facts]
    # "How many feet tall is the tower?" scores above the Tom Hale question, and waits after
    # it; since the seventh round the leading link leaves that question too
    assert prompts["Tom Hale"] == "Who mapped the Tay shoals for the Admiralty?"
    by_answer = {f.answer: f for f in facts}
    assert (by_answer["95"].score or 0) > (by_answer["Tom Hale"].score or 0) > PAGE_FLOOR
    assert order.index("Tom Hale") < order.index("95")


@pytest.mark.parametrize(("prompt", "lost"), [
    ("In which year was his new St Paul's Cathedral begun?", True),  # whose?
    ("On which date? She died on _____, aged 61.", True),
    ("How many days? After _____ days it had destroyed most of the City.", True),
    ("Who? In the same issue, _____ published a paper.", True),
    ("Pepys later buried his wine and a _____ cheese in his garden.", False),
    ("Franklin left King's for _____ in 1953, where she did work on viruses.", False),
    ("Who? Watson and _____ quickly saw that the model was wrong and that it would fail.", False),
])
def test_a_prompt_keeping_a_referent_it_never_names_points_at_nothing(prompt, lost):
    assert points_at_nothing(prompt) is lost


def test_a_name_the_text_goes_on_after_waits_below_the_page():
    from edu.extract.candidates import _SPLIT_NAME
    assert _SPLIT_NAME.search("On Tuesday the fire reached _____ Paul's Cathedral.")
    assert _SPLIT_NAME.search("Who? Relations broke down after _____ Askin's government came.")
    assert not _SPLIT_NAME.search("Who? Watson and _____ quickly saw it.")
    assert not _SPLIT_NAME.search("Who? The King placed his brother, _____, Duke of York, ...")


def test_a_measure_asked_as_what_is_keeps_its_hedge(tmp_path, monkeypatch):
    # sixth round: "an area of about 436 acres" is no exact figure; the question says so
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    prompts = []
    for text in ("The great fire had burned an area of about 436 acres.\n",
                 "The great fire had burned an area of 436 acres.\n"):
        at = text.index("436")
        ask = Ask(0, len(text) - 1, at, at + 3, "number", "")
        prompts.append(questions(text, [ask], ["_____"])[ask].prompt)
    assert prompts == ["What is roughly the area of the great fire in acres?",
                       "What is the area of the great fire in acres?"]


def test_words_keep_their_space_where_a_comma_is_left_out(tmp_path, monkeypatch):
    """A question leaves commas out of a fronted phrase; the space the comma carried stays
    ("the next morning 27 August", never "morning27"; "Birmingham England")."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "storm.txt"
    path.write_text(
        "The Storm of 1887\n\nThe storm reached the coast on 25 August 1887. The next morning, "
        "27 August, four enormous waves struck the harbour. In Dover, England, Mary Grant "
        "used a lantern to guide 12 boats into the harbour in September 1887.\n",
        encoding="utf-8")
    prompts = [f.prompt for f in extract_candidates(read_document(path))]
    assert prompts
    assert not [p for p in prompts if re.search(r"[a-z][A-Z0-9]|[a-z]\d", p)], prompts


def test_a_name_the_title_says_waits_below_the_page(tmp_path, monkeypatch):
    """'Dawn Star' in a quiz titled 'The Voyage of the Dawn Star' is the quiz's own subject: a
    teacher drops it as trivial, so it counts as PAGE_FLOOR at most; 'Josiah Creesy' does not."""
    path = tmp_path / "voyage.txt"
    path.write_text(
        "The Voyage of the Dawn Star\n\nIn 1851 the clipper Dawn Star sailed from Boston to San "
        "Francisco in 89 days. Her captain, Josiah Creesy, drove the crew hard through 12 "
        "storms. The ship carried 1,200 tons of cargo.\n", encoding="utf-8")
    seen: dict[str, set[str]] = {}
    real = candidates._spread_first_page

    def spy(facts, lost=frozenset(), **kw):
        seen["lost"] = {f.answer for f in facts if f.id in lost}
        return real(facts, lost, **kw)

    monkeypatch.setattr(candidates, "_spread_first_page", spy)
    answers = {f.answer for f in extract_candidates(read_document(path))}
    assert {"Dawn Star", "Josiah Creesy"} <= answers
    assert "Dawn Star" in seen["lost"] and "Josiah Creesy" not in seen["lost"]
    assert candidates._named_by_title("Dawn Star", frozenset({"voyage", "of", "the", "dawn",
                                                              "star"}))
    assert candidates._named_by_title("Transistors", frozenset({"the", "transistor"}))
    assert not candidates._named_by_title("Boston", frozenset({"dawn", "star"}))


def test_a_person_the_title_names_waits_below_the_page_but_keeps_its_score(tmp_path,
                                                                          monkeypatch):
    """'Ada Fenwick and the Harbour Lights': the title prints her name, so she waits below
    the first page, but who did what is the document's first fact (a teacher's key asks it),
    so her drafts lose no score and stay in the top K; the thing the title names does."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("In 1862 the engineer Ada Fenwick designed the Harbour Lights for the port of "
            "Whitby. The lamps burned 40 litres of oil each night.\n")
    scores: dict[str, dict[str, float]] = {}
    lost: dict[str, set[str]] = {}
    real = candidates._spread_first_page

    def spy(facts, lost_ids=frozenset(), **kw):
        lost[key] = {f.answer for f in facts if f.id in lost_ids}
        scores[key] = {f.answer: f.score or 0.0 for f in facts}
        return real(facts, lost_ids, **kw)

    monkeypatch.setattr(candidates, "_spread_first_page", spy)
    for key, title in (("titled", "Ada Fenwick and the Harbour Lights\n\n"), ("plain", "")):
        path = tmp_path / f"{key}.txt"
        path.write_text(title + text, encoding="utf-8")
        extract_candidates(read_document(path))
    assert "Ada Fenwick" in lost["titled"] and "Ada Fenwick" not in lost["plain"]
    # no NO_FACT (the title line may still count as an earlier mention of her)
    assert scores["titled"]["Ada Fenwick"] > scores["plain"]["Ada Fenwick"] - candidates.NO_FACT


# Seventh round: what the blind teachers of set 4 still edited or dropped, on sentences
# written for these tests.
@pytest.mark.parametrize(("text", "answer", "kind", "word", "expected"), [
    # a bounding hedge stays in the question: "more than 100" is no "100"
    ("In 1902 the town announced a competition, and more than 100 designs were submitted.\n",
     "100", "number", "", "In 1902, more than how many designs were submitted?"),
    ("A fishing boat, the Alma, was carried nearly 3 kilometres inland.\n", "3", "number", "",
     "Nearly how many kilometres inland was a fishing boat, the Alma, carried?"),
    ("At least twelve boats were lost in the storm.\n", "twelve", "number", "",
     "At least how many boats were lost in the storm?"),
    # a relative pronoun never becomes the question's subject ("does that need")
    ("The bridge is painted every ten years, a job that needs around 40 tonnes of paint.\n",
     "40", "number", "", "CLOZE"),
    # a count in a sequence asks no "for the next how many months"
    ("For the next three months the river rose and fell.\n", "three", "number", "", "CLOZE"),
    # a leading link to the sentence before stays out of the question
    ("However, the first train crossed the bridge on 4 March 1890.\n", "4 March 1890", "date",
     "which date", "On which date did the first train cross the bridge?"),
    ("In return, Telford was allowed to collect tolls from travellers for 30 years.\n",
     "Telford", "name", "Who",
     "Who was allowed to collect tolls from travellers for 30 years?"),
])
def test_questions_keep_hedges_and_leave_out_what_points_back(tmp_path, monkeypatch, text,
                                                             answer, kind, word, expected):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    at = text.index(answer)
    ask = Ask(0, len(text) - 1, at, at + len(answer), kind, word)
    assert questions(text, [ask], ["CLOZE"])[ask].prompt == expected


def test_a_leading_link_leaves_the_cloze_too(tmp_path, monkeypatch):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = "In return, the miners dug _____ shafts and the town grew.\n"
    ask = Ask(0, len(text) - 1, 0, 9, "name", "")  # no shape fits a name in the link
    cloze = "How many shafts? In return, the miners dug _____ shafts and the town grew."
    asked = questions(text, [ask], [cloze])[ask]
    assert asked.prompt == "How many shafts? The miners dug _____ shafts and the town grew."


@pytest.mark.parametrize(("prompt", "dated"), [
    ("The next morning 27 August, how many ships sailed?",
     "On 27 August, how many ships sailed?"),
    ("How many ships? The next morning, 27 August, _____ ships sailed.",
     "How many ships? On 27 August, _____ ships sailed."),
    ("Which ship sailed on the following day, 3 May 1894, from the quay?",
     "Which ship sailed on 3 May 1894, from the quay?"),
    ("The next day Telford left the town.", "The next day Telford left the town."),
])
def test_a_relative_day_with_its_date_beside_it_is_the_date(prompt, dated):
    from edu.extract.wording import dated_opening
    assert dated_opening(prompt) == dated


@pytest.mark.parametrize(("prompt", "lost"), [
    ("How many ships? The next day _____ ships sailed.", True),  # after which day?
    ("In which year? Prices fell in the following year, and rose again in _____.", True),
    ("For how many days did the storm last?", False),
])
def test_a_relative_day_without_its_date_points_at_nothing(prompt, lost):
    assert points_at_nothing(prompt) is lost


def test_a_count_of_fractions_waits_below_the_page(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "flood.txt"
    path.write_text(
        "The Great Flood of 1862\n\nThe river rose for 43 days in January 1862. About two thirds "
        "of the town was under water. The flood destroyed 800 houses, and 4,000 people left the "
        "valley. Rebuilding began on 2 June 1862.\n", encoding="utf-8")
    facts = extract_candidates(read_document(path))
    order = [f.unit for f in facts]
    assert "thirds" in order
    assert order.index("thirds") > max(order.index("days"), order.index("houses"),
                                       order.index("people"))


@pytest.mark.parametrize(("prompt", "answer", "unit", "listed"), [
    ("How many engineers? The plan was drawn by _____ engineers in his firm, Ann Hale and "
     "Tom Reid.", "two", "engineers", True),
    ("How many metals? The alloy was made of _____ metals, copper, tin and zinc, melted "
     "together.", "three", "metals", True),
    ("How many metals? The alloy was made of _____ metals, copper and tin, melted "
     "together.", "three", "metals", False),  # two named of three: the count is still asked
    ("How many boats? _____ boats sank in the storm, and the harbour closed.", "four", "boats",
     False),
])
def test_a_count_whose_members_the_prompt_lists_gives_itself_away(prompt, answer, unit, listed):
    from edu.extract.candidates import _lists_its_count
    fact = Fact(id="f", kind=FactKind.NUMBER, prompt=prompt, answer=answer, unit=unit,
                source=Span(0, 10), status=FactStatus.DRAFT)
    assert _lists_its_count(fact) is listed


def test_a_decade_and_them_with_no_referent_wait_below_the_page(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "canal.txt"
    path.write_text(
        "The Grand Junction Canal\n\nThe canal was surveyed in the 1790s by William Jessop. "
        "Work began on 20 May 1793 near Braunston. The canal ran for 93 miles and had 101 "
        "locks. Between them stood 12 pumping stations. The last section opened in 1805.\n",
        encoding="utf-8")
    facts = extract_candidates(read_document(path))
    order = [f.answer for f in facts]
    # "in the _____ by": no year; asked as the decade (fifteenth round, s15-w)
    assert "1790" not in order
    assert order.index("the 1790s") > order.index("1805")  # "In which decade ...?"
    assert order.index("12") > order.index("1805")  # "Between them": between what?


def test_a_name_answer_keeps_the_stop_words_it_is_written_with(tmp_path, monkeypatch):
    # the content words alone ("Prince Wales", "Duke York") are no name a reader knows
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "rivet.txt"
    path.write_text(
        "The viaduct carries the railway over the river. It was opened on 4 March 1890 by the "
        "Prince of Wales, who drove in the last rivet. The Duke of York laid its first stone "
        "in 1883.\n", encoding="utf-8")
    answers = {f.answer for f in extract_candidates(read_document(path))
               if f.kind == FactKind.NAME}
    assert "Prince of Wales" in answers and "Duke of York" in answers
    assert not answers & {"Prince Wales", "Duke York"}


@pytest.mark.parametrize(("text", "answer", "kind", "word", "expected"), [
    # a clause set off by a comma is an aside: the phrase after it stays the verb's
    ("Ten years later, in May 1911, the city opened the Grand Library, which had bought "
     "two million books.\n", "Ten", "number", "",
     "How many years later did the city open the Grand Library in May 1911?"),
    # a manner adverb after the verb goes before it; "early" of a date asked stays out
    ("Telford grew up partly in the Lowlands.\n", "Lowlands", "name", "Where",
     "Where did Telford partly grow up?"),
    ("Late in March 1802 Telford sent his plans to the council.\n", "March 1802",
     "date", "which month and year",
     "In which month and year did Telford send his plans to the council?"),
    # a figure true "today" says so
    ("Today, with its new masts, the bridge reaches a height of 210 metres.\n", "210",
     "number", "", "What is the height of the bridge in metres today?"),
    # a place and its country keep their comma
    ("In Leeds, England, Ann Hale used a steam pump to drain the mine in 1802.\n",
     "Ann Hale", "name", "Who", "Who used a steam pump to drain the mine in 1802 in Leeds, "
     "England?"),
])
def test_questions_keep_their_parts_where_they_belong(tmp_path, monkeypatch, text, answer,
                                                      kind, word, expected):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    at = text.index(answer)
    ask = Ask(0, len(text) - 1, at, at + len(answer), kind, word)
    assert questions(text, [ask], ["CLOZE"])[ask].prompt == expected


def test_a_question_cut_short_is_none():
    from edu.extract.questions import _cut_short, parser
    sentence = parser()("R. Hornibrook built the roof between 1963 and 1967.")
    assert _cut_short(sentence, "Who between 1963 and 1967?")  # no verb
    assert _cut_short(sentence, "When was the roof added to the?")
    assert not _cut_short(sentence, "Who built the roof between 1963 and 1967?")
    assert not _cut_short(sentence, "What percentage of the roof did Hornibrook pay for?")


def test_an_initial_ends_no_sentence_and_a_capital_figure_is_printed(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "roof.txt"
    path.write_text("The roof shells were built by M. R. Hornibrook between 1963 and 1967. "
                    "The work took 4 years.\n", encoding="utf-8")
    facts = extract_candidates(read_document(path))
    name = next(f for f in facts if "Hornibrook" in f.answer)
    assert (name.evidence or "").startswith("The roof shells were built by M. R. Hornibrook")
    assert name.prompt == "By whom were the roof shells built between 1963 and 1967?"
    fifty = _fact(0, 0, 50, "How many years after the war did the library open?", "fifty",
                  unit="years")
    cloze = _fact(1, 100, 150, "How many books? Fifty years after the war, it held _____ books.",
                  "300", unit="books")
    assert [f.id for f in _spread_first_page([fifty, cloze])] == ["f0", "f1"]
    assert cloze.id in {f.id for f in _spread_first_page([fifty, cloze])[1:]}
    from edu.extract.candidates import _clash
    assert _clash(fifty, cloze)  # "Fifty years" at the start of a sentence prints "fifty years"


@pytest.mark.parametrize(("text", "answer", "expected"), [
    # a noun phrase after a comma is an aside about the clause, not a part of the question
    ("The bridge is repainted about every seven years, a job that needs around 40 tonnes of "
     "paint.\n", "seven", "About every how many years is the bridge repainted?"),
    # a phrase right after a clause about another part belongs to that clause
    ("The bridge was assembled from 9,000 steel parts that were made in the works at "
     "Motherwell, on the edge of Glasgow.\n", "9,000",
     "From how many steel parts was the bridge assembled?"),
])
def test_a_part_after_an_aside_stays_out_of_the_question(tmp_path, monkeypatch, text, answer,
                                                        expected):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    at = text.index(answer)
    ask = Ask(0, len(text) - 1, at, at + len(answer), "number", "")
    assert questions(text, [ask], ["CLOZE"])[ask].prompt == expected


def test_an_object_it_with_nothing_before_it_to_mean_is_a_lost_pronoun(tmp_path, monkeypatch):
    from edu.extract.questions import PRONOUN, Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    hows = []
    for text in ("The French navy used it to send messages during the Crimean War.\n",
                 "When the lighthouse was finished, the French navy used it during the "
                 "Crimean War.\n"):
        at = text.index("Crimean War")
        ask = Ask(0, len(text) - 1, at, at + len("Crimean War"), "name", "")
        cloze = text.strip().replace("Crimean War", BLANK)
        hows.append(questions(text, [ask], [cloze])[ask].how)
    assert hows[0] == PRONOUN and hows[1] != PRONOUN


@pytest.mark.parametrize(("prompt", "tidy"), [
    ('On which date did Hale send his paper on a New Kind of Lamp" to the Society"?',
     "On which date did Hale send his paper on a New Kind of Lamp to the Society?"),
    ('On which date did Hale send his paper "On a New Kind of Lamp" to the Society?',
     'On which date did Hale send his paper "On a New Kind of Lamp" to the Society?'),
])
def test_quotes_whose_opening_a_question_left_out_go(prompt, tidy):
    assert tidy_prompt(prompt) == tidy


def test_one_question_with_two_answers_is_a_clash():
    person = _fact(0, 0, 80, "Who was called to the scene but did not think it serious?",
                   "Thomas Bloodworth", kind="name")
    title = _fact(1, 0, 80, "What was called to the scene but did not think it serious?",
                  "Lord Mayor", kind="name")
    other = _fact(2, 100, 150, "Who watched the fire from a boat?", "Samuel Pepys", kind="name")
    assert [f.id for f in _spread_first_page([person, title, other])] == ["f0", "f2", "f1"]


def test_a_count_of_one_and_a_name_of_many_wait_below_the_page(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "fire.txt"
    path.write_text(
        "The Great Fire of Edinburgh\n\nThe fire began on 15 November 1824 in a printing works "
        "on the High Street. The narrow closes let flames jump from one side to the other. "
        "Many Edinburghers blamed the printers. The fire destroyed 400 homes, and 13 people "
        "died.\n", encoding="utf-8")
    facts = extract_candidates(read_document(path))
    order = [f.answer for f in facts]
    last_fair = max(order.index("400"), order.index("13"), order.index("15 November 1824"))
    assert order.index("one") > last_fair
    assert "Many Edinburghers" in order and order.index("Many Edinburghers") > last_fair


def test_it_after_a_person_named_like_the_title_is_the_title_thing(tmp_path, monkeypatch):
    # "On that day Telford climbed ... At 40 metres, it was ...": never "Telford was the
    # tallest bridge"; the title names the thing after the person
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "bridge.txt"
    path.write_text(
        "The Building of the Telford Bridge\n\nThe engineer Thomas Telford designed the bridge "
        "in 1815. The bridge was opened on 4 May 1826. On that day Telford crossed it in the "
        "first carriage. At 40 metres, it was the highest bridge in the world, a record it held "
        "until the Menai Viaduct was finished in 1850. X-rays were not used in its design.\n",
        encoding="utf-8")
    prompts = [f.prompt for f in extract_candidates(read_document(path))]
    assert not [p for p in prompts if "Telford was the highest" in p], prompts
    assert [p for p in prompts if "the Telford Bridge was the highest" in p], prompts


def test_a_capital_letter_of_a_compound_stays_capital(tmp_path, monkeypatch):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = "X-rays were discovered in 1895 by the German physicist Wilhelm Roentgen.\n"
    at = text.index("1895")
    ask = Ask(0, len(text) - 1, at, at + 4, "date", "which year")
    assert questions(text, [ask], ["CLOZE"])[ask].prompt == \
        "In which year were X-rays discovered by the German physicist Wilhelm Roentgen?"


def test_a_name_that_names_nothing_a_teacher_asks_for_waits_below_the_page():
    from edu.extract.candidates import _no_name
    text = "Newspapers spread the story around the world within days. Many Londoners blamed " \
        "the bakers. The waves were roughly 0.01 to 10 metres high at the Royal Society."

    def name(answer: str, category: str = "name") -> Fact:
        return Fact(id="f", kind=FactKind.NAME, prompt="_____", answer=answer,
                    category=category, source=Span(0, 10), status=FactStatus.DRAFT)

    assert _no_name(name("World Within Days", "organisation"), text)  # never written so
    assert _no_name(name("Many Londoners"), text)
    assert _no_name(name("roughly 0.01 to 10"), text)
    assert not _no_name(name("Royal Society", "organisation"), text)


@pytest.mark.parametrize(("text", "answer", "kind", "word", "expected"), [
    # a partner named beside the answer goes before the verb's clause
    ("Ross and Hale noted that the design of the lamp suggested a way to save oil.\n", "Hale",
     "name", "Who", "Who noted with Ross that the design of the lamp suggested a way to save "
     "oil?"),
    # "bonds worth 35 million dollars" is no phrase of "paid": no "Worth how many dollars"
    ("The bridge was paid for with bonds worth 35 million dollars, approved by voters in "
     "1930.\n", "35 million", "number", "", "CLOZE"),
])
def test_partners_and_misread_phrases(tmp_path, monkeypatch, text, answer, kind, word,
                                      expected):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    at = text.index(answer)
    ask = Ask(0, len(text) - 1, at, at + len(answer), kind, word)
    assert questions(text, [ask], ["CLOZE"])[ask].prompt == expected


@pytest.mark.parametrize(("text", "answer", "word", "expected"), [
    # the "every" of a rate stays, or the question is none
    ("The wheel made one full turn every 4.5 seconds, with 12 buckets on its rim.\n", "4.5",
     "", "CLOZE"),
    # a short purpose clause stays with its verb
    ("In Leeds, the council set up a committee to study the flood.\n", "Leeds", "Where",
     "Where did the council set up a committee to study the flood?"),
])
def test_rates_and_purposes_stay_in_the_question(tmp_path, monkeypatch, text, answer, word,
                                                 expected):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    at = text.index(answer)
    ask = Ask(0, len(text) - 1, at, at + len(answer), "number" if not word else "name", word)
    assert questions(text, [ask], ["CLOZE"])[ask].prompt == expected


def test_a_question_without_the_every_of_a_rate_is_lost():
    from edu.extract.questions import _lost_rate
    sentence = "The helix made one complete turn every 3.4 nanometres."
    assert _lost_rate(sentence, "3.4", "How many nanometres did the helix make one turn?")
    assert not _lost_rate(sentence, "3.4", "Every how many nanometres did the helix turn?")
    assert not _lost_rate("The helix was 2 nanometres wide.", "2", "How many nanometres wide?")


def test_a_ship_is_she_a_time_of_day_no_count_and_a_grouped_figure_no_year(tmp_path,
                                                                          monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    seen: dict[str, set[str]] = {}
    real = candidates._spread_first_page

    def spy(facts, lost=frozenset(), **kw):
        seen["lost"] = {f"{f.kind}:{f.answer}" for f in facts if f.id in lost}
        return real(facts, lost, **kw)

    monkeypatch.setattr(candidates, "_spread_first_page", spy)
    path = tmp_path / "liner.txt"
    path.write_text(
        "The Loss of the Lusitania\n\nRMS Lusitania was a British ocean liner. She was built by "
        "John Brown and Company in Clydebank, where work on her hull started on 17 August 1904. "
        "At 2:10 pm on 7 May 1915 a torpedo struck her off Ireland. More than 1,500 people "
        "died, most of them from the cold of the water, and 761 survived.\n", encoding="utf-8")
    facts = extract_candidates(read_document(path))
    prompts = {f.answer: f.prompt for f in facts}
    assert "RMS Lusitania was built by John Brown" in prompts["17 August 1904"], prompts
    # a time of day is asked as one ("At what time ...?", ninth round), never "At how many pm"
    # (the answer keeps its mark since the loose-ends round: "2:10 pm", not "2:10")
    assert prompts["2:10 pm"].startswith("At what time on 7 May 1915 did a torpedo strike")
    assert "number:2:10 pm" not in seen["lost"] and "number:2:10" not in seen["lost"]
    # "In which year? More than _____ people died": no year; since the ninth round its score
    # sinks by NO_FACT too, so the count "1,500 people" is kept before it and it goes as its
    # near-duplicate
    assert not any(f.kind == FactKind.DATE and f.answer == "1500" for f in facts)
    assert any(f.kind == FactKind.NUMBER and f.answer == "1,500" for f in facts)


@pytest.mark.parametrize(("text", "answer", "kind", "word", "expected"), [
    # a clause of its own before the subject would go to the end as a tail
    ("No shipyard could supply a hull light enough, so their carpenter Tom Reid built one in "
     "six weeks.\n", "Tom Reid", "name", "Who", "CLOZE"),
    # two people said to be something together: no "Who were ... with Ann?"
    ("Ann and Tom Hale were two Scottish engineers who built the first iron lighthouse.\n",
     "Tom Hale", "name", "Who", "CLOZE"),
    # "each about 50 feet wide" asks no "Each how many feet wide ...?"
    ("Workers drilled four tunnels through the rock, each about 50 feet wide.\n", "50",
     "number", "", "CLOZE"),
])
def test_clauses_pairs_and_each_ask_nothing(tmp_path, monkeypatch, text, answer, kind, word,
                                            expected):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    at = text.index(answer)
    ask = Ask(0, len(text) - 1, at, at + len(answer), kind, word)
    assert questions(text, [ask], ["CLOZE"])[ask].prompt == expected


def test_a_year_and_its_full_date_of_one_sentence_clash_and_a_listed_subject_counts():
    from edu.extract.candidates import _lists_its_count
    full = _fact(0, 0, 50, "On which date did Telford die?", "2 September 1834", kind="date")
    year = _fact(1, 0, 50, "On 2 September which year did Telford die?", "1834", kind="date")
    other = _fact(2, 100, 150, "Question two?", "two")
    assert [f.id for f in _spread_first_page([full, year, other])] == ["f0", "f2", "f1"]
    pair = Fact(id="f", kind=FactKind.NUMBER, answer="two", unit="brothers",
                prompt="How many brothers? Ann and Tom Hale were _____ brothers.",
                source=Span(0, 10), status=FactStatus.DRAFT)
    assert _lists_its_count(pair)


def test_a_passive_date_with_a_pronoun_subject_is_asked_of_what_it_means(tmp_path, monkeypatch):
    # "It was opened on _____" -> not "On which date was It opened ...?"
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "viaduct.md"
    path.write_text(
        "# The Kelso Bridge\n\nThe bridge carries the railway over the river for 900 metres. "
        "It was opened on 4 March 1890 by the mayor, who drove in the last rivet.\n",
        encoding="utf-8")
    dates = [f for f in extract_candidates(read_document(path)) if f.answer == "4 March 1890"]
    assert dates and all(" It " not in f.prompt for f in dates)
    # (a clause set off by a comma is an aside the question leaves out: seventh round)
    assert dates[0].prompt == "On which date was the Kelso Bridge opened by the mayor?"


def test_an_organisation_phrase_without_capitals_is_no_name(tmp_path, monkeypatch):
    # the head-noun cue of stemmed text ("... university", "... laboratory") finds no name in
    # ordinary English unless the text capitalises it
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "lab.txt"
    path.write_text(
        "In 1921 the young surgeon could not attend the university, so he worked alone in his "
        "laboratory, sometimes sleeping in his laboratory for 3 nights. Later he gave his prize "
        "money to the Royal Institute of Medicine in Toronto.\n", encoding="utf-8")
    names = [f for f in extract_candidates(read_document(path)) if f.kind == FactKind.NAME]
    organisations = [str(f.answer) for f in names if f.category == "organisation"]
    assert organisations and all(any(c.isupper() for c in a) for a in organisations)
    assert not [f for f in names if "laboratory" in str(f.answer).lower()]


def test_notes_in_lists_are_sentences_and_a_heading_is_none_of_them(tmp_path, monkeypatch):
    # a list item seldom ends with a full stop, and "## Discovery" is no part of the item
    # under it; a title with a colon is still a title (no "_____ biology.")
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "cells.md"
    path.write_text(
        "# Plant biology: revision notes\n\n## Discovery\n"
        "- Nehemiah Grew first described pollen grains in 1682, looking through a microscope\n"
        "- Robert Brown saw the nucleus of a cell in 1831\n\n## Numbers\n"
        "1. A leaf may hold 500,000 stomata\n2. The giant sequoia grows 94 metres tall\n",
        encoding="utf-8")
    facts = extract_candidates(read_document(path))
    prompts = " ".join(f.prompt for f in facts)
    assert "Discovery" not in prompts and "Numbers" not in prompts and " - " not in prompts
    assert "biology" not in prompts  # the title asks nothing
    by_answer = {str(f.answer): f for f in facts}
    assert by_answer["1682"].prompt == \
        "In which year did Nehemiah Grew first describe pollen grains?"
    assert "2." not in by_answer["500,000"].prompt


def test_ordinary_english_puts_a_fair_draft_before_a_clashing_one():
    from edu.extract.candidates import RAW_PAGE_FLOOR
    facts = [_fact(0, 0, 50, "How many locks did engineers build?", "83", unit="locks"),
             _fact(1, 0, 50, "How many feet? A rise of _____ feet, engineers built 83 locks.",
                   "560", unit="feet"),
             _fact(2, 100, 150, "The official death toll was _____.", "36,417")]
    facts[1].score, facts[2].score = 9.0, 1.5
    assert [f.id for f in _spread_first_page(facts)] == ["f0", "f1", "f2"]  # preprocessed
    assert [f.id for f in _spread_first_page(facts, floor=RAW_PAGE_FLOOR)] == ["f0", "f2", "f1"]


@pytest.mark.parametrize(("text", "answer", "word", "expected"), [
    # a lower-case first word of a compound is no name of the noun after it
    ("Watching birds, Telford came up with a method called wing bracing.\n", "wing", "Which",
     "CLOZE"),
    # a name before its noun is: "a Crookes tube" asks "Which tube ...?"
    ("On the evening of 8 November 1895 Roentgen covered a Crookes tube with black card.\n",
     "Crookes", "Which tube",
     "Which tube did Roentgen cover with black card on the evening of 8 November 1895?"),
])
def test_a_compound_word_is_no_name_unless_it_is_one(tmp_path, monkeypatch, text, answer, word,
                                                     expected):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    at = text.index(answer)
    ask = Ask(0, len(text) - 1, at, at + len(answer), "name", word)
    assert questions(text, [ask], ["CLOZE"])[ask].prompt == expected


def test_an_ordinal_is_no_kind_of_name():
    from edu.extract.wording import prompt_for
    assert prompt_for("name", "The dam was first called _____", None, "first", "name") == \
        "The dam was first called _____."
    assert prompt_for("name", "The ship was a liner called _____", None, "liner", "name") == \
        "Which liner? The ship was a liner called _____."


# After the blind review of set 5: "What" for a person or a firm, a participle as the unit,
# a stray reflexive, a dangling "In,", and a figure inside a range or said in two units.
def test_a_person_or_firm_the_text_names_is_asked_who_or_which(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "keeper.txt"
    path.write_text(
        "The Keeper of Skerry Rock\n\n"
        "In 1868 Holt & Varley decided to build a lighthouse on the reef. The firm hired "
        "Margaret Pellow as its first keeper. Pellow decided to stay on the rock through the "
        "winter of 1869, and Halvorsen, her assistant, joined her in March. Halvorsen taught "
        "himself to repair the great lamp in 1870. Pellow kept the light burning for 31 "
        "years.\n", encoding="utf-8")
    prompts = {f.prompt: f.answer for f in extract_candidates(read_document(path))}
    assert prompts.get("Who decided to stay on the rock through the winter of 1869?") == "Pellow"
    assert prompts.get("Who joined her in March?") == "Halvorsen"
    assert prompts.get("Who kept the light burning for 31 years?") == "Pellow"
    assert prompts.get("Which company decided to build a lighthouse on the reef in "
                       "1868?") == "Holt & Varley"
    assert not [p for p in prompts if p.startswith("What ")]


def test_a_railway_or_a_shipping_line_is_asked_which_company():
    from edu.extract.candidates import _question_word
    cloze = "_____ decided to run a ferry to the island."
    for firm in ("Great Eastern Railway", "Blue Anchor Line", "Northern Airways"):
        assert _question_word("name", "organisation", cloze, firm) == "Which company"
    assert _question_word("name", "organisation", cloze, "Royal Society") == "What"


def test_a_participle_before_the_counted_noun_is_no_unit(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "tomb.txt"
    path.write_text("The Old Tomb\n\nInside the burial chamber of the merchant lay three "
                    "nested coffins of cedar and lead.\n", encoding="utf-8")
    three = next(f for f in extract_candidates(read_document(path)) if f.answer == "three")
    assert three.unit == "nested coffins"
    # the unit after the figure, asked in place (fourteenth round), no lead-in before it
    assert three.prompt == ("Inside the burial chamber of the merchant lay how many nested "
                            "coffins of cedar and lead?")


@pytest.mark.parametrize(("prompt", "tidy"), [
    ("In, the company doubled the pay to _____ pounds.",
     "The company doubled the pay to _____ pounds."),
    ("How many pounds? In, the company doubled the pay to _____ pounds.",
     "How many pounds? The company doubled the pay to _____ pounds."),
    ("Who himself opened the new pier in 1911?", "Who opened the new pier in 1911?"),
    ("In 1871, the company doubled the pay to _____ pounds.",
     "In 1871, the company doubled the pay to _____ pounds."),
    # ninth round: after a direct question's subject too (the stress was against a sentence
    # the question does not show: "did Carter himself die" read as a stray word)
    ("In which year did the mayor himself open the new pier?",
     "In which year did the mayor open the new pier?"),
    ("In which year did Halvorsen teach himself to repair the lamp?",
     "In which year did Halvorsen teach himself to repair the lamp?"),
    ("How many? The mayor himself opened _____ piers.", "How many? The mayor himself opened "
     "_____ piers."),
])
def test_no_dangling_preposition_or_stray_reflexive(prompt, tidy):
    assert tidy_prompt(prompt) == tidy


@pytest.mark.parametrize(("text", "answer"), [
    ("At depths of 150 to 700 metres, the harbour floor is soft mud.\n", "150"),
    ("At depths of 150 to 700 metres, the harbour floor is soft mud.\n", "700"),
    ("The crossing ran 3.2 kilometres, or nearly two miles, from pier to pier.\n", "3.2"),
    ("The crossing ran 3.2 kilometres, or nearly two miles, from pier to pier.\n", "two"),
    ("The wall was between 40 and 60 feet high.\n", "40"),
])
def test_a_figure_in_a_range_or_in_two_units_keeps_its_cloze(tmp_path, monkeypatch, text,
                                                             answer):
    from edu.extract.questions import Ask
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    at = text.index(answer)
    ask = Ask(0, len(text) - 1, at, at + len(answer), "number", "")
    assert questions(text, [ask], ["CLOZE"])[ask].prompt == "CLOZE"
    plain = "The ferry carried 400 passengers, or more, on its first day.\n"  # no range
    at = plain.index("400")
    ask = Ask(0, len(plain) - 1, at, at + 3, "number", "")
    assert questions(plain, [ask], ["CLOZE"])[ask].prompt.startswith("How many passengers")


# Ninth round: faults the blind teachers of set 7 still met on main, and faults of three new
# tuning texts (a biography, a monument, Markdown notes with lists); each on a text written
# here.
def _ask_one(text: str, answer: str, kind: str, word: str) -> Any:
    from edu.extract.questions import Ask
    at = text.index(answer)
    ask = Ask(0, len(text) - 1, at, at + len(answer), kind, word)
    return questions(text, [ask], ["CLOZE"])[ask]


@pytest.mark.parametrize(("text", "answer", "kind", "word", "expected"), [
    # a time of day is asked as one ("At how many pm ...?" was no English)
    ("The night ferry from Oban left the pier at about 9:40 pm.\n", "9:40", "number", "",
     "At about what time did the night ferry from Oban leave the pier?"),
    # a relative "who" is never the subject of a question ("... did who draw?")
    ("The firm hired the surveyor Ann Hale of Leeds, who drew about 200 maps of the coast.\n",
     "200", "number", "", "CLOZE"),
    # a possessive whose person the question names already stays ("Hale and Hale's crew")
    # and a bounding hedge of an object count stays ("more than 40 harbours")
    ("Ann Hale was a surveyor. Hale and her crew charted more than 40 harbours.\n", "40",
     "number", "", "More than how many harbours did Hale and her crew chart?"),
    # a name beside a noun for a person is a person ("What was asked ...?" of a carpenter)
    ("A local physician, Obed Marrow, was asked to mend the roof.\n", "Obed Marrow", "name",
     "What", "Who was asked to mend the roof?"),
    ("A local pharmacist, Obed Marrow, was asked to mend the roof.\n", "Obed Marrow", "name",
     "What", "Who was asked to mend the roof?"),
    # a lone adjective after the verb is part of what it says ("stood idle")
    ("The mill was closed and stood idle for twelve years.\n", "twelve", "number", "",
     "For how many years did the mill stand idle?"),
    # a noun after the name with no article may be what the verb made it ("made his nephew,
    # _____, chief clerk"): no "Which nephew did the owner make?"
    ("The owner made his nephew, Obed Marrow, chief clerk of the mill.\n", "Obed Marrow",
     "name", "Who", "Which nephew? CLOZE"),
    # a "by" after a phrase of a thing may name that thing's maker, not the verb's agent
    ("The wreck is also remembered for the song \"Lost Water\" by Ann Hale.\n", "Ann Hale",
     "name", "Who", "CLOZE"),
    # an adverb between the auxiliary and the verb stays there
    ("The pier was also repaired by Sir Hugh Dane in 1871.\n", "Hugh Dane", "name", "Who",
     "By whom was the pier also repaired in 1871?"),
    # a name set beside a noun for a person is no place ("came from Venetia Burney, an
    # 11-year-old schoolgirl": "From where ...?")
    ("The idea came from Ada Marrow, a schoolgirl in Leeds.\n", "Ada Marrow", "name",
     "Which place", "From whom did the idea come?"),
    # a possessive before a thing's name: "What was designed ...?" would ask of what
    ("Its iron frame was designed by Ann Hale.\n", "iron frame", "name", "What", "CLOZE"),
    # a measure set beside a claim asks no "At how many metres was ...?"
    ("At 90 metres, the chimney was the tallest structure in the county.\n", "90", "number",
     "", "CLOZE"),
    # a place inside a place the question keeps: "Where does the mill stand on Mill Lane?"
    ("The mill stands on Castle Hill in Hexham and is still grinding corn.\n", "Hexham",
     "name", "Which place", "CLOZE"),
    # the name's own "of" phrase goes with it ("inspected of the Harbour Board")
    ("The pier was opened by Sir Hugh Dane of the Harbour Board in 1870.\n", "Hugh Dane",
     "name", "Who", "By whom was the pier opened in 1870?"),
    # a short "to" clause completes a count's verb ("take ... to reach the Earth"), one with
    # a pronoun does not ("to operate them": what?)
    ("A letter from Leeds now takes more than 3 days to reach the coast.\n", "3", "number",
     "", "More than how many days does a letter from Leeds take to reach the coast?"),
    ("Ann Hale trained 12 clerks to copy them.\n", "12", "number", "",
     "How many clerks did Ann Hale train?"),
    # an apposed noun set off by commas leaves a question's tail whole ("the heliopause, the
    # edge of the Sun's bubble on 25 August 2012?")
    ("The comet crossed the ecliptic, the plane of the planets, on 3 May 1910.\n",
     "3 May 1910", "date", "which date", "On which date did the comet cross the ecliptic?"),
    # a phrase set off by a comma after a count's object is no part of the question
    ("The crews dug three shafts through the hill, each about 40 feet deep, and in May 1860 "
     "the water was pumped out.\n", "three", "number", "",
     "How many shafts did the crews dig through the hill?"),
    # a place after "on" is asked "Where" ("On which place did ...?" is no English)
    ("The probe found ice on Tethys.\n", "Tethys", "name", "Which place",
     "Where did the probe find ice?"),
])
def test_ninth_round_questions(tmp_path, monkeypatch, text, answer, kind, word, expected):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    assert _ask_one(text, answer, kind, word).prompt == expected


@pytest.mark.parametrize(("text", "answer", "kind"), [
    # "it" after a person and a date means neither: crossed what?
    ("In May 1860 Obed Marrow sold it to a bank in Leeds.\n", "Leeds", "name"),
    # a subject "that custom" points at a sentence the prompt does not show
    ("That custom ended shortly before the war in 1902.\n", "1902", "date"),
    # and so does "these flat-bottomed boats" in a question
    ("These flat-bottomed boats first appeared about 300 years ago.\n", "300", "number"),
    # a list item with no verb says of what only in the heading above it
    ("Greetings in 55 languages;\n", "55", "number"),
    # a number with no noun as the subject: fewer than how many what?
    ("Fewer than 300 are thought to live on the island.\n", "300", "number"),
    # "there" with no place named before it in the sentence
    ("Ann Hale, who had held the lease to farm there, sold it in 1862.\n", "1862", "date"),
    # a question of a verb alone asks nothing one can answer from
    ("Ann Hale disagreed.\n", "Ann Hale", "name"),
    # and "What" of a thing with a verb and an adverb ("What moves a little?")
    ("A distant comet moves a little.\n", "distant comet", "name"),
    # "followed on ...": after what?
    ("Comet 1 followed on 9 June 1961.\n", "9 June 1961", "date"),
])
def test_ninth_round_a_referent_from_elsewhere_is_lost(tmp_path, monkeypatch, text, answer,
                                                      kind):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    word = {"name": "What" if answer.islower() else "Who", "date": "which date",
            "number": ""}[kind]
    asked = _ask_one(text, answer, kind, word)
    assert asked.how == PRONOUN or asked.lost, asked


def test_a_time_of_day_cloze_asks_at_what_time():
    from edu.extract.wording import count_heading
    assert count_heading("pm") == "At what time?"
    assert count_heading("a.m.") == "At what time?"
    assert count_heading("feet") == "How many feet?"


def test_markdown_emphasis_is_no_part_of_a_prompt_or_its_evidence(tmp_path, monkeypatch):
    from edu.extract.wording import without_emphasis
    assert without_emphasis("**Comet 2** was launched") == "Comet 2 was launched"
    assert without_emphasis("a *small* ship, 2 * 3") == "a small ship, 2 * 3"
    assert without_emphasis(f"How many? {BLANK} ships") == f"How many? {BLANK} ships"
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "probes.md"
    path.write_text("# Two probes\n\n## Launches\n\n- **Comet 2** was launched on 3 March 1961 "
                    "from Woomera in Australia.\n- **Comet 1** followed on 9 June 1961.\n",
                    encoding="utf-8")
    facts = extract_candidates(read_document(path))
    assert facts and not [f for f in facts if "*" in f.prompt or "*" in (f.evidence or "")]
    assert any(f.prompt == "On which date was Comet 2 launched from Woomera in Australia?"
               for f in facts), [f.prompt for f in facts]


def test_the_young_assistant_is_someone_the_text_named_otherwise(tmp_path, monkeypatch):
    from edu.extract.questions import Ask, _unintroduced
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    for said, lost in (("Obed Marrow joined the mill in 1851.", True),
                       ("Obed Marrow, a surveyor, joined the mill in 1851.", False)):
        text = f"The Mill\n\n{said} The young surveyor drew maps on two evenings a week.\n"
        clerk = text.index("The young")
        two = text.index("two")
        ask = Ask(clerk, len(text) - 1, two, two + 3, "number", "")
        asked = questions(text, [ask], ["CLOZE"])[ask]
        assert asked.prompt == "On how many evenings a week did the young surveyor draw maps?"
        assert asked.lost is lost
    # "the first sketch", "the right arm": parts of the document's thing, not people
    part = parser()("The right arm is 12 metres long.")
    assert not _unintroduced(part, "The statue stands on an island.", "How many metres long "
                             "is the right arm?", "")


def test_a_name_the_title_gives_after_of_is_said_whole(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The Tower of Ravens stands above the harbour. It was finished on 3 May 1870.\n")
    at = text.index("It was")
    from edu.extract.questions import Ask
    date = text.index("3 May 1870")
    ask = Ask(at, len(text) - 1, date, date + len("3 May 1870"), "date", "which date")
    prompt = questions(text, [ask], ["On which date? It was finished on _____."])[ask].prompt
    assert "the Tower of Ravens" in prompt or "The Tower of Ravens" in prompt, prompt


def test_a_passive_date_after_a_clause_of_its_own_asks_no_joined_subject():
    """'Work began in 1903 and the lock was opened on _____': the words before 'was' are two
    clauses, no subject ('On which date was Work began in 1903 and the lock opened?')."""
    from edu.extract.wording import question_of
    assert question_of("date", "Work began in 1903 and the lock was opened on _____ by the "
                       "mayor.", None, "", "date") is None
    assert question_of("date", "The lock was opened on _____ by the mayor.", None, "",
                       "date") == "On which date was the lock opened by the mayor?"


def test_a_passive_date_is_its_first_verbs_and_a_gapped_clause_asks_nothing(tmp_path,
                                                                         monkeypatch):
    from edu.extract.wording import question_of
    # "launched on _____ and completed the following spring": the date is the launch's
    assert question_of("date", "The barge was launched on _____ and completed the following "
                       "year.", None, "", "date") == "On which date was the barge launched?"
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "sisters.txt"
    path.write_text("The Marrow Sisters\n\nAda and Edith Marrow ran a mill on the Tyne. Ada "
                    "was born in 1851 near Hexham, Northumberland, and Edith in 1854 in "
                    "Durham.\n", encoding="utf-8")
    prompts = [f.prompt for f in extract_candidates(read_document(path))]
    # "Where was Ada born in 1851 near Hexham, Northumberland, and Edith in 1854?": no
    assert not [p for p in prompts if p.endswith("?") and BLANK not in p and "Edith in" in p], \
        prompts


def test_a_name_printed_without_its_middle_name_gives_it_away():
    from edu.extract.candidates import _clash
    name = Fact(id="a", kind=FactKind.NAME, prompt="Which engineer? The man who succeeded was "
                "the engineer _____.", answer="Hugh Alder Dane", source=Span(0, 50),
                status=FactStatus.DRAFT)
    other = Fact(id="b", kind=FactKind.NUMBER, prompt="How many years? Hugh Dane made his son "
                 "clerk when he was _____ years old.", answer="20", unit="years",
                 source=Span(100, 150), status=FactStatus.DRAFT)
    assert _clash(name, other)
    other.prompt = "How many years? Hugh Marrow made his son clerk at _____ years old."
    assert not _clash(name, other)


# Tenth round: what the blind teacher of set 8 still met on main (give-aways across the page,
# openings pointing back, figures cut in two, "Who" of a thing); each on a text written here.
def test_a_clashing_draft_waits_after_lost_ones_in_ordinary_english():
    """A draft whose answer another page draft prints is dropped for sure; a lost referent's
    draft is kept now and then: with a clash floor the lost one goes first."""
    from edu.extract.candidates import RAW_CLASH_FLOOR, RAW_PAGE_FLOOR
    asked = _fact(0, 0, 50, "How many locks did the engineers build?", "83", unit="locks")
    lost = _fact(1, 100, 150, "How many feet? It rose _____ feet.", "560", unit="feet")
    clash = _fact(2, 0, 50, "How many miles? The engineers built 83 locks over _____ miles.",
                  "363", unit="miles")
    clash.score = 9.95  # above the lost draft
    facts = sorted([asked, lost, clash], key=lambda f: -(f.score or 0))
    assert [f.id for f in _spread_first_page(facts, {"f1"}, floor=RAW_PAGE_FLOOR)] == \
        ["f0", "f2", "f1"]  # one floor: the higher score first
    assert [f.id for f in _spread_first_page(facts, {"f1"}, floor=RAW_PAGE_FLOOR,
                                             clash_floor=RAW_CLASH_FLOOR)] == ["f0", "f1", "f2"]
    # a figure cut in two ("sunk") waits with the clashing drafts, after the lost ones
    assert [f.id for f in _spread_first_page([asked, lost], {"f0", "f1"}, floor=RAW_PAGE_FLOOR,
                                             clash_floor=RAW_CLASH_FLOOR, sunk={"f0"})] == \
        ["f1", "f0"]


def test_the_raw_first_page_puts_clashing_drafts_below_lost_ones(tmp_path, monkeypatch):
    """Ordinary English passes the clash floor (below the lost referents' floor) and the
    figures cut in two to the first page."""
    seen: dict[str, Any] = {}
    real = candidates._spread_first_page

    def spy(facts: list[Fact], *args: Any, **kwargs: Any) -> list[Fact]:
        seen.update(kwargs)
        return real(facts, *args, **kwargs)

    monkeypatch.setattr(candidates, "_spread_first_page", spy)
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "mill.txt"
    path.write_text("The Marrow Mill\n\nThe mill at Hexham was built in 1851 by Ada Marrow. "
                    "It had 40 looms and employed 120 weavers.\n", encoding="utf-8")
    extract_candidates(read_document(path))
    assert seen["clash_floor"] < seen["floor"] and "sunk" in seen


@pytest.mark.parametrize(("prompt", "expected"), [
    ("How many miles? During that time the barge covered about _____ miles.",
     "How many miles? The barge covered about _____ miles."),
    ("To find out, the council and the _____ built a test lock.",
     "The council and the _____ built a test lock."),
    ("Who? Soon afterwards Dane began working with _____, a mason.",
     "Who? Dane began working with _____, a mason."),
    ("How many feet? There the needle of the gauge rose _____ feet.",
     "How many feet? The needle of the gauge rose _____ feet."),
    # no opening to cut: a place, an existential "there", the blank inside the opening
    ("To the north, the _____ lies.", "To the north, the _____ lies."),
    ("To Londoners, the _____ was a shock.", "To Londoners, the _____ was a shock."),
    ("There were _____ weavers.", "There were _____ weavers."),
    ("To honour _____, the town built a lock.", "To honour _____, the town built a lock."),
])
def test_an_opening_pointing_back_is_cut_from_a_cloze(prompt, expected):
    from edu.extract.wording import without_link
    assert without_link(prompt) == expected


def test_a_purpose_opening_is_left_out_of_a_question():
    """"To deal with the problem, the council ..." asked "... to deal with the problem?":
    which problem, the sentence before said; the question is the main clause's."""
    text = "To deal with the problem, the council founded the Board of Locks in 1855.\n"
    asked = _ask_one(text, "1855", "date", "which year")
    assert asked.prompt == "In which year did the council found the Board of Locks?"


def test_him_with_no_name_before_points_at_nothing():
    assert points_at_nothing("A statue of him stands on the _____, beside the river.")
    assert not points_at_nothing("Ada Marrow built a mill, and a statue of him stands on the "
                                 "_____.")


def test_it_never_means_a_word_of_a_persons_name(tmp_path, monkeypatch):
    """"Etienne travelled to the capital ... On 19 September it was launched": "it" is the
    balloon the sentence before spoke of, never Etienne (of Jacques-Etienne Marrow), whom the
    model reads as no person when alone."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "barge.txt"
    path.write_text("The Marrow Brothers\n\nJacques-Etienne Marrow was born in Hexham in 1745. "
                    "Etienne travelled to the capital and worked with a rich merchant on a "
                    "larger barge. On 19 September 1783 it was launched at the royal dock.\n",
                    encoding="utf-8")
    prompts = [f.prompt for f in extract_candidates(read_document(path))]
    assert not [p for p in prompts if "Etienne launched" in p or "was Etienne" in p], prompts


def test_a_thing_named_after_a_person_is_asked_which(tmp_path, monkeypatch):
    from edu.extract.candidates import _named_things
    assert _named_things("He named the aircraft Glamorous Glennis after his wife. The "
                         "engineer Ada Marrow flew it.") == {"Glamorous Glennis": "aircraft"}
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "ship.txt"
    path.write_text("The Fast Ship\n\nThe captain named the ship Margaret Pellow after his "
                    "mother. Margaret Pellow is now displayed at the harbour museum in Hull.\n",
                    encoding="utf-8")
    drafts = [f for f in extract_candidates(read_document(path)) if f.answer == "Margaret Pellow"]
    assert drafts and not [f.prompt for f in drafts if f.prompt.startswith("Who")], \
        [f.prompt for f in drafts]


def test_a_figure_cut_in_two_waits_below_the_page_and_an_age_keeps_its_word(tmp_path,
                                                                            monkeypatch):
    from edu.extract.candidates import _cut_figure
    text = "The gun fired a .50 calibre round."
    assert _cut_figure(text, text.index("50"), "calibre round")
    assert not _cut_figure("It weighed 1.50 tonnes.", len("It weighed 1."), "tonnes")
    assert _cut_figure("more than two and a half million people", 10, "and a half million")
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "ace.txt"
    path.write_text("The Ace\n\nThe pilot chosen was Captain Ada Marrow, a 24-year-old "
                    "fighter ace from Leeds who had flown over France during the war.\n",
                    encoding="utf-8")
    ages = [f for f in extract_candidates(read_document(path)) if f.answer == "24"]
    assert ages and all("_____-year-old" in f.prompt or BLANK not in f.prompt for f in ages), \
        [f.prompt for f in ages]


@pytest.mark.parametrize(("text", "answer", "kind", "word", "expected"), [
    # a past perfect says "before the time of the sentence before": a question asks plainly
    ("Ada Hale had been born in Hexham in 1738 and had moved to Leeds as a young woman.\n",
     "Leeds", "name", "Where", "Where did Ada Hale move as a young woman?"),
    ("Ada Hale had been born in Hexham in 1738.\n", "1738", "date", "which year",
     "In which year was Ada Hale born in Hexham?"),
    # ... but "had been" before an adjective, and a perfect "since", keep it
    ("Mount Hale had been quiet for 200 years when it woke in 1850.\n", "200", "number", "",
     "For how many years had Mount Hale been quiet?"),
    ("People had known of five comets since ancient times.\n", "five", "number", "",
     "Of how many comets had people known since ancient times?"),
    # an "it" that means nothing ("it was accepted that ...") stays as it is
    ("Ada Hale found a new comet. By 1790 it was generally accepted that Hale had found a "
     "comet.\n", "1790", "date", "which year",
     "By which year was it generally accepted that Hale had found a comet?"),
])
def test_tenth_round_question_shapes(text, answer, kind, word, expected):
    asked = _ask_one(text, answer, kind, word)
    assert asked.prompt.replace("CLOZE", "CLOZE") == expected
    assert not asked.lost and asked.how == QUESTION


def test_it_never_means_a_person_by_the_title_before_the_name():
    """"The Astronomer Royal, Nevil Maskelyne, suggested that it might be a planet": "it" is
    not the Astronomer Royal (a person's title), whatever the model calls "Royal"."""
    text = ("The Astronomer Royal, Obed Marrow, said that it might be a comet, and the "
            "surveyor Ada Hale showed that it moved in a wide orbit.\n")
    asked = _ask_one(text, "Obed Marrow", "name", "Who")
    assert "Astronomer Royal might" not in asked.prompt, asked.prompt


def test_they_of_two_joined_names_is_both(tmp_path, monkeypatch):
    """"Ada Hale, a teacher, and the Marquis de Vere, an officer, rose ... They travelled
    nine kilometres": "they" are the two named (a joined subject, its asides left out)."""
    text = ("Ada Hale, a young teacher, and the Marquis de Vere, an army officer, rose from the "
            "park in a balloon. They travelled about nine kilometres in roughly 25 minutes.\n")
    at = text.index("25")
    from edu.extract.questions import Ask
    ask = Ask(text.index("They"), len(text) - 1, at, at + 2, "number", "")
    asked = questions(text, [ask], ["How many minutes? They travelled about nine kilometres "
                                    "in roughly _____ minutes."])[ask]
    assert "Ada Hale and the Marquis de Vere" in asked.prompt, asked.prompt


@pytest.mark.parametrize(("prompt", "lost"), [
    ("Until which year did the outbreak of the Great War delay their publication?", True),
    ("Hale was sure that the language they wrote was not _____.", True),
    ("Hale and Vere completed their _____ in 1956.", False),
    ("The brothers thought the smoke held a gas, which they called _____ gas.", False),
])
def test_they_with_nothing_plural_before_points_at_nothing(prompt, lost):
    assert points_at_nothing(prompt) is lost


def test_similar_and_a_past_perfect_name_are_tidied():
    assert tidy_prompt("More than how many similar tablets did Hale find at Pylos?") == \
        "More than how many tablets did Hale find at Pylos?"
    assert tidy_prompt("A lock similar to the first was _____.") == \
        "A lock similar to the first was _____."
    assert tidy_prompt("In which year had Ada Hale been born in Hexham?") == \
        "In which year was Ada Hale born in Hexham?"


def test_a_house_number_and_a_people_asked_what_wait_below_the_page(tmp_path, monkeypatch):
    seen: dict[str, Any] = {}
    real = candidates._spread_first_page

    def spy(facts: list[Fact], lost: Any = frozenset(), *args: Any, **kwargs: Any) -> Any:
        seen["facts"], seen["lost"], seen["sunk"] = facts, set(lost), kwargs.get("sunk")
        return real(facts, lost, *args, **kwargs)

    monkeypatch.setattr(candidates, "_spread_first_page", spy)
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "house.txt"
    path.write_text("The Hale Crew\n\nOn 3 May 1790 Ada Hale saw a comet from the garden of her "
                    "house at 19 Old Mill Street in Leeds. The crew numbered six sailors. The "
                    "sixth member was a Swede, Bengt Lind, who spoke Spanish.\n",
                    encoding="utf-8")
    extract_candidates(read_document(path))
    by_answer = {f.answer: f for f in seen["facts"]}
    assert by_answer["19"].id in seen["sunk"]  # "How many Old Mill Street?"
    # (a question naming nothing may carry a lead, "For the Hale Crew, what was ...", round 21n)
    swede = [f for f in seen["facts"] if f.answer == "Swede"
             and f.prompt.split(", ")[-1].lower().startswith("what")]
    assert swede and all(f.id in seen["lost"] for f in swede), [f.prompt for f in seen["facts"]]


def test_a_span_later_beside_its_date_says_the_date():
    from edu.extract.wording import dated_opening
    assert dated_opening("Only ten days later, on 1 December 1783, the pilot Ada Hale flew "
                         "from the _____.") == "On 1 December 1783, the pilot Ada Hale flew " \
                                              "from the _____."
    assert dated_opening("Three weeks later the ship sank in _____.") == \
        "Three weeks later the ship sank in _____."


def test_a_pronoun_means_the_name_its_subject_was_said_to_be():
    """"The man who broke the code was Ada Hale. ... He served ..." and "The result was the
    Hale X-2, a small boat. It was powered ...": the subject of the sentence before equals a
    name, and the pronoun means it."""
    text = ("The man who finally read the code was Obed Marrow, an English clerk born in 1922. "
            "He served as a navigator in the Royal Navy during the war.\n")
    at = text.index("Royal Navy")
    from edu.extract.questions import Ask
    ask = Ask(text.index("He served"), len(text) - 1, at, at + len("Royal Navy"), "name", "")
    asked = questions(text, [ask], ["He served as a navigator in the _____ during the war."])[ask]
    assert asked.prompt.startswith("Obed Marrow served"), asked.prompt
    text = ("The result was the Hale X-2, a small boat with a flat hull. It was built of "
            "larch planks by a yard in Leith.\n")
    at = text.index("Leith")
    ask = Ask(text.index("It was"), len(text) - 1, at, at + len("Leith"), "name", "")
    asked = questions(text, [ask], ["Which place? It was built of larch planks by a yard in "
                                    "_____."])[ask]
    assert "the Hale X-2 was built" in asked.prompt or "Hale X-2" in asked.prompt, asked.prompt
