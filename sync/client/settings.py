"""The kiosk's enrollment with HQ, kept in the data directory as sync.json (no secrets in it)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.atomic import atomic_write

SETTINGS_FILE = "sync.json"
CA_FILE = "hq-ca.pem"
CURSOR_FILE = "sync-cursor"


@dataclass(frozen=True)
class SyncSettings:
    hq_url: str
    device_id: str
    booth: str
    ca_file: str | None = None  # a private CA that signed HQ's certificate, copied into the data dir

    @classmethod
    def load(cls, data_dir: Path) -> SyncSettings | None:
        try:
            raw = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        return cls(**{k: raw.get(k) for k in ("hq_url", "device_id", "booth", "ca_file")})

    def save(self, data_dir: Path) -> None:
        atomic_write(data_dir / SETTINGS_FILE, json.dumps(asdict(self), ensure_ascii=False, indent=2))


def read_cursor(data_dir: Path) -> int:
    """The last sequence number HQ acknowledged (0 when unknown: HQ's answer then corrects it)."""
    try:
        return int((data_dir / CURSOR_FILE).read_text(encoding="ascii").strip() or 0)
    except (FileNotFoundError, ValueError):
        return 0


def write_cursor(data_dir: Path, seq: int) -> None:
    atomic_write(data_dir / CURSOR_FILE, str(seq))
