"""`kiosk speak` writes real speech: Open JTalk for Japanese, espeak-ng for the rest."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.cli import main
from kiosk.speech import Audio, SpeechError, synthesize
from kiosk.speech.tones import shutter


def speak(tmp_path, text: str, lang: str, *extra: str) -> Audio:
    out = tmp_path / f"{lang}.wav"
    assert main(["speak", text, "--lang", lang, "--out", str(out), *extra]) == 0
    return Audio.read(out)


def audible(audio: Audio, text: str) -> None:
    """Non-silent, and as long as speech of that text can be (not a click, not minutes)."""
    assert audio.rms > 0.02, f"silent: {text!r}"
    assert 0.4 < audio.seconds < 1.0 + 0.35 * len(text), f"{audio.seconds:.1f} s for {text!r}"


def test_japanese_through_open_jtalk(tmp_path, capsys):
    audio = speak(tmp_path, "カメラを見てください", "ja")
    audible(audio, "カメラを見てください")
    assert audio.rate == 48000  # the mei voice's rate: Open JTalk spoke, not espeak-ng
    assert "ONNX" not in capsys.readouterr().out  # the package's import note is kept off our output


@pytest.mark.parametrize(("lang", "text"), [("en", "Please look at the camera."), ("vi", "Vui lòng nhìn vào máy ảnh."),
                                            ("ne", "कृपया क्यामेरातिर हेर्नुहोस्।")])
def test_other_languages_through_espeak_ng(tmp_path, lang, text):
    audible(speak(tmp_path, text, lang), text)


def test_volume_scales_the_file(tmp_path):
    loud = speak(tmp_path, "3", "ja")
    quiet = speak(tmp_path, "3", "ja", "--volume", "25")
    assert quiet.rms == pytest.approx(loud.rms * 0.25, rel=0.05)


def test_bad_input_is_refused_in_both_languages(tmp_path, capsys):
    out = tmp_path / "x.wav"
    assert main(["speak", "  ", "--lang", "ja", "--out", str(out)]) == 2
    assert main(["speak", "hello", "--lang", "xx", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "読み上げる文がありません / nothing to say" in err
    assert "対応していない言語です" in err and "unsupported language" in err
    assert not out.exists()
    with pytest.raises(SpeechError):
        synthesize("x" * 601, "en")


def test_japanese_needs_no_network(tmp_path):
    """The dictionary and the voice ship inside pyopenjtalk-plus: speaking works with no network at all."""
    if subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode != 0:
        pytest.skip("cannot make a network namespace here")
    out = tmp_path / "offline.wav"
    code = "import sys; from kiosk.cli import main; sys.exit(main(sys.argv[1:]))"
    subprocess.run(["unshare", "-rn", sys.executable, "-c", code, "speak", "撮影しました", "--lang", "ja",
                    "--out", str(out)], check=True, capture_output=True, timeout=60)
    audible(Audio.read(out), "撮影しました")


def test_shutter_sound_is_short_and_audible():
    s = shutter()
    assert 0.3 < s.seconds < 1.5 and s.rms > 0.02
