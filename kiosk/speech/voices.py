"""Which engine and voice speaks each attendee language; `synthesize` is the one way in."""

from __future__ import annotations

import subprocess

from kiosk.speech.audio import Audio
from kiosk.speech.espeak import EspeakMissing, speak_espeak
from kiosk.speech.openjtalk import speak_japanese

# attendee language code -> espeak-ng voice (Japanese: Open JTalk). espeak-ng has no Filipino voice;
# Indonesian reads Tagalog spelling closely (same five vowels, letters said as written).
ESPEAK_VOICES = {"en": "en-us", "zh_CN": "cmn", "ko": "ko", "vi": "vi", "ne": "ne", "fil": "id", "id": "id",
                 "pt_BR": "pt-br"}
LANGUAGES = ("ja", "ja_easy", *ESPEAK_VOICES)
MAX_CHARS = 600  # guidance and survey questions are short; a long text is a mistake


class SpeechError(ValueError):
    """Text that cannot be spoken; the message is bilingual (日本語 / English)."""


def synthesize(text: str, lang: str) -> Audio:
    text = " ".join(text.split())
    if not text:
        raise SpeechError("読み上げる文がありません / nothing to say")
    if len(text) > MAX_CHARS:
        raise SpeechError(f"文が長すぎます（{MAX_CHARS}文字まで） / text too long (at most {MAX_CHARS} characters)")
    if lang in ("ja", "ja_easy"):
        return speak_japanese(text)
    voice = ESPEAK_VOICES.get(lang)
    if voice is None:
        raise SpeechError(f"対応していない言語です: {lang} / unsupported language {lang!r} "
                          f"(one of {', '.join(LANGUAGES)})")
    try:
        return speak_espeak(text, voice)
    except EspeakMissing as exc:
        raise SpeechError("espeak-ng がありません（apt-get install espeak-ng） / espeak-ng is not installed") from exc
    except subprocess.SubprocessError as exc:
        raise SpeechError(f"espeak-ng が失敗しました / espeak-ng failed: {exc}") from exc
