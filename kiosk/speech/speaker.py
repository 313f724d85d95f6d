"""The screens' voice: `Speaker.say(text, lang)` synthesizes off the GUI thread and plays through Qt
Multimedia. The one Qt module of kiosk/speech. A machine without a sound device gets `SilentOutput`
(same interface, keeps what it would have played), so the kiosk and its tests run anywhere."""

from __future__ import annotations

import logging
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices

from kiosk.speech.audio import Audio
from kiosk.speech.voices import SpeechError, synthesize

log = logging.getLogger(__name__)
RATE = 48000  # Hz, the rate played at (Open JTalk speaks at it; espeak-ng's 22050 Hz is resampled)
CACHE_SIZE = 64  # guidance lines repeat for every applicant: synthesize each once
PREPARE = -1  # the serial of synthesis that only fills the cache


class Output(Protocol):
    def play(self, audio: Audio) -> None: ...
    def stop(self) -> None: ...


class SilentOutput:
    """No sound device (CI, a booth whose speaker is unplugged): keeps the last sounds instead."""

    def __init__(self) -> None:
        self.played: list[Audio] = []

    def play(self, audio: Audio) -> None:
        self.played = [*self.played[-19:], audio]

    def stop(self) -> None:
        pass


class QtOutput:
    """The default sound device through QAudioSink, fed from memory (nothing written to disk)."""

    def __init__(self) -> None:
        self.sink: QAudioSink | None = None
        self.buffer: QBuffer | None = None

    def play(self, audio: Audio) -> None:
        self.stop()
        device = QMediaDevices.defaultAudioOutput()
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)  # one rate for every voice: what nearly every device takes as it is
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            fmt.setChannelCount(2)
        samples = audio.resampled(RATE).samples
        if fmt.channelCount() == 2:
            samples = np.repeat(samples, 2)  # the same speech on both channels
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(samples.astype("<i2").tobytes()))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.sink = QAudioSink(device, fmt)
        self.sink.start(self.buffer)

    def stop(self) -> None:
        if self.sink is not None and self.sink.state() != QAudio.State.StoppedState:
            self.sink.stop()


def default_output() -> Output:
    return SilentOutput() if QMediaDevices.defaultAudioOutput().isNull() else QtOutput()


class Speaker(QObject):
    """`spoken(text, lang)` is emitted as the audio starts playing. Volume 0 means speech is off."""

    spoken = Signal(str, str)
    _ready = Signal(object, str, str, int, object)  # from the worker thread back to the GUI thread

    def __init__(self, volume: int = 80, output: Output | None = None) -> None:
        super().__init__()
        self.volume = volume
        self.output = output if output is not None else default_output()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="speech")
        self._cache: OrderedDict[tuple[str, str], Audio] = OrderedDict()
        self._serial = 0  # a newer `say` supersedes one still being synthesized
        self._ready.connect(self._play)

    def say(self, text: str, lang: str, before: Audio | None = None) -> None:
        """Speak `text` (after the sound `before`, e.g. the shutter), cutting off anything playing."""
        if self.volume <= 0 or not text.strip():
            return
        self._serial += 1
        serial = self._serial
        cached = self._cache.get((text, lang))
        if cached is not None:
            self._play(cached, text, lang, serial, before)
            return
        self._pool.submit(self._synthesize, text, lang, serial, before)

    def prepare(self, texts: list[str], lang: str) -> None:
        """Synthesize these lines in the background so each plays at once when its moment comes."""
        for text in texts:
            if (text, lang) not in self._cache:
                self._pool.submit(self._synthesize, text, lang, PREPARE, None)

    def sound(self, audio: Audio) -> None:
        """Play a non-speech sound (the shutter) at the set volume."""
        if self.volume > 0:
            self._serial += 1
            self.output.play(audio.scaled(self.volume))

    def stop(self) -> None:
        self._serial += 1
        self.output.stop()

    def wait(self) -> None:
        """Block until queued synthesis has finished (tests, shutdown)."""
        self._pool.submit(lambda: None).result()

    def _synthesize(self, text: str, lang: str, serial: int, before: Audio | None) -> None:
        try:
            audio = synthesize(text, lang)
        except (SpeechError, OSError) as exc:  # a missing voice must never stop the booth
            log.warning("speech unavailable (%s): %s", lang, exc)
            return
        self._ready.emit(audio, text, lang, serial, before)

    def _play(self, audio: Audio, text: str, lang: str, serial: int, before: Audio | None = None) -> None:
        self._cache[(text, lang)] = audio
        self._cache.move_to_end((text, lang))
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        if serial != self._serial or self.volume <= 0:
            return
        self.output.play((audio if before is None else before.then(audio)).scaled(self.volume))
        self.spoken.emit(text, lang)
