"""Quality checks, each a named function returning Check(ok, code, params): the code names the hint
for the person in front of the camera (kiosk.photo.messages words it for the command line, the
screen translates it). Methods and thresholds, and the portraits they were set on: docs/photo.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from kiosk.photo import mesh_index as ix
from kiosk.photo.crop import MIN_CROP_H, Crop
from kiosk.photo.imaging import inside, shrink
from kiosk.photo.measure import Found, Measure
from kiosk.photo.messages import text

ROLL_MAX = 8.0  # degrees (ICAO)
YAW_MAX = 10.0  # degrees of mesh yaw; frontal dev portraits read -7..+3
PITCH_RANGE = (-8.0, 28.0)  # degrees of mesh pitch; frontal dev portraits read +2..+21
EYE_OPEN_MIN = 0.12  # lid gap / eye width; open eyes read 0.20-0.34, smiling ones included
MOUTH_OPEN_MAX = 0.2  # inner-lip gap / mouth width; closed dev mouths 0.02-0.12, speaking 0.48
TEETH_MAX = 0.065  # teeth seen / mouth width²; closed dev mouths 0-0.052, smiles with teeth 0.076+
SHARP_MIN = 35.0  # Laplacian variance of the face at 160 px wide; dev portraits 120-480
EVEN_LIGHT_MIN = 0.5  # darker cheek / brighter cheek; side-lit but fine dev portraits read 0.6
# Lab distance between the top of the head's segment and the hair at the temples: bare heads on the
# 23 dev faces read 2-80 (80: lit white hair over shadowed sides), Grace Hopper's cap 167. The
# threshold sits midway; one hat is all the evidence there is (docs/photo.md).
HAT_COLOUR_MIN = 120.0


@dataclass(frozen=True)
class Check:
    ok: bool
    code: str = ""  # the hint code when not ok (kiosk.photo.messages)
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def detail(self) -> str:
        """Japanese / English ('' when ok), as the command line prints it."""
        return text(self.code, self.params)


PASS = Check(True)


def _gray(bgr: np.ndarray, gray: np.ndarray | None = None) -> np.ndarray:
    """The frame in grey (`gray` when the caller converted it already: once per analysis)."""
    return gray if gray is not None else cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)


def _patch(gray: np.ndarray, centre: np.ndarray, r: float) -> np.ndarray:
    """A square around `centre`; a lone grey pixel of the frame's mean when it lies outside."""
    x, y, r = int(centre[0]), int(centre[1]), max(2, int(r))
    patch = gray[max(0, y - r): max(0, y + r), max(0, x - r): max(0, x + r)]
    return patch if patch.size else np.array([gray.mean()])


def one_face(faces: list[Found]) -> Check:
    if not faces:
        return Check(False, "no_face")
    return PASS if len(faces) == 1 else Check(False, "one_person", {"faces": len(faces)})


def crown_visible(m: Measure) -> Check:
    """The top of the head must be seen, never guessed: cut off by the frame, or lost in the backdrop."""
    if m.crown_y is not None:
        return PASS
    return Check(False, "head_top_unseen" if m.head.touches_top else "backdrop_contrast")


def framed(m: Measure, crop: Crop, frame_w: int, frame_h: int) -> Check:
    """The 35 × 45 mm rectangle and the whole face inside the frame (a face cut by the edge fails)."""
    oval = m.points[list(ix.FACE_OVAL), :2]
    face_in = oval.min() >= 0 and oval[:, 0].max() < frame_w and oval[:, 1].max() < frame_h
    return PASS if crop.inside and face_in else Check(False, "head_cut_off")


def face_size(m: Measure, frame_h: int) -> Check:
    ratio = (m.chin_y - (m.crown_y if m.crown_y is not None else m.eye_y)) / frame_h
    if ratio < 0.2:
        return Check(False, "move_closer")
    return Check(False, "step_back") if ratio > 0.85 else PASS


def resolution(crop: Crop, still_scale: float = 1.0) -> Check:
    """Enough camera pixels for 35 × 45 mm at 300 dpi (531 px tall) without enlarging.
    `still_scale`: still height / analysed frame height (a live preview is analysed smaller)."""
    have = crop.box.h * still_scale
    return PASS if have >= MIN_CROP_H else Check(False, "move_closer", {"px": int(have)})


def centred(m: Measure, frame_w: int) -> Check:
    """`toward`: the person's own left or right (the camera faces them: a face on the image's
    left is on their right, so they move to their left)."""
    if abs(m.center_x - frame_w / 2) / frame_w <= 0.2:
        return PASS
    return Check(False, "move_centre", {"toward": "left" if m.center_x < frame_w / 2 else "right"})


def level(m: Measure) -> Check:
    """Head roll from the outer eye corners, within ±8°."""
    return PASS if abs(m.roll) <= ROLL_MAX else Check(False, "head_straight", {"angle": round(m.roll, 1)})


def facing(m: Measure) -> Check:
    """Yaw from the mesh's depth across the cheeks."""
    return PASS if abs(m.yaw) <= YAW_MAX else Check(False, "look_at_camera", {"angle": round(m.yaw, 1)})


def chin_level(m: Measure) -> Check:
    """Pitch from the mesh's depth from forehead to chin: a raised or bowed head."""
    if m.pitch < PITCH_RANGE[0]:
        return Check(False, "chin_down", {"angle": round(m.pitch, 1)})
    if m.pitch > PITCH_RANGE[1]:
        return Check(False, "chin_up", {"angle": round(m.pitch, 1)})
    return PASS


def _eye_stats(bgr: np.ndarray, m: Measure, gray: np.ndarray | None = None) -> list[tuple[float, float, float]]:
    """Per eye: contrast inside the lids (std of grey), mean grey inside, mean grey of the cheek."""
    gray = _gray(bgr, gray)
    out = []
    for eye, cheek in ((ix.EYE_R, ix.CHEEK_PATCH_R), (ix.EYE_L, ix.CHEEK_PATCH_L)):
        seen = inside(gray, m.points[list(eye), :2])
        skin = _patch(gray, m.points[cheek], m.face.w * 0.06)
        if seen.size < 4 or skin.size == 0:
            out.append((0.0, 0.0, 1.0))
            continue
        out.append((float(seen.std()), float(seen.mean()), float(skin.mean())))
    return out


def eyes_open(bgr: np.ndarray, m: Measure, gray: np.ndarray | None = None) -> Check:
    """Lid gap from the mesh, and an eye actually seen between the lids: the mesh alone draws open
    eyes over closed ones, but skin there is as bright as the cheek and even, where an open eye has
    a dark iris and a white (open dev eyes: spread ≥ 0.16 of the cheek's grey or mean ≤ 0.86 of it;
    skin pasted over the eyes: 0.11-0.17 and 0.94-0.96)."""
    lids_ok = min(m.eye_open) >= EYE_OPEN_MIN
    seen = all(std >= 0.2 * skin or mean <= 0.8 * skin for std, mean, skin in _eye_stats(bgr, m, gray))
    return PASS if lids_ok and seen else Check(False, "open_eyes")


def eyes_visible(bgr: np.ndarray, m: Measure, gray: np.ndarray | None = None) -> Check:
    """Sunglasses or hair over the eyes: the eye area much darker than the cheek and featureless."""
    for std, mean, skin in _eye_stats(bgr, m, gray):
        if mean < 0.35 * skin and std < 0.12 * skin:
            return Check(False, "show_eyes")
    return PASS


def no_glare(bgr: np.ndarray, m: Measure, gray: np.ndarray | None = None) -> Check:
    """Light reflected in glasses: blown-out pixels around the eyes (the eye region grown by half)."""
    gray = _gray(bgr, gray)
    for eye in (ix.EYE_R, ix.EYE_L):
        pts = m.points[list(eye), :2]
        c = pts.mean(axis=0)
        area = inside(gray, c + (pts - c) * 1.8)
        if area.size and float((area >= 250).mean()) > 0.05:
            return Check(False, "glasses_glare")
    return PASS


def teeth_seen(bgr: np.ndarray, m: Measure, gray: np.ndarray | None = None) -> float:
    """Bright, unsaturated pixels between the inner lips, per mouth width squared."""
    pts = m.points[list(ix.MOUTH_INNER), :2]
    width = float(np.linalg.norm(m.points[ix.MOUTH_L, :2] - m.points[ix.MOUTH_R, :2]))
    x0, y0 = np.maximum(0, np.floor(pts.min(axis=0)).astype(int))
    x1, y1 = np.ceil(pts.max(axis=0)).astype(int) + 1
    roi = bgr[y0:y1, x0:x1]
    if roi.size == 0 or width < 1:
        return 0.0
    hsv = inside(cv2.cvtColor(roi, cv2.COLOR_BGR2HSV), pts - (x0, y0))
    skin = float(np.mean(_skin(_gray(bgr, gray), m)))
    return float(((hsv[:, 2] > 0.75 * skin) & (hsv[:, 1] < 90)).sum()) / width ** 2


def mouth_closed(bgr: np.ndarray, m: Measure, gray: np.ndarray | None = None) -> Check:
    """Refused: lips apart (speaking) or teeth showing (the passport rule's 'mouth not open')."""
    teeth = teeth_seen(bgr, m, gray)
    if m.mouth_open <= MOUTH_OPEN_MAX and teeth <= TEETH_MAX:
        return PASS
    return Check(False, "close_mouth", {"gap": round(m.mouth_open, 3), "teeth": round(teeth, 3)})


def _face_gray(bgr: np.ndarray, m: Measure, width: int = 160) -> np.ndarray:
    """The face oval's box, scaled to a fixed width so thresholds hold at any resolution."""
    b = m.face
    face = bgr[max(0, b.y): b.y + b.h, max(0, b.x): b.x + b.w]
    if face.size == 0:
        return np.zeros((1, 1), np.uint8)
    k = width / face.shape[1]
    return _gray(shrink(face, (width, max(1, int(face.shape[0] * k)))))


def sharp(bgr: np.ndarray, m: Measure) -> Check:
    """Variance of the Laplacian on the face at a fixed 160 px width (focus or motion blur)."""
    value = float(cv2.Laplacian(_face_gray(bgr, m), cv2.CV_64F).var())
    return PASS if value >= SHARP_MIN else Check(False, "hold_still", {"value": round(value, 1)})


def _skin(gray: np.ndarray, m: Measure) -> tuple[float, float]:
    r = m.face.w * 0.08
    return (float(_patch(gray, m.points[ix.CHEEK_PATCH_R], r).mean()),
            float(_patch(gray, m.points[ix.CHEEK_PATCH_L], r).mean()))


def exposure(bgr: np.ndarray, m: Measure, gray: np.ndarray | None = None) -> Check:
    mean = float(np.mean(_skin(_gray(bgr, gray), m)))
    if mean < 60:
        return Check(False, "too_dark", {"grey": round(mean)})
    return Check(False, "too_bright", {"grey": round(mean)}) if mean > 235 else PASS


def even_light(bgr: np.ndarray, m: Measure, gray: np.ndarray | None = None) -> Check:
    """The two cheeks, lit alike: the darker at least half as bright as the brighter."""
    a, b = _skin(_gray(bgr, gray), m)
    ratio = min(a, b) / max(a, b, 1.0)
    return PASS if ratio >= EVEN_LIGHT_MIN else Check(False, "shadow", {"ratio": round(ratio, 2)})


def background_mask(m: Measure, crop: Crop, frame_w: int, frame_h: int) -> np.ndarray:
    """Backdrop pixels of the head's work region: inside the crop, above the nose tip (lower down
    the shoulders come in), outside the head's segment grown by a few pixels (hair edges are not
    backdrop)."""
    head = m.head
    region = head.mask.shape
    grown = cv2.dilate(head.mask.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    ys, xs = np.mgrid[0:region[0], 0:region[1]]
    fx, fy = head.origin[0] + xs / head.scale, head.origin[1] + ys / head.scale
    b = crop.box
    inside = (fx >= max(0, b.x)) & (fx < min(frame_w, b.x + b.w)) & (fy >= max(0, b.y)) & (fy < m.points[ix.NOSE_TIP, 1])
    return inside & ~grown


def plain_background(bgr: np.ndarray, m: Measure, crop: Crop) -> Check:
    """Outside the head's segment: little colour spread and few edges."""
    small = m.head.work
    back = background_mask(m, crop, bgr.shape[1], bgr.shape[0])
    if back.sum() < 50:
        return PASS  # the head fills the crop: nothing to judge
    spread = float(small[back].astype(np.float32).std(axis=0).mean())
    edges = cv2.Canny(cv2.GaussianBlur(_gray(small), (3, 3), 0), 40, 120).astype(bool)
    busy = float(edges[back].mean())
    if spread > 40 or busy > 0.04:
        return Check(False, "plain_background", {"spread": round(spread, 1), "edges": round(busy, 3)})
    return PASS


def hat_colour(m: Measure) -> float | None:
    """Lab distance between the top of the head's segment (from the crown half way down to the
    mesh's forehead, over the middle) and the segment at the temples (beside the face oval, between
    forehead and eyes): hair is one colour, a hat on hair another. None when either is not seen."""
    head = m.head
    if m.crown_y is None or head.mask.shape[0] < 2:
        return None
    q = (m.points[:, :2] - head.origin) * head.scale
    oval = np.zeros(head.mask.shape, np.uint8)
    cv2.fillPoly(oval, [q[list(ix.FACE_OVAL)].astype(np.int32)], 1)
    beside = head.mask & (oval == 0)
    w = float(np.linalg.norm(q[ix.CHEEK_L] - q[ix.CHEEK_R]))
    crown, top, cx = (m.crown_y - head.origin[1]) * head.scale, q[ix.FOREHEAD, 1], q[ix.FOREHEAD, 0]
    eye = q[[ix.EYE_R_OUTER, ix.EYE_L_OUTER], 1].mean()
    ys, xs = np.mgrid[0:beside.shape[0], 0:beside.shape[1]]
    crest = beside & (ys < crown + 0.5 * (top - crown)) & (np.abs(xs - cx) < 0.25 * w)
    temples = beside & (ys > top) & (ys < eye) & (np.abs(xs - cx) > 0.4 * w)
    if crest.sum() < 5 or temples.sum() < 5:
        return None
    lab = cv2.cvtColor(head.work, cv2.COLOR_BGR2LAB).astype(np.float32)
    return float(np.linalg.norm(np.median(lab[crest], axis=0) - np.median(lab[temples], axis=0)))


def head_covering(m: Measure) -> Check:
    """A hat or head covering, told from hair by colour: the top of the head unlike the temples.
    Misses a covering the colour of the hair (docs/photo.md); the operator may accept one worn for a
    religious or medical reason (kiosk.domain.events.HEAD_COVERING_REASONS)."""
    value = hat_colour(m)
    if value is None or value < HAT_COLOUR_MIN:
        return PASS
    return Check(False, "remove_hat", {"contrast": round(value)})


def run_checks(bgr: np.ndarray, faces: list[Found], m: Measure | None, crop: Crop | None,
               still_scale: float | None = None) -> dict[str, Check]:
    """`still_scale`: the camera still's height over this frame's; None for a file given as it is
    (no camera to come closer to: the command line reports `upscaled` instead)."""
    checks = {"one_face": one_face(faces)}
    if m is None:
        return checks
    h, w = bgr.shape[:2]
    checks["crown_visible"] = crown_visible(m)
    if crop is not None:
        checks["framed"] = framed(m, crop, w, h)
        if still_scale is not None:
            checks["resolution"] = resolution(crop, still_scale)
    g = _gray(bgr)
    checks.update({
        "face_size": face_size(m, h), "centred": centred(m, w), "level": level(m), "facing": facing(m),
        "chin_level": chin_level(m), "eyes_visible": eyes_visible(bgr, m, g), "eyes_open": eyes_open(bgr, m, g),
        "no_glare": no_glare(bgr, m, g), "mouth_closed": mouth_closed(bgr, m, g), "sharp": sharp(bgr, m),
        "exposure": exposure(bgr, m, g), "even_light": even_light(bgr, m, g), "head_covering": head_covering(m),
    })
    if crop is not None:
        checks["plain_background"] = plain_background(bgr, m, crop)
    return checks
