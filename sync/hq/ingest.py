"""Idempotent ingest of a kiosk's batch: each (device, seq) is stored once, only after the whole
batch's chain and signatures check out against the key the device enrolled with."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from sync.hq.models import Device, Record, Rejection
from wire.envelope import EnvelopeError, canonical, verify_chain, verify_wrapped_key

log = logging.getLogger("kiosk-hq.ingest")


@dataclass(frozen=True)
class Accepted:
    accepted: int
    duplicates: int
    last_seq: int


@dataclass(frozen=True)
class Gap:
    """The batch starts after a hole; the kiosk should resend from `expected`."""

    expected: int


class Refused(Exception):
    def __init__(self, reason: str, detail: str, status: int) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail, self.status = reason, detail, status


class Ingestor:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    def _lock(self, device_id: str) -> threading.Lock:
        # one batch per device at a time in this process; FOR UPDATE covers several processes on PostgreSQL
        with self._locks_guard:
            return self._locks.setdefault(device_id, threading.Lock())

    def ingest(self, device_id: str, wrapped_key: bytes | None, records: list[dict[str, Any]], remote: str,
               key_sig: bytes | None = None) -> Accepted | Gap:
        try:
            with self._lock(device_id), self._sessions() as session:
                result = self._ingest(session, device_id, wrapped_key, key_sig, records)
                session.commit()
                return result
        except Refused as refused:
            self.log_rejection(device_id, refused.reason, refused.detail, remote)
            raise

    def log_rejection(self, device_id: str, reason: str, detail: str, remote: str) -> None:
        log.warning("rejected batch from device=%s remote=%s: %s (%s)", device_id[:64], remote, reason, detail)
        with self._sessions() as session:
            session.add(Rejection(at=datetime.now(UTC), device_id=device_id[:64], reason=reason, detail=detail[:500], remote=remote[:100]))
            session.commit()

    def _ingest(self, session: Session, device_id: str, wrapped_key: bytes | None, key_sig: bytes | None,
                records: list[dict[str, Any]]) -> Accepted | Gap:
        device = session.get(Device, device_id, with_for_update=True)
        if device is None:
            raise Refused("unknown_device", f"device {device_id!r} is not enrolled", 403)
        if wrapped_key:  # a data key counts only when the enrolled device signed it
            try:
                verify_wrapped_key(device.public_key, device_id, wrapped_key, key_sig)
            except EnvelopeError as exc:
                raise Refused(exc.reason, exc.detail, 422) from None
        if not records:
            return Accepted(0, 0, device.last_seq)
        seqs = [r.get("seq") for r in records]
        if not all(isinstance(s, int) and not isinstance(s, bool) for s in seqs):
            raise Refused("malformed", "every record needs an integer seq", 400)
        first = seqs[0]
        if first < 1 or seqs != list(range(first, first + len(seqs))):
            raise Refused("malformed", "a batch must be consecutive sequence numbers", 400)
        if first > device.last_seq + 1:
            return Gap(device.last_seq + 1)

        old = [r for r in records if r["seq"] <= device.last_seq]
        new = [r for r in records if r["seq"] > device.last_seq]
        if old:
            rows = session.execute(
                select(Record.seq, Record.record).where(
                    Record.device_id == device_id, Record.seq >= old[0]["seq"], Record.seq <= old[-1]["seq"]
                )
            )
            stored = {seq: bytes(record) for seq, record in rows}
            for r in old:
                if stored.get(r["seq"]) != canonical(r):
                    raise Refused("replayed_sequence", f"seq {r['seq']} differs from the record already held", 409)
        if new:
            try:
                hashes = verify_chain(device.public_key, device_id, device.last_hash, new)
            except EnvelopeError as exc:
                raise Refused(exc.reason, exc.detail, 422) from None
            now = datetime.now(UTC)
            session.execute(
                Record.__table__.insert(),
                [
                    {"device_id": device_id, "seq": r["seq"], "hash": h, "record": canonical(r), "received_at": now}
                    for r, h in zip(new, hashes, strict=True)
                ],
            )
            device.last_seq = new[-1]["seq"]
            device.last_hash = hashes[-1]
        if wrapped_key and device.wrapped_key is None:
            device.wrapped_key = wrapped_key  # the first signed one: one data key per device
        return Accepted(len(new), len(old), device.last_seq)
