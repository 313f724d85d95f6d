"""QR decoding for application forms: from camera frames, still images and handheld USB scanners.

`decode` runs zxing-cpp first (about ten times faster than zbar on a 1280×720 frame, and it reads
rotated, tilted, small and webcam-blurred codes), zxing-cpp again on a sharpened copy (focus blur,
hand shake), then pyzbar. bench/bench_qr.py measures it against the plain decoders. No Qt here.
Decoded text is returned, never logged: a form's payload carries the applicant's 申請書ID.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable

import cv2
import numpy as np
import zxingcpp
from pyzbar import pyzbar

Decoder = Callable[[np.ndarray], list[str]]
log = logging.getLogger("kiosk.qr")


def _gray(frame: np.ndarray) -> np.ndarray:
    return frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)


def decode_pyzbar(frame: np.ndarray) -> list[str]:
    return [s.data.decode("utf-8", "replace") for s in pyzbar.decode(_gray(frame), symbols=[pyzbar.ZBarSymbol.QRCODE])]


def decode_zxing(frame: np.ndarray) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(_gray(frame), formats=zxingcpp.BarcodeFormat.QRCode) if r.valid]


def decode_opencv(frame: np.ndarray) -> list[str]:
    try:
        ok, texts, _, _ = cv2.QRCodeDetector().detectAndDecodeMulti(_gray(frame))
    except cv2.error:  # its clustering step asserts on some frames (OpenCV 4.14)
        return []
    return [t for t in texts if t] if ok else []


def _sharpened(gray: np.ndarray) -> np.ndarray:
    """Unsharp mask: restores module edges softened by focus blur, hand shake or a webcam's JPEG."""
    return cv2.addWeighted(gray, 2.0, cv2.GaussianBlur(gray, (0, 0), 3), -1.0, 0)


def decode(frame: np.ndarray) -> list[str]:
    """The kiosk's decoder: the cheapest stage that finds a code wins. zxing-cpp (about 1 ms on a
    1280×720 frame), zxing-cpp on a sharpened copy (blur), then pyzbar (reads some codes zxing gives up
    on); a frame with no code costs about 15 ms. Stages and figures: bench/bench_qr.py, docs/qr.md."""
    gray = _gray(frame)
    return _safely(decode_zxing, gray) or _safely(decode_zxing, _sharpened(gray)) or _safely(decode_pyzbar, gray)


def _safely(decoder: Decoder, gray: np.ndarray) -> list[str]:
    """A decoder that raises has read nothing in this frame; the next frame is another chance. (pyzbar
    raises ValueError on structured-append symbols: "4294967295 is not a valid ZBarOrientation".)
    Only the exception's type is logged: its message might quote what was read."""
    try:
        return decoder(gray)
    except Exception as exc:  # noqa: BLE001 - any decoder failure is "no read", never fatal
        log.warning("QR decoder %s failed on a frame (%s): no read", decoder.__name__, type(exc).__name__)
        return []


class StableReader:
    """Accept a payload from live video only once the same text was read in `needed` of the last
    `window` frames, so one misread frame never opens anything."""

    def __init__(self, needed: int = 3, window: int = 6) -> None:
        self.needed = needed
        self.recent: deque[str | None] = deque(maxlen=window)

    def feed(self, texts: list[str]) -> str | None:
        self.recent.append(texts[0] if len(texts) == 1 else None)
        candidates = [t for t in self.recent if t is not None]
        for text in set(candidates):
            if candidates.count(text) >= self.needed:
                self.recent.clear()
                return text
        return None

    def reset(self) -> None:
        self.recent.clear()


class KeyboardWedge:
    """A USB handheld scanner types the code like a keyboard and ends with Enter."""

    def __init__(self) -> None:
        self.buffer: list[str] = []

    def key(self, text: str) -> str | None:
        """Feed one key's text; returns the whole code when Enter arrives."""
        if text in ("\r", "\n"):
            code, self.buffer = "".join(self.buffer), []
            return code or None
        self.buffer.append(text)
        return None
