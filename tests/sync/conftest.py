"""Fixtures for the sync tests: a real `kiosk-hq serve` on 127.0.0.1 over SQLite and, when installed,
over a throwaway PostgreSQL server; a private CA; the fault proxy."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.certs import make_ca, make_server_cert
from tests.sync.hqproc import HQProcess
from tests.sync.pg import PostgresServer, pg_bin
from tests.sync.proxy import FaultProxy


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    if pg_bin() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.create_database(f"hq_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def hq_dir(tmp_path: Path) -> Path:
    d = tmp_path / "hq-data"
    d.mkdir()
    return d


@pytest.fixture
def hq(hq_dir: Path, hq_db_url: str) -> Iterator[HQProcess]:
    """A running HQ over plain HTTP on loopback, keys made."""
    proc = HQProcess(hq_dir, hq_db_url)
    proc.init_keys()
    proc.start()
    yield proc
    proc.stop()


@pytest.fixture
def sqlite_hq(hq_dir: Path, tmp_path: Path) -> Iterator[HQProcess]:
    """HQ on SQLite only, for the client-side fault tests (the DB is not what they exercise)."""
    proc = HQProcess(hq_dir, f"sqlite:///{tmp_path / 'hq.sqlite3'}")
    proc.init_keys()
    proc.start()
    yield proc
    proc.stop()


@pytest.fixture
def tls(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "tls"
    d.mkdir()
    ca_path, ca_key, ca_cert = make_ca(d, "kiosk-test-ca")
    other_ca, _, _ = make_ca(d, "someone-else-ca")
    cert, key = make_server_cert(d, ca_key, ca_cert)
    return {"ca": ca_path, "other_ca": other_ca, "cert": cert, "key": key}


@pytest.fixture
def proxy_factory() -> Iterator[list[FaultProxy]]:
    proxies: list[FaultProxy] = []
    yield proxies
    for p in proxies:
        p.close()
