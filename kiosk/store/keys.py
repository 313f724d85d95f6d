"""The kiosk's key material, kept in one small file (store/keys.json), never in the clear.

  operator passphrase ──scrypt──▶ KEK ──AES-256-GCM──▶ data key      (encrypts every event)
                                     └─AES-256-GCM──▶ Ed25519 key    (signs the record chain)
  HQ's X25519 public key ──ECIES (wire.envelope.wrap_data_key)──▶ data key, for HQ only

A copied disk without the passphrase reveals neither key. See docs/store.md.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from kiosk.atomic import atomic_write
from kiosk.store.base import StoreError
from kiosk.store.errors import StoreCorrupt, StoreFull, StoreMissing, WrongPassphrase

# scrypt N=2**17, r=8, p=1: 128 MiB and ~0.3–0.5 s on the booth's 2-core laptop. The passphrase is
# asked once per start, so half a second is free for the operator, while every guess by someone who
# copied the disk costs the same 128 MiB and half a second (OWASP's current scrypt floor).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
KEYS_FILE = "keys.json"
_AAD = b"booth-kiosk keys v1"


@dataclass
class Keys:
    device_id: str
    data_key: bytes
    signing_key: Ed25519PrivateKey
    hq_wrapped_key: bytes | None = None
    head_kept: bool = False  # store/head.json has been written for this store (kiosk/store/head.py)

    @property
    def public_key(self) -> bytes:
        return self.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


MAX_SCRYPT_MEMORY = 1 << 30  # 1 GiB: 8x today's setting, yet a booth laptop can still unlock


def check_scrypt(n: object, r: object, p: object) -> tuple[int, int, int]:
    """scrypt parameters read from a file, bounded: a file saying n=2**40 must not make an unlock
    take the machine's memory (128·n·r bytes) or hours. Raises ValueError."""
    ints = [v for v in (n, r, p) if isinstance(v, int) and not isinstance(v, bool)]
    if len(ints) != 3:
        raise ValueError("scrypt parameters must be integers")
    n_, r_, p_ = ints
    if not (n_ >= 2 and n_ & (n_ - 1) == 0 and 1 <= r_ <= 32 and 1 <= p_ <= 16
            and 128 * n_ * r_ * p_ <= MAX_SCRYPT_MEMORY):
        raise ValueError(f"scrypt parameters out of bounds (n={n_}, r={r_}, p={p_})")
    return n_, r_, p_


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _seal(kek: bytes, secret: bytes) -> str:
    nonce = os.urandom(12)
    return (nonce + AESGCM(kek).encrypt(nonce, secret, _AAD)).hex()


def _open(kek: bytes, sealed_hex: str) -> bytes:
    raw = bytes.fromhex(sealed_hex)
    return AESGCM(kek).decrypt(raw[:12], raw[12:], _AAD)


def _write(path: Path, doc: dict[str, Any]) -> None:
    """Atomic replace with fsync: a power cut leaves the old file or the new one, never half of one."""
    try:
        atomic_write(path, json.dumps(doc, indent=1))
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StoreFull() from None
        raise StoreError(f"鍵ファイルを書けません / cannot write the key file {path}: {exc.strerror}") from None


def generate_keys() -> Keys:
    """Fresh keys for a new store (in memory until write_keys)."""
    return Keys(device_id=f"kiosk-{uuid.uuid4().hex[:12]}", data_key=AESGCM.generate_key(256),
                signing_key=Ed25519PrivateKey.generate())


def write_keys(store_dir: Path, keys: Keys, passphrase: str) -> None:
    """Seal the keys under the passphrase into keys.json (atomically)."""
    salt = secrets.token_bytes(16)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    raw_signing = keys.signing_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    _write(store_dir / KEYS_FILE, {
        "version": 1,
        "device_id": keys.device_id,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex()},
        "data_key": _seal(kek, keys.data_key),
        "signing_key": _seal(kek, raw_signing),
        "public_key": keys.public_key.hex(),
        "hq_wrapped_key": keys.hq_wrapped_key.hex() if keys.hq_wrapped_key else None,
        "head_kept": keys.head_kept,
    })


def create_keys(store_dir: Path, passphrase: str) -> Keys:
    keys = generate_keys()
    write_keys(store_dir, keys, passphrase)
    return keys


def _read(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise StoreMissing(str(path))
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or doc.get("kdf", {}).get("name") != "scrypt":
            raise ValueError("not a kiosk key file")
        return doc
    except (OSError, ValueError, AttributeError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise StoreCorrupt(f"{path.name}: {exc}") from None


def unlock_keys(store_dir: Path, passphrase: str) -> Keys:
    doc = _read(store_dir / KEYS_FILE)
    try:
        kdf = doc["kdf"]
        kek = _kek(passphrase, bytes.fromhex(kdf["salt"]), *check_scrypt(kdf["n"], kdf["r"], kdf["p"]))
        sealed_data, sealed_signing = doc["data_key"], doc["signing_key"]
        wrapped = doc.get("hq_wrapped_key")
        device_id = doc["device_id"]
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreCorrupt(f"{KEYS_FILE}: {exc!r}") from None
    try:
        data_key = _open(kek, sealed_data)
        signing = Ed25519PrivateKey.from_private_bytes(_open(kek, sealed_signing))
    except InvalidTag:
        raise WrongPassphrase() from None
    except ValueError as exc:
        raise StoreCorrupt(f"{KEYS_FILE}: {exc}") from None
    return Keys(device_id, data_key, signing, bytes.fromhex(wrapped) if wrapped else None, doc.get("head_kept") is True)


def mark_head_kept(store_dir: Path) -> None:
    """From now on a missing head.json is a removed one, not a store from before heads existed."""
    path = store_dir / KEYS_FILE
    doc = _read(path)
    doc["head_kept"] = True
    _write(path, doc)


def save_hq_wrapped_key(store_dir: Path, wrapped: bytes) -> None:
    path = store_dir / KEYS_FILE
    doc = _read(path)
    doc["hq_wrapped_key"] = wrapped.hex()
    _write(path, doc)
