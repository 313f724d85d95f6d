"""The booth's look: large type, big touch targets, high contrast (elderly attendees, bright halls).

Sizes are given for a 1366×768 panel and scaled with the screen: a 15.6" 1366×768 panel has about
100 px per inch, so 9 mm (a fingertip) is 36 px there; the targets are 48 px. A 1920×1080 panel of
the same size has 141 px per inch, and everything is 1.4× larger so it stays the same size by hand."""

from __future__ import annotations

BASE_SIZE = (1366, 768)
MIN_TOUCH_PX = 48  # every button at least this tall and wide at 1366×768 (the bar: 9 mm, ≥ 44 px)
# (the attendee's screens, for elderly hands, keep 64 px)
BODY_PX = 20  # body text at 1366×768
TITLE_PX = 26  # QLabel[role="title"]
HUGE_PX = 56  # QLabel[role="huge"]


def scale_for(width: int, height: int) -> float:
    """How much larger than the 1366×768 design a window of this size is drawn (never smaller)."""
    return round(max(1.0, min(width / BASE_SIZE[0], height / BASE_SIZE[1])), 2)


def style_sheet(scale: float = 1.0) -> str:
    def px(value: float) -> str:
        return f"{round(value * scale)}px"

    touch = MIN_TOUCH_PX
    inner = touch - 8  # min-height is the content's: the border (2) and padding (2) come on top
    return f"""
* {{ font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; font-size: {px(BODY_PX)}; color: #111; }}
QMainWindow, QWidget#page {{ background: #ffffff; }}
QDialog#confirm {{ background: #ffffff; border: 3px solid #0b1f5c; }}
QPushButton {{
    min-height: {px(inner)}; min-width: {px(inner)}; padding: {px(2)} {px(12)};
    border: 2px solid #1f3a93; border-radius: {px(8)}; background: #e8eefc; color: #0b1f5c; font-weight: bold;
}}
QPushButton:checked {{ background: #fff3c4; border: {px(4)} solid #b86e00; color: #4a2c00; }}
QPushButton:pressed {{ background: #c9d6f7; }}
QPushButton:disabled {{ border-color: #9aa3b5; background: #f0f0f0; color: #6b6b6b; }}
QPushButton[role="primary"] {{ background: #1f3a93; color: #ffffff; }}
QPushButton[role="primary"]:disabled {{ background: #9aa3b5; color: #eeeeee; }}
QPushButton[role="danger"] {{ border-color: #a11d1d; background: #fdeaea; color: #7a0f0f; }}
QPushButton[role="done"] {{ border-color: #1b6e2a; background: #dff3e3; color: #0f4d1c; }}
AttendeeView QPushButton, SurveyScreen QPushButton {{ min-height: {px(64 - 8)}; }}
QPushButton[role="wanted"] {{ border: {px(4)} solid #1f3a93; background: #ffffff; }}
QPushButton[role="tab"] {{ border-radius: 0; }}
QPushButton[role="tab"]:checked {{ background: #0b1f5c; border: 2px solid #0b1f5c; color: #ffffff; }}
QLineEdit, QComboBox, QSpinBox {{ min-height: {px(inner)}; padding: {px(2)} {px(10)}; border: 2px solid #555; border-radius: {px(8)}; background: #fff; }}
QComboBox {{ combobox-popup: 0; }}  /* a list, whose rows take the height below (not a 31 px menu) */
QComboBox QAbstractItemView::item {{ min-height: {px(touch)}; }}
QCheckBox {{ min-height: {px(touch)}; spacing: {px(14)}; }}
QCheckBox::indicator {{ width: {px(36)}; height: {px(36)}; }}
QListWidget {{ border: 2px solid #555; border-radius: {px(8)}; }}
QListWidget::item {{ min-height: {px(touch)}; }}
QLabel[role="title"] {{ font-size: {px(TITLE_PX)}; font-weight: bold; }}
QLabel[role="huge"] {{ font-size: {px(HUGE_PX)}; font-weight: bold; color: #0b1f5c; }}
QLabel[role="error"] {{ color: #a11d1d; font-weight: bold; }}
QLabel[role="note"] {{ color: #333; }}
QScrollBar:vertical {{ width: {px(28)}; }}
QScrollBar:horizontal {{ height: {px(28)}; }}
QComboBox::drop-down {{ width: {px(48)}; }}
QFrame#header {{ background: #0b1f5c; }}
QFrame#header QLabel {{ color: #ffffff; }}
QFrame#header QLabel[role="title"] {{ font-size: {px(22)}; }}
QFrame#tallies {{ background: #f3f5fa; border-top: 2px solid #0b1f5c; }}
QFrame#tallies QLabel {{ font-size: {px(18)}; }}
QWidget#keyboard QPushButton {{ padding: {px(2)} {px(4)}; }}
"""


def text_size_sheet(factor: int, scale: float = 1.0) -> str:
    """A widget's sheet drawing its texts `factor` times the sizes style_sheet(scale) gives them (the
    attendee's larger text); factor 1 gives "" (the application's sheet alone)."""
    if factor == 1:
        return ""

    def px(value: float) -> str:
        return f"{round(value * scale * factor)}px"

    return (f'* {{ font-size: {px(BODY_PX)}; }} QLabel[role="title"] {{ font-size: {px(TITLE_PX)}; }} '
            f'QLabel[role="huge"] {{ font-size: {px(HUGE_PX)}; }}')


STYLE_SHEET = style_sheet()
