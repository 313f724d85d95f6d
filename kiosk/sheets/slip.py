"""The applicant's "next steps" slip: what to do after leaving the booth, in large Japanese (with
English), on plain paper from the main tray: A4, A5 or A6 (its own layout, scaled to the paper; L still
works for a PDF printer). It carries no personal data, so it is the same for everyone on a route."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from kiosk.sheets.layout import PAPERS, SLIP_PAPERS, Paper
from kiosk.sheets.pdf import PT_PER_MM, image_pdf

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
DPI = 300

TEXTS = {
    "paper": ("郵送での申請のしかた", [
        "① 申請書の写真欄に写真を1枚貼ってください（縦4.5cm×横3.5cm）。",
        "② 氏名欄に署名（または記名押印）してください。",
        "③ お渡しした封筒に入れて、ポストに投函してください（切手不要）。",
        "④ 約1か月後、市区町村から交付通知書（はがき）が届きます。",
    ], "Paste one photo, sign the form, post it in the envelope (no stamp). A notice arrives in about a month."),
    "online": ("オンライン申請のあと", [
        "① 申請完了のメールが届きます。迷惑メールの設定もご確認ください。",
        "② 約1か月後、市区町村から交付通知書（はがき）が届きます。",
        "③ はがきと本人確認書類を持って、受け取りに行ってください。",
        "④ 受け取りの際に暗証番号を設定します。",
    ], "You will get a confirmation e-mail. In about a month a notice arrives: bring it and your ID to collect the card."),
}


def _font(path: str, mm: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, int(mm / 25.4 * DPI))


def slip_paper(name: str) -> Paper:
    if name not in SLIP_PAPERS and name != "L":
        raise ValueError(f"案内の用紙 {name!r} は使えません / unknown slip paper {name!r} (use A4, A5, A6)")
    return SLIP_PAPERS.get(name) or PAPERS["L"]


def render_slip(route: str, paper: Paper | None = None) -> np.ndarray:
    """The slip drawn for its paper: every size in mm grows with the paper's width (the L layout at
    89 mm is the unit), up to 1.8× so A4 stays a slip, not a poster."""
    if route not in TEXTS:
        raise ValueError(f"unknown route {route!r}")
    paper = paper or PAPERS["L"]
    k = min(paper.width / 89.0, 1.8)
    w, h = round(paper.width / 25.4 * DPI), round(paper.height / 25.4 * DPI)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)

    def px(mm: float) -> int:
        return int(mm * k / 25.4 * DPI)

    margin = max(px(6), int(8 / 25.4 * DPI))
    title, lines, english = TEXTS[route]
    y = margin
    d.text((margin, y), title, font=_font(BOLD, 6.5 * k), fill="black")
    y += px(11)
    body = _font(FONT, 4.2 * k)
    for line in lines:
        for chunk in _wrap(line, body, w - 2 * margin, d):
            d.text((margin, y), chunk, font=body, fill="black")
            y += px(6)
        y += px(2)
    small = _font(FONT, 2.8 * k)
    for chunk in _wrap(english, small, w - 2 * margin, d):
        d.text((margin, y), chunk, font=small, fill=(60, 60, 60))
        y += px(4)
    return cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, d: ImageDraw.ImageDraw) -> list[str]:
    """Break Japanese anywhere, English only between words."""
    units = text.split(" ") if text.isascii() else list(text)
    sep = " " if text.isascii() else ""
    lines, line = [], ""
    for unit in units:
        trial = f"{line}{sep}{unit}" if line else unit
        if line and d.textlength(trial, font=font) > width:
            lines.append(line)
            trial = unit
        line = trial
    return [*lines, line]


def slip_pdf(route: str, paper_name: str = "L", size_mm: tuple[float, float] | None = None) -> bytes:
    """The slip as a one-page PDF on `paper_name` (A4/A5/A6, or L), at the printer's own page size."""
    paper = slip_paper(paper_name)
    if size_mm:
        paper = Paper(paper.name, round(size_mm[0], 2), round(size_mm[1], 2), paper.media)
    image = render_slip(route, paper)
    _ok, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 90])
    k = PT_PER_MM
    content = f"q {paper.width * k:.4f} 0 0 {paper.height * k:.4f} 0 0 cm /Im0 Do Q".encode()
    return image_pdf(paper.width, paper.height, jpeg.tobytes(), (image.shape[1], image.shape[0]), content)
