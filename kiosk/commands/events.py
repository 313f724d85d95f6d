"""`kiosk events import FILE.jsonl` (paper back-fill) and `kiosk events verify` (tamper check)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.domain.events import Event, EventError, event_from_json
from kiosk.store.base import StoreError
from kiosk.store.cli_support import add_passphrase_args, open_log_for_command


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("events", help="記録の取り込み・検証 / import or verify recorded events")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="紙の記録を取り込む / back-fill events from a JSONL file (docs/events-format.md)")
    imp.add_argument("file", type=Path, help="取り込む JSONL ファイル (docs/events-format.md) / the JSONL file to import")
    add_passphrase_args(imp)
    imp.set_defaults(func=run_import)
    ver = actions.add_parser("verify", help="改ざん検査 / check the signed chain; reports the first broken link")
    add_passphrase_args(ver)
    ver.set_defaults(func=run_verify)


def parse_file(path: Path) -> list[Event]:
    """Every line must be a valid event, or nothing is imported: EventError names the line."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # Excel and Notepad save with a BOM
    except (OSError, UnicodeDecodeError) as exc:
        raise EventError(f"ファイルを読めません / cannot read {path}: {exc}") from None
    events = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            events.append(event_from_json(line))
        except EventError as exc:
            raise EventError(f"{path.name} {number}行目 / line {number}: {exc}") from None
    return events


def run_import(args: argparse.Namespace) -> int:
    try:
        events = parse_file(args.file)
    except EventError as exc:
        print(f"取り込みを中止しました。何も記録していません / import stopped, nothing was imported: {exc}",
              file=sys.stderr)
        return 1
    log = open_log_for_command(args)
    try:
        added, skipped = log.import_events(events)
    except StoreError as exc:  # e.g. the disk is full: the one transaction rolled back
        print(f"取り込みを中止しました。何も記録していません / import stopped, nothing was imported: {exc}",
              file=sys.stderr)
        return 1
    finally:
        log.close()
    print(f"{added} 件を取り込みました（取り込み済み {skipped} 件） / imported {added} events ({skipped} already there)")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    log = open_log_for_command(args)
    try:
        count, broken = log.verify()
    except StoreError as exc:  # a page SQLite itself cannot read
        print(f"検査できません / cannot verify: {exc}", file=sys.stderr)
        return 1
    finally:
        log.close()
    if broken is None:
        print(f"OK: {count} 件の記録すべて改ざんなし / all {count} records intact")
        return 0
    seq, reason = broken
    print(f"改ざんまたは破損を検出: 記録 {seq} / first broken link at record {seq}: {reason}", file=sys.stderr)
    return 1
