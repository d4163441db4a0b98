"""Function words put back between the stems of preprocessed text (edu.text.gaps) and in
preprocessed fill-ins (edu.extract.fill_in): learnt from corpora, written only when sure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from edu.extract import extract_candidates
from edu.extract.wording import BLANK
from edu.text.gaps import fill_gaps, load_gaps, restore_phrase
from edu.text.preprocess import preprocess, preprocess_words
from edu.text.reading import read_document

DATA = Path(__file__).parent / "data"


def test_a_year_after_a_past_verb_takes_in():
    # "The second floor was finished in 1178" as the recipe leaves it
    assert restore_phrase(preprocess_words("The second floor was finished in 1178")) \
        == "second floor finished in 1178"


def test_runs_the_corpus_is_sure_of_are_put_back():
    assert restore_phrase(preprocess_words("the number of people")) == "number of people"
    assert restore_phrase(preprocess_words("the rest of the world")) == "rest of the world"
    assert restore_phrase(preprocess_words("He was born in 1856")) == "born in 1856"
    assert restore_phrase(preprocess_words("continue to receive")) == "continue to receive"


def test_a_run_the_word_before_chose_alone_is_not_written():
    # "able" is followed by "to" in the corpus, but "seaman" is too rare there to confirm it
    assert restore_phrase(preprocess_words("an able seaman")) == "able seaman"


def test_unknown_neighbours_get_nothing():
    gaps, words = fill_gaps(["zorbl", "quexit"], ["zorbl", "quexit"])
    assert gaps == ["", ""] and words == ["zorbl", "quexit"]


def test_no_pronoun_is_ever_put_back():
    table = load_gaps()
    written = {run for _, runs in table.values() for run, _ in runs}
    assert "i" in {w for run in written for w in run.split()}  # the corpus has them...
    phrase = restore_phrase(preprocess_words(
        "We believe that our nation must lead, and I ask you to help me"))
    assert not {"i", "we", "our", "you", "me"} & set(phrase.split())  # ...never written


def test_preprocessed_fill_in_reads_with_its_preposition(tmp_path: Path):
    raw = (DATA / "tuning" / "g15_pisa_tower.txt").read_text("utf-8")
    doc = tmp_path / "pisa.txt"
    doc.write_text(preprocess(raw) + "\n", "utf-8")
    prompts = [f.prompt for f in extract_candidates(read_document(doc))]
    assert any(f"finished in {BLANK}" in p for p in prompts), prompts[:30]


def test_commands_that_restore_no_phrase_never_load_the_table(tmp_path: Path):
    doc = tmp_path / "doc.txt"
    doc.write_text("second floor finish 1178 tower begun sink\n", "utf-8")
    code = (
        "import sys, edu.cli\n"
        "for argv in (['restore', sys.argv[1]], ['preprocess', sys.argv[1]]):\n"
        "    edu.cli.main(argv)\n"
        "gaps = sys.modules.get('edu.text.gaps')\n"
        "print('loaded' if gaps and gaps.load_gaps.cache_info().currsize else 'not loaded')\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(doc)], capture_output=True,
                         text=True, env={**os.environ, "EDU_CACHE_DIR": "off"}, check=True)
    assert out.stdout.strip().splitlines()[-1] == "not loaded"
