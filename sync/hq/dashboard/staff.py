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
from collections.abc import Callable
from pathlib import Path

STAFF_FILE = "staff.json"
SESSION_KEY_FILE = "session.key"
SESSION_HOURS = 8
_N, _R, _P = 2**15, 8, 1  # ~0.1 s per login check: slow for a guesser, quick for a person


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024)


def _write_private(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)


class StaffAccounts:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / STAFF_FILE
        key_path = data_dir / SESSION_KEY_FILE
        if not key_path.exists():
            _write_private(key_path, secrets.token_hex(32))
        self._key = bytes.fromhex(key_path.read_text(encoding="utf-8").strip())

    def _load(self) -> dict[str, dict[str, str]]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}

    def add(self, name: str, password: str) -> None:
        if not name.strip() or len(password) < 10:
            raise ValueError("名前と10文字以上のパスワードが必要です / a name and a password of 10+ characters are needed")
        accounts = self._load()
        salt = os.urandom(16)
        accounts[name] = {"salt": salt.hex(), "hash": _hash(password, salt).hex()}
        _write_private(self.path, json.dumps(accounts, indent=1))

    def names(self) -> list[str]:
        return sorted(self._load())

    def check(self, name: str, password: str) -> bool:
        entry = self._load().get(name)
        if entry is None:
            _hash(password, b"0" * 16)  # same time for an unknown name
            return False
        return hmac.compare_digest(_hash(password, bytes.fromhex(entry["salt"])), bytes.fromhex(entry["hash"]))

    def token(self, name: str) -> str:
        expiry = str(int(time.time()) + SESSION_HOURS * 3600)
        mac = hmac.new(self._key, f"{name}|{expiry}".encode(), hashlib.sha256).hexdigest()
        return f"{name}|{expiry}|{mac}"

    def who(self, token: str | None) -> str | None:
        """The staff member a cookie belongs to, or None when it is missing, forged or expired."""
        if not token or token.count("|") != 2:
            return None
        name, expiry, mac = token.split("|")
        good = hmac.new(self._key, f"{name}|{expiry}".encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(mac, good) or not expiry.isdigit() or int(expiry) < time.time():
            return None
        return name if name in self._load() else None


class LoginThrottle:
    """After `limit` wrong passwords for one name within `window_s`, that name is refused for
    `lock_s` seconds, right password or not: a guesser gets a handful of tries an hour, staff who
    mistype get their account back after a short wait. Kept in memory (a restart forgets it)."""

    def __init__(self, limit: int = 5, window_s: float = 900, lock_s: float = 300,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window_s, self.lock_s, self.clock = limit, window_s, lock_s, clock
        self._failures: dict[str, list[float]] = {}
        self._locked_until: dict[str, float] = {}

    def wait_s(self, name: str) -> float:
        """Seconds until this name may try again (0: now)."""
        return max(0.0, self._locked_until.get(name, 0.0) - self.clock())

    def failed(self, name: str) -> None:
        now = self.clock()
        recent = [t for t in self._failures.get(name, []) if now - t < self.window_s] + [now]
        self._failures[name] = recent
        if len(recent) >= self.limit:
            self._locked_until[name] = now + self.lock_s
            self._failures[name] = []

    def succeeded(self, name: str) -> None:
        self._failures.pop(name, None)
