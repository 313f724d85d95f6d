"""Each screen speaks one language: walked through every screen in Japanese and in English, no
English sentence shows on a Japanese screen and no kana on an English one (the lower layers' messages
are translated from their codes, kiosk/ui/messages.py)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QWidget

from kiosk.ui.attendee_i18n import LANGUAGE_NAMES
from kiosk.ui.i18n import set_language
from tests.ui.screens import settle, walk

# words that are the same in both languages, or name the other language on purpose
SHARED = ("English", "日本語", "PDF", "ABC", "HQ", "URL", "QR", "ID", "https://", "https", "かな", "カナ",
          "Excel", "XLSX", "USB", "CUPS", "auto")  # (the camera setting's value, typed as it is)
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
KANA = re.compile(r"[\u3040-\u30ff。、]")


def visible_texts(window: QWidget) -> list[tuple[QWidget, str]]:
    texts: list[tuple[QWidget, str]] = [(window, window.windowTitle())]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if window.keyboard.isAncestorOf(w) and isinstance(w, QAbstractButton) and len(w.text()) <= 2:
            continue  # a character key of the keyboard
        if any(w is b and w.text() == LANGUAGE_NAMES[code] for code, b in window.attendee.language_buttons.items()):
            continue  # the attendee's language picker: each language by its own name (issue 17)
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append((w, re.sub(r"<[^>]+>", "", w.text()).replace("&&", "&")))
        elif isinstance(w, QLineEdit):
            texts.append((w, w.placeholderText()))  # what is typed is the user's, in any language
        elif isinstance(w, QComboBox):
            texts += [(w, w.itemText(i)) for i in range(w.count()) if w.itemData(i) != w.itemText(i)]
        elif isinstance(w, QListWidget):
            texts += [(w, w.item(i).text()) for i in range(w.count())]
    return [(w, t) for w, t in texts if t.strip()]


def foreign(text: str, lang: str) -> bool:
    text = re.sub(r"「[^」]*」", " ", text)  # a name in quotes (a printer queue, a venue) is data
    for word in SHARED:
        text = text.replace(word, " ")
    return bool(LATIN_WORD.search(text)) if lang == "ja" else bool(KANA.search(text))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_screen_is_in_one_language(qtbot, operator, lang, monkeypatch):
    monkeypatch.setattr("hardware.camera._webcams", lambda: [])  # the demo camera
    set_language(lang)
    operator.resize(1366, 768)
    settle(operator)
    found: list[str] = []
    for screen in walk(operator, photo=True):
        found += [f"{screen}: {text!r}" for _widget, text in visible_texts(operator) if foreign(text, lang)]
    assert not found, "\n".join(found)
