"""Photographed-style test frames of QR-coded application forms, by difficulty tier.

Renders a form-like sheet (Japanese text in Noto Sans CJK, boxes, a QR code with a plausible
payload: the real payload format is not public) and "photographs" it into a 1280×720 frame with the
distortions of each tier. Deterministic for a seed, so tests and benchmarks see the same images.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
import qrcode
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TIERS = ("clean", "rotated", "tilted", "small", "blurred", "dark", "glare", "creased", "webcam")
FRAME_W, FRAME_H = 1280, 720


def form_url(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(23))
    return f"https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do?shinseishoId={digits}"


def render_form(payload: str, width: int = 1000) -> np.ndarray:
    """An A4-proportioned sheet with Japanese headings, fields and the QR code (BGR)."""
    h = int(width * 1.414)
    img = Image.new("RGB", (width, h), "white")
    d = ImageDraw.Draw(img)
    try:
        big, small = ImageFont.truetype(FONT, width // 22), ImageFont.truetype(FONT, width // 45)
    except OSError:
        big = small = ImageFont.load_default()
    d.text((width * 0.06, width * 0.05), "個人番号カード交付申請書 兼 電子証明書発行／更新申請書", font=small, fill="black")
    d.text((width * 0.06, width * 0.1), "交付申請書（見本）", font=big, fill="black")
    for i, label in enumerate(("氏名", "住所", "生年月日", "電話番号", "署名または記名押印")):
        y = width * (0.25 + i * 0.09)
        d.rectangle((width * 0.06, y, width * 0.6, y + width * 0.07), outline="black", width=2)
        d.text((width * 0.075, y + width * 0.015), label, font=small, fill="black")
    d.rectangle((width * 0.68, width * 0.25, width * 0.93, width * 0.57), outline="black", width=2)
    d.text((width * 0.7, width * 0.38), "写真貼付欄\n縦4.5cm×横3.5cm", font=small, fill="black")
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=6, border=4)
    qr.add_data(payload)
    code = qr.make_image(fill_color="black", back_color="white").convert("RGB").resize((int(width * 0.3),) * 2,
                                                                                      Image.NEAREST)
    img.paste(code, (int(width * 0.06), int(h - width * 0.42)))
    d.text((width * 0.4, h - width * 0.3), "スマートフォンでQRコードを読み取ると\nオンライン申請ができます", font=small, fill="black")
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def _place(form: np.ndarray, rng: random.Random, scale: float, angle: float,
           tilt: float) -> tuple[np.ndarray, np.ndarray]:
    """Put the form in a 1280×720 frame over a table-like background, scaled, rotated and tilted;
    returns the frame and the form→frame perspective matrix."""
    frame = np.full((FRAME_H, FRAME_W, 3), (rng.randint(90, 140), rng.randint(100, 150), rng.randint(110, 160)), np.uint8)
    h, w = form.shape[:2]
    s = scale * FRAME_H / h
    cx, cy = FRAME_W / 2 + rng.uniform(-50, 50), FRAME_H / 2 + rng.uniform(-30, 30)
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]]) - [w / 2, h / 2]
    rad = np.deg2rad(angle)
    rot = np.array([[np.cos(rad), -np.sin(rad)], [np.sin(rad), np.cos(rad)]])
    dst = (corners * s) @ rot.T
    dst[:, 0] *= 1 + tilt * (dst[:, 1] / (h * s))  # one edge further away than the other
    dst += [cx, cy]
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), np.float32(dst))
    return cv2.warpPerspective(form, m, (FRAME_W, FRAME_H), dst=frame, borderMode=cv2.BORDER_TRANSPARENT), m


def qr_corners(form: np.ndarray) -> np.ndarray:
    """The QR code's corners (with its quiet zone) in a `zoom_on_qr` crop of `render_form`'s sheet."""
    w = form.shape[1]
    top = int(w * 1.414) - w * 0.42 - int(int(w * 1.414) * 0.55)
    x0, side = w * 0.06, int(w * 0.3)
    return np.float32([[x0, top], [x0 + side, top], [x0 + side, top + side], [x0, top + side]])


def _in_frame(m: np.ndarray, form: np.ndarray, margin: int = 8) -> np.ndarray | None:
    pts = cv2.perspectiveTransform(qr_corners(form)[None], m)[0]
    inside = (pts[:, 0].min() >= margin and pts[:, 1].min() >= margin and pts[:, 0].max() < FRAME_W - margin
              and pts[:, 1].max() < FRAME_H - margin)
    return pts if inside else None


@dataclass(frozen=True)
class Sample:
    tier: str
    payload: str | None  # None: a frame with no QR code (false-positive check)
    frame: np.ndarray


def _geometry(tier: str, rng: random.Random) -> tuple[float, float, float]:
    """(scale, angle, tilt) for a tier: how the applicant holds the form up to the camera."""
    if tier == "small":
        return rng.uniform(0.27, 0.38), rng.uniform(-10, 10), 0.0  # held at arm's length: ~2 px per module
    if tier == "rotated":
        return rng.uniform(0.7, 0.9), rng.uniform(0, 360), 0.0  # any way up
    if tier == "tilted":
        return rng.uniform(0.9, 1.1), rng.uniform(-20, 20), rng.uniform(0.35, 0.6) * rng.choice((-1, 1))
    if tier == "webcam":
        return rng.uniform(0.45, 0.7), rng.uniform(-15, 15), rng.uniform(-0.2, 0.2)
    return rng.uniform(0.95, 1.15), rng.uniform(-6, 6), rng.uniform(-0.1, 0.1)


def make_frame(tier: str, rng: random.Random, form: np.ndarray) -> np.ndarray:
    """A frame of the form's QR half, the whole code in view (the target box sees to that), with the
    tier's distortion."""
    for _ in range(50):
        frame, m = _place(form, rng, *_geometry(tier, rng))
        qr = _in_frame(m, form)
        if qr is not None:
            break
    else:
        raise RuntimeError(f"could not keep the code in view for tier {tier}")
    noise = np.random.default_rng(rng.randint(0, 1 << 30))
    if tier == "blurred":
        if rng.random() < 0.5:  # out of focus
            k = rng.choice((7, 9, 11))
            frame = cv2.GaussianBlur(frame, (k, k), 0)
        else:  # hand shake during the exposure
            n = rng.randint(7, 13)
            kernel = np.zeros((n, n), np.float32)
            kernel[n // 2, :] = 1 / n
            rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), rng.uniform(0, 180), 1)
            kernel = cv2.warpAffine(kernel, rot, (n, n))
            frame = cv2.filter2D(frame, -1, kernel / kernel.sum())
    elif tier == "dark":
        frame = frame * rng.uniform(0.08, 0.2)
        frame = np.clip(frame + noise.normal(0, rng.uniform(2, 5), frame.shape), 0, 255).astype(np.uint8)
    elif tier == "glare":  # a bright ceiling light reflected on part of the code
        mask = np.zeros(frame.shape[:2], np.float32)
        cx, cy = qr.mean(axis=0) + noise.uniform(-0.35, 0.35, 2) * (qr.max(axis=0) - qr.min(axis=0))
        side = float(np.linalg.norm(qr[1] - qr[0]))
        cv2.ellipse(mask, (int(cx), int(cy)), (int(side * rng.uniform(0.12, 0.22)), int(side * rng.uniform(0.08, 0.16))),
                    rng.uniform(0, 180), 0, 360, 1.0, -1)
        mask = cv2.GaussianBlur(mask, (0, 0), side * 0.06)[..., None]
        frame = np.clip(frame + mask * rng.uniform(170, 230), 0, 255).astype(np.uint8)
    elif tier == "creased":  # a fold across the code: one side shaded and shifted, a bright ridge
        a, b = qr[0] + (qr[3] - qr[0]) * rng.uniform(0.3, 0.7), qr[1] + (qr[2] - qr[1]) * rng.uniform(0.3, 0.7)
        d = b - a
        yy, xx = np.mgrid[0:FRAME_H, 0:FRAME_W]
        below = (xx - a[0]) * d[1] - (yy - a[1]) * d[0] < 0
        shifted = np.roll(frame, rng.choice((-2, -1, 1, 2)), axis=0)
        frame = np.where(below[..., None], (shifted * rng.uniform(0.65, 0.85)).astype(np.uint8), frame)
        cv2.line(frame, (int(a[0] - d[0]), int(a[1] - d[1])), (int(b[0] + d[0]), int(b[1] + d[1])), (235, 235, 235),
                 rng.randint(2, 4))
    elif tier == "webcam":  # a cheap 640×360 camera scaled up, noisy and JPEG-compressed
        small = cv2.resize(frame, (FRAME_W // 2, FRAME_H // 2), interpolation=cv2.INTER_AREA)
        small = np.clip(small + noise.normal(0, 4, small.shape), 0, 255).astype(np.uint8)
        ok, jpg = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(25, 45)])
        frame = cv2.resize(cv2.imdecode(jpg, cv2.IMREAD_COLOR), (FRAME_W, FRAME_H), interpolation=cv2.INTER_LINEAR)
    return frame


def zoom_on_qr(form: np.ndarray) -> np.ndarray:
    """The QR half of the sheet: how the kiosk's target box asks the user to hold the form."""
    h = form.shape[0]
    return form[int(h * 0.55):, :]


def samples(per_tier: int = 10, seed: int = 1, negatives: int = 10) -> list[Sample]:
    rng = random.Random(seed)
    out = []
    for tier in TIERS:
        for _ in range(per_tier):
            payload = form_url(rng)
            form = zoom_on_qr(render_form(payload, width=rng.choice((900, 1000, 1100))))
            out.append(Sample(tier, payload, make_frame(tier, rng, form)))
    blank = zoom_on_qr(render_form("", width=1000))
    blank[-600:, :450] = 255  # a form whose code was cut off
    for _ in range(negatives):
        out.append(Sample("no_code", None, make_frame("clean", rng, blank)))
    return out
