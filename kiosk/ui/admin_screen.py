"""Operator: edit the settings file (booth id, HQ URL, camera, printer, language, idle timeout, the
volume of spoken guidance). The printer is picked from the queues CUPS has (or typed, for one being set up); under it, what each paper
will be sent as on that printer, in the printer's own names (page size, media type, tray), asked on a
worker thread."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from hardware.media import MediaPlan
from kiosk.settings import LANGUAGES, LoadedSettings, Settings, SettingsInvalid, save_settings
from kiosk.ui.base import Page, button, label
from kiosk.ui.confirm import Confirm, confirm
from kiosk.ui.messages import say, say_all
from kiosk.ui.printer_status import error_text


class NumberField(QLineEdit):
    """Whole seconds, typed on the keyboard's digits or stepped with big −/+ buttons beside it."""

    def __init__(self, low: int, high: int, step: int) -> None:
        super().__init__()
        self.low, self.high, self.step = low, high, step
        self.setValidator(QIntValidator(low, high, self))
        self.setProperty("keyboard", "digits")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def value(self) -> int:
        text = self.text().strip()
        return min(self.high, max(self.low, int(text))) if text.isdigit() else self.low

    def setValue(self, value: int) -> None:  # noqa: N802 (as QSpinBox)
        self.setText(str(min(self.high, max(self.low, value))))

    def stepUp(self) -> None:  # noqa: N802
        self.setValue(self.value() + self.step)

    def stepDown(self) -> None:  # noqa: N802
        self.setValue(self.value() - self.step)


class AdminScreen(Page):
    saved = Signal(object)  # the new Settings
    back = Signal()
    change_pin = Signal()
    quit_requested = Signal()
    _media_found = Signal(str, object)  # (queue, {paper: MediaPlan | None} or the error), from the worker

    def __init__(self, loaded: LoadedSettings, queues: Callable[[], list[str]] = list,
                 media: Callable[[str], dict[str, MediaPlan | None]] | None = None) -> None:
        """queues: the CUPS queues to offer for the printer (hardware.printer.CupsPrinter().queues);
        media: what each paper is sent as on a queue (kiosk.printing.service.PrintService.choices)."""
        super().__init__()
        self.queues = queues
        self.media = media
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="settings-media")
        self._media_found.connect(self._show_media)
        self.data_dir = loaded.path.parent
        self.title = label("title")
        self.problems = label("error")
        self.loaded_problems = loaded.problems  # shown in the screen's language (retranslate)
        self.booth_id = QLineEdit()
        self.hq_url = QLineEdit()
        self.camera = QLineEdit()
        for field in (self.booth_id, self.hq_url, self.camera):
            field.setProperty("keyboard", "latin")
        self.printer = QComboBox()
        self.printer.setProperty("keyboard", "latin")
        self.printer.setEditable(True)  # the queues CUPS knows now, or a name typed in
        self.language = QComboBox()
        for code in LANGUAGES:  # each language in its own name
            self.language.addItem({"ja": "日本語", "en": "English"}.get(code, code), code)
        # a spin box's arrows are too small for a finger: digits on the keyboard, big −/+ beside them
        self.idle, idle_row, self.idle_unit, _ = self._stepper(10, 3600, 30)
        self.speech, speech_row, self.speech_unit, self.speech_less = self._stepper(0, 100, 10)  # 0: no voice
        self.form = QFormLayout()
        self.rows = [self.booth_id, self.hq_url, self.camera, self.printer, self.language, idle_row, speech_row]
        self.row_labels = [label(wrap=False) for _ in self.rows]
        for lbl, w in zip(self.row_labels, self.rows, strict=True):
            self.form.addRow(lbl, w)
            if w is self.printer:
                self.media_label = label()  # what each paper goes as on the chosen printer
                self.form.addRow("", self.media_label)
        self.printer.currentTextChanged.connect(lambda _t: self.ask_media())
        self.save_button = button("primary")
        self.save_button.clicked.connect(self.save)
        self.back_button = button()
        self.back_button.clicked.connect(self.back.emit)
        self.pin_button = button()
        self.pin_button.clicked.connect(self.change_pin.emit)
        self.quit_button = button("danger")
        self.quit_button.clicked.connect(self.ask_quit)
        self.confirmation: Confirm | None = None
        self.status = label()
        row = QHBoxLayout()
        for b in (self.save_button, self.back_button, self.pin_button, self.quit_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.problems)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load(loaded.settings)
        self.retranslate()

    def _stepper(self, low: int, high: int, step: int) -> tuple[NumberField, QHBoxLayout, QLabel, QPushButton]:
        field = NumberField(low, high, step=step)
        less, more = button(), button()
        less.setText("−")
        more.setText("+")
        less.clicked.connect(field.stepDown)
        more.clicked.connect(field.stepUp)
        unit = label(wrap=False)
        field.setMinimumWidth(110)
        row = QHBoxLayout()
        for w in (less, field, more, unit):
            row.addWidget(w)
        row.addStretch(1)
        return field, row, unit, less

    def ask_quit(self) -> None:
        self.confirmation = confirm(self, self.tr("Quit the kiosk?"),
                                    self.tr("The booth screens close until the kiosk is started again."),
                                    self.tr("Quit"), self.tr("Back"), self.quit_requested.emit)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.problems.setText(say_all(self.loaded_problems))
        names = [self.tr("Booth ID"), self.tr("HQ URL"), self.tr("Camera (auto, number or video file)"),
                 self.tr("Printer queue (empty: PDF printer)"), self.tr("Language"), self.tr("Idle timeout"),
                 self.tr("Spoken guidance volume")]
        for lbl, name in zip(self.row_labels, names, strict=True):
            lbl.setText(name)
        self.idle_unit.setText(self.tr("seconds"))
        self.printer.setItemText(0, self.tr("PDF printer (no printer chosen)"))
        self.save_button.setText(self.tr("Save"))
        self.back_button.setText(self.tr("Back"))
        self.pin_button.setText(self.tr("Change PIN"))
        self.quit_button.setText(self.tr("Quit the kiosk"))
        self.speech_unit.setText(self.tr("% (0: off)"))

    def load(self, s: Settings) -> None:
        self.booth_id.setText(s.booth_id)
        self.hq_url.setText(s.hq_url)
        self.camera.setText(s.camera)
        self.set_printer(s.printer)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.idle.setValue(s.idle_timeout_s)
        self.speech.setValue(s.speech_volume)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        """Offer the queues CUPS has right now (a printer may have been set up since the last visit)."""
        super().showEvent(event)
        chosen = self.chosen_printer()
        self.printer.clear()
        self.printer.addItem(self.tr("PDF printer (no printer chosen)"), "")  # the settings' "": PDF
        for queue in self.queues():
            self.printer.addItem(queue, queue)
        self.set_printer(chosen)
        self.ask_media()

    def chosen_printer(self) -> str:
        """The queue chosen or typed; "" for the PDF printer (the first entry)."""
        text = self.printer.currentText().strip()
        index = self.printer.findText(text)
        return str(self.printer.itemData(index) or "") if index >= 0 else text

    def set_printer(self, queue: str) -> None:
        index = self.printer.findData(queue) if queue else 0
        if index >= 0 and self.printer.count():
            self.printer.setCurrentIndex(index)
        else:
            self.printer.setCurrentText(queue)


    def ask_media(self) -> None:
        if self.media is None or not self.isVisible():
            return
        queue, media = self.chosen_printer(), self.media

        def ask() -> None:
            try:
                self._media_found.emit(queue, media(queue))
            except Exception as exc:  # noqa: BLE001 (no scheduler, no such queue: shown as it says)
                self._media_found.emit(queue, exc)

        self._worker.submit(ask)

    def _show_media(self, queue: str, found: object) -> None:
        if queue != self.chosen_printer():
            return  # an answer for a printer no longer chosen
        if isinstance(found, Exception):  # no scheduler, no such queue: in the screen's language
            self.media_label.setText(error_text(found))
            return
        if not isinstance(found, dict):
            self.media_label.setText(str(found))
            return
        names = {"L": self.tr("L"), "hagaki": self.tr("Postcard"), "2L": self.tr("2L"), "A4": self.tr("A4"),
                 "slip": self.tr("Next-steps slip")}
        lines = []
        for paper, plan in found.items():
            if plan is None:
                lines.append(f"{names[paper]}: " + self.tr("this printer has no such paper size"))
            else:
                parts = [plan.page.text, plan.media_type.text if plan.media_type else "",
                         plan.slot.text if plan.slot else ""]
                lines.append(f"{names[paper]}: " + " · ".join(p for p in parts if p))
        self.media_label.setText("\n".join(lines))

    def current(self) -> Settings:
        return dataclasses.replace(
            Settings(), booth_id=self.booth_id.text().strip(), hq_url=self.hq_url.text().strip(),
            camera=self.camera.text().strip() or "auto", printer=self.chosen_printer(),
            language=self.language.currentData(), idle_timeout_s=self.idle.value(),
            speech_volume=self.speech.value(),
        )

    def save(self) -> None:
        settings = self.current()
        try:
            save_settings(self.data_dir, settings)
        except (ValueError, OSError) as exc:
            self.status.setProperty("role", "error")
            self.status.setText(say_all(exc.problems) if isinstance(exc, SettingsInvalid) else say(exc))
            return
        self.loaded_problems = []
        self.problems.setText("")
        self.status.setText(self.tr("Saved."))
        self.saved.emit(settings)
