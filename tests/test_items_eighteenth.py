"""Round 18 (items): items a learner can answer from the card alone.

The blind verdicts of 379 raw documents' items (labels of sets 14-19) named, most often, a
subject the item does not name and long copied sentences: an auto-extracted deck puts the
drafts that lean on nothing first (edu/items/alone.py), and a raw cloze shows at most
CLOZE_WORDS words (its clause holding the answer, or the statement of its question).
"""

from __future__ import annotations

from edu.deck.model import Deck, Fact
from edu.items.alone import alone_first, leans_on
from edu.items.cloze import short_cloze
from edu.items.generate import generate_items_with_report
from edu.items.short import CLOZE_WORDS, word_count
from edu.text.source import Span

# -- what a question leans on (the reviewers' own examples) ----------------------------


def test_a_pronoun_or_a_bare_noun_or_a_long_sentence_leans_on_what_it_does_not_say() -> None:
    assert leans_on("Whom did Truman appoint as its administrator?", "Paul G. Hoffman") == "its"
    assert leans_on("How many separate chambers does the storage area consist of?", "three") \
        == "the area"
    assert leans_on("In which year was the facility officially opened?", "2008") \
        == "the facility"
    assert leans_on("On which date were the first beams circulated in the collider?", "") \
        == "the collider"
    long = ("In the 1960s the Harvard cardiologist _____ introduced a lighter instrument with "
            "improved acoustics, and his name is still associated with one of the most widely "
            "used brands.")
    assert leans_on(long, "David Littmann") == "over 20 words"


def test_a_named_subject_leans_on_nothing() -> None:
    assert leans_on("How many steel gates does the Thames Barrier consist of?", "10") == ""
    assert leans_on("In which year did Laennec move to Paris?", "1801") == ""
    assert leans_on("How fast does the Earth move round the Sun?", "20") == ""  # one of a kind
    # the answer may be a pronoun's own referent: "she" inside the answer is no pointer
    assert leans_on("_____ was born on 10 May 1900 in Wendover.", "Cecilia Payne") == ""
    # introduced by the question itself
    assert leans_on("Who found a new particle, and what mass did the particle have?", "") == ""


def _fact(fid: str, prompt: str, answer: str) -> Fact:
    return Fact(id=fid, kind="number", prompt=prompt, answer=answer, source=Span(0, 1))


def test_drafts_that_lean_on_nothing_come_first_each_side_in_rank_order() -> None:
    facts = [_fact("a", "How many chambers does the facility have?", "3"),
             _fact("b", "How many gates does the Thames Barrier have?", "10"),
             _fact("c", "How many lenses did he make?", "500"),
             _fact("d", "How many children did Richard Anning have?", "10")]
    assert [f.id for f in alone_first(facts)] == ["b", "d", "a", "c"]


# -- a raw cloze is short -------------------------------------------------------------


def test_a_long_cloze_is_cut_to_the_clause_that_holds_its_blank() -> None:
    from edu.extract.wording import BLANK
    from edu.items.short import CUT_BLANK

    assert CUT_BLANK == BLANK  # the blank clause_cut seeks, written apart for start-up
    text = ("Each journey to the surface took roughly _____ minutes, and the whole operation to "
            "bring up all 33 men took just under 23 hours, far faster than officials had "
            "predicted.")
    assert short_cloze(text, "15") == "Each journey to the surface took roughly _____ minutes."


def test_a_cut_clause_whose_pronoun_lost_its_referent_is_no_cloze() -> None:
    text = ("The Dead Sea is about 50 kilometres long and up to 15 kilometres wide, and its "
            "northern basin reaches a depth of about _____ metres.")
    assert short_cloze(text, "100") is None  # not "Its northern basin reaches ..."
    short = "Scherbius died in _____ after an accident involving a horse-drawn carriage."
    assert short_cloze(short, "May 1929") == short


def test_a_raw_cloze_of_a_long_sentence_is_its_question_s_statement_or_none(tmp_path) -> None:
    text = ("The Thames Barrier spans the river at Woolwich in east London. The Thames Barrier "
            "was first used to hold back a tide in February 1983, and it was officially opened "
            "by Queen Elizabeth II on 8 May 1986.\n")
    (tmp_path / "notes.txt").write_text(text, encoding="utf-8")
    start = text.index("The Thames Barrier was")
    opened = Fact(id="a", kind="date", prompt="On which date was the Thames Barrier officially "
                  "opened by Queen Elizabeth II?", answer="8 May 1986",
                  source=Span(start, len(text) - 1))
    where = Fact(id="b", kind="date", prompt="Where did the Thames Barrier first hold back a "
                 "tide in February 1983, before its opening on 8 May 1986?",
                 answer="8 May 1986", source=Span(start, len(text) - 1))
    deck = Deck(title="t", id="t", source="notes.txt", facts=[opened, where],
                path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(deck, ["cloze"])
    assert [i.prompt for i in items] == [
        "On _____, the Thames Barrier was officially opened by Queen Elizabeth II."], dropped
    assert all(word_count(i.prompt) <= CLOZE_WORDS for i in items)
    assert any(fid == "b" and f"over {CLOZE_WORDS} words" in why for fid, _, why in dropped)


# -- a bound is asked as the text says it ----------------------------------------------


def test_a_bound_of_raw_english_is_asked_as_its_statement_with_the_figure_blanked(
        tmp_path) -> None:
    text = ("The Mary Rose sank in 1545. Divers recovered more than 19,000 artefacts, among "
            "them longbows and arrows.\n")
    (tmp_path / "notes.txt").write_text(text, encoding="utf-8")
    start = text.index("Divers")
    fact = Fact(id="a", kind="number", prompt="More than how many artefacts did divers recover?",
                answer="19,000", unit="artefacts", source=Span(start, len(text) - 1))
    deck = Deck(title="t", id="t", source="notes.txt", facts=[fact],
                path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(deck, ["short_answer", "multiple_choice",
                                                       "numeric"])
    assert {i.kind: i.prompt for i in items} == {
        "short_answer": "Divers recovered more than _____ artefacts.",
        "multiple_choice": "Divers recovered more than _____ artefacts.",
        "numeric": "Divers recovered more than _____ artefacts."}, dropped
    mc = next(i for i in items if i.kind == "multiple_choice")
    assert all(float(o.replace(",", "")) > 19000 for o in mc.options if o != "19,000")


def test_a_gap_after_its_currency_gets_no_unit_cue(tmp_path) -> None:
    text = "Freight rates from Buffalo to New York City fell from about $100 a ton to $10.\n"
    (tmp_path / "notes.txt").write_text(text, encoding="utf-8")
    fact = Fact(id="a", kind="number", answer="100", unit="tons", source=Span(0, len(text) - 1),
                prompt="Freight rates from Buffalo to New York City fell from about $_____ a ton "
                "to $10.")
    deck = Deck(title="t", id="t", source="notes.txt", facts=[fact],
                path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(deck, ["numeric"])
    assert [i.prompt for i in items] == [fact.prompt], dropped  # not "... (in tons)"
