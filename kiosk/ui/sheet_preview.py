"""The print screen's picture of the sheet: the paper to scale with the accepted photo in every
slot of its layout, so the operator sees what comes out before pressing Print. Drawn from the photo
in memory; nothing is rendered to a file."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.sheets.layout import PHOTO_H, PHOTO_W, Layout


def jpeg_image(jpeg: bytes | None) -> QImage | None:
    """The JPEG as a QImage (None when there is none, or it does not decode)."""
    if not jpeg:
        return None
    bgr = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    if bgr is None:
        return None
    bgr = cv2.resize(bgr, (175, 225), interpolation=cv2.INTER_AREA)  # enough for a preview slot
    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    return QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888).copy()


class SheetPreview(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.sheet: Layout | None = None
        self.photo: QImage | None = None
        self._jpeg: bytes | None = None  # the JPEG `photo` was decoded from
        self.setMinimumSize(160, 200)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def show_sheet(self, sheet: Layout, jpeg: bytes | None) -> None:
        if jpeg is not self._jpeg:  # another paper for the same photo: no second decode
            self._jpeg, self.photo = jpeg, jpeg_image(jpeg)
        self.sheet = sheet
        self.update()

    def clear(self) -> None:
        self.sheet = self.photo = self._jpeg = None
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(240, 320)

    def paper_rect(self) -> QRectF:
        """Where the paper is drawn: as large as fits, centred, keeping its proportions."""
        if self.sheet is None:
            return QRectF()
        p = self.sheet.paper
        s = min((self.width() - 8) / p.width, (self.height() - 8) / p.height)
        return QRectF((self.width() - p.width * s) / 2, (self.height() - p.height * s) / 2, p.width * s, p.height * s)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        if self.sheet is None:
            return
        page = self.paper_rect()
        s = page.width() / self.sheet.paper.width  # pixels per mm
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.setBrush(QColor("white"))
        painter.drawRect(page)
        for x, y in self.sheet.slots:
            slot = QRectF(page.x() + x * s, page.y() + y * s, PHOTO_W * s, PHOTO_H * s)
            if self.photo is not None:
                painter.drawImage(slot, self.photo)
            else:
                painter.fillRect(slot, QColor("#d0d0d0"))
                painter.drawText(slot, Qt.AlignmentFlag.AlignCenter, "?")
        painter.end()
