"""A draft calls the document's subject by its name where the text calls it by a kind word
the document itself taught (issue 15, round 18t): "the bridge" and "the crossing" of "The
Millennium Bridge over the River Thames reopened ...", "the lake" of "The Dead Sea is a ...
salt lake", "the method" of "Radiocarbon dating is a method ...", in raw drafts, in the
items made of them, and "the canal" in preprocessed questions; never another thing of that
kind ("Tower Bridge opened in 1894", "the Ceneri Base Tunnel opened in 2020")."""

from __future__ import annotations

from pathlib import Path

from edu.extract import extract_candidates
from edu.extract.parses import parser
from edu.extract.subject_kinds import (
    document_subject,
    named_as_subject,
    subject_of_stems,
    subject_of_text,
)
from edu.text.preprocess import preprocess
from edu.text.reading import read_document

BLIND = Path(__file__).parent / "data" / "blind"

_BRIDGE = ("A Bridge Reopens\n\nThe Millennium Bridge over the River Thames reopened today. "
           "The bridge, the first new river crossing since Tower Bridge opened in 1894, "
           "links two banks.\n\nThe crossing is 325 metres long. Tower Bridge opened in "
           "1894. The bridge has two towers.\n")


def _drafts(path: Path) -> dict[str, str]:
    return {str(f.answer): f.prompt for f in extract_candidates(read_document(path))}


def test_a_document_teaches_its_subject_and_kind_words():
    """The first sentence's subject, named by the title's head, and the nouns the opening
    defines it by: the head ("bridge"), an apposition ("crossing"), a copula ("lake",
    "method"); a person's life teaches none."""
    nlp = parser()
    bridge = document_subject(nlp, _BRIDGE)
    assert bridge is not None
    assert (bridge.name, bridge.article) == ("Millennium Bridge", True)
    assert bridge.kinds == {"bridge", "crossing"}
    dead = subject_of_text((BLIND / "dead_sea.txt").read_text("utf-8"))
    assert dead is not None and dead.name == "Dead Sea" and "lake" in dead.kinds
    dating = subject_of_text((BLIND / "radiocarbon_dating.txt").read_text("utf-8"))
    assert dating is not None and dating.name == "radiocarbon dating" and not dating.article
    assert "method" in dating.kinds
    assert subject_of_text((BLIND / "leeuwenhoek.txt").read_text("utf-8")) is None


def test_the_kind_word_is_named_unless_another_of_its_kind_is_near():
    """"the crossing" is the Millennium Bridge; "the bridge" right after "Tower Bridge opened"
    is not named (it may be Tower Bridge); nothing before the sentence naming the subject."""
    subject = document_subject(parser(), _BRIDGE)
    at = _BRIDGE.index("The crossing is")
    said = "The crossing is 325 metres long."
    assert named_as_subject("How many metres long is the crossing?", subject, _BRIDGE, at,
                            "325", said, frozenset({"crossing"})) \
        == "How many metres long is the Millennium Bridge?"
    at = _BRIDGE.index("The bridge has")
    assert named_as_subject("How many towers does the bridge have?", subject, _BRIDGE, at,
                            "two", "The bridge has two towers.", frozenset({"bridge"})) \
        == "How many towers does the bridge have?"
    assert named_as_subject("What reopened today?", subject, _BRIDGE, 5, "", "",
                            frozenset()) == "What reopened today?"


def test_raw_drafts_name_the_subject_the_reviewers_missed():
    """Blind set 19's reviewers edited "the bridge", "the crossing", "It", "the method" and
    "Its": the drafts now say the name (each of these failed before round 18t)."""
    bridge = _drafts(BLIND / "millennium_bridge_reopens.txt")
    assert bridge["325"] == "How many metres long is the Millennium Bridge?"
    assert bridge["12 June 2000"].startswith("On which date was the Millennium Bridge closed")
    assert bridge["10 June 2000"].startswith("The Millennium Bridge opened to the public")
    dating = _drafts(BLIND / "radiocarbon_dating.txt")
    # (round 20q cuts the prompt to its clause, which opens with the name)
    assert "radiocarbon dating cannot reach back" in dating["50,000"].lower()
    dead = _drafts(BLIND / "dead_sea.txt")
    assert dead["430"].startswith("The Dead Sea's surface now lies")


def test_preprocessed_questions_name_the_title_s_thing_and_no_other(tmp_path):
    """Stems have no capitals and no parse: the subject is the run the title and the first
    sentence both write ("panama canal ... panama canal"), and "the canal" of a question is
    it; the Gotthard text's "In which year did the tunnel open?" asks of the Ceneri Base
    Tunnel ("ceneri base tunnel opened 2020") and keeps its words (the name's "base" is
    restored "based" too: a verb's stem, so no subject is taken at all)."""
    canal = tmp_path / "panama_canal.txt"
    canal.write_text(preprocess((BLIND / "panama_canal.txt").read_text("utf-8")) + "\n",
                     "utf-8")
    prompts = {f.prompt for f in extract_candidates(read_document(canal))}
    assert "On which date did the Panama Canal open?" in prompts
    assert "On which date did the canal open?" not in prompts
    tunnel = tmp_path / "gotthard_base_tunnel.txt"
    tunnel.write_text(preprocess((BLIND / "gotthard_base_tunnel.txt").read_text("utf-8"))
                      + "\n", "utf-8")
    drafts = {f.answer_stems: f.prompt for f in extract_candidates(read_document(tunnel))}
    # (round 22p asks a year ending in 0 said alone as its decade: "In which decade ...?")
    assert drafts["2020"] in ("In which year did the tunnel open?",
                              "In which decade did the tunnel open?")
    reading = read_document(canal)
    subject = subject_of_stems(reading.document.stems(), reading.words)
    assert subject is not None and (subject.name, subject.head) == ("Panama Canal", "canal")


def test_an_item_s_sentence_names_the_subject_too():
    """The sentence a cloze shows is the referred one (`referents.referred`): "The bridge,
    the first new river crossing ..." is shown as "The Millennium Bridge, ..." (before round
    18t only a sentence with a pronoun was referred)."""
    from edu.extract.referents import referred

    reading = read_document(BLIND / "millennium_bridge_reopens.txt")
    fact = next(f for f in extract_candidates(reading)
                if str(f.answer) == "Tower Bridge" and f.evidence.startswith("The bridge, "))
    shown = referred(reading, fact.source, str(fact.answer)).text
    assert shown.startswith("The Millennium Bridge, the first new river crossing")
