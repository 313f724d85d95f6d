"""Language switching: Japanese by default, English one tap away. Source strings are English; the
Japanese comes from assets/i18n/kiosk_ja.qm (built from kiosk_ja.ts, see docs/i18n.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.paths import assets_dir

_installed: list[QTranslator] = []


def set_language(lang: str) -> None:
    """Install the translators for `lang` ("ja" or "en"); every Page re-translates itself."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "ja":
        ours = QTranslator()
        if ours.load(str(assets_dir() / "i18n" / "kiosk_ja.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator()  # Qt's own texts (standard dialogs, context menus)
        if qt.load(QLocale(QLocale.Language.Japanese), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English))
    app.setProperty("kiosk_language", lang)


def current_language() -> str:
    return QCoreApplication.instance().property("kiosk_language") or "ja"
