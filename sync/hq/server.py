"""Runs the HQ API under uvicorn: HTTPS with the given certificate, plain HTTP only on loopback."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import uvicorn
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.terminal import on_terminal
from sync.hq import keys
from sync.hq.app import create_app
from sync.hq.config import ENV_PASSPHRASE, HQError, read_passphrase
from sync.hq.db import make_engine, migrate
from wire.envelope import is_loopback


def _dashboard_key(data_dir: Path) -> X25519PrivateKey | None:
    """The dashboard shows figures only when serve has HQ's passphrase (KIOSK_HQ_PASSPHRASE, else asked
    on the terminal); ingest never needs it, so a server started by a service manager runs without."""
    if not os.environ.get(ENV_PASSPHRASE) and not on_terminal():
        logging.getLogger("kiosk-hq").warning(
            "KIOSK_HQ_PASSPHRASE is not set: the dashboard will show no figures (ingest works as usual)")
        return None
    return keys.private_key(data_dir, read_passphrase())


def serve(data_dir: Path, db_url: str, host: str, port: int, cert: str | None, key: str | None) -> None:
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
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    engine = make_engine(db_url)
    migrate(engine)
    app = create_app(engine, data_dir, hq_key=_dashboard_key(data_dir))
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        ssl_certfile=cert,
        ssl_keyfile=key,
        log_level="info",
        access_log=False,  # per-batch lines would drown the rejections worth reading
        timeout_keep_alive=30,
    )
    uvicorn.Server(config).run()
