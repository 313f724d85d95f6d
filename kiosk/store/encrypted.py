"""The kiosk's event log on disk: SQLite (through SQLAlchemy Core) holding only sealed records.

Durable before "done": WAL with synchronous=FULL, so `append` returns only after the record is on
disk. Only ciphertext ever reaches SQLite, so its WAL, journals and free pages hold nothing readable;
secure_delete and an in-memory temp store keep it that way. One process at a time: an OS lock on the
store directory refuses a second kiosk on the same data directory.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import hmac
import logging
import os
import resource
import sqlite3
import threading
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import (
    Column,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    create_engine,
    event,
    func,
    insert,
    select,
)
from sqlalchemy.exc import DatabaseError, OperationalError

from kiosk.domain.corrections import plan_import
from kiosk.domain.events import Event, EventError
from kiosk.store.base import StoreError
from kiosk.store.errors import StoreCorrupt, StoreFull, StoreLocked, StoreMissing
from kiosk.store.head import HEAD_FILE, Head, compare, read_head, write_head
from kiosk.store.keys import (
    KEYS_FILE,
    Keys,
    generate_keys,
    mark_head_kept,
    save_hq_wrapped_key,
    unlock_keys,
    write_keys,
)
from kiosk.store.records import Record, first_broken, open_event, seal
from wire.envelope import GENESIS, sign_wrapped_key, state_message, wrap_data_key
from wire.status import status_message

logger = logging.getLogger("kiosk.store")
STORE_DIR = "store"
DB_FILE = "events.sqlite"
LOCK_FILE = "lock"

metadata = MetaData()
records = Table(
    "records", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("prev", LargeBinary, nullable=False),
    Column("nonce", LargeBinary, nullable=False),
    Column("ct", LargeBinary, nullable=False),
    Column("hash", LargeBinary, nullable=False),
    Column("sig", LargeBinary, nullable=False),
)
# Keyed fingerprints of imported paper events, so a re-import counts nothing twice. Keyed (HMAC under
# a key derived from the data key): without the passphrase they say nothing about the events.
imported = Table("imported", metadata, Column("mac", LargeBinary, primary_key=True))


def store_dir(data_dir: Path) -> Path:
    return Path(data_dir) / STORE_DIR


def store_exists(data_dir: Path) -> bool:
    return (store_dir(data_dir) / KEYS_FILE).exists()


def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    try:
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "secure_delete=ON", "temp_store=MEMORY",
                       "foreign_keys=ON"):
            dbapi_conn.execute(f"PRAGMA {pragma}").close()
    except sqlite3.Error:
        dbapi_conn.close()  # the pool never got it, so nobody else would close it (full disk at open)
        raise


def _translate(exc: Exception) -> Exception:
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StoreFull()
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return StoreCorrupt(str(exc).splitlines()[0])
    return exc


class EncryptedEventLog:
    """The EventLog (kiosk/store/base.py) the kiosk records into, plus what sync needs."""

    def __init__(self, data_dir: Path, keys: Keys, lock_fd: int) -> None:
        self.dir = store_dir(data_dir)
        self.keys = keys
        self.device_id = keys.device_id
        self._aead = AESGCM(keys.data_key)
        self._lock_fd = lock_fd
        self._mac_key = hmac.new(keys.data_key, b"booth-kiosk import fingerprint", hashlib.sha256).digest()
        self._import_lock = threading.Lock()
        self._write_lock = threading.Lock()  # the UI and workers may append at once: one chain, one writer
        self.engine = create_engine(f"sqlite:///{self.dir / DB_FILE}")
        event.listen(self.engine, "connect", _pragmas)
        try:
            with self.engine.begin() as conn:
                # check before create_all: a damaged file must be reported, never written to
                bad = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                if bad != "ok":
                    raise StoreCorrupt(str(bad))
                metadata.create_all(conn)
                row = conn.execute(select(records.c.seq, records.c.hash).order_by(records.c.seq.desc()).limit(1)).first()
        except (OperationalError, DatabaseError) as exc:
            self.engine.dispose()  # the caller releases the lock
            raise _translate(exc.orig if hasattr(exc, "orig") else exc) from None
        except StoreCorrupt:
            self.engine.dispose()
            raise
        self._last_seq, self._last_hash = (row[0], row[1]) if row else (0, GENESIS)
        self.unreadable: list[tuple[int, str]] = []  # filled by events()
        self.head_problem = self._check_head()

    # -- the signed head (kiosk/store/head.py) --------------------------------------------------------
    def _check_head(self) -> str | None:
        """Why the database does not hold what the signed head says, or None (then the head is current)."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        head = read_head(self.dir, Ed25519PublicKey.from_public_bytes(self.keys.public_key), self.device_id)
        if isinstance(head, str):
            return head
        if head is None and self.keys.head_kept:
            return "head.json が消されています / head.json was removed"
        if head is not None:
            problem = compare(head, self._last_seq, self._hash_at(head.seq))
            if problem or head.seq == self._last_seq:
                return problem
        self._write_head()  # a store from before heads, or a commit whose head rewrite was cut short
        if not self.keys.head_kept:
            self.keys.head_kept = True
            if (self.dir / KEYS_FILE).exists():  # absent while a new store is being created
                mark_head_kept(self.dir)
        return None

    def _hash_at(self, seq: int) -> bytes | None:
        with self.engine.connect() as conn:
            return conn.execute(select(records.c.hash).where(records.c.seq == seq)).scalar()

    def _write_head(self) -> None:
        write_head(self.dir, self.keys.signing_key, self.device_id, Head(self._last_seq, self._last_hash))

    # -- EventLog -----------------------------------------------------------------------------------
    def append(self, event: Event) -> int:
        return self._append_many([event])[-1]

    def _append_many(self, events: list[Event], macs: list[bytes] | None = None) -> list[int]:
        if self.head_problem:  # appending to a cut database would fork the chain HQ holds
            raise StoreCorrupt(self.head_problem)
        with self._write_lock:
            seq, prev = self._last_seq, self._last_hash
            rows: list[dict[str, Any]] = []
            signer = self.keys.signing_key
            for e in events:
                seq += 1
                r = seal(self._aead, signer, self.device_id, seq, prev, e)
                rows.append({"seq": r.seq, "prev": r.prev, "nonce": r.nonce, "ct": r.ct, "hash": r.hash, "sig": r.sig})
                prev = r.hash
            try:
                with self.engine.begin() as conn:  # one transaction: all or nothing, durable at commit
                    if rows:
                        conn.execute(insert(records), rows)
                    if macs:
                        conn.execute(insert(imported), [{"mac": m} for m in macs])
            except (OperationalError, DatabaseError) as exc:
                raise _translate(exc.orig if hasattr(exc, "orig") else exc) from None
            self._last_seq, self._last_hash = seq, prev
            try:
                self._write_head()
            except OSError as exc:  # committed all the same; the next open catches the head up
                logger.warning("could not rewrite the store head: %s", exc.strerror)
            return [r["seq"] for r in rows]

    def _records(self, after_seq: int = 0, limit: int | None = None) -> list[Record]:
        q = select(records).where(records.c.seq > after_seq).order_by(records.c.seq)
        if limit is not None:
            q = q.limit(limit)
        try:
            with self.engine.connect() as conn:
                return [Record(*row) for row in conn.execute(q)]
        except (OperationalError, DatabaseError) as exc:
            raise _translate(exc.orig if hasattr(exc, "orig") else exc) from None

    def events(self, after_seq: int = 0) -> list[tuple[int, Event]]:
        """Every readable event. A record that does not decrypt (changed on disk) or is no longer a
        valid event (written before a rule was added) is left out and listed in `self.unreadable`:
        one bad record must not stop the day's screen or every report."""
        found: list[tuple[int, Event]] = []
        self.unreadable: list[tuple[int, str]] = []
        for r in self._records(after_seq):
            try:
                found.append((r.seq, open_event(self._aead, self.device_id, r)))
            except InvalidTag:
                self.unreadable.append((r.seq, "復号できません / does not decrypt"))
            except (EventError, UnicodeDecodeError) as exc:
                self.unreadable.append((r.seq, f"記録として読めません / not a valid event: {str(exc)[:200]}"))
        for seq, _ in self.unreadable:
            logger.warning("record %d left out: unreadable (see `kiosk events verify`)", seq)
        return found

    def __enter__(self) -> EncryptedEventLog:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._lock_fd >= 0:
            os.close(self._lock_fd)
            self._lock_fd = -1

    # -- paper back-fill -----------------------------------------------------------------------------
    def fingerprints(self, events: list[Event]) -> list[bytes]:
        """Keyed fingerprint per event; the n-th identical line of a file gets its own, so two real
        visitors written identically stay two, while the same file imported again matches."""
        seen: Counter[str] = Counter()
        macs = []
        for e in events:
            text = e.to_json()
            seen[text] += 1
            macs.append(hmac.new(self._mac_key, f"{seen[text]}\0{text}".encode(), hashlib.sha256).digest())
        return macs

    def import_events(self, events: list[Event], lines: list[int] | None = None) -> tuple[int, int]:
        """Append the events not imported before, in one transaction; returns (added, already there).
        An event without an id gets one from its keyed fingerprint (the same on a re-import); the
        rules on ids, voids and session updates (kiosk/domain/corrections.py) raise EventError
        naming the line, and then nothing is recorded."""
        macs = self.fingerprints(events)
        events = [e if e.id else replace(e, id="p" + m.hex()[:23]) for e, m in zip(events, macs, strict=True)]
        with self._import_lock:  # two imports of one file at once must not both add it
            with self.engine.connect() as conn:
                known = {row[0] for row in conn.execute(select(imported.c.mac))}
            fresh = [m not in known for m in macs]  # stores imported before ids existed know only these
            keep = [a and b for a, b in zip(plan_import(events, [e for _, e in self.events()], lines), fresh,
                                            strict=True)]
            new = [(e, m) for e, m, k in zip(events, macs, keep, strict=True) if k]
            if new:
                self._append_many([e for e, _ in new], [m for _, m in new])
        return len(new), len(events) - len(new)

    # -- tamper evidence ------------------------------------------------------------------------------
    def verify(self, acknowledged: int = 0) -> tuple[int, tuple[int, str] | None]:
        """(records checked, first broken (seq, reason) or None). `acknowledged`: how many records
        HQ has confirmed; a log holding fewer has lost some (or was put back from an older copy)."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        all_records = self._records()
        public = Ed25519PublicKey.from_public_bytes(self.keys.public_key)
        broken = first_broken(self._aead, public, self.device_id, all_records)
        if broken is None and self.head_problem:
            broken = (len(all_records) + 1, self.head_problem)
        if broken is None and acknowledged > len(all_records):
            broken = (len(all_records) + 1, f"本部は {acknowledged} 件を受信済みですが、この端末には {len(all_records)} 件しかありません / "
                                            f"HQ acknowledged {acknowledged} records but this kiosk holds {len(all_records)}")
        return len(all_records), broken

    # -- sync (sync/client/source.py) -------------------------------------------------------------------
    def device_public_key(self) -> bytes:
        return self.keys.public_key

    def last_seq(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.coalesce(func.max(records.c.seq), 0))).scalar_one()

    def sealed_records(self, after_seq: int, limit: int) -> list[dict[str, Any]]:
        return [r.wire() for r in self._records(after_seq, limit)]

    def hq_wrapped_key(self) -> bytes | None:
        return self.keys.hq_wrapped_key

    def sign_status(self, status: dict[str, Any]) -> bytes:
        """The device's signature of a live status for HQ's board (wire/status.py, its own domain tag)."""
        return self.keys.signing_key.sign(status_message(self.device_id, status))

    def hq_wrapped_key_sig(self) -> bytes | None:
        """The device key's signature binding the wrapped data key to this device (HQ checks it)."""
        wrapped = self.keys.hq_wrapped_key
        return sign_wrapped_key(self.keys.signing_key, self.device_id, wrapped) if wrapped else None

    def hq_state_signature(self, stamp: int) -> bytes:
        """Signs HQ's "how far has my chain arrived" question (only this device may ask it)."""
        return self.keys.signing_key.sign(state_message(self.device_id, stamp))

    def enroll_hq(self, hq_public_key: bytes) -> None:
        wrapped = wrap_data_key(hq_public_key, self.keys.data_key)
        save_hq_wrapped_key(self.dir, wrapped)
        self.keys.hq_wrapped_key = wrapped


def lock_store(directory: Path) -> int:
    """Take the one-process OS lock on a store directory (an fd to close to release), or StoreLocked."""
    fd = os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise StoreLocked(str(directory.parent)) from None
    return fd


def _db_files(directory: Path) -> list[Path]:
    return [directory / (DB_FILE + suffix) for suffix in ("", "-wal", "-shm", "-journal")]


def _holds_records(db: Path) -> bool:
    """Whether a database left without keys holds any record (read-only look; damaged counts as yes)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return "records" in tables and conn.execute("SELECT count(*) FROM records").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error:
        return True


def _create(data_dir: Path, directory: Path, passphrase: str, fd: int) -> EncryptedEventLog:
    """A new store: the database first, keys.json last, so a store is only "there" once complete."""
    db = directory / DB_FILE
    if db.exists():
        if _holds_records(db):  # records without their keys: never start over on top of them
            raise StoreCorrupt(f"{KEYS_FILE} is missing but {DB_FILE} holds records")
        for leftover in _db_files(directory):  # an earlier creation stopped half-way: nothing in it
            leftover.unlink(missing_ok=True)
    (directory / HEAD_FILE).unlink(missing_ok=True)  # a head left by a creation cut short is not ours
    os.close(os.open(db, os.O_WRONLY | os.O_CREAT, 0o600))  # SQLite gives -wal/-shm the same mode
    keys = generate_keys()
    log = EncryptedEventLog(data_dir, keys, fd)
    try:
        write_keys(directory, keys, passphrase)
    except BaseException:
        log.engine.dispose()
        raise
    return log


def forbid_core_dumps() -> None:
    """Once the keys are in memory, a crash must not write them (and every event read) to a core file.
    Applies to this process and the processes it starts (the browser, the print helpers)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def open_event_log(data_dir: Path, passphrase: str, *, create: bool = False) -> EncryptedEventLog:
    """Open the store (create it on a new data directory when `create`), or raise a StoreError:
    StoreMissing, WrongPassphrase, StoreLocked, StoreCorrupt, StoreFull."""
    forbid_core_dumps()
    try:
        return _open(Path(data_dir), passphrase, create)
    except OSError as exc:  # the file system itself said no (full, read-only, permissions)
        if exc.errno == errno.ENOSPC:
            raise StoreFull() from None
        raise StoreError(f"記録フォルダーを開けません / cannot open the store in {data_dir}: {exc.strerror}") from None


def _open(data_dir: Path, passphrase: str, create: bool) -> EncryptedEventLog:
    directory = store_dir(data_dir)
    if not directory.is_dir():
        if not create:
            raise StoreMissing(str(directory))
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = lock_store(directory)  # first: a store another process is creating is "locked", not "missing"
    try:
        if not store_exists(data_dir):
            if not create:
                raise StoreMissing(str(directory))
            return _create(data_dir, directory, passphrase, fd)
        keys = unlock_keys(directory, passphrase)
        if not (directory / DB_FILE).exists():  # keys without records: the events were removed
            raise StoreCorrupt(f"{DB_FILE} is missing")
        return EncryptedEventLog(data_dir, keys, fd)
    except BaseException:
        os.close(fd)
        raise
