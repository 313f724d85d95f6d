"""Quality checks, each a named function returning (ok, bilingual hint for the person in front of
the camera). Thresholds are first estimates, to be tuned on booth photos."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.photo.crop import Crop
from kiosk.photo.measure import Box, Measure


@dataclass(frozen=True)
class Check:
    ok: bool
    detail: str


def _face(bgr: np.ndarray, b: Box) -> np.ndarray:
    return bgr[max(0, b.y): b.y + b.h, max(0, b.x): b.x + b.w]


def one_face(faces: list[Box]) -> Check:
    if not faces:
        return Check(False, "顔が見つかりません。カメラの正面に来てください / no face found: face the camera")
    if len(faces) > 1:
        return Check(False, "写るのは申請者お一人だけにしてください / only the applicant may be in the picture")
    return Check(True, "")


def framed(crop: Crop) -> Check:
    if not crop.inside:
        return Check(False, "頭や肩が画面からはみ出しています。少し下がって中央へ / the head is cut off: "
                            "step back and move to the centre")
    return Check(True, "")


def face_size(m: Measure, frame_h: int) -> Check:
    ratio = (m.chin_y - m.crown_y) / frame_h
    if ratio < 0.2:
        return Check(False, "遠すぎます。カメラに近づいてください / too far: come closer")
    if ratio > 0.8:
        return Check(False, "近すぎます。少し下がってください / too close: step back a little")
    return Check(True, "")


def centred(m: Measure, frame_w: int) -> Check:
    offset = (m.center_x - frame_w / 2) / frame_w
    if abs(offset) > 0.2:
        return Check(False, "中央に移動してください / move to the centre")
    return Check(True, "")


def level(m: Measure) -> Check:
    """Head roll from the eye line, within ±8°."""
    if len(m.eyes) < 2:
        return Check(True, "")
    (x1, y1), (x2, y2) = m.eyes
    angle = float(np.degrees(np.arctan2(y2 - y1, x2 - x1)))
    if abs(angle) > 8:
        return Check(False, f"頭が傾いています（{angle:+.0f}°）。まっすぐにしてください / the head is tilted: hold it straight")
    return Check(True, "")


def facing(m: Measure) -> Check:
    """Head turned (yaw): with the face frontal the eyes sit symmetrically in the face box."""
    if len(m.eyes) < 2:
        return Check(True, "")
    mid = (m.eyes[0][0] + m.eyes[1][0]) / 2
    offset = (mid - (m.face.x + m.face.w / 2)) / m.face.w
    if abs(offset) > 0.09:  # ≈ 8° of yaw for an adult face
        return Check(False, "顔が横を向いています。カメラの正面を向いてください / the head is turned: look straight at "
                            "the camera")
    return Check(True, "")


def no_glare(bgr: np.ndarray, m: Measure) -> Check:
    """Light reflected in glasses: many blown-out pixels around the eyes."""
    if not m.eyes:
        return Check(True, "")
    r = max(4, m.face.w // 10)
    spots = [bgr[max(0, int(y) - r): int(y) + r, max(0, int(x) - 2 * r): int(x) + 2 * r] for x, y in m.eyes]
    spots = [cv2.cvtColor(s, cv2.COLOR_BGR2GRAY) if s.size else s[..., 0] for s in spots]
    blown = max(float((s >= 250).mean()) for s in spots if s.size) if any(s.size for s in spots) else 0.0
    if blown > 0.08:
        return Check(False, "眼鏡に光が反射しています。少し顔の角度を変えるか、眼鏡を外してください / light reflects in "
                            "the glasses: tilt the head slightly or take them off")
    return Check(True, "")


def eyes_open(m: Measure) -> Check:
    if len(m.eyes) < 2:
        return Check(False, "目が確認できません。目を開けて、前髪や眼鏡の反射に注意 / eyes not visible: open your "
                            "eyes, mind hair and glasses")
    return Check(True, "")


def sharp(bgr: np.ndarray, m: Measure) -> Check:
    face = cv2.cvtColor(_face(bgr, m.face), cv2.COLOR_BGR2GRAY)
    value = cv2.Laplacian(face, cv2.CV_64F).var() if face.size else 0.0
    if value < 60:
        return Check(False, "ぶれています。動かずにもう一度 / blurred: hold still and try again")
    return Check(True, "")


def exposure(bgr: np.ndarray, m: Measure) -> Check:
    face = cv2.cvtColor(_face(bgr, m.face), cv2.COLOR_BGR2GRAY)
    mean = float(face.mean()) if face.size else 0.0
    if mean < 70:
        return Check(False, "暗すぎます。照明を明るくしてください / too dark: more light please")
    if mean > 215:
        return Check(False, "明るすぎます / too bright")
    return Check(True, "")


def even_light(bgr: np.ndarray, m: Measure) -> Check:
    face = cv2.cvtColor(_face(bgr, m.face), cv2.COLOR_BGR2GRAY).astype(float)
    if face.size == 0:
        return Check(True, "")
    half = face.shape[1] // 2
    diff = abs(face[:, :half].mean() - face[:, half:].mean())
    if diff > 45:
        return Check(False, "顔に影があります。照明を調整してください / a shadow on the face: adjust the light")
    return Check(True, "")


def plain_background(bgr: np.ndarray, crop: Crop) -> Check:
    b = crop.box
    strip = bgr[max(0, b.y): max(0, b.y) + max(2, b.h // 12), max(0, b.x): b.x + b.w]
    if strip.size and float(strip.reshape(-1, 3).std(axis=0).mean()) > 22:
        return Check(False, "背景が無地ではありません。背景スタンドの前に立ってください / the background is not plain: "
                            "stand in front of the backdrop")
    return Check(True, "")


def run_checks(bgr: np.ndarray, faces: list[Box], m: Measure | None, crop: Crop | None) -> dict[str, Check]:
    checks = {"one_face": one_face(faces)}
    if m is None or crop is None:
        return checks
    h, w = bgr.shape[:2]
    checks.update({
        "framed": framed(crop), "face_size": face_size(m, h), "centred": centred(m, w), "level": level(m),
        "facing": facing(m), "eyes_open": eyes_open(m), "no_glare": no_glare(bgr, m), "sharp": sharp(bgr, m), "exposure": exposure(bgr, m),
        "even_light": even_light(bgr, m), "plain_background": plain_background(bgr, crop),
    })
    return checks
