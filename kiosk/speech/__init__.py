"""Spoken guidance, offline: text in one of the attendee languages becomes audio in memory.

Japanese goes through Open JTalk (PyPI pyopenjtalk-plus: dictionary and the "mei" voice inside the
package, nothing downloaded at run time); the other languages through Debian's espeak-ng. No Qt here:
`kiosk speak` and the screens (kiosk/speech/speaker.py) share `synthesize`. Only fixed guidance and
question texts are ever spoken, never anything the applicant typed or their personal data."""

from __future__ import annotations

from kiosk.speech.audio import Audio
from kiosk.speech.voices import LANGUAGES, SpeechError, synthesize

__all__ = ["LANGUAGES", "Audio", "SpeechError", "synthesize"]
