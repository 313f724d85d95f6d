"""Every text a user sees goes through translation, and the Japanese file is complete and built."""

import subprocess
import sys
from pathlib import Path

from kiosk.ui.i18n import set_language

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402


def test_japanese_translation_is_complete_and_current(tmp_path):
    ts = tmp_path / "check.ts"
    subprocess.run([str(update_translations.BIN / "pyside6-lupdate"), *update_translations.sources(),
                    "-source-language", "en", "-target-language", "ja", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    # lupdate into a copy of the committed file: anything new shows up as unfinished
    ts.write_bytes(update_translations.TS.read_bytes())
    subprocess.run([str(update_translations.BIN / "pyside6-lupdate"), *update_translations.sources(),
                    "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
    assert update_translations.unfinished(ts) == [], "run scripts/update_translations.py and translate"
    assert update_translations.QM.stat().st_mtime >= update_translations.TS.stat().st_mtime - 1


def test_language_switch_changes_what_is_on_screen(qtbot, operator):
    assert operator.attendee_button.text() == "お客様画面へ"
    set_language("en")  # widgets re-translate on the LanguageChange events Qt posts
    qtbot.waitUntil(lambda: operator.attendee_button.text() == "Turn to attendee")
    assert operator.operator.journey.title.text() == "No applicant at the desk"
    assert operator.language_button.text() == "日本語"
    set_language("ja")
    qtbot.waitUntil(lambda: operator.operator.journey.title.text() == "対応中の方はいません")
