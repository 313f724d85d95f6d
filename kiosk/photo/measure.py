"""Everything the crop and the checks need about one face, read off the face mesh (kiosk.photo.
landmarks) and the head's segment (kiosk.photo.head). Coordinates are pixels of the input frame."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kiosk.photo import mesh_index as ix
from kiosk.photo.head import Head, find_head
from kiosk.photo.landmarks import Detection, Mesh, detect_faces, face_mesh, roi_from_detection, roi_from_mesh

# The mesh's chin point sits on the bony chin; the soft tissue's lowest point is a little lower:
# 2.1 % of the forehead-to-chin distance (median on 9 dev portraits, docs/photo.md).
CHIN_BELOW_MESH = 0.021
MESH_PRESENCE = 0.5  # the mesh's own face score; a false detection reads near 0
OTHER_FACE = 0.35
DETECTORS = ("full",)  # MediaPipe's full-range detector: near faces and a second person further back  # a face at least this fraction of the applicant's width counts as a second person


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
    face: Box  # the face oval's bounding box
    points: np.ndarray  # the 468-point mesh
    eyes: tuple[tuple[float, float], tuple[float, float]]  # eye centres, image left to right
    eye_y: float
    chin_y: float
    crown_y: float | None  # None: the top of the head cannot be seen
    center_x: float
    roll: float  # degrees, + when the head leans to the image's right
    yaw: float  # degrees, from the mesh's depth across the cheeks
    pitch: float  # degrees, from the mesh's depth from forehead to chin (frontal reads about +2..+20)
    eye_open: tuple[float, float]  # lid gap / eye width, each eye
    mouth_open: float  # inner lip gap / mouth width
    head: Head


def _dist(p: np.ndarray, a: int, b: int) -> float:
    return float(np.linalg.norm(p[a, :2] - p[b, :2]))


def _opening(p: np.ndarray, lids: tuple[tuple[int, int], ...], corner_a: int, corner_b: int) -> float:
    return float(np.mean([_dist(p, u, d) for u, d in lids])) / max(1e-6, _dist(p, corner_a, corner_b))


def _angle(dy: float, dx: float) -> float:
    return float(np.degrees(np.arctan2(dy, dx)))


def measure_mesh(bgr: np.ndarray, mesh: Mesh, live: bool = False, head: Head | None = None) -> Measure:
    """`head`: a segment already made for this head (the live tracker's), else one is made."""
    p = mesh.points
    oval = p[list(ix.FACE_OVAL), :2]
    x0, y0 = oval.min(axis=0)
    x1, y1 = oval.max(axis=0)
    eye_r = p[[ix.EYE_R_OUTER, ix.EYE_R_INNER], :2].mean(axis=0)
    eye_l = p[[ix.EYE_L_OUTER, ix.EYE_L_INNER], :2].mean(axis=0)
    down = p[ix.CHIN, :2] - p[ix.FOREHEAD, :2]  # along the face, so a tilted head's chin stays on it
    chin = p[ix.CHIN, :2] + CHIN_BELOW_MESH * down
    head = head if head is not None else find_head(bgr, p, live)
    return Measure(
        face=Box(int(x0), int(y0), int(x1 - x0), int(y1 - y0)), points=p,
        eyes=(tuple(eye_r), tuple(eye_l)) if eye_r[0] <= eye_l[0] else (tuple(eye_l), tuple(eye_r)),
        eye_y=float((eye_r[1] + eye_l[1]) / 2), chin_y=float(chin[1]), crown_y=head.crown_y,
        center_x=float((eye_r[0] + eye_l[0]) / 2),
        roll=_angle(p[ix.EYE_L_OUTER, 1] - p[ix.EYE_R_OUTER, 1], p[ix.EYE_L_OUTER, 0] - p[ix.EYE_R_OUTER, 0]),
        yaw=_angle(p[ix.CHEEK_L, 2] - p[ix.CHEEK_R, 2], p[ix.CHEEK_L, 0] - p[ix.CHEEK_R, 0]),
        pitch=_angle(p[ix.CHIN, 2] - p[ix.FOREHEAD, 2], p[ix.CHIN, 1] - p[ix.FOREHEAD, 1]),
        eye_open=(_opening(p, ix.LIDS_R, ix.EYE_R_OUTER, ix.EYE_R_INNER),
                  _opening(p, ix.LIDS_L, ix.EYE_L_OUTER, ix.EYE_L_INNER)),
        mouth_open=_dist(p, ix.LIP_INNER_TOP, ix.LIP_INNER_BOTTOM) / max(1e-6, _dist(p, ix.MOUTH_R, ix.MOUTH_L)),
        head=head)


@dataclass(frozen=True)
class Found:
    """A face the detector found and the mesh confirmed (its first-pass mesh, reused by measure)."""

    detection: Detection
    mesh: Mesh


def find_faces(bgr: np.ndarray, detectors: tuple[str, ...] = DETECTORS) -> list[Found]:
    """The applicant first (the largest face), then anyone else large enough to be a person in the
    picture rather than a face on a poster far behind. A detection counts only when the face mesh
    agrees there is a face (a flag or a pattern can fool the detector)."""
    found: list[Found] = []
    for d in (d for name in detectors for d in detect_faces(bgr, name)):
        if any(_same(d, f.detection) or _same(f.detection, d) for f in found):
            continue
        mesh = face_mesh(bgr, roi_from_detection(d))
        if mesh.presence >= MESH_PRESENCE:
            found.append(Found(d, mesh))
    if not found:
        return []
    found.sort(key=lambda f: -f.detection.box[2])
    main = found[0]
    return [main, *(f for f in found[1:] if f.detection.box[2] >= OTHER_FACE * main.detection.box[2])]


def _same(a: Detection, b: Detection) -> bool:
    """a's centre lies within b's box: one face seen twice."""
    ax, ay = a.box[0] + a.box[2] / 2, a.box[1] + a.box[3] / 2
    return b.box[0] <= ax <= b.box[0] + b.box[2] and b.box[1] <= ay <= b.box[1] + b.box[3]


def measure(bgr: np.ndarray, face: Found, live: bool = False, head: Head | None = None) -> Measure:
    """`live`: a preview frame — the first-pass mesh and a coarser head segment (about 3× faster);
    a still gets the mesh refined on its own ROI and the full segment."""
    mesh = face.mesh if live else face_mesh(bgr, roi_from_mesh(face.mesh.points))
    return measure_mesh(bgr, mesh, live, head)
