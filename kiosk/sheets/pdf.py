"""An exact-size PDF page of application photos, written directly (no toolkit in between).

The page's MediaBox is the paper's size; the photo is embedded once as a JPEG resampled to exactly
35 × 45 mm at the chosen resolution and drawn at each slot at 100 % with thin cut guides in the
margins. The PDF lives in memory: it goes to CUPS as a byte stream, never as a file of ours.
"""

from __future__ import annotations

import cv2
import numpy as np

from kiosk.sheets.layout import PHOTO_H, PHOTO_W, Layout

PT_PER_MM = 72 / 25.4
GUIDE_MM = 1.5  # length of a cut guide tick, drawn outside the photo


class SheetError(ValueError):
    pass


def photo_pixels(dpi: int) -> tuple[int, int]:
    return round(PHOTO_W / 25.4 * dpi), round(PHOTO_H / 25.4 * dpi)


def decode(jpeg: bytes) -> np.ndarray:
    """The photo's pixels; SheetError for a damaged image (said before anything is sent anywhere)."""
    image = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise SheetError("写真を読み込めません（壊れた画像） / the photo cannot be read (damaged image)")
    return image


def resample(jpeg: bytes, dpi: int) -> tuple[bytes, int, int]:
    """The photo as a JPEG of exactly 35 × 45 mm at `dpi` (RGB, no metadata)."""
    image = decode(jpeg)
    w, h = photo_pixels(dpi)
    resized = cv2.resize(image, (w, h), interpolation=cv2.INTER_AREA if image.shape[1] > w else cv2.INTER_CUBIC)
    ok, out = cv2.imencode(".jpg", resized, [cv2.IMWRITE_JPEG_QUALITY, 95])
    if not ok:
        raise SheetError("写真を変換できません / the photo cannot be converted")
    return out.tobytes(), w, h


def _content(layout: Layout) -> bytes:
    H = layout.paper.height  # noqa: N806 (PDF's y axis starts at the bottom)
    k = PT_PER_MM
    ops = []
    for x, y in layout.slots:
        left, bottom = x * k, (H - y - PHOTO_H) * k
        ops.append(f"q {PHOTO_W * k:.4f} 0 0 {PHOTO_H * k:.4f} {left:.4f} {bottom:.4f} cm /Im0 Do Q")
    ops.append("q 0.45 G 0.15 w")  # grey hairlines
    for x, y in layout.slots:
        for cx in (x, x + PHOTO_W):
            for cy in (y, y + PHOTO_H):
                sx = -1 if cx == x else 1
                sy = -1 if cy == y else 1
                px, py = cx * k, (H - cy) * k
                ops.append(f"{px + sx * 0.3 * k:.3f} {py:.3f} m {px + sx * GUIDE_MM * k:.3f} {py:.3f} l S")
                ops.append(f"{px:.3f} {py - sy * 0.3 * k:.3f} m {px:.3f} {py - sy * GUIDE_MM * k:.3f} l S")
    ops.append("Q")
    return "\n".join(ops).encode()


def image_pdf(width_mm: float, height_mm: float, jpeg: bytes, px: tuple[int, int], content: bytes) -> bytes:
    """A one-page PDF of the given size whose content stream draws the embedded JPEG as /Im0."""
    w, h = px
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width_mm * PT_PER_MM:.4f} {height_mm * PT_PER_MM:.4f}] "
         f"/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>").encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB "
         f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n").encode() + jpeg + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def sheet_pdf(jpeg: bytes, layout: Layout, dpi: int = 300) -> bytes:
    if dpi not in (300, 600):
        raise SheetError("解像度は 300 か 600 です / dpi must be 300 or 600")
    image, w, h = resample(jpeg, dpi)
    return image_pdf(layout.paper.width, layout.paper.height, image, (w, h), _content(layout))
