"""Staff accounts (`kiosk-hq staff add NAME`) and the signed login cookie.

Passwords are kept only as salted scrypt hashes in HQ_DATA_DIR/staff.json. A login cookie is
`name|expiry|HMAC` under a random key in HQ_DATA_DIR/session.key, so it cannot be forged or
stretched, and all logins end when that key is replaced."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time
from pathlib import Path

from kiosk.atomic import atomic_write

STAFF_FILE = "staff.json"
SESSION_KEY_FILE = "session.key"
SESSION_HOURS = 8
_N, _R, _P = 2**15, 8, 1  # ~0.1 s per login check: slow for a guesser, quick for a person


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024)


class StaffAccounts:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / STAFF_FILE
        key_path = data_dir / SESSION_KEY_FILE
        if not key_path.exists():
            atomic_write(key_path, secrets.token_hex(32))
        self._key = bytes.fromhex(key_path.read_text(encoding="utf-8").strip())

    def _load(self) -> dict[str, dict[str, str]]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}

    def add(self, name: str, password: str) -> None:
        if not name.strip() or len(password) < 10:
            raise ValueError("名前と10文字以上のパスワードが必要です / a name and a password of 10+ characters are needed")
        accounts = self._load()
        salt = os.urandom(16)
        accounts[name] = {"salt": salt.hex(), "hash": _hash(password, salt).hex()}
        atomic_write(self.path, json.dumps(accounts, indent=1))

    def names(self) -> list[str]:
        return sorted(self._load())

    def check(self, name: str, password: str) -> bool:
        entry = self._load().get(name)
        if entry is None:
            _hash(password, b"0" * 16)  # same time for an unknown name
            return False
        return hmac.compare_digest(_hash(password, bytes.fromhex(entry["salt"])), bytes.fromhex(entry["hash"]))

    def _mac(self, name: str, issued: str, expiry: str) -> str:
        # the account's salt is in the MAC: a password reset (new salt) ends every session of that name
        salt = self._load().get(name, {}).get("salt", "")
        return hmac.new(self._key, f"{name}|{issued}|{expiry}|{salt}".encode(), hashlib.sha256).hexdigest()

    def token(self, name: str) -> str:
        issued, expiry = str(time.time_ns()), str(int(time.time()) + SESSION_HOURS * 3600)
        return f"{name}|{issued}|{expiry}|{self._mac(name, issued, expiry)}"

    def who(self, token: str | None) -> str | None:
        """The staff member a cookie belongs to, or None when it is missing, forged, expired, from
        before the account's last logout, or from before its password was reset."""
        parts = token.rsplit("|", 3) if token else []
        if len(parts) != 4:
            return None
        name, issued, expiry, mac = parts
        entry = self._load().get(name)
        if entry is None or not hmac.compare_digest(mac, self._mac(name, issued, expiry)):
            return None
        if not (issued.isdigit() and expiry.isdigit()) or int(expiry) < time.time():
            return None
        return name if int(issued) >= int(entry.get("not_before", 0)) else None

    def logout(self, token: str | None) -> None:
        """End every session of the cookie's owner (the cookie alone cannot be recalled)."""
        name = self.who(token)
        if name is None:
            return
        accounts = self._load()
        accounts[name]["not_before"] = time.time_ns()
        atomic_write(self.path, json.dumps(accounts, indent=1))

