"""The person a longer title names ("Lise Meitner and Nuclear Fission") is who a bare
"she"/"his" of the text means, written as the text writes the name most (issue 15, round 16k:
bare pronouns in drafts whose subject is plain from the title); never another person."""

from __future__ import annotations

from pathlib import Path

from edu.extract import extract_candidates
from edu.extract.questions import sentences_referred
from edu.extract.title_person import title_person
from edu.text.reading import read_document

TUNING = Path(__file__).parent / "data" / "tuning"
BLIND = Path(__file__).parent / "data" / "blind"

MEITNER = ("Lise Meitner and Nuclear Fission\n\n"
           "Lise Meitner was born in 1878 in Vienna. Her father, Philipp Meitner, was a lawyer. "
           "She studied physics at the University of Vienna.\n\n"
           "In 1907 she moved to Berlin. In 1926 she became a professor.\n")


def _referred(text: str, sentence: str, people: frozenset[str]) -> str:
    start = text.index(sentence)
    return sentences_referred(text, [(start, start + len(sentence), start, start)], people)[0][0]


def test_the_person_of_a_longer_title_and_the_form_the_text_uses():
    person = title_person(MEITNER)
    assert person is not None and person.written == "Lise Meitner"
    assert person.form == "Lise Meitner"  # "Meitner" alone only in her father's name
    laennec = ("The Invention of the Stethoscope by René Laennec\n\n"
               "René-Théophile-Hyacinthe Laennec was a French physician. He was born in 1781. "
               "In 1816 Laennec rolled a quire of paper. Laennec died in 1826.\n")
    person = title_person(laennec)
    assert person is not None and person.form == "Laennec"
    assert person.written == "René-Théophile-Hyacinthe Laennec"
    # a title that is a name alone is the title subject already; a name the body never
    # opens a sentence with is no one the text is sure to be about
    assert title_person("Amelia Earhart\n\nAmelia Earhart was born in 1897.\n") is None
    assert title_person("William Herschel and the Discovery of Uranus\n\n"
                        "Since ancient times people knew five planets.\n") is None
    assert title_person("The 1980 Eruption of Mount St. Helens\n\nMount St. Helens is a "
                        "volcano. It erupted.\n") is None


def test_she_of_a_longer_title_is_that_person(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    people = frozenset({"Lise Meitner", "Philipp Meitner"})
    assert _referred(MEITNER, "In 1926 she became a professor.", people) \
        == "In 1926 Lise Meitner became a professor."
    # another person named in the sentence before the pronoun: who "she" is stays unsure
    other = MEITNER.replace("In 1926 she became", "In 1926, with Elisabeth Schiemann, she became")
    assert _referred(other, "In 1926, with Elisabeth Schiemann, she became a professor.",
                     people | {"Elisabeth Schiemann"}) \
        == "In 1926, with Elisabeth Schiemann, she became a professor."


def _top(path: Path, n: int = 20) -> list:
    return extract_candidates(read_document(path))[:n]


def test_drafts_of_a_life_name_its_subject(tmp_path, monkeypatch):
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    facts = {str(f.answer): f.prompt for f in _top(TUNING / "k16_lise_meitner.txt", 30)}
    # (round 20q fronts it: "In which year did Lise Meitner become ...?")
    assert "Lise Meitner became" in facts["1926"] or "did Lise Meitner become" in facts["1926"]
    assert "Lise Meitner studied physics" in facts["Ludwig Boltzmann"]
    top = _top(TUNING / "k16_gregor_mendel.txt", 30)
    facts = {str(f.answer): f.prompt for f in top}
    assert "Mendel" in facts["28,000"] and " he " not in facts["28,000"]
    # once named, a question is no longer held below the page: its shape must be whole
    # ("Over how many years did Mendel grow?" lost "and examined ... plants"; "How many
    # traits did Mendel follow the colour ...?" took in a second object)
    assert not any(f.prompt.endswith("did Mendel grow?") for f in top)
    assert "colour" not in facts.get("seven", "")


def test_no_wrong_person_is_put_in(tmp_path, monkeypatch):
    """Cecilia Payne's father is Edward Payne; "she" of her life is Payne, never he."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    prompts = [f.prompt for f in _top(BLIND / "payne_stellar_hydrogen.txt", 40)]
    assert not any("Edward Payne's" in p or "Edward Payne sail" in p for p in prompts)
    assert any(p.startswith("In which year did Payne sail") for p in prompts)
