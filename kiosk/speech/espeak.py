"""Speech in the other attendee languages through Debian's espeak-ng (a subprocess, no network)."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np

from kiosk.speech.audio import Audio, from_float

WORDS_PER_MINUTE = 140  # espeak-ng's default is 175: slower for elderly listeners and second-language ears
HEADER = 44  # espeak-ng --stdout writes a plain 44-byte RIFF header whose sizes are left unfilled


class EspeakMissing(RuntimeError):
    pass


def speak_espeak(text: str, voice: str) -> Audio:
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise EspeakMissing("espeak-ng")
    out = subprocess.run([exe, "--stdout", "-v", voice, "-s", str(WORDS_PER_MINUTE), "--", text],
                         capture_output=True, check=True, timeout=30).stdout
    rate = int.from_bytes(out[24:28], "little")
    samples = np.frombuffer(out[HEADER:len(out) - (len(out) - HEADER) % 2], dtype="<i2")
    return from_float(samples.astype(np.float64), rate)
