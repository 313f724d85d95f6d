"""The sync envelope: the wire format kiosk and HQ share, and HQ's checks of a batch's records.

A batch is JSON: {"version": 1, "device": ID, "wrapped_key": HEX|null, "key_sig": HEX|null,
"records": [RECORD, …]}; key_sig is the device's signature of its wrapped data key (key_binding).
Each RECORD is one event exactly as the kiosk's store sealed it (kiosk/store/records.py): its seq,
the encrypted content, the hash chaining it to the previous record and the device's Ed25519
signature. The kiosk never re-encrypts or re-signs for sync, so what HQ checks is what the booth
wrote. See docs/sync.md.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

API_PREFIX = "/api/v1"
ENVELOPE_VERSION = 1
HASH_DOMAIN = b"booth-kiosk record v1\0"
WRAP_INFO = b"booth-kiosk data key for HQ v1"
KEY_DOMAIN = b"booth-kiosk wrapped data key v1\0"
GENESIS = bytes(32)  # the "previous hash" of a device's first record
RECORD_FIELDS = frozenset({"seq", "prev", "nonce", "ct", "hash", "sig"})


class EnvelopeError(Exception):
    """A record that fails HQ's checks; `reason` is one of bad_signature, broken_chain, malformed."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def canonical(record: dict[str, Any]) -> bytes:
    """The bytes HQ stores for a record and compares a resent one against."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False



def _hex(record: dict[str, Any], key: str, size: int | None = None) -> bytes:
    value = record.get(key)
    try:
        raw = bytes.fromhex(value) if isinstance(value, str) else None
    except ValueError:
        raw = None
    if raw is None or (size is not None and len(raw) != size):
        raise EnvelopeError("malformed", f"seq {record.get('seq')}: field {key!r} is missing or not hex")
    return raw


def record_hash(device_id: str, seq: int, prev: bytes, nonce: bytes, ciphertext: bytes) -> bytes:
    """The chain hash of one record: binds device, position, predecessor and the exact ciphertext."""
    h = hashlib.sha256(HASH_DOMAIN)
    h.update(device_id.encode() + b"\0" + seq.to_bytes(8, "big") + prev + nonce)
    h.update(ciphertext)
    return h.digest()


def verify_chain(public_key: bytes, device_id: str, prev_hash: bytes | None, records: list[dict[str, Any]]) -> list[bytes]:
    """Check that the records continue the chain ending at prev_hash and carry the device's
    signatures; return each record's hash. Raises EnvelopeError naming the first bad record."""
    try:
        key = Ed25519PublicKey.from_public_bytes(public_key)
    except ValueError:
        raise EnvelopeError("malformed", "the enrolled public key is not an Ed25519 key") from None
    prev = prev_hash or GENESIS
    hashes = []
    for record in records:
        seq = record["seq"]
        extra = set(record) - RECORD_FIELDS
        if extra:  # HQ stores the record as sent: nothing unsigned may ride along
            raise EnvelopeError("malformed", f"seq {seq}: unsigned fields {sorted(extra)[:5]!r}")
        claimed_prev = _hex(record, "prev", 32)
        if claimed_prev != prev:
            raise EnvelopeError("broken_chain", f"seq {seq} does not follow the previous record")
        digest = record_hash(device_id, seq, prev, _hex(record, "nonce", 12), _hex(record, "ct"))
        if _hex(record, "hash", 32) != digest:
            raise EnvelopeError("broken_chain", f"seq {seq}: content does not match its hash")
        try:
            key.verify(_hex(record, "sig", 64), digest)
        except InvalidSignature:
            raise EnvelopeError("bad_signature", f"seq {seq}: signature is not the device's") from None
        hashes.append(digest)
        prev = digest
    return hashes


def _wrap_key(shared: bytes, eph_pub: bytes, hq_pub: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=eph_pub + hq_pub, info=WRAP_INFO).derive(shared)


def wrap_data_key(hq_public_key: bytes, data_key: bytes) -> bytes:
    """Seal the kiosk's data key for HQ: ephemeral X25519 → HKDF-SHA256 → AES-256-GCM.
    Layout: ephemeral public key (32) | nonce (12) | ciphertext+tag."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(hq_public_key))
    nonce = os.urandom(12)
    return eph_pub + nonce + AESGCM(_wrap_key(shared, eph_pub, hq_public_key)).encrypt(nonce, data_key, WRAP_INFO)


def unwrap_data_key(hq_private_key: X25519PrivateKey, wrapped: bytes) -> bytes:
    eph_pub, nonce, sealed = wrapped[:32], wrapped[32:44], wrapped[44:]
    hq_pub = hq_private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    try:
        shared = hq_private_key.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        return AESGCM(_wrap_key(shared, eph_pub, hq_pub)).decrypt(nonce, sealed, WRAP_INFO)
    except (InvalidTag, ValueError):  # ValueError: too short, or a low-order point
        raise EnvelopeError("bad_key", "the wrapped data key does not open with HQ's key") from None


def key_binding(device_id: str, wrapped: bytes) -> bytes:
    """What the device signs so HQ takes a data key only from the device that enrolled: without
    this, anyone holding one sealed record could send it first with a key of their own."""
    return KEY_DOMAIN + device_id.encode() + b"\0" + wrapped


def sign_wrapped_key(signer: Ed25519PrivateKey, device_id: str, wrapped: bytes) -> bytes:
    return signer.sign(key_binding(device_id, wrapped))


STATE_DOMAIN = b"booth-kiosk state request v1\0"
STATE_WINDOW_S = 24 * 3600  # booth clocks drift; a replay inside a day reveals only a count


def state_message(device_id: str, stamp: int) -> bytes:
    """What a kiosk signs to ask HQ how far its chain has arrived (GET …/devices/{id}/state)."""
    return STATE_DOMAIN + device_id.encode() + b"\0" + str(stamp).encode()


def verify_state_request(public_key: bytes, device_id: str, stamp: str | None, sig: str | None, now: float) -> bool:
    try:
        when = int(stamp or "")
        Ed25519PublicKey.from_public_bytes(public_key).verify(bytes.fromhex(sig or ""), state_message(device_id, when))
    except (ValueError, InvalidSignature):
        return False
    return abs(now - when) <= STATE_WINDOW_S


def verify_wrapped_key(public_key: bytes, device_id: str, wrapped: bytes, sig: bytes | None) -> None:
    """Raise EnvelopeError("bad_key_signature") unless `sig` is the enrolled device's signature of
    `wrapped`."""
    try:
        if sig is None:
            raise InvalidSignature
        Ed25519PublicKey.from_public_bytes(public_key).verify(sig, key_binding(device_id, wrapped))
    except (InvalidSignature, ValueError):
        raise EnvelopeError("bad_key_signature", "the data key is not signed by the enrolled device key") from None


def record_aad(device_id: str, seq: int) -> bytes:
    return HASH_DOMAIN + device_id.encode() + b"\0" + seq.to_bytes(8, "big")


def open_record(data_key: bytes, device_id: str, record: dict[str, Any]) -> bytes:
    """Decrypt one record's content (the event's JSON bytes)."""
    try:
        return AESGCM(data_key).decrypt(_hex(record, "nonce", 12), _hex(record, "ct"), record_aad(device_id, record["seq"]))
    except InvalidTag:
        raise EnvelopeError("tampered", f"seq {record['seq']} does not decrypt") from None
