"""The lower layers' messages in the screen's one language: each code (kiosk/coded.py) or error class
has its English source here for Qt Linguist (Japanese in assets/i18n/kiosk_ja.ts). A message this
table does not know is shown as the layer wrote it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.booth import BoothError
from kiosk.store.base import StoreError
from kiosk.store.errors import StoreCorrupt, StoreFull, StoreLocked, StoreMissing, WrongPassphrase


def _sources() -> dict[str, str]:
    """code → the translated text, with %(name)s for its parameters."""
    return {
        "pin.format": QCoreApplication.translate("Messages", "The PIN is 4 to 8 digits."),
        "pin.guessable": QCoreApplication.translate("Messages", "This PIN is too easy to guess. Choose another."),
        "pin.wrong": QCoreApplication.translate("Messages", "Wrong PIN."),
        "pin.wrong_wait": QCoreApplication.translate("Messages", "Wrong PIN. Wait %(seconds)s seconds."),
        "pin.throttled": QCoreApplication.translate("Messages", "Try again in %(seconds)s seconds."),
        "settings.language": QCoreApplication.translate("Messages", "The language must be Japanese or English."),
        "settings.idle_timeout": QCoreApplication.translate("Messages", "The idle timeout must be 10 to 3600 seconds."),
        "settings.speech_volume": QCoreApplication.translate("Messages", "The speech volume must be 0 to 100."),
        "settings.hq_url": QCoreApplication.translate("Messages", "The HQ URL must begin with https://."),
        "settings.booth_id": QCoreApplication.translate("Messages", "The booth ID is empty."),
        "settings.broken": QCoreApplication.translate("Messages", "The settings file is damaged; the kiosk runs on its defaults."),
        "settings.unknown": QCoreApplication.translate("Messages", "The unknown setting %(key)s is ignored."),
        "settings.type": QCoreApplication.translate("Messages", "The setting %(key)s has the wrong type; its default is used."),
        "qr.not_form": QCoreApplication.translate("Messages", "This is not the QR code of an application form."),
        "qr.damaged": QCoreApplication.translate("Messages", "The QR code cannot be read or is damaged."),
        "qr.not_https": QCoreApplication.translate("Messages", "Not a secure (https) address: it will not be opened."),
        "qr.other_site": QCoreApplication.translate("Messages", "This QR code points to another site, not the application site."),
        "qr.incomplete_id": QCoreApplication.translate("Messages", "The application ID is incomplete (not 23 digits). Scan the form again."),
        # kiosk/booth.py's BoothError codes
        "booth.no_session": QCoreApplication.translate("Messages", "No booth session is open."),
        "booth.already_open": QCoreApplication.translate("Messages", "A booth session is already open."),
        "booth.venue_missing": QCoreApplication.translate("Messages", "Enter the venue and the municipality."),
        "booth.unknown_kind": QCoreApplication.translate("Messages", "Unknown session kind: %(kind)s"),
        "booth.visitors_left": QCoreApplication.translate("Messages", "Visitors are still waiting or at the desk. Finish with them first."),
        "booth.not_waiting": QCoreApplication.translate("Messages", "No. %(ticket)s is not waiting."),
        "booth.desk_busy": QCoreApplication.translate("Messages", "An applicant is at the desk. Finish with them first."),
        "booth.nobody_waiting": QCoreApplication.translate("Messages", "Nobody is waiting."),
        "booth.no_applicant": QCoreApplication.translate("Messages", "No applicant is at the desk."),
        "booth.unknown_age_band": QCoreApplication.translate("Messages", "Unknown age band: %(band)s"),
        "booth.step_not_recorded": QCoreApplication.translate("Messages", "This step was not recorded for this applicant."),
        "booth.no_session_on_day": QCoreApplication.translate("Messages", "There was no session on %(day)s."),
        "booth.day_still_open": QCoreApplication.translate("Messages", "The session of %(day)s is still open."),
        "booth.already_submitted": QCoreApplication.translate("Messages", "The report of %(day)s is already handed in."),
    }


def _store(exc: StoreError) -> str:
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate("Messages", "Wrong passphrase.")
    if isinstance(exc, StoreLocked):
        return QCoreApplication.translate("Messages", "Another kiosk app is using this data folder. Close it first.")
    if isinstance(exc, StoreCorrupt):
        return QCoreApplication.translate("Messages", "The record file is damaged. Nothing was overwritten: call the administrator.")
    if isinstance(exc, StoreFull):
        return QCoreApplication.translate("Messages", "The disk is full: this action was NOT recorded. Free some space and try again.")
    if isinstance(exc, StoreMissing):
        return QCoreApplication.translate("Messages", "This kiosk has no records yet.")
    return QCoreApplication.translate("Messages", "The records cannot be opened. Call the administrator.")


def say(message: object) -> str:
    """`message` (a Coded text, a StoreError, or anything else) in the screen's language."""
    if isinstance(message, StoreError):
        return _store(message)
    if isinstance(message, BoothError) and message.code:
        source = _sources().get(f"booth.{message.code}")
        if source is not None:
            return source % {k: str(v) for k, v in message.params.items()}
    if isinstance(message, BaseException) and message.args:
        message = message.args[0]
    code = getattr(message, "code", None)
    source = _sources().get(code) if isinstance(code, str) else None
    if source is None:
        return str(message)
    return source % {k: str(v) for k, v in getattr(message, "params", {}).items()}


def say_all(messages: list) -> str:
    return "\n".join(say(m) for m in messages)
