"""What a pronoun, possessive or bare definite of ordinary English refers to, when that is
sure (issue 15, twelfth round, referents): in drafts and in the items a learner meets."""

from __future__ import annotations

from edu.extract.questions import Ask, questions


def _prompt(text: str, sentence: str, answer: str, people: frozenset[str],
            word: str = "How many substances?", kind: str = "number") -> str:
    start = text.index(sentence)
    at = text.index(answer, start)
    ask = Ask(start, start + len(sentence), at, at + len(answer), kind, "")
    cloze = f"{word} {sentence.replace(answer, '_____', 1)}"
    return questions(text, [ask], [cloze], people)[ask].prompt


_CHEMIST = ("The Chemist\n\nPaul Marrow worked with his wife, Anne Dufour Marrow, who drew his "
            "apparatus. Marrow, a wealthy member of the Ferme Royale, which collected taxes for "
            "the king, repeated the work with careful weighing. In 1777 he named the gas "
            "vitalin. His Elementary Treatise of Chemistry of 1789 listed 33 substances he "
            "regarded as elements.\n")


def test_his_is_the_surname_a_family_shares_when_the_model_reads_it_as_a_noun(tmp_path,
                                                                              monkeypatch):
    """"Marrow, a wealthy member ..., repeated the work. In 1777 he named ... His Elementary
    Treatise ...": the model reads "Marrow" as a noun, and two Marrows are named; the text
    calls him "Marrow", so "Marrow's Elementary Treatise" says what it says."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    sentence = _CHEMIST[_CHEMIST.index("His Elementary") :].strip()
    prompt = _prompt(_CHEMIST, sentence, "33", frozenset({"Paul Marrow", "Anne Dufour Marrow"}))
    assert "Marrow's Elementary Treatise" in prompt and "His " not in prompt, prompt
    # unless the text says which Marrow is no "he", the name is neither of them for sure
    unsaid = _CHEMIST.replace("with his wife, Anne Dufour Marrow,", "with Anne Dufour Marrow,")
    prompt = _prompt(unsaid, sentence, "33", frozenset({"Paul Marrow", "Anne Dufour Marrow"}))
    assert "Marrow" not in prompt, prompt


def test_he_is_the_person_the_subject_before_is_said_to_be(tmp_path, monkeypatch):
    """"The first person to make argon was probably Ada Vane, ... Around 1771 he produced
    ...": "person" is a person noun, equated with the one person named."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("Argon\n\nThe first person to make argon was probably Ada Vane, a chemist working "
            "in Uppsala in Sweden. Around 1771 she produced the gas by heating several "
            "substances. Her book Notes on Air was delayed by her publisher.\n")
    sentence = "Around 1771 she produced the gas by heating several substances."
    prompt = _prompt(text, sentence, "1771", frozenset({"Ada Vane"}), "In which year?", "date")
    assert "Ada Vane" in prompt and " she " not in prompt, prompt


def test_it_is_the_subject_the_title_names(tmp_path, monkeypatch):
    """"The Discovery of Argon" / "The discovery of argon in the 1890s is one of ... It
    involved ...": the subject that spells the title is what "it" goes on about."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The Discovery of Argon\n\nThe discovery of argon in the 1890s is one of the most "
            "famous cases of a careful measurement. It involved two British scientists and 12 "
            "laboratories, and it changed the periodic table.\n")
    sentence = text[text.index("It involved") :].strip()
    prompt = _prompt(text, sentence, "12", frozenset(), "How many laboratories?")
    assert "the discovery of argon" in prompt.lower() and "It involved" not in prompt, prompt
    # a subject that only shares a word with the title is no referent
    other = text.replace("The discovery of argon in the 1890s", "The story of its weighing")
    prompt = _prompt(other, sentence, "12", frozenset(), "How many laboratories?")
    assert "argon" not in prompt.lower(), prompt


def test_it_is_what_we_are_said_to_know_about(tmp_path, monkeypatch):
    """"Today we know that argon makes up about 1 percent of the air. It has the atomic
    number 18": "we" is no referent; what is known is about argon."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("Argon\n\nToday we know that argon makes up about 1 percent of the air by volume. "
            "It has the atomic number 18, and it is a noble gas.\n")
    sentence = text[text.index("It has") :].strip()
    prompt = _prompt(text, sentence, "18", frozenset(), "Which number?")
    assert prompt.split("? ", 1)[-1].startswith(("Argon has", "argon has")), prompt
