"""Sounds that are not words: the shutter's soft two-note chime (no sound file to ship or lose)."""

from __future__ import annotations

import numpy as np

from kiosk.speech.audio import Audio

RATE = 48000


def _note(freq: float, seconds: float) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    envelope = np.exp(-t * 9)  # a bell's quick decay: clear, not harsh
    return np.sin(2 * np.pi * freq * t) * envelope


def shutter() -> Audio:
    """A camera-like 'click' followed by a gentle chime: the photo has been taken."""
    click = np.random.default_rng(7).uniform(-1, 1, int(RATE * 0.015)) * np.linspace(1, 0, int(RATE * 0.015))
    chime = np.concatenate([_note(1318.5, 0.18), _note(1760.0, 0.45)])
    wave = np.concatenate([click * 0.6, np.zeros(int(RATE * 0.03)), chime * 0.5])
    return Audio((wave * 32767).astype(np.int16), RATE)
