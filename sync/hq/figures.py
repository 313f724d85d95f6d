"""The contract's reports from HQ's aggregates (aggregates.py): the same dicts kiosk/domain/report.py
computes from events, built from each day's total over all devices and each device's sessions with
the domain's own pieces (add_figures, session_row, session_counts, progress_from_done).
tests/sync/test_aggregates.py holds them equal to the domain's reports over the decrypted events."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.report import (
    ReportPeriodError,
    Targets,
    _month_days,
    add_figures,
    check_day,
    check_month,
    figures,
    progress_from_done,
    session_counts,
    session_row,
    sort_session_rows,
)
from kiosk.domain.session import BoothSession
from sync.hq.models import DayTotal, DeviceSession

Flat = Counter  # a figures dict as {path of keys: count}: thousands of days add up at C speed


def _flat(d: dict[str, Any], into: Flat, prefix: tuple[str, ...] = ()) -> Flat:
    for k, v in d.items():
        if isinstance(v, dict):
            if not v:
                into.setdefault((*prefix, k, None), 0)  # an empty dict that must stay
            _flat(v, into, (*prefix, k))
        else:
            into[(*prefix, k)] += v
    return into


def _nested(flat: Flat) -> dict[str, Any]:
    """The figures dict again, in the domain's shape and order (add_figures onto figures([]) sorts)."""
    out: dict[str, Any] = {}
    for path, count in flat.items():
        node = out
        for k in path[:-1]:
            node = node.setdefault(k, {})
        if path[-1] is not None:
            node[path[-1]] = count
    return add_figures(figures([]), out)


@dataclass(frozen=True)
class Held:
    """All of HQ's aggregates, read once per page or report: figures per day (all devices added up,
    kept flat) and every session's report row."""

    flat_days: dict[str, Flat]
    sessions: list[dict[str, Any]]

    @property
    def days(self) -> dict[str, Flat]:
        return self.flat_days

    def day(self, day: str) -> dict[str, Any]:
        return _nested(self.flat_days.get(day, Flat()))

    def figures_between(self, first: str, last: str) -> dict[str, Any]:
        total = Flat()
        for d, f in self.flat_days.items():
            if first <= d <= last:
                total.update(f)
        return _nested(total)

    def sessions_between(self, first: str, last: str) -> list[dict[str, Any]]:
        return [r for r in self.sessions if first <= r["date"] <= last]

    def until(self, day: str) -> Held:
        """What was held up to that day (the dashboard's as-of view)."""
        return Held({d: f for d, f in self.flat_days.items() if d <= day}, self.sessions_between("", day))


# What a page needs, kept between pages: each day's total as last parsed (parsed again only when its
# stored text changed) and each session's report row (made again only when its stored row changed).
@dataclass
class _Kept:
    days: dict[str, tuple[str, Flat]] = field(default_factory=dict)
    sessions: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)


_kept: dict[str, _Kept] = {}  # by database URL: one process may read several databases (tests, tools)


def _days(session: Session, kept: _Kept) -> dict[str, Flat]:
    days: dict[str, Flat] = {}
    for day, raw in session.execute(select(DayTotal.day, DayTotal.figures)):
        cached = kept.days.get(day)
        if cached is None or cached[0] != raw:
            cached = kept.days[day] = (raw, _flat(json.loads(raw), Flat()))
        days[day] = cached[1]
    for gone in set(kept.days) - set(days):
        del kept.days[gone]
    return days


def load(session: Session) -> Held:
    kept = _kept.setdefault(str(session.get_bind().url), _Kept())
    days = _days(session, kept)
    rows = session.execute(select(DeviceSession.device_id, DeviceSession.session, DeviceSession.venue,
                                  DeviceSession.municipality, DeviceSession.kind, DeviceSession.large_venue,
                                  DeviceSession.opened_at, DeviceSession.closed_at)).all()
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        owners[r[1]].add(r[0])
    if len(kept.sessions) > 4 * len(rows) + 1000:  # rows superseded by a close or a correction
        kept.sessions.clear()
    sessions = []
    for r in rows:  # a session id two devices used is made each one's, as sync/hq/report.py does
        name = f"{r[1]}@{r[0]}" if len(owners[r[1]]) > 1 else r[1]
        key = (name, *r[2:])
        row = kept.sessions.get(key)
        if row is None:
            row = kept.sessions[key] = session_row(BoothSession(
                name, r[2], r[3], r[4], r[5], datetime.fromisoformat(r[6]),
                datetime.fromisoformat(r[7]) if r[7] else None))
        sessions.append(dict(row))
    return Held(days, sort_session_rows(sessions))


def progress(held: Held, targets: Targets, as_of: str) -> dict[str, Any]:
    done = {**session_counts(held.sessions_between("", as_of)),
            "applications": sum(f[("applications", "total")] for d, f in held.days.items() if d <= as_of)}
    return progress_from_done(done, targets, as_of)


def daily(held: Held, day: str) -> dict[str, Any]:
    day = check_day(day)
    return {"date": day, "sessions": held.sessions_between(day, day), **held.day(day)}


def period(held: Held, first: str, last: str, targets: Targets, kind: str) -> dict[str, Any]:
    sessions = held.sessions_between(first, last)
    return {
        "kind": kind, "from": first, "to": last, "sessions": sessions, "session_counts": session_counts(sessions),
        **held.figures_between(first, last),
        "days": [{"date": d, **held.day(d)} for d in sorted(held.days) if first <= d <= last],
        "progress": progress(held, targets, last),
    }


def monthly(held: Held, month: str, targets: Targets) -> dict[str, Any]:
    first, last = (d.isoformat() for d in _month_days(check_month(month)))
    return {"month": month, **period(held, first, last, targets, "monthly")}


def completion(held: Held, targets: Targets) -> dict[str, Any]:
    report = period(held, targets.start, targets.contract_end, targets, "completion")
    report["months"] = []
    for month in sorted({d["date"][:7] for d in report["days"]}):
        first, last = (d.isoformat() for d in _month_days(month))
        first, last = max(first, targets.start), min(last, targets.contract_end)
        report["months"].append({"month": month, "session_counts": session_counts(held.sessions_between(first, last)),
                                 **held.figures_between(first, last)})
    return report


def overview(held: Held, targets: Targets, as_of: str) -> dict[str, Any]:
    """What the dashboard's first page shows: the contract period's figures and sessions (as the
    completion report has them, without its day and month lists), and progress as of `as_of`."""
    first, last = targets.start, targets.contract_end
    return {"sessions": held.sessions_between(first, last), **held.figures_between(first, last),
            "progress": progress(held, targets, as_of)}


def month_figures(held: Held, month: str) -> dict[str, Any]:
    """A calendar month's figures (the monthly report's, without its sessions and days)."""
    first, last = (d.isoformat() for d in _month_days(check_month(month)))
    return held.figures_between(first, last)


def compute(held: Held, kind: str, targets: Targets, day: str | None = None, month: str | None = None
            ) -> dict[str, Any]:
    """What kiosk/reports/render.compute returns for the same kind, from the aggregates."""
    from kiosk.reports.render import ReportError, check_args

    check_args(kind, "json", day, month, None)  # the same refusals as `kiosk report`
    try:
        if kind == "daily":
            return daily(held, day or "")
        if kind == "monthly":
            return monthly(held, month or "", targets)
        return completion(held, targets)
    except ReportPeriodError as exc:
        raise ReportError(str(exc)) from None
