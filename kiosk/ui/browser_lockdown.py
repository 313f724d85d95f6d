"""The booth browser's locks: the navigation allowlist, an off-the-record profile with everything that
could remember an applicant switched off, and a page that refuses what the booth must not do.

QtWebEngine has no password manager, autofill or form-history store of its own; an off-the-record
profile keeps cookies, cache, visited links and permissions in memory, so they die with it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineSettings,
)

ALLOWED_HOSTS = (
    "net.kojinbango-card.go.jp",  # オンライン申請 (the form's QR code points here)
    "www.kojinbango-card.go.jp",  # J-LIS information pages linked from it
    "myna.go.jp", "www.myna.go.jp", "img.myna.go.jp",  # マイナポータル
)

# Off: anything that talks to other hosts, reaches local files or the clipboard, or runs outside the page.
_SETTINGS_OFF = ("JavascriptCanOpenWindows", "LocalContentCanAccessFileUrls", "LocalContentCanAccessRemoteUrls",
                 "PdfViewerEnabled", "PluginsEnabled", "NavigateOnDropEnabled", "DnsPrefetchEnabled",
                 "HyperlinkAuditingEnabled", "ScreenCaptureEnabled", "JavascriptCanAccessClipboard",
                 "JavascriptCanPaste", "AllowRunningInsecureContent", "AllowGeolocationOnInsecureOrigins",
                 "FullScreenSupportEnabled")


def is_allowed(url: QUrl, extra_origins: tuple[str, ...] = ()) -> bool:
    """True for https pages of the application sites, and for `extra_origins` (tests' local servers)."""
    text = url.toString()
    if any(text == origin.rstrip("/") or text.startswith(origin.rstrip("/") + "/") for origin in extra_origins):
        return True
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return False
    return (parts.scheme == "https" and (parts.hostname or "") in ALLOWED_HOSTS and port in (None, 443)
            and not parts.username and not parts.password)


def locked_profile() -> QWebEngineProfile:
    """A new off-the-record profile (no storage name) for one applicant, nothing kept on disk."""
    profile = QWebEngineProfile()
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setPersistentPermissionsPolicy(QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime)
    profile.setSpellCheckEnabled(False)  # no text sent to a spelling service or dictionary
    profile.setPushServiceEnabled(False)
    settings = profile.settings()
    for name in _SETTINGS_OFF:
        settings.setAttribute(getattr(QWebEngineSettings.WebAttribute, name), False)
    return profile


class LockedPage(QWebEnginePage):
    """Allowlisted navigation, pop-ups in the same view, every permission refused, no file dialog."""

    blocked = Signal(str)  # the host that was refused
    file_requested = Signal(list)  # the page's file input was tapped: the accepted types

    def __init__(self, profile: QWebEngineProfile, extra_origins: tuple[str, ...]) -> None:
        super().__init__(profile)
        self.extra_origins = extra_origins
        self.permissionRequested.connect(self._refuse_permission)

    def acceptNavigationRequest(self, url: QUrl, _type: QWebEnginePage.NavigationType, _main: bool) -> bool:  # noqa: N802
        if is_allowed(url, self.extra_origins):
            return True
        self.blocked.emit(url.host() or url.scheme())
        return False

    def chooseFiles(self, _mode: QWebEnginePage.FileSelectionMode, _old: list[str], types: list[str]) -> list[str]:  # noqa: N802
        # Never a file dialog into the kiosk's folders: the booth photo is handed over from memory.
        self.file_requested.emit(list(types))
        return []

    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> QWebEnginePage:  # noqa: N802
        return self  # pop-ups open in the same, locked view

    @staticmethod
    def _refuse_permission(permission: QWebEnginePermission) -> None:
        permission.deny()  # camera, microphone, location, notifications, clipboard…: never at the booth
