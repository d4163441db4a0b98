import subprocess
import sys

from edu.text.preprocess import preprocess, stop_words


def test_stop_list_is_nltk_english():
    words = stop_words()
    assert len(words) == 179
    assert {"the", "i", "wouldn't", "should've"} <= words


def test_reproduces_seed_form_of_a_white_paper_sentence():
    raw = "From 2016 to December 2021, a total of 207 launch missions were completed"
    assert preprocess(raw) == "2016 decemb 2021 total 207 launch mission complet"


def test_hyphens_and_apostrophes_are_deleted_inside_words():
    assert preprocess("Chang'e-4 high-resolution 20.19 Beijing module") == (
        "change4 highresolut 2019 beij modul"
    )


def test_seed_is_a_fixed_point_of_its_own_words():
    from pathlib import Path

    seed = Path(__file__).parent.parent / "seeds" / "china-space-2021.txt"
    text = seed.read_text("utf-8")
    # Stemming a stem is not always identity, but the recipe never adds tokens.
    assert len(preprocess(text).split()) <= len(text.split())


def test_cli_preprocess(tmp_path):
    raw = tmp_path / "raw.txt"
    raw.write_text("The Tianhe core module was launched in April 2021.", "utf-8")
    out = subprocess.run([sys.executable, "-m", "edu", "preprocess", str(raw)],
                         capture_output=True, text=True)
    assert out.returncode == 0
    assert out.stdout.strip() == "tianh core modul launch april 2021"


def test_cli_preprocess_missing_file(tmp_path):
    out = subprocess.run([sys.executable, "-m", "edu", "preprocess", str(tmp_path / "nope.txt")],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert "nope.txt: no such file" in out.stderr
    assert "Traceback" not in out.stderr
