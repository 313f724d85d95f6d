import sqlite3
import subprocess
import sys

import pytest

from kiosk.domain.events import make_event
from kiosk.store.encrypted import open_event_log, store_dir
from kiosk.store.errors import StoreCorrupt, StoreFull, StoreLocked, StoreMissing, WrongPassphrase
from tests.store.conftest import PASSPHRASE, raw_bytes_of


def test_events_survive_a_reopen_with_sequence_numbers(data_dir, log):
    seqs = [log.append(make_event("visitor", "S1", ticket=i)) for i in range(1, 4)]
    assert seqs == [1, 2, 3]
    log.close()
    again = open_event_log(data_dir, PASSPHRASE)
    try:
        assert [(s, e.data["ticket"]) for s, e in again.events()] == [(1, 1), (2, 2), (3, 3)]
        assert again.append(make_event("visitor", "S1")) == 4
        assert [s for s, _ in again.events(after_seq=2)] == [3, 4]
    finally:
        again.close()


def test_nothing_readable_on_disk(data_dir, log):
    marker = "MARKER-宮城-7f3a9c"
    log.append(make_event("survey", "S1", age_band="70-79", answers={"q1": "a"}, free_text=f"{marker} 090-1234"))
    log.append(make_event("other", "S1", category=marker))
    log.append(make_event("session_open", "S2", venue=marker, municipality="仙台市", kind="support", large_venue=False))
    log.import_events([make_event("survey", "S3", age_band="60-69", answers={}, free_text=f"{marker} paper")])
    forms = (marker.encode(), marker.encode("utf-16-le"), "宮城".encode(), b"090-1234", b"MARKER")

    def assert_unreadable():
        raw = raw_bytes_of(data_dir)
        for form in forms:
            assert form not in raw

    assert (store_dir(data_dir) / "events.sqlite-wal").exists()  # while open: the WAL is searched too
    assert_unreadable()
    assert marker in log.events()[0][1].data["free_text"]  # …while the kiosk itself reads it back
    log.close()  # checkpointed into the main file
    assert_unreadable()
    again = open_event_log(data_dir, PASSPHRASE)
    again.close()
    assert_unreadable()


def test_wrong_passphrase_is_refused(data_dir, log):
    log.close()
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_event_log(data_dir, "not the passphrase")


def test_missing_store_is_not_created_silently(data_dir):
    with pytest.raises(StoreMissing):
        open_event_log(data_dir, PASSPHRASE)
    assert not store_dir(data_dir).exists()


def test_second_process_on_the_same_data_dir_is_refused(data_dir, log):
    code = ("import sys; from kiosk.store.encrypted import open_event_log\n"
            f"open_event_log(sys.argv[1], {PASSPHRASE!r})")
    result = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True)
    assert result.returncode != 0 and "another kiosk process" in result.stderr
    with pytest.raises(StoreLocked):
        open_event_log(data_dir, PASSPHRASE)


def test_flipped_byte_is_detected_at_its_record(data_dir, log):
    for i in range(5):
        log.append(make_event("visitor", "S1", ticket=i))
    assert log.verify() == (5, None)
    log.close()
    db = sqlite3.connect(store_dir(data_dir) / "events.sqlite")
    ct = bytearray(db.execute("SELECT ct FROM records WHERE seq = 3").fetchone()[0])
    ct[5] ^= 0x01
    db.execute("UPDATE records SET ct = ? WHERE seq = 3", (bytes(ct),))
    db.commit()
    db.close()
    again = open_event_log(data_dir, PASSPHRASE)
    try:
        count, broken = again.verify()
        assert count == 5 and broken[0] == 3 and "content does not match its hash" in broken[1]
    finally:
        again.close()


def test_truncated_database_is_reported_not_overwritten(data_dir, log):
    for i in range(200):
        log.append(make_event("visitor", "S1", ticket=i))
    log.close()
    db = store_dir(data_dir) / "events.sqlite"
    for suffix in ("-wal", "-shm"):
        (db.parent / (db.name + suffix)).unlink(missing_ok=True)
    size = db.stat().st_size
    with open(db, "r+b") as f:
        f.truncate(size // 2)
    before = db.read_bytes()
    with pytest.raises(StoreCorrupt, match="damaged"):
        open_event_log(data_dir, PASSPHRASE)
    assert db.read_bytes() == before


def test_database_without_keys_is_never_restarted(data_dir, log):
    log.append(make_event("visitor", "S1"))
    log.close()
    (store_dir(data_dir) / "keys.json").unlink()
    with pytest.raises(StoreCorrupt):
        open_event_log(data_dir, PASSPHRASE, create=True)


def test_full_disk_refuses_the_event_and_keeps_the_rest(data_dir, log):
    log.append(make_event("visitor", "S1"))
    # SQLite reports SQLITE_FULL exactly as on a full disk once the file may not grow any more
    with log.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    from sqlalchemy import event as sa_event

    sa_event.listen(log.engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count = {pages}"))
    log.engine.dispose()
    big = "x" * 20000
    with pytest.raises(StoreFull, match="disk is full"):
        for _ in range(50):
            log.append(make_event("other", "S1", category=big))
    acknowledged = log.last_seq()
    log.close()
    again = open_event_log(data_dir, PASSPHRASE)
    try:
        assert again.last_seq() == acknowledged and again.verify()[1] is None
    finally:
        again.close()


def test_sync_view_of_records(data_dir, log):
    log.append(make_event("visitor", "S1"))
    wire = log.sealed_records(0, 10)
    assert set(wire[0]) == {"seq", "prev", "nonce", "ct", "hash", "sig"} and log.last_seq() == 1
    assert log.hq_wrapped_key() is None
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from wire.envelope import open_record, unwrap_data_key

    hq = X25519PrivateKey.generate()
    log.enroll_hq(hq.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    data_key = unwrap_data_key(hq, log.hq_wrapped_key())
    assert b'"visitor"' in open_record(data_key, log.device_id, wire[0])


def test_a_process_holding_the_keys_writes_no_core_dump(data_dir, log):
    code = ("import resource, sys; from kiosk.store.encrypted import open_event_log\n"
            f"open_event_log(sys.argv[1], {PASSPHRASE!r}, create=True)\n"
            "print(resource.getrlimit(resource.RLIMIT_CORE))")
    log.close()
    result = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True)
    assert result.stdout.strip() == "(0, 0)", result.stderr
