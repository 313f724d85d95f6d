"""Today's tallies for the operator screen, counted from events (the same counting the reports use)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.domain.corrections import counted
from kiosk.domain.events import Event


@dataclass
class Tally:
    visitors: int = 0
    paper: int = 0
    online: int = 0
    insurance_link: int = 0
    public_funds_account: int = 0
    smartphone_consult: int = 0
    surveys: int = 0
    photos: int = 0
    printed_pages: int = 0
    other: int = 0

    @property
    def applications(self) -> int:
        return self.paper + self.online

    def add(self, event: Event, sign: int = 1) -> None:
        """Count the event (sign -1: take it back out, when it is voided)."""
        t = event.type
        if t == "visitor":
            self.visitors += sign
        elif t == "application":
            if event.data["route"] == "paper":
                self.paper += sign
            else:
                self.online += sign
        elif t in ("insurance_link", "public_funds_account", "smartphone_consult"):
            setattr(self, t, getattr(self, t) + sign)
        elif t == "survey":
            self.surveys += sign
        elif t == "photo":
            self.photos += sign
        elif t == "print":
            self.printed_pages += sign * int(event.data["pages"])
        elif t == "other":
            self.other += sign


def tally(events: Iterable[Event], local_date: str | None = None, session: str | None = None) -> Tally:
    """Count events, optionally only those of one Japan-local date and/or one session."""
    result = Tally()
    for event in counted(events):
        if local_date is not None and event.local_date != local_date:
            continue
        if session is not None and event.session != session:
            continue
        result.add(event)
    return result
