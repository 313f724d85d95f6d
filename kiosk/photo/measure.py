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


EYE_FACE_W = 150  # eyes are looked for on the face scaled to this width: small faces lose no eye


def find_eyes(bgr: np.ndarray, face: Box) -> list[tuple[float, float]]:
    """Eye centres, left to right (0, 1 or 2): the eye cascade (then the one trained with glasses) on
    the upper face, one eye per half of the face, then the pupil as the darkest spot of each box."""
    x0, y0 = max(0, face.x), max(0, face.y)
    top = bgr[y0: face.y + int(face.h * 0.6), x0: face.x + face.w]
    if top.size == 0:
        return []
    top = cv2.cvtColor(top, cv2.COLOR_BGR2GRAY)  # only the region: the whole frame costs more than the search
    k = EYE_FACE_W / face.w
    roi = cv2.equalizeHist(cv2.resize(top, None, fx=k, fy=k, interpolation=cv2.INTER_AREA if k < 1 else cv2.INTER_LINEAR))
    best: dict[int, tuple[int, int, int, int]] = {}
    for name in ("haarcascade_eye.xml", "haarcascade_eye_tree_eyeglasses.xml"):
        for x, y, w, h in _cascade(name).detectMultiScale(roi, 1.1, 4, minSize=(EYE_FACE_W // 9,) * 2,
                                                           maxSize=(EYE_FACE_W // 3,) * 2):
            side = int(x + w / 2 > EYE_FACE_W / 2)
            if side not in best or w > best[side][2]:
                best[side] = (x, y, w, h)
        if len(best) == 2:
            break
    centres = []
    for x, y, w, h in best.values():
        inner = cv2.GaussianBlur(roi[y + h // 4: y + 3 * h // 4, x + w // 6: x + 5 * w // 6], (5, 5), 0)
        _, _, (px, py), _ = cv2.minMaxLoc(inner)  # the pupil: the box itself is too coarse for roll
        centres.append((x0 + (x + w // 6 + px) / k, y0 + (y + h // 4 + py) / k))
    return sorted(centres)


def _background(bgr: np.ndarray) -> np.ndarray:
    """The backdrop's colour: the median of the top strip of the frame."""
    strip = bgr[: max(2, bgr.shape[0] // 20)]
    return np.median(strip.reshape(-1, 3), axis=0)


def find_chin(bgr: np.ndarray, face: Box, center_x: float, roll: float = 0.0) -> float:
    """The chin: the first strong bright-to-dark step going down a narrow band under the mouth (skin
    above, the shadow under the jaw or the collar below). The Haar box alone is off by up to 15 %
    of the face height; 1.05 × the box is the fallback when no step stands out."""
    chin_x = center_x - np.sin(roll) * face.h * 0.75  # a tilted head's chin is off the eyes' middle
    x0, x1 = max(0, int(chin_x - face.w * 0.12)), max(1, int(chin_x + face.w * 0.12))
    if x1 <= x0 or x0 >= bgr.shape[1]:
        return face.y + face.h * 1.05
    gray = cv2.cvtColor(np.ascontiguousarray(bgr[:, x0:x1]), cv2.COLOR_BGR2GRAY)
    band = cv2.GaussianBlur(gray, (0, 0), max(1.0, face.h / 80)).astype(np.float32).mean(axis=1)
    d = max(2, face.h // 40)
    step = np.zeros_like(band)
    step[d:-d] = band[: -2 * d] - band[2 * d:]  # > 0: brighter above than below
    lo, hi = int(face.y + 0.85 * face.h), min(len(band) - d, int(face.y + 1.3 * face.h))
    if hi - lo < 3 or step[lo:hi].max() < 15:
        return face.y + face.h * 1.05
    window = step[lo:hi]
    strong = window >= 0.5 * window.max()
    for i in range(len(window)):  # the first peak among the strong ones: the collar comes later
        if strong[i] and (i + 1 == len(window) or window[i + 1] < window[i]):
            return float(lo + i)
    return float(lo + int(np.argmax(window)))


def measure(bgr: np.ndarray, face: Box) -> Measure:
    eyes = find_eyes(bgr, face)
    eye_y = float(np.mean([e[1] for e in eyes])) if eyes else face.y + face.h * 0.38
    center_x = float(np.mean([e[0] for e in eyes])) if len(eyes) == 2 else face.x + face.w / 2
    roll = float(np.arctan2(eyes[1][1] - eyes[0][1], eyes[1][0] - eyes[0][0])) if len(eyes) == 2 else 0.0
    chin_y = find_chin(bgr, face, center_x, roll)
    # Crown: walk up from the face over the backdrop until the rows stop differing from it.
    bg = _background(bgr)
    band = bgr[: max(0, face.y), max(0, int(center_x - face.w * 0.25)): max(0, int(center_x + face.w * 0.25))].astype(np.int16)
    differs = np.abs(band - bg).mean(axis=(1, 2)) > max(10.0, 0.14 * float(bg.mean()))  # relative: dim light too
    y = int(face.y)
    while y > 0 and differs[y - 1]:
        y -= 1
    symmetric = eye_y - (chin_y - eye_y)
    from_hair = y > 0 and (eye_y - y) <= 1.25 * (chin_y - eye_y)  # past that: backdrop not plain, or cut off
    return Measure(face, tuple(eyes), eye_y, chin_y, float(y) if from_hair else symmetric, center_x, from_hair)
