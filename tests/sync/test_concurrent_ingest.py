"""Several HQ workers on PostgreSQL receiving the same device's batches at once: every record is
stored exactly once and in chain order, enforced by the database (row lock, primary key and a
compare-and-set of the chain head), never a 500."""

from __future__ import annotations

import json
import random
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from kiosk.domain.events import JST, make_event
from sync.client.transport import HQTransport
from sync.hq.db import make_engine, sessions
from sync.hq.ingest import Accepted, Gap, Ingestor
from sync.hq.models import DayTotal, Device, Record
from tests.sync.hqproc import HQProcess
from tests.sync.sealing import Sealer
from wire.envelope import sign_wrapped_key, state_message, wrap_data_key

START = datetime(2026, 11, 20, 9, 0, tzinfo=JST)


def _sealed(hq: HQProcess, device_id: str, n: int) -> Sealer:
    sealer = Sealer(device_id)
    reply = HQTransport(hq.url).enroll(hq.enroll_code(), device_id, sealer.public_key)
    sealer.hq_public_key = bytes.fromhex(reply["hq_public_key"])  # type: ignore[attr-defined]
    sealer.seal(make_event("session_open", "S1", at=START, venue="会場", municipality="仙台市", kind="support",
                           large_venue=False))
    for i in range(n - 1):
        sealer.seal(make_event("visitor", "S1", at=START + timedelta(seconds=i)))
    return sealer


def _state(client: httpx.Client, sealer: Sealer) -> int:
    stamp = int(time.time())
    sig = sealer.signing_key.sign(state_message(sealer.device_id, stamp))
    r = client.get(f"/api/v1/devices/{sealer.device_id}/state",
                   headers={"x-kiosk-time": str(stamp), "x-kiosk-signature": sig.hex()})
    r.raise_for_status()
    return r.json()["last_seq"]


def _children(pid: int) -> int:
    count = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                count += 1
        except (OSError, IndexError, ValueError):
            pass
    return count


def _stored(db_url: str, device_id: str) -> tuple[list[int], list[bytes], int]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(Record.seq, Record.hash).where(Record.device_id == device_id)
                                .order_by(Record.seq)).all()
            last = conn.execute(select(Device.last_seq).where(Device.id == device_id)).scalar_one()
            return [r.seq for r in rows], [bytes(r.hash) for r in rows], last
    finally:
        engine.dispose()


def _day_total(db_url: str, day: str) -> dict:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return json.loads(conn.execute(select(DayTotal.figures).where(DayTotal.day == day)).scalar_one())
    finally:
        engine.dispose()


@pytest.fixture
def pg_hq(hq_dir, pg_server):
    proc = HQProcess(hq_dir, pg_server.create_database(f"hq_workers_{random.randrange(1 << 30)}"), workers=3)
    proc.init_keys()
    proc.start()
    yield proc
    proc.stop()


def test_three_workers_racing_on_one_device_store_each_record_once_in_order(pg_hq):
    assert _children(pg_hq.proc.pid) >= 3  # the workers really are separate processes
    total, senders = 400, 8
    devices = [_sealed(pg_hq, f"kiosk-{k}", total) for k in range(2)]
    statuses: list[int] = []
    guard = threading.Lock()

    def sender(seed: int) -> None:
        rnd = random.Random(seed)
        with httpx.Client(base_url=pg_hq.url, timeout=60) as client:
            for _ in range(400):
                sealer = rnd.choice(devices)
                last = _state(client, sealer)
                if last >= total and all(_state(client, d) >= total for d in devices):
                    return
                start = max(0, last - rnd.randrange(0, 20))  # overlaps what is held, like a resend
                size = rnd.randrange(1, 60)
                wrapped = wrap_data_key(sealer.hq_public_key, sealer.data_key)  # type: ignore[attr-defined]
                sig = sign_wrapped_key(sealer.signing_key, sealer.device_id, wrapped)
                r = client.post("/api/v1/batches", json={"version": 1, "device": sealer.device_id,
                                                         "wrapped_key": wrapped.hex(), "key_sig": sig.hex(),
                                                         "records": sealer.records[start:start + size]})
                with guard:
                    statuses.append(r.status_code)

    threads = [threading.Thread(target=sender, args=(s,)) for s in range(senders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(240)
    assert set(statuses) <= {200, 409}, statuses  # 409: a gap (the kiosk resends from HQ's expected seq)
    assert statuses.count(200) > 20
    for sealer in devices:
        seqs, hashes, last = _stored(pg_hq.db_url, sealer.device_id)
        assert seqs == list(range(1, total + 1)) and last == total
        assert hashes == [bytes.fromhex(r["hash"]) for r in sealer.records]  # the device's own chain, in order
    # both devices' batches added to the one day's total under its row lock: none lost, none twice
    assert _day_total(pg_hq.db_url, START.date().isoformat())["visitors"] == len(devices) * (total - 1)
    assert "identical" in pg_hq.cli("aggregates", "rebuild", "--db", pg_hq.db_url).stdout


def test_two_ingestors_on_separate_connections_race_the_same_batches(pg_server, hq_dir):
    """Like two workers, without HTTP in between: both get every batch at the same moment."""
    hq = HQProcess(hq_dir, pg_server.create_database(f"hq_race_{random.randrange(1 << 30)}"))
    hq.init_keys()
    hq.start()
    try:
        sealer = _sealed(hq, "kiosk-R", 120)
    finally:
        hq.stop()
    engines = [make_engine(hq.db_url) for _ in range(2)]
    ingestors = [Ingestor(sessions(e)) for e in engines]
    wrapped = wrap_data_key(sealer.hq_public_key, sealer.data_key)  # type: ignore[attr-defined]
    key_sig = sign_wrapped_key(sealer.signing_key, sealer.device_id, wrapped)
    results: list[Accepted | Gap] = []
    try:
        for start in range(0, 120, 10):
            batch = sealer.records[start:start + 10]
            barrier = threading.Barrier(2)

            def run(ing: Ingestor, batch: list = batch, barrier: threading.Barrier = barrier) -> None:
                barrier.wait()
                results.append(ing.ingest(sealer.device_id, wrapped, batch, "test", key_sig))

            threads = [threading.Thread(target=run, args=(i,)) for i in ingestors]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
    finally:
        for e in engines:
            e.dispose()
    accepted = [r for r in results if isinstance(r, Accepted)]
    assert len(accepted) == 24 and sum(r.accepted for r in accepted) == 120
    assert sum(r.duplicates for r in accepted) == 120  # each batch: one worker stored it, the other saw it held
    seqs, _, last = _stored(hq.db_url, sealer.device_id)
    assert seqs == list(range(1, 121)) and last == 120


def test_several_workers_need_postgresql(hq_dir):
    hq = HQProcess(hq_dir, f"sqlite:///{hq_dir / 'hq.sqlite3'}")
    hq.init_keys()
    r = hq.cli("serve", "--port", str(hq.port), "--workers", "2", check=False)
    assert r.returncode != 0 and "PostgreSQL" in r.stderr
