"""Is the application site reachable? A TCP connect to its host in a worker thread, answered as a
Qt signal within a few seconds, so an offline booth says so at once instead of after Chromium's own
minute-long timeouts on a network that drops packets."""

from __future__ import annotations

import contextlib
import socket
import threading
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal


def reachable(url: str, timeout_s: float = 3.0) -> bool:
    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        with socket.create_connection((parts.hostname or "", port), timeout=timeout_s):
            return True
    except (OSError, ValueError):
        return False


class ReachCheck(QObject):
    answered = Signal(bool)  # on the UI thread (queued from the worker)

    def start(self, url: str, timeout_s: float = 3.0) -> None:
        def work() -> None:  # the thread holds this (unparented) object, so it outlives its page
            ok = reachable(url, timeout_s)
            with contextlib.suppress(RuntimeError):  # the booth browser was closed meanwhile
                self.answered.emit(ok)

        threading.Thread(target=work, daemon=True, name="reach-check").start()
