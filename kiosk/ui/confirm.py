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
    EXTRA = 2  # the result code of the third answer, when there is one

    def __init__(self, parent: QWidget, question: str, details: str, yes: str, no: str, extra: str = "") -> None:
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
        self.extra_button = button()
        self.extra_button.setText(extra)
        self.extra_button.setVisible(bool(extra))
        for b in (self.yes_button, self.no_button, self.extra_button):
            b.setMinimumSize(240, 96)
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.reject)
        self.extra_button.clicked.connect(lambda: self.done(self.EXTRA))
        row = QHBoxLayout()
        row.addWidget(self.no_button)
        row.addStretch(1)
        row.addWidget(self.extra_button)
        row.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.question)
        layout.addWidget(self.details)
        layout.addLayout(row)
        self.setMinimumWidth(620)


def confirm(parent: QWidget, question: str, details: str, yes: str, no: str, then: Callable[[], None],
            extra: str = "", extra_then: Callable[[], None] | None = None) -> Confirm:
    """Ask; run `then` if the answer is yes (`extra_then` on the third answer). Returns the open dialog."""
    dialog = Confirm(parent, question, details, yes, no, extra)
    dialog.accepted.connect(then)
    if extra_then is not None:
        dialog.finished.connect(lambda result: result == Confirm.EXTRA and extra_then())
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
