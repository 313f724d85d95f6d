"""Idempotent ingest of a kiosk's batch: each (device, seq) is stored once, only after the whole
batch's chain and signatures check out against the key the device enrolled with.

Exactly-once and in order is kept by the database, not by a process's memory, so any number of
workers may receive the same device's batches at once: the device's row is locked (SELECT … FOR
UPDATE on PostgreSQL; SQLite has one writer), (device, seq) is the records' primary key, and the
device's chain head moves only from the value this transaction read (compare-and-set). A batch that
loses a race is run again from the top and then finds its records already held (duplicates)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sync.hq.aggregates import Aggregator
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


class _LostRace(Exception):
    """Another transaction moved the device's chain head first; run the batch again."""


ATTEMPTS = 8


class Ingestor:
    def __init__(self, sessions: sessionmaker[Session], aggregator: Aggregator | None = None) -> None:
        self._sessions = sessions
        self._aggregator = aggregator  # with HQ's key: new records are counted in the same transaction

    def ingest(self, device_id: str, wrapped_key: bytes | None, records: list[dict[str, Any]], remote: str,
               key_sig: bytes | None = None) -> Accepted | Gap:
        try:
            for attempt in range(ATTEMPTS):
                try:
                    with self._sessions() as session:
                        result = self._ingest(session, device_id, wrapped_key, key_sig, records)
                        session.commit()
                        return result
                except (_LostRace, IntegrityError, OperationalError):  # a concurrent batch of this device won
                    if attempt == ATTEMPTS - 1:
                        raise
                    time.sleep(0.01 * 2**attempt)
            raise AssertionError("unreachable")
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
            moved = session.execute(
                update(Device).where(Device.id == device_id, Device.last_seq == device.last_seq)
                .values(last_seq=new[-1]["seq"], last_hash=hashes[-1]).execution_options(synchronize_session=False)
            ).rowcount
            if moved != 1:
                raise _LostRace()
            session.expire(device)
        if wrapped_key and device.wrapped_key is None:
            device.wrapped_key = wrapped_key  # the first signed one: one data key per device
        last_seq = new[-1]["seq"] if new else device.last_seq
        if self._aggregator is not None and new:
            self._fold(session, device)
        return Accepted(len(new), len(old), last_seq)

    def _fold(self, session: Session, device: Device) -> None:
        """Count the new records now; if they cannot be (a key that does not open them), they are
        stored all the same and wait, uncounted, for `kiosk-hq aggregates rebuild` to say why."""
        try:
            with session.begin_nested():
                self._aggregator.fold(session, device)  # type: ignore[union-attr]
        except Exception:  # counting must never refuse a batch whose chain checked out
            log.exception("could not count the records of device %s; they wait uncounted", device.id)
