"""From an analysis to the one thing to tell the person in front of the camera: a hint code (and its
parameters), the most basic problem first — nobody can fix their smile before they are in the
picture. The screen words the code in its language (tr()); a speech layer can speak it; the command
line uses kiosk.photo.messages. Codes: kiosk.photo.messages.TEXTS."""

from __future__ import annotations

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
