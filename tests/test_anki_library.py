"""genanki is imported without asyncio (edu/anki/library.py), and nothing it does misses it:
an export leaves asyncio unimported, `cached_property` still asks the real asyncio, and a
later `import asyncio` is the real module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import contextlib, io, json, sys
from edu.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["anki", sys.argv[1], "-o", sys.argv[2], "--timestamp", "1700000000"])
after_export = "asyncio" in sys.modules
import cached_property, genanki
class Later:
    @cached_property.cached_property
    async def value(self):
        return 3
import asyncio
made = Later().value  # a coroutine method: cached_property asks asyncio and wraps a future
real = type(asyncio.get_event_loop_policy()).__module__.startswith("asyncio")
print(json.dumps({"code": code, "asyncio_after_export": after_export,
                  "future": isinstance(made, asyncio.Future), "real": real,
                  "same": cached_property.asyncio.iscoroutinefunction
                  is asyncio.iscoroutinefunction}))
made.cancel()
"""


def test_export_imports_no_asyncio_and_cached_property_still_asks_it(tmp_path: Path) -> None:
    out = tmp_path / "deck.apkg"
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT / "tests" / "data" / "mini.yaml"),
                           str(out)], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "EDU_CACHE_DIR": "off"}, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["code"] == 0 and out.stat().st_size > 0
    assert found["asyncio_after_export"] is False
    assert found["future"] and found["real"] and found["same"]
