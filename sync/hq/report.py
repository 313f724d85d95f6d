"""`kiosk-hq report`: decrypts every kiosk's records with HQ's private key (passphrase needed) and
runs the same report code as `kiosk report` (kiosk/reports/render.py over kiosk/domain/report.py),
so HQ's figures equal the booths'."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.domain.events import Event, event_from_json
from sync.hq import keys
from sync.hq.config import HQError, read_passphrase
from sync.hq.models import Device, Record
from wire.envelope import EnvelopeError, open_record, unwrap_data_key


def decrypted_events(session: Session, hq_key: X25519PrivateKey) -> list[Event]:
    """Every event HQ holds, device by device in sequence order; plaintext lives only in memory.
    A session id that two kiosks both used (paper back-fills named "S1" on each, a copied data
    directory) is made theirs with "@device" so their sessions are counted apart, not merged."""
    per_device = [(device.id, list(_device_events(session, hq_key, device)))
                  for device in session.scalars(select(Device).order_by(Device.id))]
    owners: dict[str, set[str]] = {}
    for device_id, events in per_device:
        for e in events:
            owners.setdefault(e.session, set()).add(device_id)
    shared = {s for s, devices in owners.items() if len(devices) > 1}
    return [replace(e, session=f"{e.session}@{device_id}") if e.session in shared else e
            for device_id, events in per_device for e in events]


def _device_events(session: Session, hq_key: X25519PrivateKey, device: Device) -> Iterator[Event]:
    rows = session.execute(select(Record.record).where(Record.device_id == device.id).order_by(Record.seq)).scalars()
    data_key = None
    try:
        for raw in rows:
            if data_key is None:
                if device.wrapped_key is None:
                    raise HQError(f"端末 {device.id} の鍵が届いていません / Device {device.id} sent no data key")
                data_key = unwrap_data_key(hq_key, device.wrapped_key)
            yield event_from_json(open_record(data_key, device.id, json.loads(raw)).decode())
    except EnvelopeError as exc:  # HQ's database was altered, or the device's key does not open
        raise HQError(f"端末 {device.id} の記録を復号できません（改ざんまたは鍵の不一致） / "
                      f"the records of device {device.id} do not decrypt (altered, or the wrong key): {exc}") from None


def run_report(args: argparse.Namespace, data_dir: Path, make_session: sessionmaker[Session]) -> int:
    from kiosk.reports.render import ReportError, compute, write  # the same entry as `kiosk report`

    hq_key = keys.private_key(data_dir, read_passphrase())
    with make_session() as session:
        events = list(decrypted_events(session, hq_key))
    try:
        write(compute(args.kind, events, args.date, args.month), args.kind, args.format, args.out)
    except ReportError as exc:
        raise HQError(str(exc)) from None
    return 0
