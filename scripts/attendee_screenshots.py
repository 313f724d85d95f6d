"""Render the attendee screens in each attendee language into docs/screenshots/attendee/ (run: make
screenshots). One sheet per language — welcome (with the wait), a survey question, thank-you — and the
welcome with larger text, and the applicant's own photo (ja_easy, en), from the real window in a throwaway data directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots" / "attendee"
SCALE = 0.5  # three screens side by side on one sheet


def main() -> int:
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        if shutil.which("xvfb-run") is None:
            print("xvfb-run is missing: apt-get install xvfb", file=sys.stderr)
            return 2
        return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, *sys.argv])
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtWidgets import QApplication

    from kiosk.store.encrypted import open_event_log
    from kiosk.ui.app import build_window
    from kiosk.ui.attendee_i18n import LANGUAGE_NAMES
    from kiosk.ui.i18n import set_language
    from kiosk.ui.self_photo import SelfPhoto
    from kiosk.ui.style import STYLE_SHEET
    from kiosk.ui.survey_screen import SurveyScreen

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE_SHEET)
    set_language("ja")
    data_dir = tempfile.mkdtemp(prefix="kiosk-attendee-shots-")
    window = build_window(data_dir, open_event_log(data_dir, "passphrase for screenshots", create=True))
    window.resize(1366, 768)
    window.show()
    for _ in range(2):
        for d in "2580":
            window.pin_screen.press(d)
        window.pin_screen.submit()
    booth = window.booth
    now = [booth.clock()]
    booth.clock = lambda: now[0]
    booth.open_session("宮城県庁 1階ロビー", "仙台市", "support", False)
    for minutes in (7, 9, 12):  # three journeys finished today: the welcome screen can estimate the wait
        booth.receive_visitor(["photo"])
        booth.call_next()
        now[0] += timedelta(minutes=minutes)
        booth.end_journey()
    for _ in range(4):
        booth.receive_visitor(["photo"])
    OUT.mkdir(parents=True, exist_ok=True)

    def grab() -> QPixmap:
        for _ in range(5):
            app.processEvents()
        return window.grab()

    def sheet_of(shots: list[QPixmap], name: str) -> None:
        w, h = int(shots[0].width() * SCALE), int(shots[0].height() * SCALE)
        sheet = QPixmap(w * len(shots) + 10 * (len(shots) - 1), h)
        sheet.fill(Qt.GlobalColor.darkGray)
        p = QPainter(sheet)
        for i, s in enumerate(shots):
            p.drawPixmap(i * (w + 10), 0, s.scaled(w, h, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))
        p.end()
        sheet.save(str(OUT / name))
        print(OUT / name)

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.03)

    for code in LANGUAGE_NAMES:
        window.to_attendee()
        window.attendee.choose_language(code)
        shots = [grab()]
        window.to_operator()
        booth.call_next()
        booth.set_age_band("70-79")
        window.operator.refresh()
        window.operator.journey.request_step("survey")
        survey = window.attendee.survey_holder.findChild(SurveyScreen)
        survey.choose_age("70-79")
        shots.append(grab())
        window.attendee.show_thanks()
        shots.append(grab())
        sheet_of(shots, f"{code}.png")
        if code in ("ja_easy", "en"):  # the applicant's own photo, then the operator's approval
            window.start_self_photo()
            own = window.attendee.survey_holder.findChild(SelfPhoto)
            settle(3.0)
            shots = [grab()]
            own.camera.take()
            own.again()
            settle(2.0)
            own.camera.take()
            shots.append(grab())
            own.send()
            window.to_operator()
            shots.append(grab())
            sheet_of(shots, f"self-photo-{code}.png")
        now[0] += timedelta(minutes=9)  # this applicant, too, took a usual nine minutes
        window.clear_applicant()
        booth.receive_visitor(["photo"])
    window.to_attendee()
    window.attendee.choose_language("ja_easy")
    window.attendee.set_large_text(True)
    grab().save(str(OUT / "ja_easy-large-text.png"))
    print(OUT / "ja_easy-large-text.png")
    window.quit_kiosk()
    return 0


if __name__ == "__main__":
    sys.exit(main())
