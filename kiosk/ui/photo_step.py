"""Operator: the photo step — live mirrored preview from the booth camera, shutter, review, accept.

The accepted photo stays in memory (JPEG bytes for the online application) and is dropped with the
applicant. This is the plain capture path; automatic face checks and the 35×45 mm crop rule belong
to kiosk/photo (issue 5) and plug in at `crop`.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from hardware.camera import VideoCamera
from kiosk.ui.base import Page, button, label
from kiosk.ui.camera_view import CameraView

ASPECT = 35 / 45  # width / height of the application photo


def crop(frame: np.ndarray) -> np.ndarray:
    """The largest 35:45 rectangle in the middle of the frame."""
    h, w = frame.shape[:2]
    cw = min(w, int(h * ASPECT))
    ch = int(cw / ASPECT)
    x, y = (w - cw) // 2, (h - ch) // 2
    return frame[y:y + ch, x:x + cw].copy()


class PhotoStep(Page):
    accepted = Signal(bytes)  # the JPEG, in memory only
    cancelled = Signal()

    def __init__(self, open_camera: Callable[[], VideoCamera]) -> None:
        super().__init__()
        self.shot: np.ndarray | None = None
        self.title = label("title")
        self.view = CameraView(open_camera)
        self.status = label("error")
        self.view.status_changed.connect(self.status.setText)
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

    @property
    def last(self) -> np.ndarray | None:
        return self.view.last

    def retranslate(self) -> None:
        self.title.setText(self.tr("Photo: look at the camera"))
        self.shutter.setText(self.tr("Take the photo"))
        self.retake.setText(self.tr("Retake"))
        self.accept_button.setText(self.tr("Use this photo"))
        self.cancel.setText(self.tr("Back"))

    def start(self) -> None:
        self.shot = None
        self._buttons(reviewing=False)
        self.status.setText(self.view.start())

    def _buttons(self, reviewing: bool) -> None:
        self.shutter.setVisible(not reviewing)
        self.retake.setVisible(reviewing)
        self.accept_button.setVisible(reviewing)

    def take(self) -> None:
        if self.view.last is None:
            return
        self.shot = crop(self.view.last)
        self.view.show_still(self.shot)
        self._buttons(reviewing=True)

    def accept(self) -> None:
        if self.shot is None:
            return
        ok, jpeg = cv2.imencode(".jpg", self.shot, [cv2.IMWRITE_JPEG_QUALITY, 92])
        self._forget()
        if ok:
            self.accepted.emit(jpeg.tobytes())

    def stop_and_cancel(self) -> None:
        self._forget()
        self.cancelled.emit()

    def _forget(self) -> None:
        self.view.stop()
        self.shot = self.view.last = None
        self.view.clear()
