"""`kiosk-hq report`: decrypts every kiosk's records with HQ's private key (passphrase needed) and
runs the same report code as `kiosk report` (kiosk/reports/render.py over kiosk/domain/report.py),
so HQ's figures equal the booths'."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.domain.events import Event, event_from_json
from sync.envelope import open_record, unwrap_data_key
from sync.hq import keys
from sync.hq.config import HQError, read_passphrase
from sync.hq.models import Device, Record


def decrypted_events(session: Session, hq_key: X25519PrivateKey) -> Iterator[Event]:
    """Every event HQ holds, device by device in sequence order; plaintext lives only in memory."""
    for device in session.scalars(select(Device).order_by(Device.id)):
        rows = session.execute(select(Record.record).where(Record.device_id == device.id).order_by(Record.seq)).scalars()
        first = True
        for raw in rows:
            if first:
                if device.wrapped_key is None:
                    raise HQError(f"端末 {device.id} の鍵が届いていません / Device {device.id} sent no data key")
                data_key = unwrap_data_key(hq_key, device.wrapped_key)
                first = False
            yield event_from_json(open_record(data_key, device.id, json.loads(raw)).decode())


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
