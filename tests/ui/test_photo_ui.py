"""The photo step on the demo camera (the real cv2.VideoCapture path on the shipped video)."""

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import at_desk

LEFT = Qt.MouseButton.LeftButton


def test_take_review_and_accept_a_photo_kept_only_in_memory(qtbot, operator, store, data_dir, monkeypatch):
    monkeypatch.setattr("hardware.camera._webcams", lambda: [])  # no webcam here: the demo video
    w = operator
    at_desk(w, ["photo"], "50-59")
    qtbot.mouseClick(w.operator.journey.step_buttons["photo"], LEFT)
    step = w.photo_step
    qtbot.waitUntil(lambda: step.view.last is not None, timeout=10000)
    qtbot.mouseClick(step.shutter, LEFT)
    qtbot.waitUntil(lambda: step.result is not None, timeout=5000)  # the full-resolution still
    assert step.accept_button.isVisible() and step.result.image.shape[:2] == (1063, 827)  # 35 × 45 mm at 600 dpi
    still = step.view.pixmap()
    assert abs(still.width() / still.height() - 35 / 45) < 0.01  # reviewed at true proportions
    qtbot.mouseClick(step.retake, LEFT)
    assert step.result is None and step.shutter.isVisible()
    qtbot.waitUntil(lambda: step.view.pixmap() is not None and not step.view.pixmap().isNull(), timeout=10000)
    qtbot.mouseClick(step.shutter, LEFT)
    qtbot.waitUntil(lambda: step.result is not None, timeout=5000)
    qtbot.mouseClick(step.accept_button, LEFT)
    assert w.photo_jpeg is not None and w.photo_jpeg[:2] == b"\xff\xd8"
    assert step.view.worker is None  # the camera is released
    assert [e.type for _, e in store.events()][-1] == "photo"
    assert w.stack.currentWidget() is w.page_holders[w.print_panel]
    qtbot.mouseClick(w.print_panel.back_button, LEFT)
    raw = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert w.photo_jpeg[1000:1064] not in raw  # the photo never touches the disk
    qtbot.mouseClick(w.operator.journey.end_button, LEFT)
    assert w.photo_jpeg is None


def test_a_compliant_face_is_captured_automatically_with_the_passport_crop(qtbot, operator, tmp_path):
    import cv2

    from tests.photo.test_photo_screen import booth_frame

    frame = booth_frame()  # a real portrait (tests/photo/devset.py) in a 1280×720 camera frame
    video = tmp_path / "booth.avi"  # intra-frame MJPEG: every frame as sharp as a webcam's
    out = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 15, (1280, 720))
    for _ in range(40):
        out.write(frame)
    out.release()
    w = operator
    at_desk(w, ["photo"], "30-39")
    w.settings.camera = str(video)
    qtbot.mouseClick(w.operator.journey.step_buttons["photo"], LEFT)
    step = w.photo_step
    qtbot.waitUntil(lambda: step.result is not None, timeout=15000)  # nobody pressed the shutter
    assert step.result.ok and step.result.image.shape[:2] == (1063, 827) and step.accept_button.isVisible()
    assert step.hint.text().startswith(("All checks passed.", "すべてのチェックに合格しました。"))
    assert "enlarged" in step.hint.text() or "拡大" in step.hint.text()  # 540 px of camera for a 1063 px file


def test_a_head_covering_is_accepted_by_touch_with_its_reason_recorded_as_a_flag(qtbot, operator, store, tmp_path):
    """Grace Hopper's cap is refused as a head covering; the operator accepts it for a medical reason
    (two touch buttons instead of the plain accept), and the photo event carries only that flag."""
    import cv2

    from kiosk.domain.events import EventError, event_from_json
    from tests.photo.images import grace_hopper

    video = tmp_path / "hat.avi"
    frame = grace_hopper()
    out = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 15, frame.shape[1::-1])
    for _ in range(20):
        out.write(frame)
    out.release()
    w = operator
    at_desk(w, ["photo"], "70-79")
    w.settings.camera = str(video)
    qtbot.mouseClick(w.operator.journey.step_buttons["photo"], LEFT)
    step = w.photo_step
    qtbot.waitUntil(lambda: step.view.last is not None, timeout=10000)
    qtbot.mouseClick(step.shutter, LEFT)
    qtbot.waitUntil(lambda: step.result is not None, timeout=5000)
    assert not step.result.checks["head_covering"].ok
    assert "hat" in step.hint.text() or "帽子" in step.hint.text()
    assert "Choose the reason" in step.hint.text() or "理由を選ぶ" in step.hint.text()  # told what the buttons do
    medical = step.covering_buttons["medical"]
    assert not step.accept_button.isVisible() and medical.isVisible() and step.covering_buttons["religious"].isVisible()
    assert medical.text() in ("Medical reason", "医療上の理由")
    qtbot.mouseClick(medical, LEFT)
    assert w.photo_jpeg is not None and w.stack.currentWidget() is w.page_holders[w.print_panel]
    event = [e for _, e in store.events()][-1]
    assert event.type == "photo" and event.data == {"age_band": "70-79", "head_covering": "medical"}
    line = event.to_json()  # as it goes to HQ and to `kiosk events import`
    assert event_from_json(line).data["head_covering"] == "medical"
    with pytest.raises(EventError):  # a flag, never free text
        event_from_json(line.replace('"medical"', '"a note about her cap"'))
