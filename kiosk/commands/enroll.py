"""`kiosk enroll --hq URL --code CODE [--ca FILE]`: register this kiosk with HQ (its Ed25519 public
key for HQ, HQ's public key for the store to wrap the data key with)."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from kiosk.paths import resolve_data_dir


def add_passphrase_args_safely(p: argparse.ArgumentParser) -> None:
    """The store's passphrase options; imported lazily so `kiosk --help` never fails on the store."""
    try:
        from kiosk.store.cli_support import add_passphrase_args
    except ImportError:
        p.add_argument("--passphrase-file", metavar="FILE",
                       help="パスフレーズを FILE から読む / read the operator passphrase from FILE")
        return
    add_passphrase_args(p)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("enroll", help="本部に端末を登録 / enroll this kiosk with HQ")
    p.add_argument("--hq", required=True, metavar="URL", help="本部のアドレス / HQ address, e.g. https://hq.example.jp:8600")
    p.add_argument("--code", required=True,
                   help="`kiosk-hq enroll` が出した1回限りのコード / one-time code from `kiosk-hq enroll`")
    p.add_argument("--ca", metavar="FILE", help="本部の証明書に署名した独自CAの証明書 (PEM) / private CA certificate that "
                   "signed HQ's certificate (PEM)")
    add_passphrase_args_safely(p)
    p.set_defaults(func=run)


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from kiosk.store.cli_support import open_log_for_command
    from sync.client.settings import CA_FILE, SyncSettings
    from sync.client.source import SyncableLog
    from sync.client.transport import HQRejected, HQTransport, HQUnreachable, check_url

    data_dir = resolve_data_dir(args.data_dir)
    try:
        url = check_url(args.hq)
    except ValueError as exc:
        return fail(str(exc))
    if args.ca and not Path(args.ca).is_file():
        return fail(f"CA 証明書ファイルがありません: {args.ca} / CA file not found: {args.ca}")
    log: SyncableLog = open_log_for_command(args)
    try:
        transport = HQTransport(url, ca_file=args.ca)
        try:
            reply = transport.enroll(args.code, log.device_id, log.device_public_key())
        finally:
            transport.close()
        log.enroll_hq(bytes.fromhex(reply["hq_public_key"]))
    except HQUnreachable as exc:
        return fail(f"本部に接続できません: {exc} / Cannot reach HQ at {url}: {exc}")
    except HQRejected as exc:
        if exc.reason == "tls":
            return fail("本部の証明書を確認できません。--ca の CA ファイルを確認してください / "
                        "HQ's certificate is not trusted: check the CA file given with --ca")
        if exc.reason == "bad_code":
            return fail("登録コードが無効です (誤り・使用済み・期限切れ)。本部に新しいコードを依頼してください / "
                        "The enrollment code is not valid (mistyped, used or expired): ask HQ for a new one")
        return fail(f"本部が登録を拒否しました: {exc.detail} / HQ refused the enrollment: {exc.detail}")
    finally:
        log.close()
    ca_file = None
    if args.ca:
        ca_file = str(data_dir / CA_FILE)
        shutil.copyfile(args.ca, ca_file)
    SyncSettings(hq_url=url, device_id=reply["device_id"], booth=reply["booth"], ca_file=ca_file).save(data_dir)
    print(f"本部に登録しました (ブース: {reply['booth']}) / Enrolled with HQ as booth {reply['booth']!r}")
    return 0
