"""The capture screen for the application photo, built around any camera object (webcam, video file,
image folder — hardware.camera.Camera): mirrored live preview with the guide (face oval, crown and
chin lines; green when every check passes), the first failing check's hint live, a countdown and
automatic capture once every check has held for about a second, a manual shutter, review of the
35 × 45 mm crop at true proportions, retake or accept.

The accepted photo leaves only through the `accepted(object)` signal, as an AcceptedPhoto in memory
(the cropped BGR array and the online JPEG); nothing is written to disk. Checks and crop: kiosk/photo.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hardware.camera import Camera
from kiosk.photo.checks import Check
from kiosk.photo.crop import EXPORT_H, EXPORT_W, crop_image, encode_jpeg
from kiosk.photo.live import LiveGuide
from kiosk.photo.pipeline import Analysis, analyse
from kiosk.ui.base import Page, button, label
from kiosk.ui.camera_view import CameraView

HOLD_S = 1.0  # every check passing this long (the countdown), then the photo is taken by itself
TOUCH_PX, TEXT_PX = 64, 22  # touch targets ≥ 60 px, text ≥ 20 px even without the booth style sheet
GREEN, ORANGE = QColor("#1fbf4a"), QColor("#f0a000")


@dataclass(frozen=True, eq=False)
class AcceptedPhoto:
    """The accepted application photo, in memory only (printing and the online application)."""

    image: np.ndarray  # the 35 × 45 mm crop, BGR, 827 × 1063
    jpeg: bytes  # the online file: JPEG, RGB, no metadata
    ok: bool  # every check passed (False: the operator accepted it anyway)
    upscaled: bool  # the file has more pixels than the camera gave for that area
    checks: dict[str, Check] = field(default_factory=dict)


def _centre_crop(frame: np.ndarray) -> np.ndarray:
    """No face measured: the largest 35:45 rectangle in the middle, for the operator to judge."""
    h, w = frame.shape[:2]
    cw = min(w, int(h * 35 / 45))
    ch = int(cw * 45 / 35)
    x, y = (w - cw) // 2, (h - ch) // 2
    return cv2.resize(frame[y:y + ch, x:x + cw], (EXPORT_W, EXPORT_H), interpolation=cv2.INTER_AREA)


class PhotoScreen(Page):
    accepted = Signal(object)  # AcceptedPhoto
    cancelled = Signal()

    def __init__(self, camera: Camera, parent: QWidget | None = None, hold_s: float = HOLD_S) -> None:
        super().__init__(parent)
        self.camera = camera
        self.hold_s = hold_s
        self.guide = LiveGuide()
        self.analysis: Analysis | None = None
        self.steady_since: float | None = None
        self.result: AcceptedPhoto | None = None  # the photo under review
        self.title = label("title")
        self.view = CameraView(lambda: camera, analyse=self.guide, overlay=self._draw_guide)
        self.view.frame_ready.connect(self._frame)
        self.hint = label("title")
        self.status = label("error")
        self.view.status_changed.connect(self.status.setText)
        self.shutter = self._button("primary", self.take)
        self.retake = self._button("", self.start)
        self.accept_button = self._button("done", self.accept)
        self.back = self._button("", self.cancel)
        for text in (self.title, self.hint, self.status):
            self._big(text)
        row = QHBoxLayout()
        for b in (self.shutter, self.retake, self.accept_button, self.back):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self._reviewing(False)
        self.retranslate()

    def _big(self, w: QWidget) -> None:
        font = QFont(w.font())
        font.setPixelSize(max(TEXT_PX, font.pixelSize()))
        w.setFont(font)

    def _button(self, role: str, slot: Callable[[], None]) -> QPushButton:
        b = button(role)
        b.setMinimumHeight(TOUCH_PX)
        b.setMinimumWidth(TOUCH_PX * 2)
        self._big(b)
        b.clicked.connect(slot)
        return b

    def retranslate(self) -> None:
        self.title.setText(self.tr("Photo: look straight at the camera"))
        self.shutter.setText(self.tr("Take the photo"))
        self.retake.setText(self.tr("Retake"))
        self.accept_button.setText(self.tr("Use this photo"))
        self.back.setText(self.tr("Back"))

    # ---- live ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the live preview (also "retake")."""
        self.result = None
        self.steady_since = None
        self.analysis = None
        self.guide.reset()
        self._reviewing(False)
        self.hint.setText("")
        self.status.setText(self.view.start())

    def _reviewing(self, on: bool) -> None:
        self.shutter.setVisible(not on)
        self.retake.setVisible(on)
        self.accept_button.setVisible(on)

    def _draw_guide(self, painter: QPainter, scale: float, frame_w: int, a: Analysis) -> None:
        m = a.measure
        if m is None:
            return
        painter.setPen(QPen(GREEN if a.ok else ORANGE, 4))
        cx = (frame_w - m.center_x) * scale  # the preview is mirrored
        half_w = m.face.w * 0.5 * scale
        painter.drawEllipse(QPointF(cx, (m.crown_y + m.chin_y) / 2 * scale), half_w, (m.chin_y - m.crown_y) / 2 * scale)
        for y in (m.crown_y, m.chin_y):
            painter.drawLine(QPointF(cx - half_w * 1.6, y * scale), QPointF(cx + half_w * 1.6, y * scale))

    def _frame(self, _frame: object, a: object) -> None:
        if not isinstance(a, Analysis) or self.result is not None:
            return
        self.analysis = a
        failed = [c.detail for c in a.checks.values() if not c.ok]
        if failed:
            self.steady_since = None
            self.hint.setText(failed[0])
            return
        now = time.monotonic()
        if self.steady_since is None:
            self.steady_since = now
        left = self.hold_s - (now - self.steady_since)
        if left > 0:
            self.hint.setText(self.tr("Hold still… %1").replace("%1", str(math.ceil(left))))
        else:
            self.take()

    # ---- review --------------------------------------------------------------------------------

    def take(self) -> None:
        """The shutter, or the automatic capture: the full check on the newest frame, then review."""
        frame = self.view.last
        if frame is None:
            return
        self.view.stop()  # the review needs no live picture; "retake" starts the camera again
        a = analyse(frame)
        image = crop_image(frame, a.crop) if a.crop is not None else _centre_crop(frame)
        upscaled = a.crop.upscaled if a.crop is not None else frame.shape[0] < EXPORT_H
        self.result = AcceptedPhoto(image, encode_jpeg(image), a.ok, upscaled, dict(a.checks))
        failed = [c.detail for c in a.checks.values() if not c.ok]
        hint = failed[0] if failed else self.tr("All checks passed.")
        if upscaled:  # said, never hidden
            hint += " " + self.tr("(The photo file is enlarged from the camera's pixels.)")
        self.hint.setText(hint)
        self.view.show_still(image)
        self._reviewing(True)

    def accept(self) -> None:
        if self.result is None:
            return
        photo, self.result = self.result, None
        self._forget()
        self.accepted.emit(photo)

    def cancel(self) -> None:
        self._forget()
        self.cancelled.emit()

    def _forget(self) -> None:
        """Drop every frame of the applicant this screen holds."""
        self.view.stop()
        self.view.last = None
        self.analysis = None
        self.guide.reset()
        self.view.clear()
        self._reviewing(False)
