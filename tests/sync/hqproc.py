"""Runs the real `kiosk-hq` command as a subprocess for the tests (keys init, serve, enroll)."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx

from sync.hq.db import make_engine, migrate, sessions
from sync.hq.enrollment import issue_code
from sync.hq.keys import PRIVATE_FILE, PUBLIC_FILE
from tests.sync.pg import free_port

PASSPHRASE = "hq test passphrase"
_KEYS_TEMPLATE: dict[str, bytes] | None = None


def hq_command() -> list[str]:
    script = Path(sys.executable).parent / "kiosk-hq"
    return [str(script)] if script.exists() else [sys.executable, "-m", "sync.hq.cli"]


def hq_env() -> dict[str, str]:
    return {**os.environ, "KIOSK_HQ_PASSPHRASE": PASSPHRASE}


class HQProcess:
    def __init__(self, data_dir: Path, db_url: str, cert: Path | None = None, key: Path | None = None,
                 ca: Path | None = None, command: list[str] | None = None, workers: int = 1) -> None:
        self.workers = workers
        self.command = command or hq_command()  # another venv's kiosk-hq (the install test)
        self.data_dir = data_dir
        self.db_url = db_url
        self.cert, self.key, self.ca = cert, key, ca
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = data_dir / "serve.log"

    @property
    def url(self) -> str:
        scheme = "https" if self.cert else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.command, "--data-dir", str(self.data_dir), *args], env=hq_env(),
                              capture_output=True, text=True, timeout=60, check=check)

    def init_keys(self) -> None:
        """`kiosk-hq keys init` once per test session; later HQs get a copy (scrypt takes a while)."""
        global _KEYS_TEMPLATE
        if _KEYS_TEMPLATE is None:
            self.cli("keys", "init")
            _KEYS_TEMPLATE = {name: (self.data_dir / name).read_bytes() for name in (PRIVATE_FILE, PUBLIC_FILE)}
            return
        for name, content in _KEYS_TEMPLATE.items():
            (self.data_dir / name).write_bytes(content)

    def enroll_code(self, booth: str = "Test booth", via_cli: bool = False) -> str:
        if via_cli:
            out = self.cli("enroll", "--booth", booth, "--db", self.db_url).stdout
            return out.strip().splitlines()[-1]
        engine = make_engine(self.db_url)  # the same function the command runs, without a process start
        try:
            migrate(engine)
            with sessions(engine)() as session:
                return issue_code(session, booth)
        finally:
            engine.dispose()

    def start(self, timeout: float = 60) -> None:
        cmd = [*self.command, "--data-dir", str(self.data_dir), "serve", "--db", self.db_url,
               "--port", str(self.port)]
        if self.cert:
            cmd += ["--cert", str(self.cert), "--key", str(self.key)]
        if self.workers > 1:
            cmd += ["--workers", str(self.workers)]
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(cmd, env=hq_env(), stdout=log, stderr=subprocess.STDOUT)
        verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=str(self.ca)) if self.ca else True
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kiosk-hq serve exited: {self.log.read_text()}")
            try:
                httpx.get(f"{self.url}/api/v1/health", verify=verify, timeout=1).raise_for_status()
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError(f"kiosk-hq serve did not come up: {self.log.read_text()}")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
