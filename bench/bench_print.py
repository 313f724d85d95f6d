"""Printing: time from "print" (sheet built from the photo) to the job handed to CUPS, and to the
job completed, for each layout, on the PDF printer (a cups-pdf queue, created if missing; root)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hardware.printer import CupsPrinter  # noqa: E402
from kiosk.sheets.layout import PAPERS, layout  # noqa: E402
from kiosk.sheets.pdf import sheet_pdf  # noqa: E402
from tests.printing.conftest import output_dirs  # noqa: E402 (where cups-pdf writes)


def main() -> None:
    subprocess.run([str(Path(__file__).resolve().parent.parent / "scripts" / "ensure-pdf-printer.sh")],
                   capture_output=True)
    printer = CupsPrinter()
    queue = "KioskPDF" if "KioskPDF" in printer.queues() else printer.default_queue()
    photo = cv2.imencode(".jpg", np.random.default_rng(1).integers(0, 255, (1063, 827, 3), np.uint8))[1].tobytes()
    print(f"queue {queue}; a 827×1063 photo; median of 3 runs per layout")
    for name in PAPERS:
        for dpi in (300, 600):
            handed, done = [], []
            for _ in range(3):
                t0 = time.perf_counter()
                sheet = layout(name)
                job = printer.submit(queue, sheet_pdf(photo, sheet, dpi), sheet.paper.media, title=f"bench-{name}")
                handed.append(time.perf_counter() - t0)
                status = printer.wait(job, 120, poll=0.05)
                done.append(time.perf_counter() - t0)
                printer.forget(job)  # as the kiosk does: nothing of the sheet stays in the spool
                if status.state != "completed":
                    raise SystemExit(f"job {job} ({name}, {dpi} dpi) ended {status.state}: {status.message}")
            for out in (p for d in output_dirs() if d.is_dir() for p in d.glob("bench-*.pdf")):
                out.unlink(missing_ok=True)  # the benchmark's "paper" goes too
            print(f"{name:>7} {dpi} dpi: handed to CUPS {sorted(handed)[1] * 1000:6.0f} ms, "
                  f"completed {sorted(done)[1] * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
