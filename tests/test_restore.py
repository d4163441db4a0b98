"""Stem restoration: seed samples and reference, glossary, tuned and held-out prose, CLI."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.restore_eval import (
    baseline_words,
    fresh_texts,
    load_reference,
    measure,
    measure_words,
    originals_of,
    token_right,
    tuned_texts,
)
from edu.errors import EduError
from edu.text.glossary import Glossary, parse_glossary
from edu.text.preprocess import stem
from edu.text.reading import read_document, reading_of
from edu.text.restore import join_words, restore_stems
from edu.text.source import Span, document_of

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "china-space-2021.txt"
# Measured on tests/data/fresh (8 documents, 1,959 tokens) after the last change to restoration
# (docs/RESTORE.md)
FRESH_FLOOR = 0.71  # measured 0.727 on 13 documents (most-frequent word 0.686, oracle 0.991)


@pytest.fixture(scope="module")
def seed():
    return read_document(SEED)


@pytest.fixture(scope="module")
def seed_words(seed):
    return list(seed.words)


def _phrase(seed, seed_words, stems: str) -> str:
    offset = seed.text.index(stems)
    i = next(k for k, t in enumerate(seed.tokens) if t.start == offset)
    return join_words(seed_words[i : i + len(stems.split())])


def test_one_word_per_token(seed, seed_words):
    assert len(seed_words) == len(seed.tokens)


@pytest.mark.parametrize(("stems", "expected"), [
    ("beij aerospac", "Beijing Aerospace"),  # Beijing Aerospace Control Center
    ("core modul", "core module"),
    ("satellit remotesens system", "satellite remote-sensing system"),
    ("207 launch mission", "207 launch missions"),
    ("shenzhou xiii", "Shenzhou-XIII"),
    ("tianwen 1", "Tianwen-1"),
    ("chang 6", "Chang'e-6"),
    ("change5", "Chang'e-5"),
    ("long march 5b", "Long March 5B"),
    ("xi jinp", "Xi Jinping"),
    ("highresolut earth", "high-resolution earth"),
    ("threestep lunar", "three-step lunar"),
    ("mar probe", "Mars probe"),
])
def test_seed_samples(seed, seed_words, stems, expected):
    assert _phrase(seed, seed_words, stems) == expected


def test_without_glossary_compounds_still_split():
    assert restore_stems(["highresolut", "earthmoon", "inorbit", "quickli"]) == [
        "high-resolution", "earth-moon", "in-orbit", "quickly"]


def test_counts_make_nouns_agree():
    assert restore_stems("five year".split())[1] == "years"
    assert restore_stems("sever bee".split())[1] == "bees"
    assert restore_stems("1 year".split())[1] == "year"
    assert restore_stems("2021 launch".split())[1] != "launches"  # a year is not a count


def test_restore_span_matches_document(seed, seed_words):
    start = seed.text.index("2016 decemb 2021 207")
    text = seed.span_text(Span(start, start + 60))
    assert "207 launch missions" in text
    assert seed.span_text(Span(0, 0)) == ""


def test_accuracy_floor_on_tuned_prose():
    right = total = 0
    for path in tuned_texts():
        acc = measure(path.read_text("utf-8"))
        right, total = right + acc.correct, total + acc.total
    assert total > 4000
    # measured: 0.726 (most-frequent word: 0.663; 0.714 without the context table)
    assert right / total >= 0.72


def test_seed_against_its_reference(seed):
    """The seed's own reference (bench/seed_reference.tsv, built by reading): restoration
    with its companion, without it, and the most-frequent-word baseline."""
    reference = load_reference()
    assert [s for s, _ in reference] == seed.stems()
    doc = document_of(SEED, SEED.read_text("utf-8"))
    with_companion = measure_words(list(seed.words), reference).ratio
    without = measure_words(list(reading_of(doc, Glossary()).words), reference).ratio
    baseline = measure_words(baseline_words(seed.stems()), reference).ratio
    # measured: 1.000 with the companion (in-sample: round 3 of the companion was proposed
    # from this reference), 0.753 without, baseline 0.694. Below 0.98 after a change to
    # restoration: run scripts/companion_phrases.py and read what it proposes.
    assert with_companion >= 0.98 and without >= 0.75
    assert baseline < without < with_companion


def test_seed_reference_words_stem_to_the_seeds_stems():
    """Every word of the hand-built reference is a word the paper can have written: put
    through the seed's own recipe (lower-case, letters and digits only, Porter) it gives the
    seed's stem. ("leapt" cannot be the original of `leap`, nor "microgravity" of
    `microgravit`.)"""
    wrong = [(s, w) for s, w in load_reference()
             if stem("".join(c for c in w.lower() if c.isalnum())) != s]
    assert wrong == []


def test_seed_reads_the_issues_named_faults(seed):
    """The faults issue 13 named read right in the bundled paper's evidence."""
    text = join_words(list(seed.words))
    for right in ("People's Republic of China", "tens of thousands of domestic users",
                  "100 million scenes", "Fengyun-4A/4B", "2016–2025", "Tunisia", "Sweden",
                  "Algeria", "build China space power",
                  "experiments", "satellite communications", "quantum communications",
                  "strongest magnetic field universe", "severe droughts Afghanistan dam",
                  "Luna-Resource-1"):
        assert right in text, right
    for wrong in ("Republic China", "100 millions", "ten thousands", "Fengyun-4A4B",
                  "20162025", "sweden", "community satellite", "university obtained",
                  "several droughts", "Afghanistan's"):
        assert wrong not in text, wrong


def test_fresh_documents_held_out():
    """Held-out news, reports, policy papers, an explainer (tests/data/fresh), read as `edu restore`
    reads their preprocessed files, against the words of the raw originals."""
    right = total = 0
    for raw, txt in fresh_texts():
        reading = read_document(txt)
        originals = originals_of(raw.read_text("utf-8"))
        assert len(originals) == len(reading.words)
        acc = measure_words(list(reading.words), list(zip(reading.stems(), originals,
                                                          strict=True)))
        right, total = right + acc.correct, total + acc.total
    assert total > 3300
    assert right / total >= FRESH_FLOOR


def test_neighbours_choose_the_inflection(monkeypatch):
    """The context table (edu/data/context.tsv.gz): a stem's neighbours ask for a plural or a
    past participle that the word's own frequency would not give."""
    import edu.text.restore as restore

    pairs = (["develop", "countri"], ["launch", "satellit"])
    with_context = [restore_stems(p) for p in pairs]
    assert with_context == [["developed", "countries"], ["launched", "satellite"]]
    monkeypatch.setattr(restore, "CONTEXT_WEIGHT", 0.0)
    assert [restore_stems(p) for p in pairs] == [["developed", "country"],
                                                   ["launch", "satellite"]]


def test_context_table_shape():
    """Every side of the shipped table has rows of one lift per inflection class."""
    from edu.text.restore import FORM_CLASSES
    from edu.text.wordmap import load_context

    table = load_context()
    assert set(table) == {"L", "R", "L2", "R2"}
    assert all(len(lifts) == len(FORM_CLASSES) for rows in table.values()
               for lifts in rows.values())
    assert len(table["L"]) > 1000


def test_build_context_counts_a_corpus(tmp_path):
    """scripts/build_context.py learns from a corpus: after "newli" the next word is written
    as "-ed" more than its stem's frequencies expect ("newly opened")."""
    builds = tmp_path / "builds"
    builds.mkdir()
    sentences = [f"The {w} was newly opened in the valley." for w in ("bridge", "tower", "school")]
    (builds / "doc-0.json").write_text(json.dumps(sentences * 4), "utf-8")
    out = tmp_path / "context.tsv.gz"
    done = subprocess.run([sys.executable, "scripts/build_context.py", "--source", str(builds),
                           "--output", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    import gzip

    rows = [line.split("\t") for line in gzip.decompress(out.read_bytes()).decode().splitlines()]
    header = rows[0]
    after_newly = next(r for r in rows if r[:2] == ["L", "newli"])
    assert int(after_newly[header.index("ed")]) > 1000  # lift above 1


def test_token_rule_accepts_bare_possessive():
    assert token_right("China", "China's") and token_right("China's", "China's")
    assert not token_right("China's", "China")
    assert token_right("Republic of", "Republic")  # a glossary piece's stop word is no word


def test_ranges_and_designators():
    assert restore_stems(["20162025"]) == ["2016\u20132025"]
    assert restore_stems(["20252016"]) == ["20252016"]  # not a range: the second is earlier
    g = parse_glossary('glossary:\n  names: ["Fengyun-{n}", "Haiyang-{n}", "Tiantong-{n}"]\n',
                       "g.yaml")
    words = restore_stems("fengyun 4a4b haiyang 2b2c2d tiantong 1 0203".split(), g)
    assert join_words(words) == "Fengyun-4A/4B Haiyang-2B/2C/2D Tiantong-1 02/03"


def test_scale_words_after_a_number_stay_singular():
    assert join_words(restore_stems("100 million scene".split())) == "100 million scenes"
    assert join_words(restore_stems("seven million vehicl".split())) == "seven million vehicles"
    assert restore_stems("thousand peopl".split())[0] == "thousands"


def test_places_are_capitalised_everywhere():
    words = restore_stems("sweden germani netherland unit state saudi arabia".split())
    assert join_words(words) == "Sweden Germany Netherlands United States Saudi Arabia"
    assert restore_stems("ethiopian chines peopl".split())[:2] == ["Ethiopian", "Chinese"]


def test_country_before_a_noun_is_possessive():
    assert join_words(restore_stems("china space industri".split())) == (
        "China's space industry")
    assert restore_stems("china launch".split())[0] == "China"  # a verb follows
    assert restore_stems("china alway".split())[0] == "China"
    assert restore_stems("pakistan egypt".split())[0] == "Pakistan"  # a name follows


def test_glossary_forms_keep_inflection():
    g = parse_glossary("glossary:\n  forms: {experi: experiment, commun: communication}\n",
                       "g.yaml")
    words = restore_stems("five experi satellit commun".split(), g)
    assert words[1] == "experiments" and words[3].startswith("communication")
    assert restore_stems(["experi"])[0] == "experience"  # without the companion


def test_glossary_numbered_names_and_words():
    g = parse_glossary("glossary:\n  names: [\"Chang'e-{n}\", \"Long March {n}\", Xi Jinping]\n"
                       "  words: {remotesens: remote-sensing}\n", "g.yaml")
    words = restore_stems("chang 6 change4 long march 2f xi jinp remotesens".split(), g)
    assert join_words(words) == "Chang'e-6 Chang'e-4 Long March 2F Xi Jinping remote-sensing"


def test_companion_proposals_are_valid_words():
    """scripts/companion_phrases.py proposes (almost) nothing for the shipped companion, and
    what it prints is `words` YAML that the glossary reads."""
    done = subprocess.run([sys.executable, "scripts/companion_phrases.py"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) <= 50  # 0 when the companion was last regenerated
    parse_glossary("glossary:\n  words:\n" + "".join(f"{line}\n" for line in lines) + "    "
                   '"(china) launch": launched\n', "proposed.yaml")
    pairs = subprocess.run([sys.executable, "scripts/companion_phrases.py", "--pairs"],
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert pairs.returncode == 0, pairs.stderr


def test_glossary_words_in_a_context():
    """Stems in parentheses must match but keep their own word; the longer context wins."""
    g = parse_glossary('glossary:\n  words:\n    "(china) launch": launched\n'
                       '    "launch (mission)": launch\n'
                       '    "(sever) drought (afghanistan)": drought\n'
                       '    "(drought) afghanistan": Afghanistan\n'
                       '    "(a) (b) launch": launches\n', "g.yaml")
    words = restore_stems("china launch mission launch mission sever drought afghanistan dam "
                          "a b launch mission".split(), g)
    assert (words[0], words[1], words[3]) == ("China", "launched", "launch")
    assert words[6:8] == ["drought", "Afghanistan"]  # a context entry: no possessive
    assert words[-2] == "launches"  # three stems beat two
    assert restore_stems("sever drought afghanistan dam".split())[2] == "Afghanistan's"
    # a one-token entry yields to a context; a multi-token phrase does not
    g = parse_glossary('glossary:\n  words:\n    peac: peaceful\n    "(modern) peac": peace\n'
                       '    "space industri": space industry\n    "(space) industri": x\n',
                       "g.yaml")
    assert restore_stems("modern peac peac space industri".split(), g)[1:] == [
        "peace", "peaceful", "space", "industry"]


@pytest.mark.parametrize(("text", "where"), [
    ('glossary:\n  words:\n    "(china)": x\n', "g.yaml:3:5"),
    ('glossary:\n  words:\n    "(china launch": x\n', "g.yaml:3:5"),
    ('glossary:\n  words:\n    "((china)) launch": x\n', "g.yaml:3:5"),
    ('glossary:\n  words:\n    "(a) b c": x\n', "g.yaml:3:5"),
    ("glossary:\n  names: [a\n", "g.yaml:3"),
    ("glossary:\n  nmes: [Tianhe]\n", "g.yaml:2:3"),
    ("titel: x\n", "g.yaml:1:1"),
    ("glossary:\n  words: {remotesens: [1, 2]}\n", "g.yaml:2"),
    ("glossary:\n  forms:\n    experi: experimental\n", "g.yaml:3:5"),
    ("glossary:\n  forms:\n    experi: [a]\n", "g.yaml:3:5"),
    ("- a\n- b\n", "g.yaml:1:1"),
    ("title: x\nsections: [a, b]\n", "g.yaml:2:1"),
])
def test_bad_glossary_is_located(text, where):
    with pytest.raises(EduError) as exc:
        parse_glossary(text, "g.yaml")
    assert str(exc.value).startswith(where)


def _edu(*args):
    return subprocess.run([sys.executable, "-m", "edu", *args], capture_output=True,
                          text=True, cwd=ROOT)


def test_cli_json_shape():
    out = _edu("restore", str(SEED), "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    text = SEED.read_text("utf-8")
    assert len(rows) == len(text.split())
    assert all(set(r) == {"stem", "word", "start", "end"} for r in rows)
    assert all(text[r["start"] : r["end"]] == r["stem"] for r in rows)
    assert any(r["stem"] == "beij" and r["word"] == "Beijing" for r in rows)


def test_cli_text_and_raw_passthrough(tmp_path):
    out = _edu("restore", str(SEED))
    assert out.returncode == 0
    assert "II.1 Space transport system" in out.stdout
    raw = tmp_path / "raw.txt"
    raw.write_text("The Tianhe core module was launched in April 2021.", "utf-8")
    out = _edu("restore", str(raw), "--format", "json")
    rows = json.loads(out.stdout)
    assert [r["word"] for r in rows] == ["Tianhe", "core", "module", "launched", "April", "2021"]
    assert rows[0]["stem"] == "tianh"
    doc = read_document(raw)
    assert doc.span_text(Span(0, 40)) == "The Tianhe core module was launched"


@pytest.mark.parametrize("content", [None, b"", b"\x00\x00", b"\xff\xfe bad"])
def test_cli_bad_input_exits_2(tmp_path, content):
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    out = _edu("restore", str(path))
    assert out.returncode == 2
    assert "doc.txt" in out.stderr and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1


def test_cli_bad_glossary_exits_2(tmp_path):
    bad = tmp_path / "g.yaml"
    bad.write_text("glossary:\n  names: [oops\n", "utf-8")
    out = _edu("restore", str(SEED), "--glossary", str(bad))
    assert out.returncode == 2
    assert "g.yaml:" in out.stderr and "Traceback" not in out.stderr
