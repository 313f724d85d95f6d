"""Seals events with the store's own record code (kiosk/store/records.py) but keys held by the test,
for tests that drive HQ directly: forged, tampered and replayed batches need hand-made records."""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kiosk.domain.events import Event
from kiosk.store.records import seal
from wire.envelope import GENESIS, sign_wrapped_key, state_message


class Sealer:
    def __init__(self, device_id: str) -> None:
        self.device_id = device_id
        self.signing_key = Ed25519PrivateKey.generate()
        self.data_key = AESGCM.generate_key(256)
        self.records: list[dict[str, Any]] = []
        self.prev = GENESIS

    @property
    def public_key(self) -> bytes:
        return self.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def seal(self, event: Event) -> dict[str, Any]:
        sealed = seal(AESGCM(self.data_key), self.signing_key, self.device_id, len(self.records) + 1, self.prev, event)
        self.records.append(sealed.wire())
        self.prev = sealed.hash
        return sealed.wire()


class SealerSource:
    """The outbox's RecordSource over a Sealer (HQ-facing tests that do not need a kiosk store)."""

    def __init__(self, sealer: Sealer, wrapped_key: bytes) -> None:
        self.sealer = sealer
        self.device_id = sealer.device_id
        self._wrapped = wrapped_key

    def last_seq(self) -> int:
        return len(self.sealer.records)

    def wire_records(self, after_seq: int, limit: int) -> list[dict[str, Any]]:
        return self.sealer.records[after_seq : after_seq + limit]

    def wrapped_key(self) -> bytes | None:
        return self._wrapped

    def state_signature(self, stamp: int) -> bytes:
        return self.sealer.signing_key.sign(state_message(self.device_id, stamp))

    def wrapped_key_sig(self) -> bytes | None:
        return sign_wrapped_key(self.sealer.signing_key, self.device_id, self._wrapped)
