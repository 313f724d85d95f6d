"""The attendee's survey widget on its own, by touch: big targets, one question a page, progress,
back, and a result that fits the definition."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.domain.survey import FREE_TEXT_MAX, parse_survey
from kiosk.paths import assets_dir
from kiosk.ui.style import STYLE_SHEET
from kiosk.ui.survey_screen import SurveyScreen

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def screen(qtbot):
    app = QApplication.instance()
    app.setStyleSheet(STYLE_SHEET)  # as the kiosk app does
    survey = parse_survey(json.loads((assets_dir() / "survey.json").read_text(encoding="utf-8")))
    w = SurveyScreen(survey)
    qtbot.addWidget(w)
    w.resize(1366, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    app.setStyleSheet("")


def test_touch_targets_and_text_are_large(screen, qtbot):
    for page in range(screen.pages.count()):
        screen.pages.setCurrentIndex(page)
        qtbot.wait(1)
        visible = [b for b in screen.findChildren(QPushButton) if b.isVisible()]
        assert len(visible) >= 2
        for b in visible:
            assert b.height() >= 60 and QFontInfo(b.font()).pixelSize() >= 20, b.text()
        for lbl in screen.findChildren(QLabel):
            if lbl.isVisible() and lbl.text():
                assert QFontInfo(lbl.font()).pixelSize() >= 20, lbl.text()


def test_the_attendee_answers_goes_back_and_finishes(screen, qtbot):
    assert screen.progress.text() == "1 / 6" and not screen.back_button.isEnabled()
    assert not screen.next_button.isEnabled()  # the age band is always asked
    qtbot.mouseClick(screen.age_buttons["70-79"], LEFT)
    assert screen.progress.text() == "2 / 6" and screen.progress_bar.value() == 2
    qtbot.mouseClick(screen.choice_buttons["heard"]["flyer"], LEFT)  # single choice moves on by itself
    assert screen.pages.currentIndex() == 2
    qtbot.mouseClick(screen.back_button, LEFT)  # changes their mind
    assert screen.choice_buttons["heard"]["flyer"].isChecked()
    qtbot.mouseClick(screen.choice_buttons["heard"]["municipality"], LEFT)
    assert not screen.choice_buttons["heard"]["flyer"].isChecked()
    qtbot.mouseClick(screen.next_button, LEFT)  # skips "why not before"
    for choice in ("insurance", "etax", "konbini", "etax"):  # etax tapped twice: off again
        qtbot.mouseClick(screen.choice_buttons["want"][choice], LEFT)
    qtbot.mouseClick(screen.next_button, LEFT)
    qtbot.mouseClick(screen.choice_buttons["satisfaction"]["good"], LEFT)
    assert screen.progress.text() == "6 / 6" and not screen.next_button.isVisible()
    screen.free_text.setPlainText("x" * (FREE_TEXT_MAX + 50))
    with qtbot.waitSignal(screen.completed) as got:
        qtbot.mouseClick(screen.finish_button, LEFT)
    result = got.args[0]
    assert result == {"age_band": "70-79",
                      "answers": {"heard": "municipality", "want": ["insurance", "konbini"], "satisfaction": "good"},
                      "free_text": "x" * FREE_TEXT_MAX}
    screen.survey.check(result["age_band"], result["answers"], result["free_text"])


def test_finishing_without_comment_leaves_free_text_out(screen, qtbot):
    qtbot.mouseClick(screen.age_buttons["90+"], LEFT)
    while screen.next_button.isVisible():  # an attendee who skips every question
        qtbot.mouseClick(screen.next_button, LEFT)
    with qtbot.waitSignal(screen.completed) as got:
        qtbot.mouseClick(screen.finish_button, LEFT)
    assert got.args[0] == {"age_band": "90+", "answers": {}}
