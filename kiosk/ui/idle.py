"""Notices when nobody has touched the screen for a while (the attendee walked away).

It watches the top-level window's QWindow, which sees every input event before Qt hands it to a
widget. (An application-wide Python event filter would also see QtWebEngine's internal objects, and
PySide crashes converting some of them.)"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

_ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.Wheel,
}


WARN_S = 15  # the attendee screen warns this long before it resets


class IdleWatcher(QObject):
    """`idle` after the timeout without input; `warning(seconds left)` from WARN_S before it, once a
    second; `resumed` when input (or `poke`, the warning's 続ける) stops a warning."""

    idle = Signal()
    warning = Signal(int)
    resumed = Signal()

    def __init__(self, timeout_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        self.warn_timer = QTimer(self)
        self.warn_timer.setSingleShot(True)
        self.warn_timer.timeout.connect(self._tick)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self.warning_shown = False
        self.set_timeout(timeout_s)

    def watch(self, window: QWidget) -> None:
        """Call once the window is shown (its QWindow exists); installing again is harmless."""
        window.windowHandle().installEventFilter(self)

    def set_timeout(self, timeout_s: int) -> None:
        self.timer.setInterval(timeout_s * 1000)
        self.warn_timer.setInterval(max(timeout_s - min(WARN_S, timeout_s // 2), 1) * 1000)
        self.poke()

    def poke(self) -> None:
        """Someone is there: start counting again, and end a warning."""
        self.timer.start()
        self.warn_timer.start()
        self.tick.stop()
        if self.warning_shown:
            self.warning_shown = False
            self.resumed.emit()

    def seconds_left(self) -> int:
        return math.ceil(max(self.timer.remainingTime(), 0) / 1000)

    def _tick(self) -> None:
        if not self.timer.isActive():
            return
        self.warning_shown = True
        self.tick.start()
        self.warning.emit(self.seconds_left())

    def _idle(self) -> None:
        self.tick.stop()
        self.warn_timer.stop()
        self.warning_shown = False
        self.idle.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in _ACTIVITY:
            self.poke()
        return False
