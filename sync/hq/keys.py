"""HQ's X25519 key pair: kiosks wrap their data keys for the public half; the private half, kept
encrypted under the HQ passphrase, is needed only to read events (reports), never to receive them."""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.store.keys import check_scrypt
from sync.hq.config import HQError

PRIVATE_FILE = "hq-key.json"
PUBLIC_FILE = "hq-key.pub"
# scrypt n=2**17, r=8, p=1: 128 MiB and about half a second per unlock on a 2-core machine. HQ
# unlocks only for reports, so an attacker with a copied key file pays that for every guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
AAD = b"kiosk-hq private key v1"


def _kek(passphrase: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase)


def init_keys(data_dir: Path, passphrase: bytes) -> bytes:
    """Create HQ's key pair; refuses to overwrite one (kiosks' data would become unreadable)."""
    private_path = data_dir / PRIVATE_FILE
    if private_path.exists():
        raise HQError(
            f"鍵はすでにあります: {private_path} (上書きすると受信済みデータが読めなくなります) / "
            f"HQ keys already exist: {private_path} (replacing them would make received data unreadable)"
        )
    key = X25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, raw, AAD)
    blob = {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex(),
            "cipher": "AES-256-GCM", "nonce": nonce.hex(), "ciphertext": sealed.hex()}
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(json.dumps(blob, indent=2))
        f.flush()
        os.fsync(f.fileno())
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    (data_dir / PUBLIC_FILE).write_text(public.hex() + "\n", encoding="ascii")
    return public


def public_key(data_dir: Path) -> bytes:
    try:
        return bytes.fromhex((data_dir / PUBLIC_FILE).read_text(encoding="ascii").strip())
    except FileNotFoundError:
        raise HQError(
            "本部の鍵がありません。先に `kiosk-hq keys init` を実行してください / "
            "HQ has no keys yet: run `kiosk-hq keys init` first"
        ) from None


def private_key(data_dir: Path, passphrase: bytes) -> X25519PrivateKey:
    try:
        blob = json.loads((data_dir / PRIVATE_FILE).read_text(encoding="ascii"))
        if not isinstance(blob, dict):
            raise ValueError("not a key file")
    except ValueError as exc:  # JSON and encoding errors
        raise HQError(f"{PRIVATE_FILE} が壊れています / {PRIVATE_FILE} is damaged: {exc}") from None
    except FileNotFoundError:
        raise HQError(
            "本部の鍵がありません。先に `kiosk-hq keys init` を実行してください / "
            "HQ has no keys yet: run `kiosk-hq keys init` first"
        ) from None
    try:
        kek = _kek(passphrase, bytes.fromhex(blob["salt"]), *check_scrypt(blob["n"], blob["r"], blob["p"]))
        raw = AESGCM(kek).decrypt(bytes.fromhex(blob["nonce"]), bytes.fromhex(blob["ciphertext"]), AAD)
        return X25519PrivateKey.from_private_bytes(raw)
    except InvalidTag:
        raise HQError("パスフレーズが違います / Wrong HQ passphrase") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise HQError(f"{PRIVATE_FILE} が壊れています / {PRIVATE_FILE} is damaged: {exc}") from None
