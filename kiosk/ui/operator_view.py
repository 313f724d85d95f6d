"""Operator mode: session, reception queue and the daily reports to hand in beside the applicant at
the desk; today's tallies below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.booth import Booth
from kiosk.reports.submitted import SubmittedReports
from kiosk.ui.base import Page, scrolling
from kiosk.ui.journey_panel import JourneyPanel
from kiosk.ui.reception_panel import ReceptionPanel
from kiosk.ui.report_status import ReportStatusWidget
from kiosk.ui.session_panel import SessionPanel
from kiosk.ui.tally_bar import TallyBar


class OperatorView(Page):
    def __init__(self, booth: Booth, data_dir: Path) -> None:
        super().__init__()
        self.booth = booth
        self.session_panel = SessionPanel(booth)
        self.reception = ReceptionPanel(booth)
        self.journey = JourneyPanel(booth)
        self.reports = ReportStatusWidget(booth, SubmittedReports(data_dir))
        # the list as last refreshed (sessions, marks, the date): no file read on every tally update
        self.tallies = TallyBar(booth, lambda: self.reports.open_rows)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.session_panel)
        lv.addWidget(self.reception, 1)
        lv.addWidget(self.reports)
        columns = QHBoxLayout()
        columns.addWidget(scrolling(left), 2)
        columns.addWidget(scrolling(self.journey), 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addWidget(self.tallies)
        self.session_panel.changed.connect(self.refresh)
        self.reception.called.connect(self.refresh)
        self.journey.ended.connect(lambda _summary: self.refresh())
        self.reports.changed.connect(self.tallies.refresh)
        booth.subscribe(lambda _event: self.tallies.refresh())

    def retranslate(self) -> None:
        self.tallies.refresh()

    def refresh(self) -> None:
        self.session_panel.refresh()
        self.reception.refresh()
        self.journey.refresh()
        self.tallies.refresh()
