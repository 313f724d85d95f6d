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


def jsonl_lines(text: str) -> list[str]:
    """JSON Lines end at "\n" (and "\r\n") only. str.splitlines() would also cut at U+2028, U+0085
    or a vertical tab, all of which valid JSON may carry raw inside a string."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def parse_file(path: Path) -> list[tuple[int, Event]]:
    """(line number, event) for every line, each a valid event, or nothing is imported: EventError
    names the line."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # Excel and Notepad save with a BOM
    except (OSError, UnicodeDecodeError) as exc:
        raise EventError(f"ファイルを読めません / cannot read {path}: {exc}") from None
    numbered: list[tuple[int, Event]] = []  # the number names the line a rule on ids or voids refuses
    for number, line in enumerate(jsonl_lines(text), start=1):
        if not line.strip():
            continue
        try:
            numbered.append((number, event_from_json(line)))
        except EventError as exc:
            raise EventError(f"{path.name} {number}行目 / line {number}: {exc}") from None
    return numbered


def run_import(args: argparse.Namespace) -> int:
    try:
        numbered = parse_file(args.file)
    except EventError as exc:
        print(f"取り込みを中止しました。何も記録していません / import stopped, nothing was imported: {exc}",
              file=sys.stderr)
        return 1
    log = open_log_for_command(args)
    try:
        added, skipped = log.import_events([e for _, e in numbered], [n for n, _ in numbered])
    except EventError as exc:  # an id, void or session_update the rules refuse
        print(f"取り込みを中止しました。何も記録していません / import stopped, nothing was imported: "
              f"{args.file.name} {exc}", file=sys.stderr)
        return 1
    except StoreError as exc:  # e.g. the disk is full: the one transaction rolled back
        print(f"取り込みを中止しました。何も記録していません / import stopped, nothing was imported: {exc}",
              file=sys.stderr)
        return 1
    finally:
        log.close()
    print(f"{added} 件を取り込みました（取り込み済み {skipped} 件） / imported {added} events ({skipped} already there)")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from sync.client.settings import SyncSettings, read_cursor

    log = open_log_for_command(args)
    data_dir = log.dir.parent
    enrolled = SyncSettings.load(data_dir) is not None
    acknowledged = read_cursor(data_dir) if enrolled else 0
    try:
        count, broken = log.verify(acknowledged)
    except StoreError as exc:  # a page SQLite itself cannot read
        print(f"検査できません / cannot verify: {exc}", file=sys.stderr)
        return 1
    finally:
        log.close()
    if enrolled:
        print(f"本部の受信確認済み: {acknowledged} 件 / HQ has acknowledged {acknowledged} records")
    if broken is None:
        print(f"OK: {count} 件の記録すべて改ざんなし / all {count} records intact")
        return 0
    seq, reason = broken
    print(f"改ざんまたは破損を検出: 記録 {seq} / first broken link at record {seq}: {reason}", file=sys.stderr)
    return 1
