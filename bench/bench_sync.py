"""Sync throughput: events/s delivered end to end kiosk → HQ over HTTPS on loopback (goal: 100,000
events in under 60 s), and HQ's ingest rate on SQLite and on PostgreSQL (when installed).

Runs a real `kiosk-hq serve` subprocess (TLS with a private CA made here for the HTTPS figure) and
pushes sealed records through the same Outbox the kiosk uses. Usage:
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

from kiosk.domain.events import JST, make_event  # noqa: E402
from sync.client.outbox import Outbox  # noqa: E402
from sync.client.transport import HQTransport  # noqa: E402
from sync.envelope import wrap_data_key  # noqa: E402
from tests.sync.certs import make_ca, make_server_cert  # noqa: E402
from tests.sync.hqproc import HQProcess  # noqa: E402
from tests.sync.pg import PostgresServer, pg_bin  # noqa: E402
from tests.sync.sealing import Sealer, SealerSource  # noqa: E402


def kiosk_source(hq: HQProcess, events: int, ca: str | None) -> SealerSource:
    sealer = Sealer("bench-kiosk")
    t = HQTransport(hq.url, ca_file=ca)
    reply = t.enroll(hq.enroll_code("bench"), sealer.device_id, sealer.public_key)
    t.close()
    day = datetime(2026, 11, 20, 9, 0, tzinfo=JST)
    kinds = [("visitor", {}), ("application", {"route": "online", "age_band": "60-69"}),
             ("survey", {"age_band": "70-79", "answers": {"q1": "a", "q2": ["b", "c"]}})]
    for i in range(events):
        etype, fields = kinds[i % 3]
        sealer.seal(make_event(etype, f"S{i // 500}", at=day.replace(minute=i % 60), **fields))
    return SealerSource(sealer, wrap_data_key(bytes.fromhex(reply["hq_public_key"]), sealer.data_key))


def run(label: str, tmp: Path, db_url: str, events: int, batch: int, tls: bool) -> float:
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
        source = kiosk_source(hq, events, str(ca) if ca else None)
        kiosk_dir = tmp / f"kiosk-{label}"
        kiosk_dir.mkdir()
        box = Outbox(source, HQTransport(hq.url, ca_file=str(ca) if ca else None, timeout=60), kiosk_dir, batch_size=batch)
        t0 = time.perf_counter()
        report = box.push_all()
        elapsed = time.perf_counter() - t0
        assert report.waiting == 0 and report.sent == events, report
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
        elapsed = run("e2e", tmp, f"sqlite:///{tmp / 'e2e.sqlite3'}", args.events, args.batch, tls=True)
        verdict = "OK" if (elapsed * 100_000 / args.events) < 60 else "SLOWER THAN GOAL"
        print(f"end to end kiosk→HQ over HTTPS (SQLite): {args.events} events in {elapsed:.1f} s = "
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
