"""Build hook: ship the bundled deck and its source document inside the package.

All metadata lives in pyproject.toml. This file only extends `build_py` so that a regular
(non-editable) `pip install .` copies `decks/` and `seeds/` into `edu/data/bundled/`, where
`edu.bundled` finds them; editable installs read the repository folders directly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED_FOLDERS = ("decks", "seeds")
BUNDLED_SUFFIXES = (".yaml", ".yml", ".txt")


def copy_bundled(target: Path, root: Path = ROOT) -> list[Path]:
    """Copy the deck and seed folders under `target`, keeping their relative layout."""
    written = []
    for folder in BUNDLED_FOLDERS:
        source = root / folder
        if not source.is_dir():
            continue
        for path in sorted(source.rglob("*")):
            if path.is_file() and path.suffix in BUNDLED_SUFFIXES:
                destination = target / folder / path.relative_to(source)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, destination)
                written.append(destination)
    return written


class BuildPyWithBundledDeck(build_py):
    """`build_py` that also copies the bundled deck folders into the built package."""

    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            copy_bundled(Path(self.build_lib) / "edu" / "data" / "bundled")


if __name__ == "__main__":  # setuptools' build backend runs this file as __main__
    setup(cmdclass={"build_py": BuildPyWithBundledDeck})
