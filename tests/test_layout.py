"""The house keeps its stages: data flows one way (text -> deck -> extract -> items -> grading
-> progress -> trainer, anki, handout, review -> commands), no import circle, screens routed
by the App.

Every `import` in edu/ counts, at module level or inside a function: a function-local import
that dodges a circle is still a circle."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

EDU = Path(__file__).parent.parent / "edu"

# Stages from the bottom up: a module may import its own stage and the ones below it.
# Stages on one line are siblings and never import each other.
STAGES: list[set[str]] = [
    {"edu", "edu.errors", "edu.fileio", "edu.bundled", "edu.data", "edu.gcpause"},
    {"edu.text"},
    {"edu.deck"},
    {"edu.extract"},
    {"edu.items"},
    {"edu.grading"},
    {"edu.progress"},
    {"edu.trainer", "edu.anki", "edu.handout", "edu.review"},
    {"edu.commands"},
    {"edu.cli"},
    {"edu.__main__"},
]
MAX_LOOSE_MODULES = 8  # top-level modules of edu/ besides the stage packages
TRAINER_ROUTER = "edu.trainer.app"  # the one trainer module that knows every screen
_SCREEN_CLASS = re.compile(r"^class \w+\((?:Modal)?Screen\b", re.M)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(EDU.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in EDU.rglob("*.py")}


def imports_of(path: Path, name: str, known: set[str]) -> Iterator[tuple[str, int]]:
    """(imported edu module, line) for every import statement in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("edu"):
                    yield _closest(alias.name, known), node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            if not base.startswith("edu"):
                continue
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield (full if full in known else _closest(base, known)), node.lineno


def _closest(name: str, known: set[str]) -> str:
    while name not in known and "." in name:
        name = name.rpartition(".")[0]
    return name


def stage_of(module: str) -> int:
    for rank, stage in enumerate(STAGES):
        for prefix in sorted(stage, key=len, reverse=True):
            if prefix != "edu" and (module == prefix or module.startswith(prefix + ".")):
                return rank
    if module == "edu":
        return 0
    raise AssertionError(f"{module} belongs to no stage: add it to STAGES")


def package_of(module: str) -> str:
    return ".".join(module.split(".")[:2])


def graph() -> dict[str, dict[str, int]]:
    found = modules()
    known = set(found)
    return {name: {dep: line for dep, line in imports_of(path, name, known) if dep != name}
            for name, path in found.items()}


def test_every_module_has_a_stage() -> None:
    for name in modules():
        stage_of(name)


def test_no_import_goes_up_or_sideways() -> None:
    wrong = []
    for name, deps in graph().items():
        for dep, line in deps.items():
            if dep == "edu":
                continue
            if stage_of(dep) > stage_of(name) or (
                    stage_of(dep) == stage_of(name) and package_of(dep) != package_of(name)
                    and stage_of(name) != 0):
                wrong.append(f"{name}:{line} imports {dep}")
    assert not wrong, "\n".join(wrong)


def test_no_import_circle() -> None:
    deps = {name: set(d) for name, d in graph().items()}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    circles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in sorted(deps.get(node, ())):
            if dep == "edu":
                continue
            if state.get(dep) == 1:
                circles.append([*path[path.index(dep):], dep])
            elif dep not in state:
                visit(dep, [*path, dep])
        state[node] = 2

    for name in sorted(deps):
        if name not in state:
            visit(name, [name])
    assert not circles, "\n".join(" -> ".join(c) for c in circles)


def test_few_loose_modules() -> None:
    loose = [p.name for p in EDU.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    assert len(loose) <= MAX_LOOSE_MODULES, loose


def test_screens_do_not_import_each_other() -> None:
    """Textual apps route screens through the App: a screen module imports no other screen."""
    found = modules()
    screens = {name for name, path in found.items()
               if name.startswith("edu.trainer.") and name != TRAINER_ROUTER
               and _SCREEN_CLASS.search(path.read_text("utf-8"))}
    wrong = [f"{name} imports {dep}" for name in screens
             for dep in graph()[name] if dep in screens | {TRAINER_ROUTER}]
    assert not wrong, "\n".join(wrong)


def test_the_checker_sees_a_circle(tmp_path: Path) -> None:
    """The circle finder is not vacuous: it reports a planted two-module circle."""
    (tmp_path / "a.py").write_text("from edu.b import x\n", "utf-8")
    (tmp_path / "b.py").write_text("def f():\n    from edu.a import y\n", "utf-8")
    known = {"edu.a", "edu.b"}
    a = dict(imports_of(tmp_path / "a.py", "edu.a", known))
    b = dict(imports_of(tmp_path / "b.py", "edu.b", known))
    assert "edu.b" in a and "edu.a" in b  # the function-local import counts too
