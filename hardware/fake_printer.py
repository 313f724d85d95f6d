"""A printer in states a real CUPS cannot be put into here (out of paper, jammed, ink out), behind
the same interface as hardware.printer.CupsPrinter (the `Printer` protocol). It reports through the
real reason → code and message mapping; the screen tests and a demonstration use it."""

from __future__ import annotations

from hardware.media import Choice, MediaPlan
from hardware.printer import CANCELED, JobStatus, QueueStatus, reason_text
from hardware.supplies import Notice, notices, reason_codes


class TroubledPrinter:
    def __init__(self, reasons: list[str], queue: str = "TroubledMFP") -> None:
        self.reasons = reasons  # printer-state-reasons as CUPS would report them
        self.queue = queue
        self.jobs: dict[int, str] = {}
        self.options: dict[int, dict[str, str]] = {}  # what each job was sent with
        self.resumed = False
        self.forgotten: list[int] = []

    def queues(self) -> list[str]:
        return [self.queue]

    def default_queue(self) -> str | None:
        return self.queue

    def queue_status(self, queue: str) -> QueueStatus:
        return QueueStatus(queue, "idle", True, reason_text(self.reasons), tuple(reason_codes(self.reasons)))

    def notices(self, queue: str) -> list[Notice]:
        return notices({"printer-state-reasons": self.reasons})

    def media_plan(self, queue: str, size_mm: tuple[float, float], photo: bool, label: str) -> MediaPlan:
        w, h = size_mm
        return MediaPlan(Choice(f"Custom.{w:g}x{h:g}mm", f"{w:g}×{h:g} mm"), size_mm,
                         Choice("photographic-glossy", "Glossy photo") if photo else None, None)

    def submit(self, queue: str, pdf: bytes, media: str, copies: int = 1, title: str = "",
               extra: dict[str, str] | None = None) -> int:
        job = len(self.jobs) + 1
        self.jobs[job] = "stopped"  # the queue stops on the error, the job waits
        self.options[job] = {"media": media, **(extra or {})}
        return job

    def status(self, job_id: int) -> JobStatus:
        state = self.jobs[job_id]
        if state == "canceled":
            return JobStatus(job_id, state, CANCELED, ("canceled",))
        if state == "completed":
            return JobStatus(job_id, state, "")
        return JobStatus(job_id, state, reason_text(self.reasons), tuple(reason_codes(self.reasons)))

    def resume(self, queue: str) -> None:  # the operator fixed the printer and pressed Resume
        self.resumed = True
        self.reasons = []
        self.jobs = {j: "completed" if s != "canceled" else s for j, s in self.jobs.items()}

    def cancel(self, job_id: int) -> None:
        self.jobs[job_id] = "canceled"

    def forget(self, job_id: int) -> None:
        self.forgotten.append(job_id)
