"""Start the touch screen app: settings, language, the event log, the booth, the window."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.booth import Booth
from kiosk.domain.survey import Survey, parse_survey
from kiosk.paths import assets_dir, resolve_data_dir
from kiosk.pin import OperatorPin
from kiosk.settings import LoadedSettings, load_settings
from kiosk.store.encrypted import EncryptedEventLog, open_event_log, store_exists
from kiosk.ui.base import on_first_paint
from kiosk.ui.i18n import set_language
from kiosk.ui.start_window import StartWindow
from kiosk.ui.style import STYLE_SHEET
from kiosk.ui.unlock_screen import UnlockScreen

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)  # warnings only; the probe's timing marks below stay plain stdout lines
STARTUP_PROBE_ENV = "KIOSK_STARTUP_PROBE"  # bench/bench_startup.py: print the first-frame time and quit;
# "home": then unlock with KIOSK_PASSPHRASE and print when the operator's screen has painted


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def _prepare(data_dir: str | None) -> tuple[Path, LoadedSettings]:
    path = resolve_data_dir(data_dir)
    loaded = load_settings(path)
    QApplication.instance().setStyleSheet(STYLE_SHEET)
    set_language(loaded.settings.language)
    return path, loaded


def _import_the_window() -> None:
    """Everything behind the passphrase screen (the camera's OpenCV, the photo pipeline, QtWebEngine,
    the sync client): imported while the operator types, not before the first frame."""
    import kiosk.ui.main_window  # noqa: F401
    import kiosk.ui.survey_screen  # noqa: F401
    import kiosk.ui.sync_status  # noqa: F401
    import sync.client.source  # noqa: F401


def build_window(data_dir: str | None, log: EncryptedEventLog) -> MainWindow:
    """The kiosk window on an opened event log, without showing it (tests call this too)."""
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.survey_screen import SurveyScreen
    from kiosk.ui.sync_status import SyncStatusWidget
    from sync.client.source import make_sync_client
    from sync.client.status import booth_status, camera_state

    path, loaded = _prepare(data_dir)
    booth = Booth(log, loaded.settings.booth_id)
    window = MainWindow(booth, loaded, OperatorPin(path))
    survey = _load_survey()
    if survey is not None:
        window.survey_factory = lambda: SurveyScreen(survey)
    def live_status(backlog: int) -> dict:  # HQ's booth board: no personal data (wire/status.py)
        # called on the sync thread: the wait as the UI thread last computed it (Booth.last_wait), not
        # booth.wait(), which would read the queue and the desk while the UI thread changes them
        return booth_status(booth, backlog, window.printer_status.state(),
                            camera_state(str(loaded.settings.camera)), wait_minutes=booth.last_wait.minutes)

    sync = make_sync_client(path, log, status=live_status)
    if sync is not None:  # enrolled with HQ: deliver in the background, show the state in the header
        window.status_area.addWidget(SyncStatusWidget(sync))
        booth.subscribe(lambda _event: sync.notify())
        sync.start()
        window.destroyed.connect(lambda _obj=None: sync.stop())  # (destroyed passes the object: not a timeout)
        QApplication.instance().aboutToQuit.connect(sync.stop)
    return window


def _load_survey() -> Survey | None:
    """The survey definition in assets/; when it is broken the booth runs on, surveys go on paper."""
    path = assets_dir() / "survey.json"
    try:
        return parse_survey(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        log.warning("アンケート定義を読めません。紙のアンケートをお使いください / cannot read the survey "
                    "definition %s: %s", path, exc)
        return None


def _show(widget: QWidget, windowed: bool) -> None:
    if windowed:
        widget.resize(1366, 768)
        widget.show()
        return
    # Full screen asks the window manager; a booth laptop may run a bare X server without one, where
    # the request is not heard: the window takes the screen's geometry itself, undecorated.
    screen = widget.screen() or QApplication.primaryScreen()
    widget.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    widget.setGeometry(screen.geometry())
    widget.showFullScreen()


def run(data_dir: str | None = None, windowed: bool = False, quit_after: float | None = None) -> int:
    if not _has_display():  # a refusal of the command, printed like every other command's
        print(
            "画面がありません。画面のある端末で起動するか、xvfb-run kiosk を使ってください。\n"
            "No display found: start the kiosk on a machine with a screen, or under xvfb-run.",
            file=sys.stderr,
        )
        return 2
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)  # for the embedded browser
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("booth-kiosk")
    path, loaded = _prepare(data_dir)
    for problem in loaded.problems:  # the admin screen shows them too
        log.warning("%s", problem)
    unlock = UnlockScreen(lambda secret, create: open_event_log(path, secret, create=create),
                          creating=not store_exists(path))
    start = StartWindow(unlock)
    opened: list[MainWindow] = []

    probe = os.environ.get(STARTUP_PROBE_ENV, "")

    def unlocked(log: EncryptedEventLog) -> None:
        window = build_window(str(path), log)
        opened.append(window)
        app.aboutToQuit.connect(log.close)
        if probe == "home":  # the operator's first screen after the passphrase has painted
            on_first_paint(window, lambda: (print(f"home-frame-at {time.time():.6f}", flush=True),
                                            window.quit_kiosk()))  # (the window refuses a plain close)
        _show(window, windowed)
        start.close()

    unlock.unlocked.connect(unlocked)
    if probe:  # bench/bench_startup.py: when the first usable screen is on screen
        def first_frame() -> None:
            print(f"first-frame-at {time.time():.6f}", flush=True)
            if probe != "home":
                app.quit()
                return
            # then as if the operator typed the passphrase (from KIOSK_PASSPHRASE) as soon as the
            # window's modules had loaded behind the passphrase screen
            _import_the_window()
            unlock.passphrase.setText(os.environ.get("KIOSK_PASSPHRASE", ""))
            unlock.confirm.setText(unlock.passphrase.text())
            print(f"passphrase-at {time.time():.6f}", flush=True)
            unlock.submit()

        on_first_paint(unlock, first_frame)
    else:
        on_first_paint(unlock, _import_the_window)
    _show(start, windowed)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), lambda: [w.quit_kiosk() for w in opened] or app.quit())
    return app.exec()
