from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.store.encrypted import open_event_log

PASSPHRASE = "miyagi booth passphrase"


@pytest.fixture
def log(data_dir):
    opened = open_event_log(data_dir, PASSPHRASE, create=True)
    yield opened
    opened.close()


def kiosk_cli(data_dir: Path, *args: str, stdin: str | None = None, passphrase: str | None = PASSPHRASE
              ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KIOSK_PASSPHRASE"}
    if passphrase is not None:
        env["KIOSK_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *args], env=env,
                          input=stdin, capture_output=True, text=True, timeout=120)


def raw_bytes_of(directory: Path) -> bytes:
    """Every byte of every file under the directory (database, WAL, shm, temp files, keys …)."""
    return b"".join(p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file())
