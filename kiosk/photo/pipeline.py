"""One frame in, everything about its photo out: faces, measurements, crop, checks (and the JPEG on
request). The same call serves the live preview, the still and `kiosk photo`."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kiosk.photo.checks import Check, run_checks
from kiosk.photo.crop import Crop, crop_rect, export_jpeg
from kiosk.photo.head import Head
from kiosk.photo.measure import Found, Measure, find_faces, measure


@dataclass(frozen=True)
class Analysis:
    faces: list[Found]
    measure: Measure | None
    crop: Crop | None
    checks: dict[str, Check]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks.values())

    def failed(self) -> list[str]:
        return [name for name, c in self.checks.items() if not c.ok]

    def jpeg(self, bgr: np.ndarray) -> bytes | None:
        return export_jpeg(bgr, self.crop) if self.crop is not None else None


def analyse(bgr: np.ndarray, still_scale: float | None = None, live: bool = False) -> Analysis:
    """`still_scale`: for a camera, the still's height over this frame's (a live frame is smaller
    than the still the shutter takes; the resolution check judges the still). None for a file.
    `live`: a preview frame, measured faster and coarser (kiosk.photo.measure.measure)."""
    return assemble(bgr, find_faces(bgr), still_scale, live)


def assemble(bgr: np.ndarray, faces: list[Found], still_scale: float | None = None, live: bool = False,
             head: Head | None = None) -> Analysis:
    """The analysis of faces already found (kiosk.photo.live follows a face without the detector,
    and may carry the head's segment over from the frame before)."""
    m = measure(bgr, faces[0], live, head) if faces else None
    crop = crop_rect(m, bgr.shape[1], bgr.shape[0]) if m is not None else None
    return Analysis(faces, m, crop, run_checks(bgr, faces, m, crop, still_scale))
