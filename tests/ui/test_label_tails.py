"""A wrapped Japanese sentence never leaves its last character or two alone on a line (「い。」)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from kiosk.ui.base import label

SENTENCE = "申請書のQRコードを黄色い枠の中にかざしてください。"


def last_line(text: str, font: QFont, width: float) -> str:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines[-1].replace("\u2060", "")


def test_the_tail_of_a_wrapped_sentence_keeps_company(qapp):
    font = QFont("Noto Sans CJK JP")
    font.setPixelSize(20)
    lbl = label()
    lbl.setFont(font)
    lbl.setText(SENTENCE)
    assert lbl.text() == SENTENCE  # what was set, for anyone reading it back
    width = lbl.fontMetrics().horizontalAdvance(SENTENCE[:-2]) + 2  # room for all but 「い。」
    assert last_line(SENTENCE, font, width) == "い。"  # a plain label: the tail alone
    shown = QLabel.text(lbl)  # what the label draws
    assert len(last_line(shown, font, width)) >= 4
