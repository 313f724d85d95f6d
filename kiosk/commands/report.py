"""`kiosk report daily|monthly|completion --date|--month … --format json|xlsx|pdf --out FILE`: the
contract's reports from this kiosk's encrypted store (docs/reports.md)."""

from __future__ import annotations

import argparse
import sys

from kiosk.reports.render import ReportError, add_report_args, check_args, compute, write
from kiosk.store.cli_support import add_passphrase_args, open_log_for_command


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="日次・月次・完了報告書 / daily, monthly or completion report")
    add_report_args(p)
    add_passphrase_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        check_args(args.kind, args.format, args.date, args.month, args.out)  # before asking for the passphrase
    except ReportError as exc:
        print(exc, file=sys.stderr)
        return 2
    log = open_log_for_command(args)
    try:
        events = [e for _, e in log.events()]
        unreadable = log.unreadable
    finally:
        log.close()
    try:
        write(compute(args.kind, events, args.date, args.month), args.kind, args.format, args.out)
    except ReportError as exc:
        print(exc, file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"報告書を書けません / cannot write the report: {exc}", file=sys.stderr)
        return 1
    if args.out:
        print(f"{args.out} を作成しました / wrote {args.out}", file=sys.stderr)
    return warn_unreadable(unreadable)


def warn_unreadable(unreadable: list[tuple[int, str]]) -> int:
    """The report was written without these records: say so, and exit 1 so no script takes it as whole."""
    if not unreadable:
        return 0
    print(f"注意: 読めない記録 {len(unreadable)} 件を除いて作成しました（kiosk events verify で確認してください） / "
          f"warning: {len(unreadable)} unreadable records were left out (check with `kiosk events verify`):",
          file=sys.stderr)
    for seq, reason in unreadable[:20]:
        print(f"  記録 / record {seq}: {reason}", file=sys.stderr)
    return 1
