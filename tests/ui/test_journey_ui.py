"""A whole applicant journey through the real widgets, the way an operator taps it."""

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import PIN, at_desk, enter_pin

LEFT = Qt.MouseButton.LeftButton


def test_first_start_asks_for_a_pin_twice(qtbot, window):
    assert window.mode == "locked" and not window.pin_screen.cancel_button.isVisible()
    enter_pin(qtbot, window, PIN)
    enter_pin(qtbot, window, "1357")
    assert window.mode == "locked" and "differ" in window.pin_screen.message.text() or "違います" in window.pin_screen.message.text()
    enter_pin(qtbot, window, PIN)
    enter_pin(qtbot, window, PIN)
    assert window.mode == "operator"


def test_whole_journey(qtbot, operator, monkeypatch):
    monkeypatch.setattr("hardware.camera._webcams", lambda: [])
    w = operator
    sp = w.operator.session_panel
    # the venue is typed on the on-screen keyboard, in romaji
    sp.venue.setFocus()
    qtbot.waitUntil(w.keyboard.isVisible)
    qtbot.mouseClick(w.keyboard.mode_buttons["romaji"], LEFT)
    for letter in "kenchou":
        w.keyboard._romaji(letter)
    qtbot.mouseClick(w.keyboard.enter_key, LEFT)
    assert sp.venue.text() == "けんちょう"
    qtbot.keyClicks(sp.municipality, "Sendai")
    qtbot.mouseClick(sp.large_venue, LEFT)
    qtbot.mouseClick(sp.open_button, LEFT)
    assert w.booth.session is not None and w.booth.session.large_venue
    assert "けんちょう" in w.session_label.text()

    rp = w.operator.reception
    qtbot.mouseClick(rp.service_buttons["photo"], LEFT)
    qtbot.mouseClick(rp.service_buttons["paper_application"], LEFT)
    qtbot.mouseClick(rp.receive_button, LEFT)
    qtbot.mouseClick(rp.receive_button, LEFT)
    assert rp.queue.count() == 2 and "2" in rp.ticket.text()
    qtbot.mouseClick(rp.call_button, LEFT)
    assert rp.queue.count() == 1

    jp = w.operator.journey
    qtbot.mouseClick(jp.step_buttons["photo"], LEFT)  # no age band yet: refused, nothing recorded
    assert jp.error.text() and w.operator.tallies.figure("photos") == 0
    qtbot.mouseClick(jp.age_buttons["60-69"], LEFT)
    qtbot.mouseClick(jp.step_buttons["photo"], LEFT)  # the camera screen, on the demo video here
    qtbot.waitUntil(lambda: w.photo_step.view.last is not None, timeout=10000)
    qtbot.mouseClick(w.photo_step.shutter, LEFT)
    qtbot.mouseClick(w.photo_step.accept_button, LEFT)
    assert w.stack.currentWidget() is w.page_holders[w.print_panel]  # next: print the sheet
    qtbot.mouseClick(w.print_panel.back_button, LEFT)
    qtbot.mouseClick(jp.step_buttons["paper_application"], LEFT)
    qtbot.mouseClick(jp.step_buttons["public_funds_account"], LEFT)
    qtbot.mouseClick(jp.outcome_buttons["done"], LEFT)
    qtbot.mouseClick(jp.step_buttons["other"], LEFT)
    qtbot.mouseClick(jp.category_buttons["copy"], LEFT)
    assert "✔" in jp.step_buttons["paper_application"].text()
    t = w.booth.today()
    assert (t.visitors, t.paper, t.public_funds_account, t.other, t.photos) == (2, 1, 1, 1, 1)
    assert "<b>1</b>" in w.operator.tallies.labels["paper"].text()

    # hand the screen to the attendee: no operator controls there
    qtbot.mouseClick(w.attendee_button, LEFT)
    assert w.mode == "attendee" and not w.admin_button.isVisible()
    assert "1" in w.attendee.welcome_text.text()
    # back to operator only with the PIN; a wrong PIN is refused
    qtbot.mouseClick(w.attendee.staff_button, LEFT)
    enter_pin(qtbot, w, "9999")
    assert w.mode == "locked" and w.pin_screen.message.text()
    enter_pin(qtbot, w, PIN)
    assert w.mode == "operator"

    qtbot.mouseClick(jp.end_button, LEFT)
    assert w.booth.current is None and "1" in jp.message.text()
    qtbot.mouseClick(rp.call_button, LEFT)
    qtbot.mouseClick(jp.end_button, LEFT)  # asked for nothing: nothing left undone, no question
    assert w.booth.current is None
    qtbot.mouseClick(sp.close_button, LEFT)  # asks, showing the day's figures
    assert w.booth.session is not None and sp.tr("%1: %2").replace("%1", sp.tr("Paper applications")).replace("%2", "1") in sp.confirmation.details.text()
    qtbot.mouseClick(sp.confirmation.no_button, LEFT)
    assert w.booth.session is not None
    qtbot.mouseClick(sp.close_button, LEFT)
    qtbot.mouseClick(sp.confirmation.yes_button, LEFT)
    assert w.booth.session is None
    types = [e.type for _, e in w.booth.log.events()]
    assert types[-1] == "session_close" and types.count("visitor") == 2


def test_idle_timeout_clears_the_applicant(qtbot, operator):
    w = operator
    w.booth.open_session("v", "m", "support", False)
    w.booth.receive_visitor(["photo"])
    w.booth.call_next()
    w.booth.set_age_band("30-39")
    w.operator.refresh()
    w.to_attendee()
    assert "1" in w.attendee.welcome_text.text()
    with qtbot.waitSignal(w.applicant_cleared, timeout=3000):
        w.idle.timer.setInterval(100)
        w.idle.timer.start()
    assert w.booth.current is None and w.mode == "attendee"
    assert "1" not in w.attendee.welcome_text.text()


def test_an_attendee_who_left_on_the_pin_screen_is_cleared_too(qtbot, operator):
    w = operator
    w.booth.open_session("v", "m", "support", False)
    w.booth.receive_visitor(["photo"])
    w.booth.call_next()
    w.photo_jpeg = b"\xff\xd8 photo of the applicant"
    w.to_attendee()
    qtbot.mouseClick(w.attendee.staff_button, LEFT)  # tapped "staff", then walked away
    assert w.mode == "locked"
    with qtbot.waitSignal(w.applicant_cleared, timeout=3000):
        w.idle.timer.setInterval(100)
        w.idle.timer.start()
    assert w.booth.current is None and w.photo_jpeg is None and w.mode == "attendee"


def test_idle_operator_screen_locks(qtbot, operator):
    operator.idle.timer.setInterval(100)
    operator.idle.timer.start()
    qtbot.waitUntil(lambda: operator.mode == "locked", timeout=3000)
    assert not operator.pin_screen.cancel_button.isVisible()


def test_window_cannot_be_closed_by_the_attendee(qtbot, operator):
    operator.to_attendee()
    operator.close()
    assert operator.isVisible()


def test_touch_targets_and_text_are_large_enough(qtbot, operator):
    from PySide6.QtWidgets import QPushButton

    buttons = [b for b in operator.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    assert all(b.height() >= 44 for b in buttons), [(b.text(), b.height()) for b in buttons if b.height() < 44]
    assert operator.operator.journey.title.font().pixelSize() >= 20 or operator.operator.journey.title.fontInfo().pixelSize() >= 20


def test_a_touch_anywhere_on_the_window_keeps_it_awake(qtbot, operator):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    operator.idle.timer.stop()
    press = QMouseEvent(QMouseEvent.Type.MouseButtonPress, QPointF(10, 10), QPointF(10, 10), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(operator.windowHandle(), press)
    assert operator.idle.timer.isActive()  # the touch started the idle countdown again


def test_operator_sees_the_daily_report_due_and_marks_it_handed_in(qtbot, operator, data_dir):
    from kiosk.domain.report import due_date
    from kiosk.reports.config import is_japanese_holiday

    operator.booth.open_session("v", "m", "support", False)
    operator.operator.refresh()
    today = operator.booth.local_today()
    due = due_date(today, is_japanese_holiday)
    reports = operator.operator.reports  # on the left column's "Session and reports" tab
    qtbot.mouseClick(operator.operator.tab_buttons[operator.operator.SESSION], LEFT)
    assert reports.isVisible() and due[5:].replace("-", "/") in reports.row_labels[today].text()
    assert "1" in operator.operator.tallies.due.text()  # always in view: one report to hand in
    assert not reports.mark_buttons[today].isEnabled()  # the day is still open: its figures may change
    operator.booth.close_session()
    reports.refresh()
    qtbot.mouseClick(reports.mark_buttons[today], LEFT)
    assert today not in reports.row_labels and reports.empty.isVisible()
    assert operator.operator.tallies.due.text() == ""
    assert operator.booth.submitted_days == {today}  # an event in the log: it goes to HQ with the sync


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_operator_screen_fits_a_1366_screen_with_every_button_text_whole(qtbot, operator, lang):
    from PySide6.QtWidgets import QPushButton

    from kiosk.ui.i18n import set_language

    set_language(lang)
    at_desk(operator, ["photo"], "60-69")
    operator.to_operator()
    qtbot.wait(50)
    assert operator.minimumSizeHint().width() <= 1366  # a laptop's full screen, not wider
    assert operator.width() <= 1366
    clipped = []
    for b in operator.operator.findChildren(QPushButton):
        if not b.isVisible():
            continue
        widest = max(b.fontMetrics().horizontalAdvance(line) for line in b.text().split("\n"))
        if widest > b.width() - 28:  # kiosk/ui/style.py: padding (2 × 12 px) and border (2 × 2 px)
            clipped.append((b.text(), widest, b.width()))
    assert clipped == []
