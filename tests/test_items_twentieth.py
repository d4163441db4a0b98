"""Round 20 (items): the thing named in full, sentences kept whole, one meaning.

Held-out set 21's blind review of raw documents' items (labels review21) marked "Clark"
asked where the text first says "Clark Air Base", items about "the act" in a text of two
acts (wrong), "Kwolek instead persuaded Lester Shubin." (persuaded to do what?) and a
person swapped for a typhoon in a false statement.
"""

from __future__ import annotations

from edu.deck.model import Deck, Fact
from edu.items.complete import lost_complement
from edu.items.fullnames import NameBook
from edu.items.generate import generate_items_with_report
from edu.items.qualifiers import name_kind
from edu.text.source import Span

PINATUBO = (
    "Thirty Years After Pinatubo\n\n"
    "From a makeshift observatory at Clark Air Base, the scientists recorded growing "
    "earthquake activity. The United States, already in difficult talks over the future of "
    "its bases, decided not to reopen Clark, which was handed over to the Philippine "
    "government on 26 November 1991. Today Clark has been redeveloped as an airport.\n")

HIGHWAYS = (
    "The Interstate Highway System\n\n"
    "The Federal-Aid Highway Act of 1944 designated a network of up to 40,000 miles. "
    "Eisenhower signed the Federal-Aid Highway Act of 1956 on 29 June 1956. "
    "The act authorised a system of 41,000 miles.\n")


def test_a_short_form_is_written_as_the_text_first_wrote_it() -> None:
    book = NameBook.of(PINATUBO, "Thirty Years After Pinatubo")
    assert book.full == {"Clark": "Clark Air Base"}
    assert book.in_full("On which date was Clark handed over to the Philippine government?") \
        == "On which date was Clark Air Base handed over to the Philippine government?"
    assert book.in_full("Clark Air Base lies north of Manila.") == \
        "Clark Air Base lies north of Manila."  # already in full: unchanged


def test_no_person_place_or_part_of_a_name_is_grown() -> None:
    people = ("Kevlar\n\nStephanie Kwolek joined DuPont in 1946. Kwolek Laboratory opened "
              "later. Kwolek persuaded him.\n")
    assert "Kwolek" not in NameBook.of(people).full  # "Kwolek Laboratory" came later
    islands = ("The Vault\n\nThe Svalbard Global Seed Vault opened in 2008 on the island of "
               "Spitsbergen in the Svalbard archipelago. Seeds returned to Svalbard.\n")
    assert NameBook.of(islands).full == {}
    owner = ("Payne\n\nShe worked at the Harvard College Observatory from 1923. She was the "
             "first woman to head a department at Harvard. Harvard's faculty agreed.\n")
    assert NameBook.of(owner).full == {}


def test_the_kind_of_two_named_things_is_ambiguous() -> None:
    book = NameBook.of(HIGHWAYS, "The Interstate Highway System")
    assert "the act" in book.ambiguous("The act authorised a system of 41,000 miles.")
    assert "Federal-Aid Highway Act" in book.ambiguous(
        "What is the system of the Federal-Aid Highway Act in miles?")
    assert book.ambiguous("What network did the Federal-Aid Highway Act of 1944 designate?") \
        == ""
    bridge = ("The Brooklyn Bridge\n\nThe Brooklyn Bridge opened in 1883, before the "
              "Williamsburg Bridge. The bridge spans the East River.\n")
    assert NameBook.of(bridge, "The Brooklyn Bridge").ambiguous("The bridge opened in 1883.") \
        == ""  # the title's bridge


def test_an_item_about_the_act_of_two_acts_is_not_made(tmp_path) -> None:
    (tmp_path / "notes.txt").write_text(HIGHWAYS, encoding="utf-8")
    start = HIGHWAYS.index("The act")
    fact = Fact(id="a", kind="number", prompt="How many miles did the act authorise?",
                answer="41,000", unit="miles", source=Span(start, len(HIGHWAYS) - 1))
    deck = Deck(title="The Interstate Highway System", id="t", source="notes.txt",
                facts=[fact], path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(deck, ["true_false", "short_answer"])
    assert items == [], [i.prompt for i in items]
    assert {k for _, k, why in dropped if "could mean either" in why} == {
        "true_false", "short_answer"}


def test_an_item_names_the_base_in_full(tmp_path) -> None:
    (tmp_path / "notes.txt").write_text(PINATUBO, encoding="utf-8")
    start = PINATUBO.index("The United States")
    end = PINATUBO.index(" Today")
    fact = Fact(id="a", kind="date", prompt="On which date was Clark handed over to the "
                "Philippine government?", answer="26 November 1991", source=Span(start, end))
    deck = Deck(title="Thirty Years After Pinatubo", id="t", source="notes.txt",
                facts=[fact], path=str(tmp_path / "d.yaml"))
    items, _ = generate_items_with_report(deck, ["short_answer"])
    assert [i.prompt for i in items] == [
        "On which date was Clark Air Base handed over to the Philippine government?"]


def test_a_verb_that_lost_its_clause_or_object_is_seen() -> None:
    evidence = ("Kwolek instead persuaded Charles Smullen, the technician who operated the "
                "spinneret, to try to spin it into fibre.")
    assert lost_complement("Kwolek instead persuaded Lester Shubin.", evidence)
    assert lost_complement("Whom did Kwolek instead persuade?", evidence)
    assert lost_complement("Kwolek instead persuaded Charles Smullen to try to spin it into "
                           "fibre.", evidence) == ""
    built = "Roebling designed the bridge in 1867."
    assert lost_complement("By whom was the bridge designed?", built) == ""
    assert lost_complement("In which year did Roebling design the bridge?", built) == ""


def test_a_storm_is_no_person() -> None:
    assert name_kind("Typhoon Yunya") == "thing"
    assert name_kind("Raymundo Punongbayan") == "person"


def test_a_word_tying_a_claim_to_the_sentence_before_leans_on_it() -> None:
    from edu.items.alone import leans_on

    assert leans_on("Whom did Kwolek instead persuade?", "Charles Smullen") == "instead"
    assert leans_on("By unlucky coincidence, _____ crossed Luzon the same day.",
                    "Typhoon Yunya") == "the same day"
    assert leans_on("In which year did Lister go to Edinburgh?", "1853") == ""
