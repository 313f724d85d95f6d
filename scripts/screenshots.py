"""Render the main screens into docs/screenshots/ (run: make screenshots).

Runs the real window on a virtual X screen (Xvfb) in a throwaway data directory, drives it like an
operator would, and saves a PNG of each screen, in Japanese and one in English."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        if shutil.which("xvfb-run") is None:
            print("xvfb-run is missing: apt-get install xvfb", file=sys.stderr)
            return 2
        return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, *sys.argv])
    data_dir = tempfile.mkdtemp(prefix="kiosk-shots-")
    from PySide6.QtWidgets import QApplication

    from kiosk.store.encrypted import open_event_log
    from kiosk.ui.app import build_window
    from kiosk.ui.i18n import set_language
    from kiosk.ui.start_window import StartWindow
    from kiosk.ui.style import STYLE_SHEET
    from kiosk.ui.unlock_screen import UnlockScreen

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE_SHEET)
    set_language("ja")
    start = StartWindow(UnlockScreen(lambda secret, create: open_event_log(data_dir, secret, create=create), True))
    start.resize(1366, 768)
    start.show()
    start.activateWindow()
    start.unlock.passphrase.setFocus()
    start.unlock.passphrase.setText("passphrase for screenshots")
    for _ in range(5):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    start.grab().save(str(OUT / "00-passphrase.png"))
    start.close()
    log = open_event_log(data_dir, "passphrase for screenshots", create=True)
    window = build_window(data_dir, log)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    def shot_with_dialog(name: str) -> None:
        """The whole screen: a question is its own window, which window.grab() leaves out."""
        for _ in range(10):
            app.processEvents()
        app.primaryScreen().grabWindow(0).save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    shot("01-set-pin")
    for d in "2580":
        window.pin_screen.press(d)
    window.pin_screen.submit()
    for d in "2580":
        window.pin_screen.press(d)
    window.pin_screen.submit()
    shot("02-open-session")
    window.operator.session_panel.venue.setFocus()
    window.keyboard.set_mode("romaji")
    for ch in "miyagiken":  # みやぎけん: the kanji candidates 宮城県 and 県 are offered
        window.keyboard._romaji(ch)
    window.keyboard._flush_romaji()
    shot("07-keyboard")
    sp = window.operator.session_panel
    sp.venue.setText("宮城県庁 1階ロビー")
    sp.municipality.setText("仙台市")
    sp.large_venue.setChecked(True)
    sp.open_session()
    rp = window.operator.reception
    for services in (["photo", "paper_application"], ["insurance_link"], ["smartphone_consult", "other"]):
        for s in services:
            rp.service_buttons[s].setChecked(True)
        rp.receive()
    rp.call_next()
    jp = window.operator.journey
    jp.age_buttons["70-79"].click()
    window.photo_step.hold_s = 5.0  # the live guide and its countdown, not the automatic capture
    window.start_photo()
    for _ in range(40):
        app.processEvents()
        import time as _t

        _t.sleep(0.03)
    shot("09-photo")
    window.photo_step.take()
    window.photo_step.accept()
    shot("10-print")
    window.to_operator()
    jp.record("paper_application")
    jp.request_step("insurance_link")
    shot("03-operator-journey")
    jp.cancel_detail()
    jp.request_step("paper_application")  # already ticked: undo, or one more
    shot_with_dialog("12-undo-or-one-more")
    jp.confirmation.reject()
    window.start_online()
    for _ in range(40):
        app.processEvents()
        _t.sleep(0.03)
    shot("11-online-qr")
    window.online.camera.stop()
    window.to_operator()
    window.to_attendee()
    shot("04-attendee-welcome")
    window.attendee.show_warning(12)
    shot("13-idle-warning")
    window.attendee.hide_warning()
    window.to_operator()
    jp.request_step("survey")
    from kiosk.ui.survey_screen import SurveyScreen

    survey = window.attendee.survey_holder.findChild(SurveyScreen)
    survey.choose_age("70-79")
    shot("08-attendee-survey")
    window.attendee.show_thanks()
    window.open_reports()
    window.reports_screen.make()
    shot("14-reports")
    window.reports_screen.leave()
    window.to_admin()
    shot("05-settings")
    window.to_operator()
    jp.confirmation = None
    jp.end_journey()
    if jp.confirmation is not None:  # services asked for and not done: the question listed them
        jp.confirmation.yes_button.click()
    while window.booth.queue:
        rp.call_next()
        jp._end_journey()
    sp.close_session()  # asks, with the day's figures
    shot_with_dialog("15-close-session")
    sp.confirmation.reject()
    set_language("en")
    window.to_operator()
    shot("06-operator-english")
    set_language("ja")
    window.quit_kiosk()
    return 0


if __name__ == "__main__":
    sys.exit(main())
