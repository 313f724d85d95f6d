"""The background sync service the UI talks to: a worker thread runs the outbox, backs off with
jitter while HQ is unreachable, and publishes a SyncStatus the UI polls. Nothing here blocks the
caller: the UI only reads a snapshot and sets flags."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from sync.client.outbox import Outbox
from sync.client.status import StatusSender
from sync.client.transport import HQRejected, HQUnreachable

log = logging.getLogger("kiosk.sync")


@dataclass(frozen=True)
class SyncStatus:
    state: str = "starting"  # starting | synced | waiting | syncing | offline | refused
    waiting: int = 0
    offline_since: datetime | None = None  # local time of the first failed attempt in a row
    last_synced: datetime | None = None
    progress: tuple[int, int] | None = None  # (sent, total) while a run is under way
    error: str | None = None
    finished_ticket: int = 0  # the last sync_now() ticket whose run has ended
    last_result_ok: bool = False  # did that run deliver everything?

    @property
    def text(self) -> str:
        """One line for the operator header, Japanese first."""
        if self.state == "synced":
            return "同期済み / Synced"
        if self.state == "syncing" and self.progress:
            done, total = self.progress
            return f"送信中 {done}/{total} / Sending {done}/{total}"
        if self.state == "offline":
            since = self.offline_since.strftime("%H:%M") if self.offline_since else "?"
            return f"オフライン ({since} から)・未送信 {self.waiting} 件 / Offline since {since}, {self.waiting} waiting"
        if self.state == "refused":
            return f"本部が受け付けません・未送信 {self.waiting} 件 / HQ refused, {self.waiting} waiting"
        if self.state == "starting":
            return "同期を準備中 / Preparing sync"
        return f"未送信 {self.waiting} 件 / {self.waiting} waiting"


class SyncClient:
    """Owns the worker thread. `outbox_factory` is called on that thread, so the store and the HTTP
    client it opens are used from one thread only."""

    def __init__(
        self,
        outbox_factory: Callable[[], Outbox],
        interval: float = 30.0,
        backoff_base: float = 2.0,
        backoff_cap: float = 300.0,
        status: StatusSender | None = None,
    ) -> None:
        self._factory = outbox_factory
        self.status_sender = status  # the live status for HQ's board, after each sync and as a heartbeat
        self.interval = interval
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._status = SyncStatus()
        self._ticket = 0
        self._thread: threading.Thread | None = None
        self.failures = 0

    # --- called from the UI thread; all return at once ---------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def notify(self) -> None:
        """A new event was recorded: try to deliver it soon."""
        self._wake.set()

    def sync_now(self) -> int:
        """Start a run at once (skipping any back-off); returns a ticket to watch in status()."""
        with self._lock:
            self._ticket += 1
            ticket = self._ticket
        self._wake.set()
        return ticket

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    # --- worker thread --------------------------------------------------------------------------
    def _set(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)

    def _delay(self) -> float:
        # full jitter (0.5–1.0 of the exponential step) so many booths coming back online at once spread out
        step = min(self.backoff_cap, self.backoff_base * 2 ** max(0, self.failures - 1))
        return step * random.uniform(0.5, 1.0)

    def _run(self) -> None:
        try:
            outbox = self._factory()
        except Exception as exc:  # noqa: BLE001 - shown to the operator, the thread must not die silently
            log.exception("sync could not start")
            self._set(state="refused", error=str(exc))
            return
        try:
            while not self._stop.is_set():
                with self._lock:
                    ticket = self._ticket
                self._once(outbox, ticket)
                delay = self.interval if self.failures == 0 else self._delay()
                self._wake.wait(delay)
                self._wake.clear()
        finally:
            outbox.transport.close()

    def _once(self, outbox: Outbox, ticket: int) -> None:
        try:
            waiting = outbox.waiting()
            self._set(waiting=waiting, state="syncing", progress=(0, waiting))
            report = outbox.push_all(
                progress=lambda done, total: self._set(progress=(done, total), waiting=max(0, total - done)),
                stop=self._stop,
            )
        except HQUnreachable as exc:
            self.failures += 1
            status = self.status()
            self._set(
                state="offline",
                offline_since=status.offline_since or datetime.now().astimezone(),
                waiting=outbox.waiting(),
                progress=None,
                error=str(exc),
                finished_ticket=ticket,
                last_result_ok=False,
            )
            return
        except HQRejected as exc:
            self.failures += 1
            log.warning("HQ refused the batch: %s", exc)
            self._set(state="refused", waiting=outbox.waiting(), progress=None, error=str(exc),
                      finished_ticket=ticket, last_result_ok=False)
            return
        except Exception as exc:  # noqa: BLE001 - a store error must not kill the worker silently
            self.failures += 1
            log.exception("sync run failed")
            self._set(state="refused", progress=None, error=str(exc), finished_ticket=ticket, last_result_ok=False)
            return
        self.failures = 0
        if self.status_sender is not None:
            self.status_sender.send(outbox.transport, report.waiting, force=bool(report.sent))
        done = report.waiting == 0
        self._set(
            state="synced" if done else "waiting",
            waiting=report.waiting,
            offline_since=None,
            last_synced=datetime.now().astimezone(),
            progress=None,
            error=None,
            finished_ticket=ticket,
            last_result_ok=done,
        )
