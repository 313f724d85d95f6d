"""The operator PIN: a quick lock for operator screens during the day (the store's passphrase is
separate and stronger). Stored only as a slow salted scrypt hash; wrong attempts are throttled, and
the throttle survives a restart so pulling the plug does not reset it."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.atomic import atomic_write
from kiosk.coded import Coded

PIN_FILE = "operator_pin.json"
# scrypt n=2**15, r=8, p=1: ~50–100 ms and 32 MiB per try on a 2-core laptop — slow enough that a
# copied file cannot be brute-forced over all 4–8 digit PINs quickly, fast enough for a touch unlock.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
FREE_ATTEMPTS = 3  # wrong tries allowed before waiting
MAX_DELAY_S = 300


class PinError(ValueError):
    pass


@dataclass
class PinCheck:
    ok: bool
    wait_s: float = 0.0  # > 0: throttled, try again after this many seconds
    message: str = ""  # a Coded message (kiosk/coded.py) when not ok


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=64 * 1024 * 1024)


def validate_new_pin(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise PinError(Coded("pin.format", "暗証番号は4〜8桁の数字です / the PIN must be 4 to 8 digits"))
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        raise PinError(Coded("pin.guessable", "推測されやすい暗証番号です / this PIN is too easy to guess"))


class OperatorPin:
    def __init__(self, data_dir: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = data_dir / PIN_FILE
        self.clock = clock

    def is_set(self) -> bool:
        return self.path.exists()

    def _load(self) -> dict:
        return json.loads(self.path.read_text(encoding="utf-8"))

    def _save(self, state: dict) -> None:
        atomic_write(self.path, json.dumps(state))

    def set(self, pin: str) -> None:
        validate_new_pin(pin)
        salt = os.urandom(16)
        self._save({"salt": salt.hex(), "hash": _hash(pin, salt).hex(), "failures": 0, "last_failure": 0.0})

    def check(self, pin: str) -> PinCheck:
        state = self._load()
        wait = self._wait_s(state)
        if wait > 0:
            seconds = int(wait) + 1
            return PinCheck(False, wait, Coded("pin.throttled", f"{seconds}秒後にもう一度どうぞ / try again in {seconds} s",
                                               seconds=seconds))
        if hmac.compare_digest(_hash(pin, bytes.fromhex(state["salt"])), bytes.fromhex(state["hash"])):
            if state["failures"]:
                state["failures"] = 0
                self._save(state)
            return PinCheck(True)
        state["failures"] += 1
        state["last_failure"] = self.clock()
        self._save(state)
        wait = self._wait_s(state)
        if wait > 0:
            seconds = int(wait)
            return PinCheck(False, wait, Coded(
                "pin.wrong_wait", f"暗証番号が違います — {seconds}秒お待ちください / wrong PIN — wait {seconds} s",
                seconds=seconds))
        return PinCheck(False, wait, Coded("pin.wrong", "暗証番号が違います / wrong PIN"))

    def _wait_s(self, state: dict) -> float:
        extra = state["failures"] - FREE_ATTEMPTS + 1
        if extra <= 0:
            return 0.0
        delay = min(MAX_DELAY_S, 5 * 2 ** (extra - 1))  # 5, 10, 20 … seconds
        return max(0.0, state["last_failure"] + delay - self.clock())
