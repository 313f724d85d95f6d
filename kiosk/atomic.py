"""The one way this project replaces a small file: never half-written, never readable by others.

The new content goes to a temporary file in the same folder, created 0600 (so a secret is never
world-readable, not even for an instant), is fsync'ed, renamed over the target, and the folder is
fsync'ed so the rename itself survives a power cut. A crash leaves the old file or the new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path | str, data: str | bytes, mode: int = 0o600, *, durable: bool = True) -> None:
    """Replace `path` with `data` (str is written as UTF-8). Raises OSError; nothing is left behind.
    `durable=False` skips both fsyncs, for a file rewritten after every event where a power cut that
    brings back the previous content is harmless (the rename is still atomic)."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # mkstemp: 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        if mode != 0o600:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if not durable:
        return
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
