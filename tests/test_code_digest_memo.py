"""The code digests behind the caches (readings, decks, items, Anki notes, drafts: one
helper, fileio.code_digest) are remembered under the files' sizes
and times (fileio.remembered_digest): any change of a file, of a library folder or of
the cache setting makes the digest be computed again."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from edu import fileio
from edu.anki import notecache
from edu.deck import deckcache, draftcache
from edu.fileio import remembered_digest
from edu.items import itemcache
from edu.text import reading


class Counting:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return f"digest {self.calls}"


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    made = [tmp_path / "a.py", tmp_path / "b.py"]
    for n, file in enumerate(made):
        file.write_text(f"x = {n}\n")
    return made


def test_an_unchanged_set_of_files_is_hashed_once(files: list[Path]) -> None:
    compute = Counting()
    first = remembered_digest("t", files, compute)
    assert remembered_digest("t", files, compute) == first == "digest 1"
    assert compute.calls == 1


def test_an_edited_file_is_hashed_again(files: list[Path]) -> None:
    compute = Counting()
    remembered_digest("t", files, compute)
    files[0].write_text("x = 10\n")  # another size
    assert remembered_digest("t", files, compute) == "digest 2"
    stat = files[1].stat()
    os.utime(files[1], ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))  # same size, new time
    assert remembered_digest("t", files, compute) == "digest 3"


def test_a_changed_library_folder_is_hashed_again(files: list[Path], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    library = tmp_path / "site-packages"
    library.mkdir()
    monkeypatch.setattr(sys, "path", [sys.path[0], str(library), *sys.path[1:]])
    compute = Counting()
    remembered_digest("t", files, compute)
    (library / "rapidfuzz-9.9.dist-info").mkdir()  # a library installed or upgraded
    stat = library.stat()
    os.utime(library, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000))  # coarse clocks
    assert remembered_digest("t", files, compute) == "digest 2"


def test_a_missing_file_or_no_cache_folder_computes_every_time(
        files: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    compute = Counting()
    remembered_digest("t", [*files, files[0].with_name("gone.py")], compute)
    remembered_digest("t", [*files, files[0].with_name("gone.py")], compute)
    monkeypatch.setenv("EDU_CACHE_DIR", "off")
    remembered_digest("t", files, compute)
    remembered_digest("t", files, compute)
    assert compute.calls == 4


def test_a_damaged_memo_is_hashed_again(files: list[Path], tmp_path: Path) -> None:
    compute = Counting()
    remembered_digest("t", files, compute)
    (tmp_path / "cache" / "code" / "t.json").write_text('{"identity": [], "digest": 7')
    assert remembered_digest("t", files, compute) == "digest 2"


def test_remembered_digests_are_the_computed_ones(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path / "cache"))
    for module in (deckcache, itemcache, reading, draftcache, notecache):
        module.code_digest.cache_clear()
        computed = module.code_digest()  # computed and remembered
        module.code_digest.cache_clear()

        def no_hashing(*args: object) -> str:
            raise AssertionError("hashed again")

        with monkeypatch.context() as patch:
            patch.setattr(fileio, "_hash_code", no_hashing)
            assert module.code_digest() == computed  # remembered
        module.code_digest.cache_clear()
