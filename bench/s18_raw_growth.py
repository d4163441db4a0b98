"""Benchmark how raw English extraction grows with the text: 25, 50, 100, 200 KB.

Usage: python bench/s18_raw_growth.py [--kb 25 50 100 200] [--before DIR] [--profile DIR]

For each size, joins the raw English documents of tests/data/blind (as
bench/s17_raw_extract.py does) and, in a fresh process with every cache off, times `edu
extract` of it (CPU seconds, characters a second) and, in the same process afterwards, a bare
`nlp.pipe` pass of spaCy's pipeline over the same paragraphs: the ratio extract / bare is
what to read, and it should stay flat as the text doubles if extraction grows linearly.
--before DIR: the same with DIR's edu package, interleaved, and whether the drafts are
byte-identical. --profile DIR: writes each run's cProfile stats there (for finding what grows).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s17_raw_extract import corpus  # noqa: E402

_CHILD = r"""
import cProfile, json, os, resource, sys, time
os.environ["EDU_CACHE_DIR"] = "off"
from edu.cli import main
import edu
text_file, out, prof = sys.argv[1], sys.argv[2], sys.argv[3]
profiler = cProfile.Profile(time.process_time) if prof else None
t0 = time.process_time()
if profiler:
    profiler.enable()
main(["extract", text_file, "-o", out])
if profiler:
    profiler.disable()
    profiler.dump_stats(prof)
extract = time.process_time() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
import importlib
from edu.extract.entities import PIPELINE
nlp = importlib.import_module(PIPELINE).load(exclude=["senter"])
text = open(text_file, encoding="utf-8").read()
paragraphs = [p for p in text.split("\n\n") if p.strip()]
t0 = time.process_time()
for _ in nlp.pipe(paragraphs):
    pass
bare = time.process_time() - t0
print(json.dumps({"extract": extract, "bare": bare, "peak": peak, "edu": edu.__file__}))
"""


def run(text_file: Path, out: Path, code: Path | None, prof: str) -> dict[str, float]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    done = subprocess.run([sys.executable, "-c", _CHILD, str(text_file), str(out), prof],
                          env=env, capture_output=True, text=True, check=True,
                          cwd=tempfile.gettempdir())
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, nargs="+", default=[25, 50, 100, 200])
    parser.add_argument("--before", type=Path, help="a folder holding the edu package to compare")
    parser.add_argument("--profile", type=Path, help="a folder for each run's cProfile stats")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        first: dict[str, float] = {}
        for kb in args.kb:
            text_file = Path(tmp) / f"raw{kb}.txt"
            text = corpus(kb)
            text_file.write_text(text, encoding="utf-8")
            outputs: dict[str, bytes] = {}
            for name, code in (("before", args.before), ("after", None)):
                if name == "before" and code is None:
                    continue
                out = Path(tmp) / f"{name}{kb}.yaml"
                prof = str(args.profile / f"{name}{kb}.prof") if args.profile else ""
                r = run(text_file, out, code, prof)
                outputs[name] = out.read_bytes()
                ratio = r["extract"] / r["bare"]
                first.setdefault(name, ratio)
                print(f"{len(text):8,} chars {name:6s}: extract {r['extract']:7.2f} s CPU "
                      f"({len(text) / r['extract']:6,.0f} chars/s), peak {r['peak']:4.0f} MiB; "
                      f"bare nlp.pipe {r['bare']:6.2f} s; extract / bare {ratio:5.1f}x "
                      f"({ratio / first[name]:4.2f} of the smallest's)", flush=True)
            if "before" in outputs:
                same = outputs["before"] == outputs["after"]
                print("  draft YAML before and after:", "byte-identical" if same else "DIFFERENT")


if __name__ == "__main__":
    main()
