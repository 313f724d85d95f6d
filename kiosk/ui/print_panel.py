"""Operator: print the accepted photo as a sheet — paper, copies, print, live status, cancel,
reprint, resume a stopped printer. Jobs in flight are remembered (job ids only) in the data
directory so a restarted kiosk shows their state again."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QVBoxLayout

from hardware.printer import CupsPrinter, JobStatus, PrintError
from kiosk.sheets.layout import PAPERS, layout
from kiosk.sheets.pdf import SheetError, sheet_pdf
from kiosk.sheets.slip import slip_pdf
from kiosk.ui.base import Page, button, label

JOBS_FILE = "print_jobs.json"


class PrintPanel(Page):
    printed = Signal(int)  # sheets printed (pages), once the job has completed
    back = Signal()

    def __init__(self, photo: Callable[[], bytes | None], printer: Callable[[], CupsPrinter],
                 queue: Callable[[], str], data_dir: Path) -> None:
        super().__init__()
        self.photo, self.printer, self.queue = photo, printer, queue
        self.jobs_path = data_dir / JOBS_FILE
        self.job: int | None = None
        self.copies = 1
        self.pages = 1  # sheets in the job in flight
        self.title = label("title")
        self.paper_group = QButtonGroup(self)
        self.paper_buttons = {name: button(checkable=True) for name in PAPERS}
        papers = QGridLayout()
        for i, b in enumerate(self.paper_buttons.values()):
            self.paper_group.addButton(b)
            papers.addWidget(b, 0, i)
        self.paper_buttons["L"].setChecked(True)
        self.minus, self.plus, self.copies_label = button(), button(), label()
        self.minus.setText("−")
        self.plus.setText("+")
        self.minus.clicked.connect(lambda: self._set_copies(self.copies - 1))
        self.plus.clicked.connect(lambda: self._set_copies(self.copies + 1))
        copies = QHBoxLayout()
        for w in (self.minus, self.copies_label, self.plus):
            copies.addWidget(w)
        self.print_button = button("primary")
        self.print_button.clicked.connect(self.print_sheet)
        self.cancel_button = button("danger")
        self.cancel_button.clicked.connect(self.cancel_job)
        self.resume_button = button()
        self.resume_button.clicked.connect(self.resume)
        self.resume_button.hide()  # shown when the printer has a problem
        self.back_button = button()
        self.back_button.clicked.connect(self.back.emit)
        self.slip_buttons = {route: button() for route in ("paper", "online")}
        for route, b in self.slip_buttons.items():
            b.clicked.connect(lambda _=False, r=route: self.print_slip(r))
        actions = QHBoxLayout()
        for b in (self.print_button, self.cancel_button, self.resume_button, self.back_button):
            actions.addWidget(b)
        slips = QHBoxLayout()
        for b in self.slip_buttons.values():
            slips.addWidget(b)
        self.status = label()
        v = QVBoxLayout(self)
        v.addWidget(self.title)
        v.addLayout(papers)
        v.addLayout(copies)
        v.addLayout(actions)
        v.addLayout(slips)
        v.addWidget(self.status)
        v.addStretch(1)
        self.poll = QTimer(self)
        self.poll.setInterval(500)
        self.poll.timeout.connect(self.refresh)
        self.retranslate()
        self._set_copies(1)
        self._show_buttons()
        self._pick_up_jobs()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Print the photo sheet"))
        names = {"L": self.tr("L size (4 photos)"), "hagaki": self.tr("Postcard (6 photos)"),
                 "2L": self.tr("2L (9 photos)"), "A4": self.tr("A4 (30 photos)")}
        for name, b in self.paper_buttons.items():
            b.setText(names[name])
        self.print_button.setText(self.tr("Print"))
        self.cancel_button.setText(self.tr("Cancel printing"))
        self.resume_button.setText(self.tr("Resume the printer"))
        self.back_button.setText(self.tr("Back"))
        self.slip_buttons["paper"].setText(self.tr("Print the next steps (paper form)"))
        self.slip_buttons["online"].setText(self.tr("Print the next steps (online)"))
        self._set_copies(self.copies)

    def _set_copies(self, n: int) -> None:
        self.copies = max(1, min(5, n))
        self.copies_label.setText(self.tr("%1 sheet(s)").replace("%1", str(self.copies)))

    def _show_buttons(self) -> None:
        busy = self.job is not None
        self.print_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)

    # -- jobs ----------------------------------------------------------------------------------------
    def _remember(self) -> None:
        self.jobs_path.write_text(json.dumps([self.job] if self.job is not None else []), encoding="utf-8")

    def _pick_up_jobs(self) -> None:
        """After a restart: show the job that was in flight, if CUPS still knows it."""
        try:
            jobs = json.loads(self.jobs_path.read_text(encoding="utf-8")) if self.jobs_path.exists() else []
        except ValueError:
            jobs = []
        if jobs:
            self.job = int(jobs[-1])
            self._show_buttons()
            self.poll.start()

    def print_sheet(self) -> None:
        jpeg = self.photo()
        if jpeg is None:
            self.status.setText(self.tr("Take and accept a photo first."))
            return
        name = next(n for n, b in self.paper_buttons.items() if b.isChecked())
        sheet = layout(name)
        try:
            pdf = sheet_pdf(jpeg, sheet)
        except SheetError as exc:
            self.status.setText(str(exc))
            return
        self._submit(pdf, sheet.paper.media, self.copies)

    def print_slip(self, route: str) -> None:
        """The applicant's next-steps slip (no personal data on it), one L-size page."""
        self._submit(slip_pdf(route), PAPERS["L"].media, 1)

    def _submit(self, pdf: bytes, media: str, copies: int) -> None:
        if self.job is not None:
            return
        try:
            self.job = self.printer().submit(self.queue(), pdf, media, copies)
        except PrintError as exc:
            self.status.setText(str(exc))
            self.resume_button.setVisible(True)
            return
        self.pages = copies
        self._remember()
        self.status.setText(self.tr("Sent to the printer…"))
        self._show_buttons()
        self.poll.start()

    def refresh(self) -> None:
        if self.job is None:
            self.poll.stop()
            return
        try:
            st: JobStatus = self.printer().status(self.job)
        except (PrintError, RuntimeError) as exc:
            self.status.setText(str(exc))
            return
        words = {"pending": self.tr("Waiting for the printer"), "held": self.tr("Held"),
                 "processing": self.tr("Printing…"), "stopped": self.tr("The printer has stopped"),
                 "canceled": self.tr("Cancelled"), "aborted": self.tr("Not printed"), "completed": self.tr("Printed")}
        self.status.setText(words.get(st.state, st.state) + (f" — {st.message}" if st.message else ""))
        self.resume_button.setVisible(st.state == "stopped" or bool(st.message))
        if st.done:
            self.poll.stop()
            if st.state == "completed":
                self.printed.emit(self.pages)
            self.job = None
            self._remember()
            self._show_buttons()

    def cancel_job(self) -> None:
        if self.job is not None:
            try:
                self.printer().cancel(self.job)
            except (PrintError, RuntimeError) as exc:
                self.status.setText(str(exc))
            self.refresh()

    def resume(self) -> None:
        try:
            self.printer().resume(self.queue())
        except (PrintError, RuntimeError) as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("The printer is accepting jobs again."))
