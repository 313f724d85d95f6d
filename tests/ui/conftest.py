"""A real kiosk window, offscreen, on the test's own data directory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.store.encrypted import open_event_log
from kiosk.ui.app import build_window
from kiosk.ui.i18n import set_language
from kiosk.ui.main_window import MainWindow

PIN = "2580"
PASSPHRASE = "booth operator passphrase"


def enter_pin(qtbot, window: MainWindow, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(window.pin_screen.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin_screen.ok_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def store(data_dir):
    """The real encrypted store the GUI records into."""
    log = open_event_log(data_dir, PASSPHRASE, create=True)
    yield log
    log.close()


@pytest.fixture
def window(qtbot, data_dir, store):
    w = build_window(str(data_dir), store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w._allow_close = True
    set_language("en")  # the window installed the Japanese translator; later tests expect the sources


@pytest.fixture
def operator(qtbot, window):
    """The window after first start: PIN chosen, operator screens open."""
    enter_pin(qtbot, window, PIN)
    enter_pin(qtbot, window, PIN)
    assert window.mode == "operator"
    return window


def at_desk(window: MainWindow, services: list[str], age_band: str) -> None:
    """A session open and one applicant, with their age band, at the operator's desk."""
    window.booth.open_session("県庁", "仙台市", "support", False)
    window.booth.receive_visitor(services)
    window.booth.call_next()
    window.booth.set_age_band(age_band)
    window.operator.refresh()
