"""End of contract (仕様書 8(2)ニ): make the kiosk's data unrecoverable, and prove it.

Order matters: the keys go first (crypto-erase: without them every record is noise even if a
flash disk kept an old copy of a block), then every file in the data directory is overwritten with
random bytes, synced and removed (database, WAL, browser profile, caches, settings), and finally the
directory is scanned: the proof is an empty tree and the store refusing to open.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.store.encrypted import open_event_log, store_dir
from kiosk.store.keys import KEYS_FILE


@dataclass
class WipeReport:
    files: int = 0
    bytes: int = 0
    remnants: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.remnants


def _shred(path: Path) -> int:
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as f:
        left = size
        while left > 0:
            chunk = min(left, 1 << 20)
            f.write(os.urandom(chunk))
            left -= chunk
        f.flush()
        os.fsync(f.fileno())
    path.unlink()
    return size


def wipe_data_dir(data_dir: Path, passphrase: str) -> WipeReport:
    """Check the passphrase (a wrong one raises and wipes nothing), then destroy everything."""
    open_event_log(data_dir, passphrase).close()
    report = WipeReport()
    keys = store_dir(data_dir) / KEYS_FILE
    report.bytes += _shred(keys)
    report.files += 1
    for path in sorted(Path(data_dir).rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_symlink():
            path.unlink()
        elif path.is_file():
            report.bytes += _shred(path)
            report.files += 1
    for path in sorted(Path(data_dir).iterdir()):
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else None
    report.remnants = [str(p) for p in Path(data_dir).rglob("*")]
    return report
