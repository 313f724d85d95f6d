"""An event log that lives only in memory: for the demo without a passphrase and for tests of the
layers above the store. It writes nothing to disk, so it can hold nothing in plaintext there."""

from __future__ import annotations

from kiosk.domain.events import Event


class MemoryEventLog:
    def __init__(self, device_id: str = "") -> None:
        self.device_id = device_id
        self._events: list[Event] = []

    def append(self, event: Event) -> int:
        self._events.append(event)
        return len(self._events)

    def events(self, after_seq: int = 0) -> list[tuple[int, Event]]:
        return [(i + 1, e) for i, e in enumerate(self._events) if i + 1 > after_seq]

    def close(self) -> None:
        pass
