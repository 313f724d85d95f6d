"""The crown, found and never guessed: the head (hair included) is cut from the backdrop with
OpenCV's GrabCut, seeded by the face mesh, and the crown is the top of that segment over the middle
of the head. Where the segment runs into the top of the frame the top of the head cannot be seen,
and the caller refuses the photo instead of inventing a crown.

We measure the top of whatever sits on the head: for a hair bun that is the top of the bun (the
passport rule's 'top of the head' taken as the outline a person sees; docs/photo.md says why)."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.photo import mesh_index as ix
from kiosk.photo.imaging import shrink

WORK_W = 160  # the head region is segmented on a copy this wide: ~30-90 ms a still on 2 cores
LIVE_W, LIVE_ITER = 96, 1  # a preview frame's coarser segment (the still is measured again in full);
# on the 13 dev portraits one iteration finds every crown within 1.7 %, two lost one
BAND = 0.3  # the crown is looked for over the middle ± this × the face width
MIN_COLUMNS = 0.08  # a row belongs to the head when this share of the band is head
# Seed priors, generous first: the head ellipse around the forehead point (× face width, × face
# height); when that segment leaks into the frame's top, a tighter one is tried before giving up.
PRIORS = ((0.75, 0.45), (0.6, 0.3))


@dataclass(frozen=True)
class Head:
    crown_y: float | None  # None: the top of the head is not visible (cut off, or lost in the backdrop)
    crown_x: float
    touches_top: bool  # the head's segment reaches the top edge of the frame
    mask: np.ndarray  # bool, the head in the work region (for the background check)
    work: np.ndarray  # the work region itself, as small as the mask (BGR)
    origin: tuple[int, int]  # the work region's top-left corner in the frame
    scale: float  # work-region pixels per frame pixel

    def moved(self, dx: float, dy: float) -> Head:
        """The same segment carried along with a head that moved by (dx, dy) frame pixels."""
        ix_, iy = round(dx), round(dy)
        crown = None if self.crown_y is None else self.crown_y + iy
        return Head(crown, self.crown_x + ix_, self.touches_top, self.mask, self.work,
                    (self.origin[0] + ix_, self.origin[1] + iy), self.scale)


def _segment(small: np.ndarray, q: np.ndarray, w: float, h: float, prior: tuple[float, float],
             iterations: int) -> np.ndarray:
    """GrabCut with the face oval as sure head, an ellipse around the forehead as probable head, and
    above the eyes everything more than one face width from the middle as sure backdrop."""
    mask = np.full(small.shape[:2], cv2.GC_PR_BGD, np.uint8)
    cx = float(q[[ix.CHEEK_R, ix.CHEEK_L], 0].mean())
    eye_y = int(q[[ix.EYE_R_OUTER, ix.EYE_L_OUTER], 1].mean())
    top = q[ix.FOREHEAD, 1]
    cv2.ellipse(mask, (int(cx), int(top)), (int(prior[0] * w), int(prior[1] * h)), 0, 0, 360, cv2.GC_PR_FGD, -1)
    cv2.fillPoly(mask, [q[list(ix.FACE_OVAL)].astype(np.int32)], cv2.GC_FGD)
    reach = np.zeros_like(mask)
    cv2.ellipse(reach, (int(cx), eye_y), (int(w), max(1, int(eye_y - (top - 1.05 * h)))), 0, 0, 360, 1, -1)
    upper = mask[:eye_y]
    upper[reach[:eye_y] == 0] = cv2.GC_BGD
    bgd, fgd = np.zeros((1, 65)), np.zeros((1, 65))
    cv2.grabCut(small, mask, None, bgd, fgd, iterations, cv2.GC_INIT_WITH_MASK)
    head = ((mask == cv2.GC_FGD) | (mask == cv2.GC_PR_FGD)).astype(np.uint8)
    _, labels = cv2.connectedComponents(head)
    nose = q[ix.NOSE_BRIDGE].astype(int)
    return labels == labels[min(nose[1], labels.shape[0] - 1), min(nose[0], labels.shape[1] - 1)]


def find_head(bgr: np.ndarray, points: np.ndarray, live: bool = False) -> Head:
    """`points`: the face mesh (468 × 3, frame pixels); `live`: coarser and faster, for the preview."""
    work_w, iterations = (LIVE_W, LIVE_ITER) if live else (WORK_W, 4)
    w = float(np.linalg.norm(points[ix.CHEEK_L, :2] - points[ix.CHEEK_R, :2]))
    h = float(points[ix.CHIN, 1] - points[ix.FOREHEAD, 1])
    cx = float(points[[ix.CHEEK_R, ix.CHEEK_L], 0].mean())
    fh, fw = bgr.shape[:2]
    x0, x1 = int(max(0, cx - 1.7 * w)), int(min(fw, cx + 1.7 * w))
    y0, y1 = int(max(0, points[ix.FOREHEAD, 1] - 1.2 * h)), int(min(fh, points[ix.CHIN, 1]))
    roi = bgr[y0:y1, x0:x1]
    if roi.shape[0] < 8 or roi.shape[1] < 8:  # the face lies (almost) outside the frame
        return Head(None, cx, False, np.zeros((1, 1), bool), np.zeros((1, 1, 3), np.uint8), (x0, y0), 1.0)
    k = work_w / max(1, roi.shape[1])
    small = shrink(roi, (work_w, max(8, round(roi.shape[0] * k))))
    q = (points[:, :2] - (x0, y0)) * k
    band = slice(max(0, int((cx - x0 - BAND * w) * k)), int((cx - x0 + BAND * w) * k) + 1)
    head, top = np.zeros(small.shape[:2], bool), None
    for prior in PRIORS:
        head = _segment(small, q, w * k, h * k, prior, iterations)
        rows = np.flatnonzero(head[:, band].mean(axis=1) >= MIN_COLUMNS)
        top = int(rows[0]) if rows.size else None
        if top is not None and top > 0:
            break
    touches = top is not None and top == 0 and y0 == 0
    crown = None if top is None or touches else y0 + top / k
    if top == 0 and y0 > 0:  # ran 1.2 face heights above the forehead: the backdrop is not told apart
        crown = None
    return Head(crown, cx, touches, head, small, (x0, y0), k)
