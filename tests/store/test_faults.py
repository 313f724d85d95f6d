"""Faults an operator or an attacker can cause: damaged files, removed files, a creation or a wipe cut
short, several writers at once. Each is reported clearly and nothing acknowledged is lost."""

import threading

import pytest

from kiosk.domain.events import make_event
from kiosk.store.encrypted import open_event_log, store_dir, store_exists
from kiosk.store.errors import StoreCorrupt, StoreLocked
from kiosk.store.wipe import wipe_data_dir
from tests.store.conftest import PASSPHRASE, kiosk_cli, raw_bytes_of


def test_threads_appending_at_once_share_one_unbroken_chain(data_dir, log):
    errors = []

    def writer(n):
        try:
            for i in range(40):
                log.append(make_event("visitor", "S1", ticket=n * 100 + i))
        except Exception as exc:  # the test fails below with the reason
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [s for s, _ in log.events()] == list(range(1, 161))
    assert log.verify() == (160, None)


def test_a_byte_flipped_in_the_file_itself_is_found_at_its_record(data_dir, log):
    for i in range(30):
        log.append(make_event("visitor", "S1", ticket=i))
    target = log.sealed_records(16, 1)[0]
    log.close()  # the last connection closing checkpoints the WAL into the main file …
    db = store_dir(data_dir) / "events.sqlite"
    assert not db.with_name("events.sqlite-wal").exists()
    raw = bytearray(db.read_bytes())
    at = raw.find(bytes.fromhex(target["ct"]))
    assert at > 0  # … so record 17's ciphertext is in the main file
    raw[at + 3] ^= 0x40  # a flip on the disk, below SQLite
    db.write_bytes(bytes(raw))
    result = kiosk_cli(data_dir, "events", "verify")
    assert result.returncode == 1 and "record 17" in result.stderr, result.stderr


def test_damaged_key_file_is_reported_not_replaced(data_dir, log):
    log.append(make_event("visitor", "S1"))
    log.close()
    keys = store_dir(data_dir) / "keys.json"
    keys.write_bytes(keys.read_bytes()[:40])
    before = raw_bytes_of(data_dir)
    with pytest.raises(StoreCorrupt, match="damaged"):
        open_event_log(data_dir, PASSPHRASE, create=True)
    assert raw_bytes_of(data_dir) == before


def test_removed_database_is_reported_not_started_over(data_dir, log):
    log.append(make_event("visitor", "S1"))
    log.close()
    for f in store_dir(data_dir).glob("events.sqlite*"):
        f.unlink()
    with pytest.raises(StoreCorrupt, match="events.sqlite is missing"):
        open_event_log(data_dir, PASSPHRASE, create=True)
    assert not (store_dir(data_dir) / "events.sqlite").exists()


def test_a_creation_cut_short_before_the_keys_starts_cleanly(data_dir, log):
    log.close()
    (store_dir(data_dir) / "keys.json").unlink()  # as if killed after the empty database was made
    assert not store_exists(data_dir)
    fresh = open_event_log(data_dir, PASSPHRASE, create=True)
    try:
        assert fresh.append(make_event("visitor", "S1")) == 1
    finally:
        fresh.close()


def test_wipe_is_refused_while_a_kiosk_has_the_store_open(data_dir, log):
    log.append(make_event("visitor", "S1"))
    with pytest.raises(StoreLocked):
        wipe_data_dir(data_dir, PASSPHRASE)
    assert [s for s, _ in log.events()] == [1]


def test_a_wipe_cut_short_after_the_keys_can_be_finished(data_dir, log):
    log.append(make_event("other", "S1", category="WIPE-MARKER-99"))
    log.close()
    (store_dir(data_dir) / "keys.json").unlink()  # the wipe's first step happened, then power was cut
    (data_dir / "cache").mkdir()
    (data_dir / "cache" / "page").write_bytes(b"WIPE-MARKER-99")
    report = wipe_data_dir(data_dir, "any passphrase: the keys are gone")
    assert report.clean and list(data_dir.iterdir()) == []


def test_wipe_refuses_a_directory_that_is_not_a_kiosk_store(data_dir):
    (data_dir / "notes.txt").write_text("not the kiosk's", encoding="utf-8")
    result = kiosk_cli(data_dir, "wipe", "--yes-i-understand")
    assert result.returncode == 1 and "nothing was wiped" in result.stderr
    assert (data_dir / "notes.txt").exists()
