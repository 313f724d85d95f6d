"""The front door: `kiosk` starts the GUI; `kiosk SUBCOMMAND …` runs a headless command.

Each subcommand lives in its own module under kiosk/commands/ and is found automatically: a module
there defines `register(subparsers)` which adds its parser and sets `func` (args -> exit code).
`--help` and `--version` never import Qt, so they work without a display.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from kiosk import __version__, commands
from kiosk.cli_help import finish
from kiosk.paths import ENV_DATA_DIR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="マイナンバーカード申請サポートブース端末。コマンドなしでタッチ画面アプリを起動します。\n"
        "My Number Card application-support booth kiosk. Without a command it starts the touch screen app.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}",
                        help="版を表示 / show the version")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"データフォルダー / data directory（既定 / default: ${ENV_DATA_DIR}、なければユーザーのデータフォルダー / "
        "else the user's data folder）",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="コマンド / commands")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return finish(parser)


def main(argv: list[str] | None = None) -> int:
    # warnings from the store, sync and QR decoding to stderr; messages never carry personal data
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from kiosk.commands.gui import run_gui

        return run_gui(args)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
