"""The one live camera preview of the kiosk (the photo step and the QR step): mirrored like a mirror,
at the camera's rate, with the newest analysis (a face measurement, QR texts) drawn over it.

Three threads, none waiting for another: the camera thread (hardware.camera.CameraWorker) only reads
frames; an analysis thread runs `analyse` on the newest frame whenever it is free (frames in between
are shown with the last result); the UI thread polls both every 10 ms. Polling, not a Signal.emit per
frame: no backlog when painting is slower than the camera, and no per-frame emit from Python
(PySide6 6.12.0 loses a reference to True on every emit, which crashes CPython 3.11; docs/photo.md).
The camera is released when the view is hidden or stopped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from hardware.camera import Camera, CameraError, CameraWorker

Overlay = Callable[[QPainter, float, int, Any], None]  # painter, preview px per frame px, frame width, analysis


def to_pixmap(bgr: np.ndarray, box: QSize) -> QPixmap:
    """A still (a taken photo) as large as fits `box`, keeping its proportions."""
    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(image).scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)


def mirrored_pixmap(frame: np.ndarray, width: int, height: int) -> QPixmap:
    """The frame mirrored and fitted into width × height. OpenCV scales (bilinear) and writes BGRA,
    Qt's native 32-bit layout: about 2 ms for 1280×720, where a smooth QPixmap.scaled takes over 10."""
    s = min(width / frame.shape[1], height / frame.shape[0])
    size = (max(1, int(frame.shape[1] * s)), max(1, int(frame.shape[0] * s)))
    bgra = cv2.cvtColor(cv2.flip(cv2.resize(frame, size, interpolation=cv2.INTER_LINEAR), 1), cv2.COLOR_BGR2BGRA)
    image = QImage(bgra.data, bgra.shape[1], bgra.shape[0], bgra.strides[0], QImage.Format.Format_RGB32)
    return QPixmap.fromImage(image.copy())  # the copy owns its pixels; `bgra` is freed after this


class CameraView(QLabel):
    POLL_MS = 10

    def __init__(self, open_camera: Callable[[], Camera], analyse: Callable[[np.ndarray], Any] | None = None,
                 on_analysis: Callable[[Any], None] | None = None, on_status: Callable[[str], None] | None = None,
                 overlay: Overlay | None = None, target_box: bool = False) -> None:
        """`analyse(frame)` runs on the analysis thread; `on_analysis(result)` and `on_status(text)`
        are called on the UI thread; `overlay` draws on the mirrored preview in frame pixels;
        `target_box`: a yellow square in the middle (where to hold a QR code)."""
        super().__init__()
        self.open_camera, self.analyse, self.overlay, self.target_box = open_camera, analyse, overlay, target_box
        self.on_analysis, self.on_status = on_analysis, on_status
        self.box_color = QColor("#f0c419")
        self.worker: CameraWorker | None = None
        self.last: np.ndarray | None = None  # the newest frame shown (the shutter's fallback still)
        self.analysis: Any = None  # the newest analysis
        self.shown = 0  # frames painted since start (the benchmark counts them)
        self.analysed = 0  # frames analysed since start
        self._lock = threading.Lock()
        self._fresh = threading.Event()  # a frame the analysis thread has not seen
        self._halt = threading.Event()
        self._frame: np.ndarray | None = None
        self._frame_new = False
        self._status: str | None = None  # last status passed on
        self._status_now = ""  # the camera's status, written by the camera thread
        self._result: Any = None
        self._analyser: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # never grows the window
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def start(self) -> str:
        """Open and start the camera; returns its status ("" when it delivers), or why it cannot open."""
        if self.worker is not None:
            return ""
        try:
            camera = self.open_camera()
        except CameraError as exc:  # no such device or file: the operator reads why, nothing starts
            return str(exc)
        self._halt.clear()
        self.shown = self.analysed = 0

        def on_frame(frame: np.ndarray | None, status: str) -> None:  # camera thread
            with self._lock:
                self._status_now = status
                if frame is not None:
                    self._frame, self._frame_new = frame, True
            if frame is not None:
                self._fresh.set()

        if self.analyse is not None:
            self._analyser = threading.Thread(target=self._analyse_loop, daemon=True, name="camera-analysis")
            self._analyser.start()
        self.worker = CameraWorker(camera, on_frame)  # a camera that is away reopens itself
        self.worker.start()
        self._timer.start()
        return camera.status

    def still(self) -> Future[np.ndarray | None] | None:
        """A full-resolution still from the running camera (see CameraWorker.still)."""
        return self.worker.still() if self.worker is not None else None

    def _analyse_loop(self) -> None:  # analysis thread
        assert self.analyse is not None
        while not self._halt.is_set():
            if not self._fresh.wait(0.2):
                continue
            self._fresh.clear()
            with self._lock:
                frame = self._frame
            if frame is None or self._halt.is_set():
                continue
            result = self.analyse(frame)
            with self._lock:
                self._result = result
                self.analysed += 1

    def stop(self) -> None:
        self._timer.stop()
        self._halt.set()
        self._fresh.set()
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
        if self._analyser is not None:
            self._analyser.join(timeout=2)
            self._analyser = None
        with self._lock:
            self._frame, self._frame_new, self._result = None, False, None
        self.analysis = None

    def show_still(self, image: np.ndarray) -> None:
        """Show an image (a taken photo) at its true proportions instead of the live picture."""
        self.setPixmap(to_pixmap(image, self.size()))

    def _poll(self) -> None:
        with self._lock:
            frame = self._frame if self._frame_new else None
            self._frame_new = False
            status, result, self._result = self._status_now, self._result, None
        if status != self._status:
            self._status = status
            if self.on_status is not None:
                self.on_status(status)
        if frame is not None:
            self.shown += 1  # camera frames shown (not redraws)
        if result is not None:
            self.analysis = result
            if frame is None:
                frame = self.last  # redraw the overlay at once, even if the camera is slower
        if frame is not None:
            self.last = frame
            self.setPixmap(self._paint(frame))
        if result is not None and self.on_analysis is not None:
            self.on_analysis(result)

    def _paint(self, frame: np.ndarray) -> QPixmap:
        pixmap = mirrored_pixmap(frame, self.width(), self.height())
        if self.target_box or (self.overlay is not None and self.analysis is not None):
            painter = QPainter(pixmap)
            if self.target_box:
                painter.setPen(QPen(self.box_color, 6))
                side = int(min(pixmap.width(), pixmap.height()) * 0.6)
                painter.drawRect(QRect((pixmap.width() - side) // 2, (pixmap.height() - side) // 2, side, side))
            if self.overlay is not None and self.analysis is not None:
                self.overlay(painter, pixmap.width() / frame.shape[1], frame.shape[1], self.analysis)
            painter.end()
        return pixmap

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (leaving the screen frees the camera)
        self.stop()
        super().hideEvent(event)
