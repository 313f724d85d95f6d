"""Rebuild the demo camera video: `python assets/demo/make_demo.py assets/demo/demo-camera.mp4`.
The portrait and its licence: assets/demo/SOURCE.md."""

import math
import sys
from pathlib import Path

import cv2
import numpy as np

W, H, FPS, N = 1280, 720, 15, 45
PORTRAIT = Path(__file__).resolve().parents[2] / "tests" / "photo" / "data" / "dev" / "hiv-demoImage-4people.jpg"


def portrait() -> np.ndarray:
    """The third panel (plain white backdrop) of HivisionIDPhotos' demo image, as photo-dev cut it."""
    return cv2.imread(str(PORTRAIT))[:, 1215:1819].copy()


def main(target: str, fourcc: str = "mp4v") -> None:
    img = portrait()
    bg = np.median(img[:30].reshape(-1, 3), axis=0).tolist()
    out = cv2.VideoWriter(target, cv2.VideoWriter_fourcc(*fourcc), FPS, (W, H))
    for i in range(N):
        t = i / FPS
        s = 0.8 * (1 + 0.01 * math.sin(2 * math.pi * t / 3))  # leaning in and out a little
        dx, dy = 6 * math.sin(2 * math.pi * t / 3), 2 * math.sin(2 * math.pi * t / 1.5)  # swaying
        m = np.float64([[s, 0, (W - img.shape[1] * s) / 2 + dx], [0, s, H - img.shape[0] * s + 4 + dy]])
        out.write(cv2.warpAffine(img, m, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT,
                                 borderValue=bg))
    out.release()


if __name__ == "__main__":
    main(*sys.argv[1:])
