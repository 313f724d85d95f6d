"""The booth's live status from the background sync client to a real HQ: sent after a sync that
delivered records, again as a heartbeat when nothing is new, refused when another key signed it."""

from __future__ import annotations

import json
import time
from types import SimpleNamespace

from sqlalchemy import select

from kiosk.domain.session import BoothSession
from kiosk.domain.tally import Tally
from sync.client.service import SyncClient
from sync.client.status import StatusSender, booth_status
from sync.hq.db import make_engine
from sync.hq.models import DeviceStatus
from tests.sync.sealing import Sealer
from tests.sync.test_faults import DAY, outbox, setup_kiosk
from wire.status import status_message


def _held(hq) -> tuple | None:
    engine = make_engine(hq.db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(select(DeviceStatus.received_at, DeviceStatus.status)).first()
            return (row[0], json.loads(row[1])) if row else None
    finally:
        engine.dispose()


def _wait(predicate, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_status_after_a_sync_and_as_a_heartbeat(sqlite_hq, data_dir):
    source = setup_kiosk(sqlite_hq, events=30)
    booth = SimpleNamespace(session=BoothSession("S1", "石巻市役所", "石巻市", "support", False, DAY),
                            today=lambda: Tally(visitors=30, paper=2))
    sealer = source.sealer
    sender = StatusSender(lambda backlog: booth_status(booth, backlog, "ok", "ok"),
                          lambda st: sealer.signing_key.sign(status_message(sealer.device_id, st)),
                          sealer.device_id, heartbeat_s=1.0)
    client = SyncClient(lambda: outbox(source, sqlite_hq.url, data_dir), interval=0.2, status=sender)
    client.start()
    try:
        assert _wait(lambda: _held(sqlite_hq) is not None)
        first_at, status = _held(sqlite_hq)
        assert status["backlog"] == 0 and status["visitors"] == 30 and status["applications"] == 2
        assert status["session"]["venue"] == "石巻市役所" and status["printer"] == "ok"
        assert _wait(lambda: _held(sqlite_hq)[0] != first_at)  # nothing new to send: the heartbeat
    finally:
        client.stop()


def test_a_status_signed_by_another_key_is_refused_and_sync_goes_on(sqlite_hq, data_dir):
    source = setup_kiosk(sqlite_hq, events=5)
    booth = SimpleNamespace(session=None, today=lambda: Tally())
    stranger = Sealer("kiosk-A")
    sender = StatusSender(lambda backlog: booth_status(booth, backlog),
                          lambda st: stranger.signing_key.sign(status_message("kiosk-A", st)), "kiosk-A")
    box = outbox(source, sqlite_hq.url, data_dir)
    assert box.push_all().waiting == 0
    assert sender.send(box.transport, 0) is False and _held(sqlite_hq) is None
    box.transport.close()
