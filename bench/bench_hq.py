"""HQ for a fleet: many kiosks syncing at once into PostgreSQL with several workers, then the
dashboard and the completion report over what they delivered.

Goal (issue 16): 50 kiosks x 20,000 events concurrently into PostgreSQL with 4 workers (events/s);
with 1,000,000 events stored, the dashboard's first page p95 < 500 ms and the completion report < 2 s.

Runs a real `kiosk-hq serve --workers N` on a throwaway PostgreSQL server, with HQ's passphrase (so
ingest also keeps the aggregates: each record is decrypted and counted as it arrives). Each kiosk's
records are sealed beforehand by the store's own code (not timed), then every kiosk pushes its
batches at the same time from sender processes. Usage:
    .venv/bin/python bench/bench_hq.py [--kiosks 50] [--events 2000] [--workers 4] [--batch 1000]
The default is 50 x 2,000 (100,000 events): the full 50 x 20,000 takes the 2-core machine about
ten times as long; pass --events 20000 for it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from kiosk.domain.age import AGE_BANDS  # noqa: E402
from kiosk.domain.events import JST, Event, make_event  # noqa: E402
from tests.sync.hqproc import HQProcess, hq_command, hq_env  # noqa: E402
from tests.sync.pg import PostgresServer, pg_bin  # noqa: E402
from tests.sync.sealing import Sealer  # noqa: E402
from wire.envelope import sign_wrapped_key, wrap_data_key  # noqa: E402

STAFF_PASS = "bench staff password"
PER_DAY = 200


def booth_events(kiosk: int, n: int) -> list[Event]:
    """A booth's contract: PER_DAY events a day, a session each day, the reports' whole mix."""
    events: list[Event] = []
    day0 = datetime(2024, 6, 3, 9, 0, tzinfo=JST)
    for i in range(n):
        d, k = divmod(i, PER_DAY)
        at, session = day0 + timedelta(days=d, seconds=30 * k), f"K{kiosk}-D{d}"
        band = AGE_BANDS[(i // 7) % len(AGE_BANDS)]
        if k == 0:
            events.append(make_event("session_open", session, at=at, venue=f"会場{kiosk}", municipality="仙台市",
                                     kind="support", large_venue=d % 5 == 0))
        elif k == PER_DAY - 1:
            events.append(make_event("session_close", session, at=at))
        elif k % 4 == 1:
            events.append(make_event("visitor", session, at=at, services=["application"]))
        elif k % 4 == 2:
            events.append(make_event("application", session, at=at, route="online" if k % 3 else "paper", age_band=band))
        elif k % 8 == 3:
            events.append(make_event("survey", session, at=at, age_band=band, answers={"heard": "flyer"}))
        else:
            events.append(make_event("insurance_link", session, at=at, age_band=band))
    return events


def _enroll(url: str, code: str, device: str, public_key: bytes) -> bytes:
    r = httpx.post(f"{url}/api/v1/enroll", json={"code": code, "device_id": device, "public_key": public_key.hex()},
                   timeout=30)
    r.raise_for_status()
    return bytes.fromhex(r.json()["hq_public_key"])


def _seal(job: tuple[int, int, bytes]) -> tuple[str, list[dict[str, Any]], bytes, str, str]:
    """One kiosk's records, its public key and its data key wrapped for HQ, signed as the store does."""
    kiosk, n, hq_public = job
    sealer = Sealer(f"bench-kiosk-{kiosk:03d}")
    for e in booth_events(kiosk, n):
        sealer.seal(e)
    wrapped = wrap_data_key(hq_public, sealer.data_key)
    return (sealer.device_id, sealer.records, sealer.public_key, wrapped.hex(),
            sign_wrapped_key(sealer.signing_key, sealer.device_id, wrapped).hex())


def _send(args: tuple[str, list[tuple[str, str, list[dict[str, Any]]]], int]) -> int:
    """One sender process: its kiosks push concurrently (a thread each), batch after batch."""
    import threading

    url, kiosks, batch = args
    sent = [0]
    lock = threading.Lock()

    def kiosk(device: str, wrapped: str, key_sig: str, records: list[dict[str, Any]]) -> None:
        with httpx.Client(base_url=url, timeout=120) as client:
            for start in range(0, len(records), batch):
                body = {"version": 1, "device": device, "wrapped_key": wrapped, "key_sig": key_sig,
                        "records": records[start:start + batch]}
                r = client.post("/api/v1/batches", json=body)
                r.raise_for_status()
            with lock:
                sent[0] += len(records)

    threads = [threading.Thread(target=kiosk, args=k) for k in kiosks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sent[0]


def _timed_get(client: httpx.Client, path: str, n: int) -> list[float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        r = client.get(path)
        r.raise_for_status()
        times.append(time.perf_counter() - t0)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiosks", type=int, default=50)
    parser.add_argument("--events", type=int, default=2000, help="events per kiosk")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--senders", type=int, default=2, help="sender processes")
    args = parser.parse_args()
    if pg_bin() is None:
        print("PostgreSQL is not installed: nothing to measure")
        return 1
    total = args.kiosks * args.events
    pg = PostgresServer()
    pg.start()
    with tempfile.TemporaryDirectory() as tmp:
        hq = HQProcess(Path(tmp), pg.create_database("hq_bench"), workers=args.workers)
        try:
            hq.init_keys()
            hq_public = bytes.fromhex((Path(tmp) / "hq-key.pub").read_text().strip())
            print(f"sealing {args.kiosks} kiosks x {args.events} events = {total:,} (not timed) ...", flush=True)
            t0 = time.perf_counter()
            with multiprocessing.Pool(2) as pool:
                sealed = pool.map(_seal, [(k, args.events, hq_public) for k in range(args.kiosks)])
            print(f"  sealed in {time.perf_counter() - t0:.0f} s", flush=True)
            hq.start(timeout=180)  # each worker unlocks HQ's key (scrypt, 128 MiB) before it serves
            kiosks = []
            for device, records, public_key, wrapped, key_sig in sealed:
                _enroll(hq.url, hq.enroll_code(device), device, public_key)
                kiosks.append((device, wrapped, key_sig, records))
            groups = [(hq.url, kiosks[i::args.senders], args.batch) for i in range(args.senders)]
            print(f"pushing: {args.kiosks} kiosks at once, batches of {args.batch}, HQ with {args.workers} workers "
                  "(ingest checks chains and signatures, stores, decrypts and counts each record once)", flush=True)
            t0 = time.perf_counter()
            with multiprocessing.Pool(args.senders) as pool:
                delivered = sum(pool.map(_send, groups))
            elapsed = time.perf_counter() - t0
            assert delivered == total
            print(f"ingest: {total:,} events in {elapsed:.1f} s = {total / elapsed:,.0f} events/s", flush=True)

            subprocess.run([*hq_command(), "--data-dir", tmp, "staff", "add", "bench"], check=True, capture_output=True,
                           env={**hq_env(), "KIOSK_HQ_STAFF_PASSWORD": STAFF_PASS})
            with httpx.Client(base_url=hq.url, timeout=120) as client:
                client.post("/dashboard/login", content=f"name=bench&password={STAFF_PASS.replace(' ', '+')}",
                            headers={"content-type": "application/x-www-form-urlencoded"})
                page = _timed_get(client, "/dashboard?as_of=2025-03-07", 60)
                board = _timed_get(client, "/dashboard/board", 10)
                report = _timed_get(client, "/dashboard/download/completion/all.xlsx", 5)
            p95 = statistics.quantiles(page, n=20)[-1]
            print(f"with {total:,} events stored ({args.kiosks} devices, {args.events // PER_DAY + 1} days each):")
            print(f"  dashboard first page: median {statistics.median(page) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
                  f"max {max(page) * 1000:.0f} ms over {len(page)} loads (goal p95 < 500 ms)")
            print(f"  booth board: median {statistics.median(board) * 1000:.0f} ms")
            print(f"  completion report (XLSX download): median {statistics.median(report):.2f} s, "
                  f"max {max(report):.2f} s (goal < 2 s)")
            cli = time.perf_counter()
            subprocess.run([*hq_command(), "--data-dir", tmp, "report", "completion", "--format", "json", "--db",
                            hq.db_url], check=True, capture_output=True, env=hq_env())
            print(f"  kiosk-hq report completion (process start, key unlock ~0.5 s, report): "
                  f"{time.perf_counter() - cli:.2f} s")
        finally:
            hq.stop()
            pg.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
