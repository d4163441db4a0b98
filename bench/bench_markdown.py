"""Benchmark: blanking Markdown's marks (edu/text/markdown.py) against reading the text.

`readable_text` runs once per reading made (a cache miss), before tokenizing. Its cost is
shown beside the tokenizing of the same text in the same process (`tokenize_raw`, which every
raw reading pays), as a ratio: dense Markdown (a note's lists, emphasis and links repeated),
plain text with bullets, plain text with no marks (returned as it is).

Usage: python bench/bench_markdown.py [MEGABYTES]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # edu beside bench

from edu.text.markdown import readable_text  # noqa: E402
from edu.text.source import tokenize_raw  # noqa: E402

NOTE = """# The Great Exhibition

The Great Exhibition opened in Hyde Park, London, on 1 May 1851.

## The Crystal Palace

- Joseph Paxton designed the **Crystal Palace**, a hall of iron and glass
- The building was 564 metres long
* The profit paid for the museums of [South Kensington](https://example.org/kensington)
1. Henry Cole organised the exhibition for _the Royal Society of Arts_

"""
BULLETS = "- item one of a list with a few words\nA line of text with words.\n"
PLAIN = "A line of text with words and 2 numbers, written as a sentence.\n"


def timed(fn: Callable[..., object], *args: object) -> float:
    began = time.perf_counter()
    fn(*args)
    return time.perf_counter() - began


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    size = int(megabytes * 1_000_000)
    for name, unit, markdown in (("dense Markdown", NOTE, True),
                                 ("plain text, bullets", BULLETS, False),
                                 ("plain text, no marks", PLAIN, False)):
        text = unit * (size // len(unit))
        blank = timed(readable_text, text, markdown)
        tokens = timed(tokenize_raw, text)
        print(f"{name:22} {len(text) / 1e6:5.1f} MB  blanking {blank:6.2f} s  "
              f"tokenizing {tokens:6.2f} s  ratio {blank / tokens:5.2f}")


if __name__ == "__main__":
    main()
