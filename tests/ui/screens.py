"""Walk a real kiosk window through every screen an operator and an attendee meet, for the tests that
look at each screen as a whole (its size, its language)."""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtWidgets import QApplication

from kiosk.ui.main_window import MainWindow

SIZES = [(1366, 768), (1920, 1080)]


def settle(window: MainWindow) -> None:
    for _ in range(6):
        QApplication.processEvents()


def walk(window: MainWindow, photo: bool = False) -> Iterator[str]:
    """Put the window (PIN set, operator screens open, no session) on each screen in turn; yields the
    screen's name while it is showing."""
    op = window.operator
    window.lock()
    window.pin_screen.press("1")
    window.pin_screen.press("1")
    settle(window)
    yield "pin"
    for _ in range(4):  # a wrong PIN: its message
        window.pin_screen.press("9")
    window.pin_screen.submit()
    settle(window)
    yield "pin-wrong"
    window.pin_screen.retry_timer.stop()
    window.pin_screen._set_pad_enabled(True)
    window.to_operator()
    settle(window)
    yield "operator-no-session"
    op.session_panel.open_session()  # nothing typed: the error under the form
    settle(window)
    yield "session-form-error"
    op.session_panel.venue.setFocus()
    settle(window)
    yield "session-form-keyboard"
    window.keyboard.set_mode("latin")
    settle(window)
    yield "session-form-keyboard-latin"
    window.keyboard.set_mode("digits")
    settle(window)
    yield "session-form-keyboard-digits"
    window.keyboard.hide()
    op.session_panel.venue.setText("宮城県庁")
    op.session_panel.municipality.setText("仙台市")
    op.session_panel.large_venue.setChecked(True)
    op.session_panel.open_session()
    rp = op.reception
    for services in (["photo", "public_funds_account"], ["insurance_link"], ["smartphone_consult", "other"], []):
        for s in services:
            rp.service_buttons[s].setChecked(True)
        rp.receive()
    rp.call_next()
    settle(window)
    yield "operator-queue"
    op.journey.request_step("photo")  # no age band yet: the error
    settle(window)
    yield "operator-age-first"
    op.journey.choose_age("70-79")
    op.refresh()
    op.journey.request_step("public_funds_account")
    settle(window)
    yield "operator-public-funds-outcome"
    op.journey.finish_detail("outcome", "done")
    op.journey.request_step("other")
    settle(window)
    yield "operator-other-category"
    op.journey.cancel_detail()
    op.show_left(op.SESSION)
    settle(window)
    yield "operator-session-and-reports"
    op.show_left(op.QUEUE)
    window.open_reports()
    settle(window)
    yield "reports"
    window.reports_screen.leave()
    window.to_attendee()
    settle(window)
    yield "attendee-welcome"
    window.to_operator()
    window.to_admin()
    settle(window)
    yield "settings"
    window.admin.hq_url.setText("ftp://hq")
    window.admin.save()
    settle(window)
    yield "settings-refused"
    window.admin.load(window.settings)
    window.admin.status.setText("")
    window._set_mode("operator", window.print_panel)
    settle(window)
    yield "print"
    window.to_operator()
    op.journey.end_journey()
    settle(window)
    yield "operator-finished"
    if photo:  # the live guide on the demo camera (its checks' messages)
        window.start_photo()
        for _ in range(30):
            settle(window)
            time.sleep(0.03)
        yield "photo"
        window.photo_step.cancel()
        window.to_operator()
