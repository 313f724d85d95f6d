"""`kiosk-hq report`: decrypts every kiosk's records with HQ's private key (passphrase needed) and
runs the same report code as `kiosk report` (kiosk/reports/render.py over kiosk/domain/report.py),
so HQ's figures equal the booths'."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.domain.corrections import counted
from kiosk.domain.events import Event, EventError, event_from_json
from sync.hq import keys
from sync.hq.config import HQError, read_passphrase
from sync.hq.models import Device, Record, Unreadable
from wire.envelope import EnvelopeError, open_record, unwrap_data_key

log = logging.getLogger("kiosk-hq.report")


def decrypted_events(session: Session, hq_key: X25519PrivateKey,
                     unreadable: list[tuple[str, int]] | None = None) -> list[Event]:
    """Every event HQ counts (voided ones left out), device by device in sequence order; plaintext
    lives only in memory.
    A session id that two kiosks both used (paper back-fills named "S1" on each, a copied data
    directory) is made theirs with "@device" so their sessions are counted apart, not merged.
    A record that decrypts but is not a valid event (HQ cannot read content at ingest, so a date
    outside 2020–2100 from an older kiosk can only be caught here) is left out and its (device,
    seq) added to `unreadable`: one such event must not stop every report."""
    skipped = unreadable if unreadable is not None else []
    per_device = [(device.id, counted(_device_events(session, hq_key, device, skipped)))  # a void's id is its device's
                  for device in session.scalars(select(Device).order_by(Device.id))]
    owners: dict[str, set[str]] = {}
    for device_id, events in per_device:
        for e in events:
            owners.setdefault(e.session, set()).add(device_id)
    shared = {s for s, devices in owners.items() if len(devices) > 1}
    return [replace(e, session=f"{e.session}@{device_id}") if e.session in shared else e
            for device_id, events in per_device for e in events]


def _device_events(session: Session, hq_key: X25519PrivateKey, device: Device,
                   unreadable: list[tuple[str, int]], after_seq: int = 0) -> Iterator[Event]:
    """The device's events after `after_seq`, in sequence order, decrypted; records that are not
    valid events are named in `unreadable` and left out."""
    rows = session.execute(select(Record.seq, Record.record).where(Record.device_id == device.id,
                                                                   Record.seq > after_seq).order_by(Record.seq))
    data_key = None
    try:
        for seq, raw in rows:
            if data_key is None:
                if device.wrapped_key is None:
                    raise HQError(f"端末 {device.id} の鍵が届いていません / Device {device.id} sent no data key")
                data_key = unwrap_data_key(hq_key, device.wrapped_key)
            plain = open_record(data_key, device.id, json.loads(raw))
            try:
                yield event_from_json(plain.decode())
            except (EventError, UnicodeDecodeError):
                log.warning("device %s record %d left out: not a valid event", device.id, seq)
                unreadable.append((device.id, seq))
    except EnvelopeError as exc:  # HQ's database was altered, or the device's key does not open
        raise HQError(f"端末 {device.id} の記録を復号できません（改ざんまたは鍵の不一致） / "
                      f"the records of device {device.id} do not decrypt (altered, or the wrong key): {exc}") from None


def run_report(args: argparse.Namespace, data_dir: Path, make_session: sessionmaker[Session]) -> int:
    """Counts what is not counted yet, then answers from the aggregates (sync/hq/figures.py)."""
    from kiosk.reports.config import load_targets
    from kiosk.reports.render import ReportError, check_args, write
    from sync.hq import figures
    from sync.hq.aggregates import Aggregator

    try:
        check_args(args.kind, args.format, args.date, args.month, args.out)
        hq_key = keys.private_key(data_dir, read_passphrase())
        Aggregator(hq_key).catch_up(make_session)
        with make_session() as session:
            held = figures.load(session)
            unreadable = [(r.device_id, r.seq) for r in session.scalars(select(Unreadable).order_by(
                Unreadable.device_id, Unreadable.seq))]
        write(figures.compute(held, args.kind, load_targets(), args.date, args.month), args.kind, args.format, args.out)
    except ReportError as exc:
        raise HQError(str(exc)) from None
    if unreadable:  # written, but say what is missing and exit 1 so no script takes it as whole
        print(f"注意: 読めない記録 {len(unreadable)} 件を除いて作成しました / warning: {len(unreadable)} records "
              "that are not valid events were left out: "
              + ", ".join(f"{d} #{s}" for d, s in unreadable[:20]), file=sys.stderr)
        return 1
    return 0
