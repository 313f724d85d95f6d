"""One-time enrollment codes: HQ staff issue one per booth; a kiosk spends it to register its key."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from sync.hq.models import Device, EnrollmentCode

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read aloud over the phone
CODE_LENGTH = 12  # 60 bits: far beyond guessing through an HTTP endpoint within a day
VALID_FOR = timedelta(days=7)


class EnrollmentRefused(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _hash(code: str) -> str:
    canonical = code.replace("-", "").replace(" ", "").upper()
    return hashlib.sha256(canonical.encode()).hexdigest()


def issue_code(session: Session, booth: str) -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    now = datetime.now(UTC)
    session.add(EnrollmentCode(code_hash=_hash(raw), booth=booth, created_at=now, expires_at=now + VALID_FOR))
    session.commit()
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo else t.replace(tzinfo=UTC)  # SQLite returns naive datetimes


def redeem(session: Session, code: str, device_id: str, public_key: bytes) -> Device:
    """Register the device with this code, once. Raises EnrollmentRefused (nothing is changed then)."""
    if len(public_key) != 32:
        raise EnrollmentRefused("bad_request", "public key must be a raw 32-byte Ed25519 key")
    row = session.get(EnrollmentCode, _hash(code), with_for_update=True)
    now = datetime.now(UTC)
    if row is None:
        raise EnrollmentRefused("bad_code", "unknown enrollment code")
    existing = session.get(Device, device_id)
    same_key = existing is not None and bytes(existing.public_key) == public_key
    if row.used_at is not None:
        if same_key and row.device_id == device_id:
            return existing  # the kiosk retrying after HQ's reply was lost: same answer again
        raise EnrollmentRefused("bad_code", "enrollment code already used")
    if _aware(row.expires_at) < now:
        raise EnrollmentRefused("bad_code", "enrollment code expired")
    if existing is not None and not same_key:
        raise EnrollmentRefused("device_exists", f"device {device_id} is enrolled with another key")
    device = existing or Device(id=device_id, booth=row.booth, public_key=public_key, enrolled_at=now, last_seq=0)
    if existing is None:
        session.add(device)
    row.used_at = now
    row.device_id = device_id
    session.commit()
    return device
