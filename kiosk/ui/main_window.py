"""The kiosk window: a header, then one of the modes (operator, attendee, PIN pad, settings), and the
on-screen keyboard that slides in under any text field. Mode changes and the idle reset live here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hardware.camera import open_camera
from hardware.printer import CupsPrinter, available_queues
from kiosk.booth import Booth, BoothError
from kiosk.paths import assets_dir
from kiosk.photo.accepted import AcceptedPhoto
from kiosk.pin import OperatorPin
from kiosk.printing.service import PrintService
from kiosk.settings import LoadedSettings, Settings
from kiosk.speech.speaker import Speaker
from kiosk.ui.admin_screen import AdminScreen
from kiosk.ui.attendee_view import AttendeeView
from kiosk.ui.base import button, label, scrolling
from kiosk.ui.confirm import Confirm
from kiosk.ui.i18n import current_language, set_language
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.keyboard import OnScreenKeyboard, shared_converter
from kiosk.ui.labels import step_label
from kiosk.ui.online_step import OnlineStep
from kiosk.ui.operator_view import OperatorView
from kiosk.ui.photo_screen import PhotoScreen
from kiosk.ui.photo_voice import PhotoVoice
from kiosk.ui.pin_screen import PinScreen
from kiosk.ui.print_panel import PrintPanel
from kiosk.ui.printer_status import PrinterStatus
from kiosk.ui.reports_screen import ReportsScreen
from kiosk.ui.self_photo import SelfPhoto
from kiosk.ui.style import scale_for, style_sheet


class MainWindow(QMainWindow):
    applicant_cleared = Signal()

    def __init__(self, booth: Booth, loaded: LoadedSettings, pin: OperatorPin) -> None:
        super().__init__()
        self.booth = booth
        self.settings: Settings = loaded.settings
        self.mode = "locked"
        self._after_pin = self.to_operator
        self.attendee_pin = False  # the PIN screen was opened from the attendee screen
        self._allow_close = False
        # header
        self.header = QFrame()
        self.header.setObjectName("header")
        self.title = label("title")  # two lines where the buttons leave too little room for one
        self.session_label = label(wrap=False)  # elided (…) rather than push the buttons off the screen
        self.session_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.scale = 1.0  # the style sheet's scale for this screen (kiosk/ui/style.py)
        self.status_area = QHBoxLayout()  # sync status and printer status sit here
        self.language_button = button()
        self.language_button.clicked.connect(self.toggle_language)
        self.attendee_button = button()
        self.attendee_button.clicked.connect(self.to_attendee)
        self.admin_button = button()
        self.admin_button.clicked.connect(self.to_admin)
        h = QHBoxLayout(self.header)
        h.setContentsMargins(10, 4, 10, 4)
        h.addWidget(self.title)
        h.addWidget(self.session_label, 1)
        h.addLayout(self.status_area)
        for b in (self.attendee_button, self.admin_button, self.language_button):
            h.addWidget(b)
        # modes
        self.operator = OperatorView(booth, loaded.path.parent)
        self.speaker = Speaker(self.settings.speech_volume)  # the attendee's voice guidance
        self.attendee = AttendeeView(self.speaker, wait=booth.wait)
        self.pin_screen = PinScreen(pin)
        self.admin = AdminScreen(loaded, queues=available_queues, media=lambda q: PrintService(
            CupsPrinter(), loaded.path.parent, q).choices())
        camera = lambda: open_camera(self.settings.camera, assets_dir())  # noqa: E731 (opened per step)
        self.online = OnlineStep(photo=lambda: self.photo_jpeg, open_camera=camera)
        self.photo_step = PhotoScreen(camera)
        self.photo_step.voice = PhotoVoice(self.speaker)  # the sitter hears the guidance in their language
        self.open_camera = camera
        self.pending_photo: AcceptedPhoto | None = None  # the applicant's own photo, until the operator approves
        self.print_panel = PrintPanel(photo=lambda: self.photo_jpeg, printer=CupsPrinter,
                                      queue=self.print_queue, data_dir=loaded.path.parent)
        self.photo_jpeg: bytes | None = None  # the accepted booth photo of the applicant at the desk
        self.reports_screen = ReportsScreen(booth, loaded.path.parent)
        self.printer_status = PrinterStatus(self.print_panel.queue_status)
        self.status_area.addWidget(self.printer_status.button)
        self.printer_status.open_print.connect(lambda: self._set_mode("operator", self.print_panel))
        self.printer_status.changed.connect(self.refresh_header)
        self.stack = QStackedWidget()
        self.page_holders: dict[QWidget, QWidget] = {}
        for w in (self.operator, self.attendee, self.pin_screen, self.admin, self.online, self.photo_step,
                  self.print_panel, self.reports_screen):
            # these pages scroll their own parts (never a scroll area in another)
            own = w is self.operator or w is self.attendee or w is self.reports_screen
            self.page_holders[w] = w if own else scrolling(w)
            self.stack.addWidget(self.page_holders[w])
        self.keyboard = OnScreenKeyboard()
        self.keyboard.hide()
        central = QWidget()
        v = QVBoxLayout(central)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        v.addWidget(self.header)
        v.addWidget(self.stack, 1)
        v.addWidget(self.keyboard)
        self.setCentralWidget(central)
        # wiring
        self.attendee.staff_requested.connect(self.request_operator)
        self.pin_screen.accepted.connect(lambda: self._after_pin())
        self.pin_screen.cancelled.connect(self.to_attendee)
        self.admin.back.connect(self.to_operator)
        self.admin.saved.connect(self.apply_settings)
        self.admin.change_pin.connect(self.set_new_pin)
        self.admin.quit_requested.connect(self.quit_kiosk)
        self.operator.session_panel.changed.connect(self.refresh_header)
        self.operator.journey.step_handlers["survey"] = self.start_survey
        self.operator.journey.step_handlers["online_application"] = self.start_online
        self.operator.journey.step_handlers["photo"] = self.start_photo
        self.photo_step.accepted.connect(self.photo_accepted)
        self.photo_step.cancelled.connect(self.to_operator)
        self.photo_step.self_service_requested.connect(self.start_self_photo)
        self.print_panel.back.connect(self.to_operator)
        self.reports_screen.back.connect(self.to_operator)
        self.operator.reports.open_reports.connect(self.open_reports)
        self.print_panel.printed.connect(self.sheets_printed)
        self.online.done.connect(self.online_done)
        self.operator.journey.ended.connect(self.forget_photo)
        self.survey_factory = None  # set by the app when a survey definition is available
        self.keyboard.follow_focus_in(self)
        self.keyboard.shown.connect(lambda typing: self.operator.tallies.setVisible(not typing))
        self.idle = IdleWatcher(self.settings.idle_timeout_s, self)
        self.idle.idle.connect(self.on_idle)
        self.idle.warning.connect(self.idle_warning)
        self.idle.resumed.connect(self.attendee.hide_warning)
        self.attendee.keep_going.connect(self.idle.poke)
        self.retranslate()
        if pin.is_set():
            self.lock()
        else:
            self._ask_pin(setting=True, can_cancel=False, then=self.to_operator)

    def print_queue(self) -> str:
        """The CUPS queue the settings chose; "" lets the print service's one policy choose (the PDF
        printer, else CUPS's default)."""
        return self.settings.printer

    # -- texts ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My Number Card application support"))
        self.title.setText(self.tr("My Number Card application support"))
        self.language_button.setText("English" if current_language() == "ja" else "日本語")
        self.attendee_button.setText(self.tr("Turn to attendee"))
        self.admin_button.setText(self.tr("Settings"))
        self.refresh_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh_header(self) -> None:
        s = self.booth.session
        venue = f"{s.venue}（{s.municipality}）" if s and self.mode == "operator" else ""
        self.session_label.setToolTip(venue)
        self._elide_session_label()
        operator = self.mode == "operator"
        self.attendee_button.setVisible(operator)
        self.admin_button.setVisible(operator)
        self.language_button.setVisible(self.mode != "attendee")  # the attendee picks theirs on the welcome screen
        self.printer_status.button.setText(self.tr("Printer: check it"))
        self.printer_status.button.setVisible(operator and bool(self.printer_status.problem))

    def _elide_session_label(self) -> None:
        full = self.session_label.toolTip()
        width = max(0, self.session_label.width() - 8)
        self.session_label.setText(self.session_label.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, width))

    def toggle_language(self) -> None:
        set_language("en" if current_language() == "ja" else "ja")

    # -- modes ---------------------------------------------------------------------------------------
    def _set_mode(self, mode: str, page: QWidget) -> None:
        self.mode = mode
        for question in self.findChildren(Confirm):  # e.g. the idle lock: no answer without the PIN
            question.reject()
        self.keyboard.hide()
        self.stack.setCurrentWidget(self.page_holders[page])
        self.refresh_header()

    def to_operator(self) -> None:
        self.operator.refresh()
        if self.pending_photo is not None:  # back from the applicant's own photo: approve it first
            self.approve_photo()
            return
        self._set_mode("operator", self.operator)

    def to_attendee(self) -> None:
        current = self.booth.current
        self.attendee.show_welcome(current.ticket if current else None)
        self._set_mode("attendee", self.attendee)

    def to_admin(self) -> None:
        self._set_mode("admin", self.admin)

    def _ask_pin(self, *, setting: bool, can_cancel: bool, then: object) -> None:
        self.attendee_pin = False
        self._after_pin = then
        self.pin_screen.start(setting=setting, can_cancel=can_cancel)
        self._set_mode("locked", self.pin_screen)

    def request_operator(self) -> None:
        """The staff button on the attendee screen: only the PIN leads back to operator screens."""
        self._ask_pin(setting=False, can_cancel=True, then=self.to_operator)
        self.attendee_pin = True  # idle here is an attendee who walked away: see on_idle

    def lock(self) -> None:
        self._ask_pin(setting=False, can_cancel=False, then=self.to_operator)

    def set_new_pin(self) -> None:
        self._ask_pin(setting=True, can_cancel=False, then=self.to_admin)

    # -- the survey, handed to the attendee ----------------------------------------------------------
    def start_survey(self) -> None:
        if self.survey_factory is None:
            self.operator.journey.record("survey")
            return
        survey = self.survey_factory()
        survey.completed.connect(self.survey_completed)
        self.attendee.show_survey(survey)
        self._set_mode("attendee", self.attendee)

    def survey_completed(self, result: dict) -> None:
        fields = {k: v for k, v in result.items() if k in ("answers", "age_band", "free_text")}
        self.operator.journey.record("survey", **fields)
        self.attendee.show_thanks()

    # -- the photo -----------------------------------------------------------------------------------
    def start_photo(self) -> None:
        self.photo_step.start()
        self._set_mode("operator", self.photo_step)

    def start_self_photo(self) -> None:
        """The applicant takes their own photo on the attendee screen (up to three tries, their pick)."""
        own = SelfPhoto(PhotoScreen(self.open_camera, self_service=True), self.speaker)
        own.chosen.connect(self.self_photo_chosen)
        self.attendee.show_self_photo(own)
        self._set_mode("attendee", self.attendee)

    def self_photo_chosen(self, photo: AcceptedPhoto) -> None:
        self.pending_photo = photo  # memory only; printed only once the operator approves it
        self.attendee.show_thanks(photo_sent=True)

    def approve_photo(self) -> None:
        photo, self.pending_photo = self.pending_photo, None
        self.photo_step.review_photo(photo)
        self._set_mode("operator", self.photo_step)

    def photo_accepted(self, photo: AcceptedPhoto) -> None:
        self.photo_jpeg = photo.jpeg  # memory only: for printing and the online application, dropped with the applicant
        flag = {"head_covering": photo.head_covering} if photo.head_covering else {}
        self.operator.journey.record("photo", **flag)  # the covering's reason as a flag, nothing personal
        self._set_mode("operator", self.print_panel)  # next: print the sheet (or go back)

    def sheets_printed(self, pages: int) -> None:
        try:
            self.booth.record_print(pages)
        except BoothError:  # printed while no session is open: say so rather than lose it silently
            self.print_panel.status.setText(self.print_panel.status.text() + " — " + self.tr(
                "Not counted: no booth session is open. Open today's session to count printed pages."))
        self.operator.refresh()

    # -- the online application ---------------------------------------------------------------------
    def start_online(self) -> None:
        self.online.start()
        self._set_mode("operator", self.online)

    def online_done(self, route: str) -> None:
        """Sent online, or fell back to paper: the step is recorded either way; stopped: nothing.
        The paper route goes on to the print screen (the photo for the form, the next-steps slip)."""
        self.to_operator()
        if route:
            self.operator.journey.record("online_application" if route == "online" else "paper_application")
        if route == "paper":
            self._set_mode("operator", self.print_panel)

    def open_reports(self) -> None:
        self.reports_screen.start()
        self._set_mode("operator", self.reports_screen)

    # -- idle ----------------------------------------------------------------------------------------
    def _attendee_alone(self) -> bool:
        return self.mode == "attendee" or (self.mode == "locked" and self.attendee_pin)

    def idle_warning(self, seconds_left: int) -> None:
        """The attendee screen says it will go back to the start, with a big 続ける."""
        if self._attendee_alone():
            self.attendee.show_warning(seconds_left)

    def on_idle(self) -> None:
        """Nobody touched the screen for a while: forget the applicant (telling the operator what was
        dropped), or lock the operator screens."""
        if self._attendee_alone():
            dropped = self._dropped()
            self.clear_applicant()  # nobody at the screen: back to the start, the applicant's data gone
            if dropped:
                self.operator.journey.message.setText(dropped)
            self.to_attendee()
        elif self.mode in ("operator", "admin"):
            self.lock()
        self.idle.poke()

    def _dropped(self) -> str:
        """What the idle reset ends unfinished, for the operator's screen."""
        journey = self.booth.current
        if journey is None and not self.attendee.on_survey():
            return ""
        missing = [step_label(s) for s in (journey.services if journey else ()) if s not in journey.done]
        if self.attendee.on_survey() and step_label("survey") not in missing:
            missing.append(step_label("survey"))
        ticket = str(journey.ticket) if journey else "-"
        return (self.tr("No. %1 was cleared after no touch on the attendee screen. Not done: %2")
                .replace("%1", ticket).replace("%2", "、".join(missing) or self.tr("nothing")))

    def forget_photo(self, _summary: object = None) -> None:
        """The applicant's journey ended: their photo and any online-application session go."""
        self.photo_jpeg = None
        self.pending_photo = None
        self.online.stop()
        self.print_panel.new_applicant()

    def clear_applicant(self) -> None:
        self.forget_photo()
        if self.stack.currentWidget() is self.page_holders[self.photo_step]:
            self.photo_step.cancel()
        if self.booth.current is not None:
            self.booth.end_journey()
        self.attendee.reset()
        set_language(self.settings.language)
        self.operator.refresh()
        self.applicant_cleared.emit()

    # -- settings ------------------------------------------------------------------------------------
    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.booth.booth_id = settings.booth_id
        self.idle.set_timeout(settings.idle_timeout_s)
        self.speaker.volume = settings.speech_volume
        set_language(settings.language)

    def quit_kiosk(self) -> None:
        self._allow_close = True
        self.close()
        QApplication.instance().quit()

    # -- window --------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        """A larger screen draws everything larger, so a target keeps its size under the finger."""
        super().resizeEvent(event)
        scale = scale_for(event.size().width(), event.size().height())
        if scale != self.scale:
            self.scale = scale
            QApplication.instance().setStyleSheet(style_sheet(scale))
        self._elide_session_label()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.idle.watch(self)  # the native window exists now; watch its input
        if not self.printer_status.timer.isActive():
            self.printer_status.start()
        # the keyboard's dictionary loads in the background once the first screen is up, not before
        QTimer.singleShot(2000, shared_converter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (no way out without the operator)
        if self._allow_close:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802
        # Escape and friends do nothing here: leaving full screen is the operator's job.
        if getattr(event, "key", lambda: None)() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
