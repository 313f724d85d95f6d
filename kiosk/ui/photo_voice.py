"""The photo step's voice: what the sitter hears while the camera guides them, paced for an elderly
sitter — one line at a time, never the same line nagging, a calm 3-2-1, then the shutter and
"the photo has been taken". Words in the attendee's language (guidance.py); PhotoScreen calls in."""

from __future__ import annotations

import time
from collections.abc import Callable

from kiosk.speech.speaker import Speaker
from kiosk.speech.tones import shutter
from kiosk.ui.attendee_i18n import attendee_language
from kiosk.ui.guidance import LINES, guidance, line_for

GAP_S = 4.0  # after one hint, time to act on it before the next
REPEAT_S = 9.0  # the same hint again only after this long


class PhotoVoice:
    def __init__(self, speaker: Speaker, clock: Callable[[], float] = time.monotonic,
                 show: Callable[[str], None] | None = None) -> None:
        """`show` also puts each line on screen, every time (the attendee's own photo page)."""
        self.speaker = speaker
        self.show = show
        self.now = clock
        self.last_at = -1e9
        self.last_line: str | None = None
        self.counted: int | None = None

    def start(self) -> None:
        """A new sitting (or a retake): greet with the first instruction."""
        self.last_at, self.last_line, self.counted = -1e9, None, None
        self.hint("no_face")
        lang = attendee_language()  # the rest ready before it is needed (0.1-0.8 s each in Japanese)
        self.speaker.prepare([guidance(k) for k in LINES] + ["3", "2", "1"], lang)

    def hint(self, code: str, params: dict | None = None) -> None:
        """The photo's hint code (kiosk/photo/messages.py); speaks its line unless that would crowd the sitter."""
        self.counted = None  # a countdown that was interrupted starts again at 3
        line = line_for(code, params)
        if line is not None and self.show is not None:
            self.show(guidance(line))
        now = self.now()
        if line is None or now - self.last_at < GAP_S or (line == self.last_line and now - self.last_at < REPEAT_S):
            return
        self.last_at, self.last_line = now, line
        self.speaker.say(guidance(line), attendee_language())

    def count(self, n: int) -> None:
        """Every check passes: say each number of the countdown once (0 is the shutter's moment)."""
        if 0 < n != self.counted:
            self.counted = n
            if self.show is not None:
                self.show(str(n))
            self.last_at = self.now()
            self.speaker.say(str(n), attendee_language())

    def taken(self) -> None:
        self.counted = None
        if self.show is not None:
            self.show(guidance("taken"))
        self.speaker.say(guidance("taken"), attendee_language(), before=shutter())
