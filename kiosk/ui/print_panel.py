"""Operator: print the accepted photo as a sheet — paper, copies, print, live status, cancel,
reprint, resume a stopped printer — and the printer's ink and trays before anyone presses Print.

The screen only shows: the Qt-free print service (kiosk.printing.service) chooses the queue and the
printer's own paper/type/tray, sends, follows and books the jobs. Every call into it (and so into
CUPS) runs on one worker thread; results come back to the UI thread as a signal, so a slow or absent
scheduler never freezes the touch screen. Jobs in flight are remembered (job id, queue, sheet count;
no personal data) in the data directory so a restarted kiosk shows their state again and counts them."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QVBoxLayout

from hardware.printer import JobBook, JobStatus, Printer, PrintError, QueueStatus
from hardware.supplies import Notice
from kiosk.printing.service import SLIP_PAPER, PrintService, Sent, queue_status
from kiosk.sheets.layout import PAPERS, layout
from kiosk.sheets.pdf import SheetError, decode
from kiosk.ui.base import Page, button, label
from kiosk.ui.printer_status import code_text, codes_text, error_text
from kiosk.ui.sheet_preview import SheetPreview


class PrintPanel(Page):
    printed = Signal(int)  # sheets printed (pages), once the job has completed
    back = Signal()
    _answer = Signal(object, object, object)  # (callback, result, error) from the worker thread

    def __init__(self, photo: Callable[[], bytes | None], printer: Callable[[], Printer],
                 queue: Callable[[], str], data_dir: Path) -> None:
        """photo: the accepted JPEG in memory (None before one is accepted); printer: makes a
        connection (hardware.printer.CupsPrinter), made once, on the worker thread; queue: the queue
        the settings chose ("" lets the service's one policy choose)."""
        super().__init__()
        self.photo, self.printer, self.queue = photo, printer, queue
        self.data_dir = data_dir
        self.book = JobBook(data_dir)
        self._service: tuple[Callable[[], Printer], PrintService] | None = None  # worker thread only
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="print")
        self._answer.connect(self._answered)
        self.busy = False  # a print/cancel/resume call is on its way: no second one
        self._following = False  # a status call is on its way
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
        names = self.paper_names()
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

    def paper_names(self) -> dict[str, str]:
        return {"L": self.tr("L size (4 photos)"), "hagaki": self.tr("Postcard (6 photos)"),
                "2L": self.tr("2L (9 photos)"), "A4": self.tr("A4 (30 photos)")}

    def _set_copies(self, n: int) -> None:
        self.copies = max(1, min(5, n))
        self.copies_label.setText(self.tr("%1 sheet(s)").replace("%1", str(self.copies)))

    def _show_buttons(self) -> None:
        busy = self.job is not None or self.busy
        self.print_button.setEnabled(not busy)
        for b in self.slip_buttons.values():
            b.setEnabled(not busy)
        self.cancel_button.setVisible(self.job is not None)

    # -- the worker thread ---------------------------------------------------------------------------
    def service(self) -> PrintService:
        """The print service on one connection (worker thread only); made again after CUPS failed or
        when another printer was plugged in (a test's fake)."""
        if self._service is None or self._service[0] is not self.printer:
            self._service = (self.printer, PrintService(self.printer(), self.data_dir))
        return self._service[1]

    def queue_status(self) -> QueueStatus:
        """For the header's check, on its own thread with its own connection (a connection is used by
        one thread only): the state of the queue the one policy chooses."""
        return queue_status(self.printer(), self.queue())

    def _bg(self, work: Callable[[PrintService], Any], then: Callable[[Any], None],
            failed: Callable[[Exception], None] | None = None) -> None:
        """Run `work(service)` on the worker thread; `then(result)` or `failed(error)` on the UI thread."""
        preferred = self.queue()
        factory = self.printer

        def run() -> None:
            try:
                if self._service is not None and self._service[0] is not factory:
                    self._service = None
                svc = self.service()
                svc.preferred = preferred
                self._answer.emit(then, work(svc), None)
            except (PrintError, SheetError, RuntimeError, OSError, ValueError) as exc:
                if isinstance(exc, PrintError) and exc.kind == "cups":
                    self._service = None  # the scheduler went away: connect afresh next time
                self._answer.emit(failed or self._failed, None, exc)

        self._worker.submit(run)

    def _answered(self, callback: Callable[[Any], None], result: object, error: object) -> None:
        callback(error if error is not None else result)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        # a stopped or rejecting queue in the screen's language; the rest names a queue, a size, a file
        kind, params = getattr(exc, "kind", ""), getattr(exc, "params", {})
        if kind == "no-size":
            self.status.setText(self.tr("This printer has no %1 paper size: choose another paper").replace(
                "%1", self.paper_names().get(params.get("size", ""), params.get("size", ""))))
        else:
            self.status.setText(error_text(exc))
        self.resume_button.setVisible(getattr(exc, "resumable", False))
        self._show_buttons()

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
        """Show the sheet, and the printer's state, ink and trays at once, before anyone presses Print."""
        super().showEvent(event)
        self.show_preview()
        if self.job is None:
            self.check_printer()

    def check_printer(self) -> None:
        def work(svc: PrintService) -> tuple[QueueStatus, list[Notice]]:
            queue = svc.queue()
            return svc.printer.queue_status(queue), svc.notices(queue)

        self._bg(work, self._show_printer, self._check_failed)

    def _check_failed(self, exc: Exception) -> None:
        if self.job is None and not self.busy:  # no scheduler, no such queue: say so now
            self.status.setText(error_text(exc))

    def _show_printer(self, found: tuple[QueueStatus, list[Notice]]) -> None:
        st, notices = found
        self.resume_button.setVisible(st.needs_resume)
        texts = [codes_text(st.codes, st.message)] + [code_text(n.code, n.subject) for n in notices]
        text = " / ".join(dict.fromkeys(t for t in texts if t))
        if text and self.job is None and not self.busy:
            self.status.setText(text)

    def print_sheet(self) -> None:
        jpeg = self.photo()
        if jpeg is None:
            self.status.setText(self.tr("Take and accept a photo first."))
            return
        try:
            decode(jpeg)  # a damaged photo is said at once, printer or not
        except SheetError:
            self.status.setText(self.tr("The photo cannot be read (damaged image): take it again."))
            return
        name, copies = self.paper(), self.copies
        self.last = ("sheet", name)
        self._send(lambda svc: svc.print_sheet(jpeg, name, copies))

    def print_slip(self, route: str) -> None:
        """The applicant's next-steps slip (no personal data on it), plain paper from the main tray."""
        self.last = ("slip", route)
        self._send(lambda svc: svc.print_slip(route, SLIP_PAPER))

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

    def _send(self, work: Callable[[PrintService], Sent]) -> None:
        if self.job is not None or self.busy:
            return
        self.busy = True
        self.status.setText(self.tr("Sending to the printer…"))
        self._show_buttons()
        self._bg(work, self._sent)

    def _sent(self, sent: Sent) -> None:
        self.busy = False
        self.job, self.pages = sent.job, sent.pages
        self.reprint_button.hide()
        self.resume_button.hide()
        self.status.setText(self.tr("Sent to the printer…"))
        self._show_buttons()
        self.poll.start()

    def refresh(self) -> None:
        if self.job is None:
            self.poll.stop()
            return
        if self._following:
            return
        self._following = True
        job = self.job
        self._bg(lambda svc: svc.follow(job), self._show_status, self._follow_failed)

    def _follow_failed(self, exc: Exception) -> None:
        self._following = False
        self.status.setText(error_text(exc))

    def _show_status(self, st: JobStatus) -> None:
        self._following = False
        if st.job_id != self.job:
            return  # an answer about a job already finished
        words = {"pending": self.tr("Waiting for the printer"), "held": self.tr("Held"),
                 "processing": self.tr("Printing…"), "stopped": self.tr("The printer has stopped"),
                 "canceled": self.tr("Cancelled"), "aborted": self.tr("Not printed"), "completed": self.tr("Printed")}
        why = codes_text((c for c in st.codes if c != "canceled"), st.message if not st.codes else "")
        self.status.setText(words.get(st.state, st.state) + (f" — {why}" if why else ""))
        self.resume_button.setVisible(st.state in ("stopped", "held") or st.needs_operator)
        if st.done:
            self.poll.stop()
            job = st.job_id
            self.book.remove(job)
            self._bg(lambda svc: svc.finish(job), lambda _r: None, lambda _e: None)  # purge CUPS's copy
            self.job = None
            self.resume_button.setVisible(False)
            self.reprint_button.setVisible(self.last is not None)
            self._show_buttons()
            if st.state == "completed":
                self.printed.emit(self.pages)
            self._pick_up_jobs()

    def cancel_job(self) -> None:
        if self.job is not None:
            job = self.job

            def work(svc: PrintService) -> JobStatus:
                svc.printer.cancel(job)
                return svc.follow(job)

            self._bg(work, self._show_status)

    def resume(self) -> None:
        def work(svc: PrintService) -> None:
            svc.printer.resume(svc.queue())

        self._bg(work, self._resumed)

    def _resumed(self, _result: None) -> None:
        self.resume_button.setVisible(False)
        if self.job is None:
            self.status.setText(self.tr("The printer is accepting jobs again."))
        else:
            self.refresh()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt naming)
        self._worker.shutdown(wait=False, cancel_futures=True)
        super().closeEvent(event)
