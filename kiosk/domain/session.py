"""Booth sessions (開催回): one day's booth at one venue."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.domain.events import SESSION_KINDS, Event

SESSION_KIND_LABELS: dict[str, tuple[str, str]] = {
    "support": ("申請サポート", "Application support"),
    "mobile": ("市町村と連携した出張申請", "Mobile application with the municipality"),
    "smartphone_class": ("スマホ相談会", "Smartphone consultation class"),
}
assert set(SESSION_KIND_LABELS) == set(SESSION_KINDS)


@dataclass(frozen=True)
class BoothSession:
    session: str
    venue: str
    municipality: str
    kind: str
    large_venue: bool
    opened_at: datetime
    closed_at: datetime | None = None

    @classmethod
    def from_open_event(cls, event: Event) -> BoothSession:
        d = event.data
        return cls(event.session, d["venue"], d["municipality"], d["kind"], d["large_venue"], event.at)


def sessions_from_events(events: list[Event]) -> dict[str, BoothSession]:
    """Every session the events mention, with its close time if it was closed, and its venue,
    municipality, kind and size as the latest session_update (by time, then order) left them."""
    sessions: dict[str, BoothSession] = {}
    updates: list[Event] = []
    for event in events:
        if event.type == "session_open" and event.session not in sessions:
            sessions[event.session] = BoothSession.from_open_event(event)
        elif event.type == "session_close" and event.session in sessions:
            sessions[event.session] = replace(sessions[event.session], closed_at=event.at)
        elif event.type == "session_update":
            updates.append(event)
    for update in sorted(updates, key=lambda e: e.at):  # stable: the same moment keeps the log's order
        if update.session in sessions:
            fields = {k: update.data[k] for k in ("venue", "municipality", "kind", "large_venue") if k in update.data}
            sessions[update.session] = replace(sessions[update.session], **fields)
    return sessions
