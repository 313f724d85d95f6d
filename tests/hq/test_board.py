"""The live booth board in headless Chromium: real kiosks (their stores, `kiosk sync`) send signed
statuses; the page shows each booth's day and updates by itself; a booth gone quiet is marked."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import httpx
import pytest
from sqlalchemy import update

from kiosk.domain.events import JST
from kiosk.domain.tally import Tally
from sync.client.status import booth_status
from sync.client.transport import HQTransport
from sync.hq.db import make_engine
from sync.hq.models import DeviceStatus, Plan
from tests.hq.test_dashboard import CHROMIUM, DRIVER, STAFF_PASS, browser, hq_command_args, kiosk  # noqa: F401
from tests.sync.hqproc import HQProcess, hq_env
from tests.sync.sealing import Sealer
from wire.status import status_message

pytest.importorskip("selenium")
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="Debian chromium and chromium-driver are needed")


def _events(path, session: str, visitors: int, applications: int, open_session: bool) -> None:
    now = datetime.now(JST).replace(microsecond=0)
    start = now - timedelta(minutes=90)
    lines = [{"type": "session_open", "at": "2024-10-04T09:00:00+09:00", "session": "OLD", "venue": "旧会場",
              "municipality": "石巻市", "kind": "support", "large_venue": False},
             {"type": "session_close", "at": "2024-10-04T16:00:00+09:00", "session": "OLD"}] if open_session else []
    if open_session:
        lines.append({"type": "session_open", "at": start.isoformat(), "session": session, "venue": "石巻市役所",
                      "municipality": "石巻市", "kind": "support", "large_venue": False})
    lines += [{"type": "visitor", "at": (start + timedelta(minutes=i + 1)).isoformat(), "session": session,
               "services": ["application"]} for i in range(visitors)]
    lines += [{"type": "application", "at": (start + timedelta(minutes=i + 1)).isoformat(), "session": session,
               "route": "paper", "age_band": "70-79"} for i in range(applications)]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")


@pytest.fixture
def fleet(tmp_path):
    hq_dir = tmp_path / "hq"
    hq_dir.mkdir()
    hq = HQProcess(hq_dir, f"sqlite:///{hq_dir / 'hq.sqlite'}")
    hq.init_keys()
    hq.start()
    booth = tmp_path / "kiosk-1"
    _events(tmp_path / "a.jsonl", "T1", visitors=3, applications=2, open_session=True)
    kiosk(booth, "events", "import", str(tmp_path / "a.jsonl"))
    kiosk(booth, "enroll", "--hq", hq.url, "--code", hq.enroll_code("石巻ブース"))
    kiosk(booth, "sync")
    kiosk(tmp_path / "kiosk-2", "enroll", "--hq", hq.url, "--code", hq.enroll_code("名取ブース"))  # never synced
    # a third booth whose GUI knows its wait (three journeys done): its status as the kiosk signs it
    sealer, transport = Sealer("kiosk-shiogama"), HQTransport(hq.url)
    try:
        transport.enroll(hq.enroll_code("塩竈ブース"), sealer.device_id, sealer.public_key)
        status = booth_status(SimpleNamespace(session=None, today=lambda: Tally(visitors=9)), 0, "ok", "ok",
                              wait_minutes=15)
        transport.post_status(sealer.device_id, status, sealer.signing_key.sign(status_message(sealer.device_id, status)))
    finally:
        transport.close()
    engine = make_engine(hq.db_url)
    try:
        with engine.begin() as conn:
            today = datetime.now(JST).date().isoformat()
            conn.execute(Plan.__table__.insert(), [
                {"date": today, "venue": "石巻市役所", "municipality": "石巻市", "kind": "support", "large_venue": False,
                 "booth": "石巻ブース", "expected_visitors": 80},
                # a 100-person venue without a figure adds nothing to the expected visitors
                {"date": today, "venue": "石巻駅前", "municipality": "石巻市", "kind": "support", "large_venue": True,
                 "booth": "石巻ブース", "expected_visitors": None},
                {"date": today, "venue": "石巻公民館", "municipality": "石巻市", "kind": "support", "large_venue": False,
                 "booth": "石巻ブース", "expected_visitors": 20},
                {"date": today, "venue": "塩竈市体育館", "municipality": "塩竈市", "kind": "support", "large_venue": True,
                 "booth": "塩竈ブース", "expected_visitors": None},
                {"date": today, "venue": "名取市民センター", "municipality": "名取市", "kind": "support",
                 "large_venue": False, "booth": "", "expected_visitors": None}])
    finally:
        engine.dispose()
    subprocess.run([*hq_command_args(hq), "staff", "add", "miyagi"], check=True, capture_output=True,
                   env={**hq_env(), "KIOSK_HQ_STAFF_PASSWORD": STAFF_PASS})
    yield hq, booth, tmp_path
    hq.stop()


def test_board_shows_each_booth_and_refreshes_itself(fleet, browser):  # noqa: F811
    hq, booth, tmp_path = fleet
    browser.get(f"{hq.url}/dashboard/login")
    browser.find_element(By.ID, "name").send_keys("miyagi")
    browser.find_element(By.ID, "password").send_keys(STAFF_PASS)
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(lambda d: "/dashboard/login" not in d.current_url)
    browser.get(f"{hq.url}/dashboard/board?refresh=2")
    text = browser.find_element(By.ID, "board").text
    assert "石巻ブース" in text and "名取ブース" in text and "待ち時間" in text
    rows = {r.find_element(By.CLASS_NAME, "booth").text.split("\n")[0]: r
            for r in browser.find_elements(By.CSS_SELECTOR, "#board tr[id^=booth-]")}
    live, quiet, waiting = rows["石巻ブース"], rows["名取ブース"], rows["塩竈ブース"]
    assert live.get_attribute("class") == "live" and quiet.get_attribute("class") == "stale"
    live_id = live.get_attribute("id")
    # today's tally against the expected visitors of the booth's plans today (80 + 20; none for 駅前)
    assert live.find_element(By.CLASS_NAME, "figures").text == "3 / 2（見込み 100）"
    assert waiting.find_element(By.CLASS_NAME, "figures").text == "9 / 0"  # a 100-person venue, no figure entered
    assert quiet.find_element(By.CLASS_NAME, "figures").text == "—"
    assert waiting.find_element(By.CLASS_NAME, "wait").text == "約15分"
    assert live.find_element(By.CLASS_NAME, "wait").text == "—"  # `kiosk sync` has no queue to estimate from
    assert "石巻市役所" in live.find_element(By.CLASS_NAME, "session").text  # the open session
    assert live.find_element(By.CLASS_NAME, "plan").text == "石巻市役所・石巻駅前・石巻公民館"
    assert live.find_element(By.CLASS_NAME, "backlog").text == "0"
    # `kiosk sync` checks the printer and the camera as the GUI does (here: no CUPS, no webcam)
    assert live.find_element(By.CLASS_NAME, "printer").text not in ("不明", "—", "")
    assert live.find_element(By.CLASS_NAME, "camera").text not in ("不明", "—", "")
    assert "2024-10-04" in live.find_element(By.CLASS_NAME, "overdue").text  # the old day's report is late
    assert quiet.find_element(By.CLASS_NAME, "contact").text == "未接続"
    assert "名取市民センター" in browser.find_element(By.ID, "unplaced").text

    # more applicants at booth 1, then a sync: the open page shows them without anyone reloading it
    _events(tmp_path / "b.jsonl", "T1", visitors=2, applications=1, open_session=False)
    kiosk(booth, "events", "import", str(tmp_path / "b.jsonl"))
    kiosk(booth, "sync")
    WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(
        lambda d: d.find_element(By.CSS_SELECTOR, f'#board tr[id="{live_id}"] .figures').text == "5 / 3（見込み 100）")

    # booth 1 falls silent: after ten minutes without contact its row is marked
    engine = make_engine(hq.db_url)
    try:
        with engine.begin() as conn:
            conn.execute(update(DeviceStatus).values(received_at=datetime.now(UTC) - timedelta(minutes=25)))
            conn.exec_driver_sql("UPDATE records SET received_at = ?",
                                 ((datetime.now(UTC) - timedelta(minutes=25)).isoformat(sep=" "),))
    finally:
        engine.dispose()
    WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#board tr.live"))
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#board tr.stale") if "石巻" in r.text)
    assert "25分前" in row.find_element(By.CLASS_NAME, "contact").text


def test_a_status_not_signed_by_the_device_is_refused(fleet):
    hq, booth, _ = fleet
    device = json.loads((booth / "sync.json").read_text())["device_id"]
    status = {"at": "2026-12-02T01:00:00+00:00", "session": None, "visitors": 999, "applications": 0, "backlog": 0,
              "printer": "ok", "camera": "ok", "wait_minutes": None}
    r = httpx.post(f"{hq.url}/api/v1/devices/{device}/status", json={"status": status, "sig": "00" * 64})
    assert r.status_code == 403
    bad = httpx.post(f"{hq.url}/api/v1/devices/{device}/status",
                     json={"status": {**status, "name": "山田太郎"}, "sig": "00" * 64})  # no field outside the list
    assert bad.status_code == 400
