"""What a learner types -> the verdict a teacher gives: one table, every row a typed answer to
an item of real documents (tests/data/blind, tests/data/tuning/i16_*). Accepted means correct
or almost; refused means wrong. Each row of the first part failed before round 16."""

from __future__ import annotations

import pytest

from edu.deck.model import FactKind
from edu.grading.grade import Expected, grade, grade_date
from edu.grading.verdict import Grade
from edu.items.model import Item, ItemKind

N, D, M = FactKind.NAME, FactKind.DATE, FactKind.NUMBER
OZONE = ("In June 1974 two chemists ... published a paper in the journal Nature warning that "
         "chlorofluorocarbons, or CFCs, could damage it.")
BARCODE = "The resulting Universal Product Code, or UPC, uses 12 digits."
YES, NO = True, False

# (answer, fact kind, category, prompt, evidence, typed, accepted)
TABLE = [
    # a person named by the surname alone, whatever the draft's category
    ("René Laennec", N, "physician", "Who invented the stethoscope?", "", "Laennec", YES),
    ("René Laennec", N, "physician", "Who invented the stethoscope?", "", "Laenec", YES),
    ("Horace-Bénédict de Saussure", N, "scientist", "", "", "Saussure", YES),
    ("Horace-Bénédict de Saussure", N, "scientist", "", "", "de Saussure", YES),
    ("James Van Allen", N, "person", "", "", "Van Allen", YES),
    # titles and short forms
    ("Sir Rowland Hill", N, "person", "", "", "Rowland Hill", YES),
    ("Rowland Hill", N, "person", "", "", "Sir Rowland Hill", YES),
    ("Pope Innocent III", N, "person", "", "", "Innocent III", YES),
    ("St Paul's Cathedral", N, "building", "", "", "Saint Paul's Cathedral", YES),
    # an abbreviation the text gives, either way
    ("chlorofluorocarbons", N, "chemical", "", OZONE, "CFCs", YES),
    ("chlorofluorocarbons", N, "chemical", "", OZONE, "CFC", YES),
    ("CFCs", N, "chemical", "", OZONE, "chlorofluorocarbons", YES),
    ("Universal Product Code", N, "code", "", BARCODE, "UPC", YES),
    # a part of a decade
    ("the late 1960s", D, "decade", "", "", "late 1960s", YES),
    ("late 1960s", D, "decade", "", "", "1960s", YES),
    ("late 1960s", D, "decade", "", "", "1968", YES),
    # rows that passed before and must stay
    ("Mario Molina", N, "scientist", "", "", "Molina", YES),
    ("Ólafur Ragnar Grímsson", N, "person", "", "", "Olafur Ragnar Grimsson", YES),
    ("Eyjafjallajökull", N, "volcano", "", "", "Eyjafjalajokull", YES),
    ("Reykjavík", N, "city", "", "", "Reykjavik", YES),
    ("$1.7 billion", M, "cost", "", "", "1.7 billion", YES),
    ("$1.7 billion", M, "cost", "", "", "$1.7bn", YES),
    ("1.7 billion", M, "cost", "", "", "$1.7 billion", YES),
    ("$21.3 million", M, "price", "", "", "21.3m", YES),
    ("13 digits", M, "digit count", "", "", "13", YES),
    ("13", M, "digit count", "", "", "13 digits", YES),
    ("13", M, "digit count", "", "", "thirteen", YES),
    ("68 million", M, "count", "", "", "68,000,000", YES),
    ("16 September 1987", D, "date", "", "", "16/9/1987", YES),
    ("16 September 1987", D, "date", "", "", "16 Sep 1987", YES),
    ("16 September 1987", D, "date", "", "", "September 16, 1987", YES),
    ("16 September 1987", D, "date", "", "", "1987-09-16", YES),
    ("16 September 1987", D, "date", "", "", "16th September 1987", YES),
    ("16 September 1987", D, "date", "", "", "16 Septmber 1987", YES),
    ("June 1974", D, "date", "", "", "Jun 1974", YES),
    # what must be refused
    ("Mario Molina", N, "scientist", "", "", "Rowland", NO),  # another person's surname
    ("Jacques Balmat", N, "person", "", "", "Paccard", NO),
    ("Rowland Hill", N, "person", "", "", "Rowland", NO),  # a given name alone
    ("Paul Crutzen", N, "scientist", "", "", "Paul", NO),
    ("René Laennec", N, "physician", "Who invented the stethoscope?", "", "Auenbrugger", NO),
    ("Earl of Pembroke", N, "person", "", "", "Pembroke", NO),  # a title's place
    ("Montreal Protocol", N, "treaty", "", "", "Montreal", NO),
    ("Kyoto Protocol", N, "treaty", "", "", "Montreal Protocol", NO),
    ("Innocent III", N, "person", "", "", "Innocent II", NO),
    ("chlorofluorocarbons", N, "chemical", "", OZONE, "HCFCs", NO),
    ("chlorofluorocarbons", N, "chemical", "", "", "CFCs", NO),  # the text never says so
    ("late 1960s", D, "decade", "", "", "early 1960s", NO),
    ("late 1960s", D, "decade", "", "", "1970s", NO),
    ("late 1960s", D, "decade", "", "", "1961", NO),
    ("1974", D, "year", "", "", "1975", NO),  # a wrong year
    ("16 September 1987", D, "date", "", "", "16 September 1988", NO),
    ("16 September 1987", D, "date", "", "", "15 September 1987", NO),
    ("16 September 1987", D, "date", "", "", "1987", NO),
    ("$1.7 billion", M, "cost", "", "", "1.7 million", NO),
    ("13", M, "digit count", "", "", "12", NO),
    ("68 million", M, "count", "", "", "86 million", NO),
]


@pytest.mark.parametrize(("answer", "kind", "category", "prompt", "evidence", "typed", "ok"),
                         TABLE, ids=[f"{row[0]}<-{row[5]}" for row in TABLE])
def test_a_typed_answer_gets_the_teachers_verdict(answer, kind, category, prompt, evidence,
                                                  typed, ok):
    item = Item(id="f:short_answer", fact_id="f", kind=ItemKind.SHORT_ANSWER,
                prompt=prompt or "Which?", answer=answer, category=category, fact_kind=kind,
                evidence=evidence)
    verdict = grade(item, typed)
    assert verdict.accepted is ok, verdict


def test_a_decade_part_is_graded_by_part():
    assert grade_date(Expected("the late 1960s"), "the late 1960s").status is Grade.CORRECT
    assert grade_date(Expected("late 1960s"), "1960s").status is Grade.ALMOST
    assert grade_date(Expected("1960s"), "1965").status is Grade.ALMOST
    assert "late 1960s" in grade_date(Expected("late 1960s"), "1968").reason


def test_a_surname_alone_is_almost_and_shows_the_full_name():
    item = Item(id="f:short_answer", fact_id="f", kind=ItemKind.SHORT_ANSWER,
                prompt="Who invented the stethoscope?", answer="René Laennec",
                category="physician", fact_kind=N)
    verdict = grade(item, "Laennec")
    assert verdict.status is Grade.ALMOST and "René Laennec" in verdict.reason
