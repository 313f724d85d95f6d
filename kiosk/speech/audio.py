"""One piece of synthesized speech: mono 16-bit samples and their rate, as WAV bytes or a file."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class Audio:
    samples: np.ndarray  # int16, mono
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    @property
    def rms(self) -> float:
        """Loudness as a fraction of full scale (0 is silence)."""
        if not len(self.samples):
            return 0.0
        return float(np.sqrt(np.mean((self.samples.astype(np.float64) / 32768) ** 2)))

    def scaled(self, volume: int) -> Audio:
        """The same speech at `volume` percent (0–100)."""
        factor = max(0, min(100, volume)) / 100
        return Audio((self.samples.astype(np.float64) * factor).astype(np.int16), self.rate)

    def resampled(self, rate: int) -> Audio:
        """The same sound at another sample rate (linear interpolation: speech, not music)."""
        if rate == self.rate:
            return self
        positions = np.arange(int(len(self.samples) * rate / self.rate)) * self.rate / rate
        return Audio(np.interp(positions, np.arange(len(self.samples)), self.samples).astype(np.int16), rate)

    def then(self, other: Audio, gap_s: float = 0.15) -> Audio:
        """This sound, a short pause, then `other` (at this sound's rate)."""
        gap = np.zeros(int(self.rate * gap_s), dtype=np.int16)
        return Audio(np.concatenate([self.samples, gap, other.resampled(self.rate).samples]), self.rate)

    def wav_bytes(self) -> bytes:
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(self.rate)
            w.writeframes(self.samples.astype("<i2").tobytes())
        return buf.getvalue()

    def write(self, path: Path) -> None:
        path.write_bytes(self.wav_bytes())

    @classmethod
    def read(cls, path: Path) -> Audio:
        with wave.open(str(path), "rb") as w:
            if w.getnchannels() != 1 or w.getsampwidth() != 2:
                raise ValueError(f"{path}: not 16-bit mono")
            return cls(np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.int16), w.getframerate())


def from_float(samples: np.ndarray, rate: int, peak: float = 0.9) -> Audio:
    """Normalise a float waveform (any scale) to `peak` of full scale, so every voice is equally loud."""
    top = float(np.max(np.abs(samples))) if len(samples) else 0.0
    scaled = samples / top * peak * 32767 if top > 0 else samples
    return Audio(np.asarray(scaled).astype(np.int16), rate)
