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

import contextlib
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
LogLevel debug
MaxLogSize 0
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
LOG: list[Path] = []  # its error_log (LogLevel debug: each job's options, filters and ghostscript line)


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
    LOG[:] = [root / "log/error_log"]
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
        LOG.clear()
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


def job_log(job: int) -> str:
    """What the private cupsd logged for one job (its options, the filters it ran and how they ended)."""
    return "\n".join(line for line in LOG[0].read_text(errors="replace").splitlines() if f"[Job {job}]" in line)


# -- Epson's ESC/P-R driver ------------------------------------------------------------------------
ESCPR = "/usr/lib/cups/driver/escpr"
ESCPR_MODELS = {"EP-805A": "Epson-EP-805A_Series", "EP-807A": "Epson-EP-807A_Series"}


@pytest.fixture(scope="session")
def escpr_ppds(tmp_path_factory):
    """The driver's PPDs for two Epson photo MFPs: EP-805A (one paper path) and EP-807A (an upper
    photo cassette that refuses A4, a lower cassette for plain paper)."""
    if not Path(ESCPR).exists():
        pytest.skip("printer-driver-escpr is not installed")
    out = {}
    for model, name in ESCPR_MODELS.items():
        ppd = tmp_path_factory.mktemp("escpr") / f"{name}.ppd"
        uri = f"escpr:0/cups/model/epson-inkjet-printer-escpr/{name}-epson-escpr-en.ppd"
        ppd.write_bytes(subprocess.run([ESCPR, "cat", uri], capture_output=True, check=True).stdout)
        ppd.chmod(0o644)
        out[model] = ppd
    return out


@pytest.fixture
def epson_queue(cups_server, escpr_ppds):
    """make(model) -> a queue on the real ESC/P-R driver whose output goes to /dev/null: the whole
    filter chain (pdftopdf → gstoraster → epson-escpr-wrapper) runs; only the paper is missing."""
    made: list[str] = []

    def make(model: str, uri: str = "file:/dev/null") -> str:
        name = f"Epson{uuid.uuid4().hex[:6]}"
        subprocess.run(["lpadmin", "-p", name, "-v", uri, "-E", "-P", str(escpr_ppds[model])], check=True,
                       capture_output=True)
        made.append(name)
        return name

    yield make
    for name in made:
        subprocess.run(["lpadmin", "-x", name], capture_output=True)


# -- a driverless (IPP Everywhere) photo MFP: ippeveprinter ------------------------------------------
DBUS_CONF = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>system</type><listen>unix:path={sock}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow user="*"/><allow own="*"/><allow send_type="method_call"/>
<allow send_type="signal"/><allow send_type="method_return"/><allow send_type="error"/>
<allow receive_type="method_call"/><allow receive_type="signal"/><allow receive_type="method_return"/>
<allow receive_type="error"/></policy></busconfig>
"""
AVAHI_CONF = """[server]
use-ipv4=yes
use-ipv6=no
allow-interfaces=lo
enable-dbus=yes
[publish]
publish-addresses=no
publish-hinfo=no
publish-workstation=no
"""


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def dnssd():
    """A private system bus and avahi-daemon (ippeveprinter will not start without DNS-SD): the bus on
    a socket of its own, avahi in a mount namespace with its own /run/avahi-daemon (pid file), on lo."""
    for tool in ("dbus-daemon", "avahi-daemon", "ippeveprinter", "unshare"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} is not installed (apt-get install dbus-daemon avahi-daemon cups-ipp-utils)")
    if os.geteuid() != 0:
        pytest.skip("needs root (avahi-daemon)")
    root = Path(tempfile.mkdtemp(prefix="kiosk-dnssd-"))
    sock = root / "bus.sock"
    (root / "dbus.conf").write_text(DBUS_CONF.format(sock=sock))
    (root / "avahi.conf").write_text(AVAHI_CONF)
    bus = subprocess.Popen(["dbus-daemon", "--nofork", "--config-file", str(root / "dbus.conf")],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={sock}"}
    made_run = not Path("/run/avahi-daemon").exists()
    avahi = subprocess.Popen(["unshare", "-m", "sh", "-c", "mkdir -p /run/avahi-daemon && mount -t tmpfs tmpfs "
                              "/run/avahi-daemon && exec avahi-daemon --no-drop-root --no-chroot --no-rlimits -f "
                              + str(root / "avahi.conf")], env=env, stdout=(root / "avahi.log").open("w"),
                             stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 15
        while "Server startup complete" not in (root / "avahi.log").read_text():
            if avahi.poll() is not None or time.monotonic() > deadline:
                pytest.skip("avahi-daemon did not start: " + (root / "avahi.log").read_text()[-500:])
            time.sleep(0.1)
        yield env
    finally:
        _stop(avahi)
        _stop(bus)
        if made_run:
            with contextlib.suppress(OSError):
                Path("/run/avahi-daemon").rmdir()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def photo_mfp(dnssd):
    """start(photo_paper=True) -> (device URI, folder where it keeps each document it receives): a
    driverless photo MFP (tests/printing/photo_mfp.py) run by ippeveprinter on a free port."""
    from tests.printing.photo_mfp import attributes

    running: list[tuple[subprocess.Popen, Path]] = []

    def start(photo_paper: bool = True) -> tuple[str, Path]:
        root = Path(tempfile.mkdtemp(prefix="kiosk-ippeve-"))
        (root / "spool").mkdir()
        (root / "mfp.conf").write_text(attributes(photo_paper))
        port = _free_port()
        # -c /bin/true: the "printing" command ends at once (its simulated print takes ~10 s otherwise)
        proc = subprocess.Popen(["ippeveprinter", "-p", str(port), "-n", "localhost", "-k", "-c", "/bin/true",
                                 "-d", str(root / "spool"),
                                 "-a", str(root / "mfp.conf"), f"PhotoMFP{port}"], env=dnssd,
                                stdout=(root / "ippeve.log").open("w"), stderr=subprocess.STDOUT)
        running.append((proc, root))
        uri = f"ipp://localhost:{port}/ipp/print"
        deadline = time.monotonic() + 15
        while True:
            try:
                cups.Connection(host="localhost", port=port).getPrinterAttributes(uri=uri)
                return uri, root / "spool"
            except (RuntimeError, cups.IPPError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("ippeveprinter did not start: " + (root / "ippeve.log").read_text()) from None
                time.sleep(0.1)

    yield start
    for proc, root in running:
        _stop(proc)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def everywhere_queue(cups_server):
    """make(uri) -> a CUPS queue made driverless on that printer (`lpadmin -m everywhere`)."""
    made: list[str] = []

    def make(uri: str) -> str:
        name = f"Driverless{uuid.uuid4().hex[:6]}"
        subprocess.run(["lpadmin", "-p", name, "-v", uri, "-E", "-m", "everywhere"], check=True, capture_output=True)
        made.append(name)
        return name

    yield make
    for name in made:
        subprocess.run(["lpadmin", "-x", name], capture_output=True)
