"""The live preview's analyses: the applicant's face followed from frame to frame as MediaPipe's
own tracking does — the mesh of one frame gives the region for the next, so the face detector (the
costliest model) runs only every few frames, to count the people in the picture, or when the face
is lost. One tracker per live session, used by one thread."""

from __future__ import annotations

import numpy as np

from kiosk.photo import mesh_index as ix
from kiosk.photo.landmarks import Detection, Roi, face_mesh, roi_from_mesh
from kiosk.photo.measure import MESH_PRESENCE, Found, find_faces
from kiosk.photo.pipeline import Analysis, assemble

DETECT_EVERY = 6  # frames; at 15 analyses a second a second person is noticed within half a second


class LiveTracker:
    def __init__(self) -> None:
        self._roi: Roi | None = None
        self._others: list[Found] = []  # the other people the detector saw last time
        self._since_detect = 0

    def analyse(self, bgr: np.ndarray, still_scale: float | None = None) -> Analysis:
        faces = self._follow(bgr) if self._roi is not None and self._since_detect < DETECT_EVERY else None
        if faces is None:
            faces = find_faces(bgr)
            self._others, self._since_detect = faces[1:], 0
        else:
            self._since_detect += 1
        self._roi = roi_from_mesh(faces[0].mesh.points) if faces else None
        return assemble(bgr, faces, still_scale, live=True)

    def _follow(self, bgr: np.ndarray) -> list[Found] | None:
        assert self._roi is not None
        mesh = face_mesh(bgr, self._roi)
        if mesh.presence < MESH_PRESENCE:
            return None  # lost: the detector looks again
        oval = mesh.points[list(ix.FACE_OVAL), :2]
        (x0, y0), (x1, y1) = oval.min(axis=0), oval.max(axis=0)
        followed = Detection((float(x0), float(y0), float(x1 - x0), float(y1 - y0)), np.zeros((6, 2)), mesh.presence)
        return [Found(followed, mesh), *self._others]
