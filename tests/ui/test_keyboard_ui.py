"""The on-screen keyboard by touch: kana keys, romaji, whole-phrase kanji from the SKK dictionary and
reconversion, Shift and the symbol keys, each field's own mode, 確定 to the next field, and the
keyboard never over the field or its message."""

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from kiosk.store.encrypted import open_event_log
from kiosk.ui.keyboard import key_text
from kiosk.ui.start_window import StartWindow
from kiosk.ui.unlock_screen import UnlockScreen

LEFT = Qt.MouseButton.LeftButton


def key(keyboard, mode, text):
    """The key labelled `text` on the keyboard's `mode` page."""
    page = keyboard.pages.widget(keyboard.MODES.index(mode))
    return next(b for b in page.findChildren(QPushButton) if key_text(b) == text)


def tap_kana(qtbot, keyboard, text):
    for ch in text:
        qtbot.mouseClick(key(keyboard, "kana", ch), LEFT)


def shown_candidates(keyboard):
    return [key_text(b) for b in keyboard.candidate_keys if b.isVisible()]


def tap_candidate(qtbot, keyboard, text):
    qtbot.mouseClick(next(b for b in keyboard.candidate_keys if b.isVisible() and key_text(b) == text), LEFT)


def on_screen(widget, window):
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_kana_typed_by_touch_becomes_the_municipality_in_kanji(qtbot, operator):
    kb = operator.keyboard
    field = operator.operator.session_panel.municipality
    field.setFocus()
    qtbot.waitUntil(kb.isVisible)
    assert kb.mode == "kana"  # a name: the kana keys first
    tap_kana(qtbot, kb, "せんたいし")
    qtbot.mouseClick(kb.backspace_key, LEFT)
    qtbot.mouseClick(kb.backspace_key, LEFT)  # back to せんた, then ゛ makes it せんだ
    qtbot.mouseClick(key(kb, "kana", "゛"), LEFT)
    tap_kana(qtbot, kb, "いし")
    assert field.text() == "せんだいし" and shown_candidates(kb)[0] == "仙台市"
    qtbot.mouseClick(kb.candidate_keys[0], LEFT)
    assert field.text() == "仙台市"


def test_a_whole_phrase_converts_at_once_and_its_last_word_alone(qtbot, operator):
    kb = operator.keyboard
    venue = operator.operator.session_panel.venue
    venue.setFocus()
    qtbot.waitUntil(kb.isVisible)
    tap_kana(qtbot, kb, "しみんかいかん")
    offered = shown_candidates(kb)
    assert "市民会館" in offered[:3] and "会館" in offered and len(offered) >= 4
    venue.clear()
    qtbot.mouseClick(kb.mode_buttons["romaji"], LEFT)
    for letter in "ishinomakigoudouchousha":
        qtbot.mouseClick(key(kb, "romaji", letter), LEFT)
    assert venue.text() == "いしのまきごうどうちょうしゃ"
    assert "石巻合同庁舎" in shown_candidates(kb)[:3]
    tap_candidate(qtbot, kb, "石巻合同庁舎")
    assert venue.text() == "石巻合同庁舎"


def test_a_conversion_and_committed_kana_can_be_converted_again(qtbot, operator):
    kb = operator.keyboard
    sp = operator.operator.session_panel
    sp.venue.setFocus()
    qtbot.waitUntil(kb.isVisible)
    tap_kana(qtbot, kb, "かいかん")
    tap_candidate(qtbot, kb, "会館")
    # right after it: the other ways to write かいかん, and the kana itself
    offered = shown_candidates(kb)
    assert "開館" in offered and "かいかん" in offered
    tap_candidate(qtbot, kb, "開館")
    assert sp.venue.text() == "開館"
    tap_candidate(qtbot, kb, "かいかん")
    assert sp.venue.text() == "かいかん"
    # kana left as kana, the field left and come back to: still converts
    qtbot.mouseClick(kb.enter_key, LEFT)
    assert sp.municipality.hasFocus()
    sp.venue.setFocus()
    sp.venue.end(False)
    qtbot.waitUntil(lambda: "会館" in shown_candidates(kb))
    tap_candidate(qtbot, kb, "会館")
    assert sp.venue.text() == "会館"


def test_shift_gives_one_capital_and_every_symbol_key_is_labelled(qtbot, operator):
    kb = operator.keyboard
    operator.to_admin()
    field = operator.admin.booth_id
    field.clear()
    field.setFocus()
    qtbot.waitUntil(kb.isVisible)
    assert kb.mode == "latin"  # an identifier: letters first
    qtbot.mouseClick(kb.shift_key, LEFT)
    assert key_text(key(kb, "latin", "A")) == "A"  # the keys show capitals while Shift is on
    qtbot.mouseClick(key(kb, "latin", "A"), LEFT)
    qtbot.mouseClick(key(kb, "latin", "b"), LEFT)
    qtbot.mouseClick(key(kb, "latin", "&"), LEFT)
    assert field.text() == "Ab&"
    for page in range(kb.pages.count()):
        for b in kb.pages.widget(page).findChildren(QPushButton):
            shown = key_text(b)
            assert shown.strip(), "a key without a label"
            assert "&" not in shown or "&&" in b.text(), shown  # an "&" that Qt would eat


def test_each_field_opens_the_keyboard_in_its_own_mode(qtbot, operator):
    kb = operator.keyboard
    operator.to_admin()
    operator.admin.hq_url.setFocus()
    qtbot.waitUntil(kb.isVisible)
    assert kb.mode == "latin"
    operator.admin.idle.setFocus()
    qtbot.waitUntil(lambda: kb.mode == "digits")
    operator.to_operator()
    operator.operator.session_panel.venue.setFocus()
    qtbot.waitUntil(lambda: kb.mode == "kana")
    qtbot.mouseClick(kb.mode_buttons["romaji"], LEFT)  # the operator's own choice here …
    box = QPlainTextEdit()
    operator.attendee.survey_holder.layout().addWidget(box)  # … is not the survey comment's
    operator.to_attendee()
    operator.attendee.pages.setCurrentIndex(operator.attendee.SURVEY)
    box.setFocus()
    qtbot.waitUntil(lambda: kb.isVisible() and kb.mode == "kana")
    tap_kana(qtbot, kb, "かーと")
    qtbot.mouseClick(key(kb, "kana", "゛"), LEFT)
    qtbot.mouseClick(key(kb, "kana", "カナ"), LEFT)
    assert box.toPlainText() == "カード"


def test_confirm_moves_to_the_next_field_and_never_sends_the_form(qtbot, operator):
    kb = operator.keyboard
    sp = operator.operator.session_panel
    sp.venue.setFocus()
    qtbot.waitUntil(kb.isVisible)
    qtbot.mouseClick(kb.mode_buttons["romaji"], LEFT)
    for letter in "kenchou":
        qtbot.mouseClick(key(kb, "romaji", letter), LEFT)
    qtbot.mouseClick(kb.enter_key, LEFT)
    assert sp.venue.text() == "けんちょう" and sp.municipality.hasFocus() and kb.mode == "kana"
    tap_kana(qtbot, kb, "りふ")
    qtbot.mouseClick(kb.enter_key, LEFT)  # the last field: the keyboard goes, the form stays
    assert not kb.isVisible() and operator.booth.session is None


def test_the_keyboard_never_covers_the_field_or_its_message(qtbot, operator):
    kb = operator.keyboard
    sp = operator.operator.session_panel
    operator.resize(1366, 768)
    sp.municipality.setFocus()
    qtbot.waitUntil(kb.isVisible)
    qtbot.mouseClick(sp.open_button, LEFT)  # nothing typed: refused, with a message
    assert sp.error.text() and not kb.isVisible()  # a tap on the form's button: the keyboard goes
    sp.municipality.setFocus()  # back to typing: the field in view, and the message too
    qtbot.waitUntil(kb.isVisible)
    qtbot.wait(50)
    top_of_keyboard = kb.mapTo(operator, QPoint(0, 0)).y()
    assert on_screen(sp.municipality, operator).bottom() < top_of_keyboard
    port = operator.operator.left.currentWidget().viewport()
    shown_above = QRect(0, 0, port.width(), port.height()).contains(QRect(sp.error.mapTo(port, QPoint(0, 0)),
                                                                         sp.error.size()))
    assert shown_above or (kb.message.isVisible() and kb.message.text() == sp.error.text())


def test_the_wrong_passphrase_message_shows_above_the_keyboard(qtbot, data_dir):
    open_event_log(data_dir, "the real passphrase", create=True).close()
    unlock = UnlockScreen(lambda secret, create: open_event_log(data_dir, secret, create=create), False)
    start = StartWindow(unlock)
    qtbot.addWidget(start)
    start.resize(1366, 768)
    start.show()
    unlock.passphrase.setFocus()
    qtbot.waitUntil(start.keyboard.isVisible)
    assert start.keyboard.mode == "latin"
    unlock.passphrase.setText("not the passphrase")
    unlock.submit()
    qtbot.wait(50)
    assert unlock.error.text() and start.keyboard.isVisible()
    assert on_screen(unlock.error, start).bottom() < start.keyboard.mapTo(start, QPoint(0, 0)).y()
