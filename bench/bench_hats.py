"""Head covering: the colour contrast kiosk.photo.checks.head_covering judges (Lab distance between
the top of the head's segment and the segment at the temples; refused from HAT_COLOUR_MIN) on every
face of the development portraits (../shared/photo-dev's pictures, copied or cut pixel-identical:
tests/photo/devset.py), still and live, the astronaut and its transforms (bare heads: none may reach the threshold) and Grace Hopper's cap (must).

    .venv/bin/python -m bench hats
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.photo.checks import HAT_COLOUR_MIN, hat_colour  # noqa: E402
from kiosk.photo.measure import find_faces, measure  # noqa: E402
from tests.photo import devset, images  # noqa: E402


def contrasts(img: np.ndarray, live: bool = False) -> list[float | None]:
    return [hat_colour(measure(img, face, live)) for face in find_faces(img)]


def main() -> None:
    bare: dict[str, list[float | None]] = {}
    for t in devset.truth():
        img = devset.image(t["file"])
        bare[f"dev/{t['file']}"] = contrasts(img)
        bare[f"dev/{t['file']} (live)"] = contrasts(img, live=True)
    astronaut, truth = images.astronaut()
    bare["astronaut"] = contrasts(astronaut)
    for s in (0.5, 1.5):
        bare[f"astronaut ×{s}"] = contrasts(images.scaled(astronaut, truth, s)[0])
    for d in (-8, 8):
        bare[f"astronaut {d:+}°"] = contrasts(images.rotated(astronaut, truth, d)[0])
    print(f"| picture | contrast per face (refused from {HAT_COLOUR_MIN:.0f}) |\n|---|---|")
    for name, values in bare.items():
        print(f"| {name} | {', '.join('—' if v is None else f'{v:.0f}' for v in values)} |")
    seen = [v for values in bare.values() for v in values if v is not None]
    flagged = sum(v >= HAT_COLOUR_MIN for v in seen)
    print(f"\nbare heads: {len(seen)} face measurements, contrast {min(seen):.0f}–{max(seen):.0f}, "
          f"flagged as a head covering: {flagged}")
    hat = images.grace_hopper()
    for label, img, live in (("still", hat, False), ("live", hat, True),
                             ("×0.5", cv2.resize(hat, None, fx=0.5, fy=0.5), False)):
        v = contrasts(img, live)
        print(f"grace_hopper.jpg ({label}): contrast {', '.join('—' if x is None else f'{x:.0f}' for x in v)}, "
              f"flagged: {all(x is not None and x >= HAT_COLOUR_MIN for x in v)}")


if __name__ == "__main__":
    main()
