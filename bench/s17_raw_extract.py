"""Benchmark `edu extract` of raw English beside a bare spaCy pass over the same text.

Usage: python bench/s17_raw_extract.py [--kb 100] [--before DIR] [--rounds 1]

Joins the raw English documents of tests/data/blind (whole documents, in name order) until
the text holds --kb kilobytes, then, in a fresh process per run (every cache off, so nothing
is read from an earlier run): `edu extract` of it (CPU seconds, characters per second, the
process's peak memory), and in the same process afterwards a bare pass of spaCy's pipeline
over the same text (`nlp.pipe` over its paragraphs, every component extraction loads), so
the ratio to the model's own reading is what to read. --before DIR: the same run with the
edu package of DIR (e.g. main exported with `git archive`), interleaved round by round.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, os, resource, sys, time
os.environ["EDU_CACHE_DIR"] = "off"
from edu.cli import main
import edu
text_file, out = sys.argv[1], sys.argv[2]
t0 = time.process_time()
main(["extract", text_file, "-o", out])
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


def corpus(kb: int) -> str:
    parts: list[str] = []
    size = 0
    for f in sorted((ROOT / "tests" / "data" / "blind").glob("*.txt")):
        if size >= kb * 1000:
            break
        parts.append(f.read_text(encoding="utf-8").strip())
        size += len(parts[-1]) + 2
    return "\n\n".join(parts) + "\n"


def run(text_file: Path, out: Path, code: Path | None) -> dict[str, float]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    done = subprocess.run([sys.executable, "-c", _CHILD, str(text_file), str(out)], env=env,
                          capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=100)
    parser.add_argument("--before", type=Path, help="a folder holding the edu package to compare")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        text_file = Path(tmp) / "raw.txt"
        text = corpus(args.kb)
        text_file.write_text(text, encoding="utf-8")
        print(f"text: {len(text):,} characters of raw English (tests/data/blind joined)")
        outputs: dict[str, bytes] = {}
        for k in range(args.rounds):
            for name, code in (("before", args.before), ("after", None)):
                if name == "before" and code is None:
                    continue
                out = Path(tmp) / f"{name}{k}.yaml"
                r = run(text_file, out, code)
                outputs.setdefault(name, out.read_bytes())
                print(f"round {k + 1} {name:6s}: extract {r['extract']:7.2f} s CPU "
                      f"({len(text) / r['extract']:7,.0f} chars/s), peak {r['peak']:5.0f} MiB; "
                      f"bare nlp.pipe {r['bare']:6.2f} s ({len(text) / r['bare']:7,.0f} "
                      f"chars/s); extract / bare {r['extract'] / r['bare']:5.1f}x  "
                      f"[{Path(str(r['edu'])).parent.parent}]", flush=True)
        if "before" in outputs:
            same = outputs["before"] == outputs["after"]
            print("draft YAML before and after:", "byte-identical" if same else "DIFFERENT")


if __name__ == "__main__":
    main()
