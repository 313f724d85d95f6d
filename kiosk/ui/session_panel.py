"""Operator: open today's booth session (開催回) or see and close the open one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QStackedWidget, QVBoxLayout

from kiosk.booth import Booth, BoothError
from kiosk.domain.events import JST, SESSION_KINDS
from kiosk.ui.base import Page, button, label
from kiosk.ui.confirm import Confirm, confirm
from kiosk.ui.labels import session_kind_label
from kiosk.ui.messages import say


class SessionPanel(Page):
    changed = Signal()

    def __init__(self, booth: Booth) -> None:
        super().__init__()
        self.booth = booth
        self.confirmation: Confirm | None = None
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
        self.correcting = False  # the form corrects the open session instead of opening one
        self.cancel_correction = button()
        self.cancel_correction.clicked.connect(self.stop_correcting)
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
        f.addWidget(self.cancel_correction)
        f.addWidget(self.error)
        f.addStretch(1)
        # -- the open session
        info = Page()
        self.info_title = label("title")
        self.info = label()
        self.close_button = button("danger")
        self.close_button.clicked.connect(self.close_session)
        self.correct_button = button()
        self.correct_button.clicked.connect(self.start_correcting)
        self.close_error = label("error")
        i = QVBoxLayout(info)
        i.addWidget(self.info_title)
        i.addWidget(self.info)
        i.addWidget(self.correct_button)
        i.addWidget(self.close_button)
        i.addWidget(self.close_error)
        i.addStretch(1)
        self.stack.addWidget(form)
        self.stack.addWidget(info)
        QVBoxLayout(self).addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.form_title.setText(self.tr("Correct today's session") if self.correcting
                                else self.tr("Open today's booth session"))
        self.venue_label.setText(self.tr("Venue"))
        self.municipality_label.setText(self.tr("Municipality"))
        self.venue.setPlaceholderText(self.tr("e.g. Miyagi Prefectural Government Building"))
        self.municipality.setPlaceholderText(self.tr("e.g. Sendai"))
        for kind, b in self.kind_buttons.items():
            b.setText(session_kind_label(kind))
        self.large_venue.setText(self.tr("100-person-class venue"))
        self.kind_label.setText(self.tr("Kind of session"))
        self.size_label.setText(self.tr("Venue size (tap if it applies)"))
        self.open_button.setText(self.tr("Save the correction") if self.correcting else self.tr("Open session"))
        self.cancel_correction.setText(self.tr("Back"))
        self.correct_button.setText(self.tr("Correct venue or kind"))
        self.info_title.setText(self.tr("Today's session"))
        self.close_button.setText(self.tr("Close session"))
        self.refresh()

    def refresh(self) -> None:
        s = self.booth.session
        self.correcting = self.correcting and s is not None
        self.cancel_correction.setVisible(self.correcting)
        self.stack.setCurrentIndex(0 if s is None or self.correcting else 1)
        if s is not None:
            opened = s.opened_at.astimezone(JST).strftime("%Y-%m-%d %H:%M")
            large = "\n" + self.tr("100-person-class venue") if s.large_venue else ""
            self.info.setText(f"{s.venue}\n{s.municipality}\n{session_kind_label(s.kind)}{large}\n"
                              + self.tr("Opened at %1").replace("%1", opened))

    def start_correcting(self) -> None:
        """The form, filled with the open session's details, to fix a typo (a session_update)."""
        s = self.booth.session
        if s is None:
            return
        self.correcting = True
        self.venue.setText(s.venue)
        self.municipality.setText(s.municipality)
        self.kind_buttons[s.kind].setChecked(True)
        self.large_venue.setChecked(s.large_venue)
        self.retranslate()

    def stop_correcting(self) -> None:
        self.correcting = False
        self.venue.clear()
        self.municipality.clear()
        self.error.setText("")
        self.retranslate()

    def open_session(self) -> None:
        kind = next(k for k, b in self.kind_buttons.items() if b.isChecked())
        try:
            if self.correcting:
                self.booth.correct_session(self.venue.text(), self.municipality.text(), kind,
                                           self.large_venue.isChecked())
                self.correcting = False
            else:
                self.booth.open_session(self.venue.text(), self.municipality.text(), kind,
                                        self.large_venue.isChecked())
        except BoothError as exc:
            self.error.setText(say(exc))
            return
        self.error.setText("")
        self.venue.clear()
        self.municipality.clear()
        self.retranslate()
        self.changed.emit()

    def close_session(self) -> None:
        """Ask first, with the day's figures, then end the session."""
        if self.booth.current is not None or self.booth.queue:  # the booth refuses: say why at once
            self._close()
            return
        t = self.booth.today()
        figures = "\n".join(self.tr("%1: %2").replace("%1", name).replace("%2", str(value)) for name, value in (
            (self.tr("Visitors"), t.visitors), (self.tr("Paper applications"), t.paper),
            (self.tr("Online applications"), t.online), (self.tr("Health insurance link"), t.insurance_link),
            (self.tr("Public funds account"), t.public_funds_account),
            (self.tr("Smartphone consultations"), t.smartphone_consult), (self.tr("Surveys"), t.surveys)))
        self.confirmation = confirm(self, self.tr("Close today's session?"),
                                    self.tr("Today's figures:") + "\n" + figures,
                                    self.tr("Close the session"), self.tr("Back"), self._close)

    def _close(self) -> None:
        try:
            self.booth.close_session()
        except BoothError as exc:
            self.close_error.setText(say(exc))
            return
        self.close_error.setText("")
        self.refresh()
        self.changed.emit()
