"""One frame in, everything about its photo out: measurements, crop, checks (and the JPEG on request)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kiosk.photo.checks import Check, run_checks
from kiosk.photo.crop import Crop, crop_rect, export_jpeg
from kiosk.photo.measure import Box, Measure, find_faces, measure


@dataclass(frozen=True)
class Analysis:
    faces: list[Box]
    measure: Measure | None
    crop: Crop | None
    checks: dict[str, Check]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks.values())

    def jpeg(self, bgr: np.ndarray) -> bytes | None:
        return export_jpeg(bgr, self.crop) if self.crop is not None else None


def analyse(bgr: np.ndarray) -> Analysis:
    faces = find_faces(bgr)
    m = measure(bgr, faces[0]) if len(faces) == 1 else None
    crop = crop_rect(m, bgr.shape[1], bgr.shape[0]) if m is not None else None
    return Analysis(faces, m, crop, run_checks(bgr, faces, m, crop))
