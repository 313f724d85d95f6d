"""Planned sessions entered, changed and removed by staff in the dashboard (headless Chromium), with
who changed what; bad input changes nothing; the old hand-edited plan.json is read in once."""

from __future__ import annotations

import json
import subprocess

import httpx
import pytest

from tests.hq.test_dashboard import CHROMIUM, DRIVER, STAFF_PASS, browser, hq_command_args  # noqa: F401
from tests.sync.hqproc import HQProcess, hq_env

pytest.importorskip("selenium")
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="Debian chromium and chromium-driver are needed")


@pytest.fixture
def hq(tmp_path):
    hq_dir = tmp_path / "hq"
    hq_dir.mkdir()
    (hq_dir / "plan.json").write_text(json.dumps([{"date": "2030-01-10", "venue": "旧計画の会場", "municipality": "仙台市",
                                                   "kind": "support", "large_venue": True}], ensure_ascii=False))
    proc = HQProcess(hq_dir, f"sqlite:///{hq_dir / 'hq.sqlite'}")
    proc.init_keys()
    proc.start()
    for name in ("miyagi", "sendai"):
        subprocess.run([*hq_command_args(proc), "staff", "add", name], check=True, capture_output=True,
                       env={**hq_env(), "KIOSK_HQ_STAFF_PASSWORD": STAFF_PASS})
    yield proc
    proc.stop()


def _login(driver, hq, name: str) -> None:
    driver.get(f"{hq.url}/dashboard")
    for button in driver.find_elements(By.ID, "logout"):  # logged in as someone: the page's own logout button
        button.click()
        WebDriverWait(driver, 20).until(lambda d: "/dashboard/login" in d.current_url)
    driver.get(f"{hq.url}/dashboard/login")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(STAFF_PASS)
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 20).until(lambda d: "/dashboard/login" not in d.current_url)


def _new_row(driver, date: str, venue: str, municipality: str, kind: str, large: bool, booth: str,
             expected: str = "") -> None:
    row = driver.find_element(By.ID, "plan-new")
    for name, value in (("date", date), ("venue", venue), ("municipality", municipality), ("booth", booth),
                        ("expected_visitors", expected)):
        box = row.find_element(By.NAME, name)
        box.clear()
        box.send_keys(value)
    Select(row.find_element(By.NAME, "kind")).select_by_value(kind)
    if large != row.find_element(By.NAME, "large_venue").is_selected():
        row.find_element(By.NAME, "large_venue").click()
    driver.find_element(By.ID, "add-plan").click()


def test_staff_enter_change_and_remove_plans_with_a_log(hq, browser):  # noqa: F811
    _login(browser, hq, "miyagi")
    browser.get(f"{hq.url}/dashboard")
    browser.find_element(By.ID, "plans-link").click()
    plans = browser.find_element(By.ID, "plans")
    assert "旧計画の会場" in [i.get_attribute("value") for i in plans.find_elements(By.NAME, "venue")]
    assert "plan.json" in browser.find_element(By.ID, "plan-log").text  # read in once, and said so

    _new_row(browser, "2030-02-03", "名取市民センター", "名取市", "mobile", True, "名取ブース")
    WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(lambda d: "名取市民センター" in d.find_element(By.ID, "plan-log").text)
    log = browser.find_element(By.ID, "plan-log").text
    assert "miyagi 追加" in log and "2030-02-03 名取市民センター（名取市・" in log and "100人規模・名取ブース" in log

    _new_row(browser, "2030-02-30", "どこか", "仙台市", "support", False, "")  # no such date
    error = WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(lambda d: d.find_elements(By.ID, "error"))
    assert "YYYY-MM-DD" in error[0].text
    assert browser.find_element(By.ID, "plan-new").find_element(By.NAME, "venue").get_attribute("value") == "どこか"
    browser.get(f"{hq.url}/dashboard/plans")
    assert "どこか" not in browser.page_source  # nothing was added

    _login(browser, hq, "sendai")  # another staff member corrects the venue
    browser.get(f"{hq.url}/dashboard/plans")
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#plans tr[id^=plan-]")
               if r.find_elements(By.NAME, "venue") and
               r.find_element(By.NAME, "venue").get_attribute("value") == "名取市民センター")
    venue = row.find_element(By.NAME, "venue")
    venue.clear()
    venue.send_keys("名取市文化会館")
    row.find_element(By.CLASS_NAME, "save").click()
    WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(lambda d: "名取市文化会館" in d.find_element(By.ID, "plan-log").text)
    first = browser.find_element(By.ID, "plan-log").find_elements(By.TAG_NAME, "tr")[1].text
    assert "sendai 変更" in first and "名取市民センター" in first and "名取市文化会館" in first  # before and after

    browser.get(f"{hq.url}/dashboard?as_of=2030-01-01")
    sessions = browser.find_element(By.ID, "sessions").text
    assert "予定 2 回" in sessions and "名取市文化会館" in sessions  # the dashboard lists what staff entered

    browser.get(f"{hq.url}/dashboard/plans")
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#plans tr[id^=plan-]")
               if r.find_elements(By.NAME, "venue") and
               r.find_element(By.NAME, "venue").get_attribute("value") == "旧計画の会場")
    row.find_element(By.CLASS_NAME, "delete").click()
    WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(lambda d: "sendai 削除" in d.find_element(By.ID, "plan-log").text)
    venues = [i.get_attribute("value") for i in browser.find_element(By.ID, "plans").find_elements(By.NAME, "venue")]
    assert "旧計画の会場" not in venues and "名取市文化会館" in venues


def _row(driver, venue: str):
    return next(r for r in driver.find_elements(By.CSS_SELECTOR, "#plans tr[id^=plan-]")
                if r.find_elements(By.NAME, "venue") and r.find_element(By.NAME, "venue").get_attribute("value") == venue)


def _log_text(driver) -> str:
    return driver.find_element(By.ID, "plan-log").text


def test_expected_visitors_are_entered_checked_and_logged(hq, browser):  # noqa: F811
    _login(browser, hq, "miyagi")
    browser.get(f"{hq.url}/dashboard/plans")
    assert "来場者見込み" in browser.find_element(By.ID, "plans").text
    # typed with a Japanese input method: full-width digits count
    _new_row(browser, "2030-03-01", "岩沼市民会館", "岩沼市", "support", False, "岩沼ブース", "１２０")
    WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(
        lambda d: "岩沼市民会館" in _log_text(d))
    assert "miyagi 追加" in _log_text(browser) and "岩沼ブース・見込み120人）" in _log_text(browser)
    assert _row(browser, "岩沼市民会館").find_element(By.NAME, "expected_visitors").get_attribute("value") == "120"

    # left empty on a 100-person venue: no figure, and none made up from the venue's size
    _new_row(browser, "2030-03-02", "大崎市体育館", "大崎市", "support", True, "")
    WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(
        lambda d: "大崎市体育館" in _log_text(d))
    assert _row(browser, "大崎市体育館").find_element(By.NAME, "expected_visitors").get_attribute("value") == ""
    assert "見込み" not in next(line for line in _log_text(browser).splitlines() if "大崎市体育館" in line)

    # changed: the log has the figure before and after
    box = _row(browser, "岩沼市民会館").find_element(By.NAME, "expected_visitors")
    box.clear()
    box.send_keys("150")
    _row(browser, "岩沼市民会館").find_element(By.CLASS_NAME, "save").click()
    WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(
        lambda d: "見込み150人" in _log_text(d))
    first = browser.find_element(By.ID, "plan-log").find_elements(By.TAG_NAME, "tr")[1].text
    assert "miyagi 変更" in first and "見込み120人" in first and "見込み150人" in first
    browser.get(f"{hq.url}/dashboard")  # the progress page's planned sessions carry the figure too
    planned = next(r for r in browser.find_element(By.ID, "sessions").find_elements(By.TAG_NAME, "tr")
                   if "岩沼市民会館" in r.text)
    assert planned.find_elements(By.TAG_NAME, "td")[-1].text == "150"
    browser.get(f"{hq.url}/dashboard/plans")

    # not a whole number in range: 400 with the reason in Japanese and English, nothing changed
    plan_id = _row(browser, "岩沼市民会館").get_attribute("id").removeprefix("plan-")
    cookies = {"hq_session": browser.get_cookie("hq_session")["value"]}
    form = {"date": "2030-03-01", "venue": "岩沼市民会館", "municipality": "岩沼市", "kind": "support",
            "booth": "岩沼ブース"}
    log_before = _log_text(browser)
    for bad in ("100001", "-5", "12.5", "たくさん", "9" * 5000):
        r = httpx.post(f"{hq.url}/dashboard/plans/{plan_id}", data={**form, "expected_visitors": bad},
                       cookies=cookies, follow_redirects=False, timeout=60)
        assert r.status_code == 400, bad
        assert "来場者見込みは 0〜100000 の整数" in r.text and "expected visitors must be a whole number" in r.text
    r = httpx.post(f"{hq.url}/dashboard/plans", data={**form, "venue": "増えない会場", "expected_visitors": "多数"},
                   cookies=cookies, follow_redirects=False, timeout=60)
    assert r.status_code == 400
    browser.get(f"{hq.url}/dashboard/plans")
    assert _row(browser, "岩沼市民会館").find_element(By.NAME, "expected_visitors").get_attribute("value") == "150"
    assert "増えない会場" not in browser.page_source and _log_text(browser) == log_before

    # in the page too: the error is shown and what was typed stays in the form
    _new_row(browser, "2030-03-03", "亘理町公民館", "亘理町", "support", False, "", "百人")
    error = WebDriverWait(browser, 20, ignored_exceptions=[StaleElementReferenceException]).until(
        lambda d: d.find_elements(By.ID, "error"))
    assert "来場者見込み" in error[0].text and "expected visitors" in error[0].text
    assert browser.find_element(By.ID, "plan-new").find_element(By.NAME, "expected_visitors").get_attribute("value") == "百人"
