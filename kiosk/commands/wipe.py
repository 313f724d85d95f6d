"""`kiosk wipe`: at the end of the contract, destroy the keys and every data file, then prove it."""

from __future__ import annotations

import argparse
import sys

from kiosk.paths import resolve_data_dir
from kiosk.store.base import StoreError
from kiosk.store.cli_support import add_passphrase_args, read_passphrase
from kiosk.store.wipe import wipe_data_dir
from kiosk.terminal import ask_line, on_terminal

CONFIRM_WORDS = ("WIPE", "消去")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("wipe", help="契約終了時にすべてのデータを復元不能に消去 / erase all kiosk data for good")
    p.add_argument("--yes-i-understand", action="store_true",
                   help="確認の入力を省く（スクリプト用。パスフレーズは必要） / skip the typed confirmation "
                   "(scripts); the passphrase is still required")
    add_passphrase_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    if not args.yes_i_understand:
        if not on_terminal():
            print("確認のため端末で実行するか --yes-i-understand を付けてください / run on a terminal to confirm, "
                  "or pass --yes-i-understand", file=sys.stderr)
            return 2
        print(f"{data_dir} のすべての記録・写真・設定を復元できないように消去します。\n"
              f"This erases every record, photo and setting in {data_dir} for good.")
        typed = ask_line("続けるには WIPE または 消去 と入力 / type WIPE to continue: ")
        if typed not in CONFIRM_WORDS:
            print("中止しました / cancelled", file=sys.stderr)
            return 1
    try:
        report = wipe_data_dir(data_dir, read_passphrase(args, creating=False))
    except StoreError as exc:
        print(f"消去しませんでした / nothing was wiped: {exc}", file=sys.stderr)
        return 1
    if report.keys_damaged:
        print("keys.json が壊れていたため、パスフレーズは確認できませんでした（記録はもう読めません） / "
              "keys.json was damaged, so the passphrase could not be checked (the records were unreadable already)",
              file=sys.stderr)
    for path in report.linked:
        print(f"外部からハードリンクされたファイルは上書きせず、リンクだけ削除しました / hard-linked from elsewhere, "
              f"so only unlinked, not overwritten: {path}", file=sys.stderr)
    print(f"{report.files} 個のファイル（{report.bytes} バイト）を上書きして削除しました / "
          f"overwrote and removed {report.files} files ({report.bytes} bytes)")
    if report.clean:
        print(f"検査: {data_dir} を走査し、ファイル・フォルダーは 0 個、鍵は破棄済みです / "
              f"proof: scanned {data_dir}: 0 files and 0 folders left, keys destroyed — no remnant left")
        return 0
    print("残存ファイルがあります / remnants found:\n" + "\n".join(report.remnants), file=sys.stderr)
    return 1
