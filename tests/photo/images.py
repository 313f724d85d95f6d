"""Real photographs for the photo tests, and transforms of them that carry the ground truth along.

The portrait is scikit-image's `astronaut` (Eileen Collins, NASA, public domain), given a booth's
plain backdrop above the head by extending its own light background upwards; the crown, eye line,
chin and face centre were read off the picture by hand. matplotlib's `grace_hopper.jpg` (US Navy,
public domain) wears a hat in front of a flag: a photo that must be refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

PAD = 64  # rows of backdrop added above the portrait (the original has almost no headroom)


@dataclass(frozen=True)
class Truth:
    crown_y: float
    chin_y: float
    eye_y: float
    center_x: float

    def moved(self, m: np.ndarray) -> Truth:
        """Through a 2×3 affine matrix: the crown and chin follow the head's axis."""
        def at(x: float, y: float) -> np.ndarray:
            return m @ np.array([x, y, 1.0])
        crown, chin, eye = at(self.center_x, self.crown_y), at(self.center_x, self.chin_y), at(self.center_x, self.eye_y)
        return Truth(float(crown[1]), float(chin[1]), float(eye[1]), float((crown[0] + chin[0]) / 2))


ASTRONAUT = Truth(crown_y=15 + PAD, chin_y=175 + PAD, eye_y=101 + PAD, center_x=225)


def backdrop(img: np.ndarray) -> np.ndarray:
    return np.median(img[:20].reshape(-1, 3), axis=0)


def astronaut() -> tuple[np.ndarray, Truth]:
    from skimage import data

    img = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    return cv2.copyMakeBorder(img, PAD, 0, 0, 0, cv2.BORDER_CONSTANT, value=backdrop(img).tolist()), ASTRONAUT


def grace_hopper() -> np.ndarray:
    import matplotlib

    path = Path(matplotlib.__file__).parent / "mpl-data" / "sample_data" / "grace_hopper.jpg"
    return cv2.imread(str(path))


def warp(img: np.ndarray, truth: Truth, m: np.ndarray) -> tuple[np.ndarray, Truth]:
    out = cv2.warpAffine(img, m, img.shape[1::-1], flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return out, truth.moved(m)


def shifted(img: np.ndarray, truth: Truth, dx: float, dy: float) -> tuple[np.ndarray, Truth]:
    return warp(img, truth, np.float64([[1, 0, dx], [0, 1, dy]]))


def rotated(img: np.ndarray, truth: Truth, degrees: float) -> tuple[np.ndarray, Truth]:
    return warp(img, truth, cv2.getRotationMatrix2D((truth.center_x, (truth.eye_y + truth.chin_y) / 2), degrees, 1))


def scaled(img: np.ndarray, truth: Truth, s: float) -> tuple[np.ndarray, Truth]:
    out = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC)
    return out, Truth(truth.crown_y * s, truth.chin_y * s, truth.eye_y * s, truth.center_x * s)


def on_canvas(img: np.ndarray, w: int, h: int, x: int, y: int) -> np.ndarray:
    """The picture placed on a larger plain backdrop (further away, or to one side)."""
    canvas = np.empty((h, w, 3), np.uint8)
    canvas[:] = backdrop(img)
    canvas[y:y + img.shape[0], x:x + img.shape[1]] = img
    return canvas


def eyes_closed(img: np.ndarray, eyes: tuple[tuple[float, float], ...]) -> np.ndarray:
    """Each eye covered with the skin just under it: a closed-eye look on the same face."""
    out = img.copy()
    for x, y in eyes:
        x, y = int(x), int(y)
        out[y - 7:y + 5, x - 14:x + 14] = img[y + 14:y + 26, x - 14:x + 14]
    return out


def busy_background(img: np.ndarray) -> np.ndarray:
    """The backdrop above and beside the head replaced by a checked pattern."""
    out = img.copy()
    top = PAD + 40
    yy, xx = np.mgrid[:top, :img.shape[1]]
    pattern = ((xx // 12 + yy // 12) % 2 * 120 + 60).astype(np.uint8)
    plain = np.abs(out[:top].astype(int) - backdrop(img)).mean(axis=2) < 25
    for c in range(3):
        out[:top, :, c][plain] = pattern[plain]
    return out


def second_face(img: np.ndarray) -> np.ndarray:
    """A smaller copy of the face pasted lower right, like someone behind the applicant."""
    out = img.copy()
    small = cv2.resize(img[PAD + 60:PAD + 200, 160:290], None, fx=0.8, fy=0.8, interpolation=cv2.INTER_AREA)
    h, w = small.shape[:2]
    out[400:400 + h, 380:380 + w] = small
    return out
