"""Reading user files with clear errors, and writing files atomically."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from edu.errors import EduError, Problem

STDIN_NAME = "<stdin>"  # how problems in text read from `-` are located
_stdin_read: tuple[object, bytes] | None = None  # (the stream, what it held)


def stdin_bytes() -> bytes:
    """Standard input, read once: a command may read its `-` input more than once."""
    global _stdin_read
    if _stdin_read is None or _stdin_read[0] is not sys.stdin:
        _stdin_read = (sys.stdin, sys.stdin.buffer.read())
    return _stdin_read[1]


def read_text(path: str | Path, *, allow_empty: bool = False) -> str:
    """Read a UTF-8 text file (`-`: standard input), turning every way it can be unreadable
    into an EduError."""
    p = Path(path)
    name = str(path)
    if name == "-":
        name, data = STDIN_NAME, stdin_bytes()
    elif not p.exists():
        raise EduError(Problem(name, "no such file"))
    elif p.is_dir():
        raise EduError(Problem(name, "is a directory, expected a text file"))
    else:
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise EduError(Problem(name, f"cannot read file: {exc.strerror or exc}")) from None
    if b"\x00" in data:
        raise EduError(Problem(name, "looks like a binary file (NUL bytes), expected text"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise EduError(
            Problem(name, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", line, col)
        ) from None
    if not allow_empty and not text.strip():
        raise EduError(Problem(name, "file is empty"))
    return text


def atomic_write(path: str | Path, data: str | bytes) -> None:
    """Write to a temp file beside `path`, then rename: a failure never leaves half a file."""
    p = Path(path)
    directory = p.parent if str(p.parent) else Path(".")
    if not directory.is_dir():
        raise EduError(Problem(str(path), f"output directory {str(directory)!r} does not exist"))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_output(path: str | Path, data: str | bytes) -> None:
    """`atomic_write`, except that `-` means standard output."""
    if str(path) != "-":
        atomic_write(path, data)
        return
    payload = data.encode("utf-8") if isinstance(data, str) else data
    sys.stdout.flush()
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()


def cache_dir() -> Path | None:
    """The user cache folder for derived data (readings, proofs, stems); None when disabled.

    `$EDU_CACHE_DIR` overrides it ("off", "0", "none" or empty disable it). Everything kept
    there can be recomputed, so losing it only costs time."""
    env = os.environ.get("EDU_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "none") else Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("edu"))
