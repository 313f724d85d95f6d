"""Operator PIN pad: unlocks operator screens, or sets the PIN at first start (entered twice)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.pin import OperatorPin, PinError
from kiosk.ui.base import Page
from kiosk.ui.messages import say


class PinScreen(Page):
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, pin: OperatorPin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin = pin
        self.entry = ""
        self.first_entry: str | None = None
        self.setting = False
        self.locked = False
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display = QLabel()
        self.display.setProperty("role", "huge")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        pad = QGridLayout()
        self.digit_buttons: dict[str, QPushButton] = {}
        for i, d in enumerate("123456789"):
            self.digit_buttons[d] = self._pad_button(d, pad, i // 3, i % 3)
        self.clear_button = self._pad_button("", pad, 3, 0)
        self.digit_buttons["0"] = self._pad_button("0", pad, 3, 1)
        self.ok_button = self._pad_button("", pad, 3, 2)
        self.ok_button.setProperty("role", "primary")
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(lambda: self._set_pad_enabled(True))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.display)
        layout.addLayout(pad)
        layout.addWidget(self.message)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def _pad_button(self, text: str, grid: QGridLayout, row: int, col: int) -> QPushButton:
        b = QPushButton(text)
        b.setMinimumSize(110, 80)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if text.isdigit():
            b.clicked.connect(lambda _=False, d=text: self.press(d))
        elif not text and col == 0:
            b.clicked.connect(self.clear)
        else:
            b.clicked.connect(self.submit)
        grid.addWidget(b, row, col)
        return b

    def retranslate(self) -> None:
        if self.setting:
            text = self.tr("Choose an operator PIN (4–8 digits)") if self.first_entry is None else self.tr(
                "Enter the same PIN again"
            )
        elif self.locked:
            text = self.tr("The screen is locked. Enter the operator PIN.")
        else:
            text = self.tr("Operator PIN")
        self.title.setText(text)
        self.clear_button.setText(self.tr("Clear"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Back"))

    def start(self, *, setting: bool = False, can_cancel: bool = True) -> None:
        """Show a fresh pad: to set a new PIN, or to check the existing one."""
        self.setting = setting
        self.locked = not setting and not can_cancel  # the operator's screens locked (idle or at start)
        self.first_entry = None
        self.clear()
        self.message.setText("")
        self.cancel_button.setVisible(can_cancel)
        self.retranslate()

    def press(self, digit: str) -> None:
        if len(self.entry) < 8:
            self.entry += digit
            self.display.setText("●" * len(self.entry))

    def clear(self) -> None:
        self.entry = ""
        self.display.setText("")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (a USB keyboard works too)
        if event.text().isdigit():
            self.press(event.text())
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Backspace:
            self.entry = self.entry[:-1]
            self.display.setText("●" * len(self.entry))
        else:
            super().keyPressEvent(event)

    def submit(self) -> None:
        entry, self.entry = self.entry, ""
        self.display.setText("")
        if self.setting:
            self._submit_new(entry)
            return
        result = self.pin.check(entry)
        if result.ok:
            self.message.setText("")
            self.accepted.emit()
            return
        self.message.setText(say(result.message))
        if result.wait_s > 0:
            self._set_pad_enabled(False)
            self.retry_timer.start(int(result.wait_s * 1000) + 100)

    def _submit_new(self, entry: str) -> None:
        if self.first_entry is None:
            try:
                from kiosk.pin import validate_new_pin

                validate_new_pin(entry)
            except PinError as exc:
                self.message.setText(say(exc))
                return
            self.first_entry = entry
            self.message.setText("")
            self.retranslate()
            return
        if entry != self.first_entry:
            self.first_entry = None
            self.message.setText(self.tr("The two PINs differ. Please start again."))
            self.retranslate()
            return
        self.pin.set(entry)
        self.setting = False
        self.locked = False
        self.accepted.emit()

    def _set_pad_enabled(self, enabled: bool) -> None:
        for b in [*self.digit_buttons.values(), self.ok_button]:
            b.setEnabled(enabled)
