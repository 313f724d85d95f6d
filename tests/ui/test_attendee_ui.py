"""The attendee screens by touch: their own language (and back to the default with the next attendee),
the survey in every language, the wait after three finished journeys, larger text, read aloud."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.paths import assets_dir
from kiosk.speech.speaker import SilentOutput
from kiosk.ui.attendee_i18n import LANGUAGE_NAMES
from kiosk.ui.survey_screen import SurveyScreen
from tests.ui.conftest import PIN, enter_pin

LEFT = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_attendee_translations as uat  # noqa: E402
import update_translations  # noqa: E402

SURVEY = json.loads((assets_dir() / "survey.json").read_text(encoding="utf-8"))


def test_every_attendee_catalogue_is_complete_current_and_built(tmp_path):
    for code in uat.CODES:
        ts = tmp_path / f"{code}.ts"
        ts.write_bytes(uat.catalogue(code).read_bytes())
        subprocess.run([str(update_translations.BIN / "pyside6-lupdate"), *update_translations.ATTENDEE_SOURCES,
                        "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
        assert update_translations.unfinished(ts) == [], f"{code}: run scripts/update_attendee_translations.py"
        qm = uat.catalogue(code).with_suffix(".qm")
        assert qm.stat().st_mtime >= uat.catalogue(code).stat().st_mtime - 1
    assert set(uat.CODES) == set(LANGUAGE_NAMES)


def test_the_survey_definition_speaks_every_attendee_language():
    def complete(texts: dict) -> None:
        assert all(texts.get(code, "").strip() for code in ("ja", "en", *uat.CODES) if code != "en"), texts
    complete(SURVEY["title"])
    complete(SURVEY["free_text"])
    for q in SURVEY["questions"]:
        complete(q["text"])
        for c in q["choices"]:
            complete({**c["i18n"], "ja": c["ja"], "en": c["en"]})


@pytest.fixture
def attendee(qtbot, operator):
    w = operator
    w.speaker.output = SilentOutput()  # no sound device here: keep what would have been played
    qtbot.mouseClick(w.attendee_button, LEFT)
    assert w.mode == "attendee"
    return w


def test_language_picker_by_own_names_and_reset_with_the_next_attendee(qtbot, attendee):
    w = attendee
    buttons = w.attendee.language_buttons
    assert [b.text() for b in buttons.values()] == ["やさしい にほんご", "English", "简体中文", "한국어", "Tiếng Việt",
                                                   "नेपाली", "Filipino", "Bahasa Indonesia", "Português"]
    assert buttons["ja_easy"].isChecked() and w.attendee.welcome_title.text() == "ようこそ"
    qtbot.mouseClick(buttons["ko"], LEFT)
    assert w.attendee.welcome_title.text() == "어서 오십시오"
    assert w.attendee.staff_button.text() == "직원" and buttons["ko"].isChecked() and not buttons["ja_easy"].isChecked()
    qtbot.mouseClick(buttons["vi"], LEFT)
    assert w.attendee.thanks_text.text() == "Vui lòng đưa lại màn hình cho nhân viên để sang bước tiếp theo."
    # the PIN pad the Staff button opens is the operator's: it stays Japanese
    qtbot.mouseClick(w.attendee.staff_button, LEFT)
    assert w.mode == "locked" and w.pin_screen.title.text() != "" and w.pin_screen.title.text().isascii() is False
    w.clear_applicant()  # idle: the next attendee starts in the default language
    w.to_attendee()
    assert w.attendee.welcome_title.text() == "ようこそ" and buttons["ja_easy"].isChecked()


def test_the_survey_in_each_attendees_language(qtbot, operator):
    w = operator
    w.booth.open_session("県庁", "仙台市", "support", False)
    q = SURVEY["questions"][0]
    friend = next(c for c in q["choices"] if c["id"] == "friend")
    for code in uat.CODES:
        w.booth.receive_visitor(["photo"])
        w.booth.call_next()
        w.booth.set_age_band("60-69")
        w.to_attendee()
        qtbot.mouseClick(w.attendee.language_buttons[code], LEFT)  # on the welcome screen, while waiting
        w.to_operator()  # the operator's PIN, then the survey handed over
        qtbot.mouseClick(w.operator.journey.step_buttons["survey"], LEFT)
        survey = w.attendee.survey_holder.findChild(SurveyScreen)
        assert survey.title.text() == SURVEY["title"][code]
        qtbot.mouseClick(survey.age_buttons["60-69"], LEFT)
        assert survey.question_labels[1].text() == q["text"][code]
        assert survey.choice_buttons["heard"]["friend"].text() == {**friend["i18n"], "en": friend["en"]}[code]
        w.clear_applicant()


def test_wait_estimate_after_three_finished_journeys(qtbot, attendee):
    w = attendee
    now = [datetime(2026, 12, 2, 1, 0, tzinfo=UTC)]
    w.booth.clock = lambda: now[0]
    w.booth.open_session("県庁", "仙台市", "support", False)
    for _ in range(6):
        w.booth.receive_visitor(["photo"])
    for minutes in (4, 6, 20):  # three applicants served: the median is 6 minutes
        w.booth.call_next()
        now[0] += timedelta(minutes=minutes)
        w.booth.end_journey()
        w.attendee.refresh_wait()
        if minutes != 20:
            assert "分" not in w.attendee.wait_label.text()  # too few journeys yet to say
    w.to_attendee()
    assert w.attendee.wait_label.text() == "まって いる ひと: 3にん\nまつ じかん: だいたい 18 分"
    w.operator.refresh()
    assert "約18分" in w.operator.reception.queue_title.text()
    qtbot.mouseClick(w.attendee.language_buttons["en"], LEFT)
    assert w.attendee.wait_label.text() == "People waiting: 3\nWaiting time: about 18 min"


def test_larger_text_doubles_and_still_fits(qtbot, attendee):
    w = attendee
    before = QFontInfo(w.attendee.welcome_text.font()).pixelSize()
    qtbot.mouseClick(w.attendee.large_button, LEFT)
    assert QFontInfo(w.attendee.welcome_text.font()).pixelSize() == 2 * before
    for code in ("ja_easy", "ne", "fil", "pt_BR"):
        qtbot.mouseClick(w.attendee.language_buttons[code], LEFT)
        qtbot.wait(10)
        for b in w.attendee.findChildren(QPushButton):
            if b.isVisible():
                assert b.fontMetrics().horizontalAdvance(b.text()) <= b.width(), (code, b.text())
        for lbl in w.attendee.findChildren(QLabel):
            if lbl.isVisible() and lbl.text():
                assert lbl.width() <= w.width(), (code, lbl.text())
    # the survey at double size: answers in fewer columns, every one still readable whole
    w.booth.open_session("県庁", "仙台市", "support", False)
    w.booth.receive_visitor(["photo"])
    w.booth.call_next()
    w.booth.set_age_band("70-79")
    w.start_survey()
    survey = w.attendee.survey_holder.findChild(SurveyScreen)
    large_answer = QFontInfo(survey.age_buttons["90+"].font()).pixelSize()
    for page in range(survey.pages.count()):
        survey.pages.setCurrentIndex(page)
        qtbot.wait(10)
        for b in survey.findChildren(QPushButton):
            if b.isVisible():
                assert b.fontMetrics().horizontalAdvance(b.text()) <= b.width(), b.text()
    qtbot.mouseClick(w.attendee.large_button, LEFT)
    assert QFontInfo(w.attendee.welcome_text.font()).pixelSize() == before
    assert 2 * QFontInfo(survey.age_buttons["90+"].font()).pixelSize() == large_answer  # double its normal size


def test_read_aloud_speaks_the_page_in_the_attendees_language(qtbot, attendee):
    w = attendee
    qtbot.mouseClick(w.attendee.language_buttons["en"], LEFT)
    with qtbot.waitSignal(w.speaker.spoken, timeout=10_000) as spoken:
        qtbot.mouseClick(w.attendee.read_welcome, LEFT)
    assert spoken.args == ["Welcome Please wait. Staff will call your number. No one is waiting", "en"]
    played = w.speaker.output.played[-1]
    assert played.rms > 0.01 and played.seconds > 2


def test_staff_returns_with_the_pin_and_the_operator_language_is_untouched(qtbot, attendee):
    w = attendee
    qtbot.mouseClick(w.attendee.language_buttons["zh_CN"], LEFT)
    qtbot.mouseClick(w.attendee.staff_button, LEFT)
    enter_pin(qtbot, w, PIN)
    assert w.mode == "operator" and w.attendee_button.text() == "お客様画面へ"


def test_speech_off_in_the_settings_silences_read_aloud(qtbot, operator, data_dir):
    w = operator
    w.speaker.output = SilentOutput()
    w.to_admin()
    assert w.admin.speech.value() == 80
    for _ in range(8):  # the big − button, as an operator's finger would
        qtbot.mouseClick(w.admin.speech_less, LEFT)
    assert w.admin.speech.text() == "0" and "音声なし" in w.admin.speech_unit.text()
    qtbot.mouseClick(w.admin.save_button, LEFT)
    assert w.speaker.volume == 0 and "speech_volume = 0" in (data_dir / "settings.toml").read_text()
    w.to_attendee()
    qtbot.mouseClick(w.attendee.read_welcome, LEFT)
    w.speaker.wait()
    qtbot.wait(50)
    assert w.speaker.output.played == []


def test_the_idle_warning_says_seconds_in_words_in_the_attendees_language(qtbot, attendee):
    w = attendee
    said = {}
    for code in LANGUAGE_NAMES:
        qtbot.mouseClick(w.attendee.language_buttons[code], LEFT)
        w.attendee.show_warning(90)
        said[code] = w.attendee.warning_text.text()
        assert "90" in said[code] and not re.search(r"90 ?s\b", said[code]), said[code]  # no bare unit symbol
    assert said["en"] == "Still there? This screen goes back to the start in 90 seconds."
    assert said["pt_BR"].endswith("em 90 segundos.") and "90 びょう" in said["ja_easy"]
    assert len(set(said.values())) == len(LANGUAGE_NAMES)  # each in its own language
