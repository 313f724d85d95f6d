"""Faces: compare the face detectors that ship inside our packages (OpenCV 4.x wheel's Haar cascades)
on transformed copies of a real portrait with the face box carried through each transform; prints
hit rate (IoU >= 0.5 with the truth), false boxes and ms per 640-px frame."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import cv2
import numpy as np

PORTRAIT = Path(__file__).resolve().parent.parent / "tests" / "photo" / "data" / "astronaut.png"
CASCADES = ["haarcascade_frontalface_default.xml", "haarcascade_frontalface_alt.xml",
            "haarcascade_frontalface_alt2.xml", "haarcascade_frontalface_alt_tree.xml"]


def iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    return inter / float(a[2] * a[3] + b[2] * b[3] - inter)


def cases(img: np.ndarray, truth: tuple[int, int, int, int]) -> list[tuple[str, np.ndarray, tuple]]:
    """(name, image, true face box) for shifted, scaled, rotated, darker, blurred, noisy copies."""
    x, y, w, h = truth
    out = [("original", img, truth)]
    for dx in (-60, 60):
        m = np.float32([[1, 0, dx], [0, 1, 0]])
        out.append((f"shift{dx:+d}", cv2.warpAffine(img, m, img.shape[1::-1], borderValue=(225,) * 3),
                    (x + dx, y, w, h)))
    for s in (0.6, 0.8):
        small = cv2.resize(img, None, fx=s, fy=s)
        canvas = np.full_like(img, 225)
        canvas[: small.shape[0], : small.shape[1]] = small
        out.append((f"scale{s}", canvas, tuple(int(v * s) for v in truth)))
    for deg in (-8, 8, 15):
        c = (x + w / 2, y + h / 2)
        m = cv2.getRotationMatrix2D(c, deg, 1.0)
        out.append((f"rot{deg:+d}", cv2.warpAffine(img, m, img.shape[1::-1], borderValue=(225,) * 3), truth))
    out.append(("dark", (img * 0.35).astype(np.uint8), truth))
    out.append(("blur", cv2.GaussianBlur(img, (0, 0), 3), truth))
    noise = np.random.default_rng(0).normal(0, 12, img.shape)
    out.append(("noise", np.clip(img + noise, 0, 255).astype(np.uint8), truth))
    return out


def main() -> None:
    img = cv2.resize(cv2.imread(str(PORTRAIT)), (640, 640))
    ref = cv2.CascadeClassifier(cv2.data.haarcascades + CASCADES[0])
    found = ref.detectMultiScale(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), 1.1, 5, minSize=(80, 80))
    truth = tuple(int(v) for v in max(found, key=lambda b: b[2] * b[3]))  # checked by eye: the face
    data = cases(img, truth)
    print(f"{'detector':40} {'hits':>6} {'false':>6} {'ms/frame':>9}")
    for name in CASCADES:
        cc = cv2.CascadeClassifier(cv2.data.haarcascades + name)
        hits = false = 0
        t0 = time.perf_counter()
        for _, im, t in data:
            boxes = cc.detectMultiScale(cv2.cvtColor(im, cv2.COLOR_BGR2GRAY), 1.1, 5, minSize=(80, 80))
            good = [b for b in boxes if iou(tuple(b), t) >= 0.5]
            hits += bool(good)
            false += len(boxes) - len(good[:1])
        ms = (time.perf_counter() - t0) * 1000 / len(data)
        print(f"{name:40} {hits:>3}/{len(data):<2} {false:>6} {ms:>9.1f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
