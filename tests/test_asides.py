"""Raw prompts without the asides a teacher strikes out (issue 15, round 16k: long copied
sentences): appositions, relative and participle clauses set off by commas that hold neither
the blank nor the question, and discourse words pointing at a sentence not shown."""

from __future__ import annotations

from edu.extract.asides import without_asides
from edu.extract.wording import BLANK


def test_an_apposition_or_a_relative_clause_goes_with_its_commas():
    assert without_asides("On which date was Gregor Mendel born in Heinzendorf, a village in "
                          "Austrian Silesia that is now part of the Czech Republic?",
                          "20 July 1822") == "On which date was Gregor Mendel born in Heinzendorf?"
    assert without_asides("In which year did the archaeologist Giuseppe Fiorelli, who directed "
                          "the excavations, have the idea of pouring plaster into the hollows?",
                          "1863") == ("In which year did the archaeologist Giuseppe Fiorelli "
                                      "have the idea of pouring plaster into the hollows?")
    assert without_asides(f"The Airbus, which was delivered in 1999, had flown about {BLANK} "
                          "flights before the day of the landing.", "16,000") \
        == f"The Airbus had flown about {BLANK} flights before the day of the landing."

def test_what_holds_the_blank_a_name_or_a_list_stays():
    held = (f"The only eyewitness account comes from Pliny the Younger, who watched the eruption "
            f"from Misenum when he was {BLANK} years old.")
    assert without_asides(held, "17") == held  # the blank is in the clause
    named = ("From which first officer did the captain, Chesley Sullenberger, a 57-year-old "
             "former Air Force fighter pilot with more than 19,000 hours of flying experience, "
             "take over the controls?")
    assert without_asides(named, "Jeffrey Skiles") == ("From which first officer did the "
                                                      "captain, Chesley Sullenberger, take "
                                                      "over the controls?")
    listed = (f"In 1900 three botanists working apart, Hugo de Vries in the Netherlands, {BLANK} "
              f"in Germany and Erich von Tschermak in Austria, reached similar results.")
    assert without_asides(listed, "Carl Correns") == listed
    assert without_asides("Who took her up for a ten-minute flight?", "Frank Hawks") \
        == "Who took her up for a ten-minute flight?"  # short: read at a glance


def test_a_discourse_word_pointing_back_goes():
    assert without_asides(f"Yet in {BLANK} he received a doctorate in astronomy.", "1905") \
        == f"In {BLANK} he received a doctorate in astronomy."
    assert without_asides(f"Cambridge, however, did not award degrees to women until {BLANK}.",
                          "1948") == f"Cambridge did not award degrees to women until {BLANK}."
    assert without_asides(f"In which year? At first the diggers tunnelled for statues in {BLANK}.",
                          "1738") == f"In which year? The diggers tunnelled for statues in {BLANK}."
