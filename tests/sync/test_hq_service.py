"""HQ service on its own: keys, enrollment codes, refusal of strangers, TLS — on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import func, select

from sync.client.transport import HQRejected, HQTransport
from sync.hq.db import make_engine
from sync.hq.models import Device, Record, Rejection
from tests.sync.hqproc import HQProcess, hq_command


def _pub() -> bytes:
    return Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _count(db_url: str, model: type) -> int:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(model)).scalar_one()
    finally:
        engine.dispose()


def test_keys_init_protects_an_existing_key_and_needs_a_passphrase(hq_dir):
    hq = HQProcess(hq_dir, "sqlite://")
    assert "created" in hq.cli("keys", "init").stdout
    assert "BEGIN" not in (hq_dir / "hq-key.json").read_text()  # sealed, not a plain PEM
    again = hq.cli("keys", "init", check=False)
    assert again.returncode != 0 and "already exist" in again.stderr
    env = {k: v for k, v in os.environ.items() if k != "KIOSK_HQ_PASSPHRASE"}
    other = hq_dir / "other"
    r = subprocess.run([*hq_command(), "--data-dir", str(other), "keys", "init"], env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "KIOSK_HQ_PASSPHRASE" in r.stderr
    short = subprocess.run([*hq_command(), "--data-dir", str(other), "keys", "init"],
                           env={**env, "KIOSK_HQ_PASSPHRASE": "hq-key"}, stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, timeout=60)
    assert short.returncode != 0 and "12" in short.stderr and not (other / "hq-key.json").exists()


def test_serve_refuses_plain_http_off_loopback(hq_dir):
    hq = HQProcess(hq_dir, "sqlite://")
    hq.init_keys()
    r = hq.cli("serve", "--host", "0.0.0.0", "--port", str(hq.port), check=False)
    assert r.returncode != 0 and "TLS" in r.stderr


def test_enrollment_code_works_once(hq):
    code = hq.enroll_code("Shibuya hall", via_cli=True)
    assert len(code.replace("-", "")) == 12  # the code alone on the last line
    t = HQTransport(hq.url)
    key = _pub()
    reply = t.enroll(code, "kiosk-A", key)
    assert reply["booth"] == "Shibuya hall"
    assert t.enroll(code, "kiosk-A", key) == reply  # a retry after a lost reply gets the same answer
    assert bytes.fromhex(reply["hq_public_key"]) == bytes.fromhex((hq.data_dir / "hq-key.pub").read_text())
    with pytest.raises(HQRejected) as used:
        t.enroll(code, "kiosk-B", _pub())
    assert used.value.reason == "bad_code"
    with pytest.raises(HQRejected):
        t.enroll("AAAA-BBBB-CCCC", "kiosk-C", _pub())
    with pytest.raises(HQRejected) as taken:  # a fresh code cannot take over an enrolled device id
        t.enroll(hq.enroll_code(), "kiosk-A", _pub())
    assert taken.value.reason == "device_exists"
    t.close()
    assert _count(hq.db_url, Device) == 1
    assert _count(hq.db_url, Rejection) == 3


def test_unenrolled_device_cannot_push(hq):
    batch = {"version": 1, "device": "stranger", "wrapped_key": None,
             "records": [{"seq": 1, "ct": "00", "hash": "00", "sig": "00"}]}
    r = httpx.post(f"{hq.url}/api/v1/batches", json=batch)
    assert r.status_code == 403 and r.json()["error"] == "unknown_device"
    assert _count(hq.db_url, Record) == 0
    assert _count(hq.db_url, Rejection) == 1
    assert "unknown_device" in hq.log.read_text()


def test_kiosk_refuses_hq_with_a_certificate_from_another_ca(hq_dir, tls, tmp_path):
    hq = HQProcess(hq_dir, f"sqlite:///{tmp_path / 'hq.sqlite3'}", cert=tls["cert"], key=tls["key"], ca=tls["ca"])
    hq.init_keys()
    hq.start()
    try:
        code = hq.enroll_code()
        for wrong in (HQTransport(hq.url, ca_file=str(tls["other_ca"])), HQTransport(hq.url)):
            with pytest.raises(HQRejected) as refused:
                wrong.enroll(code, "kiosk-A", _pub())
            assert refused.value.reason == "tls"
            wrong.close()
        assert _count(hq.db_url, Device) == 0  # nothing reached HQ
        good = HQTransport(hq.url, ca_file=str(tls["ca"]))
        assert good.enroll(code, "kiosk-A", _pub())["device_id"] == "kiosk-A"
        good.close()
    finally:
        hq.stop()


def test_kiosk_refuses_plain_http_to_a_remote_hq():
    with pytest.raises(ValueError, match="https"):
        HQTransport("http://hq.example.jp")


def test_health_reports_hq_time_for_the_clock_check(hq):
    t = HQTransport(hq.url)
    assert abs(t.clock_skew()) < 5  # same machine: no skew
    t.close()
