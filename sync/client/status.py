"""The booth's live status for HQ's board (wire/status.py): built from the booth's working state,
signed by the store, sent after each sync and as a heartbeat. Nothing personal goes in it."""

from __future__ import annotations

import glob
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from kiosk.domain.session import BoothSession
from kiosk.domain.tally import Tally
from sync.client.transport import HQRejected, HQTransport, HQUnreachable
from wire.status import clean_status

log = logging.getLogger("kiosk.sync")
HEARTBEAT_S = 180.0

StatusProvider = Callable[[int], dict[str, Any]]  # backlog -> status


class BoothState(Protocol):
    session: BoothSession | None

    def today(self) -> Tally: ...


def camera_state(setting: str = "auto") -> str:
    """'ok' when a video device is present, 'demo' when the kiosk runs on the demo video, else 'none'."""
    if setting not in ("auto", "") and not setting.isdigit():
        return "demo"
    return "ok" if glob.glob("/dev/video*") else "none"


def booth_status(booth: BoothState, backlog: int, printer: str = "unknown", camera: str = "unknown",
                 wait_minutes: int | None = None) -> dict[str, Any]:
    """`printer`: "ok" or the scheduler's message; `camera`: camera_state()."""
    s, today = booth.session, booth.today()
    return clean_status({
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "session": {"id": s.session, "venue": s.venue, "opened_at": s.opened_at.isoformat()} if s else None,
        "visitors": today.visitors, "applications": today.applications, "backlog": backlog,
        "printer": printer or "ok", "camera": camera, "wait_minutes": wait_minutes,
    })


class StatusSender:
    """Sends the status after a sync that delivered records, when what the booth shows has changed
    since the last one (a wait that grew with the queue, a session opened: no record needs to
    travel for that), and otherwise as a heartbeat every `heartbeat_s`."""

    def __init__(self, provider: StatusProvider, sign: Callable[[dict[str, Any]], bytes], device_id: str,
                 heartbeat_s: float = HEARTBEAT_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.provider, self.sign, self.device_id = provider, sign, device_id
        self.heartbeat_s, self.clock = heartbeat_s, clock
        self._sent_at: float | None = None
        self._sent: dict[str, Any] | None = None  # the last status HQ took, without its time

    def due(self) -> bool:
        return self._sent_at is None or self.clock() - self._sent_at >= self.heartbeat_s

    def send(self, transport: HQTransport, backlog: int, force: bool = True) -> bool:
        """True when HQ took it; a failure only waits for the next sync or heartbeat. Without `force`,
        only when the heartbeat is due or the status differs from the last one sent."""
        try:
            status = self.provider(backlog)
            shown = {k: v for k, v in status.items() if k != "at"}
            if not force and not self.due() and shown == self._sent:
                return False
            transport.post_status(self.device_id, status, self.sign(status))
        except (HQUnreachable, HQRejected) as exc:
            log.info("status not delivered: %s", exc)
            return False
        except Exception:  # a status must never stop the sync of records
            log.exception("status could not be built")
            return False
        self._sent_at, self._sent = self.clock(), shown
        return True
