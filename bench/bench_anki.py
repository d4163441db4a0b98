"""Benchmark: the whole `edu anki` path on synthetic decks of 1,000 and 5,000 facts, beside
genanki alone writing as many notes, in the same run (target: within 3x of genanki; 5x the
facts at most 7x the time).

Each synthetic deck is a real deck file with a real source document: one preprocessed clause
per fact (the seed recipe, so every span proves its answer), name facts spread over categories
of a few families (so distractor pools are realistic), plus number and date facts. Before
timing, `edu check` and one `edu anki` run (the Reading, proof record and loaded deck are
cached, as after any first command on a document). Then each figure is the best of
`--repeat` fresh processes, as a person runs them, the four kinds of run interleaved (so a
change of the machine's load between them moves all four alike):

- `edu anki DECK -o OUT.apkg` on the unchanged deck; on the deck just edited with a comment
  appended (it is read, checked and proved again from the proof record; its facts are the
  same, so its items come from the items cache); and with one fact's prompt reworded (its
  own items are made again, and whatever reads it: the other facts' items are taken from
  the items cache's parts, edu.items.make);
- genanki alone: a script that imports genanki and writes as many small two-field notes in
  one deck.

Both are printed as whole-process wall time (interpreter start included), as the work
after the top-level imports (measured inside the process; lazy imports count as work), and
as the CPU time of that work (less moved than wall time when other programs share the
cores); the ratios are read from the same run. genanki alone is timed writing its
collection in memory, as edu does (the comparison), and with its own write_to_file (a
temporary SQLite file on disk, whose syncs make it slower and noisier on a busy machine).

With `--every-kind`, `edu anki --every-kind` (a note for every item of every fact: every
name's multiple choice and true/false read the whole deck, so a reworded fact makes those
again too).

With `--cold`, a user's first export instead: every cache cold (a fresh EDU_CACHE_DIR per
process: no Reading, proof record, loaded deck, items or notes kept), `edu anki DECK` on the
synthetic deck, and `edu anki DOC` on a document of about as many drafts (the extract bench's
corpus, `--doc-mb` MB; extraction included, so `edu extract DOC` is timed beside it, cold
too, and the export's share is the difference), each beside genanki alone writing as many
notes, interleaved.

    python bench/bench_anki.py [--sizes 1000 5000] [--repeat 3] [--every-kind] [--before DIR]
    python bench/bench_anki.py --cold [--sizes 5000] [--repeat 2] [--doc-mb 0.75]
                               [--before DIR] [--deck-only]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from edu.cli import main as edu_main
from edu.text.preprocess import preprocess_words

SYLLABLES = ["ka", "lo", "mi", "zu", "re", "ta", "vo", "ni", "sa", "pe", "do", "ru", "xi", "be"]
CATEGORIES = ["rocket", "launch vehicle", "satellite", "space telescope", "cargo spacecraft",
              "lunar probe", "space agency", "research institute", "space program", "mission",
              "astronaut", "conference", "space station module", "navigation satellite"]

MONTHS = ["January", "March", "May", "July", "September", "November"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def write_deck(folder: Path, n: int, seed: int = 0) -> Path:
    """A deck of n facts and its source document in `folder`; returns the deck's path."""
    rng = random.Random(seed)
    clauses: list[str] = []
    facts: list[dict[str, object]] = []
    offset = 0
    used: set[str] = set()
    for i in range(n):
        section = f"Section {i % 12}"
        kind = ("number", "date", "name", "name", "name")[i % 5]
        if kind == "name":
            answer = _name(rng)
            while answer in used:
                answer = _name(rng)
            used.add(answer)
            category = CATEGORIES[i % len(CATEGORIES)]
            sentence = f"the {category} {answer} operated by team {i} completed its work"
            prompt = f"Which {category} was operated by team {i}?"
        elif kind == "number":
            answer = str(rng.randint(20, 90_000))
            while answer in used:
                answer = str(rng.randint(20, 90_000))
            used.add(answer)
            category = "count"
            sentence = f"team {i} launched {answer} payloads into orbit"
            prompt = f"How many payloads did team {i} launch into orbit?"
        else:
            answer = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1980, 2020)}"
            while answer in used:
                answer = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1980, 2020)}"
            used.add(answer)
            category = "date"
            sentence = f"team {i} first reached orbit in {answer}"
            prompt = f"On which date did team {i} first reach orbit?"
        clause = " ".join(preprocess_words(sentence))
        facts.append({"id": f"fact-{i}", "kind": kind, "prompt": prompt, "answer": answer,
                      "category": category, "section": section,
                      "source": {"start": offset, "end": offset + len(clause)},
                      "status": "reviewed"})
        clauses.append(clause)
        offset += len(clause) + 1
    (folder / "source.txt").write_text(" ".join(clauses), encoding="utf-8")
    deck_path = folder / f"deck-{n}.yaml"
    deck_path.write_text(yaml.safe_dump({"deck": f"Synthetic {n}", "id": f"synthetic-{n}",
                                         "source": "source.txt", "facts": facts},
                                        sort_keys=False), encoding="utf-8")
    return deck_path


EDU_CHILD = r"""
import contextlib, io, json, sys, time
t0 = time.perf_counter()
from edu.cli import main
t1, c1 = time.perf_counter(), time.process_time()
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(["anki", sys.argv[1], "-o", sys.argv[2], "--timestamp", "1700000000",
                 *sys.argv[3:]])
t2, c2 = time.perf_counter(), time.process_time()
notes = next((int(w) for w in out.getvalue().split() if w.isdigit()), 0)
print(json.dumps({"code": code, "imports": t1 - t0, "work": t2 - t1, "cpu": c2 - c1,
                  "notes": notes}))
"""

GENANKI_CHILD = r"""
import io, json, itertools, sqlite3, sys, time, zipfile
t0 = time.perf_counter()
import genanki
t1, c1 = time.perf_counter(), time.process_time()
notes = int(sys.argv[2])
model = genanki.Model(1_607_392_319, "Bench", fields=[{"name": "Q"}, {"name": "A"}],
                      templates=[{"name": "Card", "qfmt": "{{Q}}",
                                  "afmt": "{{FrontSide}}<hr id=answer>{{A}}"}])
deck = genanki.Deck(2_059_400_110, "Bench")
for i in range(notes):
    deck.add_note(genanki.Note(model=model, fields=[
        f"Which rocket was operated by team {i}?", f"Kalomi {i}"], guid=f"g{i}"))
if sys.argv[3] == "file":  # genanki's own way: a temporary SQLite file on disk
    genanki.Package(deck).write_to_file(sys.argv[1], timestamp=1_700_000_000)
else:  # the way edu writes: the collection in memory, then zipped
    conn = sqlite3.connect(":memory:")
    genanki.Package(deck).write_to_db(conn.cursor(), 1_700_000_000,
                                      itertools.count(1_700_000_000_000))
    conn.commit()
    with zipfile.ZipFile(io.BytesIO(), "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("collection.anki2", conn.serialize())
        zf.writestr("media", b"{}")
t2, c2 = time.perf_counter(), time.process_time()
print(json.dumps({"imports": t1 - t0, "work": t2 - t1, "cpu": c2 - c1}))
"""
# Children run with bytecode caching on, as an installed copy does (this machine's shell sets
# PYTHONDONTWRITEBYTECODE, which would add compiling every edu module to every run).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_child(code: str, *args: str, cache: Path | None = None,
              tree: str | None = None) -> tuple[float, dict]:
    """Wall time of a fresh `python -c code args` and the figures it printed (`cache`: the
    child's EDU_CACHE_DIR, else the user's; `tree`: another tree's edu, by PYTHONPATH, run
    from outside any checkout)."""
    env = CHILD_ENV if cache is None else {**CHILD_ENV, "EDU_CACHE_DIR": str(cache)}
    if tree is not None:
        env = {**env, "PYTHONPATH": tree}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True, env=env, cwd=tempfile.gettempdir() if tree else None)
    wall = time.perf_counter() - start
    return wall, json.loads(done.stdout.strip().splitlines()[-1])


def edit_a_fact(deck_path: Path, k: int, nth: int = 0) -> None:
    """Reword the prompt of the deck's `nth` fact (0: a number fact, 2: the first name fact,
    whose category's matching sets are made again too)."""
    text = deck_path.read_text("utf-8")
    found = list(re.finditer(r"(?m)^(  prompt: .*?)( v\d+)?$", text))[nth]
    text = text[:found.start()] + f"{found.group(1)} v{k}" + text[found.end():]
    deck_path.write_text(text, "utf-8")


EXTRACT_CHILD = r"""
import contextlib, io, json, sys, time
t0 = time.perf_counter()
from edu.cli import main
t1, c1 = time.perf_counter(), time.process_time()
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["extract", sys.argv[1], "-o", sys.argv[2]])
t2, c2 = time.perf_counter(), time.process_time()
print(json.dumps({"code": code, "imports": t1 - t0, "work": t2 - t1, "cpu": c2 - c1}))
"""


def cold(sizes: list[int], repeat: int, doc_mb: float, extra: list[str],
         before: str | None = None, deck_only: bool = False) -> None:
    """A user's first `edu anki`: every cache cold, on a deck and on a document (`before`:
    the deck's export by another tree's edu too, interleaved; `deck_only`: no document)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.bench_extract_command import corpus

    with tempfile.TemporaryDirectory(prefix="bench-anki-cold-") as tmp:
        root = Path(tmp)
        doc = root / "notes.txt"
        mb = corpus(doc, doc_mb)
        fresh = iter(range(1_000_000))

        def cache() -> Path:  # a fresh, empty cache folder for each process
            return root / f"cache-{next(fresh)}"

        for n in sizes:
            folder = root / str(n)
            folder.mkdir()
            deck_path = write_deck(folder, n)
            out = str(folder / "out.apkg")
            runs: dict[str, list[dict]] = {"deck": [], "memory": [], "doc": [], "extract": [],
                                           "doc memory": [], "before": []}
            doc_notes = 0
            for _ in range(repeat):
                for name, code, args in (
                        ("deck", EDU_CHILD, (str(deck_path), out, *extra)),
                        ("memory", GENANKI_CHILD, (str(folder / "g.apkg"), str(n), "memory")),
                        ("before", EDU_CHILD, (str(deck_path), out, *extra)),
                        ("doc", EDU_CHILD, (str(doc), out, *extra)),
                        ("extract", EXTRACT_CHILD, (str(doc), str(folder / "draft.yaml"))),
                        ("doc memory", GENANKI_CHILD,
                         (str(folder / "g.apkg"), str(doc_notes or n), "memory"))):
                    if (name == "before" and before is None) or (
                            deck_only and name.startswith(("doc", "extract"))):
                        continue
                    _, figures = run_child(code, *args, cache=cache(),
                                           tree=before if name == "before" else None)
                    if figures.get("code", 0) != 0:
                        raise SystemExit(f"{name} failed (exit {figures['code']})")
                    runs[name].append(figures)
                    if name == "doc":
                        doc_notes = figures["notes"]
            best = {name: (min(r["work"] for r in done), min(r["cpu"] for r in done))
                    for name, done in runs.items() if done}
            notes = runs["deck"][0]["notes"]
            print(f"{n:>6} facts, {notes} notes, every cache cold (best of {repeat} processes):")
            g_work, g_cpu = best["memory"]
            print(f"    genanki alone, in memory  {g_work:5.2f} s work, {g_cpu:5.2f} s CPU "
                  "(the comparison)")
            work, cpu = best["deck"]
            print(f"    edu anki DECK, first run  {work:5.2f} s work ({work / g_work:4.1f}x), "
                  f"{cpu:5.2f} s CPU ({cpu / g_cpu:4.1f}x)   target <= 3x")
            if before is not None:
                b_work, b_cpu = best["before"]
                cpus = " / ".join(f"{r['cpu']:.2f}" for r in runs["deck"])
                b_cpus = " / ".join(f"{r['cpu']:.2f}" for r in runs["before"])
                print(f"    the same, {before}: {b_work:5.2f} s work ({b_work / g_work:4.1f}x), "
                      f"{b_cpu:5.2f} s CPU ({b_cpu / g_cpu:4.1f}x); each run's CPU: this tree "
                      f"{cpus}, before {b_cpus}")
            if deck_only:
                continue
            dg_work, dg_cpu = best["doc memory"]
            d_work, d_cpu = best["doc"]
            x_work, x_cpu = best["extract"]
            print(f"  {mb:.2f} MB document, {doc_notes} notes (genanki alone {dg_work:5.2f} s "
                  f"work, {dg_cpu:5.2f} s CPU):")
            print(f"    edu anki DOC, first run   {d_work:5.2f} s work ({d_work / dg_work:4.1f}x), "
                  f"{d_cpu:5.2f} s CPU ({d_cpu / dg_cpu:4.1f}x), extraction included")
            print(f"    edu extract DOC (beside)  {x_work:5.2f} s work, {x_cpu:5.2f} s CPU; "
                  f"the rest {d_cpu - x_cpu:5.2f} s CPU ({(d_cpu - x_cpu) / dg_cpu:4.1f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--every-kind", action="store_true",
                        help="a note for every item (edu anki --every-kind)")
    parser.add_argument("--cold", action="store_true",
                        help="a first export: every cache cold, a deck and a document")
    parser.add_argument("--doc-mb", type=float, default=0.75,
                        help="the document's size for --cold (0.75 MB: ~5,000 drafts)")
    parser.add_argument("--before", metavar="DIR",
                        help="the export by DIR's edu too (PYTHONPATH), interleaved "
                             "(--cold: the first export; else the warm paths, each tree "
                             "with its own deck copy and cache)")
    parser.add_argument("--deck-only", action="store_true",
                        help="--cold: the synthetic deck only, no document")
    args = parser.parse_args()
    extra = ["--every-kind"] if args.every_kind else []
    if args.cold:
        cold(args.sizes, args.repeat, args.doc_mb, extra, args.before, args.deck_only)
        return
    if args.before is not None:
        warm_before(args.sizes, args.repeat, extra, args.before)
        return
    results: list[tuple[int, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-anki-") as tmp:
        for n in args.sizes:
            folder = Path(tmp) / str(n)
            folder.mkdir()
            deck_path = write_deck(folder, n)
            out = str(folder / "out.apkg")
            with contextlib.redirect_stdout(io.StringIO()):  # warm: proof and Reading cached
                edu_main(["check", str(deck_path)])
            _, figures = run_child(EDU_CHILD, str(deck_path), out, *extra)  # the loaded deck
            if figures["code"] != 0:
                raise SystemExit(f"edu anki failed on {deck_path} (exit {figures['code']})")
            notes = figures["notes"]
            runs: dict[str, list[tuple[float, dict]]] = {
                "unchanged": [], "edited": [], "memory": [], "file": [], "fact": [], "name": []}
            for k in range(args.repeat):  # interleaved: a change of load hits all alike
                runs["unchanged"].append(run_child(EDU_CHILD, str(deck_path), out, *extra))
                runs["memory"].append(run_child(GENANKI_CHILD, str(folder / "g.apkg"),
                                                str(notes), "memory"))
                with deck_path.open("a", encoding="utf-8") as f:  # a fresh edit: the deck is
                    f.write(f"# edited {k}\n")                     # read and proved again
                runs["edited"].append(run_child(EDU_CHILD, str(deck_path), out, *extra))
                runs["file"].append(run_child(GENANKI_CHILD, str(folder / "g.apkg"),
                                              str(notes), "file"))
                edit_a_fact(deck_path, k)
                runs["fact"].append(run_child(EDU_CHILD, str(deck_path), out, *extra))
                edit_a_fact(deck_path, k, nth=2)
                runs["name"].append(run_child(EDU_CHILD, str(deck_path), out, *extra))
                run_child(EDU_CHILD, str(deck_path), out, *extra)  # the edited deck kept again
            ((wall, work), (edited_wall, edited_work), (g_wall, g_work), (f_wall, f_work),
             (fact_wall, fact_work), (name_wall, name_work)) = (
                (min(w for w, _ in runs[name]), min(r["work"] for _, r in runs[name]))
                for name in ("unchanged", "edited", "memory", "file", "fact", "name"))
            cpu = {name: min(r["cpu"] for _, r in done) for name, done in runs.items()}
            results.append((n, work, edited_work))
            print(f"{n:>6} facts, {notes} notes (best of {args.repeat} processes each):")
            print(f"    genanki alone, in memory  {g_wall:5.2f} s process, {g_work:5.2f} s work, "
                  f"{cpu['memory']:5.2f} s CPU (the comparison below)")
            print(f"    genanki alone, to a file  {f_wall:5.2f} s process, {f_work:5.2f} s work "
                  f"(genanki's write_to_file: SQLite on disk)")
            for label, w, t, c in (
                    ("edu anki, unchanged", wall, work, cpu["unchanged"]),
                    ("edu anki, comment added", edited_wall, edited_work, cpu["edited"]),
                    ("edu anki, a fact edited", fact_wall, fact_work, cpu["fact"]),
                    ("edu anki, a name edited", name_wall, name_work, cpu["name"])):
                print(f"    {label:<25} {w:5.2f} s process ({w / g_wall:4.1f}x), {t:5.2f} s "
                      f"work ({t / g_work:4.1f}x), {c:5.2f} s CPU ({c / cpu['memory']:4.1f}x)"
                      f"   target <= 3x")
    for (n0, a0, e0), (n1, a1, e1) in zip(results, results[1:], strict=False):
        print(f"growth {n0} -> {n1} facts ({n1 / n0:.0f}x), after imports: unchanged deck "
              f"{a1 / a0:.1f}x the time, edited deck {e1 / e0:.1f}x "
              f"(target <= {7 * n1 / n0 / 5:.0f}x)")


CHECK_CHILD = r"""
import contextlib, io, sys
from edu.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    sys.exit(main(["check", sys.argv[1]]))
"""


def warm_before(sizes: list[int], repeat: int, extra: list[str], before: str) -> None:
    """The warm paths (unchanged, a comment, a fact and a name reworded) of this tree and of
    `before` (another tree's edu, by PYTHONPATH), each tree with its own copy of the deck and
    its own cache folder, interleaved run by run; genanki alone beside them. Only CPU seconds
    are printed (least and each run), as the machine is shared."""
    with tempfile.TemporaryDirectory(prefix="bench-anki-before-") as tmp:
        for n in sizes:
            trees: dict[str, str | None] = {"after": None, "before": before}
            decks: dict[str, Path] = {}
            caches: dict[str, Path] = {}
            for name, tree in trees.items():
                folder = Path(tmp) / f"{n}-{name}"
                folder.mkdir()
                decks[name] = write_deck(folder, n)
                caches[name] = Path(tmp) / f"cache-{n}-{name}"
                out = str(folder / "out.apkg")
                subprocess.run([sys.executable, "-c", CHECK_CHILD, str(decks[name])],
                               check=True, env={**CHILD_ENV, "EDU_CACHE_DIR": str(caches[name]),
                                                **({"PYTHONPATH": tree} if tree else {})},
                               cwd=tempfile.gettempdir())
                run_child(EDU_CHILD, str(decks[name]), out, *extra, cache=caches[name],
                          tree=tree)  # the loaded deck and notes kept
            cpu: dict[tuple[str, str], list[float]] = {}
            g_cpu: list[float] = []
            notes = 0

            def one(name: str, label: str, decks: dict[str, Path] = decks,
                    caches: dict[str, Path] = caches, trees: dict[str, str | None] = trees,
                    cpu: dict[tuple[str, str], list[float]] = cpu) -> None:
                nonlocal notes
                out = str(decks[name].parent / "out.apkg")
                _, figures = run_child(EDU_CHILD, str(decks[name]), out, *extra,
                                       cache=caches[name], tree=trees[name])
                if figures["code"] != 0:
                    raise SystemExit(f"{name} {label} failed (exit {figures['code']})")
                notes = figures["notes"]
                cpu.setdefault((name, label), []).append(figures["cpu"])

            for k in range(repeat):
                order = ("after", "before") if k % 2 == 0 else ("before", "after")
                for name in order:
                    one(name, "unchanged")
                g_cpu.append(run_child(GENANKI_CHILD, str(Path(tmp) / "g.apkg"), str(notes),
                                       "memory")[1]["cpu"])
                for name in order:
                    with decks[name].open("a", encoding="utf-8") as f:
                        f.write(f"# edited {k}\n")
                    one(name, "comment")
                for name in order:
                    edit_a_fact(decks[name], k)
                    one(name, "fact")
                for name in order:
                    edit_a_fact(decks[name], k, nth=2)
                    one(name, "name")
                for name in order:  # the edited deck kept again
                    run_child(EDU_CHILD, str(decks[name]), str(decks[name].parent / "o.apkg"),
                              *extra, cache=caches[name], tree=trees[name])
            g = min(g_cpu)
            print(f"{n:>6} facts, {notes} notes, {repeat} interleaved rounds, CPU seconds "
                  f"(least, its ratio to genanki alone's least {g:.3f} s; each run):")
            print(f"    genanki alone, in memory  runs {' / '.join(f'{c:.3f}' for c in g_cpu)}")
            for label in ("unchanged", "comment", "fact", "name"):
                for name in ("before", "after"):
                    runs = cpu[(name, label)]
                    print(f"    {label:<9} {name:<6}  {min(runs):.3f} s ({min(runs) / g:4.2f}x)  "
                          f"runs {' / '.join(f'{c:.3f}' for c in runs)}")


if __name__ == "__main__":
    main()
