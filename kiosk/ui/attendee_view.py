"""Attendee mode: the screen turned to the visitor. Only what they may touch — a welcome / please-wait
page (their language, the wait, larger text, read aloud), the survey, a thank-you with the next step —
and a staff button that asks for the PIN. Texts are in the attendee's language (attendee_i18n)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.wait import WaitEstimate
from kiosk.speech.speaker import Speaker
from kiosk.ui.attendee_i18n import (
    LANGUAGE_NAMES,
    AttendeePage,
    attendee_language,
    reset_attendee_language,
    set_attendee_language,
)
from kiosk.ui.base import button, label, scrolling, speaker_button
from kiosk.ui.self_photo import SelfPhoto
from kiosk.ui.style import BODY_PX, scale_for, text_size_sheet
from kiosk.ui.survey_screen import SurveyScreen

WAIT_REFRESH_MS = 10_000  # the queue moves in minutes; a glance every 10 s keeps the figure live
LANGUAGE_COLUMNS = 5


def _message_page() -> tuple[QWidget, QVBoxLayout, QLabel, QLabel]:
    """A page with a big centred title and a line of text under it."""
    page = QWidget()
    title, text = label("huge"), label("title")
    v = QVBoxLayout(page)
    v.addStretch(1)
    for lbl in (title, text):
        lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
        v.addWidget(lbl)
    return page, v, title, text


class AttendeeView(AttendeePage):
    staff_requested = Signal()
    keep_going = Signal()  # the idle warning's 続ける

    WELCOME, SURVEY, THANKS = range(3)

    def __init__(self, speaker: Speaker | None = None, wait: Callable[[], WaitEstimate] | None = None) -> None:
        super().__init__()
        reset_attendee_language()  # a new window starts on the default, whatever the last one showed
        self.ticket: int | None = None
        self.photo_sent = False  # the thank-you after the applicant's own photo
        self.speaker = speaker
        self.wait_source = wait
        self.text_scale = 1
        self.screen_scale = 1.0  # style.py's scale for the window's size (a 1920×1080 screen draws larger)
        self.pages = QStackedWidget()
        # welcome: language first (a visitor who cannot read Japanese finds their own name for it)
        welcome, wv, self.welcome_title, self.welcome_text = _message_page()
        self.language_title = label("note")
        self.language_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_buttons: dict[str, QPushButton] = {}
        self.language_grid = QGridLayout()
        for i, (code, name) in enumerate(LANGUAGE_NAMES.items()):
            b = button(checkable=True)
            b.setText(name)  # always in its own language and script
            b.clicked.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_buttons[code] = b
            self.language_grid.addWidget(b, i // LANGUAGE_COLUMNS, i % LANGUAGE_COLUMNS)
        wv.insertWidget(0, self.language_title)
        wv.insertLayout(1, self.language_grid)
        self.wait_label = label("title")
        self.wait_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        wv.addWidget(self.wait_label)
        self.read_welcome = speaker_button()
        self.read_welcome.clicked.connect(lambda: self.say(self.welcome_title, self.welcome_text, self.wait_label))
        wv.addWidget(self.read_welcome, 0, Qt.AlignmentFlag.AlignCenter)
        wv.addStretch(1)
        self.survey_holder = QWidget()
        QVBoxLayout(self.survey_holder).setContentsMargins(0, 0, 0, 0)
        thanks, tv, self.thanks_title, self.thanks_text = _message_page()
        self.read_thanks = speaker_button()
        self.read_thanks.clicked.connect(lambda: self.say(self.thanks_title, self.thanks_text))
        tv.addWidget(self.read_thanks, 0, Qt.AlignmentFlag.AlignCenter)
        tv.addStretch(1)
        for page in (welcome, self.survey_holder, thanks):
            self.pages.addWidget(page)
        self.large_button = button(checkable=True)
        self.large_button.clicked.connect(self.set_large_text)
        self.staff_button = button()
        self.staff_button.clicked.connect(self.staff_requested.emit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.large_button)
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
        layout.addWidget(scrolling(self.pages), 1)  # large text scrolls the page, never the bottom row away
        layout.addLayout(bottom)
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(WAIT_REFRESH_MS)
        self.wait_timer.timeout.connect(self.refresh_wait)
        self._apply_text_size()
        self.retranslate()

    def retranslate(self) -> None:
        self.language_title.setText(self.tr("Choose your language"))
        for code, b in self.language_buttons.items():
            b.setChecked(code == attendee_language())
        self.welcome_title.setText(self.tr("Welcome"))
        if self.ticket is None:
            self.welcome_text.setText(self.tr("Please wait. Staff will call your number."))
        else:
            # a visitor already at the desk: the staff member is beside them, not "coming shortly"
            self.welcome_text.setText(self.tr("No. %1, welcome. The staff member with you will go through each step "
                                              "with you.").replace("%1", str(self.ticket)))
        self.thanks_title.setText(self.tr("Thank you"))
        self.thanks_text.setText(self.tr("Staff will check your photo before it is printed.") if self.photo_sent
                                 else self.tr("Please hand the screen back to the staff for the next step."))
        self.staff_button.setText(self.tr("Staff"))
        self.large_button.setText(self.tr("Normal text") if self.text_scale > 1 else self.tr("Larger text"))
        for b in (self.read_welcome, self.read_thanks):
            b.setText(self.tr("Read aloud"))
        self.continue_button.setText(self.tr("Continue"))
        self.warning_text.setText(self.tr("Still there? This screen goes back to the start in %1 seconds.")
                                  .replace("%1", str(self.seconds_left)))
        self.refresh_wait()

    def show_warning(self, seconds_left: int) -> None:
        self.seconds_left = seconds_left
        self.retranslate()
        self.warning.show()

    def hide_warning(self) -> None:
        self.warning.hide()

    def on_survey(self) -> bool:
        """The survey is on screen, so far unanswered (not the applicant's own photo, which shares its page)."""
        return self.pages.currentIndex() == self.SURVEY and bool(self._surveys())

    # -- the wait --------------------------------------------------------------------------------------
    def refresh_wait(self) -> None:
        """People waiting and, once today's journeys say enough, the minutes a newcomer waits."""
        if self.wait_source is None or self.ticket is not None:  # the one at the desk waits no more
            self.wait_label.setText("")
            return
        w = self.wait_source()
        lines = [self.tr("People waiting: %1").replace("%1", str(w.ahead)) if w.ahead else self.tr("No one is waiting")]
        if w.minutes is not None and w.ahead:
            lines.append(self.tr("Waiting time: about %1 min").replace("%1", str(max(1, w.minutes))))
        self.wait_label.setText("\n".join(lines))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self.refresh_wait()
        self.wait_timer.start()

    def hideEvent(self, event: object) -> None:  # noqa: N802
        self.wait_timer.stop()
        super().hideEvent(event)

    # -- the attendee's choices ------------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        set_attendee_language(code)
        self.retranslate_all()
        if self.speaker is not None:
            self.speaker.stop()

    def set_large_text(self, on: bool) -> None:
        """Double every text on the attendee screens (the survey lays its answers out in fewer columns)."""
        self.text_scale = 2 if on else 1
        self.large_button.setChecked(on)
        self._apply_text_size()
        for survey in self._surveys():
            survey.set_text_scale(self.text_scale)
        self.retranslate()

    def _apply_text_size(self) -> None:
        self.setStyleSheet(text_size_sheet(self.text_scale, self.screen_scale))
        for b in self.language_buttons.values():  # a picker of names: stays put when the text grows
            b.setStyleSheet(f"font-size: {round(BODY_PX * self.screen_scale)}px;")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        """Larger text doubles the screen's own sizes, which grow with the window (style.py)."""
        super().resizeEvent(event)
        window = self.window()
        scale = scale_for(window.width(), window.height())
        if scale != self.screen_scale:
            self.screen_scale = scale
            self._apply_text_size()

    def say(self, *labels: QLabel) -> None:
        """Read the page's texts aloud in the attendee's language (fixed texts only: nothing personal)."""
        if self.speaker is not None:
            text = " ".join(lbl.text().replace("\n", " ") for lbl in labels if lbl.text())
            self.speaker.say(text, attendee_language())

    # -- pages -----------------------------------------------------------------------------------------
    def show_welcome(self, ticket: int | None = None) -> None:
        self.ticket = ticket
        self.retranslate()
        self.pages.setCurrentIndex(self.WELCOME)

    def show_survey(self, survey: QWidget) -> None:
        """Put a fresh survey widget on screen (the previous one, with its answers, is destroyed)."""
        self._drop_survey()
        self.survey_holder.layout().addWidget(survey)
        if isinstance(survey, SurveyScreen):
            survey.speaker = self.speaker
            survey.set_text_scale(self.text_scale)
        self.pages.setCurrentIndex(self.SURVEY)

    def show_self_photo(self, photo: SelfPhoto) -> None:
        """The applicant takes their own photo here (in the survey's place: one task at a time)."""
        self.show_survey(photo)
        photo.start()

    def show_thanks(self, photo_sent: bool = False) -> None:
        self._drop_survey()
        self.photo_sent = photo_sent
        self.retranslate()
        self.pages.setCurrentIndex(self.THANKS)

    def reset(self) -> None:
        """Back to the start with nothing of the last applicant left: their answers, their language,
        their text size."""
        self.hide_warning()
        self._drop_survey()
        if self.speaker is not None:
            self.speaker.stop()
        reset_attendee_language()
        self.set_large_text(False)
        self.show_welcome(None)
        self.retranslate_all()

    def _surveys(self) -> list[SurveyScreen]:
        return self.survey_holder.findChildren(SurveyScreen)

    def _drop_survey(self) -> None:
        layout = self.survey_holder.layout()
        while layout.count():
            w = layout.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
