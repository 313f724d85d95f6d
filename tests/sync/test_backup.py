"""docs/deploy.md's backup and restore, as written: `pg_dump -Fc` of a live HQ database, `pg_restore`
into a new one, and HQ on the restored database gives the same reports, agrees with a rebuild of its
aggregates and takes the kiosks' next batches where they left off."""

from __future__ import annotations

import json
import random
import subprocess

from tests.sync.hqproc import HQProcess
from tests.sync.test_aggregates import booth_days
from tests.sync.test_ingest import enrolled, push


def test_pg_dump_and_pg_restore_give_the_same_reports(hq_dir, pg_server, tmp_path):
    source = pg_server.create_database("hq_live")
    hq = HQProcess(hq_dir, source)
    hq.init_keys()
    hq.start()
    sealers = [enrolled(hq, f"kiosk-{k}") for k in range(2)]
    for k, sealer in enumerate(sealers):
        for e in booth_days(random.Random(k), k, 6):
            sealer.seal(e)
        half = len(sealer.records) // 2
        assert push(hq, sealer, sealer.records[:half]).status_code == 200
    before = {kind: hq.cli("report", kind, *args, "--format", "json", "--db", source).stdout
              for kind, args in (("completion", ()), ("monthly", ("--month", "2024-11")))}
    hq.stop()

    dump = tmp_path / "hq.dump"
    bindir, conn = pg_server.bindir, ["-h", "127.0.0.1", "-p", str(pg_server.port), "-U", "postgres"]
    subprocess.run([str(bindir / "pg_dump"), *conn, "-Fc", "-f", str(dump), "hq_live"], check=True, timeout=120)
    restored = pg_server.create_database("hq_restored")
    subprocess.run([str(bindir / "pg_restore"), *conn, "--no-owner", "-d", "hq_restored", str(dump)], check=True,
                   timeout=120)

    after = {kind: hq.cli("report", kind, *args, "--format", "json", "--db", restored).stdout
             for kind, args in (("completion", ()), ("monthly", ("--month", "2024-11")))}
    assert after == before and json.loads(after["completion"])["applications"]["total"] > 0
    assert "identical" in hq.cli("aggregates", "rebuild", "--db", restored).stdout

    hq2 = HQProcess(hq_dir, restored)  # the same HQ data directory (keys) on the restored database
    hq2.start()
    try:
        for sealer in sealers:  # each kiosk's next batch continues its chain on the restored HQ
            half = len(sealer.records) // 2
            r = push(hq2, sealer, sealer.records[half:])
            assert r.status_code == 200 and r.json()["last_seq"] == len(sealer.records)
    finally:
        hq2.stop()
