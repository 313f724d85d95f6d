"""The operator header's sync widget, offscreen, driven by a real SyncClient and a real HQ."""

from __future__ import annotations

import socket
from datetime import datetime

from kiosk.domain.events import JST, make_event
from kiosk.ui.sync_status import SyncStatusWidget
from sync.client.outbox import Outbox
from sync.client.service import SyncClient
from sync.client.transport import HQTransport
from tests.sync.sealing import Sealer, SealerSource
from wire.envelope import wrap_data_key

DAY = datetime(2026, 11, 20, 10, 0, tzinfo=JST)


def _source(hq, n: int) -> SealerSource:
    sealer = Sealer("kiosk-A")
    t = HQTransport(hq.url)
    reply = t.enroll(hq.enroll_code(), "kiosk-A", sealer.public_key)
    t.close()
    for i in range(n):
        sealer.seal(make_event("visitor", "S1", at=DAY.replace(second=i % 60)))
    return SealerSource(sealer, wrap_data_key(bytes.fromhex(reply["hq_public_key"]), sealer.data_key))


def test_sync_now_shows_progress_then_all_delivered(qtbot, sqlite_hq, data_dir):
    source = _source(sqlite_hq, 2500)
    client = SyncClient(lambda: Outbox(source, HQTransport(sqlite_hq.url), data_dir, batch_size=100), interval=3600)
    widget = SyncStatusWidget(client, poll_ms=20)
    qtbot.addWidget(widget)
    client.start()  # the first run happens at start: wait for it, then record more and press the button
    qtbot.waitUntil(lambda: widget.status_label.text() == "Synced", timeout=20000)
    for _ in range(2000):
        source.sealer.seal(make_event("visitor", "S1", at=DAY))
    seen_progress = []
    widget.progress.valueChanged.connect(seen_progress.append)
    widget.sync_button.click()
    assert not widget.sync_button.isEnabled() and not widget.progress.isHidden()
    qtbot.waitUntil(lambda: widget.result_label.text() == "All delivered to HQ", timeout=20000)
    assert widget.sync_button.isEnabled() and widget.progress.isHidden()
    assert widget.status_label.text() == "Synced"
    assert seen_progress and max(seen_progress) > 0
    client.stop()


def test_offline_shows_since_when_and_how_many_wait(qtbot, sqlite_hq, data_dir):
    source = _source(sqlite_hq, 7)
    with socket.socket() as s:  # a port nobody listens on: HQ unreachable
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    client = SyncClient(lambda: Outbox(source, HQTransport(f"http://127.0.0.1:{dead}", timeout=1), data_dir),
                        interval=3600, backoff_base=60)
    widget = SyncStatusWidget(client, poll_ms=20)
    qtbot.addWidget(widget)
    client.start()
    qtbot.waitUntil(lambda: widget.status_label.text().startswith("Offline since"), timeout=10000)
    assert widget.status_label.text().endswith("7 waiting")
    widget.sync_button.click()
    qtbot.waitUntil(lambda: widget.result_label.text().startswith("Not delivered: 7 still waiting"), timeout=10000)
    client.stop()
