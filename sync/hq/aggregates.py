"""Per-device, per-day figures kept at ingest, so the dashboard and `kiosk-hq report` add up a few
thousand rows instead of decrypting every record (docs/sync.md, "Aggregates").

`fold` counts a device's records HQ has not counted yet: each is decrypted once, its day's figures
(kiosk/domain/report.py `figures`, counts only) are added to the stored ones and its session is noted.
That is exact because every figure is a count (`add_figures`). A record that changes what was
counted before (a void, a session correction: any type outside ADDITIVE) makes HQ count that device
again from its raw records with the domain's own rules (`_recount`), as `rebuild` does for all.

Each day's figures over all devices are kept added up as well (day_totals), in the same
transaction: a fold adds its part to the day's total under that row's lock, a recount adds the day's
device rows up again. Rows are locked in date order, so two batches never wait on each other in a
circle.

Folding needs HQ's private key: ingest folds when `serve` has the passphrase; otherwise the records
wait (`pending`) until a report, a dashboard with the key or `kiosk-hq aggregates rebuild` folds them.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk.domain.corrections import counted
from kiosk.domain.events import ASSIST_TYPES, Event
from kiosk.domain.report import add_figures, figures
from kiosk.domain.report_due import submitted_days as domain_submitted_days
from kiosk.domain.session import BoothSession, sessions_from_events
from sync.hq.models import DayFigures, DayTotal, Device, DeviceSession, DeviceSubmitted, Unreadable
from sync.hq.report import _device_events

log = logging.getLogger("kiosk-hq.aggregates")

# Event types whose figures only add: a batch of these is folded in; anything else recounts the device
ADDITIVE = frozenset({"session_open", "session_close", "visitor", "application", *ASSIST_TYPES, "survey", "other",
                      "photo", "print", "report_submitted"})


@dataclass(frozen=True)
class Snapshot:
    """Everything the aggregates hold, comparable with ==."""

    days: dict[tuple[str, str], dict]
    totals: dict[str, dict]
    sessions: dict[tuple[str, str], tuple]
    counted_to: dict[str, int]


class Aggregator:
    def __init__(self, hq_key: X25519PrivateKey) -> None:
        self._key = hq_key

    def fold(self, session: Session, device: Device) -> int:
        """Count the device's records after device.aggregated_seq; the caller holds the device's row
        lock and commits. Returns how many records were counted."""
        if device.aggregated_seq >= device.last_seq or device.wrapped_key is None:
            return 0
        unreadable: list[tuple[str, int]] = []
        events = list(_device_events(session, self._key, device, unreadable, device.aggregated_seq))
        session.add_all(Unreadable(device_id=d, seq=q) for d, q in unreadable)
        if any(e.type not in ADDITIVE for e in events):
            return self._recount(session, device)
        by_day: dict[str, list[Event]] = defaultdict(list)
        for e in events:
            by_day[e.local_date].append(e)
        per_day = {day: figures(evs) for day, evs in by_day.items()}
        for day, f in per_day.items():
            row = session.get(DayFigures, (device.id, day))
            if row is None:
                session.add(DayFigures(device_id=device.id, day=day, figures=json.dumps(f)))
            else:
                row.figures = json.dumps(add_figures(json.loads(row.figures), f))
        for day, total in _locked_totals(session, per_day).items():
            total.figures = json.dumps(add_figures(json.loads(total.figures), per_day[day]))
        for e in events:  # as sessions_from_events: the first opening counts, a closing sets the end
            if e.type == "report_submitted" and session.get(DeviceSubmitted, (device.id, e.data["date"])) is None:
                session.add(DeviceSubmitted(device_id=device.id, day=e.data["date"]))
            elif e.type == "session_open" and session.get(DeviceSession, (device.id, e.session)) is None:
                session.add(_session_row(device.id, BoothSession.from_open_event(e)))
            elif e.type == "session_close" and (row := session.get(DeviceSession, (device.id, e.session))):
                row.closed_at = e.at.isoformat()
        device.aggregated_seq = device.last_seq
        return len(events)

    def _recount(self, session: Session, device: Device, totals: bool = True) -> int:
        """The device's aggregates again from all its raw records, by the domain's rules (and the
        totals of the days it had or has, unless the caller adds up every day afterwards)."""
        old_days = set(session.scalars(select(DayFigures.day).where(DayFigures.device_id == device.id)))
        session.execute(delete(DayFigures).where(DayFigures.device_id == device.id))
        session.execute(delete(DeviceSession).where(DeviceSession.device_id == device.id))
        session.execute(delete(DeviceSubmitted).where(DeviceSubmitted.device_id == device.id))
        session.execute(delete(Unreadable).where(Unreadable.device_id == device.id))
        session.flush()
        unreadable: list[tuple[str, int]] = []
        events = list(_device_events(session, self._key, device, unreadable))
        session.add_all(Unreadable(device_id=d, seq=q) for d, q in unreadable)
        kept = counted(events)
        by_day: dict[str, list[Event]] = defaultdict(list)
        for e in kept:
            by_day[e.local_date].append(e)
        session.add_all(DayFigures(device_id=device.id, day=d, figures=json.dumps(figures(evs)))
                        for d, evs in by_day.items())
        session.add_all(_session_row(device.id, s) for s in sessions_from_events(kept).values())
        session.add_all(DeviceSubmitted(device_id=device.id, day=d) for d in domain_submitted_days(kept))
        device.aggregated_seq = device.last_seq
        if totals:
            recompute_totals(session, old_days | set(by_day))
        return len(events)

    def catch_up(self, make_session: Callable[[], Session], recount: bool = False) -> int:
        """Fold every device's waiting records (all of them again with `recount`), one transaction per
        device under its row lock, so it runs safely beside ingest in any worker."""
        done = 0
        with make_session() as session:
            ids = session.scalars(select(Device.id).where(Device.aggregated_seq < Device.last_seq)
                                  if not recount else select(Device.id)).all()
        for device_id in ids:
            with make_session() as session:
                device = session.get(Device, device_id, with_for_update=True)
                if device is None:
                    continue
                done += self._recount(session, device, totals=False) if recount else self.fold(session, device)
                session.commit()
        if recount:
            with make_session() as session:
                recompute_totals(session)
                session.commit()
        return done


_EMPTY = json.dumps(figures([]))


def day_total(raws: Iterable[str]) -> str:
    """A day's figures over every device: its day_figures rows (JSON) added up, as JSON."""
    total = figures([])
    for raw in raws:
        total = add_figures(total, json.loads(raw))
    return json.dumps(total)


def _locked_totals(session: Session, days: Iterable[str]) -> dict[str, DayTotal]:
    """The days' total rows, made if missing and locked in date order (FOR UPDATE; SQLite has one
    writer), so concurrent batches of different devices add to a day one after the other."""
    ordered = sorted(days)
    if not ordered:
        return {}
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(DayTotal).values([{"day": d, "figures": _EMPTY} for d in ordered]).on_conflict_do_nothing())
    rows = session.scalars(select(DayTotal).where(DayTotal.day.in_(ordered)).order_by(DayTotal.day)
                           .with_for_update().execution_options(populate_existing=True))
    return {r.day: r for r in rows}


def recompute_totals(session: Session, days: Iterable[str] | None = None) -> None:
    """The totals of `days` (all days when None) added up again from every device's day rows."""
    if days is None:
        days = set(session.scalars(select(DayFigures.day).distinct())) | set(session.scalars(select(DayTotal.day)))
    locked = _locked_totals(session, days)
    raws: dict[str, list[str]] = defaultdict(list)
    query = select(DayFigures.day, DayFigures.figures).order_by(DayFigures.day, DayFigures.device_id)
    for day, raw in session.execute(query.where(DayFigures.day.in_(list(locked))) if len(locked) < 1000 else query):
        raws[day].append(raw)
    for day, row in locked.items():
        if raws.get(day):
            row.figures = day_total(raws[day])
        else:
            session.delete(row)  # no device has that day any more


def _session_row(device_id: str, s: BoothSession) -> DeviceSession:
    return DeviceSession(device_id=device_id, session=s.session, venue=s.venue, municipality=s.municipality,
                         kind=s.kind, large_venue=s.large_venue, opened_at=s.opened_at.isoformat(),
                         closed_at=s.closed_at.isoformat() if s.closed_at else None)


def pending(session: Session) -> int:
    """Records received but not yet counted in the aggregates."""
    return int(session.scalar(select(func.coalesce(func.sum(Device.last_seq - Device.aggregated_seq), 0))) or 0)


def submitted_days(session: Session) -> set[str]:
    """The days any kiosk marked handed in (synced report_submitted events)."""
    return set(session.scalars(select(DeviceSubmitted.day)))


def snapshot(session: Session) -> Snapshot:
    days = {(r.device_id, r.day): json.loads(r.figures) for r in session.scalars(select(DayFigures))}
    totals = {r.day: json.loads(r.figures) for r in session.scalars(select(DayTotal))}
    sessions = {(r.device_id, r.session): (r.venue, r.municipality, r.kind, r.large_venue, r.opened_at, r.closed_at)
                for r in session.scalars(select(DeviceSession))}
    counted_to = dict(session.execute(select(Device.id, Device.aggregated_seq)).all())
    handed_in = {(r.device_id, r.day): () for r in session.scalars(select(DeviceSubmitted))}
    return Snapshot(days, totals, {**sessions, **{("submitted", *k): v for k, v in handed_in.items()}}, counted_to)
