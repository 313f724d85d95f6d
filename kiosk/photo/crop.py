"""The 35 × 45 mm crop (Japanese passport geometry, which satisfies J-LIS; ../shared/PHOTO-SPEC.md):
crown to chin 34 mm (32–36), 4 mm (2–6) above the crown, face centre in the middle (17.5 mm)."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.photo.measure import Box, Measure

PHOTO_W_MM, PHOTO_H_MM = 35.0, 45.0
CROWN_CHIN_MM, TOP_MARGIN_MM = 34.0, 4.0
EXPORT_W, EXPORT_H = 827, 1063  # 600 dpi equivalent: the online application's minimum is 480 px


@dataclass(frozen=True)
class Crop:
    box: Box
    px_per_mm: float
    inside: bool  # the whole rectangle lies within the frame

    @property
    def upscaled(self) -> bool:
        """True when the export has more pixels than the camera gave (said, never hidden)."""
        return self.box.w < EXPORT_W


def crop_rect(m: Measure, frame_w: int, frame_h: int) -> Crop:
    s = (m.chin_y - m.crown_y) / CROWN_CHIN_MM
    w, h = PHOTO_W_MM * s, PHOTO_H_MM * s
    x, y = m.center_x - w / 2, m.crown_y - TOP_MARGIN_MM * s
    box = Box(int(round(x)), int(round(y)), int(round(w)), int(round(h)))
    inside = box.x >= 0 and box.y >= 0 and box.x + box.w <= frame_w and box.y + box.h <= frame_h
    return Crop(box, s, inside)


def crop_image(bgr: np.ndarray, crop: Crop) -> np.ndarray:
    """The 35 × 45 mm photo as an 827 × 1063 BGR array (600 dpi equivalent)."""
    b = crop.box
    top, left = max(0, -b.y), max(0, -b.x)  # a crop reaching past the frame is padded, never shifted
    padded = cv2.copyMakeBorder(bgr, top, max(0, b.y + b.h - bgr.shape[0]), left,
                                max(0, b.x + b.w - bgr.shape[1]), cv2.BORDER_REPLICATE)
    cut = padded[b.y + top: b.y + top + b.h, b.x + left: b.x + left + b.w]
    return cv2.resize(cut, (EXPORT_W, EXPORT_H), interpolation=cv2.INTER_AREA if b.w > EXPORT_W else cv2.INTER_CUBIC)


def encode_jpeg(photo: np.ndarray) -> bytes:
    """JPEG, RGB (3 channels, baseline), no EXIF or other metadata: OpenCV writes only JFIF."""
    ok, jpeg = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 92])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return jpeg.tobytes()


def export_jpeg(bgr: np.ndarray, crop: Crop) -> bytes:
    """The online application file: 827 × 1063 JPEG (see crop_image, encode_jpeg)."""
    return encode_jpeg(crop_image(bgr, crop))
