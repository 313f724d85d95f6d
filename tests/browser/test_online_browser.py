"""The real embedded browser, offscreen, against a local stand-in of the application site."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.ui.online_browser import OnlineBrowser, is_allowed
from tests.browser.site import COOKIE_MARKER, PHOTO, SilentServer, Site

__all__ = ["PHOTO", "Site"]  # tests/ui/test_online_ui.py borrows the stand-in site

SKIP_DIRS = {".rustup", ".cargo", ".pyenv", ".m2", ".npm", ".git", ".venv", "node_modules"}


@pytest.fixture
def site():
    s = Site()
    yield s
    s.stop()


def run_js(qtbot, browser: OnlineBrowser, script: str) -> object:
    box: list[object] = []
    browser.page.runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10000)
    return box[0]


def open_site(qtbot, browser: OnlineBrowser, url: str) -> None:
    with qtbot.waitSignal(browser.page.loadFinished, timeout=20000) as loaded:
        browser.open(url)
    assert loaded.args == [True]


def tap(qtbot, browser: OnlineBrowser, element_id: str) -> None:
    """A real mouse tap on an element of the page, as the applicant would do it."""
    r = json.loads(str(run_js(qtbot, browser, f"JSON.stringify(document.getElementById('{element_id}')"
                                              ".getBoundingClientRect())")))
    target = browser.view.focusProxy()
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(r["x"] + 20), int(r["y"] + r["height"] / 2)))


def files_written_since(start: float, roots: list[Path]) -> list[Path]:
    """Every regular file under `roots` modified since `start` (HOME, the temp dir, the data dir…)."""
    found = []
    for root in roots:
        for d, dirs, files in os.walk(root):
            dirs[:] = [x for x in dirs if x not in SKIP_DIRS]
            for f in files:
                p = Path(d, f)
                try:
                    st = p.lstat()
                except OSError:
                    continue
                if p.is_file() and not p.is_symlink() and st.st_mtime >= start and st.st_size < 50_000_000:
                    found.append(p)
    return found


def test_tapping_the_photo_field_uploads_the_booth_photo_from_memory(qtbot, site):
    browser = OnlineBrowser(PHOTO, extra_origins=(site.url,))
    qtbot.addWidget(browser)
    browser.resize(1100, 900)
    browser.show()
    qtbot.waitExposed(browser)
    assert browser.profile.isOffTheRecord()
    open_site(qtbot, browser, site.url + "/")
    tap(qtbot, browser, "doc")  # a PDF field: the kiosk has nothing to give it
    qtbot.waitUntil(lambda: "photo" in browser.status.text(), timeout=10000)
    assert run_js(qtbot, browser, "document.getElementById('doc').files.length") == 0
    with qtbot.waitSignal(browser.photo_attached, timeout=10000) as attached:
        tap(qtbot, browser, "photo")  # no file dialog opens: the booth photo goes in
    assert attached.args == [True]
    assert run_js(qtbot, browser, "document.getElementById('photo').files[0].size") == len(PHOTO)
    run_js(qtbot, browser, "document.forms[0].submit(); 'sent'")
    qtbot.waitUntil(lambda: bool(site.uploads), timeout=10000)
    assert PHOTO in site.uploads[0] and b'name="photo"; filename="photo.jpg"' in site.uploads[0]
    browser.finish(True)


def test_finish_leaves_no_cookie_cache_or_photo_on_disk_and_the_next_person_starts_clean(qtbot, site, data_dir):
    start = time.time() - 1
    browser = OnlineBrowser(PHOTO, extra_origins=(site.url,))
    qtbot.addWidget(browser)
    browser.show()
    added: list[bytes] = []
    browser.profile.cookieStore().cookieAdded.connect(lambda c: added.append(bytes(c.value().data())))
    open_site(qtbot, browser, site.url + "/")
    open_site(qtbot, browser, site.url + "/again")
    assert COOKIE_MARKER.encode() in added and COOKIE_MARKER in site.cookies_seen[-1]  # the session had a cookie
    storage = [Path(p) for p in (browser.profile.persistentStoragePath(), browser.profile.cachePath()) if p]
    with qtbot.waitSignal(browser.photo_attached, timeout=10000):
        browser.attach_photo()
    run_js(qtbot, browser, "document.forms[0].submit(); 'sent'")
    qtbot.waitUntil(lambda: bool(site.uploads), timeout=10000)
    qtbot.mouseClick(browser.done_button, Qt.MouseButton.LeftButton)  # asks before it counts
    assert not browser.ended and browser.confirmation.isVisible()
    with qtbot.waitSignal(browser.finished) as done:
        qtbot.mouseClick(browser.confirmation.yes_button, Qt.MouseButton.LeftButton)
    assert done.args == [True] and browser.photo_jpeg is None
    browser.finish(True)  # a second press does nothing (and does not crash)
    for _ in range(20):
        QApplication.processEvents()
    written = files_written_since(start, [data_dir, Path.home(), Path(tempfile.gettempdir()), *storage])
    for f in written:
        try:
            content = f.read_bytes()
        except OSError:
            continue
        assert COOKIE_MARKER.encode() not in content, f
        assert PHOTO[4:1028] not in content, f
    assert not any(p.exists() and any(p.rglob("*")) for p in storage)
    # the next applicant's browser sends no cookie from the one before
    following = OnlineBrowser(None, extra_origins=(site.url,))
    qtbot.addWidget(following)
    open_site(qtbot, following, site.url + "/")
    assert site.cookies_seen[-1] == ""
    following.finish(False)


def test_downloads_other_sites_and_permissions_are_refused(qtbot, site):
    browser = OnlineBrowser(PHOTO, extra_origins=(site.url,))
    qtbot.addWidget(browser)
    browser.show()
    open_site(qtbot, browser, site.url + "/")
    run_js(qtbot, browser, "document.getElementById('dl').click(); 'ok'")
    qtbot.waitUntil(lambda: "Downloads" in browser.status.text() or "ダウンロード" in browser.status.text(),
                    timeout=10000)
    with qtbot.waitSignal(browser.page.blocked, timeout=10000):
        run_js(qtbot, browser, "document.getElementById('away').click(); 'ok'")
    assert browser.page.url().toString().startswith(site.url)
    run_js(qtbot, browser, "Notification.requestPermission().then(r => { window.answer = r; }); 'asked'")
    qtbot.waitUntil(lambda: run_js(qtbot, browser, "window.answer || ''") != "", timeout=10000)
    assert run_js(qtbot, browser, "window.answer") == "denied"
    browser.finish(False)


def test_a_dead_connection_offers_the_paper_route_at_once(qtbot):
    browser = OnlineBrowser(PHOTO, extra_origins=("http://127.0.0.1:9",))  # nothing listens on port 9
    qtbot.addWidget(browser)
    t0 = time.monotonic()
    with qtbot.waitSignal(browser.connection, timeout=5000) as answered:
        browser.open("http://127.0.0.1:9/")
    assert answered.args == [False] and time.monotonic() - t0 < 4
    assert not browser.paper_button.isHidden() and "paper" in browser.status.text()
    assert browser.done_button.isHidden() and not browser.done_button.isEnabled()  # nothing can be sent
    assert not browser.not_sent_button.isHidden() and browser.abandon_button.isHidden()
    qtbot.waitUntil(lambda: browser.page.url().toString() != "", timeout=5000)
    qtbot.wait(500)  # Chromium's own error page has had time to load: it must not be on screen
    assert browser.view.isHidden()
    with qtbot.waitSignal(browser.offline):
        browser.paper_button.click()
    browser.finish(False)


def test_a_site_that_never_answers_offers_the_paper_route_after_the_timeout(qtbot):
    silent = SilentServer()
    try:
        browser = OnlineBrowser(PHOTO, extra_origins=(silent.url,), load_timeout_s=1.0)
        qtbot.addWidget(browser)
        browser.open(silent.url + "/")
        qtbot.waitUntil(lambda: not browser.paper_button.isHidden(), timeout=5000)
        assert "does not answer" in browser.status.text() or "応答" in browser.status.text()
        browser.finish(False)
    finally:
        silent.stop()


def test_only_the_application_sites_are_allowed():
    assert is_allowed(QUrl("https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do"))
    assert is_allowed(QUrl("https://myna.go.jp/"))
    assert is_allowed(QUrl("http://127.0.0.1:8000/x"), ("http://127.0.0.1:8000",))
    for url in ("http://net.kojinbango-card.go.jp/", "https://net.kojinbango-card.go.jp.evil.example/",
                "https://www.google.com/", "file:///etc/passwd", "https://net.kojinbango-card.go.jp:8443/",
                "https://user@net.kojinbango-card.go.jp/", "view-source:https://net.kojinbango-card.go.jp/"):
        assert not is_allowed(QUrl(url)), url
    assert not is_allowed(QUrl("http://127.0.0.1:80001/"), ("http://127.0.0.1:8000",))
