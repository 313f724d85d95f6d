"""Adapts the kiosk's encrypted store (kiosk/store) to what the outbox reads: sealed records as
stored, the device's identity and the data key wrapped for HQ. The store owns every key; this
module only passes along what the store hands out."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from sync.client.outbox import Outbox
from sync.client.service import SyncClient
from sync.client.settings import SyncSettings
from sync.client.status import StatusProvider, StatusSender
from sync.client.transport import HQTransport


class SyncableLog(Protocol):
    """The store methods sync relies on (kiosk/store's event log provides them)."""

    device_id: str

    def device_public_key(self) -> bytes: ...

    def last_seq(self) -> int: ...

    def sealed_records(self, after_seq: int, limit: int) -> list[dict[str, Any]]: ...

    def hq_wrapped_key(self) -> bytes | None: ...

    def hq_wrapped_key_sig(self) -> bytes | None: ...

    def hq_state_signature(self, stamp: int) -> bytes: ...

    def enroll_hq(self, hq_public_key: bytes) -> None: ...

    def sign_status(self, status: dict[str, Any]) -> bytes: ...


class StoreSource:
    def __init__(self, log: SyncableLog) -> None:
        self.log = log
        self.device_id = log.device_id

    def last_seq(self) -> int:
        return self.log.last_seq()

    def wire_records(self, after_seq: int, limit: int) -> list[dict[str, Any]]:
        return self.log.sealed_records(after_seq, limit)

    def wrapped_key(self) -> bytes | None:
        return self.log.hq_wrapped_key()

    def wrapped_key_sig(self) -> bytes | None:
        return self.log.hq_wrapped_key_sig()

    def state_signature(self, stamp: int) -> bytes:
        return self.log.hq_state_signature(stamp)


def make_sync_client(data_dir: Path, log: SyncableLog, interval: float = 30.0,
                     status: StatusProvider | None = None) -> SyncClient | None:
    """The GUI's background sync, or None while the kiosk is not enrolled. Call .start() once the
    store is open and .notify() after each recorded event; .stop() on quit. With `status`, the booth's
    live status goes to HQ's board after each sync and every few minutes."""
    settings = SyncSettings.load(data_dir)
    if settings is None:
        return None

    def factory() -> Outbox:
        return Outbox(StoreSource(log), HQTransport(settings.hq_url, settings.ca_file), data_dir)

    sender = StatusSender(status, log.sign_status, log.device_id) if status is not None else None
    return SyncClient(factory, interval=interval, status=sender)
