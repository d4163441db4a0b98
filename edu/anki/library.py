"""genanki, imported without importing asyncio.

genanki's `cached_property` dependency imports asyncio at its top only to ask, when a property
is read, whether its method is a coroutine. An export never runs a coroutine, and importing
asyncio (with ssl, socket, logging and concurrent.futures) costs ~0.04 s of CPU: a third of
the time genanki alone needs to write 5,000 notes, the comparison of issue 19. So while
`cached_property` is imported, `sys.modules["asyncio"]` is a stand-in whose attributes are
the real asyncio's, imported on the first read (`_AsyncioOnRead`); it is removed right after,
so any other `import asyncio` is the real one. (The standard library's LazyLoader cannot do
this: the import statement reads the lazy module's `__spec__`, which loads it at once.)
Nothing changes when asyncio or cached_property is imported already (the trainer, tests).

Every edu.anki module takes genanki from here, so this runs before genanki's own import.
`Model` is genanki's with its `_req` (the fields each card needs, read when a note's cards are
worked out and when the note type is written) cached by functools instead of
`cached_property`, whose read would import asyncio after all; edu's notes set their `cards`
themselves (edu.anki.notes.ExportNote).
"""

from __future__ import annotations

import functools
import importlib
import sys
import types
from typing import Any


class _AsyncioOnRead(types.ModuleType):
    """Stands for asyncio in `cached_property`'s globals: the real module, imported when
    an attribute is first read (`cached_property.__get__` asks `iscoroutinefunction`)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("asyncio"), name)


def _import_cached_property_without_asyncio() -> None:
    if "asyncio" in sys.modules or "cached_property" in sys.modules:
        return
    sys.modules["asyncio"] = _AsyncioOnRead("asyncio")
    try:
        importlib.import_module("cached_property")
    except ImportError:  # genanki's own import then says what is missing
        pass
    finally:
        del sys.modules["asyncio"]


_import_cached_property_without_asyncio()

import genanki  # noqa: E402  (after the deferral above, which is why this module exists)
from genanki.note import _TagList  # noqa: E402


class Model(genanki.Model):
    """genanki's note type, its `_req` computed once by genanki's own code, without asyncio."""

    _req = functools.cached_property(genanki.Model._req.func)


__all__ = ["Model", "_TagList", "genanki"]
