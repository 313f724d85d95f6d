"""Operator: the online-application step. Read the form's QR code — held up to the camera inside the
target box (accepted once several frames agree) or with the handheld scanner that types into the
field — check it is an application form, then open the locked-down browser on it.
Ends with `done(route)`: "online" when sent, "paper" when the operator falls back to the paper form,
"" when stopped. The payload lives only in this widget's memory and is dropped at the end."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from hardware.camera import Camera
from hardware.qr import StableReader, decode
from kiosk.domain.application_form import classify
from kiosk.ui.base import Page, button, label
from kiosk.ui.camera_view import CameraView
from kiosk.ui.messages import say
from kiosk.ui.online_browser import OnlineBrowser


class OnlineStep(Page):
    done = Signal(str)

    def __init__(self, photo: Callable[[], bytes | None] = lambda: None, extra_origins: tuple[str, ...] = (),
                 open_camera: Callable[[], Camera] | None = None) -> None:
        super().__init__()
        self.reader = StableReader()
        self._camera_said = ""  # the last camera status shown
        self.camera = CameraView(open_camera, analyse=decode, on_analysis=self._camera_texts,
                                 on_status=self._camera_status, target_box=True) if open_camera else None
        self.photo = photo
        self.extra_origins = extra_origins
        self.browser: OnlineBrowser | None = None
        self.stack = QStackedWidget()
        entry = QWidget()
        self.title = label("title")
        self.hint = label()
        self.code = QLineEdit()
        self.code.setEchoMode(QLineEdit.EchoMode.Password)  # the payload carries the 申請書ID: not on screen
        self.code.setProperty("no_keyboard", True)  # the scanner types here; no on-screen keyboard over the camera
        self.code.returnPressed.connect(self.submit)
        self.error = label("error")
        self.paper_button = button()
        self.paper_button.clicked.connect(lambda: self._end("paper"))
        self.cancel_button = button()
        self.cancel_button.clicked.connect(lambda: self._end(""))
        # the camera's picture large on the left (the code must be seen in the yellow box), the words
        # and buttons on the right
        row = QHBoxLayout(entry)
        if self.camera is not None:
            row.addWidget(self.camera, 3)
        side = QVBoxLayout()
        for w in (self.title, self.hint, self.code, self.error):
            side.addWidget(w)
        side.addStretch(1)
        side.addWidget(self.paper_button)
        side.addWidget(self.cancel_button)
        row.addLayout(side, 2)
        self.stack.addWidget(entry)
        self.browser_holder = QWidget()
        QVBoxLayout(self.browser_holder).setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.browser_holder)
        QVBoxLayout(self).addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Online application"))
        self.hint.setText(self.tr("Hold the QR code of the application form inside the yellow box, or scan it with "
                                  "the handheld scanner."))
        self.paper_button.setText(self.tr("Use the paper form instead"))
        self.cancel_button.setText(self.tr("Back"))

    def start(self) -> None:
        self.stop()  # a browser still open from before belongs to someone else: wipe it first
        self.code.clear()
        self.error.setText("")
        self.reader.reset()
        self.stack.setCurrentIndex(0)
        self.code.setFocus()
        if self.camera is not None:
            problem = self.camera.start()
            if problem:
                self.error.setText(problem)

    def _camera_status(self, status: str) -> None:
        """The camera's own trouble (unplugged, reconnecting) under the picture, gone when it is back."""
        if status:
            self.error.setText(status)
        elif self.error.text() == self._camera_said:
            self.error.setText("")
        self._camera_said = status

    def _camera_texts(self, texts: object) -> None:
        if self.stack.currentIndex() != 0 or not isinstance(texts, list):
            return
        text = self.reader.feed(texts)
        if text is not None:
            self.use(text)

    def submit(self) -> None:
        text, _ = self.code.text(), self.code.clear()
        self.use(text)

    def use(self, text: str) -> None:
        """A code was read: open the browser for a form, say why not for anything else."""
        scanned = classify(text)
        if not scanned.is_form:
            self.error.setText(say(scanned.reason))
            return
        self.error.setText("")
        self.open_browser(text.strip())

    def open_browser(self, url: str) -> None:
        if self.camera is not None:
            self.camera.stop()
        self.browser = OnlineBrowser(self.photo(), self.extra_origins)
        self.browser.finished.connect(lambda sent: self._end("online" if sent else ""))
        self.browser.offline.connect(lambda: self._end("paper"))
        self.browser_holder.layout().addWidget(self.browser)
        self.stack.setCurrentIndex(1)
        self.browser.open(url)

    def stop(self) -> None:
        """The applicant is gone (journey ended, idle reset) or the step starts again: wipe any open
        browser session (finish is harmless on one already finished) and forget the code."""
        browser, self.browser = self.browser, None
        if browser is not None:
            browser.finished.disconnect()
            browser.offline.disconnect()
            browser.finish(False)
            browser.setParent(None)
            browser.deleteLater()
        if self.camera is not None:
            self.camera.stop()
        self.code.clear()
        self.reader.reset()
        self.stack.setCurrentIndex(0)

    def _end(self, route: str) -> None:
        self.stop()
        self.done.emit(route)
