"""The real embedded browser, offscreen, against a local stand-in of the application site."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtWidgets import QApplication

from kiosk.ui.online_browser import OnlineBrowser, is_allowed

COOKIE_MARKER = "applicant-session-7c1e5a"
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"  # JPEG-framed bytes, every byte value

FORM = b"""<!doctype html><html><body><h1>Online application (stand-in)</h1>
<form method="post" action="/upload" enctype="multipart/form-data">
<input type="file" name="photo" accept="image/jpeg"><input type="text" name="email" value="a@example.jp">
<button type="submit">send</button></form><a id="dl" href="/file.bin">download</a>
<a id="away" href="https://www.example.com/">elsewhere</a></body></html>"""


class Site:
    def __init__(self) -> None:
        self.uploads: list[bytes] = []
        self.downloads = 0
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                if self.path == "/file.bin":
                    site.downloads += 1
                    self.send_response(200)
                    self.send_header("Content-Disposition", 'attachment; filename="file.bin"')
                    self.send_header("Content-Type", "application/octet-stream")
                    self.end_headers()
                    self.wfile.write(b"x" * 1000)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Set-Cookie", f"sid={COOKIE_MARKER}; Max-Age=86400; Path=/")
                self.end_headers()
                self.wfile.write(FORM)

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                site.uploads.append(body)
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body>received</body></html>")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()


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


def places_qt_may_write(data_dir: Path) -> list[Path]:
    kinds = (QStandardPaths.StandardLocation.AppDataLocation, QStandardPaths.StandardLocation.CacheLocation,
             QStandardPaths.StandardLocation.AppLocalDataLocation)
    return [data_dir, *(Path(p) for k in kinds for p in QStandardPaths.standardLocations(k))]


def test_photo_arrives_from_memory_and_finish_leaves_nothing(qtbot, site, data_dir):
    browser = OnlineBrowser(PHOTO, extra_origins=(site.url,))
    qtbot.addWidget(browser)
    browser.show()
    assert browser.profile.isOffTheRecord()
    with qtbot.waitSignal(browser.page.loadFinished, timeout=20000) as loaded:
        browser.open(site.url + "/")
    assert loaded.args == [True]
    with qtbot.waitSignal(browser.photo_attached, timeout=10000) as attached:
        browser.attach_photo()
    assert attached.args == [True]
    assert run_js(qtbot, browser, "document.querySelector('input[type=file]').files[0].size") == len(PHOTO)
    run_js(qtbot, browser, "document.forms[0].submit(); 'sent'")
    qtbot.waitUntil(lambda: bool(site.uploads), timeout=10000)
    assert PHOTO in site.uploads[0] and b'filename="photo.jpg"' in site.uploads[0]
    # downloads are refused, other sites are not opened
    with qtbot.waitSignal(browser.page.loadFinished, timeout=20000):
        browser.open(site.url + "/")
    run_js(qtbot, browser, "document.getElementById('dl').click(); 'ok'")
    qtbot.waitUntil(lambda: "Downloads" in browser.status.text() or "ダウンロード" in browser.status.text(), timeout=10000)
    with qtbot.waitSignal(browser.page.blocked, timeout=10000):
        run_js(qtbot, browser, "document.getElementById('away').click(); 'ok'")
    with qtbot.waitSignal(browser.finished) as done:
        browser.finish(True)
    assert done.args == [True] and browser.photo_jpeg is None
    for _ in range(20):
        QApplication.processEvents()
    for place in places_qt_may_write(data_dir):
        if place.exists():
            for f in place.rglob("*"):
                if f.is_file() and f.stat().st_size < 50_000_000:
                    assert COOKIE_MARKER.encode() not in f.read_bytes(), f


def test_offline_offers_the_paper_route(qtbot):
    browser = OnlineBrowser(PHOTO, extra_origins=("http://127.0.0.1:9",))  # nothing listens on port 9
    qtbot.addWidget(browser)
    with qtbot.waitSignal(browser.page.loadFinished, timeout=20000) as loaded:
        browser.open("http://127.0.0.1:9/")
    assert loaded.args == [False]
    assert not browser.paper_button.isHidden()
    with qtbot.waitSignal(browser.offline):
        browser.paper_button.click()


def test_only_the_application_sites_are_allowed():
    assert is_allowed(QUrl("https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do"))
    assert is_allowed(QUrl("https://myna.go.jp/"))
    for url in ("http://net.kojinbango-card.go.jp/", "https://net.kojinbango-card.go.jp.evil.example/",
                "https://www.google.com/", "file:///etc/passwd", "https://net.kojinbango-card.go.jp:8443/"):
        assert not is_allowed(QUrl(url)), url
