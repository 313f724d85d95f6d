"""The contract's reports (仕様書 8(6)), computed from events only: the same code runs on the kiosk
(`kiosk report`) and at HQ (`kiosk-hq report`), so both give the same figures.

Daily (日次報告書) for one Japan-local date, monthly (月次報告書) and completion (委託業務完了報告書)
reports with the items of 8(6)ロ, plus progress against the contract targets. Survey free text is
personal data: reports count comments, they never carry them. Voided events count nowhere
(kiosk/domain/corrections.py) and sessions are shown as their latest session_update left them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kiosk.domain.age import AGE_BANDS
from kiosk.domain.corrections import counted
from kiosk.domain.events import JST, Event
from kiosk.domain.report_due import REPORT_DAYS_DUE, due_date, reports_due  # noqa: F401 (re-exported)
from kiosk.domain.session import BoothSession, sessions_from_events

BOOTH_KINDS = ("support", "mobile")  # 申請サポート (incl. 出張申請 held with it) count toward the 55


@dataclass(frozen=True)
class Targets:
    """The contract's targets (assets/contract.toml); configuration, not code."""

    booth_sessions: int = 55
    large_venue_sessions: int = 15
    applications: int = 2000
    smartphone_sessions: int = 15
    start: str = "2024-06-01"
    support_end: str = "2024-12-31"
    contract_end: str = "2025-03-07"


class ReportPeriodError(ValueError):
    """A report date or month that is not a real one; the message is bilingual."""


def check_day(day: str) -> str:
    """The day if it is a real YYYY-MM-DD date, else ReportPeriodError."""
    try:
        if len(day) == 10:
            return date.fromisoformat(day).isoformat()
    except ValueError:
        pass
    raise ReportPeriodError(f"日付は YYYY-MM-DD で指定してください / the date must be YYYY-MM-DD (got {day!r})")


def check_month(month: str) -> str:
    """The month if it is a real YYYY-MM month, else ReportPeriodError."""
    try:
        if len(month) == 7:
            return date.fromisoformat(f"{month}-01").isoformat()[:7]
    except ValueError:
        pass
    raise ReportPeriodError(f"月は YYYY-MM で指定してください / the month must be YYYY-MM (got {month!r})")


def session_row(s: BoothSession) -> dict[str, Any]:
    """A session as every report lists it (HQ builds the same rows from its aggregates)."""
    return {
        "session": s.session, "date": s.opened_at.astimezone(JST).date().isoformat(), "venue": s.venue,
        "municipality": s.municipality, "kind": s.kind, "large_venue": s.large_venue,
        "start": s.opened_at.astimezone(JST).isoformat(),
        "end": s.closed_at.astimezone(JST).isoformat() if s.closed_at else None,
        "hours": round((s.closed_at - s.opened_at).total_seconds() / 3600, 2) if s.closed_at else None,
    }


def sort_session_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["start"], r["session"]))


def _session_rows(events: list[Event], keep: Callable[[str], bool]) -> list[dict[str, Any]]:
    return sort_session_rows(r for r in map(session_row, sessions_from_events(events).values()) if keep(r["date"]))


def _figures(events: Iterable[Event]) -> dict[str, Any]:
    """Every count the reports carry, over the given events."""
    apps = {"total": 0, "paper": 0, "online": 0}
    by_band: dict[str, dict[str, int]] = {}
    assists = Counter()
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    assists_by_band: dict[str, Counter[str]] = defaultdict(Counter)
    survey_by_band: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    survey_responses = Counter()
    other = Counter()
    visitors = photos = pages = comments = 0
    for e in events:
        t, d = e.type, e.data
        if t == "visitor":
            visitors += 1
        elif t == "application":
            apps["total"] += 1
            apps[d["route"]] += 1
            band = by_band.setdefault(d["age_band"], {"paper": 0, "online": 0})
            band[d["route"]] += 1
        elif t in ("insurance_link", "public_funds_account", "smartphone_consult"):
            assists[t] += 1
            assists_by_band[t][d["age_band"]] += 1
            outcomes[t][d.get("outcome", "done")] += 1
        elif t == "survey":
            survey_responses[d["age_band"]] += 1
            comments += bool(str(d.get("free_text", "")).strip())
            for qid, answer in d["answers"].items():
                for choice in answer if isinstance(answer, list) else [answer]:
                    survey_by_band[d["age_band"]][qid][choice] += 1
        elif t == "other":
            other[d["category"]] += 1
        elif t == "photo":
            photos += 1
        elif t == "print":
            pages += int(d["pages"])
    order = {b: i for i, b in enumerate(AGE_BANDS)}
    return {
        "visitors": visitors,
        "applications": {**apps, "by_age_band": {b: by_band[b] for b in sorted(by_band, key=order.get)}},
        "insurance_link": assists["insurance_link"],
        "public_funds_account": assists["public_funds_account"],
        "smartphone_consult": assists["smartphone_consult"],
        "assistance_by_age_band": {k: dict(sorted(v.items(), key=lambda kv: order[kv[0]])) for k, v in assists_by_band.items()},
        "assistance_outcomes": {k: dict(v) for k, v in outcomes.items()},
        "survey": {
            "responses": sum(survey_responses.values()),
            "comments": comments,
            "responses_by_age_band": {b: survey_responses[b] for b in sorted(survey_responses, key=order.get)},
            "by_age_band": {b: {q: dict(c) for q, c in survey_by_band[b].items()}
                            for b in sorted(survey_by_band, key=order.get)},
        },
        "other": dict(sorted(other.items())),
        "photos": photos,
        "printed_pages": pages,
    }


figures = _figures  # HQ keeps one per device and day (sync/hq/aggregates.py) and adds them up


def add_figures(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """The figures of two disjoint sets of events added up: equal to `figures` over their union
    (every figure is a count), in the same order as `figures` lists age bands and categories."""
    total = _add(a, b)
    order = {band: i for i, band in enumerate(AGE_BANDS)}

    def bands(d: dict[str, Any]) -> dict[str, Any]:
        return {k: d[k] for k in sorted(d, key=order.get)}

    total["applications"]["by_age_band"] = bands(total["applications"]["by_age_band"])
    total["assistance_by_age_band"] = {k: bands(v) for k, v in total["assistance_by_age_band"].items()}
    for key in ("responses_by_age_band", "by_age_band"):
        total["survey"][key] = bands(total["survey"][key])
    total["other"] = dict(sorted(total["other"].items()))
    return total


def _add(a: Any, b: Any) -> Any:
    if isinstance(a, dict):
        return {k: _add(a[k], b[k]) if k in a and k in b else _copy(a[k] if k in a else b[k]) for k in {**a, **b}}
    return a + b


def _copy(value: Any) -> Any:
    return {k: _copy(v) for k, v in value.items()} if isinstance(value, dict) else value


def daily_report(events: Iterable[Event], day: str) -> dict[str, Any]:
    """日次報告書 for one Japan-local date (YYYY-MM-DD)."""
    events = counted(events)
    day = check_day(day)
    todays = [e for e in events if e.local_date == day]
    return {"date": day, "sessions": _session_rows(events, lambda d: d == day), **_figures(todays)}


def _month_days(month: str) -> tuple[date, date]:
    first = date.fromisoformat(f"{month}-01")
    nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, nxt - timedelta(days=1)


def session_counts(sessions: list[dict[str, Any]]) -> dict[str, int]:
    booth = [s for s in sessions if s["kind"] in BOOTH_KINDS]
    return {
        "booth_sessions": len(booth),
        "large_venue_sessions": sum(1 for s in booth if s["large_venue"]),
        "smartphone_sessions": sum(1 for s in sessions if s["kind"] == "smartphone_class"),
    }


def progress(events: list[Event], targets: Targets, as_of: str) -> dict[str, Any]:
    """Each target: done so far, target, share, and the pace per week still needed by the support end."""
    events = counted(events)
    sessions = _session_rows(events, lambda d: d <= as_of)
    applications = sum(1 for e in events if e.type == "application" and e.local_date <= as_of)
    return progress_from_done({**session_counts(sessions), "applications": applications}, targets, as_of)


def progress_from_done(done: dict[str, int], targets: Targets, as_of: str) -> dict[str, Any]:
    """progress() from what is done so far (HQ counts it from its aggregates)."""
    end = date.fromisoformat(targets.support_end)
    weeks_left = max((end - date.fromisoformat(as_of)).days, 0) / 7
    rows = {}
    for key in ("booth_sessions", "large_venue_sessions", "applications", "smartphone_sessions"):
        target = getattr(targets, key)
        remaining = max(target - done[key], 0)
        rows[key] = {
            "done": done[key], "target": target, "ratio": round(done[key] / target, 4) if target else 1.0,
            "remaining": remaining,
            "needed_per_week": (round(remaining / weeks_left, 2) if weeks_left else (None if remaining else 0.0)),
            "met": done[key] >= target,
        }
    return {"as_of": as_of, "support_end": targets.support_end, "contract_end": targets.contract_end, "targets": rows}


def _by_date(events: Iterable[Event]) -> dict[str, list[Event]]:
    """Events grouped by their Japan-local date: each day's and month's figures come from here
    without rescanning every event (a contract's 100,000 events, a row per day and month)."""
    groups: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        groups[e.local_date].append(e)
    return groups


def _period(by_day: dict[str, list[Event]], sessions: list[dict[str, Any]], first: str,
            last: str) -> tuple[list[str], list[Event], list[dict[str, Any]]]:
    """The days with events, the events and the session rows from `first` to `last` (inclusive)."""
    days = sorted(d for d in by_day if first <= d <= last)
    return days, [e for d in days for e in by_day[d]], [r for r in sessions if first <= r["date"] <= last]


def period_report(events: Iterable[Event], first: str, last: str, targets: Targets, kind: str) -> dict[str, Any]:
    events = counted(events)
    return _period_report(events, _by_date(events), first, last, targets, kind)


def _period_report(events: list[Event], by_day: dict[str, list[Event]], first: str, last: str, targets: Targets,
                   kind: str) -> dict[str, Any]:
    days, inside, sessions = _period(by_day, _session_rows(events, lambda _d: True), first, last)
    return {
        "kind": kind, "from": first, "to": last, "sessions": sessions, "session_counts": session_counts(sessions),
        **_figures(inside),
        "days": [{"date": d, **_figures(by_day[d])} for d in days],
        "progress": progress(events, targets, last),
    }


def monthly_report(events: Iterable[Event], month: str, targets: Targets) -> dict[str, Any]:
    """月次報告書 for YYYY-MM: the month's items, its days, and progress as of the month's end."""
    first, last = _month_days(check_month(month))
    return {"month": month, **period_report(events, first.isoformat(), last.isoformat(), targets, "monthly")}


def completion_report(events: Iterable[Event], targets: Targets) -> dict[str, Any]:
    """委託業務完了報告書: everything from the contract start to its end, with a row per month."""
    events = counted(events)
    by_day = _by_date(events)
    report = _period_report(events, by_day, targets.start, targets.contract_end, targets, "completion")
    report["months"] = []
    for month in sorted({d["date"][:7] for d in report["days"]}):
        first, last = (d.isoformat() for d in _month_days(month))
        first, last = max(first, targets.start), min(last, targets.contract_end)
        _days, inside, sessions = _period(by_day, report["sessions"], first, last)
        report["months"].append({"month": month, "session_counts": session_counts(sessions), **_figures(inside)})
    return report
