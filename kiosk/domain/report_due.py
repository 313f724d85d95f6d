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


def reports_due(events: Iterable[Event], today: str, submitted: set[str], is_holiday: HolidayPredicate
                ) -> list[dict[str, Any]]:
    """Each session day up to `today`: its due date and whether its report is submitted, due or late
    (late once `today` is past the due date and it is still not submitted)."""
    rows = []
    for d in (d for d in session_days(events) if d <= today):
        due = due_date(d, is_holiday)
        state = "submitted" if d in submitted else ("late" if today > due else "due")
        rows.append({"date": d, "due": due, "state": state})
    return rows
