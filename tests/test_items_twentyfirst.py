"""Round 21 (items): no false statement, no broken prompt.

Held-out set 22's blind review of raw documents' items (labels review22) marked wrong
"About how many was a contract?", "True or false? Of roughly six million were driven by
hand.", "Of which, about how many rivets ...?" and a false premise ("In which year did
Mendeleev graduate after a period teaching ...?": he taught after graduating); flawed: "a very
table", "discovered gallium the French chemist", a firm among people ("Dorman Long").
"""

from __future__ import annotations

import pytest

from edu.deck.model import Deck, Fact
from edu.items.generate import generate_items_with_report
from edu.items.labels import called_a_body
from edu.items.premise import misplaced_time
from edu.items.short import short_around
from edu.items.wellformed import ill_formed
from edu.text.source import Span

MENDELEEV = ("Mendeleev graduated in 1855 and, after a period teaching in Crimea and Odessa, "
             "returned to the capital to pursue chemistry.")


@pytest.mark.parametrize("text", [
    "About how many was a contract?",
    "Of which, about how many rivets were driven by hand?",
    "Of roughly six million were driven by hand.",
    "Paul-Émile Lecoq de Boisbaudran discovered gallium the French chemist.",
    "The German chemist Lothar Meyer produced a very table at about the same time.",
    "Which year abandoned the scheme effectively?",
    "Encouraged by laws such as the Enlarged Homestead Act of 1909.",
    "Everything changed.",  # its "when ..." clause, which said what, was cut
    "Nothing was the same afterwards.",
])
def test_a_broken_text_is_refused(text: str) -> None:
    assert ill_formed(text)


@pytest.mark.parametrize("text", [
    "About how many rivets were driven by hand?",
    "How many were killed in the fire?",
    "Of the ten children born to Richard, only Mary survived.",
    "Roughly six million rivets were driven by hand.",
    "The German chemist Lothar Meyer produced a very similar table.",
    "In September 1800 the Hungarian-born astronomer Franz Xaver von Zach gathered a group "
    "of colleagues at Lilienthal.",
    "They gave the children the books.",
    "In 1913 Wegener married Else Köppen.",  # "married" tagged an adjective by the parse
    "Some parts of the desert receive less than 1 millimetre of rain a year.",
    "The machine was invented by ___.",
    "Salvini said that the company owed the people of Genoa an apology.",  # two objects
    "The displacement the experiment recorded was less than a twentieth of the amount.",
    "The bridge opened.",
    "It closed in 1972.",
])
def test_a_sound_text_passes(text: str) -> None:
    assert ill_formed(text) == ""


def test_a_time_phrase_moved_to_another_verb_is_a_false_premise() -> None:
    assert "returned" in misplaced_time(
        "In which year did Mendeleev graduate after a period teaching in Crimea and Odessa?",
        MENDELEEV)
    assert misplaced_time("Mendeleev graduated after a period teaching in Crimea and Odessa.",
                          MENDELEEV)
    # the phrase with its own verb, and the sentence itself, state what the text states
    assert misplaced_time("Mendeleev returned to the capital after a period teaching in "
                          "Crimea.", MENDELEEV) == ""
    assert misplaced_time(MENDELEEV, MENDELEEV) == ""
    # the phrase's verb still in the item: the parse's misreading, not another claim
    assert misplaced_time("In which year were the dam and the lake bought by a group led by "
                          "Benjamin Ruff after changing hands again?",
                          "After changing hands again, the dam and the lake were bought in "
                          "1879 by a group led by Benjamin Ruff.") == ""
    fronted = ("After the storm had passed over the coast, the crew repaired the mast in "
               "three days and sailed on.")
    assert misplaced_time("The crew repaired the mast in three days after the storm had "
                          "passed.", fronted) == ""


@pytest.mark.parametrize(("sentence", "answer"), [
    (MENDELEEV.replace("1855", "_____"), "1855"),
    ("The engineer Harold Brooks finished his degree in _____ and, after two years working "
     "for a railway company in Wales, moved to the capital to design bridges.", "1901"),
    ("Clara married the painter in _____ and, before the war broke out in the north, sold "
     "the family farm near the river to a neighbour.", "1912"),
    ("After the storm had passed over the coast of the southern province, the crew repaired "
     "the mast in _____ days and sailed on to the port.", "three"),
])
@pytest.mark.parametrize("limit", [8, 10, 12, 15, 20])
def test_a_cut_keeps_each_time_phrase_with_its_verb(sentence: str, answer: str,
                                                     limit: int) -> None:
    cut = short_around(sentence, "_____", answer, limit)
    if cut is None:
        return
    shown = cut.replace("_____", answer)
    assert misplaced_time(shown, sentence.replace("_____", answer)) == "", shown
    assert "and," not in shown.replace("and, after", "").replace("and, before", ""), shown


def test_the_cut_leaves_no_comma_after_its_and() -> None:
    cut = short_around(MENDELEEV.replace("1855", "_____"), "_____", "1855", 12)
    assert cut == "Mendeleev graduated in _____ and returned to the capital to pursue chemistry."


def test_an_item_of_a_false_premise_is_not_made(tmp_path) -> None:
    text = "Dmitri Mendeleev\n\n" + MENDELEEV + "\n"
    (tmp_path / "notes.txt").write_text(text, encoding="utf-8")
    start = text.index("Mendeleev graduated")
    fact = Fact(id="a", kind="date", prompt="In which year did Mendeleev graduate after a "
                "period teaching in Crimea and Odessa?", answer="1855",
                source=Span(start, len(text) - 1))
    deck = Deck(title="Dmitri Mendeleev", id="t", source="notes.txt", facts=[fact],
                path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(deck, ["short_answer", "numeric"])
    assert items == [], [i.prompt for i in items]
    assert {k for _, k, why in dropped if "false premise" in why} == {"short_answer", "numeric"}


def test_a_broken_question_takes_no_item(tmp_path) -> None:
    text = ("The Genoa Bridge\n\nA contract worth about 20 million euros for further "
            "strengthening work had been put out to tender.\n")
    (tmp_path / "notes.txt").write_text(text, encoding="utf-8")
    start = text.index("A contract")
    fact = Fact(id="a", kind="number", prompt="About how many was a contract?",
                answer="20 million", source=Span(start, len(text) - 1))
    deck = Deck(title="The Genoa Bridge", id="t", source="notes.txt", facts=[fact],
                path=str(tmp_path / "d.yaml"))
    items, dropped = generate_items_with_report(deck, ["short_answer", "multiple_choice"])
    assert [i for i in items if i.prompt == "About how many was a contract?"] == []
    # the extraction's broken shapes (round 21q) read it first; the items' own count check
    # reads it where they do not
    assert any("nothing counted" in why or "broken question shape" in why
               for _, _, why in dropped)


def test_a_firm_is_no_person() -> None:
    text = ("In March 1924 the contract was awarded to the British firm Dorman Long and "
            "Company of Middlesbrough. Dorman Long built workshops. John Bradfield watched.")
    assert called_a_body(text, "Dorman Long")
    assert called_a_body("The works went to Vickers Ltd in 1911.", "Vickers")
    assert not called_a_body(text, "John Bradfield")
    assert not called_a_body("The company hired John Bradfield. Bradfield and his team "
                             "worked.", "John Bradfield")
