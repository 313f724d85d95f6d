"""Operator: open today's booth session (開催回) or see and close the open one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QStackedWidget, QVBoxLayout

from kiosk.booth import Booth, BoothError
from kiosk.domain.events import JST, SESSION_KINDS
from kiosk.ui.base import Page, button, label
from kiosk.ui.labels import session_kind_label


class SessionPanel(Page):
    changed = Signal()

    def __init__(self, booth: Booth) -> None:
        super().__init__()
        self.booth = booth
        self.stack = QStackedWidget()
        # -- form to open a session
        form = Page()
        self.form_title = label("title")
        self.venue = QLineEdit()
        self.municipality = QLineEdit()
        self.kind_buttons: dict[str, object] = {}
        self.kind_group = QButtonGroup(self)
        kinds = QVBoxLayout()
        for kind in SESSION_KINDS:
            b = button(checkable=True)
            self.kind_group.addButton(b)
            self.kind_buttons[kind] = b
            kinds.addWidget(b)
        self.kind_buttons["support"].setChecked(True)
        self.large_venue = button(checkable=True)  # a big toggle: a check box is too small to tap
        self.open_button = button("primary")
        self.open_button.clicked.connect(self.open_session)
        self.error = label("error")
        f = QVBoxLayout(form)
        f.addWidget(self.form_title)
        self.venue_label, self.municipality_label = label(), label()
        for lbl, field in ((self.venue_label, self.venue), (self.municipality_label, self.municipality)):
            f.addWidget(lbl)
            f.addWidget(field)
        # the venue's size under its own heading: it is not a fourth kind of session
        self.kind_label, self.size_label = label(), label()
        f.addWidget(self.kind_label)
        f.addLayout(kinds)
        f.addWidget(self.size_label)
        f.addWidget(self.large_venue)
        f.addWidget(self.open_button)
        f.addWidget(self.error)
        f.addStretch(1)
        # -- the open session
        info = Page()
        self.info_title = label("title")
        self.info = label()
        self.close_button = button("danger")
        self.close_button.clicked.connect(self.close_session)
        self.close_error = label("error")
        i = QVBoxLayout(info)
        i.addWidget(self.info_title)
        i.addWidget(self.info)
        i.addWidget(self.close_button)
        i.addWidget(self.close_error)
        i.addStretch(1)
        self.stack.addWidget(form)
        self.stack.addWidget(info)
        QVBoxLayout(self).addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.form_title.setText(self.tr("Open today's booth session"))
        self.venue_label.setText(self.tr("Venue"))
        self.municipality_label.setText(self.tr("Municipality"))
        self.venue.setPlaceholderText(self.tr("e.g. Miyagi Prefectural Government Building"))
        self.municipality.setPlaceholderText(self.tr("e.g. Sendai"))
        for kind, b in self.kind_buttons.items():
            b.setText(session_kind_label(kind))
        self.large_venue.setText(self.tr("100-person-class venue"))
        self.kind_label.setText(self.tr("Kind of session"))
        self.size_label.setText(self.tr("Venue size (tap if it applies)"))
        self.open_button.setText(self.tr("Open session"))
        self.info_title.setText(self.tr("Today's session"))
        self.close_button.setText(self.tr("Close session"))
        self.refresh()

    def refresh(self) -> None:
        s = self.booth.session
        self.stack.setCurrentIndex(0 if s is None else 1)
        if s is not None:
            opened = s.opened_at.astimezone(JST).strftime("%Y-%m-%d %H:%M")
            large = "\n" + self.tr("100-person-class venue") if s.large_venue else ""
            self.info.setText(f"{s.venue}\n{s.municipality}\n{session_kind_label(s.kind)}{large}\n"
                              + self.tr("Opened at %1").replace("%1", opened))

    def open_session(self) -> None:
        kind = next(k for k, b in self.kind_buttons.items() if b.isChecked())
        try:
            self.booth.open_session(self.venue.text(), self.municipality.text(), kind, self.large_venue.isChecked())
        except BoothError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        self.venue.clear()
        self.municipality.clear()
        self.refresh()
        self.changed.emit()

    def close_session(self) -> None:
        try:
            self.booth.close_session()
        except BoothError as exc:
            self.close_error.setText(str(exc))
            return
        self.close_error.setText("")
        self.refresh()
        self.changed.emit()
