"""Operator: the photo step — live mirrored preview with a guide (face oval, crown and chin lines,
green when every check passes), live hints, automatic capture after the checks hold for about a
second, a manual shutter, review at true 35:45 proportions, retake or accept.

The accepted photo stays in memory (the online JPEG, also used for printing) and is dropped with
the applicant. The checks and the crop come from kiosk/photo.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from hardware.camera import VideoCamera
from kiosk.photo.pipeline import Analysis, analyse
from kiosk.ui.base import Page, button, label
from kiosk.ui.camera_view import CameraView

ASPECT = 35 / 45  # width / height of the application photo
HOLD_S = 1.0  # every check passing this long, then the camera takes the photo by itself


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
        self.jpeg = b""
        self.title = label("title")
        self.view = CameraView(open_camera, analyse=analyse, overlay=self._draw_guide)
        self.view.frame_ready.connect(self._frame)
        self.analysis: Analysis | None = None
        self.steady_since: float | None = None  # when every check started passing
        self.hint = label("title")
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
        layout.addWidget(self.hint)
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

    def _draw_guide(self, painter: QPainter, scale: float, frame_w: int, a: Analysis) -> None:
        if a.measure is None:
            return
        m = a.measure
        painter.setPen(QPen(QColor("#1fbf4a") if a.ok else QColor("#f0a000"), 4))
        cx = (frame_w - m.center_x) * scale  # the preview is mirrored
        half_w = m.face.w * 0.5 * scale
        painter.drawEllipse(QPointF(cx, (m.crown_y + m.chin_y) / 2 * scale), half_w, (m.chin_y - m.crown_y) / 2 * scale)
        for y in (m.crown_y, m.chin_y):
            painter.drawLine(QPointF(cx - half_w * 1.6, y * scale), QPointF(cx + half_w * 1.6, y * scale))

    def _frame(self, _frame: object, a: object) -> None:
        if not isinstance(a, Analysis) or self.shot is not None:
            return
        self.analysis = a
        failed = [c.detail for c in a.checks.values() if not c.ok]
        now = time.monotonic()
        if failed:
            self.steady_since = None
            self.hint.setText(failed[0])
            return
        if self.steady_since is None:
            self.steady_since = now
        if now - self.steady_since < HOLD_S:
            self.hint.setText(self.tr("Hold still…"))
        else:
            self.take()

    def start(self) -> None:
        self.shot = None
        self.steady_since = None
        self.analysis = None
        self._buttons(reviewing=False)
        self.status.setText(self.view.start())

    def _buttons(self, reviewing: bool) -> None:
        self.shutter.setVisible(not reviewing)
        self.retake.setVisible(reviewing)
        self.accept_button.setVisible(reviewing)

    def take(self) -> None:
        """The shutter (or the automatic capture): the passport-geometry crop when a face is measured,
        else the centre 35:45 crop, which the operator can still review and retake."""
        frame = self.view.last
        if frame is None:
            return
        self.view.stop()  # reviewing needs no live picture; "retake" starts the camera again
        a = analyse(frame)
        if a.crop is not None:
            self.jpeg = a.jpeg(frame)
            self.shot = cv2.imdecode(np.frombuffer(self.jpeg, np.uint8), cv2.IMREAD_COLOR)
        else:
            self.shot = crop(frame)
            self.jpeg = cv2.imencode(".jpg", self.shot, [cv2.IMWRITE_JPEG_QUALITY, 92])[1].tobytes()
        failed = [c.detail for c in a.checks.values() if not c.ok]
        hint = failed[0] if failed else self.tr("All checks passed.")
        if a.crop is not None and a.crop.upscaled:  # said, never hidden
            hint += " " + self.tr("(The photo file is enlarged from %1 px of camera height.)").replace(
                "%1", str(a.crop.box.h))
        self.hint.setText(hint)
        self.view.show_still(self.shot)
        self._buttons(reviewing=True)

    def accept(self) -> None:
        if self.shot is None:
            return
        jpeg = self.jpeg
        self._forget()
        self.accepted.emit(jpeg)

    def stop_and_cancel(self) -> None:
        self._forget()
        self.cancelled.emit()

    def _forget(self) -> None:
        self.view.stop()
        self.shot = self.view.last = self.analysis = None
        self.jpeg = b""
        self.view.clear()
