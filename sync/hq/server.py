"""Runs the HQ API under uvicorn: HTTPS with the given certificate, plain HTTP only on loopback.

`--workers N` (N > 1, PostgreSQL only) starts N uvicorn worker processes on one socket; each builds
its app from the environment (`worker_app`). The parent migrates the schema once, before any worker
starts; the workers share nothing but the database, which keeps ingest exactly-once (ingest.py)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from kiosk.terminal import on_terminal
from sync.hq import keys
from sync.hq.app import create_app
from sync.hq.config import ENV_DATA_DIR, ENV_DB, ENV_PASSPHRASE, HQError, passphrase_from_env, read_passphrase
from sync.hq.db import make_engine, migrate
from wire.envelope import is_loopback


def _passphrase() -> bytes | None:
    """The dashboard shows figures only when serve has HQ's passphrase (KIOSK_HQ_PASSPHRASE, else asked
    on the terminal); ingest never needs it, so a server started by a service manager runs without."""
    from_env = passphrase_from_env()
    if from_env is None and not on_terminal():
        logging.getLogger("kiosk-hq").warning(
            "KIOSK_HQ_PASSPHRASE(_FILE) is not set: ingest stores records without counting them, and the dashboard "
            "shows what was counted before (kiosk-hq aggregates rebuild counts them)")
        return None
    return from_env or read_passphrase()


def worker_app() -> FastAPI:
    """One worker's app (uvicorn factory): data directory, database and passphrase from the environment
    the parent set."""
    data_dir = Path(os.environ[ENV_DATA_DIR])
    passphrase = passphrase_from_env()
    key = keys.private_key(data_dir, passphrase) if passphrase else None
    return create_app(make_engine(os.environ[ENV_DB]), data_dir, hq_key=key)


def serve(data_dir: Path, db_url: str, host: str, port: int, cert: str | None, key: str | None,
          workers: int = 1) -> None:
    if bool(cert) != bool(key):
        raise HQError("--cert と --key は両方指定してください / Give both --cert and --key")
    if not cert and not is_loopback(host):
        raise HQError(
            f"{host} で公開するには TLS 証明書が必要です (--cert FILE --key FILE) / "
            f"Serving on {host} needs a TLS certificate (--cert FILE --key FILE); plain HTTP is only for loopback"
        )
    for path in (cert, key):
        if path and not Path(path).is_file():
            raise HQError(f"ファイルがありません: {path} / File not found: {path}")
    if workers < 1:
        raise HQError("--workers は1以上です / --workers must be 1 or more")
    if workers > 1 and db_url.startswith("sqlite"):
        raise HQError("複数ワーカーには PostgreSQL が必要です (--db postgresql://…) / "
                      "several workers need PostgreSQL (--db postgresql://…); SQLite is for one process")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    engine = make_engine(db_url)
    migrate(engine)
    passphrase = _passphrase()
    options = {"host": host, "port": port, "ssl_certfile": cert, "ssl_keyfile": key, "log_level": "info",
               "access_log": False,  # per-batch lines would drown the rejections worth reading
               "timeout_keep_alive": 30}
    if workers == 1:
        hq_key = keys.private_key(data_dir, passphrase) if passphrase else None
        uvicorn.run(create_app(engine, data_dir, hq_key=hq_key), **options)
        return
    if passphrase:
        keys.private_key(data_dir, passphrase)  # a wrong passphrase stops here, not in every worker
    engine.dispose()
    os.environ[ENV_DATA_DIR], os.environ[ENV_DB] = str(data_dir), db_url
    if passphrase and passphrase_from_env() is None:
        # asked on the terminal: the workers (this process's children, same user) unlock with it
        os.environ[ENV_PASSPHRASE] = passphrase.decode()
    uvicorn.run("sync.hq.server:worker_app", factory=True, workers=workers, **options)
