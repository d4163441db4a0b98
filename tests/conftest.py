"""Test-session setup: the suite keeps its caches to itself.

Readings, decks, proofs and items are cached in the user cache folder; a test run must neither
fill a developer's folder nor pass because of what an earlier run left there, so every run gets
a fresh folder of its own (tests that need another set EDU_CACHE_DIR themselves).
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_CACHE_DIR: str | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _CACHE_DIR
    _CACHE_DIR = tempfile.mkdtemp(prefix="edu-test-cache-")
    os.environ["EDU_CACHE_DIR"] = _CACHE_DIR


def pytest_unconfigure(config: pytest.Config) -> None:
    if _CACHE_DIR is not None:
        shutil.rmtree(_CACHE_DIR, ignore_errors=True)
