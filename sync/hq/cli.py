"""`kiosk-hq`: the HQ service's command line (serve, keys, enroll, report)."""

from __future__ import annotations

import argparse
import sys

from kiosk import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-hq", description="ブース端末の本部サービス / booth kiosk HQ service")
    parser.add_argument("--version", action="version", version=f"kiosk-hq {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="HQ data directory (default: $KIOSK_HQ_DATA_DIR)")
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
