"""The HQ dashboard in headless Chromium: login, target progress matching the data, a download."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from openpyxl import load_workbook

from tests.sync.hqproc import HQProcess, hq_env

pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="Debian chromium and chromium-driver are needed")
KIOSK_PASS = "kiosk passphrase for dashboard"
STAFF_PASS = "prefecture staff password"


def kiosk(data_dir: Path, *args: str) -> None:
    env = {**os.environ, "KIOSK_PASSPHRASE": KIOSK_PASS}
    subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *args], env=env, check=True,
                   capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def day_of_events(path: Path) -> dict[str, int]:
    lines, counts = [], {"applications": 0, "sessions": 0}
    for n, (day, large) in enumerate((("2024-10-05", True), ("2024-10-12", False), ("2024-11-02", True))):
        lines.append({"type": "session_open", "at": f"{day}T09:00:00+09:00", "session": f"S{n}", "venue": f"会場{n}",
                      "municipality": "仙台市", "kind": "support", "large_venue": large})
        counts["sessions"] += 1
        for i in range(7 + n):
            lines.append({"type": "application", "at": f"{day}T10:{i:02d}:00+09:00", "session": f"S{n}",
                          "route": "online" if i % 2 else "paper", "age_band": "60-69"})
            counts["applications"] += 1
        lines.append({"type": "survey", "at": f"{day}T11:00:00+09:00", "session": f"S{n}", "age_band": "60-69",
                      "answers": {"heard": "flyer"}})
        lines.append({"type": "session_close", "at": f"{day}T16:00:00+09:00", "session": f"S{n}"})
    # corrections made on the kiosk reach the dashboard: a voided application, a report handed in
    lines.append({"type": "application", "at": "2024-10-05T12:00:00+09:00", "session": "S0", "id": "twice",
                  "route": "paper", "age_band": "60-69"})
    lines.append({"type": "void", "at": "2024-10-05T12:01:00+09:00", "session": "S0", "voids": "twice",
                  "reason": "operator_undo"})
    lines.append({"type": "report_submitted", "at": "2024-10-07T09:00:00+09:00", "session": "S0",
                  "date": "2024-10-05"})
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    return counts


@pytest.fixture
def hq_with_data(tmp_path):
    hq_dir = tmp_path / "hq"
    hq_dir.mkdir()
    hq = HQProcess(hq_dir, f"sqlite:///{hq_dir / 'hq.sqlite'}")
    hq.init_keys()
    hq.start()
    kiosk_dir = tmp_path / "kiosk"
    counts = day_of_events(tmp_path / "days.jsonl")
    kiosk(kiosk_dir, "events", "import", str(tmp_path / "days.jsonl"))
    kiosk(kiosk_dir, "enroll", "--hq", hq.url, "--code", hq.enroll_code("石巻ブース"))
    kiosk(kiosk_dir, "sync")
    subprocess.run([*hq_command_args(hq), "staff", "add", "miyagi"], check=True, capture_output=True,
                   env={**hq_env(), "KIOSK_HQ_STAFF_PASSWORD": STAFF_PASS})
    yield hq, counts
    hq.stop()


def hq_command_args(hq: HQProcess) -> list[str]:
    from tests.sync.hqproc import hq_command

    return [*hq_command(), "--data-dir", str(hq.data_dir)]


@pytest.fixture
def browser(tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.downloads = downloads
    yield driver
    driver.quit()


def test_login_progress_and_download(hq_with_data, browser):
    hq, counts = hq_with_data
    browser.get(f"{hq.url}/dashboard?as_of=2024-11-30")
    assert "/dashboard/login" in browser.current_url  # not without logging in
    browser.find_element(By.ID, "name").send_keys("miyagi")
    browser.find_element(By.ID, "password").send_keys("wrong password!")
    browser.find_element(By.ID, "submit").click()
    error = WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.ID, "error"))  # the answer page
    assert "wrong name or password" in error[0].text
    browser.find_element(By.ID, "name").send_keys("miyagi")
    browser.find_element(By.ID, "password").send_keys(STAFF_PASS)
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 20).until(lambda d: "/dashboard/login" not in d.current_url)  # logged in
    browser.get(f"{hq.url}/dashboard?as_of=2024-11-30")
    apps = browser.find_element(By.ID, "target-applications")
    assert apps.find_element(By.CLASS_NAME, "done").text == str(counts["applications"])
    assert apps.find_element(By.CLASS_NAME, "target").text == "2000"
    booth = browser.find_element(By.ID, "target-booth_sessions")
    assert booth.find_element(By.CLASS_NAME, "done").text == str(counts["sessions"])
    large = browser.find_element(By.ID, "target-large_venue_sessions")
    assert large.find_element(By.CLASS_NAME, "done").text == "2"
    # the pace still needed by the support end (2024-12-31, 31 days = 4.43 weeks after 30 Nov)
    remaining = 2000 - counts["applications"]
    assert f"あと {remaining}（週 {round(remaining / (31 / 7), 2)} ペース）" in apps.text
    phones = browser.find_element(By.ID, "target-smartphone_sessions")
    assert phones.find_element(By.CLASS_NAME, "done").text == "0" and "15" in phones.text
    survey = browser.find_element(By.ID, "survey").text  # in the survey definition's words, not its ids
    assert "このブースを何で知りましたか？" in survey and "チラシ・ポスター" in survey and "flyer" not in survey
    assert "石巻ブース" in browser.find_element(By.ID, "kiosks").text
    assert browser.find_element(By.ID, "late-count").text == "2"  # the kiosk handed in 5 Oct: one list
    assert "2024-10-05" in browser.find_element(By.ID, "due").text and "提出済み" in browser.find_element(By.ID, "due").text
    browser.find_element(By.ID, "completion-xlsx").click()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not list(browser.downloads.glob("*.xlsx")):
        time.sleep(0.2)
    book = load_workbook(next(browser.downloads.glob("*.xlsx")))
    summary = {r[0]: r[1] for r in book["概要"].iter_rows(min_row=2, values_only=True)}
    assert summary["カード申請 合計"] == counts["applications"]


def test_downloads_need_a_login(hq_with_data):
    hq, _ = hq_with_data
    r = httpx.get(f"{hq.url}/dashboard/download/completion/all.xlsx", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dashboard/login"
    forged = httpx.get(f"{hq.url}/dashboard", cookies={"hq_session": "miyagi|9999999999|00"}, follow_redirects=False)
    assert forged.status_code == 303


def test_wrong_passwords_lock_the_name_for_a_while(hq_with_data):
    hq, _ = hq_with_data

    def attempt(password):
        return httpx.post(f"{hq.url}/dashboard/login", data={"name": "miyagi", "password": password},
                          follow_redirects=False, timeout=30)

    assert [attempt(f"guess number {i}").status_code for i in range(5)] == [401] * 5
    locked = attempt(STAFF_PASS)  # even the right password waits now
    assert locked.status_code == 429 and "try again" in locked.text and "待って" in locked.text
    other = httpx.post(f"{hq.url}/dashboard/login", data={"name": "someone", "password": "x" * 12},
                       follow_redirects=False, timeout=30)
    assert other.status_code == 429  # and this client is held back on every name


def test_a_fleets_thousands_of_sessions_list_the_latest_and_say_where_the_rest_are():
    from datetime import date, timedelta

    from kiosk.reports.config import load_targets
    from sync.hq.dashboard.page import SESSIONS_SHOWN, dashboard_page
    from sync.hq.figures import Flat, Held, completion, progress

    targets = load_targets()
    first = date.fromisoformat(targets.start)
    days = [(first + timedelta(days=i // 3)).isoformat() for i in range(SESSIONS_SHOWN + 50)]  # three a day
    rows = [{"session": f"S{i}", "date": d, "venue": f"会場{i}", "municipality": "仙台市", "kind": "support",
             "large_venue": False, "start": f"{d}T{9 + i % 3:02d}:00:00+09:00", "end": None, "hours": None}
            for i, d in enumerate(days)]
    held = Held({d: Flat() for d in days}, rows)
    report = completion(held, targets)
    report["progress"] = progress(held, targets, days[-1])
    page = dashboard_page("staff", "2025-12-31", report, [], [], [], [])
    listed = page.split('id="sessions"')[1].split("</section>")[0]
    assert listed.count("<tr>") == SESSIONS_SHOWN + 1  # the header and the latest sessions
    assert f"会場{SESSIONS_SHOWN + 49}<" in listed and "会場0<" not in listed
    assert f"全 {SESSIONS_SHOWN + 50} 回" in listed
