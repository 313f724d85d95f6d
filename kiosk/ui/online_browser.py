"""The locked-down browser for the online application (仕様書 8(2)ハ).

One off-the-record profile per applicant: no password saving, autofill or form history, no
spellcheck service, cookies and cache in memory only, downloads refused, file dialogs never opened
(the booth photo is handed to the page from memory), navigation only to the J-LIS application sites
and マイナポータル. "Finish" destroys the profile, so nothing is left for the next person.
"""

from __future__ import annotations

import atexit
import weakref

import shiboken6
from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.ui.base import Page, button, label
from kiosk.ui.browser_lockdown import ALLOWED_HOSTS, LockedPage, is_allowed, locked_profile
from kiosk.ui.browser_photo import WORLD, attach_script, takes_jpeg
from kiosk.ui.browser_reach import ReachCheck
from kiosk.ui.confirm import Confirm, confirm

__all__ = ["ALLOWED_HOSTS", "LockedPage", "OnlineBrowser", "is_allowed"]

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
    """One applicant's browser session. Signals: `finished(completed)` when the operator ends it
    (True: application sent), `offline()` when the operator takes the paper route instead.

    The finish that counts is enabled only once a page on an allowed host has loaded, and asks
    「申請を送信しましたか？」 before it counts; on the offline / error page the only ways out are
    "not sent: continue on paper" and "not sent: stop"."""

    finished = Signal(bool)
    offline = Signal()
    photo_attached = Signal(bool)
    connection = Signal(bool)  # the site answered (True) or not (False): shown at once

    def __init__(self, photo_jpeg: bytes | None = None, extra_origins: tuple[str, ...] = (),
                 load_timeout_s: float = 20.0) -> None:
        super().__init__()
        self.photo_jpeg = photo_jpeg
        self.loaded = False
        self.ended = False
        self.profile = locked_profile()
        self.profile.downloadRequested.connect(self._refuse_download)
        self.page = LockedPage(self.profile, extra_origins)
        # A profile must outlive its pages. Qt deletes children in the order they were added, so the
        # page (added first) is gone before the profile when this widget is deleted.
        self.page.setParent(self)
        self.profile.setParent(self)
        _live.add(self)
        self.page.blocked.connect(self._blocked)
        self.page.loadFinished.connect(self._loaded)
        self.page.file_requested.connect(self._file_requested)
        self.reach = ReachCheck()
        self.reach.answered.connect(self._reach_answered)
        self.load_timer = QTimer(self)
        self.load_timer.setSingleShot(True)
        self.load_timer.setInterval(int(load_timeout_s * 1000))
        self.load_timer.timeout.connect(lambda: self._show_offline(slow=True))
        self.view = QWebEngineView()
        self.view.setPage(self.page)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no "save page" or "view source"
        self.status = label()
        self.attach_button = button()
        self.attach_button.clicked.connect(self.attach_photo)
        self.attach_button.setEnabled(photo_jpeg is not None)
        self.done_button = button("primary")
        self.done_button.setMinimumSize(260, 96)  # the big "finish": the one thing the operator must not miss
        self.done_button.setEnabled(False)  # until a page of the application site has loaded
        self.done_button.clicked.connect(self.ask_sent)
        self.confirmation: Confirm | None = None
        self.abandon_button = button("danger")
        self.abandon_button.clicked.connect(lambda: self.finish(False))
        self.paper_button = button("primary")
        self.paper_button.clicked.connect(self.offline.emit)
        self.paper_button.hide()
        self.not_sent_button = button("danger")  # the offline page's other way out
        self.not_sent_button.clicked.connect(lambda: self.finish(False))
        self.not_sent_button.hide()
        bar = QHBoxLayout()
        for b in (self.attach_button, self.paper_button, self.not_sent_button):
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
        self.paper_button.setText(self.tr("Not sent: continue on paper"))
        self.not_sent_button.setText(self.tr("Not sent: stop"))

    def open(self, url: str) -> None:
        qurl = QUrl(url)
        if not is_allowed(qurl, self.page.extra_origins):
            self._blocked(qurl.host())
            return
        self.status.setText(self.tr("Opening the application site…"))
        self.reach.start(url)
        self.load_timer.start()
        self.page.load(qurl)

    def _reach_answered(self, ok: bool) -> None:
        if self.ended:
            return
        self.connection.emit(ok)
        if not ok:
            self._show_offline()

    def _loaded(self, ok: bool) -> None:
        self.load_timer.stop()
        self.loaded = ok and is_allowed(self.page.url(), self.page.extra_origins)
        if self.loaded and not self.ended:
            self.status.setText("")
            self._offline_page(False)
            return
        self._show_offline()

    def _offline_page(self, offline: bool) -> None:
        """Offline: nothing can have been sent, so no finish that counts; only the two ways out. The
        web view goes too, so Chromium's own error page (ERR_NAME_NOT_RESOLVED …) never shows."""
        self.view.setVisible(not offline)
        self.paper_button.setVisible(offline)
        self.not_sent_button.setVisible(offline)
        self.done_button.setVisible(not offline)
        self.abandon_button.setVisible(not offline)
        self.done_button.setEnabled(self.loaded and not offline)

    def ask_sent(self) -> None:
        """Count only on a clear yes."""
        if self.ended or not self.loaded:
            return
        self.confirmation = confirm(self, self.tr("Was the application sent?"),
                                    self.tr("Count it only if the site confirmed that the application was sent."),
                                    self.tr("Yes, it was sent"), self.tr("No, not yet"), lambda: self.finish(True))

    def _show_offline(self, slow: bool = False) -> None:
        if self.ended or self.loaded:
            return
        if slow:
            self.status.setText(self.tr("The application site does not answer. Wait a little, or use the paper form: "
                                        "print the photo and help with the form."))
        else:
            self.status.setText(self.tr("No connection to the application site. Use the paper form: print the photo "
                                        "and help with the form."))
        self._offline_page(True)

    def _blocked(self, host: str) -> None:
        self.status.setText(self.tr("This page is not allowed in the booth browser: %1").replace("%1", host))

    def _refuse_download(self, item: QWebEngineDownloadRequest) -> None:
        item.cancel()
        self.status.setText(self.tr("Downloads are switched off in the booth browser."))

    def _file_requested(self, accepted: list[str]) -> None:
        """The site's file input was tapped: offer the booth photo instead of a file dialog."""
        if not takes_jpeg(accepted):
            self.status.setText(self.tr("This field does not take a photo; nothing can be chosen from the kiosk."))
            return
        if self.photo_jpeg is None:
            self.status.setText(self.tr("There is no accepted booth photo yet: take the photo first."))
            return
        # After chooseFiles has returned: Chromium applies its (empty) answer to the input first.
        QTimer.singleShot(50, self.attach_photo)

    def attach_photo(self) -> None:
        if self.photo_jpeg is None or self.ended:
            return
        self.page.runJavaScript(attach_script(self.photo_jpeg), WORLD, self._attached)

    def _attached(self, result: object) -> None:
        if self.ended:
            return
        ok = result == "ok"
        self.status.setText(self.tr("Photo attached.") if ok else self.tr("This page has no place for a photo."))
        self.photo_attached.emit(ok)

    def finish(self, completed: bool) -> None:
        """End the applicant's browser session: cookies, cache, history and the profile are destroyed."""
        if self.ended:
            return
        self.ended = True
        self.load_timer.stop()
        self.page.triggerAction(LockedPage.WebAction.Stop)
        self.profile.cookieStore().deleteAllCookies()
        self.profile.clearHttpCache()
        self.profile.clearAllVisitedLinks()
        self.page.history().clear()
        self.view.setPage(None)
        self.page.deleteLater()
        _retire(self.profile)
        self.photo_jpeg = None
        for b in (self.attach_button, self.done_button, self.abandon_button, self.paper_button, self.not_sent_button):
            b.setEnabled(False)
        if self.confirmation is not None:
            self.confirmation.reject()
        self.finished.emit(completed)
