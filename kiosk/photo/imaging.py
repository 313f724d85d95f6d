"""Small image helpers the photo modules share."""

from __future__ import annotations

import cv2
import numpy as np


def shrink(img: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """`img` resized down to `size` (w, h) by area averaging. A 4K frame going down to a model's
    192 px would average millions of pixels: first every k-th pixel is kept so that about 4 source
    pixels remain per output pixel a side (the area averaging then still smooths them)."""
    k = int(min(img.shape[1] / max(1, size[0]), img.shape[0] / max(1, size[1])) // 4)
    if k >= 2:
        img = img[::k, ::k]
    return cv2.resize(img, size, interpolation=cv2.INTER_AREA)


def inside(gray: np.ndarray, pts: np.ndarray) -> np.ndarray:
    """The pixels of `gray` inside the polygon `pts` (frame pixels), computed on its bounding box."""
    x0, y0 = np.maximum(0, np.floor(pts.min(axis=0)).astype(int))
    x1, y1 = np.ceil(pts.max(axis=0)).astype(int) + 1
    roi = gray[y0:y1, x0:x1]
    if roi.size == 0:
        return roi.reshape(-1)
    mask = np.zeros(roi.shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(pts - (x0, y0)).astype(np.int32)], 1)
    return roi[mask.astype(bool)]
