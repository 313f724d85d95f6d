"""The outbox: reads sealed records from the kiosk's store after HQ's acknowledged seq and pushes
them in batches. HQ's answer is the truth about what arrived, so a lost reply or a killed kiosk
only means some records are sent twice, and HQ stores them once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sync.client.settings import read_cursor, write_cursor
from sync.client.transport import Gap, HQTransport
from wire.envelope import ENVELOPE_VERSION

Progress = Callable[[int, int], None]


class RecordSource(Protocol):
    """What the outbox needs from the store (sync/client/source.py adapts kiosk/store to it)."""

    device_id: str

    def last_seq(self) -> int: ...

    def wire_records(self, after_seq: int, limit: int) -> list[dict[str, Any]]: ...

    def wrapped_key(self) -> bytes | None: ...

    def wrapped_key_sig(self) -> bytes | None: ...

    def state_signature(self, stamp: int) -> bytes: ...


@dataclass(frozen=True)
class PushReport:
    sent: int  # records HQ acknowledged in this run
    waiting: int  # records still not acknowledged
    last_seq: int  # HQ's acknowledged seq


class Outbox:
    def __init__(self, source: RecordSource, transport: HQTransport, data_dir: Path, batch_size: int = 1000) -> None:
        self.source = source
        self.transport = transport
        self.data_dir = data_dir
        self.batch_size = batch_size

    @property
    def acked(self) -> int:
        return read_cursor(self.data_dir)

    def waiting(self) -> int:
        return max(0, self.source.last_seq() - self.acked)

    def push_all(self, progress: Progress | None = None, stop: threading.Event | None = None) -> PushReport:
        """Deliver everything recorded so far. Raises HQUnreachable / HQRejected part way; what was
        acknowledged before that stays acknowledged."""
        device = self.source.device_id
        cursor = self.transport.last_seq(device, self.source.state_signature)  # HQ knows best what it holds
        write_cursor(self.data_dir, cursor)
        start = cursor
        total = max(0, self.source.last_seq() - cursor)
        wrapped = self.source.wrapped_key()
        key_sig = self.source.wrapped_key_sig() if wrapped else None
        batch = self._batch(device, wrapped, key_sig, cursor)
        while batch is not None:
            if stop is not None and stop.is_set():
                break
            result = self.transport.push(batch)
            # on a Gap HQ lost or never had some records: resend from where it says
            cursor = result.expected - 1 if isinstance(result, Gap) else result
            write_cursor(self.data_dir, cursor)
            if progress is not None:
                total = max(total, cursor - start)
                progress(cursor - start, total)
            batch = self._batch(device, wrapped, key_sig, cursor)
        return PushReport(sent=max(0, cursor - start), waiting=max(0, self.source.last_seq() - cursor), last_seq=cursor)

    def _batch(self, device: str, wrapped: bytes | None, key_sig: bytes | None, after: int) -> dict[str, Any] | None:
        records = self.source.wire_records(after, self.batch_size)
        if not records:
            return None
        return {
            "version": ENVELOPE_VERSION,
            "device": device,
            "wrapped_key": wrapped.hex() if wrapped else None,
            "key_sig": key_sig.hex() if key_sig else None,
            "records": records,
        }
