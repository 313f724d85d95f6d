"""From an analysis to the one thing to tell the person in front of the camera: a hint code (and its
parameters), the most basic problem first — nobody can fix their smile before they are in the
picture. The screen words the code in its language (tr()); a speech layer can speak it; the command
line uses kiosk.photo.messages. Codes: kiosk.photo.messages.TEXTS. `Guide` adds the countdown."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from kiosk.photo.pipeline import Analysis

# The order in which failed checks are told: presence, framing, distance, pose, face, light, scene.
ORDER = ("one_face", "crown_visible", "framed", "face_size", "resolution", "centred", "level", "facing",
         "chin_level", "eyes_visible", "eyes_open", "mouth_closed", "no_glare", "exposure", "even_light",
         "sharp", "plain_background", "head_covering")


@dataclass(frozen=True)
class Hint:
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    check: str = ""  # the check that failed


def hints(a: Analysis) -> list[Hint]:
    """Every failed check's hint, most basic first."""
    rank = {name: i for i, name in enumerate(ORDER)}
    failed = sorted(((n, c) for n, c in a.checks.items() if not c.ok), key=lambda nc: rank.get(nc[0], len(ORDER)))
    return [Hint(c.code, dict(c.params), n) for n, c in failed]


def hint(a: Analysis) -> Hint | None:
    """The one hint to give now; None when every check passes."""
    found = hints(a)
    return found[0] if found else None


class Guide:
    """The live step's state, fed one analysis at a time: the hint to give (a failing check's, or
    `keep_still` with the seconds left while every check holds), and `due` once they have held for
    `hold_s` — then the photo is taken. The screen shows the hint; a speech layer can say it."""

    def __init__(self, hold_s: float) -> None:
        self.hold_s = hold_s
        self.steady_since: float | None = None

    def reset(self) -> None:
        self.steady_since = None

    def update(self, a: Analysis, now: float) -> tuple[Hint, bool]:
        """(the hint now, whether to take the photo now)."""
        first = hint(a)
        if first is not None:
            self.steady_since = None
            return first, False
        if self.steady_since is None:
            self.steady_since = now
        left = self.hold_s - (now - self.steady_since)
        if left > 0:
            return Hint("keep_still", {"seconds": math.ceil(left)}), False
        return Hint("keep_still", {"seconds": 0}), True
