"""A printer in states a real CUPS cannot be put into here (out of paper, jammed), behind the same
interface as hardware.printer.CupsPrinter (hardware.printer.Printer). It reports through the real
reason → message mapping."""

from __future__ import annotations

from hardware.printer import CANCELED, JobStatus, reason_text


class TroubledPrinter:
    def __init__(self, reasons: list[str]) -> None:
        self.reasons = reasons  # printer-state-reasons as CUPS would report them
        self.jobs: dict[int, str] = {}
        self.resumed = False

    def submit(self, queue: str, pdf: bytes, media: str, copies: int = 1, title: str = "") -> int:
        job = len(self.jobs) + 1
        self.jobs[job] = "stopped"  # the queue stops on the error, the job waits
        return job

    def status(self, job_id: int) -> JobStatus:
        state = self.jobs[job_id]
        if state == "canceled":
            return JobStatus(job_id, state, CANCELED)
        return JobStatus(job_id, state, reason_text(self.reasons) if state != "completed" else "")

    def resume(self, queue: str) -> None:  # the operator fixed the printer and pressed Resume
        self.resumed = True
        self.reasons = []
        self.jobs = {j: "completed" if s != "canceled" else s for j, s in self.jobs.items()}

    def cancel(self, job_id: int) -> None:
        self.jobs[job_id] = "canceled"

    def forget(self, job_id: int) -> None:
        self.forgotten = [*getattr(self, "forgotten", []), job_id]
