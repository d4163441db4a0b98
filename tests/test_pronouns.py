"""Pronouns pointing at nothing on the first page of ordinary English (issue 15, tenth round,
pronouns): resolved where one person or thing is sure, else below the clean drafts."""

from __future__ import annotations

from edu.extract.questions import Ask, questions


def _asked(text: str, sentence: str, answer: str, kind: str, word: str,
           people: frozenset[str]) -> tuple[str, str]:
    start = text.index(sentence)
    at = text.index(answer, start)
    ask = Ask(start, start + len(sentence), at, at + len(answer), kind, word)
    asked = questions(text, [ask], ["How many workers? " + sentence.replace(answer, "_____")],
                      people)[ask]
    return asked.prompt, asked.how


def test_he_is_the_person_apposed_to_the_subject_before(tmp_path, monkeypatch):
    """"The historian Ada Vane, writing ..., described ... He claimed ...": the subject is
    a common noun with one named person apposed to it, so "he" is that person."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    text = ("The historian Ada Vane, writing a century later in her Annals of the North, "
            "described the building of the king's tomb. He claimed that more than 9,000 "
            "workers were conscripted, and that the tomb held rivers of mercury.\n")
    sentence = text.split(". ", 1)[1].strip()
    prompt, _ = _asked(text, sentence, "9,000", "number", "", frozenset({"Ada Vane"}))
    assert prompt.startswith(("How many workers did Ada Vane claim",
                              "How many workers? Ada Vane claimed")), prompt
    assert " He " not in prompt and not prompt.startswith("He")
    # two people beside the subject: neither is "he" for sure
    text2 = text.replace("The historian Ada Vane,", "The historians Ada Vane and Tom Reed,")
    prompt2, _ = _asked(text2, sentence, "9,000", "number", "",
                        frozenset({"Ada Vane", "Tom Reed"}))
    assert "Ada Vane" not in prompt2 and "Tom Reed" not in prompt2
