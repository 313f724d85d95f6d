"""A real CUPS scheduler (the system one, started here when it is not running) with a cups-pdf
queue made for the test and removed afterwards. cups-pdf writes root's jobs to /root/PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

OUT = Path(os.path.expanduser("~")) / "PDF"


def _running() -> bool:
    r = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "is running" in r.stdout


@pytest.fixture(scope="session")
def cups_server():
    if os.geteuid() != 0 or not shutil.which("cupsd") or not shutil.which("lpadmin"):
        pytest.skip("needs root and CUPS (apt-get install cups printer-driver-cups-pdf)")
    if not _running():
        subprocess.run(["cupsd"], check=True)
        for _ in range(40):
            if _running():
                break
            time.sleep(0.25)
    ppd = next((line.split()[0] for line in subprocess.run(["lpinfo", "-m"], capture_output=True, text=True).stdout
                .splitlines() if "CUPS-PDF" in line), None)
    if ppd is None:
        pytest.skip("printer-driver-cups-pdf is not installed")
    return ppd


@pytest.fixture
def pdf_queue(cups_server):
    name = f"KioskTest{uuid.uuid4().hex[:6]}"
    before = set(OUT.glob("*.pdf")) if OUT.exists() else set()
    subprocess.run(["lpadmin", "-p", name, "-v", "cups-pdf:/", "-E", "-m", cups_server], check=True,
                   capture_output=True)
    yield name
    subprocess.run(["lpadmin", "-x", name], capture_output=True)
    for printed in (set(OUT.glob("*.pdf")) if OUT.exists() else set()) - before:
        printed.unlink(missing_ok=True)  # the test's "paper" goes, as printed sheets leave the booth


def output_of(title: str, timeout: float = 30) -> Path:
    """The PDF cups-pdf wrote for a job with this title."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted(OUT.glob(f"{title}*.pdf"), key=lambda p: p.stat().st_mtime) if OUT.exists() else []
        if found and found[-1].stat().st_size > 0:
            return found[-1]
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote no file for {title} in {OUT}")
