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
