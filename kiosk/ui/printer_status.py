"""Header: the printer's trouble in view on every operator screen — a stopped or rejecting queue,
out of paper, a jam, CUPS away — checked every few seconds whether or not anyone is printing, so the
operator sees it before an applicant's sheet is waiting. Hidden while all is well; a tap opens the
print screen, which shows the whole message and the Resume button.

The print service reports codes (printer-state-reasons keywords, "held", "ink-low" …); `code_text`
puts them in the screen's one language."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from hardware.printer import PrintError, QueueStatus
from kiosk.printing.service import needs_attention
from kiosk.ui.base import button

CHECK_MS = 15_000


def code_text(code: str, subject: str = "") -> str:
    """One printer or job code in the screen's language ("" for a code the screen does not know)."""
    texts = {
        "media-empty": QCoreApplication.translate("Printer", "Out of paper: load paper"),
        "media-needed": QCoreApplication.translate("Printer", "Out of paper: load paper"),
        "media-low": QCoreApplication.translate("Printer", "Paper is running low"),
        "media-jam": QCoreApplication.translate("Printer", "Paper jam: remove the jammed paper"),
        "door-open": QCoreApplication.translate("Printer", "A printer cover is open: close it"),
        "cover-open": QCoreApplication.translate("Printer", "A printer cover is open: close it"),
        "input-tray-missing": QCoreApplication.translate("Printer", "A paper tray is out: put it back"),
        "toner-low": QCoreApplication.translate("Printer", "Toner is low: have a new cartridge ready"),
        "toner-empty": QCoreApplication.translate("Printer", "Toner is empty: replace it"),
        "marker-supply-low": QCoreApplication.translate("Printer", "Ink is low: have a new cartridge ready"),
        "marker-supply-empty": QCoreApplication.translate("Printer", "Ink is empty: replace it"),
        "marker-waste-almost-full": QCoreApplication.translate("Printer", "The ink waste pad is almost full"),
        "marker-waste-full": QCoreApplication.translate("Printer", "The ink waste pad is full: call for service"),
        "offline": QCoreApplication.translate("Printer", "The printer is offline: check power and cable"),
        "timed-out": QCoreApplication.translate("Printer", "The printer does not answer: check power and cable"),
        "shutdown": QCoreApplication.translate("Printer", "The printer is switched off: switch it on"),
        "connecting-to-device": QCoreApplication.translate("Printer", "Connecting to the printer…"),
        "paused": QCoreApplication.translate("Printer", "The printer is stopped: fix it, then press Resume"),
        "stopped": QCoreApplication.translate("Printer", "The printer is stopped: fix it, then press Resume"),
        "printer-stopped": QCoreApplication.translate("Printer", "The printer is stopped: fix it, then press Resume"),
        "rejecting": QCoreApplication.translate("Printer", "The printer is not accepting jobs: press Resume"),
        "held": QCoreApplication.translate("Printer", "The job is held: press Resume or cancel it"),
        "job-hold-until-specified": QCoreApplication.translate("Printer", "The job is held: press Resume or cancel it"),
        "aborted": QCoreApplication.translate("Printer", "The job was aborted: check the printer and print again"),
        "canceled": QCoreApplication.translate("Printer", "The job was cancelled: print again if needed"),
        "unknown-job": QCoreApplication.translate("Printer", "The job is no longer known to the printer system: print again"),
        "document-format-error": QCoreApplication.translate("Printer", "The sheet could not be printed: print again"),
        "document-unprintable-error": QCoreApplication.translate("Printer", "The sheet could not be printed: print again"),
        "unreachable": QCoreApplication.translate("Printer", "Cannot reach the printer: check power, cable and network"),
        "missing": QCoreApplication.translate("Printer", "Printer %1 not found: check the settings"),
        "cups": QCoreApplication.translate("Printer", "Cannot reach the print system (CUPS): is it running?"),
        "ink-low": QCoreApplication.translate("Printer", "%1 ink is low: have a new cartridge ready"),
        "ink-empty": QCoreApplication.translate("Printer", "%1 ink is empty: replace it"),
        "photo-tray-empty": QCoreApplication.translate("Printer", "The photo paper tray is empty: load photo paper"),
        "tray-empty": QCoreApplication.translate("Printer", "Paper tray %1 is empty: load paper"),
    }
    return texts.get(code, "").replace("%1", subject)


def codes_text(codes: Iterable[str], fallback: str = "") -> str:
    """Several codes, each said once; `fallback` (the printer's own words) when none is known."""
    texts = list(dict.fromkeys(filter(None, (code_text(c) for c in codes))))
    return " / ".join(texts) or fallback


def error_text(exc: Exception) -> str:
    """A PrintError in the screen's language where its kind is known; else its own (bilingual) words."""
    params = getattr(exc, "params", {})
    return code_text(getattr(exc, "kind", ""), params.get("queue", "")) or str(exc)


class PrinterStatus(QObject):
    """Polls `status()` (queue_status of the chosen queue) on a worker thread of its own; `button` is
    the header's warning, which the window shows on operator screens while `problem` is set (`changed`
    after each check, on the UI thread)."""

    open_print = Signal()
    changed = Signal()
    _result = Signal(object)

    def __init__(self, status: Callable[[], QueueStatus]) -> None:
        super().__init__()
        self.status = status
        self.problem = ""  # what is wrong, in the screen's language; "" when the printer is fine
        self.checked = False  # has a check answered yet
        self.button = button("danger")
        self.button.hide()
        self.button.clicked.connect(self.open_print.emit)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="printer-status")
        self._result.connect(self._show)
        self._asking = False

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> None:
        if self._asking:
            return
        self._asking = True

        def ask() -> None:
            try:
                self._result.emit(self.status())
            except (PrintError, RuntimeError) as exc:  # no scheduler, no such queue
                self._result.emit(exc)

        self._worker.submit(ask)

    def state(self) -> str:
        """For HQ's booth board: "unknown" until the first check answers, then "ok" or the problem."""
        return "unknown" if not self.checked else self.problem or "ok"

    def _show(self, found: QueueStatus | Exception) -> None:
        self._asking = False
        self.checked = True
        if isinstance(found, Exception):
            self.problem = error_text(found)
        else:
            self.problem = codes_text(found.codes, found.message) if needs_attention(found) else ""
        self.changed.emit()
