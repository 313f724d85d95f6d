"""The booth's live status from the background sync client to a real HQ: sent after a sync that
delivered records, again as a heartbeat when nothing is new, refused when another key signed it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select

from kiosk.domain.events import JST
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


def _syncing(sqlite_hq, data_dir, source, provider, heartbeat_s: float) -> SyncClient:
    """The kiosk's background sync (every 0.2 s) sending the provider's status signed by its own key."""
    sealer = source.sealer
    sender = StatusSender(provider, lambda st: sealer.signing_key.sign(status_message(sealer.device_id, st)),
                          sealer.device_id, heartbeat_s=heartbeat_s)
    client = SyncClient(lambda: outbox(source, sqlite_hq.url, data_dir), interval=0.2, status=sender)
    client.start()
    return client


def test_status_after_a_sync_and_as_a_heartbeat(sqlite_hq, data_dir):
    source = setup_kiosk(sqlite_hq, events=30)
    booth = SimpleNamespace(session=BoothSession("S1", "石巻市役所", "石巻市", "support", False, DAY),
                            today=lambda: Tally(visitors=30, paper=2))
    client = _syncing(sqlite_hq, data_dir, source, lambda backlog: booth_status(booth, backlog, "ok", "ok"), 1.0)
    try:
        assert _wait(lambda: _held(sqlite_hq) is not None)
        first_at, status = _held(sqlite_hq)
        assert status["backlog"] == 0 and status["visitors"] == 30 and status["applications"] == 2
        assert status["session"]["venue"] == "石巻市役所" and status["printer"] == "ok"
        assert _wait(lambda: _held(sqlite_hq)[0] != first_at)  # nothing new to send: the heartbeat
    finally:
        client.stop()


def test_a_change_the_booth_shows_is_sent_at_the_next_run_without_waiting_for_the_heartbeat(sqlite_hq, data_dir):
    """The queue grows (no record travels for that): HQ's board has the new wait at the next sync run,
    not after the three-minute heartbeat; nothing changed, nothing sent."""
    source = setup_kiosk(sqlite_hq, events=5)
    shown = {"wait": None}
    booth = SimpleNamespace(session=None, today=lambda: Tally(visitors=5))
    client = _syncing(sqlite_hq, data_dir, source,
                      lambda backlog: booth_status(booth, backlog, "ok", "ok", wait_minutes=shown["wait"]), 3600)
    try:
        assert _wait(lambda: _held(sqlite_hq) is not None)
        first_at, status = _held(sqlite_hq)
        assert status["wait_minutes"] is None
        time.sleep(1.5)  # several runs with nothing new: the status HQ holds is the same one
        assert _held(sqlite_hq)[0] == first_at
        shown["wait"] = 25
        assert _wait(lambda: _held(sqlite_hq)[1]["wait_minutes"] == 25, timeout=10)
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


KIOSK_PASS = "status test passphrase"


def _kiosk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *args], check=True, text=True,
                          env={**os.environ, "KIOSK_PASSPHRASE": KIOSK_PASS}, capture_output=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_kiosk_sync_sends_the_printer_and_camera_states(sqlite_hq, data_dir):
    """`kiosk sync` finds them as the GUI does: the settings' camera, and the header's check of the
    settings' print queue (a queue that does not exist, or no CUPS at all: that message, not "ok")."""
    (data_dir / "settings.toml").write_text('camera = "booth-demo.mp4"\nprinter = "NoSuchQueue"\n', encoding="utf-8")
    _kiosk(data_dir, "enroll", "--hq", sqlite_hq.url, "--code", sqlite_hq.enroll_code("石巻ブース"))
    out = _kiosk(data_dir, "sync").stdout
    assert "All delivered to HQ" in out
    _, status = _held(sqlite_hq)
    assert status["camera"] == "demo"  # a video file in the settings: the demo video, as the GUI reports it
    assert status["printer"] not in ("ok", "unknown")
    assert "NoSuchQueue" in status["printer"] or "CUPS" in status["printer"]


def test_the_printer_state_is_the_header_check_in_japanese_and_english():
    from hardware.fake_printer import TroubledPrinter
    from hardware.printer import PrintError
    from kiosk.printing.service import printer_state

    assert printer_state(lambda: TroubledPrinter([]), "TroubledMFP") == "ok"
    jammed = printer_state(lambda: TroubledPrinter(["media-jam-error"]), "TroubledMFP")
    assert jammed.startswith("紙詰まりです") and "paper jam" in jammed

    def no_cups() -> TroubledPrinter:
        raise PrintError("印刷システム（CUPS）に接続できません / cannot reach the print system (CUPS)", "cups")

    assert printer_state(no_cups, "") == "印刷システム（CUPS）に接続できません / cannot reach the print system (CUPS)"


def test_the_gui_sends_the_wait_once_three_journeys_are_done(qtbot, sqlite_hq, data_dir):
    """The real window's background sync: its status carries the wait the attendee screen shows, as the
    UI thread computed it (Booth.last_wait), once three journeys have finished today."""
    from kiosk.store.encrypted import open_event_log
    from kiosk.ui.app import build_window
    from kiosk.ui.i18n import set_language
    from kiosk.ui.sync_status import SyncStatusWidget

    _kiosk(data_dir, "enroll", "--hq", sqlite_hq.url, "--code", sqlite_hq.enroll_code("石巻ブース"))
    log = open_event_log(data_dir, KIOSK_PASS)
    window = build_window(str(data_dir), log)
    qtbot.addWidget(window)
    client = window.findChild(SyncStatusWidget).client
    try:
        booth = window.booth
        start = datetime.now(UTC) - timedelta(minutes=40)  # the journeys took place today (Japan time)
        now = [start if start.astimezone(JST).date() == datetime.now(JST).date() else datetime.now(UTC)]
        booth.clock = lambda: now[0]
        booth.open_session("石巻市役所", "石巻市", "support", False)
        for done in (1, 2, 3):
            booth.receive_visitor(["photo"])
            booth.call_next()
            now[0] += timedelta(minutes=6, seconds=10)  # 370 s at the desk each
            booth.end_journey()
            assert booth.last_wait.minutes == (None if done < 3 else 0)  # no estimate before three have finished
        booth.receive_visitor(["photo"])
        booth.receive_visitor(["photo"])  # two waiting: 2 × 370 s ≈ 12.3 min
        assert booth.wait().minutes == 13
        qtbot.waitUntil(lambda: (_held(sqlite_hq) or (None, {}))[1].get("wait_minutes") == 13, timeout=30000)
        _, status = _held(sqlite_hq)
        assert status["visitors"] == 5 and status["session"]["venue"] == "石巻市役所"
    finally:
        client.stop()
        window._allow_close = True
        set_language("en")  # the window installed the Japanese translator; later tests expect the sources
        log.close()


def test_the_gui_reports_its_printer_unknown_until_the_first_check_answers(qtbot):
    """HQ's board must not say 正常 for a printer nobody has asked yet (the first check can take a
    few seconds when CUPS is slow)."""
    import threading

    from hardware.printer import PrintError
    from kiosk.ui.printer_status import PrinterStatus

    gate = threading.Event()

    def cups_down():  # noqa: ANN202
        gate.wait(10)
        raise PrintError("印刷システム（CUPS）に接続できません / cannot reach the print system (CUPS)", "cups")

    printer = PrinterStatus(cups_down)
    printer.start()
    try:
        assert printer.state() == "unknown"
        gate.set()
        qtbot.waitUntil(lambda: printer.checked, timeout=10000)
        assert printer.state() not in ("unknown", "ok") and printer.state() == printer.problem
    finally:
        gate.set()
        printer.timer.stop()
