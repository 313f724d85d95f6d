"""Reports as PDF (A4), drawn with Qt's QPdfWriter so the Japanese font (Noto Sans CJK) is embedded,
with bar charts by age band. Works headless: it needs only a QGuiApplication, offscreen if there is
no display."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk.domain.age import AGE_BAND_LABELS_JA, AGE_BANDS
from kiosk.reports.xlsx import KIND_JA, TITLES

FONT = "Noto Sans CJK JP"
PAPER, ONLINE = QColor("#1f3a93"), QColor("#e8a33d")


def _app() -> QGuiApplication:
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([])
    return app


class _Page:
    """A cursor down an A4 page in millimetres (the writer's resolution is set so 1 unit = 0.1 mm)."""

    def __init__(self, painter: QPainter, writer: QPdfWriter) -> None:
        self.p = painter
        self.writer = writer
        self.y = 0.0

    def room(self, mm: float) -> None:
        """Start a new page unless `mm` more fit on this one (A4 minus margins: 267 mm)."""
        if self.y + mm > 262:
            self.writer.newPage()
            self.y = 0.0

    def text(self, text: str, size: float = 10, bold: bool = False, x: float = 0, advance: bool = True) -> None:
        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        self.p.setFont(font)
        height = size * 0.55
        self.p.drawText(QRectF(x * 10, self.y * 10, 1800, height * 10), Qt.AlignmentFlag.AlignLeft, text)
        if advance:
            self.y += height + 1.5

    def bars(self, title: str, series: dict[str, tuple[int, int]], labels: tuple[str, str]) -> None:
        """Stacked horizontal bars per age band (first value blue, second orange)."""
        self.room(5.5 * len(AGE_BANDS) + 16)
        self.text(title, 11, bold=True)
        top = max((a + b for a, b in series.values()), default=0) or 1
        for band in AGE_BANDS:
            a, b = series.get(band, (0, 0))
            self.text(AGE_BAND_LABELS_JA[band], 8, advance=False)
            width_a, width_b = 120 * a / top, 120 * b / top
            self.p.fillRect(QRectF(250, self.y * 10 + 5, width_a * 10, 35), PAPER)
            self.p.fillRect(QRectF(250 + width_a * 10, self.y * 10 + 5, width_b * 10, 35), ONLINE)
            self.text(f"{a + b}", 8, x=27 + width_a + width_b, advance=False)
            self.y += 5.5
        self.p.fillRect(QRectF(250, self.y * 10 + 5, 30, 30), PAPER)
        self.text(labels[0], 8, x=29, advance=False)
        self.p.fillRect(QRectF(650, self.y * 10 + 5, 30, 30), ONLINE)
        self.text(labels[1], 8, x=69)
        self.y += 2


def write_pdf(report: dict[str, Any], kind: str, out: Path) -> None:
    _app()
    writer = QPdfWriter(str(out))
    writer.setResolution(254)  # 1 device unit = 0.1 mm
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(TITLES[kind])
    painter = QPainter(writer)
    try:
        page = _Page(painter, writer)
        period = report.get("date") or f"{report.get('from')} 〜 {report.get('to')}"
        page.text(f"{TITLES[kind]}　{period}", 16, bold=True)
        page.text("マイナンバーカード普及促進業務 申請サポート", 9)
        page.y += 2
        apps = report["applications"]
        for label, value in (("動員数（来場者）", report["visitors"]),
                             ("カード申請（紙 / オンライン）", f"{apps['total']}（{apps['paper']} / {apps['online']}）"),
                             ("健康保険証利用登録 補助", report["insurance_link"]),
                             ("公金受取口座登録 補助", report["public_funds_account"]),
                             ("スマホ相談", report["smartphone_consult"]),
                             ("アンケート回答", report["survey"]["responses"]),
                             ("その他対応", "、".join(f"{k} {v}" for k, v in report["other"].items()) or "0")):
            page.text(label, 10, advance=False)
            page.text(str(value), 10, bold=True, x=90)
        page.y += 2
        page.text("開催", 11, bold=True)
        for s in report["sessions"][:12]:
            large = "・100人規模" if s["large_venue"] else ""
            page.text(f"{s['date']} {s['start'][11:16]}–{(s['end'] or '')[11:16]}　{s['venue']}（{s['municipality']}）"
                      f"　{KIND_JA.get(s['kind'], s['kind'])}{large}", 9)
        if len(report["sessions"]) > 12:
            page.text(f"… ほか {len(report['sessions']) - 12} 回（XLSX を参照）", 9)
        page.y += 2
        series = {b: (v["paper"], v["online"]) for b, v in apps["by_age_band"].items()}
        page.bars("年代別 カード申請", series, ("紙", "オンライン"))
        assist = report.get("assistance_by_age_band", {})
        series = {b: (assist.get("insurance_link", {}).get(b, 0), assist.get("public_funds_account", {}).get(b, 0))
                  for b in AGE_BANDS}
        page.bars("年代別 健康保険証利用登録・公金受取口座登録", series, ("保険証", "公金口座"))
        responses = report["survey"]["responses_by_age_band"]
        page.bars(f"年代別 アンケート回答（コメントあり {report['survey']['comments']} 件・内容は記載しません）",
                  {b: (n, 0) for b, n in responses.items()}, ("回答", ""))
        if "progress" in report:
            page.room(30)
            page.text("目標達成状況", 11, bold=True)
            names = {"booth_sessions": "申請サポート回数", "large_venue_sessions": "うち100人規模",
                     "applications": "申請支援数", "smartphone_sessions": "スマホ相談会"}
            for key, r in report["progress"]["targets"].items():
                page.text(f"{names[key]}　{r['done']} / {r['target']}（{r['ratio'] * 100:.0f}%）", 9)
    finally:
        painter.end()
