"""The booth printer through CUPS (pycups): queues, exact-size jobs streamed from memory, job and
printer state in words an operator can act on, jobs in flight remembered across a restart. No Qt.

A job is sent as a PDF page that already has the paper's size with the photos at 100 %, and asks
for no scaling, because some drivers and driverless printers ignore print-scaling. The queue's error
policy is set to retry-job so that one paper-out does not leave it stopped for good.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

import cups

from hardware.ipp import printer_attributes
from hardware.media import Choice, MediaPlan, parse_ppd, plan, plan_ipp
from hardware.supplies import Notice, notices, reason_codes
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
    "input" (bad copies / photo), "no-size" (the driver has no such paper size)."""

    def __init__(self, message: str, kind: str = "refused", **params: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.params = params  # for a screen's own words, e.g. size= for "no-size"

    @property
    def resumable(self) -> bool:
        return self.kind in ("stopped", "rejecting")


@dataclass(frozen=True)
class JobStatus:
    job_id: int
    state: str
    message: str  # bilingual, what to do; empty when there is nothing to do
    codes: tuple[str, ...] = ()  # the same as codes for a screen to put in its language (REASONS' keys,
    # "held", "stopped", "aborted", "canceled", "unknown-job", "unreachable")
    detail: str = ""  # the printer's own last words (printer-state-message), as it said them

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
    codes: tuple[str, ...] = ()  # reason keywords, "stopped", "rejecting"

    @property
    def needs_resume(self) -> bool:
        return self.state == "stopped" or not self.accepting


class Printer(Protocol):
    """What the kiosk needs of a printer; CupsPrinter is the real one (a test fake for a paper jam
    sits behind the same interface)."""

    def submit(self, queue: str, pdf: bytes, media: str, copies: int = 1, title: str = "photo-sheet",
               extra: dict[str, str] | None = None) -> int: ...
    def status(self, job_id: int) -> JobStatus: ...
    def queue_status(self, queue: str) -> QueueStatus: ...
    def queues(self) -> list[str]: ...
    def default_queue(self) -> str | None: ...
    def media_plan(self, queue: str, size_mm: tuple[float, float], photo: bool, label: str) -> MediaPlan: ...
    def notices(self, queue: str) -> list[Notice]: ...
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


MEDIA_ATTRS = ["media-supported", "media-type-supported", "media-source-supported"]
DEVICE_ATTRS = ["marker-names", "marker-levels", "marker-low-levels", "printer-input-tray", "media-ready",
                "printer-state-reasons", "printer-state-message"]


def device_attributes(uri: str, timeout: float = 3.0) -> dict:
    """A network printer's own attributes (hardware.ipp), as single values or lists like pycups'."""
    found = printer_attributes(uri, DEVICE_ATTRS, timeout)
    return {k: v if len(v) > 1 or k in ("marker-names", "marker-levels", "marker-low-levels", "printer-input-tray",
                                         "printer-state-reasons") else v[0] for k, v in found.items()}


def _missing(queue: str) -> PrintError:
    return PrintError(f"プリンター「{queue}」が見つかりません。設定を確認してください / "
                      f"printer {queue!r} not found: check the settings", "missing", queue=queue)


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

    def queue_status(self, queue: str) -> QueueStatus:
        with _cups_errors():
            return self._queue_status(queue)

    def _queue_status(self, queue: str) -> QueueStatus:
        printers = self.conn.getPrinters()
        if queue not in printers:
            raise _missing(queue)
        attrs = printers[queue]
        state = {3: "idle", 4: "processing", 5: "stopped"}.get(attrs.get("printer-state", 3), "idle")
        accepting = bool(self.conn.getPrinterAttributes(queue, requested_attributes=["printer-is-accepting-jobs"])
                         .get("printer-is-accepting-jobs", True))
        message = reason_text(attrs.get("printer-state-reasons", []))
        codes = reason_codes(attrs.get("printer-state-reasons", []))
        if state == "stopped":
            codes.append("stopped")
            message = message or STOPPED
        if not accepting:
            codes.append("rejecting")
            message = message or ("プリンターが印刷を受け付けていません。「再開」を押してください / "
                                  "the printer is not accepting jobs: press Resume")
        return QueueStatus(queue, state, accepting, message, tuple(codes))

    def check(self, queue: str) -> None:
        """Raise PrintError when the queue cannot take a job now (missing, stopped, rejecting)."""
        st = self.queue_status(queue)
        if st.state == "stopped":
            raise PrintError(f"プリンター「{queue}」は停止中です / printer {queue!r} is stopped: {st.message}", "stopped")
        if not st.accepting:
            raise PrintError(f"プリンター「{queue}」は印刷を受け付けていません。「再開」を押してください / "
                             f"printer {queue!r} is not accepting jobs: press Resume", "rejecting")

    def ppd_text(self, queue: str) -> str | None:
        """The queue's PPD (a driver's, or the one CUPS wrote for a driverless printer); None for a
        queue without one."""
        try:
            path = self.conn.getPPD(queue)
        except (cups.IPPError, RuntimeError):
            return None
        try:
            return Path(path).read_text(encoding="utf-8", errors="replace")
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)

    def media_plan(self, queue: str, size_mm: tuple[float, float], photo: bool, label: str) -> MediaPlan:
        """Page size, media type and tray by the queue's own names (hardware.media): from its PPD; for a
        queue without one, from the IPP attributes of the queue or of the printer behind it; else the
        size as a custom one. MediaError when the printer has no such size."""
        with _cups_errors():
            if queue not in self.conn.getPrinters():
                raise _missing(queue)
        text = self.ppd_text(queue)
        if text is not None:
            return plan(parse_ppd(text), size_mm, photo, label)
        with _cups_errors():  # no PPD (a raw queue): the printer's own IPP names, from CUPS or the printer
            attrs = self.conn.getPrinterAttributes(queue, requested_attributes=[*MEDIA_ATTRS, "device-uri"])
        if not attrs.get("media-supported"):
            attrs = printer_attributes(str(attrs.get("device-uri", "")), MEDIA_ATTRS)
        if attrs.get("media-supported"):
            return plan_ipp(attrs, size_mm, photo, label)
        w, h = size_mm
        return MediaPlan(Choice(f"Custom.{w:g}x{h:g}mm", f"{w:g}×{h:g} mm"), size_mm, None, None)

    def notices(self, queue: str) -> list[Notice]:
        """Ink, trays and printer reasons before printing: the queue's own attributes, and for a
        network printer (ipp/ipps device) the printer's, asked directly (a queue learns them only
        while a job runs)."""
        with _cups_errors():
            if queue not in self.conn.getPrinters():
                return []  # submit says the queue is missing, in its own words
            attrs = self.conn.getPrinterAttributes(queue, requested_attributes=[*DEVICE_ATTRS, "device-uri"])
        found = notices(attrs)
        device = device_attributes(str(attrs.get("device-uri", "")))
        return list(dict.fromkeys([*found, *notices(device)]))

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
                                                "the job is no longer known to CUPS: print again", ("unknown-job",))
        state = JOB_STATES.get(attrs.get("job-state", 0), "unknown")
        job_reasons = attrs.get("job-state-reasons", [])
        if isinstance(job_reasons, str):
            job_reasons = [job_reasons]
        detail = str(attrs.get("job-printer-state-message", "") or "")
        job_codes = tuple(k for k in JOB_REASONS if k in job_reasons)
        if state == "completed":
            return JobStatus(job_id, state, "")
        if state == "canceled":
            return JobStatus(job_id, state, CANCELED, ("canceled",))
        if state == "aborted":
            return JobStatus(job_id, state, reason_text(job_reasons, JOB_REASONS) or ABORTED,
                             ("aborted", *job_codes), detail)
        texts, codes = [], []
        queue = attrs.get("job-printer-uri", "").rsplit("/", 1)[-1]
        if queue:
            with contextlib.suppress(cups.IPPError, PrintError):
                printer = self.queue_status(queue)
                codes += printer.codes
                if printer.message:
                    texts.append(printer.message)
        if state == "held":
            texts.append(HELD)
            codes.append("held")
        elif state == "stopped" and not texts:
            texts.append(STOPPED)
            codes.append("stopped")
        job_text = reason_text(job_reasons, JOB_REASONS)
        if job_text and all(t not in " / ".join(texts) for t in job_text.split(" / ")):
            texts.append(job_text)
        codes += [c for c in job_codes if c not in codes]
        return JobStatus(job_id, state, " / ".join(texts), tuple(dict.fromkeys(codes)), detail)

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
