"""Header: the printer's trouble in view on every operator screen — a stopped or rejecting queue,
out of paper, a jam, CUPS away — checked every few seconds whether or not anyone is printing, so the
operator sees it before an applicant's sheet is waiting. Hidden while all is well; a tap opens the
print screen, which shows the whole message and the Resume button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from hardware.printer import PrintError, QueueStatus
from kiosk.ui.base import button

CHECK_MS = 15_000


class PrinterStatus(QObject):
    """Polls `status()` (queue_status of the chosen queue); `button` is the header's warning, which the
    window shows on operator screens while `problem` is set (`changed` after each check)."""

    open_print = Signal()
    changed = Signal()

    def __init__(self, status: Callable[[], QueueStatus]) -> None:
        super().__init__()
        self.status = status
        self.problem = ""  # the scheduler's bilingual message; "" when the printer is fine
        self.button = button("danger")
        self.button.hide()
        self.button.clicked.connect(self.open_print.emit)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> None:
        try:
            st = self.status()
            self.problem = st.message if st.needs_resume or st.message else ""
        except (PrintError, RuntimeError) as exc:  # no scheduler, no such queue
            self.problem = str(exc)
        self.changed.emit()
