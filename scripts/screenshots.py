"""Render the main screens into docs/screenshots/ (run: make screenshots).

Runs the real window on a virtual X screen (Xvfb) in a throwaway data directory, drives it like an
operator would, and saves a PNG of each screen: the whole set in Japanese at 1366×768 (docs/screenshots/,
as the README shows them), and the screens that change with the language and the resolution again in
English at 1366×768 and in both languages at 1920×1080 (docs/screenshots/<lang>-<width>x<height>/)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
RUNS = [("ja", (1366, 768)), ("en", (1366, 768)), ("ja", (1920, 1080)), ("en", (1920, 1080))]


def main() -> int:
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        if shutil.which("xvfb-run") is None:
            print("xvfb-run is missing: apt-get install xvfb", file=sys.stderr)
            return 2
        return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable, *sys.argv])
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.style import STYLE_SHEET

    app = QApplication(sys.argv[:1])
    for lang, size in RUNS:
        app.setStyleSheet(STYLE_SHEET)
        full = (lang, size) == RUNS[0]
        render(app, lang, size, OUT if full else OUT / f"{lang}-{size[0]}x{size[1]}", full)
    return 0


def render(app: object, lang: str, size: tuple[int, int], out: Path, full: bool) -> None:
    from kiosk.store.encrypted import open_event_log
    from kiosk.ui.app import build_window
    from kiosk.ui.i18n import set_language
    from kiosk.ui.start_window import StartWindow
    from kiosk.ui.survey_screen import SurveyScreen
    from kiosk.ui.unlock_screen import UnlockScreen

    out.mkdir(parents=True, exist_ok=True)
    data_dir = tempfile.mkdtemp(prefix="kiosk-shots-")
    set_language(lang)

    def settle(n: int = 6, pause: float = 0.0) -> None:
        for _ in range(n):
            app.processEvents()
            time.sleep(pause)

    start = StartWindow(UnlockScreen(lambda secret, create: open_event_log(data_dir, secret, create=create), True))
    start.resize(*size)
    start.show()
    start.activateWindow()
    start.unlock.passphrase.setFocus()
    start.unlock.passphrase.setText("passphrase for screenshots")
    settle()
    start.grab().save(str(out / "00-passphrase.png"))
    start.close()
    log = open_event_log(data_dir, "passphrase for screenshots", create=True)
    window = build_window(data_dir, log)
    set_language(lang)  # the settings' language (ja) was applied by the window
    window.resize(*size)
    window.show()
    window.activateWindow()

    def shot(name: str, always: bool = True) -> None:
        if not (full or always):
            return
        settle()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    def shot_with_dialog(name: str) -> None:
        """The whole screen: a question is its own window, which window.grab() leaves out."""
        settle(10)
        app.primaryScreen().grabWindow(0, 0, 0, *size).save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    shot("01-set-pin", always=False)
    for _ in range(2):
        for d in "2580":
            window.pin_screen.press(d)
        window.pin_screen.submit()
    shot("02-open-session")
    window.operator.session_panel.venue.setFocus()
    settle()
    window.keyboard.set_mode("romaji")
    for ch in "sendaishiminkaikan":  # せんだいしみんかいかん: 仙台市民会館 as one phrase among the candidates
        window.keyboard._romaji(ch)
    window.keyboard._flush_romaji()
    shot("07-keyboard")
    window.keyboard._close()
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
    if full:
        window.photo_step.hold_s = 5.0  # the live guide and its countdown, not the automatic capture
        window.start_photo()
        settle(40, 0.03)
        shot("09-photo")
        window.photo_step.take()
        window.photo_step.accept()
        shot("10-print")
        window.to_operator()
    jp.record("paper_application")
    jp.request_step("public_funds_account")
    shot("03-operator-journey")
    jp.cancel_detail()
    if full:
        jp.request_step("paper_application")  # already ticked: undo, or one more
        shot_with_dialog("12-undo-or-one-more")
        jp.confirmation.reject()
    window.start_online()
    settle(40, 0.03)
    shot("11-online-qr")
    window.online.camera.stop()
    window.to_operator()
    window.to_attendee()
    shot("04-attendee-welcome")
    if full:
        window.attendee.show_warning(12)
        shot("13-idle-warning")
        window.attendee.hide_warning()
    window.to_operator()
    jp.request_step("survey")
    survey = window.attendee.survey_holder.findChild(SurveyScreen)
    survey.choose_age("70-79")
    shot("08-attendee-survey")
    if full:
        window.attendee.show_thanks()
        window.open_reports()
        window.reports_screen.make()
        shot("14-reports")
        window.reports_screen.leave()
    window.to_admin()
    shot("05-settings")
    if full:
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
    if full:
        set_language("en")
        window.to_operator()
        shot("06-operator-english")
    window.quit_kiosk()
    log.close()
    shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
