"""The print service, Qt-free and driven like `Booth`: which queue, which paper/type/tray by the
printer's own names, the sheet or slip sent, its job followed (a stuck job noticed), the job book
across restarts, ink and trays before printing. The print screen and `kiosk print` both use it; the
screen calls it from a worker thread, never from the UI thread.

One printer object (one CUPS connection) per service; the real one is hardware.printer.CupsPrinter,
the troubled-printer fake (hardware.fake_printer.TroubledPrinter) sits behind the same interface.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from hardware.media import MediaError, MediaPlan
from hardware.printer import (
    PDF_QUEUE,
    REASONS,
    InFlight,
    JobBook,
    JobStatus,
    Printer,
    PrintError,
    QueueStatus,
)
from hardware.supplies import Notice
from kiosk.printing.words import TEXTS
from kiosk.sheets.layout import PAPERS, layout
from kiosk.sheets.pdf import decode, sheet_pdf
from kiosk.sheets.slip import slip_paper, slip_pdf

SLIP_PAPER = "A5"  # the next-steps slip: plain paper from the main tray
STUCK_S = 10.0  # a job with no progress this long while its printer says it cannot be reached is stuck
# what backends say when the device cannot be reached (socket, ipp, usb backends of CUPS 2.4)
UNREACHABLE = re.compile(r"may not exist|unavailable|unable to (connect|open)|connection refused|not connected|"
                         r"waiting for printer|no route|timed out|host is down|network is unreachable", re.I)


def choose_queue(printer: Printer, preferred: str | None) -> str:
    """One policy for the screen and the command line: the queue chosen in the settings (returned
    as is even when missing, so the error names it), else the PDF printer, else CUPS's default."""
    if preferred:
        return preferred
    with contextlib.suppress(PrintError, RuntimeError):
        queues = printer.queues()
        if PDF_QUEUE in queues:
            return PDF_QUEUE
        return printer.default_queue() or PDF_QUEUE
    return PDF_QUEUE


def queue_status(printer: Printer, preferred: str | None) -> QueueStatus:
    """The state of the queue the one policy chooses: the header's check every few seconds
    (kiosk/ui/printer_status.py) and `kiosk sync`'s status for HQ's board (printer_state)."""
    return printer.queue_status(choose_queue(printer, preferred))


def needs_attention(st: QueueStatus) -> bool:
    """Whether the operator must see the queue's state (stopped, rejecting, or any known reason)."""
    return st.needs_resume or bool(st.codes)


def printer_state(printer: Callable[[], Printer], preferred: str | None) -> str:
    """"ok", or what is wrong with the kiosk's printer in Japanese with English: the header's finding
    (the same queue, the same check) for a caller without a screen. No scheduler, no such queue:
    that message, never "ok"."""
    try:
        st = queue_status(printer(), preferred)
    except (PrintError, RuntimeError) as exc:  # PrintError is the bilingual one; RuntimeError from pycups
        return str(exc)
    if not needs_attention(st):
        return "ok"
    return st.message or " / ".join(dict.fromkeys(TEXTS.get(c) or REASONS.get(c) or c for c in st.codes))


@dataclass(frozen=True)
class Sent:
    job: int
    queue: str
    plan: MediaPlan
    pages: int


@dataclass
class _Watch:
    seen: tuple[str, str] = ("", "")
    since: float = field(default_factory=time.monotonic)


class PrintService:
    def __init__(self, printer: Printer, data_dir: Path, preferred: str | None = None) -> None:
        self.printer = printer
        self.book = JobBook(data_dir)
        self.preferred = preferred
        self._watch: dict[int, _Watch] = {}

    def queue(self) -> str:
        return choose_queue(self.printer, self.preferred)

    # -- what goes on which paper -------------------------------------------------------------------
    def sheet_plan(self, paper: str, queue: str | None = None) -> MediaPlan:
        p = PAPERS[paper]
        return self._plan(queue or self.queue(), (p.width, p.height), True, paper)

    def slip_plan(self, paper: str, queue: str | None = None) -> MediaPlan:
        p = slip_paper(paper)
        return self._plan(queue or self.queue(), (p.width, p.height), False, paper)

    def _plan(self, queue: str, size: tuple[float, float], photo: bool, label: str) -> MediaPlan:
        try:
            return self.printer.media_plan(queue, size, photo, label)
        except MediaError as exc:
            raise PrintError(f"プリンター「{queue}」には {label} の用紙サイズがありません（あるもの: {exc.params['sizes']}） / "
                             f"printer {queue!r} has no {label} paper size (it has: {exc.params['sizes']})",
                             "no-size", size=label) from None

    # -- printing ------------------------------------------------------------------------------------
    def print_sheet(self, jpeg: bytes, paper: str, copies: int = 1, dpi: int = 300, title: str = "") -> Sent:
        """The photo sheet on the printer's own page for `paper`, photo media type, photo tray."""
        decode(jpeg)  # a damaged photo is said first, whatever the printer's state
        queue = self.queue()
        plan = self.sheet_plan(paper, queue)
        pdf = sheet_pdf(jpeg, layout(paper, plan.size_mm), dpi)
        return self._send(queue, pdf, plan, copies, "sheet", title or f"photo-{paper}")

    def choices(self, queue: str | None = None) -> dict[str, MediaPlan | None]:
        """What each photo paper and the slip would be sent as on this queue (None: it has no such
        size), for the settings screen."""
        queue = queue or self.queue()
        out: dict[str, MediaPlan | None] = {}
        for paper in PAPERS:
            try:
                out[paper] = self.sheet_plan(paper, queue)
            except PrintError as exc:
                if exc.kind != "no-size":
                    raise
                out[paper] = None
        try:
            out["slip"] = self.slip_plan(SLIP_PAPER, queue)
        except PrintError as exc:
            if exc.kind != "no-size":
                raise
            out["slip"] = None
        return out

    def print_slip(self, route: str, paper: str = SLIP_PAPER) -> Sent:
        """The next-steps slip on plain paper from the main tray."""
        queue = self.queue()
        plan = self.slip_plan(paper, queue)
        return self._send(queue, slip_pdf(route, paper, plan.size_mm), plan, 1, "slip", f"slip-{paper}")

    def _send(self, queue: str, pdf: bytes, plan: MediaPlan, copies: int, kind: str, title: str) -> Sent:
        job = self.printer.submit(queue, pdf, plan.page.name, copies, title, extra=plan.options)
        self.book.add(InFlight(job, queue, copies, kind))
        self._watch[job] = _Watch()
        return Sent(job, queue, plan, copies)

    # -- following a job -----------------------------------------------------------------------------
    def follow(self, job: int) -> JobStatus:
        """The job's state; a job that made no progress for STUCK_S while its printer says it cannot
        be reached comes back with the code "unreachable" (and its message), so nobody waits in silence."""
        st = self.printer.status(job)
        watch = self._watch.setdefault(job, _Watch())
        now = time.monotonic()
        if (st.state, st.detail) != watch.seen:
            watch.seen, watch.since = (st.state, st.detail), now
        if (not st.done and "unreachable" not in st.codes and now - watch.since >= STUCK_S
                and UNREACHABLE.search(st.detail)):
            text = TEXTS["unreachable"] + f" ({st.detail})"
            st = replace(st, codes=(*st.codes, "unreachable"), message=" / ".join(filter(None, (st.message, text))))
        return st

    def stuck(self, st: JobStatus) -> bool:
        """The operator has to act for this job to go on (or it cannot reach its printer)."""
        return not st.done and (st.needs_operator or "unreachable" in st.codes
                                or bool({"held", "stopped", "rejecting"} & set(st.codes)))

    def wait(self, job: int, timeout: float, poll: float = 0.5) -> JobStatus:
        """Until the job ends, needs the operator, is stuck, or `timeout` passes."""
        deadline = time.monotonic() + timeout
        while True:
            st = self.follow(job)
            if st.done or self.stuck(st) or time.monotonic() >= deadline:
                return st
            time.sleep(poll)

    def finish(self, job: int) -> None:
        """A job that ended: its document purged from CUPS's spool now, out of the book."""
        with contextlib.suppress(PrintError, RuntimeError):
            self.printer.forget(job)
        self.book.remove(job)
        self._watch.pop(job, None)

    def in_flight(self) -> list[InFlight]:
        return self.book.jobs()

    # -- before printing -----------------------------------------------------------------------------
    def notices(self, queue: str | None = None) -> list[Notice]:
        """Ink, trays and printer reasons, from the printer itself where it can be asked."""
        return self.printer.notices(queue or self.queue())
