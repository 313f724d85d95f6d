"""Start of day: the operator's passphrase unlocks the encrypted store (or creates it on a new kiosk).

The passphrase is asked once per start; the quick PIN then guards screens during the day. The screen
only calls `opener(passphrase, create)`; what a store is and how it fails is the store's business,
and the screen says it in its one language (kiosk/ui/messages.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from kiosk.store.base import EventLog, StoreError
from kiosk.ui.base import Page, button, label
from kiosk.ui.messages import say

MIN_PASSPHRASE = 10

Opener = Callable[[str, bool], EventLog]


class UnlockScreen(Page):
    unlocked = Signal(object)  # the opened EventLog

    def __init__(self, opener: Opener, creating: bool) -> None:
        super().__init__()
        self.opener = opener
        self.creating = creating
        self.title = label("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = label("note")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setVisible(creating)
        for field in (self.passphrase, self.confirm):
            field.setProperty("keyboard", "latin")  # the on-screen keyboard opens on letters, even when shown
        self.show_button = button(checkable=True)
        self.show_button.toggled.connect(self._show_text)
        self.unlock_button = button("primary")
        self.unlock_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.confirm.returnPressed.connect(self.submit)
        self.error = label("error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 16, 120, 16)
        # the message right under the fields: in view above the on-screen keyboard
        for w in (self.title, self.note, self.passphrase, self.confirm, self.error, self.show_button,
                  self.unlock_button):
            layout.addWidget(w)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        if self.creating:
            self.title.setText(self.tr("Set up this kiosk's passphrase"))
            self.note.setText(self.tr(
                "The passphrase encrypts everything this kiosk records. Choose at least %1 characters and keep it "
                "with the booth's manager: without it the records cannot be read.").replace("%1", str(MIN_PASSPHRASE)))
            self.unlock_button.setText(self.tr("Create"))
        else:
            self.title.setText(self.tr("Enter the passphrase to start"))
            self.note.setText(self.tr("The passphrase is asked once each time the kiosk starts."))
            self.unlock_button.setText(self.tr("Unlock"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.confirm.setPlaceholderText(self.tr("The same passphrase again"))
        self.show_button.setText(self.tr("Show what I type"))

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def submit(self) -> None:
        secret = self.passphrase.text()
        if self.creating:
            if len(secret) < MIN_PASSPHRASE:
                self.error.setText(self.tr("Use at least %1 characters.").replace("%1", str(MIN_PASSPHRASE)))
                return
            if secret != self.confirm.text():
                self.error.setText(self.tr("The two passphrases differ."))
                return
        try:
            log = self.opener(secret, self.creating)
        except StoreError as exc:  # what went wrong, in the screen's language
            self.error.setText(say(exc))
            self.passphrase.clear()
            return
        finally:
            self.confirm.clear()
        self.passphrase.clear()
        self.error.setText("")
        self.unlocked.emit(log)
