"""Attendee mode: the screen turned to the visitor. Only what they may touch — a welcome / please-wait
page, the survey, a thank-you with the next step — and a staff button that asks for the PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.base import Page, button, label


def _message_page() -> tuple[QWidget, QLabel, QLabel]:
    """A page with a big centred title and a line of text under it."""
    page = QWidget()
    title, text = label("huge"), label("title")
    v = QVBoxLayout(page)
    v.addStretch(1)
    for lbl in (title, text):
        lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
        v.addWidget(lbl)
    v.addStretch(1)
    return page, title, text


class AttendeeView(Page):
    staff_requested = Signal()
    keep_going = Signal()  # the idle warning's 続ける

    WELCOME, SURVEY, THANKS = range(3)

    def __init__(self) -> None:
        super().__init__()
        self.ticket: int | None = None
        self.pages = QStackedWidget()
        welcome, self.welcome_title, self.welcome_text = _message_page()
        self.survey_holder = QWidget()
        QVBoxLayout(self.survey_holder).setContentsMargins(0, 0, 0, 0)
        thanks, self.thanks_title, self.thanks_text = _message_page()
        for page in (welcome, self.survey_holder, thanks):
            self.pages.addWidget(page)
        self.staff_button = button()
        self.staff_button.clicked.connect(self.staff_requested.emit)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.staff_button)
        # the idle warning: a countdown and one big button to stay
        self.warning = QWidget()
        self.warning.setObjectName("idle_warning")
        self.warning.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.warning.setStyleSheet("#idle_warning { background: #fff4c2; border: 3px solid #b07d00; "
                                   "border-radius: 12px; }")
        self.warning_text = label("title")
        self.continue_button = button("primary")
        # big enough to see from a step away; the style sheet's sizes win over setMinimumSize
        self.continue_button.setStyleSheet("min-width: 360px; min-height: 130px; font-size: 44px;")
        self.continue_button.clicked.connect(self.keep_going.emit)
        w = QHBoxLayout(self.warning)
        w.addWidget(self.warning_text, 1)
        w.addWidget(self.continue_button)
        self.warning.hide()
        self.seconds_left = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.welcome_title.setText(self.tr("Welcome"))
        if self.ticket is None:
            self.welcome_text.setText(self.tr("Please wait. Staff will call your number."))
        else:
            # a visitor already at the desk: the staff member is beside them, not "coming shortly"
            self.welcome_text.setText(self.tr("No. %1, welcome. The staff member with you will go through each step "
                                              "with you.").replace("%1", str(self.ticket)))
        self.thanks_title.setText(self.tr("Thank you"))
        self.thanks_text.setText(self.tr("Please hand the screen back to the staff for the next step."))
        self.staff_button.setText(self.tr("Staff"))
        self.continue_button.setText(self.tr("Continue"))
        self.warning_text.setText(self.tr("Still there? This screen goes back to the start in %1 s.")
                                  .replace("%1", str(self.seconds_left)))

    def show_warning(self, seconds_left: int) -> None:
        self.seconds_left = seconds_left
        self.retranslate()
        self.warning.show()

    def hide_warning(self) -> None:
        self.warning.hide()

    def on_survey(self) -> bool:
        """The survey is on screen, so far unanswered."""
        return self.pages.currentIndex() == self.SURVEY

    def show_welcome(self, ticket: int | None = None) -> None:
        self.ticket = ticket
        self.retranslate()
        self.pages.setCurrentIndex(self.WELCOME)

    def show_survey(self, survey: QWidget) -> None:
        """Put a fresh survey widget on screen (the previous one, with its answers, is destroyed)."""
        self._drop_survey()
        self.survey_holder.layout().addWidget(survey)
        self.pages.setCurrentIndex(self.SURVEY)

    def show_thanks(self) -> None:
        self._drop_survey()
        self.pages.setCurrentIndex(self.THANKS)

    def reset(self) -> None:
        """Back to the start with nothing of the last applicant left on screen or in memory."""
        self.hide_warning()
        self._drop_survey()
        self.show_welcome(None)

    def _drop_survey(self) -> None:
        layout = self.survey_holder.layout()
        while layout.count():
            w = layout.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
