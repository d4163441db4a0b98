"""Which files a handout becomes, and their contents, before anything is written.

One version -> `worksheet.pdf`; K versions -> `worksheet-A.pdf`, `worksheet-B.pdf`, ...
(separate files, so each desk gets its own stack). `--answer-key separate` adds one
`worksheet-key.pdf` with every version's answers; `appendix` puts each version's key at the
end of its own file; `none` prints no key. `-` (standard output) is one file, named `-`.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from edu.handout.layout import Handout

FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "markdown",
           ".markdown": "markdown"}
KEY_MODES = ("separate", "appendix", "none")


def renderer(suffix: str) -> ModuleType:
    """The module that renders this extension (imported lazily: fpdf2 only for PDF)."""
    import importlib

    return importlib.import_module(f"edu.handout.{FORMATS[suffix]}")


def _with_suffix(path: Path, tag: str) -> Path:
    return path.with_name(f"{path.stem}-{tag}{path.suffix}")


def handout_files(handout: Handout, path: str | Path, key_mode: str,
                  suffix: str | None = None) -> list[tuple[Path, bytes]]:
    """Every (path, bytes) to write, rendered in full first so a failure writes nothing.
    `suffix` names the format when the path's own extension does not (standard output)."""
    out = Path(path)
    module = renderer(suffix or out.suffix.lower())
    files: list[tuple[Path, bytes]] = []
    many = len(handout.versions) > 1
    for version in handout.versions:
        target = _with_suffix(out, version.letter) if many else out
        data = module.render_version(handout, version, appendix_key=key_mode == "appendix")
        files.append((target, data.encode("utf-8") if isinstance(data, str) else data))
    if key_mode == "separate":
        data = module.render_key(handout)
        files.append((_with_suffix(out, "key"),
                      data.encode("utf-8") if isinstance(data, str) else data))
    return files
