"""Operator: edit the settings file (booth id, HQ URL, camera, printer, language, idle timeout, the
volume of spoken guidance). The printer is picked from the queues CUPS has (or typed, for one being set up); under it, what each paper
will be sent as on that printer, in the printer's own names (page size, media type, tray), asked on a
worker thread."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout

from hardware.media import MediaPlan
from kiosk.settings import LANGUAGES, LoadedSettings, Settings, save_settings
from kiosk.ui.base import Page, button, label
from kiosk.ui.confirm import Confirm, confirm


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
        self.problems.setText("\n".join(loaded.problems))
        self.booth_id = QLineEdit()
        self.hq_url = QLineEdit()
        self.camera = QLineEdit()
        self.printer = QComboBox()
        self.printer.setEditable(True)  # the queues CUPS knows now, or a name typed in
        self.language = QComboBox()
        for code in LANGUAGES:  # each language in its own name
            self.language.addItem({"ja": "日本語", "en": "English"}.get(code, code), code)
        self.idle = QSpinBox()
        self.idle.setRange(10, 3600)
        self.idle.setSuffix(" s")
        self.speech = QSpinBox()  # spoken guidance: 0 is off
        self.speech.setRange(0, 100)
        self.speech.setSingleStep(10)
        self.speech.setSuffix(" %")
        self.form = QFormLayout()
        self.rows = [self.booth_id, self.hq_url, self.camera, self.printer, self.language, self.idle, self.speech]
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

    def ask_quit(self) -> None:
        self.confirmation = confirm(self, self.tr("Quit the kiosk?"),
                                    self.tr("The booth screens close until the kiosk is started again."),
                                    self.tr("Quit"), self.tr("Back"), self.quit_requested.emit)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        names = [self.tr("Booth ID"), self.tr("HQ URL"), self.tr("Camera (auto, number or video file)"),
                 self.tr("Printer queue (empty: PDF printer)"), self.tr("Language"), self.tr("Idle timeout"),
                 self.tr("Spoken guidance volume")]
        for lbl, name in zip(self.row_labels, names, strict=True):
            lbl.setText(name)
        self.save_button.setText(self.tr("Save"))
        self.back_button.setText(self.tr("Back"))
        self.pin_button.setText(self.tr("Change PIN"))
        self.quit_button.setText(self.tr("Quit the kiosk"))
        self.speech.setSpecialValueText(self.tr("Off"))

    def load(self, s: Settings) -> None:
        self.booth_id.setText(s.booth_id)
        self.hq_url.setText(s.hq_url)
        self.camera.setText(s.camera)
        self.printer.setCurrentText(s.printer)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.idle.setValue(s.idle_timeout_s)
        self.speech.setValue(s.speech_volume)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        """Offer the queues CUPS has right now (a printer may have been set up since the last visit)."""
        super().showEvent(event)
        chosen = self.printer.currentText()
        self.printer.clear()
        self.printer.addItems(["", *self.queues()])  # "": the PDF printer
        self.printer.setCurrentText(chosen)
        self.ask_media()

    def ask_media(self) -> None:
        if self.media is None or not self.isVisible():
            return
        queue, media = self.printer.currentText().strip(), self.media

        def ask() -> None:
            try:
                self._media_found.emit(queue, media(queue))
            except Exception as exc:  # noqa: BLE001 (no scheduler, no such queue: shown as it says)
                self._media_found.emit(queue, exc)

        self._worker.submit(ask)

    def _show_media(self, queue: str, found: object) -> None:
        if queue != self.printer.currentText().strip():
            return  # an answer for a printer no longer chosen
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
            camera=self.camera.text().strip() or "auto", printer=self.printer.currentText().strip(),
            language=self.language.currentData(), idle_timeout_s=self.idle.value(),
            speech_volume=self.speech.value(),
        )

    def save(self) -> None:
        settings = self.current()
        try:
            save_settings(self.data_dir, settings)
        except (ValueError, OSError) as exc:
            self.status.setProperty("role", "error")
            self.status.setText(str(exc))
            return
        self.problems.setText("")
        self.status.setText(self.tr("Saved."))
        self.saved.emit(settings)
