"""Sealing one event into a stored record, and opening it again.

A record is exactly what HQ receives (wire/envelope.py defines and checks the wire form): the event's
JSON encrypted with AES-256-GCM under the data key (device and sequence bound as associated data),
the SHA-256 hash chaining it to the previous record, and the device's Ed25519 signature of that hash.

No database here: HQ and sync import this module. The wire-level primitives (chain hash, the check
of a received batch, the data key wrapped for HQ's X25519 key) live in wire/envelope.py, which kiosk
and HQ share, and are re-exported below so that record crypto has one door.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.domain.events import Event, event_from_json
from wire.envelope import (  # noqa: F401  (re-exported for HQ and sync)
    GENESIS,
    open_record,
    record_aad,
    record_hash,
    unwrap_data_key,
    verify_chain,
    wrap_data_key,
)


@dataclass(frozen=True)
class Record:
    seq: int
    prev: bytes
    nonce: bytes
    ct: bytes
    hash: bytes
    sig: bytes

    def wire(self) -> dict[str, Any]:
        return {"seq": self.seq, "prev": self.prev.hex(), "nonce": self.nonce.hex(), "ct": self.ct.hex(),
                "hash": self.hash.hex(), "sig": self.sig.hex()}


def seal(aead: AESGCM, signer: Ed25519PrivateKey, device_id: str, seq: int, prev: bytes, event: Event) -> Record:
    nonce = os.urandom(12)
    ct = aead.encrypt(nonce, event.to_json().encode("utf-8"), record_aad(device_id, seq))
    digest = record_hash(device_id, seq, prev, nonce, ct)
    return Record(seq, prev, nonce, ct, digest, signer.sign(digest))


def open_event(aead: AESGCM, device_id: str, record: Record) -> Event:
    plain = aead.decrypt(record.nonce, record.ct, record_aad(device_id, record.seq))
    return event_from_json(plain.decode("utf-8"))


def first_broken(aead: AESGCM, public: Ed25519PublicKey, device_id: str, records: list[Record]) -> tuple[int, str] | None:
    """The first record that breaks the chain (sequence, link, hash, signature, encryption), or None."""
    prev = GENESIS
    for expected, r in enumerate(records, start=1):
        if r.seq != expected:
            return expected, f"record {expected} is missing (found {r.seq})"
        if r.prev != prev:
            return r.seq, "前の記録とつながっていません / does not link to the previous record"
        if record_hash(device_id, r.seq, r.prev, r.nonce, r.ct) != r.hash:
            return r.seq, "内容がハッシュと一致しません / content does not match its hash"
        try:
            public.verify(r.sig, r.hash)
        except InvalidSignature:
            return r.seq, "この端末の署名ではありません / signature is not this kiosk's"
        try:  # the GCM tag proves the content intact; parsing the event is the readers' job
            aead.decrypt(r.nonce, r.ct, record_aad(device_id, r.seq))
        except InvalidTag:
            return r.seq, "復号できません / does not decrypt"
        prev = r.hash
    return None
