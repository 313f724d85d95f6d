"""The applicant's own photo, on the attendee screen: the live guide (PhotoScreen in self-service
mode) with spoken hints and automatic capture, up to three tries, their pick of the best — which goes
to the operator for approval before anything prints (MainWindow). Tries stay in memory and go with
this widget."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.speech.speaker import Speaker
from kiosk.ui.attendee_i18n import AttendeePage
from kiosk.ui.base import button, label
from kiosk.ui.camera_view import to_pixmap
from kiosk.ui.photo_voice import PhotoVoice

if TYPE_CHECKING:
    from kiosk.ui.photo_screen import AcceptedPhoto, PhotoScreen

MAX_TRIES = 3
THUMB = QSize(186, 240)  # 35:45, big enough to compare expressions at arm's length


class SelfPhoto(AttendeePage):
    chosen = Signal(object)  # AcceptedPhoto: the applicant's pick, for the operator to approve

    def __init__(self, camera: PhotoScreen, speaker: Speaker | None) -> None:
        super().__init__()
        self.camera = camera
        self.tries: list[AcceptedPhoto] = []
        self.picked = -1
        self.title = label("title")
        self.line = label("title")  # what the voice says, also on screen
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if speaker is not None:
            camera.voice = PhotoVoice(speaker, show=self.line.setText)
        camera.accepted.connect(self._captured)
        # page 1: choose among the tries
        choose = QWidget()
        cv = QVBoxLayout(choose)
        self.choose_title = label("title")
        self.thumbs: list[QPushButton] = []
        row = QHBoxLayout()
        for i in range(MAX_TRIES):
            b = button(checkable=True)
            b.setIconSize(THUMB)
            b.setMinimumSize(THUMB + QSize(24, 24))
            b.clicked.connect(lambda _=False, n=i: self.pick(n))
            self.thumbs.append(b)
            row.addWidget(b)
        self.again_button = button()
        self.again_button.clicked.connect(self.again)
        self.send_button = button("primary")
        self.send_button.clicked.connect(self.send)
        actions = QHBoxLayout()
        actions.addWidget(self.again_button)
        actions.addStretch(1)
        actions.addWidget(self.send_button)
        cv.addWidget(self.choose_title)
        cv.addLayout(row)
        cv.addStretch(1)
        cv.addLayout(actions)
        self.pages = QStackedWidget()
        live = QWidget()
        lv = QVBoxLayout(live)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.line)
        lv.addWidget(camera, 1)
        self.pages.addWidget(live)
        self.pages.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your photo: look at the camera. It is taken by itself."))
        self.choose_title.setText(self.tr("Tap the photo you like best."))
        left = MAX_TRIES - len(self.tries)
        self.again_button.setText(self.tr("Try again (%1 left)").replace("%1", str(left)))
        self.send_button.setText(self.tr("Use this photo"))
        self.camera.shutter.setText(self.tr("Take the photo now"))  # the camera's own words are the operator's

    def start(self) -> None:
        self.pages.setCurrentIndex(0)
        self.camera.start()

    def _captured(self, photo: AcceptedPhoto) -> None:
        self.tries.append(photo)
        b = self.thumbs[len(self.tries) - 1]
        b.setIcon(QIcon(to_pixmap(photo.image, THUMB)))
        for i, t in enumerate(self.thumbs):
            t.setVisible(i < len(self.tries))
        self.pick(len(self.tries) - 1)
        self.again_button.setEnabled(len(self.tries) < MAX_TRIES)
        self.retranslate()
        self.pages.setCurrentIndex(1)

    def pick(self, n: int) -> None:
        self.picked = n
        for i, t in enumerate(self.thumbs):
            t.setChecked(i == n)

    def again(self) -> None:
        if len(self.tries) < MAX_TRIES:
            self.start()

    def send(self) -> None:
        if 0 <= self.picked < len(self.tries):
            photo = self.tries[self.picked]
            self.tries.clear()  # the others are dropped now
            self.chosen.emit(photo)

