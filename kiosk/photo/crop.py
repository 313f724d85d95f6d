"""The 35 × 45 mm crop (Japanese passport geometry, which satisfies J-LIS; ../shared/PHOTO-SPEC.md):
crown to chin 34 mm (32–36), 4 mm (2–6) above the crown, face centre in the middle (17.5 mm)."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.photo.imaging import shrink
from kiosk.photo.measure import Box, Measure

PHOTO_W_MM, PHOTO_H_MM = 35.0, 45.0
CROWN_CHIN_MM, TOP_MARGIN_MM = 34.0, 4.0
EXPORT_W, EXPORT_H = 827, 1063  # 600 dpi equivalent: the online application's minimum is 480 px
MIN_CROP_H = 531  # 45 mm at 300 dpi: fewer camera pixels than this and the print would be enlarged


@dataclass(frozen=True)
class Crop:
    box: Box
    px_per_mm: float
    inside: bool  # the whole rectangle lies within the frame

    @property
    def upscaled(self) -> bool:
        """True when the export has more pixels than the camera gave (said, never hidden)."""
        return self.box.w < EXPORT_W


# The rule's bands (mm): crown to chin 32-36, above the crown 2-6, chin to the bottom 5-9, face
# centre 15.5-19.5 from the left. The aim is the middle; a frame too tight for the aim (a tall
# bun, a head near the top) gets the nearest geometry that fits and still obeys every band.
_CHOICES = sorted(((cc, top, dx) for cc in np.arange(32.0, 36.01, 0.5) for top in np.arange(2.0, 6.01, 0.5)
                   for dx in np.arange(-2.0, 2.01, 0.5) if 5.0 <= PHOTO_H_MM - top - cc <= 9.0),
                  key=lambda g: abs(g[0] - CROWN_CHIN_MM) + abs(g[1] - TOP_MARGIN_MM) + abs(g[2]))


def _rect(m: Measure, cc_mm: float, top_mm: float, dx_mm: float) -> tuple[Box, float]:
    assert m.crown_y is not None
    s = (m.chin_y - m.crown_y) / cc_mm
    w, h = PHOTO_W_MM * s, PHOTO_H_MM * s
    box = Box(int(round(m.center_x - w / 2 + dx_mm * s)), int(round(m.crown_y - top_mm * s)),
              int(round(w)), int(round(h)))
    return box, s


def crop_rect(m: Measure, frame_w: int, frame_h: int) -> Crop | None:
    """The 35 × 45 mm rectangle nearest the aim that lies inside the frame; when none does, the aim
    itself with `inside` False. None when the crown was not seen: no crop on a guessed crown."""
    if m.crown_y is None or m.chin_y <= m.crown_y:
        return None
    for cc, top, dx in _CHOICES:
        box, s = _rect(m, cc, top, dx)
        if box.x >= 0 and box.y >= 0 and box.x + box.w <= frame_w and box.y + box.h <= frame_h:
            return Crop(box, s, True)
    box, s = _rect(m, CROWN_CHIN_MM, TOP_MARGIN_MM, 0.0)
    return Crop(box, s, False)


def crop_image(bgr: np.ndarray, crop: Crop) -> np.ndarray:
    """The 35 × 45 mm photo as an 827 × 1063 BGR array (600 dpi equivalent)."""
    b = crop.box
    top, left = max(0, -b.y), max(0, -b.x)  # a crop reaching past the frame is padded, never shifted
    padded = cv2.copyMakeBorder(bgr, top, max(0, b.y + b.h - bgr.shape[0]), left,
                                max(0, b.x + b.w - bgr.shape[1]), cv2.BORDER_REPLICATE)
    cut = padded[b.y + top: b.y + top + b.h, b.x + left: b.x + left + b.w]
    return shrink(cut, (EXPORT_W, EXPORT_H)) if b.w > EXPORT_W else cv2.resize(cut, (EXPORT_W, EXPORT_H), interpolation=cv2.INTER_CUBIC)


def centre_crop(frame: np.ndarray) -> np.ndarray:
    """No face measured: the largest 35:45 rectangle in the middle, for the operator to judge."""
    h, w = frame.shape[:2]
    cw = min(w, int(h * PHOTO_W_MM / PHOTO_H_MM))
    ch = int(cw * PHOTO_H_MM / PHOTO_W_MM)
    x, y = (w - cw) // 2, (h - ch) // 2
    return shrink(frame[y:y + ch, x:x + cw], (EXPORT_W, EXPORT_H))


def encode_jpeg(photo: np.ndarray) -> bytes:
    """JPEG, RGB (3 channels, baseline), no EXIF or other metadata: OpenCV writes only JFIF."""
    ok, jpeg = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 92])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return jpeg.tobytes()


def export_jpeg(bgr: np.ndarray, crop: Crop) -> bytes:
    """The online application file: 827 × 1063 JPEG (see crop_image, encode_jpeg)."""
    return encode_jpeg(crop_image(bgr, crop))
