"""kiosk/atomic.py: the one way files are replaced — 0600 from the first byte, fsync'ed, and a
failure half-way leaves the old content and no stray temporary file."""

from __future__ import annotations

import os
import stat

import pytest

from kiosk.atomic import atomic_write
from kiosk.pin import OperatorPin
from sync.client.settings import write_cursor
from sync.hq.dashboard.staff import StaffAccounts


@pytest.fixture
def open_umask():
    old = os.umask(0)  # the worst case: nothing masked, so any world-readable moment would show
    yield
    os.umask(old)


def test_files_are_private_from_creation_even_with_umask_0(tmp_path, open_umask, monkeypatch):
    modes: list[int] = []
    real_fsync = os.fsync

    def watching_fsync(fd: int) -> None:  # the temporary file's mode while its content is written
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode):
            modes.append(stat.S_IMODE(st.st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", watching_fsync)
    OperatorPin(tmp_path).set("482916")
    StaffAccounts(tmp_path).add("miyagi", "a long enough password")
    write_cursor(tmp_path, 12)
    assert modes and set(modes) == {0o600}
    for name in ("operator_pin.json", "staff.json", "session.key", "sync-cursor"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    folder = tmp_path / "only-this"
    folder.mkdir()
    target = folder / "state.json"
    atomic_write(target, "old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        atomic_write(target, "new")
    assert target.read_text() == "old" and sorted(p.name for p in folder.iterdir()) == ["state.json"]


def test_file_and_folder_are_both_synced(tmp_path, monkeypatch):
    synced: list[str] = []
    real_fsync = os.fsync

    def recording(fd: int) -> None:
        synced.append("dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording)
    atomic_write(tmp_path / "x", b"data")
    assert synced == ["file", "dir"]
