"""The accepted application photo, in memory only: what the photo step hands to printing and to the
online application. No Qt, so the command line and the tests build one the same way."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from kiosk.photo.checks import Check


@dataclass(frozen=True, eq=False)
class AcceptedPhoto:
    image: np.ndarray  # the 35 × 45 mm crop, BGR, 827 × 1063
    jpeg: bytes  # the online file: JPEG, RGB, no metadata
    ok: bool  # every check passed (False: the operator accepted it anyway)
    upscaled: bool  # the file has more pixels than the camera gave for that area
    checks: dict[str, Check] = field(default_factory=dict)
    head_covering: str | None = None  # the operator accepted a head covering: why (events.HEAD_COVERING_REASONS)
    camera_px: int = 0  # camera pixels behind the photo's 45 mm (531+ prints at 300 dpi without enlarging)
