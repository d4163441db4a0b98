"""genanki is imported without asyncio (edu.anki.genanki_import), and nothing it writes
changes: `edu anki` writes the same bytes with the cached_property library itself loaded
first (genanki then uses the library, as without edu)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECK = ROOT / "decks" / "china-space-2021.yaml"


def _python(code: str, *args: str, cache: str = "off") -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True, env={**os.environ, "EDU_CACHE_DIR": cache})
    return done.stdout.strip()


def test_exporting_imports_no_asyncio():
    shown = _python("import sys, edu.anki.export, genanki; "
                    "print('asyncio' in sys.modules, type(genanki.Model.__dict__['_req']))")
    assert shown == "False <class 'edu.anki.genanki_import.cached_property'>"


EXPORT = """
import sys
if sys.argv[2] == "library first":
    import cached_property
from edu.cli import main
code = main(["anki", sys.argv[1], "-o", sys.argv[3], "--timestamp", "1700000000",
             "--every-kind", "--seed", "3"])
import genanki
print(code, type(genanki.Model.__dict__["_req"]).__module__)
"""


def test_an_apkg_is_the_same_with_the_library_itself(tmp_path):
    shown = [_python(EXPORT, str(DECK), first, str(tmp_path / f"{n}.apkg"))
             for n, first in enumerate(["library first", "edu first"])]
    assert [line.split()[-1] for line in shown] == ["cached_property",
                                                    "edu.anki.genanki_import"]
    assert (tmp_path / "0.apkg").read_bytes() == (tmp_path / "1.apkg").read_bytes()


def test_the_stand_in_caches_as_the_library_does():
    from edu.anki.genanki_import import cached_property

    calls: list[str] = []

    class Thing:
        @cached_property
        def value(self) -> int:
            """The value."""
            calls.append("value")
            return 42

        @cached_property
        async def later(self) -> int:
            calls.append("later")
            return 7

    thing = Thing()
    assert Thing.value.__doc__ == "The value." and isinstance(Thing.value, cached_property)
    assert thing.value == thing.value == 42 and calls == ["value"]
    assert thing.__dict__["value"] == 42
    del thing.value  # deleting the attribute resets the property, as the library documents
    assert thing.value == 42 and calls == ["value", "value"]

    async def read_twice() -> tuple[int, int]:
        return await thing.later, await thing.later  # the library's future, kept

    assert asyncio.run(read_twice()) == (7, 7) and calls.count("later") == 1


def test_the_library_s_other_names_load_the_library():
    shown = _python("import edu.anki.export, cached_property, sys; "
                    "print(cached_property.threaded_cached_property.__module__, "
                    "'asyncio' in sys.modules)")
    assert shown == "cached_property True"
