"""The first window of the day: the passphrase screen with its keyboard, before anything is open."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.base import scrolling
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.unlock_screen import UnlockScreen


class StartWindow(QWidget):
    def __init__(self, unlock: UnlockScreen) -> None:
        super().__init__()
        self.unlock = unlock
        self.keyboard = OnScreenKeyboard()
        self.keyboard.hide()
        self.keyboard.set_mode("latin")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(unlock), 1)
        layout.addWidget(self.keyboard)
        self.keyboard.follow_focus_in(self)
        self.setWindowTitle(unlock.title.text())
