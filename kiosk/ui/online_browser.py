"""The locked-down browser for the online application (仕様書 8(2)ハ).

One off-the-record profile per applicant: no password saving, autofill or form history, no
spellcheck service, cookies and cache in memory only, downloads refused, file dialogs never opened
(the booth photo is handed to the page from memory), navigation only to the J-LIS application sites
and マイナポータル. "Finish" destroys the profile, so nothing is left for the next person.
"""

from __future__ import annotations

import atexit
import base64
import weakref
from urllib.parse import urlsplit

import shiboken6
from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.ui.base import Page, button, label

ALLOWED_HOSTS = (
    "net.kojinbango-card.go.jp",  # オンライン申請
    "www.kojinbango-card.go.jp",  # J-LIS information
    "myna.go.jp", "img.myna.go.jp", "www.myna.go.jp",  # マイナポータル
)

# Put the photo into the page's file input as a File built in memory (DataTransfer), as if chosen.
_ATTACH_JS = """
(function (b64) {
  const input = document.querySelector('input[type=file]');
  if (!input) { return 'no-input'; }
  const bin = atob(b64), bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], 'photo.jpg', {type: 'image/jpeg'}));
  input.files = dt.files;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new Event('change', {bubbles: true}));
  return 'ok';
})(%s)
"""


def is_allowed(url: QUrl, extra_origins: tuple[str, ...] = ()) -> bool:
    text = url.toString()
    if any(text.startswith(origin.rstrip("/") + "/") or text == origin for origin in extra_origins):
        return True
    parts = urlsplit(text)
    return parts.scheme == "https" and (parts.hostname or "") in ALLOWED_HOSTS and parts.port in (None, 443)


class LockedPage(QWebEnginePage):
    blocked = Signal(str)

    def __init__(self, profile: QWebEngineProfile, extra_origins: tuple[str, ...]) -> None:
        super().__init__(profile)
        self.extra_origins = extra_origins

    def acceptNavigationRequest(self, url: QUrl, _type: QWebEnginePage.NavigationType, _main: bool) -> bool:  # noqa: N802
        if is_allowed(url, self.extra_origins):
            return True
        self.blocked.emit(url.host() or url.scheme())
        return False

    def chooseFiles(self, _mode: QWebEnginePage.FileSelectionMode, _old: list[str], _types: list[str]) -> list[str]:  # noqa: N802
        return []  # no file dialog into the kiosk's folders; the photo comes from attach_photo()

    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> QWebEnginePage:  # noqa: N802
        return self  # pop-ups open in the same, locked view


_live: weakref.WeakSet[OnlineBrowser] = weakref.WeakSet()


@atexit.register
def _release_pages_before_profiles() -> None:
    """At interpreter exit Qt objects are torn down in no useful order, and a profile deleted before
    its page crashes Chromium: delete every remaining page, then its profile, first."""
    for browser in list(_live):
        for obj in (browser.page, browser.profile):
            if shiboken6.isValid(obj):
                shiboken6.delete(obj)
    _retired.clear()


_retired: set[QWebEngineProfile] = set()


def _retire(profile: QWebEngineProfile) -> None:
    """Chromium releases a page a moment after Qt deletes it; the profile (already emptied) is
    deleted a few seconds later, held meanwhile here rather than by the widget being destroyed."""
    profile.setParent(None)
    _retired.add(profile)

    def release() -> None:
        _retired.discard(profile)
        if shiboken6.isValid(profile):
            profile.deleteLater()

    QTimer.singleShot(5000, release)


class OnlineBrowser(Page):
    finished = Signal(bool)  # True when the operator marks the application as sent
    offline = Signal()
    photo_attached = Signal(bool)

    def __init__(self, photo_jpeg: bytes | None = None, extra_origins: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.photo_jpeg = photo_jpeg
        self.loaded = False
        # No storage name: off the record, nothing on disk.
        self.profile = QWebEngineProfile()
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        self.profile.setSpellCheckEnabled(False)
        self.profile.downloadRequested.connect(self._refuse_download)
        settings = self.profile.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PdfViewerEnabled, False)
        self.page = LockedPage(self.profile, extra_origins)
        # A profile must outlive its pages. Qt deletes children in the order they were added, so the
        # page (added first) is gone before the profile when this widget is deleted.
        self.page.setParent(self)
        self.profile.setParent(self)
        _live.add(self)
        self.page.blocked.connect(self._blocked)
        self.page.loadFinished.connect(self._loaded)
        self.view = QWebEngineView()
        self.view.setPage(self.page)
        self.status = label()
        self.attach_button = button()
        self.attach_button.clicked.connect(self.attach_photo)
        self.attach_button.setEnabled(photo_jpeg is not None)
        self.done_button = button("primary")
        self.done_button.clicked.connect(lambda: self.finish(True))
        self.abandon_button = button("danger")
        self.abandon_button.clicked.connect(lambda: self.finish(False))
        self.paper_button = button()
        self.paper_button.clicked.connect(self.offline.emit)
        self.paper_button.hide()
        bar = QHBoxLayout()
        for b in (self.attach_button, self.paper_button):
            bar.addWidget(b)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.abandon_button)
        bar.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.attach_button.setText(self.tr("Attach the booth photo"))
        self.done_button.setText(self.tr("Finish (application sent)"))
        self.abandon_button.setText(self.tr("Stop and erase"))
        self.paper_button.setText(self.tr("Use the paper form instead"))

    def open(self, url: str) -> None:
        qurl = QUrl(url)
        if not is_allowed(qurl, self.page.extra_origins):
            self._blocked(qurl.host())
            return
        self.status.setText(self.tr("Opening the application site…"))
        self.page.load(qurl)

    def _loaded(self, ok: bool) -> None:
        self.loaded = ok
        if ok:
            self.status.setText("")
            self.paper_button.hide()
            return
        self.status.setText(self.tr("No connection to the application site. Use the paper form: print the photo "
                                    "and help with the form."))
        self.paper_button.show()

    def _blocked(self, host: str) -> None:
        self.status.setText(self.tr("This page is not allowed in the booth browser: %1").replace("%1", host))

    def _refuse_download(self, item: QWebEngineDownloadRequest) -> None:
        item.cancel()
        self.status.setText(self.tr("Downloads are switched off in the booth browser."))

    def attach_photo(self) -> None:
        if self.photo_jpeg is None:
            return
        b64 = base64.b64encode(self.photo_jpeg).decode("ascii")
        self.page.runJavaScript(_ATTACH_JS % f"'{b64}'", 0, self._attached)

    def _attached(self, result: object) -> None:
        ok = result == "ok"
        self.status.setText(self.tr("Photo attached.") if ok else self.tr("This page has no place for a photo."))
        self.photo_attached.emit(ok)

    def finish(self, completed: bool) -> None:
        """End the applicant's browser session: cookies, cache, history and the profile are destroyed."""
        self.profile.cookieStore().deleteAllCookies()
        self.profile.clearHttpCache()
        self.profile.clearAllVisitedLinks()
        self.page.history().clear()
        self.view.setPage(None)
        self.page.deleteLater()
        _retire(self.profile)
        self.photo_jpeg = None
        self.finished.emit(completed)
