"""The booth printer through CUPS (pycups): queues, exact-size jobs streamed from memory, job and
printer state in words an operator can act on. No Qt.

A job is sent as a PDF page that already has the paper's size with the photos at 100 %, and asks
for no scaling, because some drivers and driverless printers ignore print-scaling. The queue's error
policy is set to retry-job so that one paper-out does not leave it stopped for good.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass

import cups

JOB_STATES = {3: "pending", 4: "held", 5: "processing", 6: "stopped", 7: "canceled", 8: "aborted", 9: "completed"}
FINAL = {"canceled", "aborted", "completed"}

# printer-state-reasons keywords (RFC 8011 / PWG 5100.9), with what the operator should do
REASONS = {
    "media-empty": "用紙がありません。用紙を補充してください / out of paper: load paper",
    "media-needed": "用紙がありません。用紙を補充してください / out of paper: load paper",
    "media-jam": "紙詰まりです。詰まった紙を取り除いてください / paper jam: remove the jammed paper",
    "door-open": "プリンターのカバーが開いています。閉じてください / a printer cover is open: close it",
    "cover-open": "プリンターのカバーが開いています。閉じてください / a printer cover is open: close it",
    "toner-low": "トナー残量が少なくなっています / toner is low",
    "toner-empty": "トナーがありません。交換してください / toner is empty: replace it",
    "marker-supply-low": "インク残量が少なくなっています / ink is low",
    "marker-supply-empty": "インクがありません。交換してください / ink is empty: replace it",
    "offline": "プリンターの電源と接続を確認してください / the printer is offline: check power and cable",
    "connecting-to-device": "プリンターに接続しています… / connecting to the printer…",
    "paused": "印刷が一時停止しています。「再開」を押してください / the queue is paused: press Resume",
}


class PrintError(RuntimeError):
    """Something the operator must know; the message is bilingual and says what to do."""


@dataclass(frozen=True)
class JobStatus:
    job_id: int
    state: str
    message: str

    @property
    def done(self) -> bool:
        return self.state in FINAL


def _reason_text(reasons: list[str]) -> str:
    texts = []
    for reason in reasons:
        key = reason.removesuffix("-error").removesuffix("-warning").removesuffix("-report")
        if key in REASONS and REASONS[key] not in texts:
            texts.append(REASONS[key])
    return " / ".join(texts)


class CupsPrinter:
    def __init__(self, server: str | None = None) -> None:
        if server:
            cups.setServer(server)
        try:
            self.conn = cups.Connection()
        except RuntimeError as exc:
            raise PrintError(f"印刷システム（CUPS）に接続できません / cannot reach the print system (CUPS): {exc}") from None

    def queues(self) -> list[str]:
        return sorted(self.conn.getPrinters())

    def default_queue(self) -> str | None:
        return self.conn.getDefault() or (self.queues() or [None])[0]

    def check(self, queue: str) -> None:
        """Raise PrintError when the queue cannot take a job now (missing, stopped, rejecting)."""
        printers = self.conn.getPrinters()
        if queue not in printers:
            raise PrintError(f"プリンター「{queue}」が見つかりません。設定を確認してください / "
                             f"printer {queue!r} not found: check the settings")
        attrs = printers[queue]
        if attrs.get("printer-state") == 5:  # stopped
            detail = _reason_text(attrs.get("printer-state-reasons", [])) or REASONS["paused"]
            raise PrintError(f"プリンター「{queue}」は停止中です / printer {queue!r} is stopped: {detail}")
        if not self.conn.getPrinterAttributes(queue).get("printer-is-accepting-jobs", True):
            raise PrintError(f"プリンター「{queue}」は印刷を受け付けていません。「再開」を押してください / "
                             f"printer {queue!r} is not accepting jobs: press Resume")

    def submit(self, queue: str, pdf: bytes, media: str, copies: int = 1, title: str = "photo sheet") -> int:
        """Stream the PDF to CUPS (no file of ours on disk) and return the job id."""
        if not 1 <= copies <= 20:
            raise PrintError("部数は1〜20です / copies must be 1 to 20")
        self.check(queue)
        with contextlib.suppress(cups.IPPError):  # not allowed for this user: the queue keeps its own
            self.conn.setPrinterErrorPolicy(queue, "retry-job")
        options = {"media": media, "copies": str(copies), "print-scaling": "none", "fit-to-page": "false",
                   "scaling": "100", "print-quality": "5"}
        try:
            job = self.conn.createJob(queue, title, options)
            self.conn.startDocument(queue, job, title, cups.CUPS_FORMAT_PDF, 1)
            self.conn.writeRequestData(pdf, len(pdf))
            self.conn.finishDocument(queue)
        except cups.IPPError as exc:
            raise PrintError(f"印刷を開始できませんでした / the job was refused: {exc}") from None
        return job

    def status(self, job_id: int) -> JobStatus:
        attrs = self.conn.getJobAttributes(job_id)
        state = JOB_STATES.get(attrs.get("job-state", 0), "unknown")
        printer = attrs.get("job-printer-uri", "").rsplit("/", 1)[-1]
        message = ""
        if printer and state != "completed":
            try:
                reasons = self.conn.getPrinterAttributes(printer).get("printer-state-reasons", [])
                message = _reason_text(reasons)
            except cups.IPPError:
                pass
        if state in ("aborted", "canceled") and not message:
            message = ("印刷が中止されました。もう一度印刷してください / the job was stopped: print again")
        return JobStatus(job_id, state, message)

    def wait(self, job_id: int, timeout: float = 120.0, poll: float = 0.2) -> JobStatus:
        deadline = time.monotonic() + timeout
        status = self.status(job_id)
        while not status.done and time.monotonic() < deadline:
            time.sleep(poll)
            status = self.status(job_id)
        return status

    def cancel(self, job_id: int) -> None:
        self.conn.cancelJob(job_id)

    def resume(self, queue: str) -> None:
        """After the operator fixed the printer: start the queue and accept jobs again."""
        self.conn.enablePrinter(queue)
        self.conn.acceptJobs(queue)
