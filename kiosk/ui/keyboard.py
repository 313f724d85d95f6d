"""On-screen keyboard for a touch-only booth: hiragana (50-on grid), romaji → kana, latin (with
Shift and labelled symbols) and digits, and a row of kanji candidates for the kana before the cursor
(kiosk/ui/kana_kanji.py: SKK-JISYO.L, whole phrases, reconversion of what was converted before).

It never takes focus: key presses go to whichever text field has focus, so it works for any
QLineEdit / QPlainTextEdit in the app without that field knowing about it. Each field opens it in the
field's own mode (its "keyboard" property; else digits for numbers, latin for passphrases, kana for
the rest). 確定 moves on to the next field of the same screen, or puts the keyboard away after the last.
It sits below the screen in the window's layout, never over it, and scrolls the field and the
message under it into view."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.paths import assets_dir
from kiosk.ui.base import OnlyCurrentStack
from kiosk.ui.kana_kanji import MAX_CANDIDATES, Converter, is_kana, katakana
from kiosk.ui.romaji import RomajiComposer

KANA_COLUMNS = ["あいうえお", "かきくけこ", "さしすせそ", "たちつてと", "なにぬねの",
                "はひふへほ", "まみむめも", "や ゆ よ", "らりるれろ", "わをんー、"]
LETTER_ROWS = ["qwertyuiop", "asdfghjkl-", "zxcvbnm@._"]
SYMBOL_ROW = "/:&#+!?'(),"
DIGIT_ROWS = ["1234567890", "/:()・&#+!?", "-.,@_%*=~"]
VOICED = str.maketrans("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどばびぶべぼ")
SEMI_VOICED = str.maketrans("ばびぶべぼ", "ぱぴぷぺぽ")
UNVOICED = str.maketrans("ぱぴぷぺぽがぎぐげござじずぜぞだぢづでど", "はひふへほかきくけこさしすせそたちつてと")
SMALL = str.maketrans("あいうえおつやゆよわぁぃぅぇぉっゃゅょゎ", "ぁぃぅぇぉっゃゅょゎあいうえおつやゆよわ")
TextField = QLineEdit | QPlainTextEdit


@lru_cache(maxsize=1)
def shared_converter() -> Converter:
    """One dictionary for the whole app (and the whole test run): loading it takes a second."""
    return Converter(local=assets_dir() / "kanji.json")


def _key(text: str, slot: object) -> QPushButton:
    button = QPushButton(text.replace("&", "&&"))  # "&" alone would be taken for a shortcut mark
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep focus in the text field being typed into
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.clicked.connect(slot)
    return button


def key_text(button: QPushButton) -> str:
    """The text a key shows (its label without the shortcut escaping)."""
    return button.text().replace("&&", "&")


def _key_grid() -> tuple[QWidget, QGridLayout]:
    page = QWidget()
    grid = QGridLayout(page)
    grid.setSpacing(4)
    grid.setContentsMargins(0, 0, 0, 0)
    return page, grid


def text_field(w: QWidget | None) -> TextField | None:
    """The text field that takes the typing when `w` has focus (a spin box's or combo box's own)."""
    if isinstance(w, (QAbstractSpinBox, QComboBox)):
        w = w.lineEdit()
    return w if isinstance(w, (QLineEdit, QPlainTextEdit)) else None


def _screen_of(w: QWidget) -> QWidget | None:
    """The screen (a Page) a widget is on."""
    while w is not None and w.objectName() != "page":
        w = w.parentWidget()
    return w


def field_mode(field: QWidget) -> str:
    """The mode a field opens the keyboard in."""
    for w in (field, field.parentWidget()):
        if w is not None and w.property("keyboard") in OnScreenKeyboard.MODES:
            return str(w.property("keyboard"))
    if isinstance(field.parentWidget(), QAbstractSpinBox):
        return "digits"
    if isinstance(field, QLineEdit) and field.echoMode() != QLineEdit.EchoMode.Normal:
        return "latin"  # a passphrase: shown as dots, typed as it is
    return "kana"


class OnScreenKeyboard(QWidget):
    closed = Signal()
    shown = Signal(bool)  # in or out: the window makes room (the tally bar steps aside)

    MODES = ("kana", "romaji", "latin", "digits")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.composer = RomajiComposer()
        self.mode = "kana"
        self.shifted = False
        self.letter_keys: list[QPushButton] = []
        self.pages = OnlyCurrentStack()  # as tall as the current keys: romaji and digits leave more screen
        self.pages.addWidget(self._kana_page())
        self.pages.addWidget(self._latin_page(romaji=True))
        self.pages.addWidget(self._latin_page(romaji=False))
        self.pages.addWidget(self._digit_page())
        self.preedit = QLabel()
        self.mode_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        for mode in self.MODES:
            b = _key("", lambda _=False, m=mode: self.set_mode(m))
            b.setCheckable(True)
            self.mode_buttons[mode] = b
            top.addWidget(b, 2)
        top.addWidget(self.preedit, 1)
        self.message = QLabel()  # the screen's message when the field's screen cannot show it
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.backspace_key = _key("⌫", self._backspace)
        self.space_key = _key("", lambda: self._send_text(" "))
        self.enter_key = _key("", self._enter)  # 確定: on to the next field
        self.enter_key.setProperty("role", "primary")
        self.hide_key = _key("", self._close)
        for b, stretch in ((self.backspace_key, 2), (self.space_key, 3), (self.enter_key, 3), (self.hide_key, 2)):
            top.addWidget(b, stretch)
        # the candidates: the whole kana run converted, then its last words; the row keeps its height
        self.candidate_row = QWidget()
        row = QHBoxLayout(self.candidate_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.candidate_keys: list[QPushButton] = []
        for index in range(MAX_CANDIDATES):
            b = _key("", lambda _=False, i=index: self._choose(i))
            b.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            b.hide()
            self.candidate_keys.append(b)
            row.addWidget(b)
        row.addStretch(1)
        self._offered: list[tuple[int, str]] = []
        self._converted: list[tuple[str, str]] = []  # (written, kana) of conversions, for reconversion
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # never more than it needs
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.candidate_row)
        layout.addWidget(self.pages)
        self.retranslate()
        self.set_mode("kana")

    @property
    def converter(self) -> Converter:
        """The dictionary, loaded on first use (or earlier: see MainWindow.showEvent)."""
        return shared_converter()

    def retranslate(self) -> None:
        names = {"kana": "かな", "romaji": QCoreApplication.translate("Keyboard", "Romaji"),
                 "latin": "ABC", "digits": "123"}
        for mode, button in self.mode_buttons.items():
            button.setText(names[mode])
        self.space_key.setText(QCoreApplication.translate("Keyboard", "Space"))
        self.enter_key.setText(QCoreApplication.translate("Keyboard", "Next"))
        self.hide_key.setText(QCoreApplication.translate("Keyboard", "Close"))
        self.shift_key.setText("⇧ " + QCoreApplication.translate("Keyboard", "Shift"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.shown.emit(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.shown.emit(True)
        # the candidate row keeps a key's height when empty: the screen above does not jump
        self.candidate_row.setMinimumHeight(self.space_key.sizeHint().height())

    def follow_focus_in(self, host: QWidget) -> None:
        """Slide in whenever a text field inside `host` gets focus, in that field's mode, keeping the
        field (and the message under it) in view."""
        self._host = host
        # a bound method of this widget: Qt drops the connection when the keyboard is destroyed
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        field = text_field(new)
        if field is not None and field.property("no_keyboard"):  # e.g. the handheld scanner's field
            return
        if field is not None and self._host.isAncestorOf(field):
            if field is not text_field(old):
                self._converted = []
                self.set_mode(field_mode(field))
            self.show()
            self._offer()
            QTimer.singleShot(0, lambda: self.reveal(field))
        elif isinstance(new, QPushButton) and self._host.isAncestorOf(new) and self.isVisible():
            self._close()  # a tap on the screen's own button: typing is over, the whole screen shows

    def reveal(self, field: QWidget) -> None:
        """Scroll the field into view, and the screen's messages with it where they fit (the
        keyboard took half the screen)."""
        area = field.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or not field.isVisible():
            return
        screen = _screen_of(field) or area
        messages = [m for m in screen.findChildren(QLabel)
                    if m.property("role") == "error" and m.text() and m.isVisible()]
        for message in messages:
            area.ensureWidgetVisible(message, 20, 10)
        area.ensureWidgetVisible(field, 20, 10)
        # a message too far from the field to show with it: the keyboard carries it
        port = area.viewport()
        hidden = [m.text() for m in messages
                  if not port.rect().contains(QRect(m.mapTo(port, QPoint(0, 0)), m.size()))]
        self.message.setText("\n".join(hidden))
        self.message.setVisible(bool(hidden))

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
        for row, letters in enumerate(LETTER_ROWS):
            for col, ch in enumerate(letters):
                if romaji:
                    slot = lambda _=False, c=ch: self._romaji(c)  # noqa: E731
                else:
                    slot = lambda _=False, c=ch: self._letter(c)  # noqa: E731
                key = _key(ch, slot)
                if not romaji and ch.isalpha():
                    self.letter_keys.append(key)
                grid.addWidget(key, row, col)
        if romaji:
            grid.addWidget(_key("ー", lambda: self._send_text("ー")), 1, 10)
            grid.addWidget(_key("、", lambda: self._send_text("、")), 2, 10)
        else:
            self.shift_key = _key("", self._toggle_shift)
            self.shift_key.setCheckable(True)
            grid.addWidget(self.shift_key, 3, 0, 1, 2)
            for col, ch in enumerate(SYMBOL_ROW[:8]):
                grid.addWidget(_key(ch, lambda _=False, c=ch: self._send_text(c)), 3, col + 2)
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
        self.candidate_row.setVisible(mode in ("kana", "romaji"))
        self._set_shift(False)
        self._offer()

    def _toggle_shift(self) -> None:
        self._set_shift(not self.shifted)

    def _set_shift(self, on: bool) -> None:
        """Shift: the next letter in capitals (then back to small letters, as on a phone)."""
        self.shifted = on
        if hasattr(self, "shift_key"):
            self.shift_key.setChecked(on)
        for key in self.letter_keys:
            key.setText(key.text().upper() if on else key.text().lower())

    def _letter(self, ch: str) -> None:
        self._send_text(ch.upper() if self.shifted else ch)
        if self.shifted:
            self._set_shift(False)

    def _target(self) -> TextField | None:
        return text_field(QApplication.focusWidget())

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

    def candidates(self) -> list[tuple[int, str]]:
        """What the candidate row offers now: conversions of the kana before the cursor; or, right
        after a conversion, the other ways to write the same kana (reconversion), the kana included."""
        before = self._before_cursor()
        if before and is_kana(before[-1]):
            return self.converter.candidates(before)
        for written, kana in reversed(self._converted):
            if before.endswith(written):
                others = [t for t in self.converter.dictionary.convert(kana) if t != written]
                offers = [kana, *others[:MAX_CANDIDATES - 2], katakana(kana)]
                return [(len(written), t) for t in dict.fromkeys(offers) if t != written][:MAX_CANDIDATES]
        return []

    def _offer(self) -> None:
        """Show the candidates (nothing while typing latin or digits)."""
        kana_mode = self.mode in ("kana", "romaji") and self.isVisible()
        self._offered = self.candidates() if kana_mode else []
        for i, b in enumerate(self.candidate_keys):
            b.setVisible(i < len(self._offered))
            if i < len(self._offered):
                b.setText(self._offered[i][1].replace("&", "&&"))

    def _choose(self, index: int) -> None:
        if index < len(self._offered):
            self._flush_romaji()
            count, written = self._offered[index]
            replaced = self._before_cursor()[-count:]
            # what was there: kana just typed, or an earlier conversion being converted again
            kana = next((k for w, k in self._converted if w == replaced), replaced)
            self._converted = [c for c in self._converted if c[0] != replaced] + [(written, kana)]
            self._replace_before(count, written)

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
        """確定: what is typed stays as it is, and the next field of this screen takes the typing;
        after the last one the keyboard goes away (the screen's own button sends the form)."""
        self._flush_romaji()
        target = self._target()
        following = self.next_field(target) if target is not None else None
        if following is not None:
            (following.parentWidget() if text_field(following.parentWidget()) is following else following).setFocus(
                Qt.FocusReason.TabFocusReason)
        else:
            self._close()

    def next_field(self, field: QWidget) -> QWidget | None:
        """The next text field on the same screen, in the order the screen lays them out."""
        screen = _screen_of(field)
        if screen is None:
            return None
        fields = [f for f in screen.findChildren(QWidget)
                  if isinstance(f, (QLineEdit, QPlainTextEdit)) and f.isVisible() and f.isEnabled()
                  and not f.property("no_keyboard") and not f.isReadOnly()]
        fields.sort(key=lambda f: (f.mapTo(screen, f.rect().topLeft()).y(), f.mapTo(screen, f.rect().topLeft()).x()))
        index = fields.index(field) if field in fields else -1
        return fields[index + 1] if 0 <= index < len(fields) - 1 else None

    def _close(self) -> None:
        self._flush_romaji()
        self.message.hide()
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
            self._replace_before(len(before) - start, katakana(before[start:]))
