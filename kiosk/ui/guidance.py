"""What the person in front of the camera hears (and reads): guidance codes -> the attendee's words.

The photo checks name what is wrong (their codes, kiosk/photo/checks.py); this table says which line
helps the sitter fix it. Lines the sitter cannot act on (light, background) are the operator's and are
not spoken. Texts come from the attendee catalogues (context "Guidance"), so they are spoken in the
language the attendee chose; they never contain personal data."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.ui.attendee_i18n import attendee_translate

LINES = {
    "look": QT_TRANSLATE_NOOP("Guidance", "Please look at the camera."),
    "chin": QT_TRANSLATE_NOOP("Guidance", "Please lower your chin a little."),
    "fit": QT_TRANSLATE_NOOP("Guidance", "Please fit your face inside the oval."),
    "closer": QT_TRANSLATE_NOOP("Guidance", "Please come a little closer."),
    "back": QT_TRANSLATE_NOOP("Guidance", "Please move back a little."),
    "centre": QT_TRANSLATE_NOOP("Guidance", "Please move to the middle."),
    "straight": QT_TRANSLATE_NOOP("Guidance", "Please hold your head straight."),
    "eyes": QT_TRANSLATE_NOOP("Guidance", "Please open your eyes."),
    "glare": QT_TRANSLATE_NOOP("Guidance", "Light is shining on your glasses. Please tilt your head a little."),
    "still": QT_TRANSLATE_NOOP("Guidance", "Please hold still."),
    "ready": QT_TRANSLATE_NOOP("Guidance", "We will take the photo now."),
    "taken": QT_TRANSLATE_NOOP("Guidance", "The photo has been taken."),
}

# photo check code -> guidance line (checks not listed are fixed by the operator, not the sitter)
FOR_CHECK = {
    "one_face": "look", "facing": "look", "framed": "fit", "face_size": "fit", "centred": "centre",
    "level": "straight", "eyes_open": "eyes", "no_glare": "glare", "sharp": "still", "chin": "chin",
    "too_far": "closer", "too_close": "back",
}


def guidance(code: str) -> str:
    """The line for `code` in the attendee's language."""
    return attendee_translate("Guidance", LINES[code])
