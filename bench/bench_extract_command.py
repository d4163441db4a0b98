"""Benchmark: `edu extract` as a person runs it, on 2.5, 5 and 10 MB of preprocessed text
(target: the second run of the same 10 MB file at 5 MB/s or more on one core; memory linear
in the input).

The corpus is the seed repeated, each copy's numbers shifted by the copy's number (so figures
differ from copy to copy, as in a long real document) and a counter word between copies. For
each size, in fresh processes: the first `edu extract FILE -o OUT` (restoration included),
the second (the drafts the first kept: edu/deck/draftcache.py), and the second with
`--no-cache` (only the Reading cached: extraction runs again), each beside a bare tokenizer
pass over the same file in the same run (read it, split it on whitespace with offsets: the
least any reader does). An `edu` without `--no-cache` (before the drafts were kept) shows
its second run alone. Figures: wall seconds, CPU seconds of the process (user + system: what
one core spent, less disturbed by a busy machine), MB/s of CPU time, and the process's own
peak memory (max RSS). Children run with bytecode caching on, as an installed copy does.

    python bench/bench_extract_command.py [--sizes 2.5 5 10]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "china-space-2021.txt"
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
TOKENIZE = r"""
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
tokens = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text)]
"""


def corpus(path: Path, megabytes: float) -> float:
    """Write the synthetic corpus; its size in MB."""
    seed = SEED.read_text("utf-8").strip()
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = k = 0
    while size < target:
        part = re.sub(r"\d+", lambda m, k=k: str(int(m.group()) + k), seed) + f" copi{k} "
        parts.append(part)
        size += len(part)
        k += 1
    path.write_text("".join(parts), "utf-8")
    return path.stat().st_size / 1_000_000


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and max RSS (MiB) of one child process (its own: wait4)."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, argv)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def keeps_drafts(env: dict[str, str]) -> bool:
    """Whether this `edu extract` keeps its drafts (has `--no-cache`)."""
    out = subprocess.run([sys.executable, "-m", "edu", "extract", "--help"], env=env,
                         capture_output=True, text=True, check=True)
    return "--no-cache" in out.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[2.5, 5.0, 10.0])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        env = {**CHILD_ENV, "EDU_CACHE_DIR": str(Path(tmp) / "cache")}
        kept = keeps_drafts(env)
        for megabytes in sorted(args.sizes):
            doc = Path(tmp) / f"corpus-{megabytes}.txt"
            mb = corpus(doc, megabytes)
            extract = [sys.executable, "-m", "edu", "extract", str(doc), "-o",
                       str(Path(tmp) / "draft.yaml")]
            tok_wall, tok_cpu, _ = run([sys.executable, "-c", TOKENIZE, str(doc)], env)
            runs = [("first edu extract", run(extract, env))]
            if kept:
                runs.append(("second (drafts kept)", run(extract, env)))
                runs.append(("second, --no-cache", run([*extract, "--no-cache"], env)))
            else:
                runs.append(("second (Reading cached)", run(extract, env)))
            rows.append((mb, max(rss for _, (_, _, rss) in runs)))
            print(f"{mb:5.1f} MB: bare tokenizer pass {tok_wall:5.2f} s wall, {tok_cpu:5.2f} s "
                  f"CPU ({mb / tok_cpu:5.1f} MB/s)")
            for label, (wall, cpu, rss) in runs:
                print(f"    {label:<24} {wall:5.2f} s wall, {cpu:5.2f} s CPU = {mb / cpu:5.1f} "
                      f"MB/s ({cpu / tok_cpu:5.2f}x the tokenizer pass), peak {rss:6.0f} MiB")
    if len(rows) > 1:
        (mb0, rss0), (mb1, rss1) = rows[0], rows[-1]
        print(f"memory: {mb1 / mb0:.1f}x the input -> {rss1 / rss0:.1f}x the peak "
              f"({rss0:.0f} -> {rss1:.0f} MiB); target: about linear")


if __name__ == "__main__":
    main()
