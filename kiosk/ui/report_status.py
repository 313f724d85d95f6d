"""Operator screen: the daily reports (日次報告書) still to hand in — due, with the business days left,
or late — each with a button to mark it handed in. Due dates are 3 business days after the session
(kiosk/domain/report_due.py, Japanese public holidays from the `holidays` package)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.booth import Booth, BoothError
from kiosk.domain.events import JST, Event
from kiosk.domain.report_due import open_reports
from kiosk.reports.config import is_japanese_holiday
from kiosk.reports.submitted import SubmittedReports
from kiosk.ui.base import Page, button, label, restyle
from kiosk.ui.messages import say


class ReportStatusWidget(Page):
    """`changed` is emitted after the operator marks a report handed in."""

    changed = Signal()
    open_reports = Signal()  # the operator wants to make a report (the reports screen)

    def __init__(self, booth: Booth, submitted: SubmittedReports,
                 is_holiday: Callable[[date], bool] = is_japanese_holiday, limit: int = 4,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_status")
        self.booth = booth
        self.submitted = submitted
        self.is_holiday = is_holiday
        self.limit = limit
        self.open_rows: list[dict[str, Any]] = []  # as of the last refresh (the tally bar reads these)
        self.heading = label("title")
        self.empty = label("note")
        self.grid = QGridLayout()
        self.row_labels: dict[str, QLabel] = {}
        self.mark_buttons: dict[str, QPushButton] = {}
        self.reports_button = button()
        self.reports_button.clicked.connect(self.open_reports.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        layout.addWidget(self.reports_button)
        booth.subscribe(self._event)
        self.timer = QTimer(self)  # the date moves on while the kiosk runs
        self.timer.timeout.connect(self.refresh)
        self.timer.start(10 * 60 * 1000)
        self.retranslate()

    def rows(self) -> list[dict[str, Any]]:
        # handed-in marks are events (they go to HQ with the sync); the file holds marks made before
        return open_reports(self.booth.session_days, self.booth.local_today(),
                            self.booth.submitted_days | self.submitted.dates(), self.is_holiday)

    def _day_open(self, day: str) -> bool:
        s = self.booth.session
        return s is not None and s.opened_at.astimezone(JST).date().isoformat() == day

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Daily reports to hand in"))
        self.empty.setText(self.tr("All daily reports are handed in"))
        self.reports_button.setText(self.tr("Make a report…"))
        self.refresh()

    def row_text(self, row: dict[str, Any]) -> str:
        day, due = row["date"][5:].replace("-", "/"), row["due"][5:].replace("-", "/")
        if row["state"] == "late":
            return self.tr("%1: LATE, was due %2").replace("%1", day).replace("%2", due)
        if row["days_left"] == 0:
            return self.tr("%1: due today").replace("%1", day)
        return (self.tr("%1: due %2 (%3 business days left)")
                .replace("%1", day).replace("%2", due).replace("%3", str(row["days_left"])))

    def refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.row_labels.clear()
        self.mark_buttons.clear()
        rows = self.open_rows = self.rows()
        self.empty.setVisible(not rows)
        for i, row in enumerate(rows[: self.limit]):
            text = label("error" if row["state"] == "late" else "")
            text.setText(self.row_text(row))
            mark = button()
            still_open = self._day_open(row["date"])
            mark.setText(self.tr("Close the session first") if still_open else self.tr("Handed in"))
            mark.setEnabled(not still_open)  # 提出済み only once the day's figures are final
            mark.clicked.connect(lambda _=False, d=row["date"]: self.mark(d))
            # the button under its row: a narrow column would squeeze a button beside the text
            self.grid.addWidget(text, 2 * i, 0)
            self.grid.addWidget(mark, 2 * i + 1, 0)
            restyle(text)
            self.row_labels[row["date"]] = text
            self.mark_buttons[row["date"]] = mark

    def mark(self, day: str) -> None:
        try:
            self.booth.mark_report_submitted(day)
        except BoothError as exc:
            self.empty.setText(say(exc))
            self.empty.show()
            return
        self.refresh()
        self.changed.emit()

    def _event(self, event: Event) -> None:
        if event.type in ("session_open", "session_close", "report_submitted"):
            self.refresh()
