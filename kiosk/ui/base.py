"""Small building blocks every screen uses: a page that re-translates itself, and touch buttons."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QWidget,
)


class Page(QWidget):
    """A screen region whose texts are set in `retranslate()`, called again on a language switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")

    def retranslate(self) -> None:
        """Set every user-visible text (through self.tr)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def button(role: str = "", checkable: bool = False) -> QPushButton:
    b = QPushButton()
    if role:
        b.setProperty("role", role)
    b.setCheckable(checkable)
    return b


def speaker_button() -> QPushButton:
    """A 'read aloud' button with a loudspeaker icon (an icon needs no emoji font)."""
    b = button()
    b.setIcon(b.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
    b.setIconSize(QSize(32, 32))
    return b


def two_lines(text: str, longer_than: int = 16) -> str:
    """A long button text broken at the space nearest its middle, so a touch button in a narrow
    column shows it whole (English is twice as wide as Japanese; Japanese texts have no spaces)."""
    if len(text) <= longer_than or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


WORD_JOINER = "\u2060"
_SENTENCE_TAIL = re.compile(r"([\u3040-\u30ff\u4e00-\u9fff])(?=[\u3040-\u30ff\u4e00-\u9fff]{0,2}[。！？])")


def keep_tails(text: str) -> str:
    """Join the last three characters of each Japanese sentence to its 。 with word joiners, so a
    wrapped sentence never leaves 「い。」 alone on its last line."""
    return _SENTENCE_TAIL.sub("\\1" + WORD_JOINER, text)


class Label(QLabel):
    """A label whose wrapped Japanese sentences keep their tails (`text()` gives back what was set)."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._plain = text
        super().setText(keep_tails(text))

    def text(self) -> str:
        return getattr(self, "_plain", super().text())


def label(role: str = "", wrap: bool = True) -> QLabel:
    lbl = Label()
    if role:
        lbl.setProperty("role", role)
    lbl.setWordWrap(wrap)
    return lbl


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property such as `role` changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def scrolling(widget: QWidget) -> QScrollArea:
    """Let a tall region scroll instead of growing the window (the keyboard can take half the screen)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # a finger drags the region (kinetic, like a phone); mouse clicks are left to the buttons
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


class OnlyCurrentStack(QStackedWidget):
    """A stacked widget as large as its current page needs (a plain one is as large as its largest
    page: a tall hidden page would push the keyboard off the screen, or leave a gap)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._sizes)

    def addWidget(self, widget: QWidget) -> int:  # noqa: N802 (Qt naming)
        index = super().addWidget(widget)
        self._sizes()
        return index

    def _sizes(self) -> None:
        for i in range(self.count()):
            page = self.widget(i)
            policy = QSizePolicy.Policy.Preferred if page is self.currentWidget() else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.updateGeometry()


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)  # after this frame has been flushed to the screen
        return False


def on_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call back once the widget has painted its first frame (start-up benchmark, smoke tests)."""
    _FirstPaint(widget, callback)
