"""A raw draft's bare "the machine" under the title "The Enigma Machine" is the Enigma machine
(issue 15, fourteenth round, "the title's thing"): the title line is the one place a short
text names its own subject in full, and a learner reads the question without it."""

from __future__ import annotations

from edu.extract import extract_candidates
from edu.extract.naming import named_as_title
from edu.text.reading import read_document

_ENIGMA = ("The Enigma Machine\n\nThe Enigma machine was a cipher device used by the German "
           "military during the Second World War. It looked like a typewriter in a wooden "
           "box.\n\nThe German engineer Arthur Scherbius patented the first design in 1918. At "
           "first the machine was sold to banks and businesses. The German navy adopted the "
           "machine in 1926, and the army followed in 1928.\n\nEach day the operators changed "
           "the settings. The machine had three rotors, and later the navy used four.\n")
_VAULT = ("Svalbard Global Seed Vault\n\nThe Svalbard Global Seed Vault lies inside a mountain "
          "on the island of Spitsbergen. The facility opened on 26 February 2008.\n")


def test_the_machine_is_the_title_s_machine_as_the_text_spells_it():
    """Head of the title's name: "the machine" -> "the Enigma machine" (lower case, as the
    running text writes it, not the title's capitals)."""
    got = named_as_title("How many rotors did the machine have?", "the Enigma Machine",
                         _ENIGMA, "three", frozenset({"machine", "rotors"}))
    assert got == "How many rotors did the Enigma machine have?"


def test_a_listed_general_noun_names_the_title_s_thing():
    """"the facility" of a text titled "Svalbard Global Seed Vault" (a vault is a facility,
    `lexicon.TITLE_HYPERNYMS`); a noun not listed for that head ("the island") stays."""
    assert named_as_title("When did the facility open?", "Svalbard Global Seed Vault", _VAULT,
                          "26 February 2008", frozenset({"facility"})) \
        == "When did the Svalbard Global Seed Vault open?"
    assert named_as_title("What lies on the island?", "Svalbard Global Seed Vault", _VAULT,
                          "", frozenset({"island"})) == "What lies on the island?"


def test_another_thing_of_that_head_leaves_the_prompt_as_it_is():
    """A text that names a second machine ("the Lorenz machine") or speaks of two bridges
    never says which one "the machine" is; nor is a name the running text never writes ("The
    Double Helix": title capitals), nor one that holds the answer."""
    lorenz = _ENIGMA + "Later the Germans also used the Lorenz machine for their generals.\n"
    assert named_as_title("How many rotors did the machine have?", "the Enigma Machine",
                          lorenz, "three", frozenset({"machine"})) \
        == "How many rotors did the machine have?"
    bridges = ("The Tay Bridge\n\nThe Tay Bridge opened in 1878. A second bridge was built "
               "beside it in 1887.\n")
    assert named_as_title("When did the bridge open?", "the Tay Bridge", bridges, "1878",
                          frozenset({"bridge"})) == "When did the bridge open?"
    helix = "The Double Helix\n\nThe helix was about 2 nanometres wide.\n"
    assert named_as_title("How wide was the helix?", "the Double Helix", helix, "",
                          frozenset({"helix"})) == "How wide was the helix?"  # title only
    assert named_as_title("The _____ machine had three rotors.", "the Enigma Machine",
                          _ENIGMA, "Enigma", frozenset({"machine"})) \
        == "The _____ machine had three rotors."


def test_drafts_of_a_titled_text_say_which_machine(tmp_path, monkeypatch):
    """End to end: the raw drafts of the Enigma text ask of the Enigma machine, never of
    "the machine" where their sentence wrote it bare (the old code read no title line)."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "enigma.txt"
    path.write_text(_ENIGMA)
    prompts = [f.prompt for f in extract_candidates(read_document(path))]
    rotors = [p for p in prompts if "rotors" in p and "?" in p]
    assert rotors and all("the Enigma machine" in p for p in rotors), prompts
    assert any("adopt the Enigma machine" in p for p in prompts), prompts
