"""Start the touch screen app: settings, language, the event log, the booth, the window."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.booth import Booth
from kiosk.paths import resolve_data_dir
from kiosk.pin import OperatorPin
from kiosk.settings import load_settings
from kiosk.store.memory import MemoryEventLog
from kiosk.ui.i18n import set_language
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import STYLE_SHEET

STARTUP_PROBE_ENV = "KIOSK_STARTUP_PROBE"  # bench/bench_startup.py: print the first-frame time and quit


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def build_window(data_dir: str | None = None) -> MainWindow:
    """Everything the app needs, without showing it (tests call this too)."""
    path = resolve_data_dir(data_dir)
    loaded = load_settings(path)
    app = QApplication.instance()
    app.setStyleSheet(STYLE_SHEET)
    set_language(loaded.settings.language)
    log = MemoryEventLog()
    booth = Booth(log, loaded.settings.booth_id)
    return MainWindow(booth, loaded, OperatorPin(path))


def run(data_dir: str | None = None, windowed: bool = False, quit_after: float | None = None) -> int:
    if not _has_display():
        print(
            "画面がありません。画面のある端末で起動するか、xvfb-run kiosk を使ってください。\n"
            "No display found: start the kiosk on a machine with a screen, or under xvfb-run.",
            file=sys.stderr,
        )
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("booth-kiosk")
    window = build_window(data_dir)
    for problem in window.admin.problems.text().splitlines():
        print(problem, file=sys.stderr)
    if os.environ.get(STARTUP_PROBE_ENV):
        window.first_frame.connect(lambda: (print(f"first-frame-at {time.time():.6f}", flush=True), window.quit_kiosk()))
    if windowed:
        window.resize(1366, 768)
        window.show()
    else:
        window.showFullScreen()
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), window.quit_kiosk)
    return app.exec()
