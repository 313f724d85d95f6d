"""Encrypted event log: durable single-event append latency (median, p99) and the time to import
100,000 events (goals: p99 < 20 ms, 100k import < 20 s); also the time to open (scrypt + integrity
check) and to verify the whole chain of that 100k store."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kiosk.domain.events import make_event
from kiosk.store.encrypted import open_event_log

APPENDS = 500
IMPORT = 100_000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        log = open_event_log(Path(tmp) / "a", "bench passphrase", create=True)
        times = []
        for i in range(APPENDS):
            event = make_event("application", "S1", route="paper", age_band="60-69", ticket=i)
            t0 = time.perf_counter()
            log.append(event)
            times.append(time.perf_counter() - t0)
        log.close()
        times.sort()
        print(f"durable append ({APPENDS} events, WAL + synchronous=FULL): median {statistics.median(times) * 1000:.2f} ms, "
              f"p99 {times[int(len(times) * 0.99) - 1] * 1000:.2f} ms (goal p99 < 20 ms)")

        start = datetime(2024, 10, 5, 9, tzinfo=timezone(timedelta(hours=9)))
        events = [make_event("visitor", "S1", at=start + timedelta(seconds=i), ticket=i) for i in range(IMPORT)]
        log = open_event_log(Path(tmp) / "b", "bench passphrase", create=True)
        t0 = time.perf_counter()
        added, _ = log.import_events(events)
        elapsed = time.perf_counter() - t0
        log.close()
        print(f"import {added:,} events in one transaction: {elapsed:.1f} s (goal < 20 s)")

        t0 = time.perf_counter()
        log = open_event_log(Path(tmp) / "b", "bench passphrase")
        opened = time.perf_counter() - t0
        t0 = time.perf_counter()
        count, broken = log.verify()
        verified = time.perf_counter() - t0
        log.close()
        print(f"open a {count:,}-event store (scrypt + quick_check): {opened:.2f} s; "
              f"verify its chain: {verified:.1f} s ({'OK' if broken is None else broken})")


if __name__ == "__main__":
    main()
