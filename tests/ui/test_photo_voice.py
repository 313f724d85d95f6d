"""The photo step speaks to the sitter in their language: hints paced for an elderly sitter, a calm
3-2-1, the shutter and "the photo has been taken" (on the demo camera and on a still portrait)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.speech.speaker import SilentOutput
from kiosk.ui.attendee_i18n import reset_attendee_language, set_attendee_language
from kiosk.ui.guidance import LINES, guidance
from kiosk.ui.photo_voice import GAP_S, REPEAT_S, PhotoVoice

LEFT = Qt.MouseButton.LeftButton


class Recorder:
    """Stands in for the Speaker only to note what would be said (the speaker is tested on its own)."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []

    def say(self, text: str, lang: str, before: object = None) -> None:
        self.said.append((text, lang))

    def prepare(self, texts: list[str], lang: str) -> None:
        self.prepared = (texts, lang)


@pytest.fixture
def easy_japanese(qapp):
    set_attendee_language("ja_easy")
    yield
    reset_attendee_language()


def test_hints_are_paced_and_not_repeated(easy_japanese):
    t = [100.0]
    rec = Recorder()
    voice = PhotoVoice(rec, clock=lambda: t[0])  # type: ignore[arg-type]
    voice.start()
    assert rec.said == [("カメラを みて ください。", "ja_easy")]
    assert "うごかないで ください。" in rec.prepared[0] and rec.prepared[1] == "ja_easy"  # ready before needed
    voice.hint("move_centre", {"toward": "left"})
    assert len(rec.said) == 1  # still acting on the first line
    t[0] += GAP_S
    voice.hint("move_centre", {"toward": "left"})
    voice.hint("head_straight")
    assert [s for s, _ in rec.said[1:]] == ["すこし ひだりへ うごいて ください。"]
    t[0] += GAP_S
    voice.hint("move_centre", {"toward": "left"})  # the same line again only after REPEAT_S
    assert len(rec.said) == 2
    t[0] += REPEAT_S
    voice.hint("too_dark")  # the light is the operator's job: not spoken
    voice.hint("move_centre", {"toward": "left"})
    assert len(rec.said) == 3
    for n in (3, 3, 3, 2, 2, 1):  # the screen polls many times a second: each number once
        voice.count(n)
    voice.taken()
    assert [s for s, _ in rec.said[3:]] == ["3", "2", "1", "しゃしんを とりました。"]


def test_the_photo_step_speaks_in_the_attendees_language(qtbot, operator, monkeypatch):
    monkeypatch.setattr("hardware.camera._webcams", lambda: [])  # the demo video
    w = operator
    w.speaker.output = SilentOutput()
    w.booth.open_session("県庁", "仙台市", "support", False)
    w.booth.receive_visitor(["photo"])
    w.booth.call_next()
    w.booth.set_age_band("70-79")
    w.to_attendee()
    qtbot.mouseClick(w.attendee.language_buttons["pt_BR"], LEFT)
    w.to_operator()
    w.operator.refresh()
    # every line ready first, as at a booth after its first sitting: on a busy machine a first line
    # still being synthesized would be overtaken by the newer 3-2-1 (the newest line wins)
    w.speaker.prepare([guidance(k) for k in LINES] + ["3", "2", "1"], "pt_BR")
    w.speaker.wait()
    qtbot.wait(200)
    with qtbot.waitSignal(w.speaker.spoken, timeout=10_000) as first:
        qtbot.mouseClick(w.operator.journey.step_buttons["photo"], LEFT)
    assert first.args == ["Por favor, olhe para a câmera.", "pt_BR"]
    qtbot.waitUntil(lambda: w.photo_step.view.last is not None, timeout=10_000)
    with qtbot.waitSignal(w.speaker.spoken, timeout=10_000) as shot:
        qtbot.mouseClick(w.photo_step.shutter, LEFT)
    assert shot.args == ["A foto foi tirada.", "pt_BR"]
    played = w.speaker.output.played[-1]
    assert played.seconds > 1.0 and played.rms > 0.01  # the chime, then the words
