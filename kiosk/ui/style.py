"""The booth's look: large type, big touch targets, high contrast (elderly attendees, bright halls)."""

from __future__ import annotations

MIN_TOUCH_PX = 64  # every button at least this tall (the bar is 60 px)
BODY_PX = 22  # body text (the bar is 20 px)

STYLE_SHEET = f"""
* {{ font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; font-size: {BODY_PX}px; color: #111; }}
QMainWindow, QWidget#page {{ background: #ffffff; }}
QDialog#confirm {{ background: #ffffff; border: 3px solid #0b1f5c; }}
QPushButton {{
    min-height: {MIN_TOUCH_PX}px; min-width: {MIN_TOUCH_PX}px; padding: 6px 18px;
    border: 2px solid #1f3a93; border-radius: 10px; background: #e8eefc; color: #0b1f5c; font-weight: bold;
}}
QPushButton:checked {{ background: #1f3a93; color: #ffffff; }}
QPushButton:pressed {{ background: #c9d6f7; }}
QPushButton:disabled {{ border-color: #9aa3b5; background: #f0f0f0; color: #6b6b6b; }}
QPushButton[role="primary"] {{ background: #1f3a93; color: #ffffff; }}
QPushButton[role="primary"]:disabled {{ background: #9aa3b5; color: #eeeeee; }}
QPushButton[role="danger"] {{ border-color: #a11d1d; background: #fdeaea; color: #7a0f0f; }}
QPushButton[role="done"] {{ border-color: #1b6e2a; background: #dff3e3; color: #0f4d1c; }}
QLineEdit, QComboBox, QSpinBox {{ min-height: {MIN_TOUCH_PX - 8}px; padding: 4px 10px; border: 2px solid #555; border-radius: 8px; background: #fff; }}
QCheckBox {{ min-height: {MIN_TOUCH_PX}px; spacing: 14px; }}
QCheckBox::indicator {{ width: 36px; height: 36px; }}
QListWidget {{ border: 2px solid #555; border-radius: 8px; }}
QListWidget::item {{ min-height: {MIN_TOUCH_PX}px; }}
QLabel[role="title"] {{ font-size: 30px; font-weight: bold; }}
QLabel[role="huge"] {{ font-size: 64px; font-weight: bold; color: #0b1f5c; }}
QLabel[role="error"] {{ color: #a11d1d; font-weight: bold; }}
QLabel[role="note"] {{ color: #333; }}
QScrollBar:vertical {{ width: 28px; }}
QScrollBar:horizontal {{ height: 28px; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: 48px; }}
QComboBox::drop-down {{ width: 48px; }}
QFrame#header {{ background: #0b1f5c; }}
QFrame#header QLabel {{ color: #ffffff; }}
QFrame#tallies {{ background: #f3f5fa; border-top: 2px solid #0b1f5c; }}
QFrame#tallies QLabel {{ font-size: 20px; }}
"""
