"""Hostile input against a real `kiosk-hq serve` and a real kiosk data directory: each attack is
refused with a clear answer and changes nothing HQ reports."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import httpx

from kiosk.store.encrypted import DB_FILE, STORE_DIR
from tests.sync.hqproc import HQProcess
from tests.sync.test_end_to_end import hq_records, kiosk, write_events


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
