"""How headless commands (import, verify, report, sync, wipe, enroll) get the operator passphrase
and open the store: --passphrase-file, else $KIOSK_PASSPHRASE, else asked on the terminal (twice
when it creates a new store). The first command on a new data directory creates the store."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk.paths import resolve_data_dir
from kiosk.store.base import StoreError
from kiosk.store.encrypted import EncryptedEventLog, open_event_log, store_exists
from kiosk.terminal import ask_secret, on_terminal

ENV_PASSPHRASE = "KIOSK_PASSPHRASE"
MIN_PASSPHRASE = 10


def add_passphrase_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"パスフレーズを FILE から読む（なければ ${ENV_PASSPHRASE}、なければ端末で入力） / read the "
                        f"operator passphrase from FILE (else ${ENV_PASSPHRASE}, else the terminal)")


def read_passphrase(args: argparse.Namespace, *, creating: bool) -> str:
    """The passphrase from --passphrase-file, else $KIOSK_PASSPHRASE, else the terminal; a new store
    gets one of at least MIN_PASSPHRASE characters whatever its source (an empty file is a mistake)."""
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            secret = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise StoreError(f"パスフレーズファイルを読めません / cannot read the passphrase file: {exc}") from None
    elif os.environ.get(ENV_PASSPHRASE):
        secret = os.environ[ENV_PASSPHRASE]
    elif not on_terminal():
        raise StoreError(f"パスフレーズが必要です（--passphrase-file または {ENV_PASSPHRASE}） / "
                         f"a passphrase is needed: use --passphrase-file or {ENV_PASSPHRASE}")
    else:
        secret = ask_secret("パスフレーズ / passphrase: ")
        if creating and len(secret) >= MIN_PASSPHRASE and ask_secret("もう一度 / again: ") != secret:
            raise StoreError("2回の入力が違います / the two entries differ")
    if creating and len(secret) < MIN_PASSPHRASE:
        raise StoreError(f"パスフレーズは{MIN_PASSPHRASE}文字以上にしてください / "
                         f"the passphrase needs at least {MIN_PASSPHRASE} characters")
    if not secret:
        raise StoreError("パスフレーズが空です / the passphrase is empty")
    return secret


def open_log_for_command(args: argparse.Namespace) -> EncryptedEventLog:
    """Open (or on a new data directory create) the store; on failure print the reason and exit 1."""
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    creating = not store_exists(data_dir)
    try:
        log = open_event_log(data_dir, read_passphrase(args, creating=creating), create=creating)
    except StoreError as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(1) from None
    if creating:
        print(f"新しい記録を作成しました / created a new kiosk store in {data_dir}", file=sys.stderr)
    return log
