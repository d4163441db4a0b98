"""Benchmark: commands given a document where a deck is expected (`edu items notes.txt`,
`edu anki notes.txt -o x.apkg`), first run and second, on a large document (issue 19).

The document is the extract bench's corpus (the seed repeated, each copy's numbers shifted:
bench/bench_extract_command.py) of `--mb` megabytes, or `--file F`. In fresh processes, one
cache folder: `edu items DOC` (first: extraction, items made), `edu items DOC` again, `edu anki
DOC` (its drafts kept by `edu items`; notes made), `edu anki DOC` again; beside them in the same
run `edu extract DOC` first and second (its drafts kept since the thirteenth round), and a
bare tokenizer pass over the document. A second command that extracts again shows as a
second run near the first. Figures: wall and CPU
seconds (user + system) of each process.

    python bench/bench_document_commands.py [--mb 1] [--file F]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

from bench.bench_extract_command import CHILD_ENV, TOKENIZE, corpus, run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--file", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-document-") as tmp:
        folder = Path(tmp)
        env = {**CHILD_ENV, "EDU_CACHE_DIR": str(folder / "cache")}
        doc = folder / "notes.txt"
        if args.file:
            doc.write_bytes(args.file.read_bytes())
            mb = doc.stat().st_size / 1_000_000
        else:
            mb = corpus(doc, args.mb)
        edu = [sys.executable, "-m", "edu"]

        def items(path: Path, *more: str) -> list[str]:
            return [*edu, "items", str(path), "--format", "json", "-o",
                    str(folder / "items.json"), *more]

        def anki(path: Path, *more: str) -> list[str]:
            return [*edu, "anki", str(path), "-o", str(folder / "notes.apkg"), *more]

        rows = [("edu items DOC, first", run(items(doc), env)),
                ("edu items DOC, second", run(items(doc), env)),
                ("edu anki DOC (drafts kept)", run(anki(doc), env)),
                ("edu anki DOC, second", run(anki(doc), env))]
        extract = [*edu, "extract", str(doc), "-o", str(folder / "draft.yaml")]
        beside = [("edu extract DOC, first", run(extract, env)),
                  ("edu extract DOC, second", run(extract, env))]
        tok_wall, tok_cpu, _ = run([sys.executable, "-c", TOKENIZE, str(doc)], env)
    print(f"{mb:.2f} MB document; bare tokenizer pass {tok_wall:.2f} s "
          f"wall, {tok_cpu:.2f} s CPU")
    for label, (wall, cpu, _) in rows + beside:
        print(f"    {label:<34} {wall:6.2f} s wall, {cpu:6.2f} s CPU")


if __name__ == "__main__":
    main()
