"""Kana → kanji conversion for the on-screen keyboard, from a small dictionary in assets/kanji.json
(Miyagi's municipalities, venue words, words a survey comment needs). No Qt: the keyboard asks for
the candidates of the text before the cursor and replaces the kana it chose.

A booth types a handful of names, not prose, so a reading → candidates table gives the municipality
and venue names the reports need in kanji without an input-method engine on the laptop."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

MAX_CANDIDATES = 4  # what fits in the keyboard's top row beside its keys


@lru_cache(maxsize=4)
def load_readings(path: Path) -> dict[str, tuple[str, ...]]:
    """reading (hiragana) → kanji candidates; a missing or broken file gives none (kana still types)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))["readings"]
        return {str(k): tuple(str(c) for c in v) for k, v in raw.items() if isinstance(v, list)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _is_kana(ch: str) -> bool:
    return "ぁ" <= ch <= "ゖ" or ch == "ー"


def candidates(before_cursor: str, readings: dict[str, tuple[str, ...]]) -> list[tuple[int, str]]:
    """(how many characters before the cursor to replace, kanji) for the kana just typed: the
    longest readings first, so "せんだいし" offers 仙台市 before 市."""
    run = len(before_cursor)
    while run > 0 and _is_kana(before_cursor[run - 1]):
        run -= 1
    kana = before_cursor[run:]
    found: list[tuple[int, str]] = []
    for start in range(len(kana)):
        for kanji in readings.get(kana[start:], ()):
            if all(k != kanji for _, k in found):
                found.append((len(kana) - start, kanji))
    return found[:MAX_CANDIDATES]
