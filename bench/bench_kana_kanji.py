"""Kana → kanji for the on-screen keyboard: for 100 Miyagi venue and place names (municipal offices,
合同庁舎, shopping malls, community centres: bench/miyagi_places.tsv), is the right kanji among the
first 3 candidates the keyboard offers for the whole reading? Goal: ≥ 95 %. Also the time to load the
dictionary and the median / worst time per conversion.

`python -m bench kana_kanji` (add --skk-only to leave out assets/kanji.json, the booth's own words)."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.ui.kana_kanji import Dictionary  # noqa: E402

GOAL = 0.95


def places() -> list[tuple[str, str]]:
    lines = (ROOT / "bench" / "miyagi_places.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


def main() -> int:
    skk_only = "--skk-only" in sys.argv
    t0 = time.perf_counter()
    dictionary = Dictionary.load(local=None if skk_only else ROOT / "assets" / "kanji.json")
    load_s = time.perf_counter() - t0
    print(f"dictionary: {len(dictionary.words)} readings, loaded in {load_s:.2f} s"
          + (" (SKK-JISYO.L only)" if skk_only else " (SKK-JISYO.L + assets/kanji.json)"))
    top1 = top3 = 0
    times: list[float] = []
    misses: list[str] = []
    data = places()
    for reading, written in data:
        t = time.perf_counter()
        offered = dictionary.convert(reading)
        times.append((time.perf_counter() - t) * 1000)
        top1 += offered[:1] == [written]
        top3 += written in offered[:3]
        if written not in offered[:3]:
            misses.append(f"  {reading} → {written}: offered {' / '.join(offered[:3])}")
    rate = top3 / len(data)
    print(f"{len(data)} names: first candidate {top1 / len(data):.0%}, within the first 3 {rate:.0%} "
          f"(goal ≥ {GOAL:.0%}); per conversion median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms")
    print("\n".join(misses))
    return 0 if rate >= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
