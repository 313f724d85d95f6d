"""A live camera preview widget: frames come from a worker thread (hardware.camera.CameraWorker),
optionally analysed there by `analyse` (QR decoding, face finding), and are drawn on the UI thread,
mirrored like a mirror, with an optional target box. The camera is released when hidden."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHideEvent, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from hardware.camera import CameraError, CameraWorker, VideoCamera


class _Bridge(QObject):
    frame = Signal(object, str, object)  # frame, camera status, analysis — emitted on the camera thread


def to_pixmap(bgr: np.ndarray, box: QSize) -> QPixmap:
    """The frame as large as fits `box`, keeping its proportions."""
    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(image).scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)


class CameraView(QLabel):
    frame_ready = Signal(object, object)  # (frame, analysis) on the UI thread
    status_changed = Signal(str)

    def __init__(self, open_camera: Callable[[], VideoCamera], analyse: Callable[[np.ndarray], Any] | None = None,
                 target_box: bool = False,
                 overlay: Callable[[QPainter, float, int, Any], None] | None = None) -> None:
        """`overlay(painter, scale, frame_width, analysis)` draws on the mirrored preview in frame pixels."""
        super().__init__()
        self.overlay = overlay
        self.open_camera = open_camera
        self.analyse = analyse
        self.target_box = target_box
        self.box_color = QColor("#f0c419")
        self.worker: CameraWorker | None = None
        self.last: np.ndarray | None = None
        self.frozen = False
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # never grows the window
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._bridge = _Bridge()
        self._bridge.frame.connect(self._show)

    def start(self) -> str:
        """Start the camera; returns an error message, or "" when it runs."""
        self.frozen = False
        if self.worker is not None:
            return ""
        try:
            camera = self.open_camera()
        except CameraError as exc:
            return str(exc)

        bridge, analyse = self._bridge, self.analyse

        def on_frame(frame: np.ndarray | None, status: str) -> None:  # camera thread
            result = analyse(frame) if (analyse and frame is not None) else None
            bridge.frame.emit(frame, status, result)

        self.worker = CameraWorker(camera, on_frame)
        self.worker.start()
        return ""

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    def show_still(self, image: np.ndarray) -> None:
        """Freeze the view on an image (a taken photo), shown at its true proportions."""
        self.frozen = True
        self.setPixmap(to_pixmap(image, self.size()))

    def _show(self, frame: np.ndarray | None, status: str, analysis: object) -> None:
        self.status_changed.emit(status)
        if frame is None or self.frozen:
            return
        self.last = frame
        pixmap = to_pixmap(cv2.flip(frame, 1), self.size())
        if self.target_box or (self.overlay and analysis is not None):
            painter = QPainter(pixmap)
            if self.target_box:
                painter.setPen(QPen(self.box_color, 6))
                side = int(min(pixmap.width(), pixmap.height()) * 0.6)
                painter.drawRect(QRect((pixmap.width() - side) // 2, (pixmap.height() - side) // 2, side, side))
            if self.overlay and analysis is not None:
                self.overlay(painter, pixmap.width() / frame.shape[1], frame.shape[1], analysis)
            painter.end()
        self.setPixmap(pixmap)
        self.frame_ready.emit(frame, analysis)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (leaving the screen frees the camera)
        self.stop()
        super().hideEvent(event)
