"""The live preview's analyses: the applicant's face followed from frame to frame as MediaPipe's
own tracking does — the mesh of one frame gives the region for the next, so the face detector (the
costliest model) runs only every few frames, to count the people in the picture, or when the face
is lost. The head's segment (GrabCut, the other big cost) is made every other frame and carried
along in between, as long as the head has moved less than a few pixels. One tracker per live
session, used by one thread. The still is always measured afresh."""

from __future__ import annotations

import numpy as np

from kiosk.photo import mesh_index as ix
from kiosk.photo.head import Head
from kiosk.photo.landmarks import Detection, Roi, face_mesh, roi_from_mesh
from kiosk.photo.measure import MESH_PRESENCE, Found, find_faces
from kiosk.photo.pipeline import Analysis, assemble

DETECT_EVERY = 6  # frames; at 15 analyses a second a second person is noticed within half a second
SEGMENT_EVERY = 2  # frames between two head segments
STILL = 0.03  # moved less than this share of the face width: the segment is carried over


class LiveTracker:
    def __init__(self) -> None:
        self._roi: Roi | None = None
        self._others: list[Found] = []  # the other people the detector saw last time
        self._since_detect = 0
        self._head: Head | None = None  # the last segment, made when the forehead point was at _at
        self._at = np.zeros(2)
        self._head_age = 0

    def analyse(self, bgr: np.ndarray, still_scale: float | None = None) -> Analysis:
        faces = self._follow(bgr) if self._roi is not None and self._since_detect < DETECT_EVERY else None
        if faces is None:
            faces = find_faces(bgr)
            self._others, self._since_detect = faces[1:], 0
        else:
            self._since_detect += 1
        self._roi = roi_from_mesh(faces[0].mesh.points) if faces else None
        carried = self._carry(faces[0].mesh.points) if faces else None
        a = assemble(bgr, faces, still_scale, live=True, head=carried)
        if a.measure is not None and carried is None:
            self._head, self._at, self._head_age = a.measure.head, a.measure.points[ix.FOREHEAD, :2].copy(), 0
        return a

    def _carry(self, points: np.ndarray) -> Head | None:
        """The last segment moved along with the head, or None when a new one is due."""
        self._head_age += 1
        if self._head is None or self._head_age >= SEGMENT_EVERY:
            return None
        width = float(np.linalg.norm(points[ix.CHEEK_L, :2] - points[ix.CHEEK_R, :2]))
        dx, dy = points[ix.FOREHEAD, :2] - self._at
        if np.hypot(dx, dy) > STILL * width:
            return None
        return self._head.moved(float(dx), float(dy))

    def _follow(self, bgr: np.ndarray) -> list[Found] | None:
        assert self._roi is not None
        mesh = face_mesh(bgr, self._roi)
        if mesh.presence < MESH_PRESENCE:
            return None  # lost: the detector looks again
        oval = mesh.points[list(ix.FACE_OVAL), :2]
        (x0, y0), (x1, y1) = oval.min(axis=0), oval.max(axis=0)
        followed = Detection((float(x0), float(y0), float(x1 - x0), float(y1 - y0)), np.zeros((6, 2)), mesh.presence)
        return [Found(followed, mesh), *self._others]
