"""`kiosk speak TEXT --lang ja|en|… --out FILE.wav`: write the kiosk's speech for TEXT to a WAV file,
the same audio the attendee screens play (for checking the venue's speakers, and for tests)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    from kiosk.speech.voices import LANGUAGES  # light: no engine is loaded until it speaks

    p = sub.add_parser("speak", help="文を音声にして WAV に書く / speak a text into a WAV file")
    p.add_argument("text", metavar="TEXT", help="読み上げる文（個人情報は入れない） / the text to speak (no personal data)")
    p.add_argument("--lang", default="ja",
                   help=f"言語 / language: {' | '.join(LANGUAGES)} (既定 / default: ja)")
    p.add_argument("--out", required=True, metavar="FILE.wav", type=Path,
                   help="書き出す WAV ファイル / the WAV file to write")
    p.add_argument("--volume", type=int, default=100, metavar="0-100",
                   help="音量（パーセント、既定 100） / loudness in percent of full (default: 100)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.speech import SpeechError, synthesize

    if not 0 <= args.volume <= 100:
        print("音量は 0〜100 です / volume must be 0-100", file=sys.stderr)
        return 2
    try:
        audio = synthesize(args.text, args.lang).scaled(args.volume)
        args.out.write_bytes(audio.wav_bytes())
    except SpeechError as exc:
        print(exc, file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"書き込めません / cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"{args.out}: {audio.seconds:.2f} s, {audio.rate} Hz")
    return 0
