"""The development portraits with hand-read truth (copied from ../shared/photo-dev; provenance in
tests/photo/SOURCE.md). The four single-person panels are cut from hiv-demoImage-4people.jpg exactly
as photo-dev cut them (columns 2-606, 609-1212, 1215-1819, 1822-2425: pixel-identical to its PNGs),
so they are not stored twice.

HELD_OUT: the images kept aside while the chin offset was set (kiosk.photo.measure.CHIN_BELOW_MESH
is the median over the other nine). The crown method and the checks' thresholds were set looking at
all of them: for those the held-out figures are the astronaut transforms, never used for tuning."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import cv2
import numpy as np

DEV = Path(__file__).parent / "data" / "dev"
PANELS = {f"hiv-demoImage-panel{i + 1}.png": (x, w) for i, (x, w) in
          enumerate(((2, 604), (609, 603), (1215, 604), (1822, 603)))}
HELD_OUT = {"hiv-test1.jpg", "hiv-demoImage-panel4.png", "fr-obama2.jpg", "fr-biden2.jpg"}


def truth() -> list[dict]:
    return json.loads((DEV / "truth.json").read_text())["images"]


def with_truth() -> list[dict]:
    return [t for t in truth() if "crown_y" in t]


@cache
def _image(name: str) -> np.ndarray:
    if name in PANELS:
        x, w = PANELS[name]
        return _image("hiv-demoImage-4people.jpg")[:, x:x + w].copy()
    img = cv2.imread(str(DEV / name))
    assert img is not None, name
    return img


def image(name: str) -> np.ndarray:
    return _image(name).copy()
