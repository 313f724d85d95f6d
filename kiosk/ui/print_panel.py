"""Operator: print the accepted photo as a sheet — paper, copies, print, live status, cancel,
reprint, resume a stopped printer. Jobs in flight are remembered (job id, queue, sheet count; no
personal data) in the data directory so a restarted kiosk shows their state again and counts them."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QVBoxLayout

from hardware.printer import InFlight, JobBook, JobStatus, Printer, PrintError
from kiosk.sheets.layout import PAPERS, layout
from kiosk.sheets.pdf import SheetError, sheet_pdf
from kiosk.sheets.slip import slip_pdf
from kiosk.ui.base import Page, button, label
from kiosk.ui.sheet_preview import SheetPreview


class PrintPanel(Page):
    printed = Signal(int)  # sheets printed (pages), once the job has completed
    back = Signal()

    def __init__(self, photo: Callable[[], bytes | None], printer: Callable[[], Printer],
                 queue: Callable[[], str], data_dir: Path) -> None:
        """photo: the accepted JPEG in memory (None before one is accepted); printer: makes a
        connection (hardware.printer.CupsPrinter); queue: the CUPS queue to use now."""
        super().__init__()
        self.photo, self.printer, self.queue = photo, printer, queue
        self.book = JobBook(data_dir)
        self.job: int | None = None
        self.copies = 1
        self.pages = 1  # sheets in the job in flight
        self.last: tuple[str, str] | None = None  # ("sheet", paper) or ("slip", route): what "print again" repeats
        self.title = label("title")
        self.paper_group = QButtonGroup(self)
        self.paper_buttons = {name: button(checkable=True) for name in PAPERS}
        papers = QGridLayout()
        for i, b in enumerate(self.paper_buttons.values()):
            self.paper_group.addButton(b)
            papers.addWidget(b, 0, i)
        self.paper_buttons["L"].setChecked(True)
        # one paper unchecks, another checks: draw once, for the one checked
        self.paper_group.buttonToggled.connect(lambda _b, checked: checked and self.show_preview())
        self.preview = SheetPreview()
        self.minus, self.plus, self.copies_label = button(), button(), label("title", wrap=False)
        self.copies_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        self.reprint_button = button()
        self.reprint_button.clicked.connect(self.reprint)
        self.reprint_button.hide()  # shown once a job has ended
        self.back_button = button()
        self.back_button.clicked.connect(self.back.emit)
        self.slip_buttons = {route: button() for route in ("paper", "online")}
        for route, b in self.slip_buttons.items():
            b.clicked.connect(lambda _=False, r=route: self.print_slip(r))
        actions = QHBoxLayout()
        for b in (self.print_button, self.reprint_button, self.cancel_button, self.resume_button, self.back_button):
            actions.addWidget(b)
        slips = QHBoxLayout()
        for b in self.slip_buttons.values():
            slips.addWidget(b)
        self.status = label()
        controls = QVBoxLayout()
        controls.addLayout(papers)
        controls.addLayout(copies)
        controls.addLayout(actions)
        controls.addLayout(slips)
        controls.addWidget(self.status)
        controls.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(controls, 3)
        body.addWidget(self.preview, 1)
        v = QVBoxLayout(self)
        v.addWidget(self.title)
        v.addLayout(body, 1)
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
        self.reprint_button.setText(self.tr("Print again"))
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
    def _pick_up_jobs(self) -> None:
        """After a restart (and after each job ends): follow the next job still in flight, and
        count it when it completes, until the book is empty."""
        jobs = self.book.jobs()
        if jobs and self.job is None:
            self.job, self.pages = jobs[0].job, jobs[0].pages
            self._show_buttons()
            self.poll.start()

    def paper(self) -> str:
        return next(n for n, b in self.paper_buttons.items() if b.isChecked())

    def show_preview(self) -> None:
        """The chosen paper with the applicant's photo in each slot (the photo from memory)."""
        self.preview.show_sheet(layout(self.paper()), self.photo())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt naming)
        self.preview.clear()  # the applicant's face leaves the screen with the applicant
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        """Show the sheet, and a stopped or rejecting printer at once, before anyone presses Print."""
        super().showEvent(event)
        self.show_preview()
        if self.job is None:
            self.check_printer()

    def check_printer(self) -> None:
        try:
            check = getattr(self.printer(), "queue_status", None)
            if check is None:
                return
            st = check(self.queue())
        except (PrintError, RuntimeError) as exc:  # no scheduler, no such queue: say so now
            self.status.setText(str(exc))
            return
        self.resume_button.setVisible(st.needs_resume)
        if st.message:
            self.status.setText(st.message)

    def print_sheet(self) -> None:
        jpeg = self.photo()
        if jpeg is None:
            self.status.setText(self.tr("Take and accept a photo first."))
            return
        name = self.paper()
        sheet = layout(name)
        try:
            pdf = sheet_pdf(jpeg, sheet)
        except SheetError as exc:
            self.status.setText(str(exc))
            return
        self.last = ("sheet", name)
        self._submit(pdf, sheet.paper.media, self.copies, "sheet")

    def print_slip(self, route: str) -> None:
        """The applicant's next-steps slip (no personal data on it), one L-size page."""
        self.last = ("slip", route)
        self._submit(slip_pdf(route), PAPERS["L"].media, 1, "slip")

    def new_applicant(self) -> None:
        """The next applicant starts clean: nothing of the last one's printing on screen ("Printed",
        "Print again", their copies). A job still in flight goes on being followed and counted."""
        self.last = None
        self.reprint_button.hide()
        self._set_copies(1)
        if self.job is None:
            self.status.setText("")

    def reprint(self) -> None:
        """The same sheet (paper and copies) or slip again, e.g. after a jam or a cancelled job. The
        PDF is built again from the photo in memory: no printed page is kept anywhere."""
        if self.last is None:
            return
        kind, what = self.last
        if kind == "slip":
            self.print_slip(what)
        else:
            self.paper_buttons[what].setChecked(True)
            self.print_sheet()

    def _submit(self, pdf: bytes, media: str, copies: int, kind: str) -> None:
        if self.job is not None:
            return
        queue = self.queue()
        try:
            self.job = self.printer().submit(queue, pdf, media, copies)
        except (PrintError, RuntimeError) as exc:
            self.status.setText(str(exc))
            self.resume_button.setVisible(getattr(exc, "resumable", False))
            return
        self.pages = copies
        self.book.add(InFlight(self.job, queue, copies, kind))
        self.reprint_button.hide()
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
        self.resume_button.setVisible(st.state in ("stopped", "held") or st.needs_operator)
        if st.done:
            self.poll.stop()
            with contextlib.suppress(PrintError, RuntimeError):
                self.printer().forget(self.job)  # no copy of the sheet stays in CUPS's spool
            self.book.remove(self.job)
            self.job = None
            self.resume_button.setVisible(False)
            self.reprint_button.setVisible(self.last is not None)
            self._show_buttons()
            if st.state == "completed":
                self.printed.emit(self.pages)
            self._pick_up_jobs()

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
        self.resume_button.setVisible(False)
        if self.job is None:
            self.status.setText(self.tr("The printer is accepting jobs again."))
        else:
            self.refresh()
