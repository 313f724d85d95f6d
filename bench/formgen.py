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
TIERS = ("clean", "rotated", "tilted", "small", "blurred", "dark", "glare", "creased")
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


def _place(form: np.ndarray, rng: random.Random, scale: float, angle: float, tilt: float) -> np.ndarray:
    """Put the form in a 1280×720 frame over a table-like background, scaled, rotated and tilted."""
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
    return cv2.warpPerspective(form, m, (FRAME_W, FRAME_H), dst=frame, borderMode=cv2.BORDER_TRANSPARENT)


@dataclass(frozen=True)
class Sample:
    tier: str
    payload: str | None  # None: a frame with no QR code (false-positive check)
    frame: np.ndarray


def make_frame(tier: str, rng: random.Random, form: np.ndarray) -> np.ndarray:
    """A frame of the form, focused on the QR's lower half of the sheet (the user holds it up)."""
    if tier == "small":
        frame = _place(form, rng, rng.uniform(0.33, 0.45), rng.uniform(-8, 8), 0)  # held at arm's length
    elif tier == "rotated":
        frame = _place(form, rng, 0.75, rng.uniform(0, 360), 0)  # whole code stays in view
    elif tier == "tilted":
        frame = _place(form, rng, 1.1, rng.uniform(-15, 15), rng.uniform(0.25, 0.45) * rng.choice((-1, 1)))
    else:
        frame = _place(form, rng, 1.1, rng.uniform(-5, 5), 0)
    if tier == "blurred":
        k = rng.choice((7, 9, 11))
        frame = cv2.GaussianBlur(frame, (k, k), 0)
    elif tier == "dark":
        frame = (frame * rng.uniform(0.18, 0.3)).astype(np.uint8)
        noise = np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 4, frame.shape)
        frame = np.clip(frame + noise, 0, 255).astype(np.uint8)
    elif tier == "glare":
        mask = np.zeros(frame.shape[:2], np.float32)
        cv2.circle(mask, (rng.randint(300, 980), rng.randint(250, 600)), rng.randint(60, 110), 1.0, -1)
        mask = cv2.GaussianBlur(mask, (0, 0), 25)[..., None]
        frame = np.clip(frame + mask * 170, 0, 255).astype(np.uint8)
    elif tier == "creased":
        y = rng.randint(300, 600)
        cv2.line(frame, (0, y), (FRAME_W, y + rng.randint(-40, 40)), (235, 235, 235), rng.randint(3, 6))
        cv2.line(frame, (0, y + 8), (FRAME_W, y + 8), (60, 60, 60), 2)
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
