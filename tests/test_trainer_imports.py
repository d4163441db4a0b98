"""The trainer's import rule (as in toolong or posting): the App imports the screens; a screen
imports no other screen and not the App, and asks for another screen by posting a message."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TRAINER = Path(__file__).resolve().parent.parent / "edu" / "trainer"
MODULES = {path: ast.parse(path.read_text(encoding="utf-8")) for path in TRAINER.rglob("*.py")}


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(TRAINER.parent.parent).with_suffix("").parts)


def defines_a_screen(tree: ast.Module) -> bool:
    """A class deriving from Screen, ModalScreen or TrainerScreen (screen.py is their base)."""
    return any(isinstance(node, ast.ClassDef) and any(
        (getattr(base, "id", None) or getattr(getattr(base, "value", None), "id", "")
         ).endswith("Screen") for base in node.bases) for node in tree.body)


SCREENS = {module_name(p) for p, tree in MODULES.items()
           if defines_a_screen(tree) and p.name != "screen.py"}


def trainer_imports(tree: ast.Module) -> set[str]:
    """Every edu.trainer module imported, at any depth (function-local imports too)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("edu.trainer"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("edu.trainer"))
    return found


def test_the_screens_are_found():
    assert SCREENS == {"edu.trainer.home", "edu.trainer.quiz", "edu.trainer.flashcards",
                       "edu.trainer.summary", "edu.trainer.stats_screen", "edu.trainer.help",
                       "edu.trainer.confirm", "edu.trainer.setup_screen",
                       "edu.trainer.waiting"}


@pytest.mark.parametrize("path", sorted(p for p in MODULES if p.name != "app.py"),
                         ids=module_name)
def test_only_the_app_imports_screens(path):
    imported = trainer_imports(MODULES[path])
    assert "edu.trainer.app" not in imported
    assert not imported & SCREENS, sorted(imported & SCREENS)
