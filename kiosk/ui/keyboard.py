"""On-screen keyboard for a touch-only booth: hiragana (50-on grid), romaji → kana, latin and digits,
and a row of kanji candidates for the kana just typed (kiosk/ui/kana_kanji.py, assets/kanji.json).

It never takes focus: key presses are sent as key events to whichever text field has focus, so it
works for any QLineEdit / QPlainTextEdit in the app without that field knowing about it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.paths import assets_dir
from kiosk.ui.kana_kanji import MAX_CANDIDATES, candidates, load_readings
from kiosk.ui.romaji import RomajiComposer

KANA_COLUMNS = ["あいうえお", "かきくけこ", "さしすせそ", "たちつてと", "なにぬねの",
                "はひふへほ", "まみむめも", "や ゆ よ", "らりるれろ", "わをんー、"]
LATIN_ROWS = ["qwertyuiop", "asdfghjkl-", "zxcvbnm@._"]
DIGIT_ROWS = ["1234567890", "/:()・&#+!?"]
VOICED = str.maketrans("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどばびぶべぼ")
SEMI_VOICED = str.maketrans("ばびぶべぼ", "ぱぴぷぺぽ")
UNVOICED = str.maketrans("ぱぴぷぺぽがぎぐげござじずぜぞだぢづでど", "はひふへほかきくけこさしすせそたちつてと")
SMALL = str.maketrans("あいうえおつやゆよわぁぃぅぇぉっゃゅょゎ", "ぁぃぅぇぉっゃゅょゎあいうえおつやゆよわ")


def _key(text: str, slot: object, wide: int = 1) -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep focus in the text field being typed into
    button.setMinimumSize(60 * wide, 60)
    button.clicked.connect(slot)
    return button


def _key_grid() -> tuple[QWidget, QGridLayout]:
    page = QWidget()
    grid = QGridLayout(page)
    grid.setSpacing(4)
    grid.setContentsMargins(0, 0, 0, 0)
    return page, grid


class OnScreenKeyboard(QWidget):
    closed = Signal()

    MODES = ("kana", "romaji", "latin", "digits")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.composer = RomajiComposer()
        self.mode = "kana"
        self.pages = QStackedWidget()
        self.pages.addWidget(self._kana_page())
        self.pages.addWidget(self._latin_page(romaji=True))
        self.pages.addWidget(self._latin_page(romaji=False))
        self.pages.addWidget(self._digit_page())
        self.preedit = QLabel()
        self.mode_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        for mode in self.MODES:
            b = _key("", lambda _=False, m=mode: self.set_mode(m), wide=2)
            b.setCheckable(True)
            self.mode_buttons[mode] = b
            top.addWidget(b)
        top.addWidget(self.preedit)
        # the kanji candidates sit in the top row's free middle, so the keyboard is no taller
        self.readings = load_readings(assets_dir() / "kanji.json")
        self.candidate_keys: list[QPushButton] = []
        for index in range(MAX_CANDIDATES):
            b = _key("", lambda _=False, i=index: self._choose(i))
            b.hide()
            self.candidate_keys.append(b)
            top.addWidget(b)
        top.addStretch(1)
        self._offered: list[tuple[int, str]] = []
        self.backspace_key = _key("⌫", self._backspace, wide=2)
        self.space_key = _key("", lambda: self._send_text(" "), wide=3)
        self.enter_key = _key("", self._enter, wide=2)
        self.hide_key = _key("", self._close, wide=2)
        for b in (self.backspace_key, self.space_key, self.enter_key, self.hide_key):
            top.addWidget(b)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # never more than it needs
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        self.retranslate()
        self.set_mode("kana")

    def retranslate(self) -> None:
        names = {"kana": "かな", "romaji": QCoreApplication.translate("Keyboard", "Romaji→kana"),
                 "latin": "ABC", "digits": "123"}
        for mode, button in self.mode_buttons.items():
            button.setText(names[mode])
        self.space_key.setText(QCoreApplication.translate("Keyboard", "Space"))
        self.enter_key.setText(QCoreApplication.translate("Keyboard", "Enter"))
        self.hide_key.setText(QCoreApplication.translate("Keyboard", "Close"))

    def follow_focus_in(self, host: QWidget) -> None:
        """Slide in whenever a text field inside `host` gets focus, keeping that field in view."""
        self._host = host
        # a bound method of this widget: Qt drops the connection when the keyboard is destroyed
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.property("no_keyboard"):  # e.g. the handheld scanner's field
            return
        if isinstance(new, (QLineEdit, QPlainTextEdit)) and self._host.isAncestorOf(new):
            self.show()
            self._offer()  # another field: candidates for what is before its cursor
            area = new.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            if area is not None:
                QTimer.singleShot(0, lambda: area.ensureWidgetVisible(new))

    # -- pages -----------------------------------------------------------------------------------------
    def _kana_page(self) -> QWidget:
        page, grid = _key_grid()
        for col, column in enumerate(KANA_COLUMNS):
            for row, ch in enumerate(column):
                if ch != " ":
                    grid.addWidget(_key(ch, lambda _=False, c=ch: self._send_text(c)), row, col)
        grid.addWidget(_key("゛", lambda: self._modify_last(VOICED, UNVOICED)), 0, 10)
        grid.addWidget(_key("゜", lambda: self._modify_last(SEMI_VOICED, UNVOICED)), 1, 10)
        grid.addWidget(_key("小", lambda: self._modify_last(SMALL, None)), 2, 10)
        grid.addWidget(_key("。", lambda: self._send_text("。")), 3, 10)
        grid.addWidget(_key("カナ", self._to_katakana), 4, 10)
        return page

    def _latin_page(self, romaji: bool) -> QWidget:
        page, grid = _key_grid()
        for row, letters in enumerate(LATIN_ROWS):
            for col, ch in enumerate(letters):
                slot = (lambda _=False, c=ch: self._romaji(c)) if romaji else (lambda _=False, c=ch: self._send_text(c))
                grid.addWidget(_key(ch, slot), row, col)
        return page

    def _digit_page(self) -> QWidget:
        page, grid = _key_grid()
        for row, keys in enumerate(DIGIT_ROWS):
            for col, ch in enumerate(keys):
                grid.addWidget(_key(ch, lambda _=False, c=ch: self._send_text(c)), row, col)
        return page

    # -- actions ---------------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self._flush_romaji()
        self.mode = mode
        self.pages.setCurrentIndex(self.MODES.index(mode))
        for m, b in self.mode_buttons.items():
            b.setChecked(m == mode)
        self._offer()

    def _target(self) -> QWidget | None:
        w = QApplication.focusWidget()
        return w if isinstance(w, (QLineEdit, QPlainTextEdit)) else None

    def _send_key(self, key: Qt.Key, text: str = "") -> None:
        target = self._target()
        if target is None:
            return
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
        self._offer()

    def _before_cursor(self) -> str:
        """The text on the cursor's line before it, in either kind of field."""
        target = self._target()
        if isinstance(target, QLineEdit):
            return target.text()[: target.cursorPosition()]
        if isinstance(target, QPlainTextEdit):
            cursor = target.textCursor()
            return cursor.block().text()[: cursor.positionInBlock()]
        return ""

    def _replace_before(self, count: int, text: str) -> None:
        """Replace the `count` characters before the cursor with `text`."""
        target = self._target()
        if isinstance(target, QLineEdit):
            pos = target.cursorPosition()
            target.setSelection(pos - count, count)
            target.insert(text)
        elif isinstance(target, QPlainTextEdit):
            cursor = target.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, count)
            cursor.insertText(text)
            target.setTextCursor(cursor)
        self._offer()

    def _offer(self) -> None:
        """Show the kanji for the kana just before the cursor (nothing while typing latin or digits)."""
        kana_mode = self.mode in ("kana", "romaji") and self.isVisible()
        self._offered = candidates(self._before_cursor(), self.readings) if kana_mode else []
        for i, b in enumerate(self.candidate_keys):
            b.setVisible(i < len(self._offered))
            if i < len(self._offered):
                b.setText(self._offered[i][1])

    def _choose(self, index: int) -> None:
        if index < len(self._offered):
            self._flush_romaji()
            count, kanji = self._offered[index]
            self._replace_before(count, kanji)

    def _send_text(self, text: str) -> None:
        self._flush_romaji()
        self._insert(text)

    def _insert(self, text: str) -> None:
        target = self._target()
        if isinstance(target, QLineEdit):
            target.insert(text)
        elif isinstance(target, QPlainTextEdit):
            target.insertPlainText(text)
        self._offer()

    def _romaji(self, letter: str) -> None:
        done = self.composer.feed(letter)
        if done:
            self._insert(done)
        self.preedit.setText(self.composer.pending)

    def _flush_romaji(self) -> None:
        rest = self.composer.flush()
        if rest:
            self._insert(rest)
        self.preedit.setText("")

    def _backspace(self) -> None:
        if self.composer.pending:
            self.composer.pending = self.composer.pending[:-1]
            self.preedit.setText(self.composer.pending)
            return
        self._send_key(Qt.Key.Key_Backspace)

    def _enter(self) -> None:
        self._flush_romaji()
        self._send_key(Qt.Key.Key_Return, "\r")

    def _close(self) -> None:
        self._flush_romaji()
        self.hide()
        self.closed.emit()

    def _modify_last(self, forward: dict[int, int], back: dict[int, int] | None) -> None:
        """゛ ゜ 小: change the character just before the cursor (か→が, は→ぱ, つ→っ; again undoes)."""
        self._flush_romaji()
        before = self._before_cursor()
        if not before:
            return
        ch = before[-1]
        new = ch.translate(forward)
        if new == ch and back is not None:
            new = ch.translate(back)
        if new != ch:
            self._replace_before(1, new)

    def _to_katakana(self) -> None:
        """Turn the word before the cursor from hiragana into katakana (ミヤギ, カード …)."""
        self._flush_romaji()
        before = self._before_cursor()
        start = len(before)
        while start > 0 and ("ぁ" <= before[start - 1] <= "ゖ" or before[start - 1] == "ー"):
            start -= 1
        if start < len(before):
            kata = "".join(c if c == "ー" else chr(ord(c) + 0x60) for c in before[start:])
            self._replace_before(len(before) - start, kata)
