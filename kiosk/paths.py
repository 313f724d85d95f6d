"""Where the kiosk keeps its files: one data directory, chosen by --data-dir, KIOSK_DATA_DIR or the
platform's per-user data folder. Nothing else in the project decides a path on its own."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "booth-kiosk"
ENV_DATA_DIR = "KIOSK_DATA_DIR"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: the command-line value wins, then the environment, then the default."""
    raw = cli_value or os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP_NAME)
    path = Path(raw).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def assets_dir() -> Path:
    """The shipped assets (demo video, translations, survey definition); works inside PyInstaller too."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    beside = Path(__file__).resolve().parent.parent / "assets"  # a checkout or an editable install
    installed = Path(sys.prefix) / "share" / APP_NAME / "assets"  # pip install '.[hq]' (pyproject data-files)
    return beside if beside.is_dir() or not installed.is_dir() else installed
