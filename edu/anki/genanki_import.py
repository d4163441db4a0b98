"""genanki, imported without asyncio.

genanki's two cached properties (`Model._req`, `Note.cards`) come from the cached_property
library, whose module imports asyncio (~0.03 s CPU, a tenth of `edu anki` on a 5,000-fact deck
whose items are kept) only so that its `cached_property` can ask, when first read on an
instance, whether the method is a coroutine. Neither of genanki's is. So when the library is
not loaded yet, genanki is imported with a stand-in module in its place: its `cached_property`
is the library's (the same 15 lines: the value stored in the instance's `__dict__` under the
method's name), asking `inspect` instead, and handing a coroutine method to the library
itself; any other name (`threaded_cached_property`, ...) loads the library, asyncio and all.
tests/test_anki_import.py checks that asyncio stays out and the .apkg bytes are the same.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import inspect
import sys
import types
from collections.abc import Callable
from functools import cache
from typing import Any


class cached_property:  # noqa: N801 (the library's name)
    """cached_property 2.0.1's `cached_property`, without asyncio for plain methods."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.__doc__ = func.__doc__
        self.func = func

    def __get__(self, obj: Any, cls: type | None = None) -> Any:
        if obj is None:
            return self
        if inspect.iscoroutinefunction(self.func):  # the library's coroutine handling
            return _library().cached_property(self.func).__get__(obj, cls)
        value = obj.__dict__[self.func.__name__] = self.func(obj)
        return value


_SPEC = None if "cached_property" in sys.modules else \
    importlib.machinery.PathFinder.find_spec("cached_property")


@cache
def _library() -> types.ModuleType:
    """The cached_property library itself, loaded beside the stand-in."""
    assert _SPEC is not None and _SPEC.loader is not None
    module = importlib.util.module_from_spec(_SPEC)
    _SPEC.loader.exec_module(module)
    return module


def _any_other_name(name: str) -> Any:
    if name.startswith("__"):  # the import system asks for __path__ and the like
        raise AttributeError(name)
    return getattr(_library(), name)


if _SPEC is not None and _SPEC.loader is not None:
    _stand_in = types.ModuleType("cached_property", __doc__)
    _stand_in.cached_property = cached_property  # type: ignore[attr-defined]
    _stand_in.__getattr__ = _any_other_name  # type: ignore[method-assign]
    sys.modules["cached_property"] = _stand_in

import genanki  # noqa: E402 (after the stand-in)

__all__ = ["genanki"]
