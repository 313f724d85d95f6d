"""Where HQ keeps its files and secrets: the data directory, the database URL and the passphrase."""

from __future__ import annotations

import json
import os
from pathlib import Path

from kiosk.atomic import atomic_write
from kiosk.terminal import ask_secret, on_terminal

ENV_DATA_DIR = "KIOSK_HQ_DATA_DIR"
ENV_PASSPHRASE = "KIOSK_HQ_PASSPHRASE"
ENV_PASSPHRASE_FILE = "KIOSK_HQ_PASSPHRASE_FILE"  # e.g. a systemd credential (docs/deploy.md)
ENV_DB = "KIOSK_HQ_DB"
SETTINGS_FILE = "hq.json"


class HQError(RuntimeError):
    """A problem the HQ operator can fix; the message is bilingual and says what to do."""


def resolve_data_dir(cli_value: str | None = None) -> Path:
    raw = cli_value or os.environ.get(ENV_DATA_DIR)
    if not raw:
        import platformdirs

        raw = platformdirs.user_data_dir("booth-kiosk-hq")
    path = Path(raw).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _settings(data_dir: Path) -> dict[str, str]:
    try:
        return json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def remember_db_url(data_dir: Path, url: str) -> None:
    """`serve --db URL` records the URL so `enroll` and `report` find the same database."""
    settings = _settings(data_dir)
    settings["db_url"] = url
    # a PostgreSQL URL may carry its password: 0600 from the first byte
    atomic_write(data_dir / SETTINGS_FILE, json.dumps(settings, indent=2))


def resolve_db_url(data_dir: Path, cli_value: str | None = None) -> str:
    """--db wins, then $KIOSK_HQ_DB, then the URL `serve` last used, then a SQLite file in the data dir."""
    return (
        cli_value
        or os.environ.get(ENV_DB)
        or _settings(data_dir).get("db_url")
        or f"sqlite:///{data_dir / 'hq.sqlite3'}"
    )


MIN_PASSPHRASE = 12  # more than a kiosk's 10: this key opens every kiosk's records


def passphrase_from_env() -> bytes | None:
    """$KIOSK_HQ_PASSPHRASE, else the first line of the file $KIOSK_HQ_PASSPHRASE_FILE names."""
    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value.encode()
    path = os.environ.get(ENV_PASSPHRASE_FILE)
    if path:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise HQError(f"パスフレーズのファイルを読めません: {path} / cannot read {ENV_PASSPHRASE_FILE}: {exc}") from None
        if lines and lines[0]:
            return lines[0].encode()
    return None


def read_passphrase(confirm: bool = False) -> bytes:
    """HQ's passphrase from the environment (passphrase_from_env), else asked on the terminal."""
    value = passphrase_from_env()
    if value:
        return value
    if not on_terminal():
        raise HQError(
            f"パスフレーズがありません。端末で実行するか {ENV_PASSPHRASE}（または {ENV_PASSPHRASE_FILE}）を設定してください / "
            f"No passphrase: run on a terminal or set {ENV_PASSPHRASE} (or {ENV_PASSPHRASE_FILE})"
        )
    first = ask_secret("本部鍵のパスフレーズ / HQ key passphrase: ")
    if confirm and ask_secret("もう一度 / again: ") != first:
        raise HQError("パスフレーズが一致しません / The passphrases do not match")
    if not first:
        raise HQError("パスフレーズが空です / The passphrase is empty")
    return first.encode()


def new_passphrase() -> bytes:
    """A passphrase for a new HQ key: asked twice, and long enough (HQ's key opens every kiosk's data)."""
    secret = read_passphrase(confirm=True)
    if len(secret.decode()) < MIN_PASSPHRASE:
        raise HQError(f"パスフレーズは{MIN_PASSPHRASE}文字以上にしてください / "
                      f"The passphrase must have at least {MIN_PASSPHRASE} characters")
    return secret
