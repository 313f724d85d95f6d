"""The on-screen keyboard by touch: kana keys, romaji, the kanji candidates, and the ゛ / カナ keys in
both kinds of text field (the session's names and the survey's comment box)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

LEFT = Qt.MouseButton.LeftButton


def key(keyboard, mode, text):
    """The key labelled `text` on the keyboard's `mode` page."""
    page = keyboard.pages.widget(keyboard.MODES.index(mode))
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def tap_kana(qtbot, keyboard, text):
    for ch in text:
        qtbot.mouseClick(key(keyboard, "kana", ch), LEFT)


def shown_candidates(keyboard):
    return [b.text() for b in keyboard.candidate_keys if b.isVisible()]


def test_kana_typed_by_touch_becomes_the_municipality_in_kanji(qtbot, operator):
    kb = operator.keyboard
    field = operator.operator.session_panel.municipality
    field.setFocus()
    qtbot.waitUntil(kb.isVisible)
    qtbot.mouseClick(kb.mode_buttons["kana"], LEFT)
    tap_kana(qtbot, kb, "せんたいし")
    assert field.text() == "せんたいし" and shown_candidates(kb) == ["市"]  # not a name yet
    qtbot.mouseClick(kb.backspace_key, LEFT)
    qtbot.mouseClick(kb.backspace_key, LEFT)  # back to せんた, then ゛ makes it せんだ
    qtbot.mouseClick(key(kb, "kana", "゛"), LEFT)
    tap_kana(qtbot, kb, "いし")
    assert field.text() == "せんだいし" and shown_candidates(kb)[0] == "仙台市"
    qtbot.mouseClick(kb.candidate_keys[0], LEFT)
    assert field.text() == "仙台市" and shown_candidates(kb) == []


def test_romaji_then_candidates_in_the_venue_field(qtbot, operator):
    kb = operator.keyboard
    venue = operator.operator.session_panel.venue
    venue.setFocus()
    qtbot.waitUntil(kb.isVisible)
    qtbot.mouseClick(kb.mode_buttons["romaji"], LEFT)
    for letter in "ishinomaki":
        qtbot.mouseClick(key(kb, "romaji", letter), LEFT)
    assert venue.text() == "いしのまき" and shown_candidates(kb)[0] == "石巻"
    qtbot.mouseClick(kb.candidate_keys[0], LEFT)
    for letter in "shiyakusho":
        qtbot.mouseClick(key(kb, "romaji", letter), LEFT)
    qtbot.mouseClick(next(b for b in kb.candidate_keys if b.text() == "市役所"), LEFT)
    assert venue.text() == "石巻市役所"
    qtbot.mouseClick(kb.mode_buttons["latin"], LEFT)
    assert shown_candidates(kb) == []  # no kanji offered while typing latin


def test_the_kana_keys_work_in_the_survey_comment_box_too(qtbot, operator):
    kb = operator.keyboard
    box = QPlainTextEdit()
    operator.attendee.survey_holder.layout().addWidget(box)  # a comment box inside the window
    operator.to_attendee()
    operator.attendee.pages.setCurrentIndex(operator.attendee.SURVEY)
    box.setFocus()
    qtbot.waitUntil(kb.isVisible)
    qtbot.mouseClick(kb.mode_buttons["kana"], LEFT)
    tap_kana(qtbot, kb, "かんたん")
    assert shown_candidates(kb)[0] == "簡単"
    qtbot.mouseClick(kb.candidate_keys[0], LEFT)
    tap_kana(qtbot, kb, "かーと")
    qtbot.mouseClick(key(kb, "kana", "゛"), LEFT)
    qtbot.mouseClick(key(kb, "kana", "カナ"), LEFT)
    assert box.toPlainText() == "簡単カード"
