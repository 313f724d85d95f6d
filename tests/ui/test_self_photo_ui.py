"""The applicant's own photo by touch: handed over from the photo step, three tries on the attendee
screen, their pick sent to the operator, who approves it before it prints (demo camera)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.speech.speaker import SilentOutput
from kiosk.ui.self_photo import SelfPhoto
from tests.ui.conftest import PIN, at_desk, enter_pin

LEFT = Qt.MouseButton.LeftButton


def test_self_service_photo_three_tries_pick_and_operator_approval(qtbot, operator, store, monkeypatch):
    monkeypatch.setattr("hardware.camera._webcams", lambda: [])  # the demo video
    w = operator
    w.speaker.output = SilentOutput()
    at_desk(w, ["photo"], "80-89")
    qtbot.mouseClick(w.operator.journey.step_buttons["photo"], LEFT)
    qtbot.mouseClick(w.photo_step.hand_over, LEFT)
    assert w.mode == "attendee" and not w.language_button.isVisible()
    own = w.attendee.survey_holder.findChild(SelfPhoto)
    cam = own.camera
    assert not cam.back.isVisible() and not cam.title.isVisible()  # nothing of the operator's screen
    for n in range(3):
        qtbot.waitUntil(lambda: cam.view.last is not None, timeout=10_000)
        qtbot.mouseClick(cam.shutter, LEFT)  # the attendee may also press it themselves
        assert own.pages.currentIndex() == 1 and len(own.tries) == n + 1
        assert [t.isVisible() for t in own.thumbs] == [i <= n for i in range(3)]
        if n < 2:
            qtbot.mouseClick(own.again_button, LEFT)
    assert not own.again_button.isEnabled() and own.again_button.text() == "もう いちど とる（あと 0 かい）"
    qtbot.mouseClick(own.thumbs[1], LEFT)  # the second was the best
    chosen = own.tries[1]
    qtbot.mouseClick(own.send_button, LEFT)
    assert w.attendee.pages.currentIndex() == w.attendee.THANKS
    assert w.attendee.thanks_text.text() == "いんさつの まえに、 かかりの ひとが しゃしんを たしかめます。"
    assert w.photo_jpeg is None and not [e for _, e in store.events() if e.type == "photo"]  # nothing yet
    # the operator comes back with the PIN and sees the applicant's pick to approve
    qtbot.mouseClick(w.attendee.staff_button, LEFT)
    enter_pin(qtbot, w, PIN)
    assert w.stack.currentWidget() is w.page_holders[w.photo_step] and w.photo_step.accept_button.isVisible()
    assert w.photo_step.result is chosen
    qtbot.mouseClick(w.photo_step.accept_button, LEFT)
    assert w.photo_jpeg == chosen.jpeg and [e.type for _, e in store.events()][-1] == "photo"
    assert w.stack.currentWidget() is w.page_holders[w.print_panel]


def test_the_applicants_tries_go_with_the_applicant(qtbot, operator, monkeypatch):
    monkeypatch.setattr("hardware.camera._webcams", lambda: [])
    w = operator
    w.speaker.output = SilentOutput()
    at_desk(w, ["photo"], "60-69")
    qtbot.mouseClick(w.operator.journey.step_buttons["photo"], LEFT)
    qtbot.mouseClick(w.photo_step.hand_over, LEFT)
    own = w.attendee.survey_holder.findChild(SelfPhoto)
    qtbot.waitUntil(lambda: own.camera.view.last is not None, timeout=10_000)
    qtbot.mouseClick(own.camera.shutter, LEFT)
    qtbot.mouseClick(own.send_button, LEFT)
    w.on_idle()  # they walked away before the operator approved
    assert w.pending_photo is None and w.photo_jpeg is None
    assert w.attendee.survey_holder.findChild(SelfPhoto) is None
