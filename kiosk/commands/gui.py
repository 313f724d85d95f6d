"""`kiosk gui` (and plain `kiosk`): start the touch screen app."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="タッチ画面アプリを起動 / start the touch screen app (the default)")
    p.add_argument("--windowed", action="store_true", help="全画面にしない（開発用） / not full screen (for development)")
    p.add_argument("--quit-after", type=float, metavar="SECONDS", help="この秒数で終了（動作確認用） / quit after this long (smoke tests)")
    p.set_defaults(func=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from kiosk.ui.app import run  # Qt is imported only when a window is wanted

    return run(
        data_dir=args.data_dir,
        windowed=getattr(args, "windowed", False),
        quit_after=getattr(args, "quit_after", None),
    )
