"""The camera through the real cv2.VideoCapture path, on the demo video and copies of it."""

import shutil
import threading
import time

import pytest

from hardware.camera import CameraError, CameraWorker, VideoCamera, open_camera
from kiosk.paths import assets_dir

DEMO = assets_dir() / "demo" / "demo-camera.mp4"


def test_auto_without_a_webcam_plays_the_demo_video_in_a_loop(monkeypatch):
    monkeypatch.setattr("hardware.camera._webcams", lambda: [])
    cam = open_camera("auto", assets_dir())
    try:
        frames = [cam.read() for _ in range(60)]  # the demo has 45 frames: this wraps around
        assert all(f is not None and f.shape == (720, 1280, 3) for f in frames)
    finally:
        cam.close()


def test_missing_camera_file_says_so():
    with pytest.raises(CameraError, match="not found"):
        open_camera("/nonexistent/cam.mp4", assets_dir())


def test_unplugged_live_camera_recovers_when_it_comes_back(tmp_path):
    src = tmp_path / "cam.mp4"
    shutil.copy(DEMO, src)
    cam = VideoCamera(str(src), loop=False, retry_s=0.05)  # a live source: no looping, reconnects
    try:
        while cam.read() is not None:
            pass  # the stream ends: as if the cable was pulled
        assert "reconnecting" in cam.status
        src.rename(tmp_path / "away.mp4")
        time.sleep(0.1)
        assert cam.read() is None and "not found" in cam.status
        (tmp_path / "away.mp4").rename(src)
        time.sleep(0.1)
        assert cam.read() is not None and cam.status == ""
    finally:
        cam.close()


def test_worker_delivers_frames_off_the_calling_thread():
    cam = open_camera(str(DEMO), assets_dir())
    seen: list[str] = []
    got = threading.Event()

    def on_frame(frame, status):
        seen.append(threading.current_thread().name)
        if len(seen) >= 5:
            got.set()

    worker = CameraWorker(cam, on_frame)
    worker.start()
    try:
        assert got.wait(5)
        assert set(seen) == {"camera"}
    finally:
        worker.stop()


class HiccupCamera(VideoCamera):
    """The demo video through the real cv2.VideoCapture, whose read fails now and then the way a
    decoder bound to it could (pyzbar's `ValueError: 4294967295 is not a valid ZBarOrientation`)."""

    reads = 0

    def read(self):
        self.reads += 1
        if self.reads % 4 == 0:
            raise ValueError("4294967295 is not a valid ZBarOrientation")
        return super().read()


def test_a_decoder_raising_on_some_frames_is_no_read_and_the_frames_keep_coming(caplog):
    cam = HiccupCamera(str(DEMO), loop=True)
    delivered: list[int] = []
    enough = threading.Event()

    def on_frame(frame, status):
        if frame is None:
            return
        delivered.append(frame.shape[0])
        if len(delivered) % 3 == 0:
            raise ValueError("QR said: 山田太郎 1234-5678-9012")  # content must never reach the log
        if len(delivered) >= 20:
            enough.set()

    worker = CameraWorker(cam, on_frame)
    with caplog.at_level("DEBUG", logger="hardware.camera"):
        worker.start()
        try:
            assert enough.wait(20)  # 20 frames came although every 3rd on_frame and every 4th read raised
            assert worker.is_alive()
        finally:
            worker.stop()
    assert delivered == [720] * len(delivered)
    text = caplog.text
    assert "ValueError" in text and "reading a frame" in text and "handling a frame" in text
    assert "山田" not in text and "1234" not in text and "ZBarOrientation" not in text
    assert sum(r.levelname == "WARNING" for r in caplog.records) == 2  # once per kind; repeats are DEBUG


def test_a_screen_that_is_gone_still_ends_the_worker():
    cam = open_camera(str(DEMO), assets_dir())

    def on_frame(frame, status):
        raise RuntimeError("Internal C++ object already deleted")  # what PySide6 raises for a closed screen

    worker = CameraWorker(cam, on_frame)
    worker.start()
    try:
        worker.join(5)
        assert not worker.is_alive()
    finally:
        worker.stop()


def test_a_folder_of_images_is_a_camera_too(tmp_path):
    import cv2
    import numpy as np

    for i, shade in enumerate((40, 120, 200)):
        cv2.imwrite(str(tmp_path / f"f{i}.png"), np.full((48, 64, 3), shade, np.uint8))
    (tmp_path / "notes.txt").write_text("not an image")
    cam = open_camera(str(tmp_path), assets_dir())
    shades = [int(cam.read()[0, 0, 0]) for _ in range(4)]
    assert shades == [40, 120, 200, 40]  # in name order, looping
    (tmp_path / "empty").mkdir()
    with pytest.raises(CameraError, match="no images"):
        open_camera(str(tmp_path / "empty"), assets_dir())


def test_the_still_of_a_file_camera_is_its_newest_full_size_frame():
    """A file's frames are already full size: the worker hands back the newest one, taken on the
    camera thread between two reads (a webcam would switch to its largest mode for it)."""
    import threading

    from hardware.camera import CameraWorker

    cam = open_camera(str(DEMO), assets_dir())
    assert cam.still() is None  # nothing bigger than what read() gives
    seen = threading.Event()
    worker = CameraWorker(cam, lambda frame, status: seen.set() if frame is not None else None)
    worker.start()
    try:
        assert seen.wait(5)
        still = worker.still().result(timeout=5)
        assert still is not None and still.shape == (720, 1280, 3)
        assert worker.still_height(720) == 720
    finally:
        worker.stop()
    assert worker.still().done()  # a still asked of a stopped camera never leaves the caller waiting


def test_a_still_asked_as_the_camera_stops_is_answered():
    from hardware.camera import CameraWorker

    worker = CameraWorker(open_camera(str(DEMO), assets_dir()), lambda frame, status: None)
    future = worker.still()  # never started: stop() must still answer it
    worker.stop()
    assert future.done()


class _WebcamStandIn:
    """No webcam exists here: this stands in for cv2.VideoCapture on a V4L2 camera whose largest
    mode is 1920×1080 (it takes any size asked for up to that, as UVC drivers snap to a mode)."""

    MAX = (1920, 1080)

    def __init__(self, index: int) -> None:
        self.size = (640, 480)
        self.switches: list[tuple[int, int]] = []

    def isOpened(self) -> bool:  # noqa: N802 (OpenCV's names)
        return True

    def set(self, prop: int, value: float) -> bool:
        import cv2

        w, h = self.size
        if prop == cv2.CAP_PROP_FRAME_WIDTH:
            w = min(int(value), self.MAX[0])
        elif prop == cv2.CAP_PROP_FRAME_HEIGHT:
            h = min(int(value), self.MAX[1])
        if (w, h) != self.size:
            self.size = (w, h)
            self.switches.append(self.size)
        return True

    def get(self, prop: int) -> float:
        import cv2

        return {cv2.CAP_PROP_FRAME_WIDTH: self.size[0], cv2.CAP_PROP_FRAME_HEIGHT: self.size[1],
                cv2.CAP_PROP_FPS: 30.0}.get(prop, 0.0)

    def read(self):
        import numpy as np

        return True, np.zeros((self.size[1], self.size[0], 3), np.uint8)

    def release(self) -> None:
        pass


def test_a_webcam_previews_at_720p_and_takes_its_still_at_its_largest_mode(monkeypatch):
    import hardware.camera as camera

    monkeypatch.setattr(camera.cv2, "VideoCapture", _WebcamStandIn)
    cam = camera.VideoCamera(0, loop=False)
    assert cam.full_size == (1920, 1080)
    assert cam.read().shape == (720, 1280, 3)  # the preview
    still = cam.still()
    assert still.shape == (1080, 1920, 3)  # the photo
    assert cam.read().shape == (720, 1280, 3)  # and back to the preview
    worker = camera.CameraWorker(cam, lambda frame, status: None)
    assert worker.still_height(720) == 1080  # the live resolution check judges the 1080 px still
