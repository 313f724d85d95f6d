"""The screens' voice: speech synthesized off the GUI thread, played at the set volume, off at 0,
and lines prepared ahead play at once."""

from __future__ import annotations

import pytest

from kiosk.speech.speaker import SilentOutput, Speaker


@pytest.fixture
def speaker(qapp):
    s = Speaker(volume=50, output=SilentOutput())
    yield s
    s.wait()


def test_speaks_at_the_set_volume_and_not_at_zero(qtbot, speaker):
    with qtbot.waitSignal(speaker.spoken, timeout=10_000) as spoken:
        speaker.say("Please hold still.", "en")
    assert spoken.args == ["Please hold still.", "en"]
    half = speaker.output.played[-1]
    peak = max(abs(int(x)) for x in half.samples)
    assert half.rms > 0.02 and 32767 * 0.9 * 0.45 < peak <= 32767 * 0.9 * 0.5 + 1  # normalised, then halved
    speaker.volume = 0  # speech off in the settings
    speaker.say("Please hold still.", "en")
    assert len(speaker.output.played) == 1


def test_prepared_lines_play_without_waiting(qtbot, speaker):
    speaker.prepare(["カメラを みて ください。", "3"], "ja_easy")
    speaker.wait()
    qtbot.waitUntil(lambda: ("3", "ja_easy") in speaker._cache, timeout=10_000)
    speaker.say("3", "ja_easy")  # from the cache: plays within the call
    assert len(speaker.output.played) == 1 and speaker.output.played[0].seconds > 0.3


def test_a_newer_line_supersedes_one_still_being_synthesized(qtbot, speaker):
    speaker.say("Please look at the camera.", "en")
    with qtbot.waitSignal(speaker.spoken, timeout=10_000) as spoken:
        speaker.say("Please open your eyes.", "en")
    speaker.wait()
    qtbot.wait(50)
    assert spoken.args[0] == "Please open your eyes." and len(speaker.output.played) == 1
