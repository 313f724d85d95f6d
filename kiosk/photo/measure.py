"""Face, eyes, crown and chin in a camera frame, with OpenCV's bundled Haar cascades (they ship in the
opencv-python-headless 4.x wheel; nothing is downloaded). Coordinates are pixels of the input."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np

DETECT_WIDTH = 640  # faces are found on a copy this wide: fast, and a booth face is large


@cache
def _cascade(name: str) -> cv2.CascadeClassifier:
    return cv2.CascadeClassifier(cv2.data.haarcascades + name)


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    def dict(self) -> dict[str, int]:
        return {"x": self.x, "y": self.y, "w": self.w, "h": self.h}


@dataclass(frozen=True)
class Measure:
    face: Box
    eyes: tuple[tuple[float, float], ...]  # eye centres found (0, 1 or 2)
    eye_y: float
    chin_y: float
    crown_y: float
    center_x: float
    crown_from_hair: bool  # False: crown taken as far above the eyes as the chin is below


def find_faces(bgr: np.ndarray) -> list[Box]:
    scale = min(1.0, DETECT_WIDTH / bgr.shape[1])
    small = cv2.resize(bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else bgr
    gray = cv2.equalizeHist(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))
    found = _cascade("haarcascade_frontalface_alt2.xml").detectMultiScale(
        gray, scaleFactor=1.1, minNeighbors=6, minSize=(int(small.shape[1] * 0.08),) * 2)
    return [Box(*(int(round(v / scale)) for v in f)) for f in found]


def find_eyes(bgr: np.ndarray, face: Box) -> list[tuple[float, float]]:
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    top = gray[face.y: face.y + face.h // 2, face.x: face.x + face.w]
    eyes = _cascade("haarcascade_eye.xml").detectMultiScale(top, 1.1, 5, minSize=(face.w // 8,) * 2)
    centres = []
    for x, y, w, h in eyes:
        # the pupil: the darkest spot in the middle of the eye box (the box itself is too coarse for roll)
        inner = cv2.GaussianBlur(top[y + h // 4: y + 3 * h // 4, x + w // 6: x + 5 * w // 6], (5, 5), 0)
        _, _, (px, py), _ = cv2.minMaxLoc(inner)
        centres.append((face.x + x + w // 6 + px, face.y + y + h // 4 + py))
    centres.sort()
    return centres[:2] if len(centres) >= 2 else centres


def _background(bgr: np.ndarray) -> np.ndarray:
    """The backdrop's colour: the median of the top strip of the frame."""
    strip = bgr[: max(2, bgr.shape[0] // 20)]
    return np.median(strip.reshape(-1, 3), axis=0)


def measure(bgr: np.ndarray, face: Box) -> Measure:
    eyes = find_eyes(bgr, face)
    eye_y = float(np.mean([e[1] for e in eyes])) if eyes else face.y + face.h * 0.38
    center_x = float(np.mean([e[0] for e in eyes])) if len(eyes) == 2 else face.x + face.w / 2
    chin_y = face.y + face.h * 1.05  # the Haar box ends just under the mouth
    # Crown: walk up from the face over the backdrop until the rows stop differing from it.
    bg = _background(bgr)
    band = bgr[:, int(center_x - face.w * 0.25): int(center_x + face.w * 0.25)].astype(np.int16)
    differs = np.abs(band - bg).mean(axis=(1, 2)) > 28
    y = int(face.y)
    while y > 0 and differs[y - 1]:
        y -= 1
    symmetric = eye_y - (chin_y - eye_y)
    from_hair = y > 0 and (eye_y - y) <= 1.25 * (chin_y - eye_y)  # past that: backdrop not plain, or cut off
    return Measure(face, tuple(eyes), eye_y, chin_y, float(y) if from_hair else symmetric, center_x, from_hair)
