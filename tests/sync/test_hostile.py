"""Hostile input against a real `kiosk-hq serve` and a real kiosk data directory: each attack is
refused with a clear answer and changes nothing HQ reports."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from kiosk.domain.events import Event
from kiosk.store.encrypted import DB_FILE, STORE_DIR
from tests.sync.hqproc import HQProcess
from tests.sync.test_end_to_end import hq_records, kiosk, write_events
from tests.sync.test_ingest import enrolled, push


def sealed_record_one(data_dir: Path) -> dict:
    """Record 1 read straight from the kiosk's database, no passphrase needed (it is all ciphertext)."""
    conn = sqlite3.connect(data_dir / STORE_DIR / DB_FILE)
    try:
        seq, prev, nonce, ct, digest, sig = conn.execute(
            "select seq, prev, nonce, ct, hash, sig from records where seq = 1").fetchone()
    finally:
        conn.close()
    return {"seq": seq, "prev": prev.hex(), "nonce": nonce.hex(), "ct": ct.hex(), "hash": digest.hex(), "sig": sig.hex()}


def test_a_data_key_not_signed_by_the_device_is_refused_and_the_real_one_arrives(sqlite_hq: HQProcess, data_dir, tmp_path):
    write_events(tmp_path / "day.jsonl", 20)
    kiosk(data_dir, "events", "import", str(tmp_path / "day.jsonl"))
    kiosk(data_dir, "enroll", "--hq", sqlite_hq.url, "--code", sqlite_hq.enroll_code())
    device = json.loads((data_dir / "sync.json").read_text())["device_id"]
    forged = {"version": 1, "device": device, "wrapped_key": os.urandom(80).hex(),
              "records": [sealed_record_one(data_dir)]}
    for key_sig in (None, os.urandom(64).hex()):
        r = httpx.post(f"{sqlite_hq.url}/api/v1/batches", json={**forged, "key_sig": key_sig}, timeout=30)
        assert r.status_code == 422 and r.json()["error"] == "bad_key_signature"
    assert hq_records(sqlite_hq) == (0, 0)
    assert "All delivered" in kiosk(data_dir, "sync").stdout
    hq_report = sqlite_hq.cli("report", "daily", "--date", "2026-11-20", "--format", "json", "--db", sqlite_hq.db_url)
    kiosk_report = kiosk(data_dir, "report", "daily", "--date", "2026-11-20", "--format", "json")
    assert json.loads(hq_report.stdout) == json.loads(kiosk_report.stdout)


def test_hq_reports_leave_out_an_event_outside_the_date_window_and_say_so(sqlite_hq: HQProcess, tmp_path):
    k = enrolled(sqlite_hq, events=3)
    k.seal(Event("visitor", datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))), "S1"))  # an older kiosk's
    assert push(sqlite_hq, k, k.records).status_code == 200
    out = tmp_path / "daily.json"
    r = sqlite_hq.cli("report", "daily", "--date", "2026-11-20", "--format", "json", "--out", str(out),
                      "--db", sqlite_hq.db_url, check=False)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "1 records that are not valid events were left out: kiosk-A #4" in r.stderr
    assert json.loads(out.read_text())["visitors"] == 3


def test_a_record_with_an_unsigned_extra_field_is_refused(sqlite_hq: HQProcess):
    k = enrolled(sqlite_hq, events=2)
    r = push(sqlite_hq, k, [k.records[0], {**k.records[1], "note": "not covered by any signature"}])
    assert r.status_code == 422 and r.json()["error"] == "malformed" and "unsigned" in r.json()["detail"]
    assert hq_records(sqlite_hq) == (0, 0)


def raw_post(hq: HQProcess, path: str, head: str, body: bytes) -> str:
    """A hand-written request on a socket: what a hostile client sends, not what httpx would."""
    with socket.create_connection(("127.0.0.1", hq.port), timeout=30) as s:
        s.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{head}\r\n".encode())
        with contextlib.suppress(OSError):  # HQ may answer and close before all of it is sent
            s.sendall(body)
        answer = b""
        with contextlib.suppress(OSError):
            while b"}" not in answer and (piece := s.recv(65536)):
                answer += piece
        return answer.decode("latin-1")


def hq_memory_kb(hq: HQProcess) -> int:
    status = Path(f"/proc/{hq.proc.pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))


def test_a_200_mb_body_is_refused_with_413_before_it_is_read(sqlite_hq: HQProcess):
    before = hq_memory_kb(sqlite_hq)
    answer = raw_post(sqlite_hq, "/api/v1/batches", f"Content-Length: {200 << 20}\r\n", b'{"records": [' + b" " * 65536)
    assert answer.startswith("HTTP/1.1 413") and "too_large" in answer
    chunk = b" " * (1 << 20)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(20)) + b"0\r\n\r\n"
    answer = raw_post(sqlite_hq, "/api/v1/batches", "Transfer-Encoding: chunked\r\n", chunked)
    assert answer.startswith("HTTP/1.1 413")
    small = raw_post(sqlite_hq, "/api/v1/enroll", "Content-Length: 5000\r\n", b"{" + b" " * 4999)
    assert small.startswith("HTTP/1.1 413")  # each route has its own limit
    assert hq_memory_kb(sqlite_hq) - before < 40_000
    assert httpx.get(f"{sqlite_hq.url}/api/v1/health", timeout=10).status_code == 200
    for public in ("/docs", "/redoc", "/openapi.json"):  # no map of the API for strangers
        assert httpx.get(f"{sqlite_hq.url}{public}", timeout=10).status_code == 404
