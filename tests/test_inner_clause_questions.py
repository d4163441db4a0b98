"""Questions from a clause inside the sentence (edu/extract/inner_clauses.py, issue 15, round
19q): a participle after its noun, a fronted participle, an adverbial clause with its own
subject and a "which" clause about a subject or object ask their answer as a question; a
condition, a modal, a "he" that may mean either man, an unsure noun keep the fill-in.

The sentences are written for these tests; none is taken from a blind document. Each question
below was a fill-in on main (`sentence_question` returned None).
"""

from __future__ import annotations

import pytest

from edu.extract import questions as q
from edu.extract.question_form import broken

TITLE = "the Forth Bridge"


@pytest.mark.parametrize(("sentence", "answer", "kind", "word", "question"), [
    # a past participle after its noun: the noun is the subject, asked in the passive
    ("The harbour's first chart, drawn in 1791, showed two channels.", "1791", "date",
     "which year", "In which year was the harbour's first chart drawn?"),
    ("The Kelso Mill, founded in March 1842, spun wool for a century.", "March 1842", "date",
     "which month and year", "In which month and year was the Kelso Mill founded?"),
    ("The company printed Harbour Notes, a gazette edited by Walter Grieve, until 1880.",
     "Walter Grieve", "name", "Who", "By whom was Harbour Notes edited?"),
    # a fronted participle: the main clause's subject
    ("Born on 4 March 1822 in Leith, Grieve trained as a printer in Glasgow.",
     "4 March 1822", "date", "which date", "On which date was Grieve born in Leith?"),
    # an adverbial clause with its own subject, its "when" left out
    ("The ferry stopped running when the Forth Road Bridge opened in 1964.", "1964", "date",
     "which year", "In which year did the Forth Road Bridge open?"),
    ("The mill closed after the river flooded in November 1903.", "November 1903", "date",
     "which month and year", "In which month and year did the river flood?"),
    # a "which" clause right after a subject that says which thing it is
    ("The Kelso Mill, which was sold in 1921, spun wool for a century.", "1921", "date",
     "which year", "In which year was the Kelso Mill sold?"),
])
def test_clause_questions(sentence, answer, kind, word, question):
    nlp = q.parser()
    start = sentence.index(answer)
    got = q.sentence_question(nlp(sentence), start, start + len(answer), kind, word, None,
                              TITLE)
    assert got == question
    assert not broken(got)


@pytest.mark.parametrize(("sentence", "answer", "kind", "word"), [
    # a condition or a modal: the event did not happen, or might
    ("The ferry would stop running if the new bridge opened in 1964.", "1964", "date",
     "which year"),
    ("The mill could close once the river flooded in November 1903.", "November 1903",
     "date", "which month and year"),
    # a clause's "he" may be either man
    ("Robert Grieve made his son, James Grieve, manager when he was only 20 years old.", "20",
     "number", ""),
    # a noun that does not say which: "a gazette", bare plurals, the noun of an "of" pair
    ("The company printed a gazette edited by Walter Grieve until 1880.", "Walter Grieve",
     "name", "Who"),
    ("Divers led by Walter Grieve found the wreck in 1880.", "Walter Grieve", "name", "Who"),
    ("It was a warship of the Scottish navy built for King James IV.", "King James IV",
     "name", "Who"),
    # a "which" after a preposition's object or a list's last member: about which noun?
    ("Grieve wrote an account in Gaelic, which appeared in 1842.", "1842", "date",
     "which year"),
    ("The mill was built by Adam Kerr and the engineer John Rae, which opened in 1842.",
     "1842", "date", "which year"),
    # a clause under a modal: "it may have been this work that first drew ..." is a guess
    ("It may have been this trade that first drew Walter Grieve to printing in 1840.", "1840",
     "date", "which year"),
    # a name in a "which" clause, an "of" phrase of a participle
    ("The mill signed the Kelso Treaty, which gave the Grieve family control of the weir.",
     "Grieve", "name", "Which family"),
    ("The wool had the colour expected of a Cheviot fleece.", "Cheviot", "name", "Which fleece"),
    # "known as _____": no "As whom ...?"
    ("The channel, known locally as Grieve's Gut, was dredged in 1880.", "Grieve's Gut",
     "name", "Who"),
])
def test_clause_questions_keep_the_fill_in(sentence, answer, kind, word):
    nlp = q.parser()
    start = sentence.index(answer)
    assert q.sentence_question(nlp(sentence), start, start + len(answer), kind, word, None,
                               TITLE) is None


def test_a_clause_question_keeps_the_fill_ins_rank(tmp_path, monkeypatch):
    """Only the prompt changes: a question only a clause inside the sentence made keeps the
    score (and so the rank) its fill-in had, so no key fact leaves the top K."""
    from edu.extract import extract_candidates
    from edu.text.reading import read_document

    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "mill.txt"
    path.write_text(
        "The Kelso Mill\n\n"
        "The Kelso Mill, founded in March 1842, spun wool for a century. "
        "Its first owner, Walter Grieve, came from Leith. "
        "The mill closed after the river flooded in November 1903.\n", encoding="utf-8")
    widened = {f.answer: f for f in extract_candidates(read_document(path))}
    monkeypatch.setattr("edu.extract.questions.inner_subject", lambda verb: None)
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache2"))
    plain = {f.answer: f for f in extract_candidates(read_document(path))}
    assert widened["March 1842"].prompt == \
        "In which month and year was the Kelso Mill founded?"
    assert "_____" in plain["March 1842"].prompt
    assert {a: f.score for a, f in widened.items()} == {a: f.score for a, f in plain.items()}
