"""The capture screen for the application photo, on any camera (webcam, video file, image folder —
hardware.camera.Camera, opened by a factory each time the screen goes live): the kiosk's one live
preview (kiosk.ui.camera_view.CameraView) mirrored, with the guide (face oval, crown and chin lines,
green when every check passes; the dashed 35:45 frame of the photo), the most basic failing check's
hint live (kiosk.photo.guide, worded here with tr()), a countdown and automatic capture once every
check has held for about a second, a manual shutter, review of the 35 × 45 mm crop at true size,
retake or accept.

The photo is a still at the camera's full resolution (the preview may be lower). The accepted photo
leaves only through the `accepted(object)` signal, as a kiosk.photo.accepted.AcceptedPhoto in memory;
nothing is written to disk. Measurement, checks and crop: kiosk/photo.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hardware.camera import Camera
from kiosk.domain.events import HEAD_COVERING_REASONS
from kiosk.photo.accepted import AcceptedPhoto
from kiosk.photo.checks import Check
from kiosk.photo.crop import EXPORT_H, PHOTO_H_MM, PHOTO_W_MM, centre_crop, crop_image, encode_jpeg
from kiosk.photo.guide import Guide, Hint, hints
from kiosk.photo.live import LiveTracker
from kiosk.photo.pipeline import Analysis, analyse
from kiosk.ui.base import Page, button, label
from kiosk.ui.camera_view import CameraView, to_pixmap
from kiosk.ui.photo_voice import PhotoVoice

HOLD_S = 3.0  # every check passing this long (a calm spoken 3-2-1), then the photo is taken by itself
TOUCH_PX, TEXT_PX = 64, 22  # touch targets ≥ 60 px, text ≥ 20 px even without the booth style sheet
GREEN, ORANGE = QColor("#1fbf4a"), QColor("#f0a000")
LIVE_W = 1280  # live frames larger than this are analysed on a copy this wide (the still is not)
STILL_WAIT_S = 3.0  # longest wait for a webcam to switch to its full resolution and back

@dataclass(frozen=True)
class Live:
    """One live analysis: of the frame scaled by `k` (≤ 1)."""

    analysis: Analysis
    k: float


def analyse_live(tracker: LiveTracker, frame: np.ndarray, still_h: int) -> Live:
    """The checks on a preview frame, judging resolution by the still the shutter will take."""
    k = min(1.0, LIVE_W / frame.shape[1])
    small = cv2.resize(frame, None, fx=k, fy=k, interpolation=cv2.INTER_AREA) if k < 1 else frame
    return Live(tracker.analyse(small, still_scale=still_h / small.shape[0]), k)


class PhotoScreen(Page):
    accepted = Signal(object)  # AcceptedPhoto
    cancelled = Signal()
    self_service_requested = Signal()  # the operator hands the camera to the applicant (self_photo.py)

    def __init__(self, open_camera: Callable[[], Camera], parent: QWidget | None = None,
                 hold_s: float = HOLD_S, self_service: bool = False) -> None:
        """`open_camera` gives the camera each time the screen goes live (the settings may have
        changed, a webcam may have been plugged in); the camera thread closes it when the screen stops."""
        super().__init__(parent)
        self.guide = Guide(hold_s)  # hint and countdown (kiosk.photo.guide)
        self.analysis: Analysis | None = None
        self.result: AcceptedPhoto | None = None  # the photo under review
        self.voice: PhotoVoice | None = None  # spoken guidance for the sitter (main window sets it)
        self.tracker = LiveTracker()  # follows the face between live frames (the analysis thread's own)
        self.title = label("title")
        self.hint = label("title")
        self.status = label("error")
        self.actual = label()
        self.actual_caption = label()
        self.view = CameraView(open_camera, analyse=self._analyse, on_analysis=self._analysed,
                               on_status=self.status.setText, overlay=self._draw_guide)
        self.shutter = self._button("primary", self.take)
        self.retake = self._button("", self.start)
        self.accept_button = self._button("done", lambda: self.accept())  # not clicked's `checked` as a reason
        self.back = self._button("", self.cancel)
        # A head covering worn for a religious or medical reason (PHOTO-SPEC.md): the operator accepts
        # it with the reason, which the photo event carries as a flag (never as text)
        self.covering_buttons = {reason: self._button("", lambda _=False, r=reason: self.accept(r))
                                 for reason in HEAD_COVERING_REASONS}
        self.hand_over = self._button("", self.self_service_requested.emit)
        self.self_service = self_service  # the applicant's own photo: each capture goes to their choice
        for text in (self.title, self.hint, self.status, self.actual_caption):
            self._big(text)
        row = QHBoxLayout()
        for b in (self.shutter, self.retake, self.accept_button, *self.covering_buttons.values(), self.back,
                  self.hand_over):
            row.addWidget(b)
        for w in (self.title, self.hint, self.back, self.hand_over) if self_service else ():
            w.hide()  # the attendee's page around it speaks their language
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        pictures = QHBoxLayout()
        pictures.addWidget(self.view, 1)
        true_size = QVBoxLayout()  # the review's photo as it will be on paper, beside the large one
        true_size.addStretch(1)
        true_size.addWidget(self.actual)
        true_size.addWidget(self.actual_caption)
        true_size.addStretch(1)
        pictures.addLayout(true_size)
        layout.addLayout(pictures, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self._reviewing(False)
        self.retranslate()

    @property
    def hold_s(self) -> float:
        """Seconds every check must hold before the photo is taken by itself."""
        return self.guide.hold_s

    @hold_s.setter
    def hold_s(self, seconds: float) -> None:
        self.guide.hold_s = seconds

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
        self.actual_caption.setText(self.tr("Actual size"))
        self.covering_buttons["religious"].setText(self.tr("Religious reason"))
        self.covering_buttons["medical"].setText(self.tr("Medical reason"))

    def hint_text(self, h: Hint) -> str:
        """A hint code (kiosk.photo.messages) in the screen's language."""
        p: dict[str, Any] = h.params
        texts = {
            "no_face": self.tr("No face found: face the camera."),
            "one_person": self.tr("Only the applicant may be in the picture."),
            "head_cut_off": self.tr("The head is cut off: step back and move to the centre."),
            "head_top_unseen": self.tr("The top of the head cannot be seen: step back a little."),
            "backdrop_contrast": self.tr("The hair cannot be told from the backdrop: make the backdrop brighter."),
            "move_closer": self.tr("Too far: come closer to the camera."),
            "step_back": self.tr("Too close: step back a little."),
            "move_centre": self.tr("Move to the centre."),
            "head_straight": self.tr("The head is tilted: hold it straight."),
            "look_at_camera": self.tr("The head is turned: look straight at the camera."),
            "chin_down": self.tr("The chin is up: lower it a little."),
            "chin_up": self.tr("The head is bowed: raise the chin a little."),
            "open_eyes": self.tr("The eyes look closed: open them."),
            "show_eyes": self.tr("The eyes cannot be seen: take off sunglasses, move the hair away."),
            "glasses_glare": self.tr("Light reflects in the glasses: tilt the head slightly or take them off."),
            "close_mouth": self.tr("Close the mouth."),
            "hold_still": self.tr("Blurred: hold still and try again."),
            "too_dark": self.tr("Too dark: more light please."),
            "too_bright": self.tr("Too bright: less light please."),
            "shadow": self.tr("A shadow on the face: adjust the light."),
            "plain_background": self.tr("The background is not plain: stand in front of the backdrop."),
            "remove_hat": self.tr("Please take off the hat (for a religious or medical reason, ask the staff)."),
        }
        text = texts.get(h.code, h.code)
        if h.code == "keep_still":
            return self.tr("Hold still… %1").replace("%1", str(p.get("seconds", 0)))
        if h.code == "move_centre" and "toward" in p:  # the preview is a mirror: their left is on the left
            text += " ←" if p["toward"] == "left" else " →"
        if h.code == "head_straight" and "angle" in p:
            text += f" ({p['angle']:+.0f}°)"
        return text

    # ---- live ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the live preview (also "retake")."""
        self.result = None
        self.guide.reset()
        self.analysis = None
        self.tracker = LiveTracker()
        self._reviewing(False)
        self.hint.setText("")
        self.status.setText(self.view.start())
        if self.voice is not None:
            self.voice.start()

    def _analyse(self, frame: np.ndarray) -> Live:  # the analysis thread
        worker = self.view.worker
        still_h = worker.still_height(frame.shape[0]) if worker is not None else frame.shape[0]
        return analyse_live(self.tracker, frame, still_h)

    def _reviewing(self, on: bool) -> None:
        self.hand_over.setVisible(not on and not self.self_service)
        self.actual.setVisible(on)
        self.actual_caption.setVisible(on)
        if not on:
            self.actual.clear()
        covering = on and self.result is not None and not self.result.checks.get("head_covering", Check(True)).ok
        self.shutter.setVisible(not on)
        self.retake.setVisible(on)
        self.accept_button.setVisible(on and not covering)  # a head covering is accepted only with its reason
        for b in self.covering_buttons.values():
            b.setVisible(covering)

    def _draw_guide(self, painter: QPainter, scale: float, frame_w: int, live: Live) -> None:
        m, a = live.analysis.measure, live.analysis
        if m is None:
            return
        s = scale / live.k  # preview px per analysed px
        w = frame_w * live.k
        painter.setPen(QPen(GREEN if a.ok else ORANGE, 4))
        cx = (w - m.center_x) * s  # the preview is mirrored
        top = m.crown_y if m.crown_y is not None else m.face.y
        half_w = m.face.w * 0.5 * s
        painter.drawEllipse(QPointF(cx, (top + m.chin_y) / 2 * s), half_w, (m.chin_y - top) / 2 * s)
        for y in (m.crown_y, m.chin_y):
            if y is not None:
                painter.drawLine(QPointF(cx - half_w * 1.6, y * s), QPointF(cx + half_w * 1.6, y * s))
        if a.crop is not None:  # what becomes the 35 × 45 mm photo, so nobody is surprised by the review
            b = a.crop.box
            rect = QRectF((w - b.x - b.w) * s, b.y * s, b.w * s, b.h * s)
            for colour, width, style in ((QColor(40, 40, 40), 4, Qt.PenStyle.SolidLine),
                                         (QColor("white"), 2, Qt.PenStyle.DashLine)):  # seen on a white backdrop too
                painter.setPen(QPen(colour, width, style))
                painter.drawRect(rect)

    def _analysed(self, live: Live) -> None:
        if self.result is not None:
            return
        self.analysis = live.analysis
        told, due = self.guide.update(live.analysis, time.monotonic())
        self.hint.setText(self.hint_text(told))
        if self.voice is not None:  # the countdown's seconds, or the hint, spoken to the sitter
            if told.code == "keep_still":
                self.voice.count(int(told.params.get("seconds", 0)))
            else:
                self.voice.hint(told.code, told.params)
        if due:
            self.take()

    # ---- review --------------------------------------------------------------------------------

    def take(self) -> None:
        """The shutter, or the automatic capture: a full-resolution still from the camera (a webcam
        switches mode for it, which takes a moment; the picture is frozen meanwhile anyway), then
        the review. Should the still not come, the newest preview frame is used."""
        if self.view.last is None:
            return
        future = self.view.still()
        try:
            frame = future.result(timeout=STILL_WAIT_S) if future is not None else None
        except TimeoutError:
            frame = None
        if frame is None:
            frame = self.view.last
        self.view.stop()  # the review needs no live picture; "retake" starts the camera again
        self.review(frame)

    def review(self, frame: np.ndarray) -> None:
        """The full check on the still itself (full resolution), the crop, and the verdict."""
        a = analyse(frame, still_scale=1.0)
        image = crop_image(frame, a.crop) if a.crop is not None else centre_crop(frame)
        camera_h = a.crop.box.h if a.crop is not None else frame.shape[0]  # camera pixels behind the file
        upscaled = a.crop.upscaled if a.crop is not None else frame.shape[0] < EXPORT_H
        self.result = AcceptedPhoto(image, encode_jpeg(image), a.ok, upscaled, dict(a.checks), camera_px=camera_h)
        found = hints(a)
        shown = found[:2] + [h for h in found[2:] if h.check == "head_covering"]  # why the reason buttons show
        told = [self.hint_text(h) for h in shown]
        text = " ".join(told) if told else self.tr("All checks passed.")
        if upscaled:  # said, never hidden
            text += " " + self.tr("(The photo file is enlarged from %1 px of camera height.)").replace(
                "%1", str(camera_h))
        if not a.checks.get("head_covering", Check(True)).ok:  # for the operator: what the two buttons do
            text += "\n" + self.tr("Worn for a religious or medical reason? Choose the reason to use this photo.")
        self.hint.setText(text)
        self._show_true_size(image)
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
        self._show_true_size(photo.image)
        self._reviewing(True)

    def _show_true_size(self, image: np.ndarray) -> None:
        """The photo large (to judge it) and, beside it, at its printed 35 × 45 mm on this screen
        (from the screen's physical DPI), so nobody is surprised by the size on paper."""
        self.view.show_still(image)
        dpi = self.screen().physicalDotsPerInch() if self.screen() is not None else 96.0
        w, h = round(PHOTO_W_MM / 25.4 * dpi), round(PHOTO_H_MM / 25.4 * dpi)
        self.actual.setPixmap(to_pixmap(cv2.resize(image, (w, h), interpolation=cv2.INTER_AREA), QSize(w, h)))

    def accept(self, head_covering: str | None = None) -> None:
        """`head_covering`: the reason the operator chose for accepting a head covering."""
        if self.result is None:
            return
        photo, self.result = replace(self.result, head_covering=head_covering), None
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

