"""The outbox against a real HQ through a fault-injecting proxy: cut connections, lost replies after
HQ committed, stalls, HQ killed and restarted (the database-facing ones on SQLite and PostgreSQL).
Afterwards HQ holds every event exactly once."""

from __future__ import annotations

import threading
import time
from datetime import datetime

import pytest
from sqlalchemy import func, select

from kiosk.domain.events import JST, make_event
from sync.client.outbox import Outbox
from sync.client.service import SyncClient
from sync.client.transport import HQTransport, HQUnreachable
from sync.hq.db import make_engine
from sync.hq.models import Record
from tests.sync.proxy import Fault, FaultProxy
from tests.sync.sealing import Sealer, SealerSource
from wire.envelope import wrap_data_key

DAY = datetime(2026, 11, 20, 10, 0, tzinfo=JST)
N = 600
BATCH = 100  # ~40 kB per batch, so byte offsets below land inside the second and later batches


def setup_kiosk(hq, events: int = N) -> SealerSource:
    sealer = Sealer("kiosk-A")
    t = HQTransport(hq.url)
    reply = t.enroll(hq.enroll_code(), "kiosk-A", sealer.public_key)
    t.close()
    for i in range(events):
        sealer.seal(make_event("visitor", "S1", at=DAY.replace(second=i % 60)))
    return SealerSource(sealer, wrap_data_key(bytes.fromhex(reply["hq_public_key"]), sealer.data_key))


def stored(hq) -> tuple[int, int, int]:
    engine = make_engine(hq.db_url)
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(select(func.count(), func.count(func.distinct(Record.seq)), func.max(Record.seq))).one())
    finally:
        engine.dispose()


def outbox(source, url: str, data_dir, timeout: float = 5.0) -> Outbox:
    return Outbox(source, HQTransport(url, timeout=timeout), data_dir, batch_size=BATCH)


def push_until_done(box: Outbox, attempts: int = 20) -> int:
    failures = 0
    for _ in range(attempts):
        try:
            report = box.push_all()
            if report.waiting == 0:
                return failures
        except HQUnreachable:
            failures += 1
    raise AssertionError("never delivered")


@pytest.mark.parametrize(
    ("faults", "hq_ahead"),
    [
        ([Fault(drop_after=60_000), Fault(drop_after=150_000)], False),  # cut in the middle of a batch
        ([Fault(lose_response_after=60_000), Fault(lose_response_after=100_000)], True),  # committed, reply lost
        ([Fault(refuse=True), Fault(refuse=True), Fault(stall=1.0)], False),  # HQ unreachable, then slow
    ],
    ids=["drop-mid-batch", "lose-reply-after-commit", "refused-then-stalled"],
)
def test_every_event_arrives_exactly_once_despite_faults(hq, proxy_factory, data_dir, faults, hq_ahead):
    source = setup_kiosk(hq)
    proxy = FaultProxy(hq.port)
    proxy_factory.append(proxy)
    proxy.plan(*faults)
    box = outbox(source, f"http://127.0.0.1:{proxy.port}", data_dir)
    with pytest.raises(HQUnreachable):
        box.push_all()
    # a cut request leaves nothing half-stored; a lost reply leaves HQ ahead of what the kiosk knows
    assert (stored(hq)[0] > box.acked) is hq_ahead
    push_until_done(box)
    assert proxy.faults_applied == len(faults)
    assert stored(hq) == (N, N, N)
    assert box.acked == N


def test_a_long_stall_times_out_and_the_next_attempt_delivers(sqlite_hq, proxy_factory, data_dir):
    source = setup_kiosk(sqlite_hq, events=50)
    proxy = FaultProxy(sqlite_hq.port)
    proxy_factory.append(proxy)
    proxy.plan(Fault(stall=3.0))
    box = outbox(source, f"http://127.0.0.1:{proxy.port}", data_dir, timeout=1.0)
    started = time.monotonic()
    with pytest.raises(HQUnreachable):
        box.push_all()
    assert time.monotonic() - started < 2.5  # the kiosk gave up on the stalled connection
    assert box.push_all().waiting == 0
    assert stored(sqlite_hq) == (50, 50, 50)


def test_hq_killed_and_restarted_mid_sync(hq, data_dir):
    source = setup_kiosk(hq, events=3000)
    box = outbox(source, hq.url, data_dir, timeout=3.0)
    killed = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 500 and not killed.is_set():
            killed.set()
            hq.kill()

    with pytest.raises(HQUnreachable):
        box.push_all(progress=progress)
    assert 0 < stored(hq)[0] < 3000
    hq.start()  # same port, same database
    assert box.push_all().waiting == 0
    assert stored(hq) == (3000, 3000, 3000)


def test_background_client_backs_off_offline_then_delivers(sqlite_hq, proxy_factory, data_dir):
    source = setup_kiosk(sqlite_hq, events=120)
    proxy = FaultProxy(sqlite_hq.port)
    proxy_factory.append(proxy)
    proxy.plan(*[Fault(refuse=True)] * 3)
    client = SyncClient(lambda: outbox(source, f"http://127.0.0.1:{proxy.port}", data_dir),
                        interval=60, backoff_base=0.2, backoff_cap=0.5)
    started = time.monotonic()
    client.start()
    try:
        deadline = time.monotonic() + 20
        offline_seen = False
        while time.monotonic() < deadline:
            s = client.status()
            if s.state == "offline":
                offline_seen = True
                assert s.offline_since is not None and s.waiting == 120
                assert "120" in s.text and "Offline since" in s.text
            if s.state == "synced":
                break
            time.sleep(0.02)
        assert offline_seen
        assert client.status().state == "synced" and client.status().text == "同期済み / Synced"
        assert time.monotonic() - started < 10
        # a new event is delivered right after notify(), not after the 60 s interval
        source.sealer.seal(make_event("visitor", "S1", at=DAY))
        client.notify()
        deadline = time.monotonic() + 10
        while stored(sqlite_hq)[0] < 121 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert stored(sqlite_hq) == (121, 121, 121)
    finally:
        client.stop()
