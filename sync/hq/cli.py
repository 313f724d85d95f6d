"""`kiosk-hq`: the HQ service's command line (keys, serve, enroll, report)."""

from __future__ import annotations

import argparse
import sys

from kiosk import __version__
from kiosk.cli_help import finish
from kiosk.reports.render import add_report_args
from sync.hq.config import (
    HQError,
    new_passphrase,
    read_passphrase,
    remember_db_url,
    resolve_data_dir,
    resolve_db_url,
)


def _keys_init(args: argparse.Namespace) -> int:
    from sync.hq import keys

    data_dir = resolve_data_dir(args.data_dir)
    public = keys.init_keys(data_dir, new_passphrase())
    print(f"本部の鍵を作成しました / HQ key pair created in {data_dir}")
    print(f"公開鍵 / public key: {public.hex()}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from sync.hq.server import serve

    data_dir = resolve_data_dir(args.data_dir)
    db_url = resolve_db_url(data_dir, args.db)
    if args.db:
        remember_db_url(data_dir, args.db)
    serve(data_dir, db_url, args.host, args.port, args.cert, args.key, args.workers)
    return 0


def _open_db(args: argparse.Namespace):  # noqa: ANN202 - returns (data_dir, sessionmaker)
    from sync.hq.db import make_engine, migrate, sessions

    data_dir = resolve_data_dir(args.data_dir)
    engine = make_engine(resolve_db_url(data_dir, getattr(args, "db", None)))
    migrate(engine)
    return data_dir, sessions(engine)


def _enroll(args: argparse.Namespace) -> int:
    from sync.hq.enrollment import VALID_FOR, issue_code

    _, make_session = _open_db(args)
    with make_session() as session:
        code = issue_code(session, args.booth)
    print(f"ブース「{args.booth}」の登録コード ({VALID_FOR.days} 日間・1 回限り有効) / "
          f"Enrollment code for booth {args.booth!r} (one use, valid {VALID_FOR.days} days):")
    print(code)
    return 0


def _report(args: argparse.Namespace) -> int:
    from sync.hq.report import run_report

    data_dir, make_session = _open_db(args)
    return run_report(args, data_dir, make_session)


def _aggregates_rebuild(args: argparse.Namespace) -> int:
    from sync.hq import keys
    from sync.hq.aggregates import Aggregator, snapshot

    data_dir, make_session = _open_db(args)
    aggregator = Aggregator(keys.private_key(data_dir, read_passphrase()))
    aggregator.catch_up(make_session)  # what ingest had not counted yet is not a disagreement
    with make_session() as session:
        before = snapshot(session)
    records = aggregator.catch_up(make_session, recount=True)
    with make_session() as session:
        after = snapshot(session)
    differ = sorted({k for k in before.days.keys() | after.days.keys() if before.days.get(k) != after.days.get(k)})
    sessions = {k for k in before.sessions.keys() | after.sessions.keys()
                if before.sessions.get(k) != after.sessions.get(k)}
    totals = sorted(d for d in before.totals.keys() | after.totals.keys() if before.totals.get(d) != after.totals.get(d))
    print(f"{records} 件の記録から集計し直しました（{len(after.days)} 日・端末, {len(after.sessions)} 開催回） / "
          f"recounted {records} records into {len(after.days)} device-days and {len(after.sessions)} sessions")
    if not differ and not sessions and not totals:
        print("保持していた集計と完全に一致しました / identical to the aggregates HQ kept")
        return 0
    print(f"保持していた集計と異なっていました（置き換え済み） / differed from the aggregates HQ kept (now replaced): "
          f"{len(differ)} device-days, {len(sessions)} sessions, {len(totals)} day totals", file=sys.stderr)
    for device, day in differ[:20]:
        print(f"  {device} {day}", file=sys.stderr)
    for day in totals[:20]:
        print(f"  合計 / total {day}", file=sys.stderr)
    return 1


def _staff_add(args: argparse.Namespace) -> int:
    import os

    from kiosk.terminal import ask_secret, on_terminal
    from sync.hq.dashboard.staff import StaffAccounts

    data_dir = resolve_data_dir(args.data_dir)
    password = os.environ.get("KIOSK_HQ_STAFF_PASSWORD")
    if password is None:
        if not on_terminal():
            raise HQError("パスワードは端末か KIOSK_HQ_STAFF_PASSWORD で / give the password on a terminal or in "
                          "KIOSK_HQ_STAFF_PASSWORD")
        password = ask_secret("パスワード / password: ")
        if ask_secret("もう一度 / again: ") != password:
            raise HQError("パスワードが一致しません / the passwords differ")
    try:
        StaffAccounts(data_dir).add(args.name, password)
    except ValueError as exc:
        raise HQError(str(exc)) from None
    print(f"職員アカウント {args.name} を登録しました / staff account {args.name} saved")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-hq", description="ブース端末の本部サービス / booth kiosk HQ service")
    parser.add_argument("--version", action="version", version=f"kiosk-hq {__version__}",
                        help="版を表示 / show the version")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="本部のデータフォルダー / HQ data directory (既定 / default: $KIOSK_HQ_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="コマンド / commands")

    p = sub.add_parser("keys", help="本部の鍵 / HQ key pair")
    keys_sub = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    k = keys_sub.add_parser("init", help="鍵を作成 (パスフレーズで保護) / create HQ's key pair (passphrase-protected)")
    k.set_defaults(func=_keys_init)

    p = sub.add_parser("serve", help="API を起動 / run the HQ API")
    p.add_argument("--db", metavar="URL", help="データベースの URL（既定: データフォルダーの SQLite。本番は postgresql://…） / "
                   "database URL (default: SQLite file in the data dir; postgresql://… for production)")
    p.add_argument("--host", default="127.0.0.1", help="待ち受けるアドレス / address to listen on")
    p.add_argument("--port", type=int, default=8600, help="ポート番号 / port")
    p.add_argument("--cert", metavar="FILE", help="TLS 証明書チェーン (PEM)。127.0.0.1 以外で待ち受けるときは必須 / TLS "
                   "certificate chain (PEM); required unless bound to loopback")
    p.add_argument("--key", metavar="FILE", help="TLS 秘密鍵 (PEM)。--cert と一緒に / TLS private key (PEM), with --cert")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="ワーカープロセス数（2以上は PostgreSQL が必要） / worker processes (more than 1 needs PostgreSQL)")
    p.set_defaults(func=_serve)

    p = sub.add_parser("enroll", help="ブース登録コードを発行 / issue a one-time enrollment code")
    p.add_argument("--booth", required=True, metavar="NAME", help="報告書に出るブース名 / booth name shown in reports")
    p.add_argument("--db", metavar="URL", help="データベースの URL（既定: serve が最後に使ったもの） / database URL "
                   "(default: the one `serve` last used)")
    p.set_defaults(func=_enroll)

    p = sub.add_parser("report", help="報告書 / reports over all kiosks' events")
    add_report_args(p)  # the same options as `kiosk report`
    p.add_argument("--db", metavar="URL", help="データベースの URL（既定: serve が最後に使ったもの） / database URL "
                   "(default: the one `serve` last used)")
    p.set_defaults(func=_report)

    p = sub.add_parser("aggregates", help="集計 / the per-day figures HQ keeps")
    agg_sub = p.add_subparsers(dest="aggregates_command", metavar="ACTION", required=True)
    a = agg_sub.add_parser("rebuild", help="生の記録から集計し直し、保持分と比べる / recount from the raw records and "
                           "compare with what was kept (exit 1 if they differed)")
    a.add_argument("--db", metavar="URL", help="データベースの URL（既定: serve が最後に使ったもの） / database URL "
                   "(default: the one `serve` last used)")
    a.set_defaults(func=_aggregates_rebuild)

    p = sub.add_parser("staff", help="ダッシュボードの職員アカウント / dashboard staff accounts")
    staff_sub = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    s = staff_sub.add_parser("add", help="アカウントを追加 (パスワードは端末または $KIOSK_HQ_STAFF_PASSWORD) / "
                             "add or reset an account")
    s.add_argument("name", help="職員のログイン名 / the staff member's login name")
    s.set_defaults(func=_staff_add)
    return finish(parser)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except HQError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
