"""The booth camera: a webcam through OpenCV, or a video file standing in for one (the demo and the
tests), behind one interface. No Qt: the UI polls `latest()` or takes frames from a worker thread.

The preview runs at 1280×720; the photo itself is a still at the camera's full resolution
(`still()`: a webcam is switched to its largest mode for one frame, a file gives its own frames).
A live camera that stops delivering (unplugged, driver hiccup) is reopened with back-off while
`status` says so in Japanese and English; it comes back by itself when plugged in again.
"""

from __future__ import annotations

import glob
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

DEMO_VIDEO = Path("demo") / "demo-camera.mp4"
WANT_W, WANT_H, WANT_FPS = 1280, 720, 30
ASK_MAX = 10_000  # asking a V4L2 camera for this size gets its largest mode
log = logging.getLogger(__name__)


class CameraError(RuntimeError):
    pass


class Camera(Protocol):
    """What the preview and the photo screen need from any camera (webcam, video file, image folder)."""

    loop: bool  # True: a recording played in a loop (paced at `fps`); False: a live source
    status: str  # "" while frames come; otherwise a bilingual message for the operator

    @property
    def fps(self) -> float: ...

    def read(self) -> np.ndarray | None: ...

    def still(self) -> np.ndarray | None:
        """One frame at full resolution, or None when the frames `read` gives are already that."""
        ...

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
        self.full_size: tuple[int, int] | None = None  # a webcam's largest mode (width, height)
        if not self._open():
            raise CameraError(self.status)

    def _open(self) -> bool:
        cap = cv2.VideoCapture(self.source)
        if not cap.isOpened():
            cap.release()
            self.status = ("カメラが見つかりません。接続を確認してください / "
                           f"camera not found ({self.source}); check the cable")
            return False
        if isinstance(self.source, int):  # learn the largest mode, then preview at 720p30
            if self.full_size is None:
                self.full_size = _set_size(cap, ASK_MAX, ASK_MAX)
            _set_size(cap, WANT_W, WANT_H)
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

    def still(self) -> np.ndarray | None:
        """A webcam whose largest mode exceeds the preview's is switched to it for one frame (the
        first after a switch may be stale, so the second is kept), then back. A file: None."""
        if self.loop or self.cap is None or self.full_size is None:
            return None
        if self.full_size[0] * self.full_size[1] <= self.cap.get(cv2.CAP_PROP_FRAME_WIDTH) * self.cap.get(
                cv2.CAP_PROP_FRAME_HEIGHT):
            return None
        _set_size(self.cap, *self.full_size)
        frame = None
        for _ in range(2):
            ok, got = self.cap.read()
            frame = got if ok else frame
        _set_size(self.cap, WANT_W, WANT_H)
        return frame

    def close(self) -> None:
        if self.cap is not None:
            self.cap.release()
            self.cap = None


def _set_size(cap: cv2.VideoCapture, w: int, h: int) -> tuple[int, int]:
    """Ask for a size; returns the size the driver chose."""
    cap.set(cv2.CAP_PROP_FRAME_WIDTH, w)
    cap.set(cv2.CAP_PROP_FRAME_HEIGHT, h)
    return int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT))


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

    def still(self) -> np.ndarray | None:
        return None  # each image is read whole: the frames are the stills

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
        self._stills: list[Future[np.ndarray | None]] = []
        self._stills_lock = threading.Lock()
        self._latest: np.ndarray | None = None
        self._seen_failures: set[tuple[str, str]] = set()

    def still_height(self, frame_h: int) -> int:
        """The height of the still `still()` will give, for preview frames `frame_h` tall."""
        full = getattr(self.camera, "full_size", None)
        return max(frame_h, full[1]) if full and not self.camera.loop else frame_h

    def still(self) -> Future[np.ndarray | None]:
        """The photo: a full-resolution still, taken on the camera thread between two frames (the
        newest frame when the camera's frames are already full size). None: no frame at all."""
        future: Future[np.ndarray | None] = Future()
        with self._stills_lock:
            if self._halt.is_set():  # stopped: nobody would take it
                future.set_result(self._latest)
            else:
                self._stills.append(future)
        return future

    def _serve_stills(self) -> None:
        with self._stills_lock:
            waiting, self._stills = self._stills, []
        for future in waiting:
            try:
                frame = self.camera.still()
            except Exception as exc:  # noqa: BLE001 — the preview frame is a good photo too
                log.warning("full-resolution still failed (%s); using the preview frame", type(exc).__name__)
                frame = None
            future.set_result(frame if frame is not None else self._latest)

    def run(self) -> None:
        period = 1.0 / self.camera.fps if self.camera.loop else 0.0  # a file plays at its own rate
        while not self._halt.is_set():
            t0 = time.monotonic()
            self._serve_stills()
            try:
                frame = self.camera.read()
            except Exception as exc:  # noqa: BLE001 — a decoder's failure is "no frame", never the end
                self._failed("reading a frame", exc)
                frame = None
            if frame is not None:
                self._latest = frame
            try:
                self.on_frame(frame, self.camera.status)
            except RuntimeError:  # the screen that wanted these frames is gone
                break
            except Exception as exc:  # noqa: BLE001 — e.g. a QR decoder raising on one frame: "no read"
                self._failed("handling a frame", exc)
            wait = period - (time.monotonic() - t0) if frame is not None else 0.1
            if wait > 0:
                self._halt.wait(wait)

    def _failed(self, what: str, exc: Exception) -> None:
        """Logged by type only: a message may quote what was on the frame (a card, a QR's content).
        Once per kind and type at WARNING; repeats at DEBUG, so a failure on every frame cannot flood the log."""
        name = type(exc).__name__
        level = logging.DEBUG if (what, name) in self._seen_failures else logging.WARNING
        self._seen_failures.add((what, name))
        log.log(level, "camera: %s failed with %s; the frame counts as no read", what, name)

    def stop(self) -> None:
        self._halt.set()
        if self is not threading.current_thread() and self.ident is not None:
            self.join(timeout=2)
        with self._stills_lock:  # nobody waits forever for a still the stopped camera will not take
            for future in self._stills:
                future.set_result(self._latest)
            self._stills = []
        self.camera.close()
