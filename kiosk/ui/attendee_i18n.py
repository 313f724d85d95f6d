"""The attendee's own language, apart from the operator's: nine Qt Linguist catalogues
(assets/i18n/attendee_<code>.qm, docs/i18n.md) used only by the attendee screens and spoken guidance.

Not installed app-wide: the operator's screens (and the PIN pad the attendee's Staff button opens) stay
in the operator's Japanese or English. Attendee pages translate through `AttendeePage.tr`, which asks
the attendee catalogue first. The choice lasts one attendee: `reset_attendee_language` on every reset."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from kiosk.paths import assets_dir
from kiosk.ui.base import Page
from kiosk.ui.i18n import current_language

# each language by its own name, in the order of the picker
LANGUAGE_NAMES = {
    "ja_easy": "やさしい にほんご", "en": "English", "zh_CN": "简体中文", "ko": "한국어", "vi": "Tiếng Việt",
    "ne": "नेपाली", "fil": "Filipino", "id": "Bahasa Indonesia", "pt_BR": "Português",
}
_chosen: list[str] = []  # the attendee's pick, if any (empty: follow the operator)
_loaded: dict[str, QTranslator] = {}


def _translator(code: str) -> QTranslator:
    if code not in _loaded:
        t = QTranslator()
        if not t.load(str(assets_dir() / "i18n" / f"attendee_{code}.qm")):
            raise FileNotFoundError(f"attendee_{code}.qm (run scripts/update_attendee_translations.py)")
        _loaded[code] = t
    return _loaded[code]


def set_attendee_language(code: str | None) -> None:
    """Speak to the attendee in `code` (None: follow the operator's language)."""
    if code is not None:
        if code not in LANGUAGE_NAMES:
            raise ValueError(f"unknown attendee language {code!r}")
        _translator(code)
    _chosen[:] = [code] if code else []


def reset_attendee_language() -> None:
    set_attendee_language(None)


def attendee_language() -> str:
    """The attendee's language code; by default the easy-Japanese or English one matching the operator's."""
    if _chosen:
        return _chosen[0]
    return "ja_easy" if current_language() == "ja" else "en"


def attendee_translate(context: str, source: str) -> str:
    """`source` in the attendee's language (their catalogue; the source text if it lacks one)."""
    return _translator(attendee_language()).translate(context, source) or source


class AttendeePage(Page):
    """A Page whose `self.tr` speaks the attendee's language; `retranslate_all` after a switch."""

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: ARG002
        return attendee_translate(type(self).__name__, source)

    def retranslate_all(self) -> None:
        for page in (self, *self.findChildren(Page)):
            page.retranslate()
