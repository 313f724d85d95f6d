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


class LoginThrottle:
    """At most `limit` password checks per staff name, and per client address across all names,
    within `window_s`; the next attempt locks that name or client out for `lock_s` seconds, right
    password or not. An attempt is counted when it *starts*, before the slow password check, so
    many guesses sent at once cannot all be checked while the first ones are still running. A good
    login clears its name's and client's count. Kept in memory (a restart forgets it)."""

    def __init__(self, limit: int = 5, window_s: float = 900, lock_s: float = 300,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window_s, self.lock_s, self.clock = limit, window_s, lock_s, clock
        self._attempts: dict[tuple[str, str], list[float]] = {}
        self._locked_until: dict[tuple[str, str], float] = {}

    def begin(self, name: str, client: str) -> float:
        """Count one attempt for this name and client; returns 0 when its password may be checked,
        else the seconds to wait (the attempt is then not checked at all)."""
        now = self.clock()
        keys = [("name", name), ("client", client)]
        wait = max(self._locked_until.get(k, 0.0) - now for k in keys)
        if wait > 0:
            return wait
        for k in keys:
            recent = [t for t in self._attempts.get(k, []) if now - t < self.window_s]
            self._attempts[k] = recent
            if len(recent) >= self.limit:
                self._locked_until[k] = now + self.lock_s
                self._attempts[k] = []
                return self.lock_s
        for k in keys:
            self._attempts[k].append(now)
        return 0.0

    def succeeded(self, name: str, client: str) -> None:
        self._attempts.pop(("name", name), None)
        self._attempts.pop(("client", client), None)
