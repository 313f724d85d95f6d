"""QR decoding: the kiosk's decoder against plain pyzbar, zxing-cpp and OpenCV's QRCodeDetector on
the same generated 1280×720 frames (bench/formgen.py): decode rate per difficulty tier, false
positives, and median / p95 ms per frame. Goal: a decode rate at least the best of them, median < 30 ms."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.formgen import TIERS, samples  # noqa: E402
from hardware.qr import decode, decode_opencv, decode_pyzbar, decode_zxing  # noqa: E402

DECODERS = {"kiosk": decode, "pyzbar": decode_pyzbar, "zxing-cpp": decode_zxing, "opencv": decode_opencv}


def main(per_tier: int = 25) -> None:
    data = samples(per_tier=per_tier, seed=11, negatives=25)
    print(f"{len(data)} frames: {per_tier} per tier ({', '.join(TIERS)}) + {sum(s.payload is None for s in data)} without a code")
    header = f"{'decoder':<10}" + "".join(f"{t:>9}" for t in TIERS) + f"{'all':>8}{'false+':>8}{'median':>9}{'p95':>8}"
    print(header)
    for name, fn in DECODERS.items():
        times, hits, fp = [], {t: 0 for t in TIERS}, 0
        for s in data:
            t0 = time.perf_counter()
            texts = fn(s.frame)
            times.append((time.perf_counter() - t0) * 1000)
            if s.payload is None:
                fp += bool(texts)
            elif texts and texts[0] == s.payload:
                hits[s.tier] += 1
            elif texts:
                fp += 1  # a wrong payload is worse than none
        times.sort()
        rate = sum(hits.values()) / (per_tier * len(TIERS))
        print(f"{name:<10}" + "".join(f"{hits[t] / per_tier:>9.0%}" for t in TIERS)
              + f"{rate:>8.1%}{fp:>8}{statistics.median(times):>7.1f}ms{times[int(len(times) * 0.95)]:>6.1f}ms")


if __name__ == "__main__":
    main()
