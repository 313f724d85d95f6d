"""Operator mode, laid out for a landscape touch screen (1366×768 and up): the queue on the left,
the applicant at the desk on the right, today's tallies below. Everything needed during an
applicant's visit is in view without scrolling; the session (open/close) and the daily reports to
hand in share the left column with the queue, one tap away ("Session and reports").

Only the session form and the report list may scroll (one scroll area each, never nested): with the
on-screen keyboard in, the session form has half the height it has otherwise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.booth import Booth
from kiosk.reports.submitted import SubmittedReports
from kiosk.ui.base import OnlyCurrentStack, Page, button, scrolling
from kiosk.ui.journey_panel import JourneyPanel
from kiosk.ui.reception_panel import ReceptionPanel
from kiosk.ui.report_status import ReportStatusWidget
from kiosk.ui.session_panel import SessionPanel
from kiosk.ui.tally_bar import TallyBar


class OperatorView(Page):
    QUEUE, SESSION = 0, 1

    def __init__(self, booth: Booth, data_dir: Path) -> None:
        super().__init__()
        self.booth = booth
        self.session_panel = SessionPanel(booth)
        self.reception = ReceptionPanel(booth)
        self.journey = JourneyPanel(booth)
        self.reports = ReportStatusWidget(booth, SubmittedReports(data_dir))
        # the list as last refreshed (sessions, marks, the date): no file read on every tally update
        self.tallies = TallyBar(booth, lambda: self.reports.open_rows)
        # left column: the queue, or the session and the reports
        session_page = QWidget()
        sv = QVBoxLayout(session_page)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.session_panel)
        sv.addWidget(self.reports)
        sv.addStretch(1)
        self.left = OnlyCurrentStack()
        self.left.addWidget(self.reception)
        self.left.addWidget(scrolling(session_page))
        self.tab_buttons = [button("tab", checkable=True) for _ in range(2)]
        self.tab_group = QButtonGroup(self)
        tabs = QHBoxLayout()
        tabs.setSpacing(0)
        for index, b in enumerate(self.tab_buttons):
            self.tab_group.addButton(b)
            b.clicked.connect(lambda _=False, i=index: self.show_left(i))
            tabs.addWidget(b, 1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(8, 8, 0, 0)
        lv.addLayout(tabs)
        lv.addWidget(self.left, 1)
        # right column: the applicant at the desk (a scroll area only for when the keyboard is in)
        for box in (self.journey.layout(), self.journey.body.layout(), self.reception.layout()):
            box.setSpacing(6)  # rows of touch targets close enough that a visit fits the screen
        self.journey.layout().setContentsMargins(0, 8, 8, 0)
        self.right = scrolling(self.journey)
        columns = QHBoxLayout()
        columns.setSpacing(8)
        columns.addWidget(left, 2)
        columns.addWidget(self.right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addWidget(self.tallies)
        self.session_panel.changed.connect(self._session_changed)
        self.reception.called.connect(self.refresh)
        self.journey.ended.connect(lambda _summary: self.refresh())
        self.reports.changed.connect(self.tallies.refresh)
        booth.subscribe(lambda _event: self.tallies.refresh())
        self._form_shown_for_want_of_session = False
        self.retranslate()
        self.show_left(self.QUEUE)
        self.refresh()

    def retranslate(self) -> None:
        self.tab_buttons[self.QUEUE].setText(self.tr("Reception and queue"))
        self.tab_buttons[self.SESSION].setText(self.tr("Session and reports"))
        self.tallies.refresh()

    def show_left(self, index: int) -> None:
        self.left.setCurrentIndex(index)
        self.tab_buttons[index].setChecked(True)

    def refresh(self) -> None:
        self.session_panel.refresh()
        self.reception.refresh()
        self.journey.refresh()
        self.tallies.refresh()
        if self.booth.session is None:  # no session: its form is what the operator needs
            self.show_left(self.SESSION)
            self._form_shown_for_want_of_session = True
        elif self._form_shown_for_want_of_session:  # a session now: back to the queue
            self._form_shown_for_want_of_session = False
            self.show_left(self.QUEUE)

    def _session_changed(self) -> None:
        self._form_shown_for_want_of_session = True  # opened: on to the queue; closed: the form
        self.refresh()
