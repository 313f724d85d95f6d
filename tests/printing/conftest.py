"""A private CUPS scheduler for the printing tests, with a cups-pdf queue made per test.

The scheduler is the real Debian cupsd, started here in the foreground with its own configuration
(`cupsd -f -c cupsd.conf -s cups-files.conf`): its own ServerRoot, spool, cache, state and log
directories under one temporary directory, listening only on 127.0.0.1:<a free port>. It does not
touch, and does not need, the system's scheduler or /etc/cups (except the cups-pdf backend's own
/etc/cups/cups-pdf.conf, which decides where the "printed" PDFs land: see `output_dirs`). pycups in
this process is pointed at it with cups.setServer/setPort, and subprocesses (lpadmin, `kiosk print`)
with CUPS_SERVER.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import cups
import pytest

PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"

CUPSD_CONF = """\
Listen 127.0.0.1:{port}
LogLevel info
WebInterface No
Browsing No
DefaultAuthType None
# CUPS's stock defaults (a printed document kept for a day): the kiosk must clean up itself
PreserveJobFiles 86400
PreserveJobHistory Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """\
ServerRoot {root}/conf
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
User lp
Group lp
SystemGroup root
FileDevice No
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def output_dirs() -> list[Path]:
    """Where cups-pdf writes: its backend reads /etc/cups/cups-pdf.conf (Debian: `Out ${HOME}/PDF`,
    the job owner's home; root's jobs land in /root/PDF) and falls back to AnonDirName for users it
    does not know. Jobs sent from here are owned by the user running the tests."""
    user = pwd.getpwuid(os.geteuid())
    out, anon = "/var/spool/cups-pdf/${USER}", "/var/spool/cups-pdf/ANONYMOUS"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            m = re.match(r"\s*(Out|AnonDirName)\s+(\S+)", line)
            if m:
                out, anon = (m[2], anon) if m[1] == "Out" else (out, m[2])
    out = out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name)
    return [Path(out), Path(anon)]


SPOOL: list[Path] = []  # the private scheduler's RequestRoot, while it runs


def spool_documents() -> list[Path]:
    """Document files CUPS keeps in its spool (d<job>-<n>): copies of what was printed."""
    return sorted(p for d in SPOOL for p in d.glob("d*"))


def _pdfs() -> set[Path]:
    return {p for d in output_dirs() if d.is_dir() for p in d.glob("*.pdf")}


@pytest.fixture(scope="session")
def cups_server():
    """Start the private cupsd; yields the cups-pdf PPD name. Skips without root or cups-pdf."""
    if os.geteuid() != 0 or not shutil.which("cupsd") or not shutil.which("lpadmin"):
        pytest.skip("needs root and CUPS (apt-get install cups printer-driver-cups-pdf)")
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        pytest.skip("printer-driver-cups-pdf is not installed")
    root = Path(tempfile.mkdtemp(prefix="kiosk-cupsd-"))  # not under pytest's 0700 tree: lp runs the filters
    root.chmod(0o755)
    for sub in ("conf", "spool/tmp", "cache", "state", "log"):
        (root / sub).mkdir(parents=True)
    port = _free_port()
    (root / "conf/cupsd.conf").write_text(CUPSD_CONF.format(port=port))
    (root / "conf/cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    log = (root / "log/cupsd.out").open("w")
    proc = subprocess.Popen(["cupsd", "-f", "-c", str(root / "conf/cupsd.conf"), "-s",
                             str(root / "conf/cups-files.conf")], stdout=log, stderr=subprocess.STDOUT)
    SPOOL[:] = [root / "spool"]
    saved_env = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = f"127.0.0.1:{port}"
    cups.setServer("127.0.0.1")
    cups.setPort(port)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                cups.Connection().getPrinters()
                break
            except RuntimeError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("private cupsd did not start: "
                                         + (root / "log/cupsd.out").read_text()) from None
                time.sleep(0.1)
        yield PPD
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        if saved_env is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = saved_env
        cups.setServer("")  # back to CUPS_SERVER / client.conf / the default
        cups.setPort(631)
        SPOOL.clear()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pdf_queue(cups_server):
    """A fresh cups-pdf queue on the private scheduler; the PDFs it "printed" are removed afterwards
    (the test's paper goes, as printed sheets leave the booth)."""
    name = f"KioskTest{uuid.uuid4().hex[:6]}"
    before = _pdfs()
    subprocess.run(["lpadmin", "-p", name, "-v", "cups-pdf:/", "-E", "-m", cups_server], check=True,
                   capture_output=True)
    yield name
    subprocess.run(["lpadmin", "-x", name], capture_output=True)
    for printed in _pdfs() - before:
        printed.unlink(missing_ok=True)


def output_of(title: str, timeout: float = 30) -> Path:
    """The PDF cups-pdf wrote for a job with this (unique) title. cups-pdf names the file after the
    title, cleaned and sometimes suffixed (`<title>__1__enable-job_7.pdf`), so match the prefix and
    wait until the file is complete (%%EOF at its end: ghostscript writes it last)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted((p for p in _pdfs() if p.name.startswith(title)), key=lambda p: p.stat().st_mtime)
        if found and b"%%EOF" in found[-1].read_bytes()[-64:]:
            return found[-1]
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote no file for {title} in {output_dirs()}")
