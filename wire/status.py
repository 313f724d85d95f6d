"""A booth's live status for HQ's board: small, signed with the device's Ed25519 key, and free of
personal data by construction (only the fields below, each of a fixed type and length).

The kiosk sends one after each sync and as a heartbeat every few minutes while online; HQ keeps the
latest per device. The signature covers a domain tag, the device id and the canonical JSON, so it
can never pass for a record's signature (those cover a 32-byte chain hash)."""

from __future__ import annotations

import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

STATUS_DOMAIN = b"booth-kiosk status v1\0"
TEXT_MAX = 120

# field -> allowed types; strings are cut to TEXT_MAX. "session" is the open session's id, venue and
# opening time (what the booth shows anyone passing), never an applicant.
FIELDS: dict[str, tuple[type, ...]] = {
    "at": (str,),  # the kiosk's clock, ISO 8601
    "session": (dict, type(None)),
    "visitors": (int,),  # today, as the booth's own tally counts them (synced or not)
    "applications": (int,),
    "backlog": (int,),  # records not yet acknowledged by HQ
    "printer": (str,),  # "ok", or the print scheduler's message
    "camera": (str,),  # "ok", "demo", "none"
    "wait_minutes": (int, type(None)),  # the attendee screen's wait estimate, when the booth has one
}
SESSION_FIELDS = ("id", "venue", "opened_at")


class StatusError(ValueError):
    pass


def clean_status(status: object) -> dict[str, Any]:
    """The status with only the known fields, checked; StatusError when a field is wrong or missing."""
    if not isinstance(status, dict):
        raise StatusError("status must be an object")
    unknown = set(status) - set(FIELDS)
    if unknown:
        raise StatusError(f"unknown status fields: {', '.join(sorted(unknown))}")
    clean: dict[str, Any] = {}
    for key, types in FIELDS.items():
        value = status.get(key)
        if key not in status and type(None) not in types:
            raise StatusError(f"status field {key!r} is missing")
        if not isinstance(value, types) or isinstance(value, bool):
            raise StatusError(f"status field {key!r} has the wrong type")
        if isinstance(value, str):
            value = value[:TEXT_MAX]
        if isinstance(value, int) and not 0 <= value < 10**7:
            raise StatusError(f"status field {key!r} is out of range")
        if isinstance(value, dict):
            if set(value) != set(SESSION_FIELDS) or not all(isinstance(value[k], str) for k in SESSION_FIELDS):
                raise StatusError("status session must have id, venue and opened_at")
            value = {k: value[k][:TEXT_MAX] for k in SESSION_FIELDS}
        clean[key] = value
    return clean


def status_message(device_id: str, status: dict[str, Any]) -> bytes:
    body = json.dumps(status, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    return STATUS_DOMAIN + device_id.encode() + b"\0" + body


def verify_status(public_key: bytes, device_id: str, status: dict[str, Any], signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, status_message(device_id, status))
        return True
    except (InvalidSignature, ValueError):
        return False
