"""Notices when nobody has touched the screen for a while (the attendee walked away).

It watches the top-level window's QWindow, which sees every input event before Qt hands it to a
widget. (An application-wide Python event filter would also see QtWebEngine's internal objects, and
PySide crashes converting some of them.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

_ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, timeout_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self.set_timeout(timeout_s)

    def watch(self, window: QWidget) -> None:
        """Call once the window is shown (its QWindow exists); installing again is harmless."""
        window.windowHandle().installEventFilter(self)

    def set_timeout(self, timeout_s: int) -> None:
        self.timer.setInterval(timeout_s * 1000)
        self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in _ACTIVITY:
            self.timer.start()
        return False
