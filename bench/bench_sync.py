"""Sync throughput: events/s delivered end to end kiosk → HQ over HTTPS on loopback (goal: 100,000
events in under 60 s), and HQ's ingest rate on SQLite and on PostgreSQL (when installed).

Runs a real `kiosk-hq serve` subprocess (TLS with a private CA made here for the HTTPS figure). The
end-to-end figure reads the records from a real encrypted kiosk store (kiosk/store), filled
beforehand (filling is the store's benchmark, not timed here), and pushes them through the same
Outbox `kiosk sync` uses. The ingest figures push pre-sealed records over plain HTTP. Usage:
    .venv/bin/python bench/bench_sync.py [--events 100000] [--batch 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.domain.events import JST, Event, make_event  # noqa: E402
from kiosk.store.encrypted import open_event_log  # noqa: E402
from sync.client.outbox import Outbox  # noqa: E402
from sync.client.source import StoreSource  # noqa: E402
from sync.client.transport import HQTransport  # noqa: E402
from tests.sync.certs import make_ca, make_server_cert  # noqa: E402
from tests.sync.hqproc import HQProcess  # noqa: E402
from tests.sync.pg import PostgresServer, pg_bin  # noqa: E402
from tests.sync.sealing import Sealer, SealerSource  # noqa: E402
from wire.envelope import wrap_data_key  # noqa: E402


def day_of_events(n: int) -> list[Event]:
    day = datetime(2026, 11, 20, 9, 0, tzinfo=JST)
    kinds = [("visitor", {}), ("application", {"route": "online", "age_band": "60-69"}),
             ("survey", {"age_band": "70-79", "answers": {"q1": "a", "q2": ["b", "c"]}})]
    return [make_event(kinds[i % 3][0], f"S{i // 500}", at=day.replace(minute=i % 60, second=i % 60), **kinds[i % 3][1])
            for i in range(n)]


def sealed_source(hq: HQProcess, events: int, ca: str | None, kiosk_dir: Path):
    """Pre-sealed records in memory (ingest figures: only HQ's side is measured)."""
    sealer = Sealer("bench-kiosk")
    t = HQTransport(hq.url, ca_file=ca)
    reply = t.enroll(hq.enroll_code("bench"), sealer.device_id, sealer.public_key)
    t.close()
    for e in day_of_events(events):
        sealer.seal(e)
    return SealerSource(sealer, wrap_data_key(bytes.fromhex(reply["hq_public_key"]), sealer.data_key)), None


def store_source(hq: HQProcess, events: int, ca: str | None, kiosk_dir: Path):
    """A real encrypted kiosk store, enrolled with HQ (end-to-end figure)."""
    log = open_event_log(kiosk_dir, "bench passphrase 123", create=True)
    log.import_events(day_of_events(events))
    t = HQTransport(hq.url, ca_file=ca)
    reply = t.enroll(hq.enroll_code("bench"), log.device_id, log.device_public_key())
    t.close()
    log.enroll_hq(bytes.fromhex(reply["hq_public_key"]))
    return StoreSource(log), log


def run(label: str, tmp: Path, db_url: str, events: int, batch: int, tls: bool, real_store: bool = False) -> float:
    hq_dir = tmp / f"hq-{label}"
    hq_dir.mkdir()
    cert = key = ca = None
    if tls:
        ca, ca_key, ca_cert = make_ca(hq_dir, "bench-ca")
        cert, key = make_server_cert(hq_dir, ca_key, ca_cert)
    hq = HQProcess(hq_dir, db_url, cert=cert, key=key, ca=ca)
    hq.init_keys()
    hq.start()
    try:
        kiosk_dir = tmp / f"kiosk-{label}"
        kiosk_dir.mkdir()
        make = store_source if real_store else sealed_source
        source, log = make(hq, events, str(ca) if ca else None, kiosk_dir)
        box = Outbox(source, HQTransport(hq.url, ca_file=str(ca) if ca else None, timeout=60), kiosk_dir, batch_size=batch)
        t0 = time.perf_counter()
        report = box.push_all()
        elapsed = time.perf_counter() - t0
        assert report.waiting == 0 and report.sent == events, report
        if log is not None:
            log.close()
        return elapsed
    finally:
        hq.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--ingest-events", type=int, default=20_000, help="events for the per-database ingest figures")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as d:
        tmp = Path(d)
        elapsed = run("e2e", tmp, f"sqlite:///{tmp / 'e2e.sqlite3'}", args.events, args.batch, tls=True, real_store=True)
        verdict = "OK" if (elapsed * 100_000 / args.events) < 60 else "SLOWER THAN GOAL"
        print(f"end to end, kiosk store → HQ over HTTPS (HQ on SQLite): {args.events} events in {elapsed:.1f} s = "
              f"{args.events / elapsed:,.0f} events/s  [goal 100,000 in < 60 s: {verdict}]")
        n = args.ingest_events
        elapsed = run("sqlite", tmp, f"sqlite:///{tmp / 'ingest.sqlite3'}", n, args.batch, tls=False)
        print(f"HQ ingest, SQLite:     {n / elapsed:,.0f} events/s ({n} events, plain HTTP on loopback)")
        if pg_bin() is None:
            print("HQ ingest, PostgreSQL: skipped (PostgreSQL not installed)")
        else:
            pg = PostgresServer()
            pg.start()
            try:
                elapsed = run("pg", tmp, pg.create_database("bench"), n, args.batch, tls=False)
                print(f"HQ ingest, PostgreSQL: {n / elapsed:,.0f} events/s ({n} events, plain HTTP on loopback)")
            finally:
                pg.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
