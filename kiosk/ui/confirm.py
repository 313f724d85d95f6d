"""A touch-sized yes/no question over the window, in the screen's language (the caller's tr()).

Non-blocking (`open`, not `exec`): the event loop keeps running, so the idle timer, the printer
watch and the tests' taps all go on while the question is up. The caller keeps the returned dialog
(tests tap its buttons); `then` runs only on yes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.base import button, label


class Confirm(QDialog):
    def __init__(self, parent: QWidget, question: str, details: str, yes: str, no: str) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setModal(True)
        self.setObjectName("confirm")
        self.question = label("title")
        self.question.setText(question)
        self.details = label()
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.yes_button = button("primary")
        self.yes_button.setText(yes)
        self.no_button = button()
        self.no_button.setText(no)
        for b in (self.yes_button, self.no_button):
            b.setMinimumSize(240, 96)
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.no_button)
        row.addStretch(1)
        row.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.question)
        layout.addWidget(self.details)
        layout.addLayout(row)
        self.setMinimumWidth(620)


def confirm(parent: QWidget, question: str, details: str, yes: str, no: str, then: Callable[[], None]) -> Confirm:
    """Ask; run `then` if the answer is yes. Returns the open dialog."""
    dialog = Confirm(parent, question, details, yes, no)
    dialog.accepted.connect(then)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
