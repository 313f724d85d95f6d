"""The signed head: how many records the log holds and the hash of the last one, signed by the
device key, kept in store/head.json beside (not inside) the database file.

The chain alone proves each record follows the previous one; it cannot notice records missing at
the end, an emptied or re-created table, a database cut to 0 bytes or an older copy put back. The
head can: it is rewritten after every commit, and `verify` compares the database with it. Without
the passphrase nobody can sign a lower head. A whole store folder put back from an old copy still
carries a consistent old head; what HQ has acknowledged (the sync cursor) is the check for that.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.atomic import atomic_write

HEAD_FILE = "head.json"
_DOMAIN = b"booth-kiosk store head v1\0"


@dataclass(frozen=True)
class Head:
    seq: int
    hash: bytes


def _message(device_id: str, head: Head) -> bytes:
    return _DOMAIN + device_id.encode() + b"\0" + head.seq.to_bytes(8, "big") + head.hash


def write_head(store_dir: Path, signer: Ed25519PrivateKey, device_id: str, head: Head) -> None:
    sig = signer.sign(_message(device_id, head))
    # not fsync'ed (that would triple an append's cost): a power cut may bring back an earlier head,
    # which the log is then ahead of, and that is accepted (see compare); the records are durable
    atomic_write(store_dir / HEAD_FILE, json.dumps({"seq": head.seq, "hash": head.hash.hex(), "sig": sig.hex()}),
                 durable=False)


def read_head(store_dir: Path, public: Ed25519PublicKey, device_id: str) -> Head | str | None:
    """The head if its signature is the device's; a reason (str) when it is damaged or forged; None
    when there is no head file (a store from before heads existed)."""
    try:
        doc = json.loads((store_dir / HEAD_FILE).read_text(encoding="utf-8"))
        head = Head(int(doc["seq"]), bytes.fromhex(doc["hash"]))
        public.verify(bytes.fromhex(doc["sig"]), _message(device_id, head))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, OverflowError, InvalidSignature):
        return f"{HEAD_FILE} は壊れているか署名が違います / {HEAD_FILE} is damaged or not signed by this kiosk"
    return head


def compare(head: Head, last_seq: int, hash_at_head: bytes | None) -> str | None:
    """Why the database does not hold what the head says (None: it does). `hash_at_head` is the
    stored hash of record `head.seq` (None when that record is not there). A database *ahead* of the
    head is fine: a power cut between the commit and the head's rewrite; the chain covers those."""
    if last_seq < head.seq:
        return (f"記録 {last_seq + 1}〜{head.seq} が消えています（記録数 {last_seq} 件、署名済みの末尾は {head.seq} 件） / "
                f"records {last_seq + 1}–{head.seq} are gone: the database ends at {last_seq}, the signed head at {head.seq}")
    if head.seq and hash_at_head != head.hash:
        return (f"記録 {head.seq} が署名済みの末尾と違います（古い複製に置き換えられた可能性） / "
                f"record {head.seq} is not the one the signed head names (an older or other copy of the database?)")
    return None
