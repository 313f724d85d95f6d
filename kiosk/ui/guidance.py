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
    "chin_up": QT_TRANSLATE_NOOP("Guidance", "Please raise your chin a little."),
    "alone": QT_TRANSLATE_NOOP("Guidance", "Please be the only person in the picture."),
    "show_eyes": QT_TRANSLATE_NOOP("Guidance", "Please move your hair or glasses so your eyes can be seen."),
    "mouth": QT_TRANSLATE_NOOP("Guidance", "Please close your mouth."),
    "fit": QT_TRANSLATE_NOOP("Guidance", "Please fit your face inside the oval."),
    "closer": QT_TRANSLATE_NOOP("Guidance", "Please come a little closer."),
    "back": QT_TRANSLATE_NOOP("Guidance", "Please move back a little."),
    "centre": QT_TRANSLATE_NOOP("Guidance", "Please move to the middle."),
    "left": QT_TRANSLATE_NOOP("Guidance", "Please move a little to your left."),
    "right": QT_TRANSLATE_NOOP("Guidance", "Please move a little to your right."),
    "straight": QT_TRANSLATE_NOOP("Guidance", "Please hold your head straight."),
    "eyes": QT_TRANSLATE_NOOP("Guidance", "Please open your eyes."),
    "glare": QT_TRANSLATE_NOOP("Guidance", "Light is shining on your glasses. Please tilt your head a little."),
    "still": QT_TRANSLATE_NOOP("Guidance", "Please hold still."),
    "ready": QT_TRANSLATE_NOOP("Guidance", "We will take the photo now."),
    "taken": QT_TRANSLATE_NOOP("Guidance", "The photo has been taken."),
}

# photo hint code (kiosk/photo: the check that failed, or its hint code) -> guidance line; what is not
# listed (light, backdrop, a hat) is for the operator to sort out, not the sitter
FOR_HINT = {
    "no_face": "look", "look_at_camera": "look", "one_person": "alone", "head_cut_off": "fit",
    "head_top_unseen": "back", "move_closer": "closer", "step_back": "back", "move_centre": "centre",
    "head_straight": "straight", "chin_down": "chin", "chin_up": "chin_up", "open_eyes": "eyes",
    "show_eyes": "show_eyes", "glasses_glare": "glare", "close_mouth": "mouth", "hold_still": "still",
}


def line_for(code: str, params: dict | None = None) -> str | None:
    """The guidance line for a hint code and its parameters (move_centre says which way, from the
    person's own side); None when the sitter cannot act on it."""
    if code == "move_centre" and (params or {}).get("toward") in ("left", "right"):
        return params["toward"]
    return FOR_HINT.get(code)


def guidance(code: str) -> str:
    """The line for `code` in the attendee's language."""
    return attendee_translate("Guidance", LINES[code])
