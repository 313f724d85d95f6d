"""The capture screen, offscreen, on the file camera (real cv2.VideoCapture on a video of a real
portrait): automatic capture, review, retake, accept — the photo leaves only as a signal."""

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from hardware.camera import VideoCamera
from kiosk.ui.photo_screen import AcceptedPhoto, PhotoScreen
from tests.photo import images

LEFT = Qt.MouseButton.LeftButton


def video(path, frame, n=30):
    """Intra-frame MJPEG, so every frame is as sharp as a webcam's."""
    out = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, frame.shape[1::-1])
    for _ in range(n):
        out.write(frame)
    out.release()
    return path


@pytest.fixture
def booth_video(tmp_path):
    portrait, _ = images.astronaut()
    return video(tmp_path / "booth.avi", images.on_canvas(portrait, 720, 600, 104, 12))


@pytest.fixture
def screen(qtbot):
    def make(path, loop=True, **kw):
        s = PhotoScreen(lambda: VideoCamera(str(path), loop=loop, retry_s=0.05), **kw)
        qtbot.addWidget(s)
        s.resize(900, 800)
        s.show()
        s.start()
        return s
    return make


def test_a_compliant_face_is_taken_by_itself_reviewed_and_accepted_from_memory(qtbot, screen, booth_video, tmp_path):
    s = screen(booth_video, hold_s=0.4)
    qtbot.waitUntil(lambda: s.result is not None, timeout=15000)  # nobody pressed the shutter
    assert s.accept_button.isVisible() and s.retake.isVisible() and not s.shutter.isVisible()
    assert s.hint.text().startswith("All checks passed.") and "enlarged" in s.hint.text()  # 600 px of camera
    assert s.view.worker is None  # no live camera while reviewing
    still = s.view.pixmap()
    assert abs(still.width() / still.height() - 35 / 45) < 0.01  # true proportions
    before = sorted(tmp_path.rglob("*"))

    with qtbot.waitSignal(s.accepted, timeout=2000) as sig:
        qtbot.mouseClick(s.accept_button, LEFT)
    photo = sig.args[0]
    assert isinstance(photo, AcceptedPhoto) and photo.ok and photo.upscaled
    assert photo.image.shape == (1063, 827, 3) and photo.jpeg[:2] == b"\xff\xd8"
    decoded = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert np.abs(decoded.astype(int) - photo.image).mean() < 4
    assert sorted(tmp_path.rglob("*")) == before  # nothing written
    assert s.result is None and s.view.last is None and s.analysis is None  # nothing kept either


def test_the_guide_turns_green_and_hints_count_down(qtbot, screen, booth_video):
    s = screen(booth_video, hold_s=30)  # no automatic capture in this test
    qtbot.waitUntil(lambda: s.analysis is not None and s.analysis.ok, timeout=15000)
    qtbot.waitUntil(lambda: "Hold still" in s.hint.text(), timeout=5000)
    img = s.view.pixmap().toImage()
    m = s.analysis.measure
    scale = img.width() / 720
    x = int((720 - m.center_x) * scale)  # mirrored
    row = [img.pixelColor(xx, int(m.chin_y * scale)) for xx in range(max(0, x - 40), x + 40)]
    assert any(c.green() > 150 and c.red() < 80 for c in row)  # the green chin line
    b = s.analysis.crop.box  # the dashed white frame of the 35 × 45 mm photo, mirrored
    edge = [img.pixelColor(int((720 - b.x - b.w) * scale) + dx, int((b.y + b.h * yy / 20) * scale))
            for yy in range(20) for dx in (-1, 0, 1)]
    assert sum(min(c.red(), c.green(), c.blue()) > 235 for c in edge) >= 8
    s.cancel()


def test_manual_shutter_on_a_bad_photo_says_why_and_retake_goes_live_again(qtbot, screen, tmp_path):
    portrait, _ = images.astronaut()
    path = video(tmp_path / "busy.avi", images.on_canvas(images.busy_background(portrait), 720, 600, 104, 12))
    s = screen(path)
    qtbot.waitUntil(lambda: s.analysis is not None, timeout=15000)
    assert "背景" in s.hint.text() and "background" in s.hint.text()  # the live hint
    qtbot.mouseClick(s.shutter, LEFT)
    assert s.result is not None and not s.result.ok and "background" in s.hint.text()
    qtbot.mouseClick(s.retake, LEFT)
    assert s.result is None and s.shutter.isVisible() and s.view.worker is not None
    with qtbot.waitSignal(s.cancelled, timeout=2000):
        qtbot.mouseClick(s.back, LEFT)
    assert s.view.worker is None


def test_an_unplugged_camera_says_so_and_comes_back(qtbot, screen, booth_video, tmp_path):
    s = screen(booth_video, loop=False, hold_s=30)  # a live source: the end of the file is a pulled cable
    qtbot.waitUntil(lambda: "reconnecting" in s.status.text(), timeout=15000)
    assert "カメラ" in s.status.text()
    qtbot.waitUntil(lambda: s.status.text() == "", timeout=5000)  # reopened by itself
    s.cancel()


def test_touch_sized_buttons_and_text(qtbot, screen, booth_video):
    s = screen(booth_video, hold_s=30)
    for b in s.findChildren(QPushButton):
        assert b.minimumHeight() >= 60 and b.font().pixelSize() >= 20
    assert s.hint.font().pixelSize() >= 20
    s.cancel()


def test_the_shipped_demo_camera_gives_a_compliant_photo(qtbot, screen):
    from kiosk.paths import assets_dir

    s = screen(assets_dir() / "demo" / "demo-camera.mp4", hold_s=0.3)  # MPEG-4, swaying gently
    qtbot.waitUntil(lambda: s.result is not None, timeout=15000)
    assert s.result.ok, {k: c.detail for k, c in s.result.checks.items() if not c.ok}
    s.cancel()


def test_a_camera_that_cannot_open_says_why_and_nothing_starts(qtbot, tmp_path):
    from hardware.camera import open_camera

    s = PhotoScreen(lambda: open_camera(str(tmp_path / "gone.mp4"), tmp_path))
    qtbot.addWidget(s)
    s.show()
    s.start()
    assert "カメラ" in s.status.text() and "not found" in s.status.text()
    assert s.view.worker is None and s.shutter.isVisible()
    qtbot.mouseClick(s.shutter, LEFT)  # no frame: the shutter does nothing rather than fail
    assert s.result is None
