"""Operator: make any day's or month's report (PDF or XLSX) while the kiosk runs, preview it, and
save it to a folder or USB stick. The same code as `kiosk report` (kiosk/reports/render.py) over the
store's events, so the figures are those the CLI and HQ give. A report holds figures only, never a
person's data, so its file may leave the kiosk; the preview is drawn from a PDF in a temporary
directory that is removed when the screen closes or the next report is made."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.booth import Booth
from kiosk.reports.render import ReportError, compute, write
from kiosk.ui.base import Page, button, label, scrolling

FILE_STEM = {"daily": "日次報告書", "monthly": "月次報告書"}
PREVIEW_WIDTH = 620


def save_places(data_dir: Path) -> list[Path]:
    """Where a report can go: each USB stick or card mounted under /media or /run/media that the
    kiosk may write, and the reports folder in the data directory (always there)."""
    places = []
    for root in (Path("/media"), Path("/run/media")):
        for depth in ("*", "*/*"):  # /media/STICK (usbmount) and /media/USER/STICK (udisks)
            for p in sorted(root.glob(depth)) if root.is_dir() else ():
                if p.is_dir() and os.path.ismount(p) and os.access(p, os.W_OK):
                    places.append(p)
    return [*places, Path(data_dir) / "reports"]


class ReportsScreen(Page):
    back = Signal()

    def __init__(self, booth: Booth, data_dir: Path,
                 places: Callable[[], list[Path]] | None = None) -> None:
        super().__init__()
        self.booth = booth
        self.places = places or (lambda: save_places(data_dir))
        self.made: Path | None = None  # the report file made last (in the temporary directory)
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.title = label("title")
        self.kind_group, self.format_group = QButtonGroup(self), QButtonGroup(self)
        self.kind_buttons = {k: button(checkable=True) for k in FILE_STEM}
        self.format_buttons = {f: button(checkable=True) for f in ("pdf", "xlsx")}
        choices = QGridLayout()
        for col, b in enumerate(self.kind_buttons.values()):
            self.kind_group.addButton(b)
            b.toggled.connect(lambda checked: checked and self.fill_periods())
            choices.addWidget(b, 0, col)
        for col, b in enumerate(self.format_buttons.values()):
            self.format_group.addButton(b)
            choices.addWidget(b, 1, col)
        self.period = QComboBox()
        self.make_button = button("primary")
        self.make_button.clicked.connect(self.make)
        self.status = label()
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.save_title = label()
        self.save_row = QHBoxLayout()
        self.save_buttons: dict[Path, object] = {}
        self.rescan_button = button()  # a stick put in after the screen opened
        self.rescan_button.clicked.connect(self._show_places)
        self.back_button = button()
        self.back_button.clicked.connect(self.leave)
        controls = QVBoxLayout()
        controls.addWidget(self.title)
        controls.addLayout(choices)
        controls.addWidget(self.period)
        controls.addWidget(self.make_button)
        controls.addWidget(self.status)
        controls.addWidget(self.save_title)
        controls.addLayout(self.save_row)
        controls.addWidget(self.rescan_button)
        controls.addStretch(1)
        controls.addWidget(self.back_button)
        # side by side, each its own scroll area (the window holds this page as it is: none nested)
        controls_page = QWidget()
        controls_page.setLayout(controls)
        body = QHBoxLayout(self)
        body.addWidget(scrolling(controls_page), 2)
        body.addWidget(scrolling(self.pages), 3)
        self.kind_buttons["daily"].setChecked(True)
        self.format_buttons["pdf"].setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.kind_buttons["daily"].setText(self.tr("Daily report"))
        self.kind_buttons["monthly"].setText(self.tr("Monthly report"))
        self.format_buttons["pdf"].setText("PDF")
        self.format_buttons["xlsx"].setText(self.tr("Excel (XLSX)"))
        self.make_button.setText(self.tr("Make and preview"))
        self.save_title.setText(self.tr("Save to:"))
        self.rescan_button.setText(self.tr("USB stick put in? Look again"))
        self.back_button.setText(self.tr("Back"))
        self._show_places()

    # -- choosing --------------------------------------------------------------------------------------
    def kind(self) -> str:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def fmt(self) -> str:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def fill_periods(self) -> None:
        """The days with a session, or their months, newest first (any other day has nothing to report)."""
        days = sorted(self.booth.session_days | {self.booth.local_today()}, reverse=True)
        periods = days if self.kind() == "daily" else sorted({d[:7] for d in days}, reverse=True)
        self.period.clear()
        self.period.addItems(periods)

    def start(self) -> None:
        """Opened from the operator screen: the periods as of now, nothing made yet."""
        self.fill_periods()
        self._forget()
        self.status.setText("")
        self._show_places()

    # -- making ----------------------------------------------------------------------------------------
    def make(self) -> None:
        kind, fmt, period = self.kind(), self.fmt(), self.period.currentText()
        self._forget()
        self._tmp = tempfile.TemporaryDirectory(prefix="kiosk-report-")
        tmp = Path(self._tmp.name)
        events = [e for _, e in self.booth.log.events()]
        try:
            report = compute(kind, events, date=period if kind == "daily" else None,
                             month=period if kind == "monthly" else None)
            preview = tmp / "preview.pdf"
            write(report, kind, "pdf", preview)
            self.made = tmp / f"{FILE_STEM[kind]}_{period}.{fmt}"
            if fmt == "pdf":
                shutil.copyfile(preview, self.made)
            else:
                write(report, kind, fmt, self.made)
        except (ReportError, OSError) as exc:
            self.status.setText(str(exc))
            self._forget()
            return
        self._preview(preview)
        self.status.setText(self.tr("Made %1. Check it, then choose where to save it.").replace("%1", self.made.name))
        self._show_places()

    def _preview(self, pdf: Path) -> None:
        doc = QPdfDocument(self)
        doc.load(str(pdf))
        for n in range(doc.pageCount()):
            size = doc.pagePointSize(n)
            height = int(PREVIEW_WIDTH * size.height() / size.width()) if size.width() else PREVIEW_WIDTH
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(doc.render(n, QSize(PREVIEW_WIDTH, height))))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(page)
        doc.close()

    def preview_pages(self) -> int:
        return self.pages_layout.count()

    # -- saving ----------------------------------------------------------------------------------------
    def _show_places(self) -> None:
        while self.save_row.count():
            gone = self.save_row.takeAt(0).widget()
            if gone is not None:
                gone.hide()  # off screen now, not at the next deferred delete
                gone.deleteLater()
        self.save_buttons.clear()
        for place in self.places():
            b = button()
            b.setText(self.tr("This kiosk's reports folder") if place.name == "reports" else place.name)
            b.setEnabled(self.made is not None)
            b.clicked.connect(lambda _=False, p=place: self.save(p))
            self.save_row.addWidget(b)
            self.save_buttons[place] = b

    def save(self, place: Path) -> None:
        if self.made is None:
            return
        try:
            place.mkdir(parents=True, exist_ok=True)
            target = place / self.made.name
            shutil.copyfile(self.made, target)
            with open(target, "rb+") as f:  # on the stick before the operator pulls it out
                os.fsync(f.fileno())
        except OSError as exc:
            self.status.setText(self.tr("Could not save: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.status.setText(self.tr("Saved: %1").replace("%1", str(target)))

    def _forget(self) -> None:
        while self.pages_layout.count():
            gone = self.pages_layout.takeAt(0).widget()
            if gone is not None:
                gone.hide()
                gone.deleteLater()
        self.made = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def leave(self) -> None:
        self._forget()
        self.back.emit()
