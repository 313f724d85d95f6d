"""The booth camera: a webcam through OpenCV, or a video file standing in for one (the demo and the
tests), behind one interface. No Qt: the UI polls `latest()` or takes frames from a worker thread.

A live camera that stops delivering (unplugged, driver hiccup) is reopened with back-off while
`status` says so in Japanese and English; it comes back by itself when plugged in again.
"""

from __future__ import annotations

import glob
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

DEMO_VIDEO = Path("demo") / "demo-camera.mp4"
WANT_W, WANT_H, WANT_FPS = 1280, 720, 30


class CameraError(RuntimeError):
    pass


class Camera(Protocol):
    """What the preview and the photo screen need from any camera (webcam, video file, image folder)."""

    loop: bool  # True: a recording played in a loop (paced at `fps`); False: a live source
    status: str  # "" while frames come; otherwise a bilingual message for the operator

    @property
    def fps(self) -> float: ...

    def read(self) -> np.ndarray | None: ...

    def close(self) -> None: ...


class VideoCamera:
    """One OpenCV capture. `loop=True` (a video file) starts again at the end; a live source
    (`loop=False`) is reopened after a failure, at most every `retry_s` seconds."""

    def __init__(self, source: int | str, loop: bool, retry_s: float = 1.0) -> None:
        self.source = source
        self.loop = loop
        self.retry_s = retry_s
        self.status = ""
        self._next_try = 0.0
        self.cap: cv2.VideoCapture | None = None
        if not self._open():
            raise CameraError(self.status)

    def _open(self) -> bool:
        cap = cv2.VideoCapture(self.source)
        if not cap.isOpened():
            cap.release()
            self.status = ("カメラが見つかりません。接続を確認してください / "
                           f"camera not found ({self.source}); check the cable")
            return False
        if isinstance(self.source, int):  # ask for 720p30; the camera gives what it can
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, WANT_W)
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, WANT_H)
            cap.set(cv2.CAP_PROP_FPS, WANT_FPS)
        self.cap = cap
        self.status = ""
        return True

    @property
    def fps(self) -> float:
        value = self.cap.get(cv2.CAP_PROP_FPS) if self.cap is not None else 0.0
        return value if value and value > 0 else 15.0

    def read(self) -> np.ndarray | None:
        """The next frame, or None while the camera is away (see `status`)."""
        if self.cap is None:
            if time.monotonic() < self._next_try:
                return None
            if not self._open():
                self._next_try = time.monotonic() + self.retry_s
                return None
        ok, frame = self.cap.read()
        if ok:
            return frame
        if self.loop:
            self.cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self.cap.read()
            if ok:
                return frame
        self.cap.release()
        self.cap = None
        self.status = ("カメラの映像が止まりました。つなぎ直しています… / "
                       "the camera stopped; reconnecting…")
        self._next_try = time.monotonic() + self.retry_s
        return None

    def close(self) -> None:
        if self.cap is not None:
            self.cap.release()
            self.cap = None


class ImageFolderCamera:
    """A folder of still images played in name order, in a loop: the same interface as VideoCamera."""

    IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp")

    def __init__(self, folder: str, fps: float = 10.0) -> None:
        self.files = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in self.IMAGE_SUFFIXES)
        if not self.files:
            raise CameraError(f"画像がありません / no images in {folder}")
        self.loop = True
        self.status = ""
        self.fps = fps
        self._next = 0

    def read(self) -> np.ndarray | None:
        for _ in range(len(self.files)):
            path = self.files[self._next]
            self._next = (self._next + 1) % len(self.files)
            frame = cv2.imread(str(path), cv2.IMREAD_COLOR)
            if frame is not None:
                return frame
        self.status = "画像を読めません / the images cannot be read"
        return None

    def close(self) -> None:
        pass


def _webcams() -> list[int]:
    return sorted(int(p.removeprefix("/dev/video")) for p in glob.glob("/dev/video*") if p[10:].isdigit())


def open_camera(spec: str, assets: Path) -> VideoCamera | ImageFolderCamera:
    """`auto`: the first webcam that opens, else the demo video; a number: that webcam; a folder:
    its images in turn; anything else: a video file (looped)."""
    if spec == "auto":
        for index in _webcams():
            try:
                return VideoCamera(index, loop=False)
            except CameraError:
                continue
        return VideoCamera(str(assets / DEMO_VIDEO), loop=True)
    if spec.isdigit():
        return VideoCamera(int(spec), loop=False)
    if Path(spec).is_dir():
        return ImageFolderCamera(spec)
    if not Path(spec).exists():
        raise CameraError(f"カメラの動画ファイルがありません / camera video file not found: {spec}")
    return VideoCamera(spec, loop=True)


class CameraWorker(threading.Thread):
    """Reads frames off the UI thread at the camera's pace and hands each one to `on_frame`."""

    def __init__(self, camera: Camera, on_frame: Callable[[np.ndarray | None, str], None]) -> None:
        super().__init__(daemon=True, name="camera")
        self.camera = camera
        self.on_frame = on_frame
        self._halt = threading.Event()

    def run(self) -> None:
        period = 1.0 / self.camera.fps if self.camera.loop else 0.0  # a file plays at its own rate
        while not self._halt.is_set():
            t0 = time.monotonic()
            frame = self.camera.read()
            try:
                self.on_frame(frame, self.camera.status)
            except RuntimeError:  # the screen that wanted these frames is gone
                break
            wait = period - (time.monotonic() - t0) if frame is not None else 0.1
            if wait > 0:
                self._halt.wait(wait)

    def stop(self) -> None:
        self._halt.set()
        if self is not threading.current_thread():
            self.join(timeout=2)
        self.camera.close()
