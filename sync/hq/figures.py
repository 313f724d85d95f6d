"""The contract's reports from HQ's aggregates (aggregates.py): the same dicts kiosk/domain/report.py
computes from events, built from each device's day figures and sessions with the domain's own pieces
(add_figures, session_row, session_counts, progress_from_done). tests/hq/test_aggregates.py holds
them equal to the domain's reports over the decrypted events."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
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
from sync.hq.models import DayFigures, DeviceSession


@dataclass(frozen=True)
class Held:
    """All of HQ's aggregates, read once per page or report: figures per day (all devices added up)
    and every session's report row."""

    days: dict[str, dict[str, Any]]
    sessions: list[dict[str, Any]]

    def figures_between(self, first: str, last: str) -> dict[str, Any]:
        total = figures([])
        for d in sorted(self.days):
            if first <= d <= last:
                total = add_figures(total, self.days[d])
        return total

    def sessions_between(self, first: str, last: str) -> list[dict[str, Any]]:
        return [r for r in self.sessions if first <= r["date"] <= last]

    def until(self, day: str) -> Held:
        """What was held up to that day (the dashboard's as-of view)."""
        return Held({d: f for d, f in self.days.items() if d <= day}, self.sessions_between("", day))


def load(session: Session) -> Held:
    per_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for day, raw in session.execute(select(DayFigures.day, DayFigures.figures)):
        per_day[day].append(json.loads(raw))
    days = {}
    for day, figs in per_day.items():
        total = figs[0]
        for f in figs[1:]:
            total = add_figures(total, f)
        days[day] = total
    rows = session.scalars(select(DeviceSession).order_by(DeviceSession.device_id)).all()
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        owners[r.session].add(r.device_id)
    sessions = []
    for r in rows:  # a session id two devices used is made each one's, as sync/hq/report.py does
        name = f"{r.session}@{r.device_id}" if len(owners[r.session]) > 1 else r.session
        sessions.append(session_row(BoothSession(
            name, r.venue, r.municipality, r.kind, r.large_venue, datetime.fromisoformat(r.opened_at),
            datetime.fromisoformat(r.closed_at) if r.closed_at else None)))
    return Held(days, sort_session_rows(sessions))


def progress(held: Held, targets: Targets, as_of: str) -> dict[str, Any]:
    done = {**session_counts(held.sessions_between("", as_of)),
            "applications": sum(f["applications"]["total"] for d, f in held.days.items() if d <= as_of)}
    return progress_from_done(done, targets, as_of)


def daily(held: Held, day: str) -> dict[str, Any]:
    day = check_day(day)
    return {"date": day, "sessions": held.sessions_between(day, day), **held.days.get(day, figures([]))}


def period(held: Held, first: str, last: str, targets: Targets, kind: str) -> dict[str, Any]:
    sessions = held.sessions_between(first, last)
    return {
        "kind": kind, "from": first, "to": last, "sessions": sessions, "session_counts": session_counts(sessions),
        **held.figures_between(first, last),
        "days": [{"date": d, **held.days[d]} for d in sorted(held.days) if first <= d <= last],
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
