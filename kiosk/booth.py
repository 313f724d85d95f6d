"""The booth's working state, without Qt: today's session, the reception queue, the applicant at the
desk and their journey. The UI is a view on this object; the CLI and the tests drive it directly.

Everything reportable goes through `EventLog.append` before a method returns, and on start-up the
state is rebuilt from the log, so a restart loses neither the open session nor the ticket numbers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from kiosk.domain.events import JST, SESSION_KINDS, Event, make_event
from kiosk.domain.journey import AGE_BAND_REASON, UNDO_REASON, Journey
from kiosk.domain.report_due import submitted_days
from kiosk.domain.session import BoothSession, sessions_from_events
from kiosk.domain.tally import Tally, tally
from kiosk.domain.wait import WaitEstimate, estimate_wait
from kiosk.store.base import EventLog


class BoothError(RuntimeError):
    """An operator action that cannot be done now; the message is bilingual and says why (the CLI, the
    logs). Its code and params let the UI say it in the screen's one language (kiosk/ui/messages.py)."""

    def __init__(self, message: str, code: str = "", **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


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
        self.submitted_days: set[str] = set()  # days whose daily report was marked handed in
        self._restore()
        # wait() as of the last change to the queue, the desk or today's finished journeys, for other
        # threads (the sync's status for HQ): they read this one immutable value instead of calling
        # wait(), which reads the deque, the desk and the lengths while the UI thread changes them
        self.last_wait: WaitEstimate = self.wait()

    # -- state from the log -------------------------------------------------------------------------
    def _restore(self) -> None:
        events = [e for _, e in self.log.events()]
        self._tally_date = self.local_today()
        self._tally = tally(events, local_date=self._tally_date)
        self.session_days = {e.local_date for e in events if e.type == "session_open"}
        self.submitted_days = submitted_days(events)
        open_sessions = [s for s in sessions_from_events(events).values() if s.closed_at is None]
        if open_sessions:
            self.session = max(open_sessions, key=lambda s: s.opened_at)
            tickets = [e.data.get("ticket", 0) for e in events if e.type == "visitor" and e.session == self.session.session]
            self._next_ticket = max(tickets, default=0) + 1

    def subscribe(self, listener: Callable[[Event], None]) -> None:
        """Called after each event is durably recorded (the UI refreshes its tallies)."""
        self._listeners.append(listener)

    def _record(self, etype: str, at: datetime | None = None, **fields: Any) -> Event:
        if self.session is None:
            raise BoothError("開催回が開始されていません / no booth session is open", "no_session")
        event = make_event(etype, self.session.session, at=at or self.clock(), **fields)
        self.log.append(event)
        self._counted(event)
        return event

    def _void(self, target: Event, reason: str) -> Event:
        """Take a recorded event out of every figure; it stays in the log, with the void after it."""
        if target.local_date == self._tally_date:
            self._tally.add(target, -1)  # before the void's listeners read the tally
        try:
            return self._record("void", voids=target.id, reason=reason)
        except BaseException:
            if target.local_date == self._tally_date:
                self._tally.add(target)  # not recorded: still counted
            raise

    def _counted(self, event: Event) -> None:
        """Keep today's tally current without re-reading the whole log on every tap."""
        if event.local_date == self._tally_date:
            self._tally.add(event)
        if event.type == "session_open":
            self.session_days.add(event.local_date)
        elif event.type == "report_submitted":
            self.submitted_days.add(event.data["date"])
        for listener in self._listeners:
            listener(event)

    # -- sessions -------------------------------------------------------------------------------------
    def open_session(self, venue: str, municipality: str, kind: str, large_venue: bool) -> BoothSession:
        if self.session is not None:
            raise BoothError("開催回はすでに開始されています / a booth session is already open", "already_open")
        if not venue.strip() or not municipality.strip():
            raise BoothError("会場名と市町村名を入力してください / enter the venue and the municipality",
                             "venue_missing")
        if kind not in SESSION_KINDS:
            raise BoothError(f"unknown session kind {kind!r}", "unknown_kind", kind=kind)
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

    def correct_session(self, venue: str, municipality: str, kind: str, large_venue: bool) -> Event | None:
        """Correct the open session's details after a typo: a session_update with what changed
        (None when nothing did). Reports show the session as corrected."""
        if self.session is None:
            raise BoothError("開催回が開始されていません / no booth session is open", "no_session")
        if not venue.strip() or not municipality.strip():
            raise BoothError("会場名と市町村名を入力してください / enter the venue and the municipality",
                             "venue_missing")
        if kind not in SESSION_KINDS:
            raise BoothError(f"unknown session kind {kind!r}", "unknown_kind", kind=kind)
        wanted = {"venue": venue.strip(), "municipality": municipality.strip(), "kind": kind,
                  "large_venue": large_venue}
        changed = {k: v for k, v in wanted.items() if getattr(self.session, k) != v}
        if not changed:
            return None
        event = self._record("session_update", reason="operator_correction", **changed)
        self.session = replace(self.session, **changed)
        return event

    def close_session(self) -> None:
        if self.current is not None or self.queue:
            raise BoothError(
                "受付中の来場者がいます。先に対応を終えてください / visitors are still waiting or at the desk",
                "visitors_left")
        self._record("session_close")
        self.session = None

    # -- reception and journeys -------------------------------------------------------------------------
    def receive_visitor(self, services: list[str]) -> Journey:
        """Give the visitor the next number and put them in the queue."""
        if self.session is None:
            raise BoothError("開催回が開始されていません / no booth session is open", "no_session")
        journey = Journey(ticket=self._next_ticket, services=tuple(services))
        journey.visitor = self._record("visitor", ticket=journey.ticket, services=list(services))
        self._next_ticket += 1
        self.queue.append(journey)
        self._waited()
        return journey

    def cancel_reception(self, ticket: int) -> Event:
        """A visitor received by mistake (a double tap on 受付する) and still waiting: void the visitor
        and take the number out of the queue (numbers are not given again)."""
        journey = next((j for j in self.queue if j.ticket == ticket), None)
        if journey is None or journey.visitor is None:
            raise BoothError(f"{ticket} 番は待っていません / No. {ticket} is not waiting", "not_waiting", ticket=ticket)
        void = self._void(journey.visitor, UNDO_REASON)
        self.queue.remove(journey)
        self._waited()
        return void

    def call_next(self) -> Journey:
        if self.current is not None:
            raise BoothError("対応中の申請者がいます / finish the current applicant first", "desk_busy")
        if not self.queue:
            raise BoothError("待っている来場者はいません / nobody is waiting", "nobody_waiting")
        self.current = self.queue.popleft()
        self._called_at = self.clock()
        self._waited()
        return self.current

    def set_age_band(self, band: str) -> list[Event]:
        """Set the applicant's age band; a correction voids each event already recorded with another
        band and records it again with this one, at its original time (not the survey: its band is
        the attendee's own answer). Returns the new events."""
        journey = self._require_current()
        from kiosk.domain.age import is_age_band

        if not is_age_band(band):
            raise BoothError(f"unknown age band {band!r}", "unknown_age_band", band=band)
        journey.age_band = band
        redone = []
        for i, (step, old) in enumerate(journey.recorded):
            # the survey carries the band the attendee chose themselves: their answer, not ours to change
            if step != "survey" and old.data.get("age_band", band) != band:
                self._void(old, AGE_BAND_REASON)
                new = self._record(old.type, at=old.at, **{**old.data, "age_band": band})
                journey.recorded[i] = (step, new)
                redone.append(new)
        return redone

    def complete_step(self, step: str, **fields: Any) -> Event:
        journey = self._require_current()
        try:
            etype, payload = journey.event(step, **fields)
        except ValueError as exc:
            raise BoothError(str(exc)) from exc
        event = self._record(etype, **payload)
        journey.recorded.append((step, event))
        return event

    def undo_step(self, step: str) -> Event:
        """Take back the applicant's last recording of a step (取り消す): returns the void."""
        journey = self._require_current()
        target = journey.last_event(step)
        if target is None:
            raise BoothError(f"{step} は記録されていません / {step} was not recorded for this applicant",
                             "step_not_recorded", step=step)
        void = self._void(target, UNDO_REASON)
        journey.forget(target)
        return void

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
        self._waited()
        return summary

    def _require_current(self) -> Journey:
        if self.current is None:
            raise BoothError("対応中の申請者がいません / no applicant at the desk", "no_applicant")
        return self.current

    # -- daily reports ---------------------------------------------------------------------------------
    def mark_report_submitted(self, day: str) -> Event:
        """Record that the day's daily report was handed in: only for a day whose sessions are all
        closed (its figures are final). The event travels to HQ with the next sync."""
        if day not in self.session_days:
            raise BoothError(f"{day} に開催回はありません / no session on {day}", "no_session_on_day", day=day)
        if self.session is not None and self.session.opened_at.astimezone(JST).date().isoformat() == day:
            raise BoothError(f"{day} の開催回はまだ終了していません / the session of {day} is still open",
                             "day_still_open", day=day)
        if day in self.submitted_days:
            raise BoothError(f"{day} は提出済みです / the report of {day} is already handed in",
                             "already_submitted", day=day)
        opened = [s for s in sessions_from_events([e for _, e in self.log.events()]).values()
                  if s.opened_at.astimezone(JST).date().isoformat() == day]
        last = max(opened, key=lambda s: s.opened_at)
        event = make_event("report_submitted", last.session, at=self.clock(), date=day)
        self.log.append(event)
        self._counted(event)
        return event

    # -- figures ----------------------------------------------------------------------------------------
    def local_today(self) -> str:
        return self.clock().astimezone(JST).date().isoformat()

    def wait(self) -> WaitEstimate:
        """The wait for someone joining the queue now (kiosk/domain/wait.py)."""
        return estimate_wait(self.service_seconds.get(self.local_today(), []), len(self.queue), self.current is not None)

    def _waited(self) -> None:
        self.last_wait = self.wait()  # one assignment: a reader on another thread sees the old or the new

    def today(self) -> Tally:
        """Today's figures (Japan time); read from the log again only when the date has changed."""
        date = self.local_today()
        if date != self._tally_date:
            self._tally_date = date
            self._tally = tally((e for _, e in self.log.events()), local_date=date)
        return self._tally
