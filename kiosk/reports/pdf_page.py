"""Drawing primitives for the PDF reports: an A4 page cursor in millimetres over a reportlab canvas,
with text, tables, stacked bars and progress bars, and a Japanese TrueType font embedded (subset).

Why reportlab and IPAex Gothic, not Qt and Noto: Debian's Noto Sans CJK files are OpenType/CFF
collections, which reportlab cannot embed; Qt's QPdfWriter can, but PySide6 6.12.0 on Python 3.11
drops a reference to None on every void Qt call, and a report's thousands of drawing calls end the
process with "Fatal Python error: none_dealloc". IPAex Gothic (Debian fonts-ipaexfont-gothic) has
TrueType outlines, and this route needs no QGuiApplication, so HQ's web server can make PDFs too.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT = "IPAexGothic"
FONT_FILES = (  # Debian fonts-ipaexfont-gothic, then fonts-ipafont-gothic
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
)
BLUE, ORANGE = HexColor("#1f3a93"), HexColor("#e8a33d")
GRID, HEAD, TRACK, INK = HexColor("#b8bfd0"), HexColor("#dce3f5"), HexColor("#e6e6e6"), HexColor("#111111")
MARGIN_MM = 15.0
WIDTH_MM, HEIGHT_MM = 180.0, 267.0  # A4 inside the margins
PT_MM = 25.4 / 72  # one point in millimetres


class FontMissingError(RuntimeError):
    pass


@lru_cache(maxsize=1)
def japanese_font() -> str:
    """Register the Japanese TrueType font once and return its name; a clear message when missing."""
    candidates = [Path(f) for f in FONT_FILES]
    try:  # any other Japanese TrueType font fontconfig knows
        found = subprocess.run(["fc-match", "-f", "%{file}", ":lang=ja:fontformat=TrueType"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        if found.endswith(".ttf"):
            candidates.append(Path(found))
    except (OSError, subprocess.SubprocessError):
        pass
    for path in candidates:
        if path.is_file():
            pdfmetrics.registerFont(TTFont(FONT, str(path)))
            return FONT
    raise FontMissingError("日本語フォントがありません (apt-get install fonts-ipaexfont-gothic) / "
                           "no Japanese TrueType font: install Debian's fonts-ipaexfont-gothic")


def tint(color: Color, share: float) -> Color:
    """The colour mixed with white (share 0 = white, 1 = the colour): shading without transparency."""
    return Color(1 - (1 - color.red) * share, 1 - (1 - color.green) * share, 1 - (1 - color.blue) * share)


class PdfPage:
    """A cursor down A4 pages; every coordinate is in mm from the top-left of the printable area."""

    def __init__(self, out: Path, title: str) -> None:
        self.font = japanese_font()
        self.c = Canvas(str(out), pagesize=A4, pageCompression=1, initialFontName=self.font)
        self.c.setTitle(title)
        self.c.setCreator("booth-kiosk")
        self.y = 0.0

    def close(self) -> None:
        self.c.showPage()
        self.c.save()

    def room(self, need: float) -> None:
        """Start a new page unless `need` more mm fit on this one."""
        if self.y + need > HEIGHT_MM - 3:
            self.c.showPage()
            self.y = 0.0

    @staticmethod
    def _x(x: float) -> float:
        return (MARGIN_MM + x) * mm

    @staticmethod
    def _y(y: float) -> float:
        return A4[1] - (MARGIN_MM + y) * mm

    def put(self, text: str, x: float, y: float, w: float, h: float, size: float = 8, bold: bool = False,
            right: bool = False) -> None:
        """Text vertically centred in a box (mm), shrunk (then cut with …) to fit its width."""
        width = pdfmetrics.stringWidth(text, self.font, size) * PT_MM
        if width > w:
            size = max(size * w / width, size * 0.7)
            if pdfmetrics.stringWidth(text, self.font, size) * PT_MM > w:
                while text and pdfmetrics.stringWidth(text + "…", self.font, size) * PT_MM > w:
                    text = text[:-1]
                text += "…"
        baseline = y + h / 2 + size * PT_MM * 0.35
        t = self.c.beginText()
        t.setFont(self.font, size)
        t.setFillColor(INK)
        self.c.saveState()  # the render mode outlives the text object; the state restore ends it
        if bold:  # IPAex has no bold face: fill and stroke the glyphs
            t.setTextRenderMode(2)
            self.c.setStrokeColor(INK)
            self.c.setLineWidth(size * 0.035)
        left = x + w - pdfmetrics.stringWidth(text, self.font, size) * PT_MM if right else x
        t.setTextOrigin(self._x(left), self._y(baseline))
        t.textOut(text)
        self.c.drawText(t)
        self.c.restoreState()

    def text(self, text: str, size: float = 10, bold: bool = False, x: float = 0, advance: bool = True) -> None:
        height = size * 0.55
        self.put(text, x, self.y, WIDTH_MM - x, height, size, bold)
        if advance:
            self.y += height + 1.5

    def heading(self, text: str, need: float = 20) -> None:
        """A section heading, kept on the same page as the first `need` mm of its section."""
        self.room(need + 8)
        self.y += 2
        self.text(text, 11, bold=True)

    def box(self, x: float, y: float, w: float, h: float, color: Color) -> None:
        if w <= 0 or h <= 0:
            return
        self.c.setFillColor(color)
        self.c.rect(self._x(x), self._y(y + h), w * mm, h * mm, stroke=0, fill=1)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
              heat: bool = False, size: float = 7.5) -> None:
        """A ruled table; numbers right-aligned; with `heat` number cells are shaded by their value."""
        row_h = size * 0.62
        top = max((v for r in rows for v in r[1:-1] if isinstance(v, int)), default=0) or 1
        numeric = [bool(rows) and isinstance(v, int | float) and not isinstance(v, bool) for v in rows[0]] if rows else []
        for i, row in enumerate([list(header), *rows]):
            self.room(row_h + 1)
            x = 0.0
            for j, (w, value) in enumerate(zip(widths, row, strict=False)):
                number = isinstance(value, int | float) and not isinstance(value, bool)
                if i == 0:
                    number = j < len(numeric) and numeric[j]  # a numeric column's heading sits over its figures
                    self.box(x, self.y, w, row_h, HEAD)
                elif heat and number and value and 0 < j < len(row) - 1:  # the total column stays plain
                    self.box(x, self.y, w, row_h, tint(BLUE, 0.1 + 0.45 * float(value) / top))
                self.put("" if value is None else str(value), x + 0.8, self.y, w - 1.6, row_h, size,
                         bold=i == 0, right=number)
                x += w
            self.c.setStrokeColor(GRID)
            self.c.setLineWidth(0.4)
            self.c.line(self._x(0), self._y(self.y + row_h), self._x(x), self._y(self.y + row_h))
            self.y += row_h
        self.y += 2

    def stacked_bars(self, rows: Sequence[tuple[str, int, int]], legend: tuple[str, str | None]) -> None:
        """One horizontal bar per row (first value blue, second orange), the total at the bar's end."""
        self.room(5.5 * len(rows) + 8)
        top = max((a + b for _, a, b in rows), default=0) or 1
        for name, a, b in rows:
            self.put(name, 0, self.y, 24, 4.5, 8)
            wa, wb = 120 * a / top, 120 * b / top
            self.box(25, self.y + 0.5, wa, 3.5, BLUE)
            self.box(25 + wa, self.y + 0.5, wb, 3.5, ORANGE)
            self.put(str(a + b), 26 + wa + wb, self.y, 20, 4.5, 8)
            self.y += 5.5
        self.box(25, self.y + 0.5, 3, 3, BLUE)
        self.put(legend[0], 29, self.y, 34, 4, 8)
        if legend[1]:
            self.box(65, self.y + 0.5, 3, 3, ORANGE)
            self.put(legend[1], 69, self.y, 40, 4, 8)
        self.y += 7

    def progress_bar(self, name: str, done: int, target: int, note: str) -> None:
        self.room(7)
        self.put(name, 0, self.y, 45, 5, 9)
        ratio = min(done / target, 1.0) if target else 1.0
        self.box(46, self.y + 0.7, 70, 3.6, TRACK)
        self.box(46, self.y + 0.7, 70 * ratio, 3.6, BLUE)
        share = f"{done / target * 100:.0f}%" if target else "—"
        self.put(f"{done} / {target}（{share}）", 118, self.y, 30, 5, 9, bold=True)
        self.put(note, 148, self.y, 32, 5, 7.5)
        self.y += 6.5
