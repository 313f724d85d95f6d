"""The booth printer through CUPS (pycups): queues, exact-size jobs streamed from memory, job and
printer state in words an operator can act on, jobs in flight remembered across a restart. No Qt.

A job is sent as a PDF page that already has the paper's size with the photos at 100 %, and asks
for no scaling, because some drivers and driverless printers ignore print-scaling. The queue's error
policy is set to retry-job so that one paper-out does not leave it stopped for good.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

import cups

from kiosk.atomic import atomic_write

JOB_STATES = {3: "pending", 4: "held", 5: "processing", 6: "stopped", 7: "canceled", 8: "aborted", 9: "completed"}
FINAL = {"canceled", "aborted", "completed"}
PDF_QUEUE = "KioskPDF"  # the embedded default: a cups-pdf queue (scripts/ensure-pdf-printer.sh)

# printer-state-reasons keywords (RFC 8011 / PWG 5100.9), with what the operator should do
REASONS = {
    "media-empty": "用紙がありません。用紙を補充してください / out of paper: load paper",
    "media-needed": "用紙がありません。用紙を補充してください / out of paper: load paper",
    "media-jam": "紙詰まりです。詰まった紙を取り除いてください / paper jam: remove the jammed paper",
    "door-open": "プリンターのカバーが開いています。閉じてください / a printer cover is open: close it",
    "cover-open": "プリンターのカバーが開いています。閉じてください / a printer cover is open: close it",
    "toner-low": "トナー残量が少なくなっています。交換の用意をしてください / toner is low: have a new cartridge ready",
    "toner-empty": "トナーがありません。交換してください / toner is empty: replace it",
    "marker-supply-low": "インク残量が少なくなっています。交換の用意をしてください / ink is low: have a new cartridge ready",
    "marker-supply-empty": "インクがありません。交換してください / ink is empty: replace it",
    "offline": "プリンターがオフラインです。電源とケーブルを確認してください / the printer is offline: check power and cable",
    "shutdown": "プリンターの電源が切れています。電源を入れてください / the printer is switched off: switch it on",
    "connecting-to-device": "プリンターに接続しています… / connecting to the printer…",
    "paused": "プリンターが停止しています。原因を直してから「再開」を押してください / "
              "the printer is stopped: fix it, then press Resume",
}
# job-state-reasons worth telling the operator about (RFC 8011 5.3.8)
JOB_REASONS = {
    "job-hold-until-specified": "印刷が保留されています。「再開」を押すか取り消してください / "
                                "the job is held: press Resume or cancel it",
    "printer-stopped": REASONS["paused"],
    "document-format-error": "用紙データを印刷できませんでした。もう一度印刷してください / "
                             "the sheet could not be printed: print again",
    "document-unprintable-error": "用紙データを印刷できませんでした。もう一度印刷してください / "
                                  "the sheet could not be printed: print again",
}
HELD = "印刷が保留されています。「再開」を押すか取り消してください / the job is held: press Resume or cancel it"
ABORTED = "印刷が中止されました。プリンターを確認して、もう一度印刷してください / the job was aborted: check the printer and print again"
CANCELED = "印刷を取り消しました。必要ならもう一度印刷してください / the job was cancelled: print again if needed"
STOPPED = "プリンターが停止しています。原因を直してから「再開」を押してください / the printer is stopped: fix it, then press Resume"


class PrintError(RuntimeError):
    """Something the operator must know; the message is bilingual and says what to do.

    `kind` lets a screen react: "missing" (no such queue), "stopped" (queue disabled),
    "rejecting" (not accepting jobs), "refused" (CUPS refused the job), "cups" (no scheduler),
    "input" (bad copies / photo)."""

    def __init__(self, message: str, kind: str = "refused") -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def resumable(self) -> bool:
        return self.kind in ("stopped", "rejecting")


@dataclass(frozen=True)
class JobStatus:
    job_id: int
    state: str
    message: str  # bilingual, what to do; empty when there is nothing to do

    @property
    def done(self) -> bool:
        return self.state in FINAL

    @property
    def needs_operator(self) -> bool:
        """The operator has to act (fix the printer, resume, or cancel) for this job to finish."""
        return not self.done and bool(self.message) and self.message != REASONS["connecting-to-device"]


@dataclass(frozen=True)
class QueueStatus:
    queue: str
    state: str  # idle, processing, stopped
    accepting: bool
    message: str

    @property
    def needs_resume(self) -> bool:
        return self.state == "stopped" or not self.accepting


class Printer(Protocol):
    """What the kiosk needs of a printer; CupsPrinter is the real one (a test fake for a paper jam
    sits behind the same interface)."""

    def submit(self, queue: str, pdf: bytes, media: str, copies: int = 1, title: str = "photo-sheet") -> int: ...
    def status(self, job_id: int) -> JobStatus: ...
    def cancel(self, job_id: int) -> None: ...
    def forget(self, job_id: int) -> None: ...
    def resume(self, queue: str) -> None: ...


def reason_text(reasons: list[str], table: dict[str, str] = REASONS) -> str:
    """The operator's words for CUPS reason keywords (suffixes -error/-warning/-report ignored)."""
    texts = []
    for reason in reasons:
        key = reason.removesuffix("-error").removesuffix("-warning").removesuffix("-report")
        text = table.get(key) or table.get(reason)
        if text and text not in texts:
            texts.append(text)
    return " / ".join(texts)


_reason_text = reason_text  # older name, kept for the test fake


@contextlib.contextmanager
def _cups_errors() -> Iterator[None]:
    """The scheduler went away or answered with an error: one bilingual PrintError for the screen."""
    try:
        yield
    except (cups.IPPError, cups.HTTPError) as exc:
        raise PrintError(f"印刷システム（CUPS）でエラーが起きました / the print system (CUPS) failed: {exc}",
                         "cups") from None


def available_queues() -> list[str]:
    """The queues CUPS has, for the settings screen; none when the scheduler cannot be reached."""
    try:
        return CupsPrinter().queues()
    except (PrintError, cups.IPPError, RuntimeError):
        return []


class CupsPrinter:
    def __init__(self, server: str | None = None) -> None:
        if server:
            cups.setServer(server)
        try:
            self.conn = cups.Connection()
        except RuntimeError as exc:
            raise PrintError(f"印刷システム（CUPS）に接続できません / cannot reach the print system (CUPS): {exc}",
                             "cups") from None

    def queues(self) -> list[str]:
        return sorted(self.conn.getPrinters())

    def default_queue(self) -> str | None:
        return self.conn.getDefault() or (self.queues() or [None])[0]

    def choose_queue(self, preferred: str | None) -> str | None:
        """The queue to print on: the one chosen in the settings, else the PDF printer, else CUPS's
        default. A chosen queue that does not exist is returned as is, so the error names it."""
        if preferred:
            return preferred
        return PDF_QUEUE if PDF_QUEUE in self.conn.getPrinters() else self.default_queue()

    def queue_status(self, queue: str) -> QueueStatus:
        with _cups_errors():
            return self._queue_status(queue)

    def _queue_status(self, queue: str) -> QueueStatus:
        printers = self.conn.getPrinters()
        if queue not in printers:
            raise PrintError(f"プリンター「{queue}」が見つかりません。設定を確認してください / "
                             f"printer {queue!r} not found: check the settings", "missing")
        attrs = printers[queue]
        state = {3: "idle", 4: "processing", 5: "stopped"}.get(attrs.get("printer-state", 3), "idle")
        accepting = bool(self.conn.getPrinterAttributes(queue, requested_attributes=["printer-is-accepting-jobs"])
                         .get("printer-is-accepting-jobs", True))
        message = reason_text(attrs.get("printer-state-reasons", []))
        if state == "stopped" and not message:
            message = STOPPED
        if not accepting and not message:
            message = ("プリンターが印刷を受け付けていません。「再開」を押してください / "
                       "the printer is not accepting jobs: press Resume")
        return QueueStatus(queue, state, accepting, message)

    def check(self, queue: str) -> None:
        """Raise PrintError when the queue cannot take a job now (missing, stopped, rejecting)."""
        st = self.queue_status(queue)
        if st.state == "stopped":
            raise PrintError(f"プリンター「{queue}」は停止中です / printer {queue!r} is stopped: {st.message}", "stopped")
        if not st.accepting:
            raise PrintError(f"プリンター「{queue}」は印刷を受け付けていません。「再開」を押してください / "
                             f"printer {queue!r} is not accepting jobs: press Resume", "rejecting")

    def set_retry_policy(self, queue: str) -> bool:
        """One paper-out must not leave the queue stopped for good: retry the job instead."""
        try:
            self.conn.setPrinterErrorPolicy(queue, "retry-job")
            return True
        except cups.IPPError:  # not allowed for this user: the queue keeps its own policy
            return False

    def submit(self, queue: str, pdf: bytes, media: str, copies: int = 1, title: str = "photo-sheet",
               extra: dict[str, str] | None = None) -> int:
        """Stream the PDF to CUPS (no file of ours on disk) and return the job id."""
        if not 1 <= copies <= 20:
            raise PrintError("部数は1〜20です / copies must be 1 to 20", "input")
        # Debian 12's cupsd 2.4.2-3+deb12u10 segfaults starting a job whose name has a space once the
        # queue has been re-enabled (our Resume does that): job names carry no white space.
        title = "-".join(title.split()) or "photo-sheet"
        self.check(queue)
        self.set_retry_policy(queue)
        options = {"media": media, "copies": str(copies), "print-scaling": "none", "fit-to-page": "false",
                   "scaling": "100", "natural-scaling": "100", "print-quality": "5", **(extra or {})}
        try:
            job = self.conn.createJob(queue, title, options)
            self.conn.startDocument(queue, job, title, cups.CUPS_FORMAT_PDF, 1)
            self.conn.writeRequestData(pdf, len(pdf))
            self.conn.finishDocument(queue)
        except cups.IPPError as exc:
            raise PrintError(f"印刷を開始できませんでした / the job was refused: {exc}", "refused") from None
        return job

    def status(self, job_id: int) -> JobStatus:
        with _cups_errors():
            return self._status(job_id)

    def _status(self, job_id: int) -> JobStatus:
        try:
            attrs = self.conn.getJobAttributes(job_id)
        except cups.IPPError:
            return JobStatus(job_id, "aborted", "印刷の記録が見つかりません。もう一度印刷してください / "
                                                "the job is no longer known to CUPS: print again")
        state = JOB_STATES.get(attrs.get("job-state", 0), "unknown")
        job_reasons = attrs.get("job-state-reasons", [])
        if isinstance(job_reasons, str):
            job_reasons = [job_reasons]
        if state == "completed":
            return JobStatus(job_id, state, "")
        if state == "canceled":
            return JobStatus(job_id, state, CANCELED)
        if state == "aborted":
            return JobStatus(job_id, state, reason_text(job_reasons, JOB_REASONS) or ABORTED)
        texts = []
        queue = attrs.get("job-printer-uri", "").rsplit("/", 1)[-1]
        if queue:
            with contextlib.suppress(cups.IPPError, PrintError):
                printer = self.queue_status(queue)
                if printer.message:
                    texts.append(printer.message)
        if state == "held":
            texts.append(HELD)
        elif state == "stopped" and not texts:
            texts.append(STOPPED)
        job_text = reason_text(job_reasons, JOB_REASONS)
        if job_text and all(t not in " / ".join(texts) for t in job_text.split(" / ")):
            texts.append(job_text)
        return JobStatus(job_id, state, " / ".join(texts))

    def wait(self, job_id: int, timeout: float = 120.0, poll: float = 0.2) -> JobStatus:
        deadline = time.monotonic() + timeout
        status = self.status(job_id)
        while not status.done and time.monotonic() < deadline:
            time.sleep(poll)
            status = self.status(job_id)
        return status

    def cancel(self, job_id: int) -> None:
        with contextlib.suppress(cups.IPPError):  # already finished: nothing to cancel
            self.conn.cancelJob(job_id)

    def forget(self, job_id: int) -> None:
        """Once a job has ended: have CUPS delete its document and control files now. A stock
        cupsd keeps a printed document for a day (PreserveJobFiles 86400) so it can be reprinted;
        for a booth that is an applicant's photo left on disk, so it goes at once."""
        with contextlib.suppress(cups.IPPError):  # already purged, or unknown to CUPS
            self.conn.cancelJob(job_id, purge_job=True)

    def resume(self, queue: str) -> None:
        """After the operator fixed the printer: start the queue, accept jobs again, release held
        jobs of ours, and keep the retry-job policy."""
        try:
            self.conn.enablePrinter(queue)
            self.conn.acceptJobs(queue)
        except cups.IPPError as exc:
            if exc.args and exc.args[0] in (cups.IPP_FORBIDDEN, cups.IPP_NOT_AUTHORIZED):
                raise PrintError("プリンターを再開する権限がありません。管理者に、この端末のユーザーを lpadmin グループに"
                                 "追加してもらってください（sudo make run で自動） / not allowed to resume the printer: "
                                 "have this user added to the lpadmin group (sudo make run does it)", "refused") from None
            raise PrintError(f"プリンターを再開できませんでした / the printer could not be resumed: {exc}",
                             "refused") from None
        self.set_retry_policy(queue)
        with _cups_errors():
            jobs = self.conn.getJobs(which_jobs="not-completed",
                                     requested_attributes=["job-id", "job-state", "job-printer-uri"])
        for job_id, attrs in jobs.items():
            if attrs.get("job-state") == 4 and attrs.get("job-printer-uri", "").endswith("/" + queue):
                with contextlib.suppress(cups.IPPError):
                    self.conn.setJobHoldUntil(job_id, "no-hold")  # release


# -- jobs in flight, across a restart ---------------------------------------------------------------
JOBS_FILE = "print_jobs.json"


@dataclass(frozen=True)
class InFlight:
    job: int
    queue: str
    pages: int  # sheets this job prints (counted for the day's tallies once it completes)
    kind: str  # "sheet" or "slip"


class JobBook:
    """The ids of jobs sent but not yet finished, in DATA_DIR/print_jobs.json (no personal data:
    job id, queue, sheet count). A restarted kiosk reads them and follows their state again."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / JOBS_FILE

    def jobs(self) -> list[InFlight]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return [InFlight(int(j["job"]), str(j["queue"]), int(j["pages"]), str(j.get("kind", "sheet")))
                    for j in raw]
        except (OSError, ValueError, KeyError, TypeError):
            return []

    def add(self, entry: InFlight) -> None:
        self._write([*(j for j in self.jobs() if j.job != entry.job), entry])

    def remove(self, job: int) -> None:
        self._write([j for j in self.jobs() if j.job != job])

    def _write(self, jobs: list[InFlight]) -> None:
        atomic_write(self.path, json.dumps([asdict(j) for j in jobs]))  # the old list or the new, never half
