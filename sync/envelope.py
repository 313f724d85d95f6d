"""The sync envelope: the wire format kiosk and HQ share, and HQ's checks of a batch's records.

A batch is JSON: {"version": 1, "device": ID, "wrapped_key": HEX|null, "records": [RECORD, …]}.
Each RECORD is one event exactly as the kiosk's store sealed it (kiosk/store/records.py): its seq,
the encrypted content, the hash chaining it to the previous record and the device's Ed25519
signature. The kiosk never re-encrypts or re-signs for sync, so what HQ checks is what the booth
wrote. See docs/sync.md.
"""

from __future__ import annotations

import ipaddress
import json
from typing import Any

API_PREFIX = "/api/v1"
ENVELOPE_VERSION = 1


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


def verify_chain(public_key: bytes, device_id: str, prev_hash: bytes | None, records: list[dict[str, Any]]) -> list[bytes]:
    """Check that the records continue the chain ending at prev_hash and carry the device's
    signatures; return each record's hash. Raises EnvelopeError naming the first bad record."""
    raise EnvelopeError("malformed", "record verification is not wired to kiosk/store/records.py yet")
