"""The kiosk's key material, kept in one small file (store/keys.json), never in the clear.

  operator passphrase ──scrypt──▶ KEK ──AES-256-GCM──▶ data key      (encrypts every event)
                                     └─AES-256-GCM──▶ Ed25519 key    (signs the record chain)
  HQ's X25519 public key ──ECIES (sync.envelope.wrap_data_key)──▶ data key, for HQ only

A copied disk without the passphrase reveals neither key. See docs/store.md.
"""

from __future__ import annotations

import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from kiosk.store.errors import StoreMissing, WrongPassphrase

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

    @property
    def public_key(self) -> bytes:
        return self.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _seal(kek: bytes, secret: bytes) -> str:
    nonce = os.urandom(12)
    return (nonce + AESGCM(kek).encrypt(nonce, secret, _AAD)).hex()


def _open(kek: bytes, sealed_hex: str) -> bytes:
    raw = bytes.fromhex(sealed_hex)
    return AESGCM(kek).decrypt(raw[:12], raw[12:], _AAD)


def _write(path: Path, doc: dict) -> None:
    """Atomic replace with fsync: a power cut leaves the old file or the new one, never half of one."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def create_keys(store_dir: Path, passphrase: str) -> Keys:
    salt = secrets.token_bytes(16)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    keys = Keys(device_id=f"kiosk-{uuid.uuid4().hex[:12]}", data_key=AESGCM.generate_key(256),
                signing_key=Ed25519PrivateKey.generate())
    raw_signing = keys.signing_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    _write(store_dir / KEYS_FILE, {
        "version": 1,
        "device_id": keys.device_id,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex()},
        "data_key": _seal(kek, keys.data_key),
        "signing_key": _seal(kek, raw_signing),
        "public_key": keys.public_key.hex(),
        "hq_wrapped_key": None,
    })
    return keys


def unlock_keys(store_dir: Path, passphrase: str) -> Keys:
    path = store_dir / KEYS_FILE
    if not path.exists():
        raise StoreMissing(str(path))
    doc = json.loads(path.read_text(encoding="utf-8"))
    kdf = doc["kdf"]
    kek = _kek(passphrase, bytes.fromhex(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"])
    try:
        data_key = _open(kek, doc["data_key"])
        signing = Ed25519PrivateKey.from_private_bytes(_open(kek, doc["signing_key"]))
    except InvalidTag:
        raise WrongPassphrase() from None
    wrapped = doc.get("hq_wrapped_key")
    return Keys(doc["device_id"], data_key, signing, bytes.fromhex(wrapped) if wrapped else None)


def save_hq_wrapped_key(store_dir: Path, wrapped: bytes) -> None:
    path = store_dir / KEYS_FILE
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["hq_wrapped_key"] = wrapped.hex()
    _write(path, doc)
