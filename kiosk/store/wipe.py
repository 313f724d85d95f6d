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

from kiosk.store.encrypted import lock_store, store_dir, store_exists
from kiosk.store.errors import StoreCorrupt, StoreMissing
from kiosk.store.keys import KEYS_FILE, unlock_keys


@dataclass
class WipeReport:
    files: int = 0  # files overwritten and removed
    bytes: int = 0  # bytes overwritten
    remnants: list[str] = field(default_factory=list)  # whatever the final scan still found
    linked: list[str] = field(default_factory=list)  # hard-linked from elsewhere: unlinked, not overwritten
    keys_damaged: bool = False  # keys.json could not be read, so the passphrase could not be checked

    @property
    def clean(self) -> bool:
        return not self.remnants


def _shred(path: Path) -> int:
    """Overwrite with random bytes, fsync, then unlink; returns the bytes overwritten."""
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as f:
        left = size
        while left > 0:
            chunk = min(left, 1 << 20)
            f.write(os.urandom(chunk))
            left -= chunk
        os.fsync(f.fileno())
    path.unlink()
    return size


def _shred_into(report: WipeReport, path: Path) -> None:
    try:
        if path.is_symlink():  # never follow a link out of the data directory
            path.unlink()
        elif path.is_file() and path.stat().st_nlink > 1:
            # the same file is reachable from outside the data directory (a hard link put here):
            # overwriting it would destroy someone else's file, so only this name is removed
            path.unlink()
            report.linked.append(str(path))
        elif path.is_file():
            report.bytes += _shred(path)
            report.files += 1
    except OSError:
        pass  # the final scan lists it; one stubborn file must not stop the rest


def wipe_data_dir(data_dir: Path, passphrase: str) -> WipeReport:
    """Check the passphrase (a wrong one raises and wipes nothing), then destroy everything.

    The store's lock is held throughout, so a running kiosk refuses the wipe (StoreLocked) and
    nothing can write while it runs. A data directory whose keys are already gone (a wipe cut short)
    is finished without the passphrase: nothing in it can be read any more."""
    data_dir = Path(data_dir)
    if not store_dir(data_dir).is_dir():
        raise StoreMissing(str(store_dir(data_dir)))
    fd = lock_store(store_dir(data_dir))
    report = WipeReport()
    try:
        if store_exists(data_dir):
            try:  # only the keys: a damaged database must not stop its own destruction
                unlock_keys(store_dir(data_dir), passphrase)
            except StoreCorrupt:  # nothing can check the passphrase, and nothing can read the records
                report.keys_damaged = True
    except BaseException:
        os.close(fd)
        raise

    def release() -> None:
        os.close(fd)

    try:
        keys = store_dir(data_dir) / KEYS_FILE
        if keys.exists():
            _shred_into(report, keys)  # crypto-erase first: without the keys every record is noise
        for path in sorted(data_dir.rglob("*"), key=lambda p: len(p.parts), reverse=True):
            _shred_into(report, path)
        for path in sorted(data_dir.iterdir()):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
    finally:
        release()
    report.remnants = sorted(str(p) for p in data_dir.rglob("*"))
    return report
