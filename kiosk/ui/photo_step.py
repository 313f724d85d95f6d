"""Operator: the photo step — live mirrored preview from the booth camera, shutter, review, accept.

The accepted photo stays in memory (JPEG bytes for the online application) and is dropped with the
applicant. This is the plain capture path; automatic face checks and the 35×45 mm crop rule belong
to kiosk/photo (issue 5) and plug in at `crop`.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from hardware.camera import CameraError, CameraWorker, VideoCamera
from kiosk.ui.base import Page, button, label

ASPECT = 35 / 45  # width / height of the application photo


class _FrameBridge(QObject):
    frame = Signal(object, str)  # emitted from the camera thread, delivered on the UI thread


def crop(frame: np.ndarray) -> np.ndarray:
    """The largest 35:45 rectangle in the middle of the frame."""
    h, w = frame.shape[:2]
    cw = min(w, int(h * ASPECT))
    ch = int(cw / ASPECT)
    x, y = (w - cw) // 2, (h - ch) // 2
    return frame[y:y + ch, x:x + cw].copy()


def _pixmap(bgr: np.ndarray, box: QSize) -> QPixmap:
    """The frame as large as fits the preview area, keeping its proportions."""
    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(image).scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)


class PhotoStep(Page):
    accepted = Signal(bytes)  # the JPEG, in memory only
    cancelled = Signal()

    def __init__(self, open_camera: Callable[[], VideoCamera]) -> None:
        super().__init__()
        self.open_camera = open_camera
        self.worker: CameraWorker | None = None
        self.last: np.ndarray | None = None
        self.shot: np.ndarray | None = None
        self.bridge = _FrameBridge()
        self.bridge.frame.connect(self._show_frame)
        self.title = label("title")
        self.view = QLabel()
        self.view.setMinimumSize(320, 240)
        self.view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # never grows the window
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = label("error")
        self.shutter = button("primary")
        self.shutter.clicked.connect(self.take)
        self.retake = button()
        self.retake.clicked.connect(self.start)
        self.accept_button = button("done")
        self.accept_button.clicked.connect(self.accept)
        self.cancel = button()
        self.cancel.clicked.connect(self.stop_and_cancel)
        row = QHBoxLayout()
        for b in (self.shutter, self.retake, self.accept_button, self.cancel):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Photo: look at the camera"))
        self.shutter.setText(self.tr("Take the photo"))
        self.retake.setText(self.tr("Retake"))
        self.accept_button.setText(self.tr("Use this photo"))
        self.cancel.setText(self.tr("Back"))

    def start(self) -> None:
        self.shot = None
        self._buttons(reviewing=False)
        if self.worker is None:
            try:
                camera = self.open_camera()
            except CameraError as exc:
                self.status.setText(str(exc))
                return
            self.worker = CameraWorker(camera, self.bridge.frame.emit)
            self.worker.start()

    def _buttons(self, reviewing: bool) -> None:
        self.shutter.setVisible(not reviewing)
        self.retake.setVisible(reviewing)
        self.accept_button.setVisible(reviewing)

    def _show_frame(self, frame: np.ndarray | None, status: str) -> None:
        self.status.setText(status)
        if frame is None or self.shot is not None:
            return
        self.last = frame
        self.view.setPixmap(_pixmap(cv2.flip(frame, 1), self.view.size()))  # mirrored, like a mirror

    def take(self) -> None:
        if self.last is None:
            return
        self.shot = crop(self.last)
        self.view.setPixmap(_pixmap(self.shot, self.view.size()))  # true 35:45 proportions
        self._buttons(reviewing=True)

    def accept(self) -> None:
        if self.shot is None:
            return
        ok, jpeg = cv2.imencode(".jpg", self.shot, [cv2.IMWRITE_JPEG_QUALITY, 92])
        self._stop()
        self.shot = self.last = None
        self.view.clear()
        if ok:
            self.accepted.emit(jpeg.tobytes())

    def stop_and_cancel(self) -> None:
        self._stop()
        self.shot = self.last = None
        self.view.clear()
        self.cancelled.emit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (leaving the screen frees the camera)
        self._stop()
        super().hideEvent(event)

    def _stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
