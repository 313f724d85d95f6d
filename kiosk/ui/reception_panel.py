"""Operator: reception (受付). Give each visitor a number, note what they came for, call the next one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QListWidget, QVBoxLayout

from kiosk.booth import Booth, BoothError
from kiosk.domain.journey import STEPS
from kiosk.ui.base import Page, button, label
from kiosk.ui.confirm import Confirm, confirm
from kiosk.ui.labels import joined, step_label, step_short_label
from kiosk.ui.messages import say

SERVICES = tuple(s for s in STEPS if s != "survey")


class ReceptionPanel(Page):
    called = Signal()  # an applicant came to the desk

    def __init__(self, booth: Booth) -> None:
        super().__init__()
        self.booth = booth
        self.title = label("title")
        self.service_buttons = {s: button(checkable=True) for s in SERVICES}
        grid = QGridLayout()
        for i, b in enumerate(self.service_buttons.values()):
            grid.addWidget(b, i // 3, i % 3)
        self.receive_button = button("primary")
        self.receive_button.clicked.connect(self.receive)
        self.ticket = label("title")  # the number just given (not the one at the desk: that is on the right)
        self.cancel_button = button("danger")  # the number just given was a mistake (a double tap)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.confirmation: Confirm | None = None
        self.last_ticket: int | None = None  # the number just given, shown until the next visitor
        self.queue_title = label()
        self.queue = QListWidget()
        self.call_button = button("primary")
        self.call_button.clicked.connect(self.call_next)
        self.error = label("error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        given = QHBoxLayout()
        given.addWidget(self.receive_button, 1)
        given.addWidget(self.ticket)
        layout.addLayout(given)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.queue_title)
        layout.addWidget(self.queue, 1)
        layout.addWidget(self.call_button)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reception"))
        for s, b in self.service_buttons.items():
            b.setText(step_short_label(s))
        self.receive_button.setText(self.tr("Receive visitor"))
        self.call_button.setText(self.tr("Call next"))
        self.cancel_button.setText(self.tr("Cancel this reception"))
        if self.last_ticket is not None:
            self.ticket.setText(self.tr("Given: No. %1").replace("%1", str(self.last_ticket)))
        self.refresh()

    def refresh(self) -> None:
        wait = self.booth.wait()  # the same figure the welcome screen shows the visitors
        waiting = self.tr("Waiting: %1").replace("%1", str(len(self.booth.queue)))
        if wait.minutes:  # none yet today (too few finished), or nobody ahead
            waiting += "  " + self.tr("(a newcomer waits about %1 min)").replace("%1", str(wait.minutes))
        self.queue_title.setText(waiting)
        self.queue.clear()
        for j in self.booth.queue:
            services = joined([step_label(s) for s in j.services])
            self.queue.addItem(self.tr("No. %1").replace("%1", str(j.ticket)) + (f"  {services}" if services else ""))
        has_session = self.booth.session is not None
        self.receive_button.setEnabled(has_session)
        self.call_button.setEnabled(bool(self.booth.queue) and self.booth.current is None)
        self.cancel_button.setVisible(any(j.ticket == self.last_ticket for j in self.booth.queue))

    def ask_cancel(self) -> None:
        ticket = self.last_ticket
        if ticket is None:
            return
        self.confirmation = confirm(
            self, self.tr("Cancel the reception of No. %1?").replace("%1", str(ticket)),
            self.tr("For a number given by mistake: the visitor is then not counted."),
            self.tr("Cancel the reception"), self.tr("Back"), lambda: self.cancel_reception(ticket))

    def cancel_reception(self, ticket: int) -> None:
        try:
            self.booth.cancel_reception(ticket)
        except BoothError as exc:
            self.error.setText(say(exc))
            return
        self.error.setText("")
        self.last_ticket = None
        self.ticket.setText("")
        self.refresh()

    def receive(self) -> None:
        services = [s for s, b in self.service_buttons.items() if b.isChecked()]
        try:
            journey = self.booth.receive_visitor(services)
        except BoothError as exc:
            self.error.setText(say(exc))
            return
        self.error.setText("")
        for b in self.service_buttons.values():
            b.setChecked(False)
        self.last_ticket = journey.ticket
        self.ticket.setText(self.tr("Given: No. %1").replace("%1", str(journey.ticket)))
        self.refresh()

    def call_next(self) -> None:
        try:
            self.booth.call_next()
        except BoothError as exc:
            self.error.setText(say(exc))
            return
        self.error.setText("")
        self.refresh()
        self.called.emit()
