"""The booth's working state, without Qt: today's session, the reception queue, the applicant at the
desk and their journey. The UI is a view on this object; the CLI and the tests drive it directly.

Everything reportable goes through `EventLog.append` before a method returns, and on start-up the
state is rebuilt from the log, so a restart loses neither the open session nor the ticket numbers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from kiosk.domain.events import JST, SESSION_KINDS, Event, make_event
from kiosk.domain.journey import Journey
from kiosk.domain.session import BoothSession, sessions_from_events
from kiosk.domain.tally import Tally, tally
from kiosk.domain.wait import WaitEstimate, estimate_wait
from kiosk.store.base import EventLog


class BoothError(RuntimeError):
    """An operator action that cannot be done now; the message is bilingual and says why."""


Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Booth:
    def __init__(self, log: EventLog, booth_id: str, clock: Clock = _utc_now) -> None:
        self.log = log
        self.booth_id = booth_id
        self.clock = clock
        self.session: BoothSession | None = None
        self.queue: deque[Journey] = deque()
        self.current: Journey | None = None
        self._next_ticket = 1
        self._listeners: list[Callable[[Event], None]] = []
        self._tally_date = ""
        self._tally = Tally()
        self.session_days: set[str] = set()  # Japan-local dates with a session (for report due dates)
        self.service_seconds: dict[str, list[float]] = {}  # Japan date -> finished journeys' lengths (wait)
        self._called_at: datetime | None = None
        self._restore()

    # -- state from the log -------------------------------------------------------------------------
    def _restore(self) -> None:
        events = [e for _, e in self.log.events()]
        self._tally_date = self.local_today()
        self._tally = tally(events, local_date=self._tally_date)
        self.session_days = {e.local_date for e in events if e.type == "session_open"}
        open_sessions = [s for s in sessions_from_events(events).values() if s.closed_at is None]
        if open_sessions:
            self.session = max(open_sessions, key=lambda s: s.opened_at)
            tickets = [e.data.get("ticket", 0) for e in events if e.type == "visitor" and e.session == self.session.session]
            self._next_ticket = max(tickets, default=0) + 1

    def subscribe(self, listener: Callable[[Event], None]) -> None:
        """Called after each event is durably recorded (the UI refreshes its tallies)."""
        self._listeners.append(listener)

    def _record(self, etype: str, **fields: Any) -> Event:
        if self.session is None:
            raise BoothError("開催回が開始されていません / no booth session is open")
        event = make_event(etype, self.session.session, at=self.clock(), **fields)
        self.log.append(event)
        self._counted(event)
        return event

    def _counted(self, event: Event) -> None:
        """Keep today's tally current without re-reading the whole log on every tap."""
        if event.local_date == self._tally_date:
            self._tally.add(event)
        if event.type == "session_open":
            self.session_days.add(event.local_date)
        for listener in self._listeners:
            listener(event)

    # -- sessions -------------------------------------------------------------------------------------
    def open_session(self, venue: str, municipality: str, kind: str, large_venue: bool) -> BoothSession:
        if self.session is not None:
            raise BoothError("開催回はすでに開始されています / a booth session is already open")
        if not venue.strip() or not municipality.strip():
            raise BoothError("会場名と市町村名を入力してください / enter the venue and the municipality")
        if kind not in SESSION_KINDS:
            raise BoothError(f"unknown session kind {kind!r}")
        now = self.clock()
        known = sessions_from_events([e for _, e in self.log.events()])
        # unique across kiosks even when two keep the default booth id: the store's device id is in it;
        # the date is Japan's, as in the reports
        device = self.log.device_id
        stem = f"{self.booth_id}{'.' + device[-6:] if device else ''}-{now.astimezone(JST).strftime('%Y%m%d')}"
        n = 1 + sum(1 for s in known if s.startswith(stem))
        session_id = f"{stem}-{n}"
        event = make_event(
            "session_open", session_id, at=now,
            venue=venue.strip(), municipality=municipality.strip(), kind=kind, large_venue=large_venue,
        )
        self.log.append(event)
        self.session = BoothSession.from_open_event(event)
        self._next_ticket = 1
        self._counted(event)
        return self.session

    def close_session(self) -> None:
        if self.current is not None or self.queue:
            raise BoothError(
                "受付中の来場者がいます。先に対応を終えてください / visitors are still waiting or at the desk"
            )
        self._record("session_close")
        self.session = None

    # -- reception and journeys -------------------------------------------------------------------------
    def receive_visitor(self, services: list[str]) -> Journey:
        """Give the visitor the next number and put them in the queue."""
        if self.session is None:
            raise BoothError("開催回が開始されていません / no booth session is open")
        journey = Journey(ticket=self._next_ticket, services=tuple(services))
        self._record("visitor", ticket=journey.ticket, services=list(services))
        self._next_ticket += 1
        self.queue.append(journey)
        return journey

    def call_next(self) -> Journey:
        if self.current is not None:
            raise BoothError("対応中の申請者がいます / finish the current applicant first")
        if not self.queue:
            raise BoothError("待っている来場者はいません / nobody is waiting")
        self.current = self.queue.popleft()
        self._called_at = self.clock()
        return self.current

    def set_age_band(self, band: str) -> None:
        journey = self._require_current()
        from kiosk.domain.age import is_age_band

        if not is_age_band(band):
            raise BoothError(f"unknown age band {band!r}")
        journey.age_band = band

    def complete_step(self, step: str, **fields: Any) -> Event:
        journey = self._require_current()
        try:
            etype, payload = journey.record(step, **fields)
        except ValueError as exc:
            raise BoothError(str(exc)) from exc
        return self._record(etype, **payload)

    def record_print(self, pages: int) -> Event:
        """Printed pages count per session whether or not an applicant is at the desk."""
        return self._record("print", pages=pages)

    def end_journey(self) -> dict[str, Any]:
        """Finish with the applicant: return the summary and forget everything about them."""
        journey = self._require_current()
        summary = journey.summary()
        self.current = None
        if self._called_at is not None:
            self.service_seconds.setdefault(self.local_today(), []).append((self.clock() - self._called_at).total_seconds())
        return summary

    def _require_current(self) -> Journey:
        if self.current is None:
            raise BoothError("対応中の申請者がいません / no applicant at the desk")
        return self.current

    # -- figures ----------------------------------------------------------------------------------------
    def local_today(self) -> str:
        return self.clock().astimezone(JST).date().isoformat()

    def wait(self) -> WaitEstimate:
        """The wait for someone joining the queue now (kiosk/domain/wait.py)."""
        return estimate_wait(self.service_seconds.get(self.local_today(), []), len(self.queue), self.current is not None)

    def today(self) -> Tally:
        """Today's figures (Japan time); read from the log again only when the date has changed."""
        date = self.local_today()
        if date != self._tally_date:
            self._tally_date = date
            self._tally = tally((e for _, e in self.log.events()), local_date=date)
        return self._tally
