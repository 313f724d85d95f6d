"""Every guidance line, as the attendee hears it in (easy) Japanese and in English: `kiosk speak`
writes audible speech of a plausible length for each (the words come from the attendee catalogues)."""

from __future__ import annotations

import pytest

from kiosk.ui.attendee_i18n import reset_attendee_language, set_attendee_language
from kiosk.ui.guidance import LINES, guidance
from tests.speech.test_speak import audible, speak


@pytest.mark.parametrize("code", ["ja_easy", "en"])
def test_every_guidance_line_is_spoken_audibly(qapp, tmp_path, code):
    set_attendee_language(code)
    try:
        texts = {key: guidance(key) for key in LINES}
    finally:
        reset_attendee_language()
    if code == "ja_easy":
        assert texts["look"] == "カメラを みて ください。" and texts["chin"] == "あごを すこし ひいて ください。"
    for key, text in texts.items():
        audible(speak(tmp_path, text, code), f"{key}: {text}")
    for n in "321":  # the countdown, in the attendee's language
        audible(speak(tmp_path, n, code), n)
