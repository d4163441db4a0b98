"""A raw prompt says what it is about as the text itself named it (issue 15, fifteenth round,
"name the subject"): a definition ("The Higgs boson is an elementary particle" makes "the
particle" the Higgs boson), the one fuller form of a bare "the N" ("the San José mine"), a
given name alone said in full ("Mary" -> "Mary Anning"), and a name never cut ("the
International Center for Agricultural Research in the Dry Areas"). Sentences from
tests/data/blind."""

from __future__ import annotations

from edu.extract.naming import (
    defined_names,
    fuller_form,
    named_by_definition,
    named_by_fuller_form,
    named_in_full,
    named_in_whole,
)
from edu.extract.questions import parser, sentences_referred

_HIGGS = ("The Higgs Boson\n\nThe Higgs boson is an elementary particle that physicists hunted "
          "for almost half a century before it was finally detected in 2012.\n\nThe idea "
          "behind the particle was developed in 1964 by Peter Higgs. The popular nickname "
          "\"the God particle\" came later.\n")
_ENIGMA = ("The Enigma Machine\n\nThe Enigma was an electromechanical cipher machine used by "
           "Germany. The machines were built by the British Tabulating Machine Company at "
           "Letchworth.\n\nIn 1930 the army added a plugboard at the front of the machine.\n")


def test_a_definition_names_the_bare_noun():
    """"The Higgs boson is an elementary particle" -> "the particle" is the Higgs boson (a
    quoted nickname, "the God particle", is no other particle); "The Enigma was ... machine"
    -> "the Enigma" (a name going on past the head, "British Tabulating Machine Company", is
    no other machine)."""
    higgs = defined_names(parser(), _HIGGS)
    assert higgs["particle"].name == "Higgs boson"
    at = _HIGGS.index("The idea")
    assert named_by_definition("In which year was the idea behind the particle developed?",
                               higgs, at, _HIGGS, "1964", "", frozenset({"idea", "particle"})) \
        == "In which year was the idea behind the Higgs boson developed?"
    enigma = defined_names(parser(), _ENIGMA)
    assert enigma["machine"].name == "Enigma"
    at = _ENIGMA.index("In 1930")
    assert named_by_definition("In which year did the army add a plugboard at the front of "
                               "the machine?", enigma, at, _ENIGMA, "1930", "",
                               frozenset({"army", "plugboard", "front", "machine"})) \
        == "In which year did the army add a plugboard at the front of the Enigma?"


def test_two_definitions_or_a_later_one_name_nothing():
    """Two things defined by one noun ("X is a ship ... Y is a ship") leave "the ship"; a
    prompt before the definition is not named from it."""
    two = ("Ships\n\nThe Vasa was a Swedish warship. The Mary Rose was a warship of the English "
           "navy.\n")
    assert "warship" not in defined_names(parser(), two)
    higgs = defined_names(parser(), _HIGGS)
    assert named_by_definition("What was the particle?", higgs, 0, _HIGGS, "", "",
                               frozenset({"particle"})) == "What was the particle?"


def test_the_one_fuller_form_names_a_bare_definite():
    """chile_miners_rescue: "the mine" is the San José mine (its one fuller form); two forms
    ("the German army", "the Polish army") name neither."""
    text = ("Rescue\n\nRescuers broke into a space near the mine's emergency shelter. Speaking "
            "at the mine, Mr Piñera said the owners of the San José mine would face "
            "investigation.\n")
    assert fuller_form("mine", text) == "San José mine"
    assert named_by_fuller_form("On which date did rescuers break into a space near the "
                                "mine's emergency shelter?", text, "22 August", "",
                                frozenset({"mine", "space"})) == (
        "On which date did rescuers break into a space near the San José mine's emergency "
        "shelter?")
    armies = "War\n\nThe German army attacked. The Polish army held the line for a week.\n"
    assert fuller_form("army", armies) is None
    parties = ("Ice\n\nThe Ross Sea party laid depots. For the main party the drift went on. "
               "For five months the party lived on floes.\n")
    assert fuller_form("party", parties) is None  # endurance_expedition: the main party


def test_a_given_name_alone_is_said_in_full():
    """mary_anning: "Mary" -> "Mary Anning"; two Marys, a word no given name ("Fossil" of a
    "Fossil Depot" the entity model took for a person) and a name already whole stay."""
    people = frozenset({"Mary Anning", "Fossil Depot", "Henry Hoste Henley"})
    assert named_in_whole("In which month and year did Mary discover the first complete "
                          "skeleton of a plesiosaur?", people, "December 1823",
                          "Mary Anning") == (
        "In which month and year did Mary Anning discover the first complete skeleton of a "
        "plesiosaur?")
    assert named_in_whole("Fossil hunting on the _____ shore was dangerous work.", people,
                          "Dorset", "Fossil Depot") \
        == "Fossil hunting on the _____ shore was dangerous work."
    assert named_in_whole("When did Mary die?", people | {"Mary Moore Anning"}, "",
                          "Mary Anning") \
        == "When did Mary die?"
    assert named_in_whole("When did Mary Anning die?", people, "", "Mary Anning") \
        == "When did Mary Anning die?"
    assert named_in_whole("When did Henry die?", people, "", "Mary Anning") \
        == "When did Henry die?"  # no one of the title's family: his name may be an answer


def test_a_surname_before_a_common_noun_is_no_short_name():
    """higgs_boson: "the Higgs boson" was "the Peter Higgs boson" (the capitalised short-name
    rule took "Higgs" for the head of a longer name)."""
    earlier = "The idea was developed in 1964 by Peter Higgs at the University of Edinburgh.\n"
    assert named_in_full("How many detectors searched for the Higgs boson?", earlier, "two") \
        == "How many detectors searched for the Higgs boson?"


def test_a_name_going_on_after_for_is_never_cut():
    """svalbard_seed_vault: "it" was "the International Center", its name cut before "for"."""
    text = ("The International Center for Agricultural Research in the Dry Areas had lost "
            "access to its gene bank near Aleppo. In September 2015 it made the first "
            "withdrawal in the vault's history.\n")
    start = text.index("In September")
    read, _ = sentences_referred(text, [(start, len(text) - 1, start + 3, start + 17)],
                                 frozenset())[0]
    assert "International Center for Agricultural Research in the Dry Areas made" in read


def test_an_abbreviation_is_no_sentence_end_and_a_possessive_no_name():
    """mount_st_helens: "Mount St. Helens is an active volcano" defines "the volcano" as the
    whole name (it was "Helens", cut at "St."); galilean_moons: the entity "Galileo Galilei's"
    makes "Galileo" "Galileo Galilei", not "Galileo Galilei's"."""
    text = "Mount St. Helens\n\nMount St. Helens is an active volcano in Washington.\n"
    assert defined_names(parser(), text)["volcano"].name == "Mount St. Helens"
    assert named_in_whole("In which year did Galileo hear of a Dutch device?",
                          frozenset({"Galileo Galilei's"}), "1609", "Galileo Galilei") \
        == "In which year did Galileo Galilei hear of a Dutch device?"
