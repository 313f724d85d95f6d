"""Hostile input against a real `kiosk-hq serve` and a real kiosk data directory: each attack is
refused with a clear answer and changes nothing HQ reports."""

from __future__ import annotations

import json
import os
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
