"""HQ ingest against a real `kiosk-hq serve` (SQLite and PostgreSQL): exactly once, and refusal of
forged, tampered, replayed and foreign batches with nothing of them stored."""

from __future__ import annotations

import json
from datetime import datetime

import httpx
from sqlalchemy import func, select

from kiosk.domain.events import JST, make_event
from kiosk.domain.report import daily_report
from sync.client.transport import HQTransport
from sync.hq.db import make_engine
from sync.hq.models import Record, Rejection
from tests.sync.hqproc import HQProcess
from tests.sync.sealing import Sealer, SealerSource
from wire.envelope import sign_wrapped_key, wrap_data_key

DAY = datetime(2026, 11, 20, 10, 0, tzinfo=JST)


def enrolled(hq: HQProcess, device_id: str = "kiosk-A", events: int = 0) -> Sealer:
    sealer = Sealer(device_id)
    t = HQTransport(hq.url)
    reply = t.enroll(hq.enroll_code(), device_id, sealer.public_key)
    t.close()
    sealer.hq_public_key = bytes.fromhex(reply["hq_public_key"])  # type: ignore[attr-defined]
    for i in range(events):
        sealer.seal(make_event("visitor", "S1", at=DAY.replace(minute=i % 60)))
    return sealer


def push(hq: HQProcess, sealer: Sealer, records: list[dict], device: str | None = None) -> httpx.Response:
    wrapped = wrap_data_key(sealer.hq_public_key, sealer.data_key)  # type: ignore[attr-defined]
    sig = sign_wrapped_key(sealer.signing_key, device or sealer.device_id, wrapped)
    body = {"version": 1, "device": device or sealer.device_id, "wrapped_key": wrapped.hex(), "key_sig": sig.hex(),
            "records": records}
    return httpx.post(f"{hq.url}/api/v1/batches", json=body, timeout=30)


def counts(hq: HQProcess) -> tuple[int, int]:
    engine = make_engine(hq.db_url)
    try:
        with engine.connect() as conn:
            records = conn.execute(select(func.count()).select_from(Record)).scalar_one()
            rejections = conn.execute(select(func.count()).select_from(Rejection)).scalar_one()
            return records, rejections
    finally:
        engine.dispose()


def test_duplicates_overlaps_and_out_of_order_batches_count_once(hq):
    k = enrolled(hq, events=30)
    r = k.records
    assert push(hq, k, r[0:10]).json() == {"accepted": 10, "duplicates": 0, "last_seq": 10}
    assert push(hq, k, r[0:10]).json() == {"accepted": 0, "duplicates": 10, "last_seq": 10}  # a retry
    assert push(hq, k, r[4:15]).json() == {"accepted": 5, "duplicates": 6, "last_seq": 15}  # overlap
    gap = push(hq, k, r[20:30])  # arrives before 16–20
    assert gap.status_code == 409 and gap.json()["expected"] == 16
    assert push(hq, k, r[15:20]).json()["last_seq"] == 20
    assert push(hq, k, r[20:30]).json()["last_seq"] == 30
    assert counts(hq) == (30, 0)
    assert httpx.get(f"{hq.url}/api/v1/devices/kiosk-A/state").status_code == 401  # only the device may ask
    t = HQTransport(hq.url)
    assert t.last_seq("kiosk-A", SealerSource(k, b"").state_signature) == 30
    t.close()


def test_forged_signature_is_refused_and_nothing_of_the_batch_is_stored(hq):
    k = enrolled(hq, events=5)
    forger = Sealer("kiosk-A")  # same device id, but not the enrolled key
    forger.prev = bytes.fromhex(k.records[3]["hash"])
    forger.records = [{}] * 4
    forged = forger.seal(make_event("visitor", "S1", at=DAY))
    r = push(hq, k, [*k.records[:4], forged])
    assert r.status_code == 422 and r.json()["error"] == "bad_signature"
    assert counts(hq) == (0, 1)  # the four good records in that batch were not kept either
    assert "bad_signature" in hq.log.read_text()


def test_tampered_ciphertext_is_refused(hq):
    k = enrolled(hq, events=3)
    bad = dict(k.records[1])
    ct = bytearray.fromhex(bad["ct"])
    ct[0] ^= 1
    bad["ct"] = ct.hex()
    r = push(hq, k, [k.records[0], bad, k.records[2]])
    assert r.status_code == 422 and r.json()["error"] == "broken_chain"
    assert counts(hq) == (0, 1)


def test_replayed_sequence_with_other_content_is_refused(hq):
    k = enrolled(hq, events=5)
    assert push(hq, k, k.records).status_code == 200
    rewritten = Sealer("kiosk-A")  # the device's own key signing a different history for seq 1–3
    rewritten.signing_key = k.signing_key
    rewritten.data_key = k.data_key
    for _ in range(3):
        rewritten.seal(make_event("application", "S1", at=DAY, route="online", age_band="60-69"))
    r = push(hq, k, rewritten.records)
    assert r.status_code == 409 and r.json()["error"] == "replayed_sequence"
    assert counts(hq) == (5, 1)


def test_another_devices_records_are_refused(hq):
    a = enrolled(hq, "kiosk-A", events=4)
    b = enrolled(hq, "kiosk-B", events=0)
    r = push(hq, b, a.records, device="kiosk-B")  # A's sequence replayed as if from B
    assert r.status_code == 422 and r.json()["error"] in ("bad_signature", "broken_chain")
    assert push(hq, a, a.records).status_code == 200
    assert counts(hq) == (4, 1)


def test_hq_report_decrypts_and_equals_the_kiosks_tally(hq):
    a = enrolled(hq, "kiosk-A")
    b = enrolled(hq, "kiosk-B")
    events_a = [make_event("visitor", "S1", at=DAY), make_event("application", "S1", at=DAY, route="paper", age_band="70-79"),
                make_event("visitor", "S1", at=DAY.replace(day=21))]
    events_b = [make_event("visitor", "S9", at=DAY), make_event("survey", "S9", at=DAY, age_band="60-69", answers={"q1": "a"})]
    for sealer, events in ((a, events_a), (b, events_b)):
        for e in events:
            sealer.seal(e)
        assert push(hq, sealer, sealer.records).status_code == 200
    out = hq.cli("report", "daily", "--date", "2026-11-20", "--format", "json", "--db", hq.db_url).stdout
    report = json.loads(out)
    assert report == json.loads(json.dumps(daily_report([*events_a, *events_b], "2026-11-20")))
    assert report["visitors"] == 2  # the 21st's visitor is not in the 20th's report
    assert report["applications"]["paper"] == 1 and report["survey"]["responses"] == 1


def test_two_kiosks_with_the_same_session_id_are_counted_as_two_sessions(hq):
    """Paper back-fills on two kiosks both called their session "S1": HQ must not merge them."""
    a = enrolled(hq, "kiosk-A")
    b = enrolled(hq, "kiosk-B")
    for sealer, venue in ((a, "県庁"), (b, "イオン名取")):
        sealer.seal(make_event("session_open", "S1", at=DAY, venue=venue, municipality="仙台市", kind="support",
                               large_venue=True))
        sealer.seal(make_event("application", "S1", at=DAY, route="online", age_band="30-39"))
        sealer.seal(make_event("session_close", "S1", at=DAY.replace(hour=16)))
        assert push(hq, sealer, sealer.records).status_code == 200
    report = json.loads(hq.cli("report", "daily", "--date", "2026-11-20", "--format", "json", "--db", hq.db_url).stdout)
    assert sorted(s["venue"] for s in report["sessions"]) == ["イオン名取", "県庁"]
    assert {s["session"] for s in report["sessions"]} == {"S1@kiosk-A", "S1@kiosk-B"}
    assert all(s["end"] for s in report["sessions"]) and report["applications"]["online"] == 2
