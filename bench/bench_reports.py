"""How long the contract's reports take over a whole contract's events: compute (daily, monthly,
completion) and write (JSON, XLSX, PDF). Run: .venv/bin/python bench/bench_reports.py [sessions]"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.domain.age import AGE_BANDS  # noqa: E402
from kiosk.domain.events import make_event  # noqa: E402
from kiosk.domain.report import completion_report, daily_report, monthly_report  # noqa: E402
from kiosk.reports.config import load_targets  # noqa: E402
from kiosk.reports.render import write  # noqa: E402

JST = timezone(timedelta(hours=9))


def contract_events(sessions: int, per_session: int = 80) -> list:
    """`sessions` booth days from July 2024, each with `per_session` applicants doing a few steps."""
    rng = random.Random(1)
    events = []
    for i in range(sessions):
        day = date(2024, 7, 1) + timedelta(days=i * 180 // sessions)
        at = datetime(day.year, day.month, day.day, 9, tzinfo=JST)
        sid = f"S{i}"
        events.append(make_event("session_open", sid, at, venue=f"会場{i}", municipality="仙台市",
                                 kind=rng.choice(["support", "mobile", "smartphone_class"]), large_venue=i % 4 == 0))
        for k in range(per_session):
            t = at + timedelta(minutes=k * 4)
            band = rng.choice(AGE_BANDS)
            events.append(make_event("visitor", sid, t))
            events.append(make_event("application", sid, t, route=rng.choice(["paper", "online"]), age_band=band))
            events.append(make_event("insurance_link", sid, t, age_band=band))
            events.append(make_event("survey", sid, t, age_band=band,
                                     answers={"heard": rng.choice(["flyer", "friend"]), "want": ["konbini", "etax"]}))
        events.append(make_event("session_close", sid, at + timedelta(hours=7)))
    return events


def timed(label: str, fn) -> object:
    start = time.perf_counter()
    result = fn()
    print(f"{label:42} {(time.perf_counter() - start) * 1000:9.1f} ms")
    return result


def main() -> None:
    sessions = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    events = contract_events(sessions)
    targets = load_targets()
    print(f"{len(events)} events, {sessions} sessions")
    timed("daily report (compute)", lambda: daily_report(events, "2024-10-01"))
    monthly = timed("monthly report (compute)", lambda: monthly_report(events, "2024-10", targets))
    done = timed("completion report (compute)", lambda: completion_report(events, targets))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        timed("completion JSON", lambda: write(done, "completion", "json", out / "c.json"))
        timed("completion XLSX", lambda: write(done, "completion", "xlsx", out / "c.xlsx"))
        timed("completion PDF", lambda: write(done, "completion", "pdf", out / "c.pdf"))
        timed("monthly PDF", lambda: write(monthly, "monthly", "pdf", out / "m.pdf"))


if __name__ == "__main__":
    main()
