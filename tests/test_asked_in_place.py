"""Raw English fill-ins asked as real questions once the drafts are ranked (issue 15,
fourteenth round: the form of the question), and the shapes that must stay fill-ins."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu.extract import candidates, extract_candidates
from edu.extract.asked_in_place import asked_in_place
from edu.extract.wording import BLANK
from edu.text.reading import read_document


@pytest.mark.parametrize(("body", "answer", "kind", "category", "expected"), [
    # a count in "there were _____ N", fronted with its frame
    ("By 1966 there were _____ tips above the village.", "seven", "number", "",
     "By 1966, how many tips were there above the village?"),
    # "In all _____ adults died": the parse reads a phrase, the count is the subject
    ("In all _____ adults died alongside the 116 children.", "28", "number", "",
     "In all, how many adults died alongside the 116 children?"),
    # a count as the object of the sentence's one verb, fronted with "do"
    ("It killed _____ people, 116 of them children, most of whom had just sat down for "
     "their lessons.", "144", "number", "", "How many people did it kill?"),
    ("The Vasa carried _____ guns and a crew of 145.", "64", "number", "",
     "How many guns did the Vasa carry?"),
    # a count with its noun in an object or a phrase of the verb, asked where it stands
    ("The Mont-Blanc had arrived from New York carrying about _____ tonnes of picric acid, "
     "TNT and guncotton, with drums of benzol lashed to her deck.", "2,900", "number", "",
     "The Mont-Blanc had arrived from New York carrying about how many tonnes of picric "
     "acid?"),
    # a name whose own head noun says its kind, its aside after a comma gone
    ("The dead were buried in a long double row of graves in _____, where a mass funeral was "
     "held on 27 October.", "Bryntaf Cemetery", "name", "person",
     "The dead were buried in a long double row of graves in which cemetery?"),
    ("Waste rock and ash from the pit was carried up the steep valley side and tipped in "
     "great mounds on the slope of _____.", "Merthyr Mountain", "name", "",
     "Waste rock and ash from the pit was carried up the steep valley side and tipped in "
     "great mounds on the slope of which mountain?"),
    ("Halifax was a busy port during the _____.", "First World War", "name", "event",
     "Halifax was a busy port during which war?"),
    ("Sutton Hoo is a group of burial mounds on a ridge above the _____, near the town of "
     "Woodbridge in Suffolk.", "River Deben", "name", "place",
     "Sutton Hoo is a group of burial mounds on a ridge above which river?"),
    # a kind noun after the name, or a title before it
    ("The Beagle was a ten-gun brig-sloop of the _____ class, launched at Woolwich Dockyard "
     "in 1820.", "Cherokee", "name", "name", "The Beagle was a ten-gun brig-sloop of which class?"),
    ("The Vasa was a Swedish warship ordered by King _____ during Sweden's wars in the "
     "Baltic.", "Gustavus Adolphus", "name", "person",
     "The Vasa was a Swedish warship ordered by which king during Sweden's wars in the "
     "Baltic?"),
    # a place by its category, a person by "whom"
    ("A relief train left _____ on the night of the explosion, carrying doctors, nurses and "
     "supplies.", "Boston", "name", "place",
     "A relief train left which place on the night of the explosion?"),
    ("The land belonged to _____, a widow who had bought the estate in 1926.", "Edith Pretty",
     "name", "person", "The land belonged to whom?"),
    # "south of _____" is a place whatever the model called the name: never "whom"
    ("Aberfan lies in the Taff valley, a few miles south of _____, and for generations its "
     "life revolved around the nearby colliery.", "Merthyr Tydfil", "name", "person",
     "Aberfan lies in the Taff valley, a few miles south of which place?"),
    # a date at its place, with the question word of its kind
    ("She died in London on _____, aged 36, the same age at which her father had died.",
     "27 November 1852", "date", "date", "She died in London on which date?"),
    ("The crisis came in the hot summer of _____.", "1858", "date", "year",
     "The crisis came in the hot summer of which year?"),
    # the year of an Act
    ("The disaster led directly to the Mines and Quarries (Tips) Act _____, which placed "
     "spoil heaps under strict regulation.", "1969", "date", "year",
     "The disaster led directly to the Mines and Quarries (Tips) Act of which year?"),
])
def test_a_fill_in_is_asked_as_a_question(body, answer, kind, category, expected):
    assert asked_in_place(body, answer, kind, category) == expected


@pytest.mark.parametrize(("body", "answer", "kind", "category"), [
    # "the tomb of whom" asks whose tomb: no English
    ("The soldiers had been made to guard the tomb of _____, the first emperor of a unified "
     "China.", "Qin Shi Huang", "name", "person"),
    # one of a list
    ("By late October the corps reached the villages of the Mandan and _____ peoples.",
     "Hidatsa", "name", "group"),
    # a phrase of the subject is the main pass's; no verb before the blank, no question
    ("Members of _____ in the new Palace of Westminster hung curtains over the windows.",
     "Parliament", "name", "organisation"),
    # a phrase set off by commas belongs to what follows it
    ("The Gotthard Base Tunnel is a railway tunnel through the Swiss Alps and, at _____ "
     "kilometres, the longest railway tunnel in the world.", "57.1", "number", ""),
    # a count with an article before it ("the how many rival states") or a percentage
    ("Through a series of wars he conquered the _____ rival states.", "six", "number", ""),
    ("More than _____ percent of the ship on display is original.", "95", "number", ""),
    # a date with words of its own before it, or one opening its sentence
    ("On Tuesday _____ the fire reached St Paul's Cathedral.", "4 September", "date", "date"),
    ("On _____, at the age of 17, she was introduced to Charles Babbage at a London party.",
     "5 June 1833", "date", "date"),
    # one side of a size; a count in a "when" clause hangs on the clause before it
    ("The Brooklyn caisson measured 168 by _____ feet.", "102", "number", ""),
    ("The port grew quickly, when the board hired about _____ dockers.", "300", "number", ""),
    # a name of no known kind
    ("The crew ate _____ for a week.", "Kon-Tiki", "name", "name"),
])
def test_no_shape_no_question(body, answer, kind, category):
    assert asked_in_place(body, answer, kind, category) is None


def test_extraction_asks_the_fill_in_and_keeps_its_score(tmp_path: Path, monkeypatch) -> None:
    """The question replaces the fill-in after ranking: same drafts, ids, answers, evidence
    and scores as with the fill-in kept."""
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    doc = tmp_path / "tips.txt"
    doc.write_text(
        "The Valley Tips\n\nThe village of Carnfach grew up around its colliery in the 1870s."
        " Waste from the pit was tipped on the hillside above the school. By 1966 there were"
        " seven tips above the village. The dead were buried in a long double row of graves"
        " in Bryntaf Cemetery, where a mass funeral was held on 27 October.\n", "utf-8")
    asked = extract_candidates(read_document(doc))
    monkeypatch.setattr(candidates, "asked_in_place", lambda *args: None)
    plain = extract_candidates(read_document(doc))
    assert [(f.id, f.answer, f.evidence, f.score) for f in asked] \
        == [(f.id, f.answer, f.evidence, f.score) for f in plain]
    prompts = {str(f.answer): f.prompt for f in asked}
    assert prompts["seven"] == "By 1966, how many tips were there above the village?"
    assert BLANK in {str(f.answer): f.prompt for f in plain}["seven"]
