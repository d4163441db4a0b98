"""Reading user files with clear errors, and writing files atomically and safely.

Reading: only regular files are read (a FIFO would block forever, /dev/zero never ends), and
at most `MAX_INPUT_BYTES`, so memory stays bounded whatever path the user gives.

Writing (`atomic_write`): the data goes to a temp file beside the target, then is renamed over
it, so a failure or an interrupt never leaves half a file or a stray temp file. A symlink is
written through to its target (the link stays a link); an existing file keeps its mode, a new
one gets the mode the umask gives; folders, devices and FIFOs are refused; and a command passes
its inputs so that an output never replaces one of them (same resolved path or same inode).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from edu.errors import EduError, Problem

# Decks and documents are a few MB; 100 MB leaves ample room while bounding what a wrong
# path (a disk image, a log) can cost in memory before we refuse it.
MAX_INPUT_BYTES = 100 * 1024 * 1024
STDIN_NAME = "<stdin>"  # how problems in text read from `-` are located
_stdin_read: tuple[object, bytes] | None = None  # (the stream, what it held)


def stdin_bytes(limit: int = MAX_INPUT_BYTES) -> bytes:
    """Standard input, read once (a command may read its `-` input more than once), and at
    most `limit` bytes: `edu check - < /dev/zero` is refused, not read forever."""
    global _stdin_read
    if _stdin_read is None or _stdin_read[0] is not sys.stdin:
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise EduError(Problem(STDIN_NAME, f"input is too large (over the limit of "
                                               f"{limit:,} bytes)"))
        _stdin_read = (sys.stdin, data)
    return _stdin_read[1]


def _special_kind(mode: int) -> str | None:
    """How a non-regular file reads to a person, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bytes(path: str | Path, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else is an EduError."""
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise EduError(Problem(name, "no such file")) from None
    except (OSError, ValueError) as exc:  # permission, name too long, NUL in the name
        raise EduError(Problem(name, f"cannot read file: {_reason(exc)}")) from None
    kind = _special_kind(info.st_mode)
    if kind == "a folder":
        raise EduError(Problem(name, "is a directory, expected a text file"))
    if kind is not None:
        raise EduError(Problem(name, f"is {kind}, expected a regular text file"))
    if info.st_size > limit:
        raise EduError(Problem(name, f"file is too large ({info.st_size:,} bytes; the limit "
                                     f"is {limit:,})"))
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since the stat, open must not hang.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise EduError(Problem(name, f"cannot read file: {_reason(exc)}")) from None
    with os.fdopen(fd, "rb") as fh:
        kind = _special_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise EduError(Problem(name, f"is {kind}, expected a regular text file"))
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise EduError(Problem(name, f"cannot read file: {_reason(exc)}")) from None
    if len(data) > limit:  # it grew after the stat
        raise EduError(Problem(name, f"file is too large (over the limit of {limit:,} bytes)"))
    return data


def read_text(path: str | Path, *, allow_empty: bool = False) -> str:
    """Read a UTF-8 text file (`-`: standard input), turning every way it can be unreadable
    into an EduError."""
    name = str(path)
    if name == "-":
        name, data = STDIN_NAME, stdin_bytes()
    else:
        data = read_bytes(path)
    text16 = _utf16_text(data)
    if text16 is not None:
        text = text16
    elif b"\x00" in data:
        raise EduError(Problem(name, "looks like a binary file (NUL bytes), expected text"))
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            raise EduError(Problem(
                name, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as "
                      "UTF-8 (in most editors: Save As, encoding UTF-8)", line, col)) from None
    if not allow_empty and not text.strip():
        raise EduError(Problem(name, "file is empty"))
    return text


# Share of a UTF-16 file's characters that must be Latin letters, digits, punctuation or
# spaces (below U+0250) for it to be read as text: an English document in UTF-16 is nearly all
# such; bytes that merely open with the byte order mark decode as scattered CJK and symbols.
UTF16_LATIN_SHARE = 0.5


def _utf16_text(data: bytes) -> str | None:
    """The text of Windows Notepad's "Unicode" (UTF-16 with its byte order mark, every other
    byte NUL for English), None when the bytes are no such text."""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        return None
    latin = sum(1 for ch in text if ch < "\u0250")
    return text if text and latin >= UTF16_LATIN_SHARE * len(text) else None


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc)


def _umask() -> int:
    """The process umask (read by setting and restoring it: the only portable way)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _same_file(a: Path, b: Path) -> bool:
    """True when two existing paths name the same file: equal resolved paths, or one inode
    (a hard link). An input that does not exist (an optional glossary) is never hit."""
    try:
        if not b.exists():
            return False
        if a.resolve() == b.resolve():
            return True
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def check_output(path: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """Where writing `path` would land (symlinks followed), refusing a folder, a device or
    another special file, and any of `inputs`; EduError (exit 2) before anything is written."""
    name = str(path)
    if name == "":
        raise EduError(Problem("-o", "the output path is empty"))
    if name == "-":  # standard output (`write_output`): no file to check
        return Path(name)
    try:
        target = Path(os.path.realpath(path))
        # stat the path as given (following links): /dev/stdout resolves to "pipe:[…]", which
        # is no path, but stat still sees the FIFO or terminal behind it
        info = os.stat(path) if os.path.exists(path) else None
    except (OSError, ValueError) as exc:
        raise EduError(Problem(name, f"cannot write: {_reason(exc)}")) from None
    if info is not None:
        kind = _special_kind(info.st_mode)
        if kind is not None:
            raise EduError(Problem(name, f"is {kind}; give a file name to write"))
    directory = target.parent
    if not directory.is_dir():
        raise EduError(Problem(name, f"output directory {str(Path(name).parent)!r} does not "
                                     "exist"))
    for source in inputs:
        if str(source) != "-" and _same_file(target, Path(source)):
            raise EduError(Problem(name, f"is an input of this command ({source}); refusing "
                                         "to write over it, choose another output"))
    return target


Data = str | bytes | Sequence[str | bytes | memoryview]  # text, bytes, or pieces of them


def atomic_write(path: str | Path, data: Data, *,
                 inputs: Iterable[str | Path] = (), durable: bool = True) -> None:
    """Write to a temp file beside the target, then rename: a failure or an interrupt never
    leaves half a file or the temp file. See the module docstring for what is refused.
    `data` in pieces is written one after the other (no copy of the whole joined).
    `durable=False` skips the sync to disk (a cache file: after a crash it may be unreadable,
    which only costs the time to compute it again; a sync on a busy disk costs ~0.5 s)."""
    target = check_output(path, inputs)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as exc:
        raise EduError(Problem(str(path), f"cannot write: {_reason(exc)}")) from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise EduError(Problem(str(path), f"cannot write: {_reason(exc)}")) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), mode)
            for piece in _pieces(data):
                fh.write(piece)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise EduError(Problem(str(path), f"cannot write: {_reason(exc)}")) from None
        raise


def _pieces(data: Data) -> Iterable[bytes | memoryview]:
    """`data` as bytes, piece by piece (text encoded as UTF-8 as each piece is reached)."""
    for piece in (data,) if isinstance(data, str | bytes) else data:
        yield piece.encode("utf-8") if isinstance(piece, str) else piece


def write_output(path: str | Path, data: Data, *, inputs: Iterable[str | Path] = ()) -> None:
    """`atomic_write`, except that `-` means standard output."""
    if str(path) != "-":
        atomic_write(path, data, inputs=inputs)
        return
    sys.stdout.flush()
    for piece in _pieces(data):
        sys.stdout.buffer.write(piece)
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


def cache_file_for(path: str | Path, kind: str, variant: str = "") -> Path | None:
    """Where the cached `kind` ("readings", "decks") of the file at `path` is kept: one file
    per resolved path (and `variant`: the items of one deck under other options), so a
    changed file replaces its entry instead of piling up new ones."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        resolved = str(Path(path).resolve())
    except (OSError, ValueError):
        return None
    if variant:
        resolved += "\0" + variant
    name = hashlib.sha1(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return folder / kind / f"{name}.json"


def read_cached(file: Path | None) -> Any:
    """The JSON value kept in a cache file, or None when there is none or it is unreadable."""
    if file is None:
        return None
    try:
        return json.loads(file.read_text("utf-8"))
    except (OSError, ValueError):
        return None


def keep_cached(file: Path | None, value: Any) -> None:
    """Keep a JSON value in a cache file; never fails the caller (a cache only saves time)."""
    if file is None:
        return
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(file, json.dumps(value, ensure_ascii=False, separators=(",", ":")),
                     durable=False)
    except (OSError, EduError):
        pass


def keep_sealed(file: Path | None, key: str,
                text: str | Sequence[str | bytes | memoryview]) -> None:
    """Keep `text` (or its pieces: text, or bytes of UTF-8 text) in a cache file under `key`,
    sealed with its SHA-256, so that `read_sealed` refuses a file cut short, damaged or
    edited by hand; never fails the caller. The seal is a header line: the text is stored as
    it is, not escaped again."""
    if file is None:
        return
    try:
        body = [p.encode("utf-8") if isinstance(p, str) else p
                for p in ((text,) if isinstance(text, str) else text)]
        seal = hashlib.sha256()
        for piece in body:
            seal.update(piece)
        header = json.dumps({"key": key, "sha256": seal.hexdigest()})
        file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(file, [header.encode("utf-8"), b"\n", *body], durable=False)
    except (OSError, EduError, ValueError):  # ValueError: text not encodable (a surrogate)
        pass


def read_sealed(file: Path | None, key: str) -> str | None:
    """The text `keep_sealed` kept under `key`, or None: no file, another key, or a body
    that no longer matches its seal."""
    body = read_sealed_bytes(file, key)
    if body is None:
        return None
    try:
        return str(body, "utf-8")
    except ValueError:
        return None


def read_sealed_bytes(file: Path | None, key: str) -> memoryview | None:
    """`read_sealed`'s text as the bytes kept (a view of the file's bytes read: nothing is
    copied or decoded, for a body written out again as it is), or None."""
    if file is None:
        return None
    try:
        data = file.read_bytes()
        newline = data.find(b"\n")
        if newline < 0:
            return None
        seal = json.loads(data[:newline])
        if not isinstance(seal, dict) or seal.get("key") != key:
            return None
        body = memoryview(data)[newline + 1:]
        if seal.get("sha256") != hashlib.sha256(body).hexdigest():
            return None
        return body
    except (OSError, ValueError):
        return None


def remembered_digest(name: str, files: list[Path], compute: Callable[[], str]) -> str:
    """`compute()`, a hash of `files` and of library versions, remembered in the cache folder
    under the files' sizes and modification times, those of the folders Python imports
    libraries from (installing, upgrading or removing one changes its folder's) and Python's
    version.

    Why: hashing the items' code and data reads ~2.5 MB, and asking importlib.metadata for
    versions loads ~25 modules (email, zipfile, csv): ~10 ms of every command that finds its
    deck or items kept, for a result that changes only when edu or a library does."""
    folder = cache_dir()
    if folder is None:
        return compute()
    try:
        identity: list[Any] = [sys.version]
        for file in files:
            info = file.stat()
            identity.append([str(file), info.st_size, info.st_mtime_ns])
        for entry in sys.path[1:]:  # not the script's folder or the working one (whose
            if entry and os.path.isdir(entry):  # time moves with every file written there)
                identity.append([entry, os.stat(entry).st_mtime_ns])
    except OSError:
        return compute()
    memo = folder / "code" / f"{name}.json"
    kept = read_cached(memo)
    if (isinstance(kept, dict) and kept.get("identity") == identity
            and isinstance(kept.get("digest"), str)):
        return str(kept["digest"])
    digest = compute()
    keep_cached(memo, {"identity": identity, "digest": digest})
    return digest


def package_files(files: Iterable[str], folders: Iterable[str],
                  data: Iterable[str] | None = None) -> list[Path]:
    """The files of edu a cache's results are made by, in one order for every cache: `files`
    (paths below edu/), every module of each of `folders`, then `data` (names in edu/data;
    None: all of it)."""
    edu = Path(__file__).resolve().parent
    found = [edu / name for name in files]
    for folder in folders:
        found += sorted((edu / folder).glob("*.py"))
    if data is None:
        found += sorted(p for p in (edu / "data").iterdir() if p.is_file())
    else:
        found += [edu / "data" / name for name in data]
    return found


def code_digest(name: str, salt: str, files: list[Path], libraries: Iterable[str] = ()) -> str:
    """The digest of the code a cache's results are made by: `salt` (the cache's name and
    format), each of `files` (its name and bytes) and the installed version of each of
    `libraries`, remembered under the files' sizes and times (`remembered_digest`). Every
    cache keys its results with one (readings, decks, items, Anki notes, drafts)."""
    packages = tuple(libraries)
    return remembered_digest(name, files, lambda: _hash_code(salt, files, packages))


def _hash_code(salt: str, files: list[Path], libraries: tuple[str, ...]) -> str:
    h = hashlib.sha256(salt.encode())
    for file in files:
        h.update(file.name.encode() + b"\0" + file.read_bytes())
    if libraries:
        from importlib import metadata  # lazy: importlib.metadata costs ~15 ms

        for package in libraries:
            try:
                h.update(f"{package} {metadata.version(package)}".encode())
            except metadata.PackageNotFoundError:
                h.update(f"{package} missing".encode())
    return h.hexdigest()
