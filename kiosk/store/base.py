"""The one interface every event log implements: the UI, the CLI and sync record and read events
only through it. `append` returns only once the event is durable, so "done" on screen is true."""

from __future__ import annotations

from typing import Protocol

from kiosk.domain.events import Event


class StoreError(RuntimeError):
    """A problem with the local store, with a bilingual message fit to show the operator."""


class EventLog(Protocol):
    device_id: str  # who wrote the events ("" for a log that never leaves memory)

    def append(self, event: Event) -> int:
        """Record the event durably and return its per-device sequence number (1, 2, …)."""
        ...

    def events(self, after_seq: int = 0) -> list[tuple[int, Event]]:
        """Events with sequence numbers greater than after_seq, in order."""
        ...

    def close(self) -> None: ...
