"""The capture screen for the application photo, on any camera (webcam, video file, image folder —
hardware.camera.Camera, opened by a factory each time the screen goes live): mirrored live preview
with the guide (face oval, crown and chin lines, green when every check passes; the dashed 35:45
frame of the photo), the first failing check's hint live, a countdown and automatic capture once
every check has held for about a second, a manual shutter, review of the 35 × 45 mm crop at true
proportions, retake or accept.

The accepted photo leaves only through the `accepted(object)` signal, as an AcceptedPhoto in memory
(the cropped BGR array and the online JPEG); nothing is written to disk. Checks and crop: kiosk/photo.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QHideEvent, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from hardware.camera import Camera, CameraError, CameraWorker
from kiosk.photo.checks import Check
from kiosk.photo.crop import EXPORT_H, EXPORT_W, crop_image, encode_jpeg
from kiosk.photo.pipeline import Analysis, analyse
from kiosk.ui.base import Page, button, label
from kiosk.ui.camera_view import to_pixmap
from kiosk.ui.photo_voice import PhotoVoice

HOLD_S = 3.0  # every check passing this long (a calm spoken 3-2-1), then the photo is taken by itself
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


def mirrored_pixmap(frame: np.ndarray, width: int, height: int) -> QPixmap:
    """The frame mirrored and fitted into width × height. OpenCV does the scaling (bilinear) and
    writes BGRA, which is Qt's native 32-bit layout: about 2 ms for 1280×720, where a smooth
    QPixmap.scaled of the full frame takes over 10."""
    s = min(width / frame.shape[1], height / frame.shape[0])
    size = (max(1, int(frame.shape[1] * s)), max(1, int(frame.shape[0] * s)))
    bgra = cv2.cvtColor(cv2.flip(cv2.resize(frame, size, interpolation=cv2.INTER_LINEAR), 1), cv2.COLOR_BGR2BGRA)
    image = QImage(bgra.data, bgra.shape[1], bgra.shape[0], bgra.strides[0], QImage.Format.Format_RGB32)
    return QPixmap.fromImage(image.copy())  # the copy owns its pixels; `bgra` is freed after this


class Preview(QLabel):
    """The mirrored live picture with the guide drawn over it, at the camera's rate.

    Three threads, none waiting for another: the camera thread (CameraWorker) only reads frames;
    an analysis thread checks the newest frame whenever it is free (about 30 ms a 1280×720 frame,
    so 15–30 checks a second, frames in between are shown with the last result); the UI thread
    polls for the newest frame and analysis with a timer. Polling rather than a Signal.emit per
    frame: no backlog when painting is slower than the camera, and no per-frame emit from Python
    (PySide6 6.12.0 loses a reference to True on every emit, which crashes CPython 3.11)."""

    POLL_MS = 10

    def __init__(self, open_camera: Callable[[], Camera], overlay: Callable[[QPainter, float, int, Analysis], None],
                 on_analysis: Callable[[Analysis], None], on_status: Callable[[str], None]) -> None:
        super().__init__()
        self.open_camera, self.overlay = open_camera, overlay
        self.on_analysis, self.on_status = on_analysis, on_status
        self.worker: CameraWorker | None = None
        self.last: np.ndarray | None = None  # the newest frame shown (the shutter takes this one)
        self.analysis: Analysis | None = None  # the newest analysis (of a frame at most ~50 ms old)
        self.shown = 0  # frames painted since start (the benchmark counts them)
        self.analysed = 0  # frames analysed since start
        self._lock = threading.Lock()
        self._fresh = threading.Event()  # a frame the analysis thread has not seen
        self._halt = threading.Event()
        self._frame: np.ndarray | None = None
        self._frame_new = False
        self._status: str | None = None  # last status shown
        self._status_now = ""  # the camera's status, written by the camera thread
        self._result: Analysis | None = None
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

        self._analyser = threading.Thread(target=self._analyse_loop, daemon=True, name="photo-analysis")
        self._analyser.start()
        self.worker = CameraWorker(camera, on_frame)  # a camera that is away reopens itself
        self.worker.start()
        self._timer.start()
        return camera.status

    def _analyse_loop(self) -> None:  # analysis thread
        while not self._halt.is_set():
            if not self._fresh.wait(0.2):
                continue
            self._fresh.clear()
            with self._lock:
                frame = self._frame
            if frame is None or self._halt.is_set():
                continue
            result = analyse(frame)
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
        self.setPixmap(to_pixmap(image, self.size()))

    def _poll(self) -> None:
        with self._lock:
            frame = self._frame if self._frame_new else None
            self._frame_new = False
            status, result, self._result = self._status_now, self._result, None
        if status != self._status:
            self._status = status
            self.on_status(status)
        if frame is not None:
            self.shown += 1  # camera frames shown (not redraws)
        if result is not None:
            self.analysis = result
            if frame is None:
                frame = self.last  # redraw the guide at once, even if the camera is slower
        if frame is not None:
            self.last = frame
            pixmap = mirrored_pixmap(frame, self.width(), self.height())
            if self.analysis is not None:
                painter = QPainter(pixmap)
                self.overlay(painter, pixmap.width() / frame.shape[1], frame.shape[1], self.analysis)
                painter.end()
            self.setPixmap(pixmap)
        if result is not None:
            self.on_analysis(result)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (leaving the screen frees the camera)
        self.stop()
        super().hideEvent(event)


class PhotoScreen(Page):
    accepted = Signal(object)  # AcceptedPhoto
    cancelled = Signal()
    self_service_requested = Signal()  # the operator hands the camera to the applicant (self_photo.py)

    def __init__(self, open_camera: Callable[[], Camera], parent: QWidget | None = None,
                 hold_s: float = HOLD_S, self_service: bool = False) -> None:
        """`open_camera` gives the camera each time the screen goes live (the settings may have
        changed, a webcam may have been plugged in); CameraWorker closes it when the screen stops."""
        super().__init__(parent)
        self.hold_s = hold_s
        self.analysis: Analysis | None = None
        self.steady_since: float | None = None
        self.result: AcceptedPhoto | None = None  # the photo under review
        self.voice: PhotoVoice | None = None  # spoken guidance for the sitter (main window sets it)
        self.title = label("title")
        self.hint = label("title")
        self.status = label("error")
        self.view = Preview(open_camera, self._draw_guide, self._analysed, self.status.setText)
        self.shutter = self._button("primary", self.take)
        self.retake = self._button("", self.start)
        self.accept_button = self._button("done", self.accept)
        self.back = self._button("", self.cancel)
        self.hand_over = self._button("", self.self_service_requested.emit)
        self.self_service = self_service  # the applicant's own photo: each capture goes to their choice
        for text in (self.title, self.hint, self.status):
            self._big(text)
        row = QHBoxLayout()
        for b in (self.shutter, self.retake, self.accept_button, self.back, self.hand_over):
            row.addWidget(b)
        for w in (self.title, self.hint, self.back, self.hand_over) if self_service else ():
            w.hide()  # the attendee's page around it speaks their language
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
        self.hand_over.setText(self.tr("Let the applicant take it"))

    # ---- live ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the live preview (also "retake")."""
        self.result = None
        self.steady_since = None
        self.analysis = None
        self._reviewing(False)
        self.hint.setText("")
        self.status.setText(self.view.start())
        if self.voice is not None:
            self.voice.start()

    def _reviewing(self, on: bool) -> None:
        self.hand_over.setVisible(not on and not self.self_service)
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
        if a.crop is not None:  # what becomes the 35 × 45 mm photo, so nobody is surprised by the review
            b = a.crop.box
            painter.setPen(QPen(QColor("white"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF((frame_w - b.x - b.w) * scale, b.y * scale, b.w * scale, b.h * scale))

    def _analysed(self, a: Analysis) -> None:
        if self.result is not None:
            return
        self.analysis = a
        failed = [c.detail for c in a.checks.values() if not c.ok]
        if failed:
            self.steady_since = None
            self.hint.setText(failed[0])
            if self.voice is not None:
                self.voice.hint(next(code for code, c in a.checks.items() if not c.ok))
            return
        now = time.monotonic()
        if self.steady_since is None:
            self.steady_since = now
        left = self.hold_s - (now - self.steady_since)
        if left > 0:
            self.hint.setText(self.tr("Hold still… %1").replace("%1", str(math.ceil(left))))
            if self.voice is not None:
                self.voice.count(math.ceil(left))
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
        camera_h = a.crop.box.h if a.crop is not None else frame.shape[0]  # camera pixels behind the file
        upscaled = a.crop.upscaled if a.crop is not None else frame.shape[0] < EXPORT_H
        self.result = AcceptedPhoto(image, encode_jpeg(image), a.ok, upscaled, dict(a.checks))
        failed = [c.detail for c in a.checks.values() if not c.ok]
        hint = failed[0] if failed else self.tr("All checks passed.")
        if upscaled:  # said, never hidden
            hint += " " + self.tr("(The photo file is enlarged from %1 px of camera height.)").replace(
                "%1", str(camera_h))
        self.hint.setText(hint)
        self.view.show_still(image)
        self._reviewing(True)
        if self.voice is not None:
            self.voice.taken()
        if self.self_service:
            self.accept()

    def review_photo(self, photo: AcceptedPhoto) -> None:
        """The operator checks a photo the applicant took: "use this photo" approves it, "retake" goes live."""
        self.view.stop()
        self.result = photo
        self.hint.setText(self.tr("Taken by the applicant. Check it before it is printed."))
        self.view.show_still(photo.image)
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
        self.view.clear()
        self._reviewing(False)
