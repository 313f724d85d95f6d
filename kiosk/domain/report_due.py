"""When each daily report (日次報告書) is due: 3 business days after its session day (仕様書 7(3)ロ).

The holiday calendar is a parameter (`is_holiday`), not an import: the domain stays free of
third-party data that changes by release (holidays are legislated year by year), HQ and the kiosk
pass the same maintained calendar (`kiosk.reports.config.is_japanese_holiday`, from `holidays`),
and tests can pass a fixed one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any

from kiosk.domain.corrections import counted
from kiosk.domain.events import JST, Event
from kiosk.domain.session import sessions_from_events

REPORT_DAYS_DUE = 3  # 日次報告書: within 3 business days

HolidayPredicate = Callable[[date], bool]


def is_business_day(day: date, is_holiday: HolidayPredicate) -> bool:
    return day.weekday() < 5 and not is_holiday(day)


def due_date(session_day: str, is_holiday: HolidayPredicate) -> str:
    """The daily report's due date: REPORT_DAYS_DUE business days after the session day (weekends
    and public holidays excluded)."""
    d = date.fromisoformat(session_day)
    left = REPORT_DAYS_DUE
    while left:
        d += timedelta(days=1)
        if is_business_day(d, is_holiday):
            left -= 1
    return d.isoformat()


def session_days(events: Iterable[Event]) -> list[str]:
    """The Japan-local dates on which a session was opened, in order."""
    opened = sessions_from_events(list(events)).values()
    return sorted({s.opened_at.astimezone(JST).date().isoformat() for s in opened})


def submitted_days(events: Iterable[Event]) -> set[str]:
    """The days whose daily report the booth marked handed in (report_submitted events; a void takes
    one back). They travel to HQ with the other events, so kiosk and HQ keep one list."""
    return {e.data["date"] for e in counted(events) if e.type == "report_submitted"}


def reports_due(events: Iterable[Event], today: str, submitted: set[str], is_holiday: HolidayPredicate
                ) -> list[dict[str, Any]]:
    """Each session day up to `today`: its due date and whether its report is submitted, due or late
    (late once `today` is past the due date and it is still not submitted)."""
    return reports_due_for_days(session_days(events), today, submitted, is_holiday)


def reports_due_for_days(days: Iterable[str], today: str, submitted: set[str], is_holiday: HolidayPredicate
                         ) -> list[dict[str, Any]]:
    """reports_due() from the session days alone (the booth keeps them, so no need to read the log)."""
    rows = []
    for d in sorted(d for d in set(days) if d <= today):
        due = due_date(d, is_holiday)
        state = "submitted" if d in submitted else ("late" if today > due else "due")
        rows.append({"date": d, "due": due, "state": state})
    return rows


def business_days_left(today: str, due: str, is_holiday: HolidayPredicate) -> int:
    """Business days after `today` up to and including `due` (0 on the due date; negative when late:
    minus the business days since the due date)."""
    a, b = date.fromisoformat(today), date.fromisoformat(due)
    sign = 1 if b >= a else -1
    lo, hi = (a, b) if sign > 0 else (b, a)
    days = sum(1 for n in range(1, (hi - lo).days + 1) if is_business_day(lo + timedelta(days=n), is_holiday))
    return sign * days


def open_reports(days: Iterable[str], today: str, submitted: set[str], is_holiday: HolidayPredicate
                 ) -> list[dict[str, Any]]:
    """The daily reports of these session days still to hand in, most urgent first, each with
    `days_left` (business days; negative when late)."""
    rows = [{**r, "days_left": business_days_left(today, r["due"], is_holiday)}
            for r in reports_due_for_days(days, today, submitted, is_holiday) if r["state"] != "submitted"]
    return sorted(rows, key=lambda r: (r["due"], r["date"]))
