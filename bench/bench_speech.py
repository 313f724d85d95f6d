"""Spoken guidance: how long the sitter waits between the cue and the voice. First line (the engine
loads its dictionary), then each guidance line, in easy Japanese (Open JTalk) and English (espeak-ng):
median / max ms to synthesize, and the seconds of speech (Open JTalk takes ~60 ms a second of speech).
Goal: first line < 1.5 s, the rest < 1 s; the photo step synthesizes every line in the background as
it starts (Speaker.prepare), so a hint plays at once when its moment comes."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from kiosk.speech import synthesize  # noqa: E402
from kiosk.ui.attendee_i18n import reset_attendee_language, set_attendee_language  # noqa: E402
from kiosk.ui.guidance import LINES, guidance  # noqa: E402


def main() -> None:
    QCoreApplication(sys.argv[:1])
    print(f"{'language':<9}{'first ms':>10}{'median ms':>11}{'max ms':>8}{'speech s':>10}")
    for code in ("ja_easy", "en"):
        set_attendee_language(code)
        lines = [guidance(k) for k in LINES]
        reset_attendee_language()
        times, seconds = [], []
        for text in lines:
            t0 = time.perf_counter()
            audio = synthesize(text, code)
            times.append((time.perf_counter() - t0) * 1000)
            seconds.append(audio.seconds)
        rest = times[1:]
        print(f"{code:<9}{times[0]:>10.0f}{statistics.median(rest):>11.0f}{max(rest):>8.0f}"
              f"{statistics.median(seconds):>10.1f}")


if __name__ == "__main__":
    main()
