"""`kiosk events verify` against a database changed from outside: records cut off the end, a table
emptied or dropped, the file cut to 0 bytes, an older copy put back, the head file removed. Each is
named as such; the log refuses to append on top of it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.domain.events import make_event
from kiosk.store.encrypted import open_event_log, store_dir
from kiosk.store.errors import StoreCorrupt
from tests.store.conftest import PASSPHRASE, kiosk_cli


def sql(statement: str) -> Callable[[Path], None]:
    def run(db: Path) -> None:
        conn = sqlite3.connect(db)
        conn.execute(statement)
        conn.commit()
        conn.close()
    return run


def cut_to_zero(db: Path) -> None:
    db.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


@pytest.fixture
def five_records(data_dir: Path) -> Path:
    with open_event_log(data_dir, PASSPHRASE, create=True) as log:
        for i in range(5):
            log.append(make_event("visitor", "S1", ticket=i))
    return store_dir(data_dir) / "events.sqlite"


@pytest.mark.parametrize("damage", [
    sql("delete from records where seq = (select max(seq) from records)"),
    sql("delete from records"),
    sql("drop table records"),
    cut_to_zero,
], ids=["newest-deleted", "all-deleted", "table-dropped", "zero-bytes"])
def test_verify_notices_records_gone_from_the_end(data_dir, five_records, damage):
    damage(five_records)
    result = kiosk_cli(data_dir, "events", "verify")
    assert result.returncode == 1, result.stdout
    assert "intact" not in result.stdout and "signed head at 5" in result.stderr
    with open_event_log(data_dir, PASSPHRASE) as log, pytest.raises(StoreCorrupt):
        log.append(make_event("visitor", "S1"))  # a new record 5 would fork the chain HQ may hold


def test_an_older_copy_of_the_database_put_back_is_noticed(data_dir, five_records, tmp_path):
    shutil.copy(five_records, tmp_path / "old.sqlite")  # a copy with 5 records (WAL checkpointed at close)
    with open_event_log(data_dir, PASSPHRASE) as log:
        log.append(make_event("visitor", "S1"))
    shutil.copy(tmp_path / "old.sqlite", five_records)
    result = kiosk_cli(data_dir, "events", "verify")
    assert result.returncode == 1 and "signed head at 6" in result.stderr


def test_removing_the_head_file_is_noticed(data_dir, five_records):
    (store_dir(data_dir) / "head.json").unlink()
    result = kiosk_cli(data_dir, "events", "verify")
    assert result.returncode == 1 and "head.json was removed" in result.stderr


def test_a_whole_store_put_back_is_caught_by_what_hq_acknowledged(data_dir, five_records):
    (data_dir / "sync.json").write_text('{"hq_url": "https://hq.example", "device_id": "x", "booth": "b"}')
    (data_dir / "sync-cursor").write_text("7")
    result = kiosk_cli(data_dir, "events", "verify")
    assert result.returncode == 1
    assert "HQ has acknowledged 7 records" in result.stdout and "this kiosk holds 5" in result.stderr


def test_a_head_behind_the_log_after_a_power_cut_is_caught_up(data_dir, five_records):
    head = store_dir(data_dir) / "head.json"
    earlier = head.read_bytes()
    with open_event_log(data_dir, PASSPHRASE) as log:
        log.append(make_event("visitor", "S1"))
    head.write_bytes(earlier)  # the rename of the newest head was lost
    result = kiosk_cli(data_dir, "events", "verify")
    assert result.returncode == 0 and "all 6 records intact" in result.stdout
