"""Direct questions from the dependency parse (edu/extract/questions.py, issue 15).

The sentences are written for these tests in the shapes a teacher's review named (the answer
as subject, a date or count in a prepositional phrase, a measured complement, a pronoun
subject); none is taken from the held-out documents.
"""

from __future__ import annotations

import pytest

from edu.extract import extract_candidates
from edu.extract import questions as q
from edu.extract.candidates import DIRECT_QUESTION
from edu.extract.questions import CLOZE, Asked
from edu.text.reading import read_document

TITLE = "the Forth Bridge"


@pytest.mark.parametrize(("sentence", "answer", "kind", "word", "before", "question"), [
    # the answer is the subject: the question word takes its place, leading phrases go last
    ("In June 1888 the Scottish inventor John Dunlop patented a pneumatic tyre for bicycles.",
     "John Dunlop", "name", "Who", "",
     "Who patented a pneumatic tyre for bicycles in June 1888?"),
    ("The Harland company built the ferry in Belfast.", "Harland", "name", "Which company", "",
     "Which company built the ferry in Belfast?"),
    # the answer is the agent of a passive: the passive stays
    ("The lamp was designed by the French engineer Augustin Fresnel in 1822.",
     "Augustin Fresnel", "name", "Who", "",
     "By which French engineer was the lamp designed in 1822?"),
    ("The hull, 31 metres long, was built by the Harland company in Belfast, Ireland.",
     "Harland", "name", "Which company", "",
     "By which company was the hull, 31 metres long, built in Belfast, Ireland?"),
    # a date in a prepositional phrase: do-support with the verb's lemma, or the auxiliary
    ("In March 1912 the crew of the steamer Halcyon charted the northern reef.", "March 1912",
     "date", "which month and year", "",
     "In which month and year did the crew of the steamer Halcyon chart the northern reef?"),
    ("The lighthouse was lit on 3 May 1932.", "3 May 1932", "date", "which date", "",
     "On which date was the lighthouse lit?"),
    ("Building on the dam began in 1931, when the state approved the loan.", "1931", "date",
     "which year", "", "In which year did building on the dam begin?"),
    ("The last keeper was Thomas Reid, a retired fisherman, who left the island on "
     "12 June 1951.", "12 June 1951", "date", "which date", "",
     "On which date did Thomas Reid leave the island?"),
    ("The ship was bought by a trader in Bergen, who sold it in 1921.", "1921", "date",
     "which year", "", None),  # "who" is not sure to be a named person
    # counts in a prepositional phrase, as a measured complement, inside an object
    ("The divers recovered the ship's bell during seven dives.", "seven", "number", "", "",
     "During how many dives did the divers recover the ship's bell?"),
    ("The tower is about 84 metres tall.", "84", "number", "", "",
     "How many metres tall is the tower?"),
    ("The bell has a weight of about 2,300 kilograms.", "2,300", "number", "", "",
     "What is roughly the weight of the bell in kilograms?"),  # the hedge stays
    ("The council paid for 40 percent of the new harbour.", "40", "number", "", "",
     "What percentage of the new harbour did the council pay for?"),
    # a subject pronoun takes the nearest named subject, or the title's when it is that one
    ("It carried about 40 passengers on each crossing.", "40", "number", "",
     "The Mauretania sailed from Liverpool in 1910.",
     "How many passengers did the Mauretania carry on each crossing?"),
    ("It carries two railway tracks across the firth.", "two", "number", "",
     "The bridge is 2,467 metres long.",
     "How many railway tracks does the Forth Bridge carry across the firth?"),
    ("The hull had been painted the wrong colour: its keel was too long by about 3 metres.",
     "3", "number", "", "", "By how many metres was the hull's keel too long?"),
    # unclear: two proper nouns before "It"; "the last" is no thing; a copula with a name
    ("It carried 40 passengers on each crossing.", "40", "number", "",
     "In 1905 the Admiralty bought the Northern Light.", None),
    ("It carries two railway tracks.", "two", "number", "", "The river is wide here.", None),
    ("The last, in May 1922, was sold to a Norwegian owner.", "May 1922", "date",
     "which month and year", "", None),
    ("The first keeper of the light was a retired sailor in 1898.", "1898", "date",
     "which year", "", None),
    # a name as object, or after a preposition: the question word from what it is (issue 15,
    # third round: a kind noun beside it, a person, a place by its preposition)
    ("In 1901 the keeper married the Danish painter Anna Holm.", "Anna Holm", "name", "Who",
     "", "Which Danish painter did the keeper marry in 1901?"),
    ("Anna Holm was born in Bergen on 4 May 1870.", "Bergen", "name", "Which place", "",
     "Where was Anna Holm born on 4 May 1870?"),
    ("The lamp was made by the French company Barbier in 1890.", "Barbier", "name", "What", "",
     "By which French company was the lamp made in 1890?"),
    # copula: "Who was <subject>?", and "Which <kind noun> <clause>?" for a thing
    ("The first keeper of the light was Ola Berg, a fisherman from the island.", "Ola Berg",
     "name", "Who", "", "Who was the first keeper of the light?"),
    ("Mira was a steam boat that carried oil to the island.", "Mira", "name", "What", "",
     "Which steam boat carried oil to the island?"),
    ("The keeper sailed a boat called Mira to the town.", "Mira", "name", "What", "",
     "Which boat did the keeper sail?"),
    ("The Lovell Telescope is a radio telescope at Jodrell Bank in Cheshire.",
     "The Lovell Telescope", "name", "What", "",
     "Which radio telescope is at Jodrell Bank in Cheshire?"),
    ("Mira is a small island.", "Mira", "name", "What", "", None),  # many answers
    # a count as the subject of its clause
    ("About 12 percent of the town's trade passed through the harbour.", "12", "number", "",
     "", "About what percentage of the town's trade passed through the harbour?"),
    ("The pier was closed in 1940, and fifteen boats were trapped in the basin for eight years.",
     "fifteen", "number", "", "", "How many boats were trapped in the basin for eight years?"),
    ("About 12 percent of the town's trade passed through it.", "12", "number", "", "", None),
    # a phrase of two after the verb: the date may be the last one's only
    ("The crew sailed past Iceland twice and past Greenland once, in March 1905.", "March 1905",
     "date", "which month and year", "", None),
    ("The crew sailed past Iceland twice and past Greenland once, in March 1905.", "Iceland",
     "name", "Which place", "", None),
    ("The supply ship sailed to Oslo and Bergen in 1902.", "1902", "date", "which year", "",
     "In which year did the supply ship sail to Oslo and Bergen?"),
    # "she" is the named person before, through sentences about her; "its" the thing "it" was
    ("In 1895 she married the painter Ola Berg.", "1895", "date", "which year",
     "Anna Holm was a teacher from Bergen. She was born in 1870.",
     "In which year did Anna Holm marry the painter Ola Berg?"),
    ("Its engine ran for about 60 hours.", "60", "number", "",
     "The Mira carried oil to the island. On 3 May 1902 it sank near the pier.",
     "For how many hours did the Mira's engine run?"),
    # a measure beside its subject; the agent of a participle; a person beside another
    ("The main tower, 90 metres tall, was painted by the crew in 1902.", "90", "number", "",
     "", "How many metres tall was the main tower?"),
    ("The fog horn, invented by Robert Foulis, warned ships for miles.", "Robert Foulis",
     "name", "Who", "", "Who invented the fog horn?"),
    ("The fog horn, written by Robert Foulis, warned ships for miles.", "Robert Foulis",
     "name", "Who", "", "By whom was the fog horn written?"),  # "written": the past tense
    # is another word, so no active "Who wrote ...?"; the participle's clause asks it in the
    # passive (round 19q, edu/extract/inner_clauses.py)
    ("John Dunlop and Mary Grant sailed the ferry to the island.", "Mary Grant", "name",
     "Who", "", "Who sailed the ferry to the island with John Dunlop?"),
    # what the verb needs goes with it: a "that" clause, a short "to" clause
    ("In 1965 the engineer predicted that the bridge would last a century.", "1965", "date",
     "which year", "", "In which year did the engineer predict that the bridge would last a "
     "century?"),
    ("In June 1930 the lamp was put to sleep.", "June 1930", "date", "which month and year",
     "", "In which month and year was the lamp put to sleep?"),
    # a passive subject; the subject of a clause after ", but" / ", and"
    ("John Rennie was appointed chief engineer, but Robert Stevenson designed most of the "
     "tower.", "John Rennie", "name", "Who", "", "Who was appointed chief engineer?"),
    ("John Rennie was appointed chief engineer, but Robert Stevenson designed most of the "
     "tower.", "Robert Stevenson", "name", "Who", "", "Who designed most of the tower?"),
    # a measure before a preposition of the verb
    ("The wreck lies 40 metres below the surface.", "40", "number", "", "",
     "How many metres below the surface does the wreck lie?"),
    # a coordination inside the moved phrase is no phrase of two
    ("The tower was built from about 2,500 blocks of granite and sandstone.", "2,500",
     "number", "", "", "From how many blocks of granite and sandstone was the tower built?"),
    # a place after the agent's noun is where the verb happened; two words of one name
    ("The lamp was shipped by a Vega 5 steamer from Brest in 1902.", "Brest", "name",
     "Which place", "", "From where was the lamp shipped by a Vega 5 steamer in 1902?"),
    ("The lamp was shipped by a Vega 5 steamer from Brest in 1902.", "Vega 5", "name",
     "Which steamer", "", "By which steamer was the lamp shipped in 1902?"),
    # a word that places the event within a date is left out; an approximate one says so
    ("In early September 1897 the keeper returned to the island.", "September 1897", "date",
     "which month and year", "",
     "In which month and year did the keeper return to the island?"),
    ("Around March 1904, the keeper painted the tower.", "March 1904", "date",
     "which month and year", "", "In about which month and year did the keeper paint the "
     "tower?"),
    # a count as subject keeps the time it holds for and its hedge
    ("On the opening day, about 12,400 people crossed the new bridge.", "12,400", "number",
     "", "", "On the opening day, about how many people crossed the new bridge?"),
    ("An estimated 300 sailors died on the reef.", "300", "number", "", "",
     "About how many sailors died on the reef?"),
    ("By May 1915 the harbour was finished, and about 4,500 ships used it.", "4,500",
     "number", "", "", None),  # "used it": what "it" is, the question would not say
    ("By the spring of 1916 the dock was full, and some 2,000 men were idle.", "2,000",
     "number", "", "", "By the spring of 1916, about how many men were idle?"),
    ("Since then about 600 divers have visited the wreck.", "600", "number", "", "",
     "About how many divers have visited the wreck?"),  # "since then": said before
])
def test_direct_questions(sentence, answer, kind, word, before, question):
    nlp = q.parser()
    start = sentence.index(answer)
    got = q.sentence_question(nlp(sentence), start, start + len(answer), kind, word,
                              nlp(before) if before else None, TITLE)
    assert got == question


def test_title_subject_is_a_name_only():
    nlp = q.parser()
    assert q._title_subject(nlp, "# The Forth Bridge\n\nText.") == "the Forth Bridge"
    assert q._title_subject(nlp, "The End of the Steamers\n\nText.") == ""


def test_only_prompts_change(tmp_path, monkeypatch):
    """Answers, evidence, spans, ids and scores are the cloze draft's; prompts become direct
    questions where a shape fits and stay cloze prompts elsewhere."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "ferry.txt"
    path.write_text(
        "The Island Ferry\n\n"
        "In June 1888 the engineer John Dunlop designed a ferry for the island. "
        "It carried about 40 passengers on each crossing. The ferry is 31 metres long. "
        "Its last crossing, in May 1922, was watched by Mary Grant, who had sailed on the first.\n",
        encoding="utf-8")
    direct = extract_candidates(read_document(path))
    monkeypatch.setattr("edu.extract.candidates.questions",
                        lambda text, asks, clozes, people=frozenset(): {
                            a: Asked(c, CLOZE) for a, c in zip(asks, clozes, strict=True)})
    cloze = extract_candidates(read_document(path))

    def same(f):
        return (f.id, f.answer, f.source, f.evidence, f.unit, f.category)

    assert sorted(same(f) for f in direct) == sorted(same(f) for f in cloze)
    prompts = {f.answer: f.prompt for f in direct}
    # a direct question ranks above the same draft as a cloze; a cloze whose "it" means
    # nothing in the prompt keeps its fact's score (it waits below the first page instead)
    before = {f.id: f.score for f in cloze}
    for f in direct:
        if "_____" not in f.prompt and "_____" in next(c.prompt for c in cloze if c.id == f.id):
            assert f.score == before[f.id] + DIRECT_QUESTION
    assert {f.answer: f.score for f in direct}["40"] == before[
        next(f.id for f in direct if f.answer == "40")]
    assert prompts["John Dunlop"] == "Who designed a ferry for the island in June 1888?"
    assert prompts["June 1888"] == ("In which month and year did the engineer John Dunlop "
                                    "design a ferry for the island?")
    assert prompts["31"] == "How many metres long is the ferry?"
    # "It" after a person: no referent, so no question of the main pass (and no bonus); the
    # fourteenth round asks the fill-in in place, its "It" as vague as the fill-in's
    assert prompts["40"] == "It carried about how many passengers on each crossing?"
    # a passive agent, "Its" is the ferry of the sentence before
    assert prompts["Mary Grant"] == \
        "By whom was the Island Ferry's last crossing watched in May 1922?"


@pytest.mark.parametrize(("prompt", "answer", "statement"), [
    # the statements true/false, cloze and matching items make from these questions
    ("What percentage of the new harbour did the council pay for?", "40",
     "The council paid for 40 percent of the new harbour."),
    ("How many weeks later did the keeper light the lamp?", "six",
     "Six weeks later, the keeper lit the lamp."),
    ("What is the weight of the bell in kilograms?", "2,300",
     "The weight of the bell in kilograms is 2,300."),
    ("During how many dives did the divers recover the bell?", "seven",
     "The divers recovered the bell during seven dives."),  # only a date is fronted
    ("By whom was the lamp designed in 1822?", "Augustin Fresnel",
     "The lamp was designed by Augustin Fresnel in 1822."),
    ("By how many metres was the hull's keel too long?", "3", None),  # no place: plain form
])
def test_statements_of_direct_questions(prompt, answer, statement):
    from edu.items.phrasing import fluent_statement

    assert fluent_statement(prompt, answer) == statement


def test_answers_and_question_words_in_a_document(tmp_path, monkeypatch):
    """The faults a blind review of a fresh document named, on a text written for this test:
    the question word comes from what the answer is, an answer takes no neighbouring count,
    a demonym is no place, a year followed by the next sentence is no count."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "tern.txt"
    path.write_text(
        "The Tern Expedition\n\n"
        "The Tern was a research ship of the Norwegian Polar Institute that mapped the coast "
        "of Svalbard. It sailed from Tromso in French Guiana in May 1931. The captain was the "
        "Danish sailor Ola Berg. The station opened in 1848. Fishermen used it in winter.\n\n"
        "The ship carried a seaplane called Skua. Skua weighed about 900 kilograms. The crew "
        "sailed past Iceland three times that summer. The captain trained about 40 sailors to "
        "fly it.\n", encoding="utf-8")
    facts = extract_candidates(read_document(path))
    answers = {f.answer for f in facts}
    prompts = {(f.answer, f.prompt) for f in facts}
    assert "French Guiana" in answers and "Guiana" not in answers  # one name, not a "Who?"
    assert "Iceland" in answers and not any("three" in a for a in answers if "Iceland" in a)
    assert "Denmark" not in answers  # "the Danish sailor": an adjective, no place
    assert not [f for f in facts if f.kind == "number" and f.answer == "1848"]  # a year
    # a name's kind noun, said once ("a seaplane called Skua"), asks every mention of it
    # ("the ship" is the Tern: "The Tern was a research ship", issue 15's fifteenth round)
    assert ("Skua", "Which seaplane did the Tern carry?") in prompts
    assert ("Skua", "Which seaplane weighed about 900 kilograms?") in prompts
    assert {f.category for f in facts if f.answer == "Skua"} == {"seaplane"}
    # a lone word the model calls a person, that is no given name: no "Who?"
    assert all(not f.prompt.startswith("Who") for f in facts if f.answer == "Svalbard")
    assert ("Ola Berg", "Who was the captain?") in prompts
    # a sentence ending in stop words ("to fly it.") is a whole sentence
    assert ("40", "How many sailors did the captain train?") in prompts
    # a phrase of two after the verb ("past Iceland ... and past ...") is not asked; one is
    assert ("May 1931", "In which month and year did the Tern sail from Tromso in French "
            "Guiana?") in prompts


def test_ranking_puts_questions_a_teacher_keeps_first(tmp_path, monkeypatch):
    """A question whose "it" is unknown ranks below one a teacher keeps as written; a
    numeral that is part of a name is no count."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "chip.txt"
    path.write_text(
        "The Chip\n\n"
        "The Intel 4004 processor of 1971 held 2,300 transistors. In 2021 a storm hit the "
        "factory and closed it for six days.\n", encoding="utf-8")
    facts = extract_candidates(read_document(path))
    answers = [f.answer for f in facts]
    assert "4004" not in answers and "2,300" in answers  # "Intel 4004" names the chip
    by_answer = {f.answer: f for f in facts}
    assert by_answer["2,300"].prompt == \
        "How many transistors did the Intel 4004 processor of 1971 hold?"
    six = by_answer["six"]
    assert six.prompt == "For how many days did a storm close it?"  # "it" is lost
    assert six.score < by_answer["2,300"].score


def test_organisations_and_clause_frames(tmp_path, monkeypatch):
    """An entity keeps its label when its edges are trimmed ("Later the Canal Zone Company"),
    an organisation's name that ends in "Company", "Board", ... asks "Which organisation";
    a count in a "when" clause is not asked without the clause it hangs on."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "harbour.txt"
    path.write_text(
        "The Harbour\n\n"
        "The Northern Harbour Board bought 12 new cranes in 1950. The port grew quickly, when "
        "the board hired about 300 dockers. Later the Canal Zone Company dredged the channel.\n",
        encoding="utf-8")
    prompts = {f.answer: f.prompt for f in extract_candidates(read_document(path))}
    assert prompts["Canal Zone Company"] == "Which organisation dredged the channel later?"
    assert prompts["12"] == "How many new cranes did the Northern Harbour Board buy in 1950?"
    assert "_____" in prompts["300"]


def test_titles_coordinated_subjects_and_names_the_tagger_missed(tmp_path, monkeypatch):
    """A title line asks nothing; a date question keeps a coordinated subject; a first word
    the document only ever capitalises stays capitalised ("Fleming published ...")."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "mould.txt"
    path.write_text(
        "The Discovery of Penicillin\n\n"
        "In September 1928 the bacteriologist Alexander Fleming found a mould on a dish. "
        "Fleming published his findings in 1929. Fleming, Florey and Chain shared the Nobel "
        "Prize in 1945.\n", encoding="utf-8")
    facts = extract_candidates(read_document(path))
    assert not [f for f in facts if "of Penicillin" in f.prompt]  # the title
    prompts = {f.answer: f.prompt for f in facts}
    assert prompts["1929"] == "In which year did Fleming publish his findings?"
    assert prompts["1945"] == "In which year did Fleming, Florey and Chain share the Nobel Prize?"


def test_capitalised_kind_nouns_and_craft_numbers(tmp_path, monkeypatch):
    """A capitalised kind noun right after a name is part of it ("Lovell Telescope"); a
    numeral after a capitalised word is no day of a date ("Sputnik 1 in October 1957")."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "dish.txt"
    path.write_text(
        "Radio Dishes\n\n"
        "The Lovell Telescope is a radio telescope in Cheshire. In 1957 the telescope tracked "
        "the rocket that carried Sputnik 1 in October 1957.\n", encoding="utf-8")
    answers = {f.answer for f in extract_candidates(read_document(path))}
    assert "Lovell Telescope" in answers and "Telescope" not in answers
    assert "October 1957" in answers and "1 October 1957" not in answers


def test_a_false_heading_hides_no_facts(tmp_path, monkeypatch):
    """A paragraph that opens with a Roman numeral ("Queen Elizabeth II and ...") may be read
    as a numbered heading; a line of sentences is still asked about, and a name the document
    only ever capitalises keeps its capital in the question."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "tunnel.txt"
    path.write_text(
        "The Tunnel\n\n"
        "The tunnel cost about 4.65 billion pounds.\n\n"
        "Queen Elizabeth II and President Mitterrand opened the tunnel on 6 May 1994. "
        "Eurostar passenger trains take about 35 minutes to pass through it.\n",
        encoding="utf-8")
    prompts = {f.answer: f.prompt for f in extract_candidates(read_document(path))}
    assert prompts["6 May 1994"] == \
        "On which date did Queen Elizabeth II and President Mitterrand open the tunnel?"
    assert prompts["35"].startswith("How many minutes do Eurostar passenger trains take")


def test_a_surname_alone_is_the_person_named_before(tmp_path, monkeypatch):
    """The small model reads a surname said alone as an organisation ("Gutenberg"); after the
    full name it is that person: "Who ...?", never "What ...?"."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "mould.txt"
    path.write_text(
        "Alexander Fleming was a Scottish physician. In early September 1928, Fleming "
        "returned to his laboratory in London. Around March 1929, Fleming published his "
        "results.\n", encoding="utf-8")
    prompts = {(f.answer, f.prompt) for f in extract_candidates(read_document(path))}
    fleming = [p for a, p in prompts if a == "Fleming"]
    assert fleming and all(p.startswith("Who ") for p in fleming)
    assert ("September 1928", "In which month and year did Fleming return to his laboratory "
            "in London?") in prompts
    assert not any("early which" in p or "Around which" in p for _, p in prompts)


def test_a_full_name_is_the_answer_not_its_tail(tmp_path, monkeypatch):
    """The model reads "Emily Warren Roebling" as "Warren Roebling"; a capitalised given name
    just before a person is part of the name, a month ("In May Edward Jenner") is not."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "bridge.txt"
    path.write_text(
        "When the engineer fell ill, his wife, Emily Warren Roebling, became the link between "
        "him and the builders. In May Edward Jenner took material from a cowpox sore.\n",
        encoding="utf-8")
    answers = {f.answer for f in extract_candidates(read_document(path))}
    assert "Emily Warren Roebling" in answers and "Warren Roebling" not in answers
    assert "Edward Jenner" in answers and "May Edward Jenner" not in answers


def test_a_word_window_that_says_its_unit_is_not_asked_twice(tmp_path, monkeypatch):
    """Preprocessed text: "How many launch missions? ... _____ launch missions completed"
    says the unit twice; the window alone reads better. A unit the window does not say
    ("_____ g") keeps its question."""
    from edu.text.preprocess import preprocess
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "ferry.txt"
    path.write_text(preprocess(
        "The harbour board reported that the ferry service completed 2,340 crossings between "
        "the islands during the season. The ferry carried 1,731 kg of mail to the northern "
        "island every week.") + "\n", encoding="utf-8")
    prompts = {f.answer: f.prompt for f in extract_candidates(read_document(path))
               if f.kind == "number"}
    crossings = next(p for a, p in prompts.items() if a.replace(",", "") == "2340")
    assert "_____ cross" in crossings and not crossings.startswith("How many")
    mail = next(p for a, p in prompts.items() if a.replace(",", "") == "1731")
    assert mail.startswith("How many")


def test_a_year_cloze_beside_its_date_question_ranks_lower(tmp_path, monkeypatch):
    """"In which year? On 3 September _____, ..." asks half of "On which date did ...?" on
    the same sentence: it takes YEAR_BESIDE_QUESTION off, and ranks after the question."""
    from edu.extract.candidates import YEAR_BESIDE_QUESTION, YEAR_OF
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "mould.txt"
    path.write_text("Alexander Fleming was a Scottish physician. On 3 September 1928, Fleming "
                    "noticed a mould on a culture plate. The tower was painted white in 1899.\n",
                    encoding="utf-8")
    facts = extract_candidates(read_document(path))
    question = next(f for f in facts if f.answer == "3 September 1928")
    year = next(f for f in facts if f.answer == "1928")
    assert "_____" not in question.prompt and "_____" in year.prompt
    assert facts.index(year) > facts.index(question)
    assert (question.score or 0) - (year.score or 0) >= YEAR_OF + YEAR_BESIDE_QUESTION
    monkeypatch.setattr("edu.extract.candidates.YEAR_BESIDE_QUESTION", 0.0)
    plain = next(f for f in extract_candidates(read_document(path)) if f.answer == "1928")
    assert (plain.score or 0) - (year.score or 0) == pytest.approx(YEAR_BESIDE_QUESTION)
    alone = next(f for f in facts if f.answer == "1899")  # no fuller date: no cut
    assert "_____" in alone.prompt or "which year" in alone.prompt
