"""Printing: time from "print" (sheet built from the photo) to the job handed to CUPS, and to the
job completed, for each layout, on the PDF printer (a cups-pdf queue, created if missing; root); then
through the print service on Epson's ESC/P-R driver (a temporary EP-807A queue writing to /dev/null:
the whole filter chain runs), with the time to read the driver's PPD and choose paper, type and tray."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hardware.printer import CupsPrinter  # noqa: E402
from kiosk.printing.service import PrintService  # noqa: E402
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
    epson(printer, photo)


def epson(printer: CupsPrinter, photo: bytes) -> None:
    driver = Path("/usr/lib/cups/driver/escpr")
    if not driver.exists():
        print("ESC/P-R: printer-driver-escpr is not installed; skipped")
        return
    uri = "escpr:0/cups/model/epson-inkjet-printer-escpr/Epson-EP-807A_Series-epson-escpr-en.ppd"
    with tempfile.NamedTemporaryFile(suffix=".ppd") as ppd:
        ppd.write(subprocess.run([str(driver), "cat", uri], capture_output=True, check=True).stdout)
        ppd.flush()
        os.chmod(ppd.name, 0o644)
        subprocess.run(["lpadmin", "-p", "KioskBenchEpson", "-v", "file:/dev/null", "-E", "-P", ppd.name], check=True,
                       capture_output=True)
    try:
        with tempfile.TemporaryDirectory() as data:
            service = PrintService(printer, Path(data), "KioskBenchEpson")
            for name in ("L", "2L", "A4"):
                plans, handed, done = [], [], []
                for _ in range(3):
                    t0 = time.perf_counter()
                    service.sheet_plan(name)
                    plans.append(time.perf_counter() - t0)
                    t0 = time.perf_counter()
                    sent = service.print_sheet(photo, name)
                    handed.append(time.perf_counter() - t0)
                    status = service.wait(sent.job, 120, poll=0.05)
                    done.append(time.perf_counter() - t0)
                    service.finish(sent.job)
                    if status.state != "completed":
                        raise SystemExit(f"Epson job {sent.job} ({name}) ended {status.state}: {status.message}")
                opts = " ".join(f"{k}={v}" for k, v in sent.plan.options.items() if k != "media")
                print(f"ESC/P-R EP-807A {name:>3} ({opts}): choose {sorted(plans)[1] * 1000:4.0f} ms, handed "
                      f"{sorted(handed)[1] * 1000:4.0f} ms, completed {sorted(done)[1] * 1000:5.0f} ms")
    finally:
        subprocess.run(["lpadmin", "-x", "KioskBenchEpson"], capture_output=True)


if __name__ == "__main__":
    main()
