"""The capture screen, offscreen, on the file camera (real cv2.VideoCapture on a video of a real
portrait, tests/photo/devset.py): automatic capture, review, retake, accept — the photo leaves only
as a signal; the still is taken at the camera's full resolution."""

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from hardware.camera import VideoCamera
from kiosk.photo.accepted import AcceptedPhoto
from kiosk.ui.photo_screen import PhotoScreen
from tests.photo import devset

LEFT = Qt.MouseButton.LeftButton


def video(path, frame, n=30):
    """Intra-frame MJPEG, so every frame is as sharp as a webcam's."""
    out = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, frame.shape[1::-1])
    for _ in range(n):
        out.write(frame)
    out.release()
    return path


def booth_frame(name="hiv-demoImage-panel3.png", w=1280, h=720, fill=0.95):
    """A dev portrait standing at the bottom of a w × h camera frame, `fill` of its height, on the
    portrait's own backdrop colour."""
    img = devset.image(name)
    s = h * fill / img.shape[0]
    small = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
    frame = np.empty((h, w, 3), np.uint8)
    frame[:] = np.median(img[:30].reshape(-1, 3), axis=0)
    x, y = (w - small.shape[1]) // 2, h - small.shape[0]
    frame[y:, x:x + small.shape[1]] = small
    return frame


@pytest.fixture
def booth_video(tmp_path):
    return video(tmp_path / "booth.avi", booth_frame())


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
    assert s.hint.text().startswith("All checks passed.") and "enlarged" in s.hint.text()  # for the 600 dpi file
    assert s.view.worker is None  # no live camera while reviewing
    still = s.view.pixmap()
    assert abs(still.width() / still.height() - 35 / 45) < 0.01  # true proportions
    dpi = s.screen().physicalDotsPerInch()
    actual = s.actual.pixmap()  # and beside it at the size it will have on paper
    assert s.actual.isVisible() and (actual.width(), actual.height()) == (round(35 / 25.4 * dpi), round(45 / 25.4 * dpi))
    before = sorted(tmp_path.rglob("*"))

    with qtbot.waitSignal(s.accepted, timeout=2000) as sig:
        qtbot.mouseClick(s.accept_button, LEFT)
    photo = sig.args[0]
    assert isinstance(photo, AcceptedPhoto) and photo.ok and photo.upscaled and photo.camera_px >= 531
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
    scale = img.width() / 1280
    x = int((1280 - m.center_x) * scale)  # mirrored
    row = [img.pixelColor(xx, int(m.chin_y * scale)) for xx in range(max(0, x - 40), x + 40)]
    assert any(c.green() > 150 and c.red() < 80 for c in row)  # the green chin line
    b = s.analysis.crop.box  # the dashed white frame of the 35 × 45 mm photo, mirrored
    edge = [img.pixelColor(int((1280 - b.x - b.w) * scale) + dx, int((b.y + b.h * yy / 20) * scale))
            for yy in range(20) for dx in (-1, 0, 1)]
    assert sum(min(c.red(), c.green(), c.blue()) > 235 for c in edge) >= 8
    s.cancel()


def test_manual_shutter_on_a_bad_photo_says_why_and_retake_goes_live_again(qtbot, screen, tmp_path):
    path = video(tmp_path / "busy.avi", booth_frame("hiv-test1.jpg", fill=1.0))  # outdoors, face too small
    s = screen(path)
    qtbot.waitUntil(lambda: s.analysis is not None, timeout=15000)
    assert "come closer" in s.hint.text()  # the live hint: the most basic problem first
    qtbot.mouseClick(s.shutter, LEFT)
    qtbot.waitUntil(lambda: s.result is not None, timeout=5000)
    assert not s.result.ok and "background" in s.hint.text() and "come closer" in s.hint.text()
    qtbot.mouseClick(s.retake, LEFT)
    assert s.result is None and s.shutter.isVisible() and s.view.worker is not None
    with qtbot.waitSignal(s.cancelled, timeout=2000):
        qtbot.mouseClick(s.back, LEFT)
    assert s.view.worker is None


def test_the_still_is_taken_at_the_cameras_full_resolution(qtbot, screen, tmp_path):
    """A 1920×1080 camera: the live checks run on 1280-wide copies, the photo on the full frame."""
    s = screen(video(tmp_path / "hd.avi", booth_frame(w=1920, h=1080), n=20), hold_s=0.2)
    qtbot.waitUntil(lambda: s.result is not None, timeout=15000)
    assert s.result.ok and s.result.camera_px > 720  # more camera pixels than any 720p frame holds
    s.cancel()


def test_a_face_too_small_for_300_dpi_is_told_to_come_closer_and_not_taken(qtbot, screen, tmp_path):
    s = screen(video(tmp_path / "far.avi", booth_frame(w=960, h=540)), hold_s=0.2)  # crop ~410 px < 531
    qtbot.waitUntil(lambda: s.analysis is not None, timeout=15000)
    assert s.analysis.checks["resolution"].code == "move_closer" and "come closer" in s.hint.text()
    qtbot.wait(600)
    assert s.result is None  # never enlarged in silence
    s.cancel()


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
    assert not s.result.checks["resolution"].code  # printed at 300 dpi without enlarging
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


def test_every_hint_code_has_words_on_the_screen(qtbot):
    from kiosk.photo.guide import Hint
    from kiosk.photo.messages import TEXTS

    s = PhotoScreen(lambda: None)
    qtbot.addWidget(s)
    for code in TEXTS:
        words = s.hint_text(Hint(code, {"seconds": 2, "angle": 12.0}))
        assert words and words != code and "_" not in words, code
