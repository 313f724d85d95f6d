"""A real full disk (a 1 MiB tmpfs; skipped where mounting is not allowed): the event that does not
fit is refused with a clear message, nothing acknowledged is lost, and recording resumes once space
is freed."""

import os
import shutil
import subprocess
import uuid

import pytest

from kiosk.domain.events import make_event
from kiosk.store.encrypted import open_event_log
from kiosk.store.errors import StoreFull
from tests.store.conftest import PASSPHRASE, kiosk_cli


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mount)], check=False)  # still busy: detach, never leave it
            pytest.fail("a file on the small disk was still open after the test")


def test_a_full_disk_refuses_the_event_and_loses_nothing(tiny_disk):
    filler = tiny_disk / "filler"
    filler.write_bytes(b"\0" * 200_000)  # to free later, as an operator deleting files would
    log = open_event_log(tiny_disk / "kiosk", PASSPHRASE, create=True)
    acknowledged = []
    with pytest.raises(StoreFull, match="NOT recorded"):
        for i in range(1000):
            acknowledged.append(log.append(make_event("other", "S1", category=f"{i}-" + "x" * 3000)))
    assert len(acknowledged) > 20
    filler.unlink()
    after = log.append(make_event("visitor", "S1"))
    assert after == acknowledged[-1] + 1  # the refused event took no number
    log.close()
    again = open_event_log(tiny_disk / "kiosk", PASSPHRASE)
    try:
        assert [s for s, _ in again.events()] == [*acknowledged, after]
        assert again.verify()[1] is None
    finally:
        again.close()


def test_a_store_cannot_be_created_on_a_full_disk_but_can_later(tiny_disk):
    filler = tiny_disk / "filler"
    with open(filler, "wb") as f, pytest.raises(OSError):
        while True:
            f.write(b"\0" * 65536)
            f.flush()
    with pytest.raises(StoreFull):
        open_event_log(tiny_disk / "kiosk", PASSPHRASE, create=True)
    filler.unlink()
    log = open_event_log(tiny_disk / "kiosk", PASSPHRASE, create=True)
    try:
        assert log.append(make_event("visitor", "S1")) == 1
    finally:
        log.close()


def test_an_import_that_does_not_fit_imports_nothing(tiny_disk, tmp_path):
    kiosk_dir = tiny_disk / "kiosk"
    small = tmp_path / "small.jsonl"
    small.write_text('{"type":"visitor","at":"2024-10-05T09:00:00+09:00","session":"S1"}\n', encoding="utf-8")
    assert kiosk_cli(kiosk_dir, "events", "import", str(small)).returncode == 0
    big = tmp_path / "big.jsonl"
    big.write_text("".join(f'{{"type":"other","at":"2024-10-05T09:00:00+09:00","session":"S1","category":"{i}'
                           + "y" * 2000 + '"}\n' for i in range(2000)), encoding="utf-8")
    result = kiosk_cli(kiosk_dir, "events", "import", str(big))
    assert result.returncode == 1 and "nothing was imported" in result.stderr and "disk is full" in result.stderr
    log = open_event_log(kiosk_dir, PASSPHRASE)
    try:
        assert [e.type for _, e in log.events()] == ["visitor"] and log.verify()[1] is None
    finally:
        log.close()
