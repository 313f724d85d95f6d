"""The dashboard's login and session against a real `kiosk-hq serve`: guesses sent all at once,
logout, password reset and cross-site posts. The login throttle is in HQ's database: it holds across
worker processes (two HQ processes on one PostgreSQL database) and across a restart."""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from collections.abc import Iterator

import httpx
import pytest

from sync.hq.dashboard.throttle import LoginThrottle
from sync.hq.db import make_engine, migrate, sessions
from tests.sync.hqproc import HQProcess, hq_command, hq_env
from tests.sync.pg import PostgresServer, pg_bin

STAFF_PASS = "prefecture staff password"


def add_staff(hq: HQProcess, name: str, password: str) -> None:
    subprocess.run([*hq_command(), "--data-dir", str(hq.data_dir), "staff", "add", name], check=True,
                   capture_output=True, env={**hq_env(), "KIOSK_HQ_STAFF_PASSWORD": password}, timeout=60)


@pytest.fixture
def dashboard_hq(tmp_path) -> Iterator[HQProcess]:
    hq = HQProcess(tmp_path, f"sqlite:///{tmp_path / 'hq.sqlite'}")
    hq.init_keys()
    add_staff(hq, "miyagi", STAFF_PASS)
    hq.start()
    yield hq
    hq.stop()


def login(hq: HQProcess, password: str, name: str = "miyagi", **headers: str) -> httpx.Response:
    return httpx.post(f"{hq.url}/dashboard/login", data={"name": name, "password": password}, headers=headers,
                      follow_redirects=False, timeout=60)


def storm(urls: list[str], n: int, right_at: int) -> list[int]:
    """n logins for one name sent at once, the right password as number right_at, dealt in turn to
    each of `urls` (HQ processes on one database)."""
    async def run() -> list[int]:
        clients = [httpx.AsyncClient(base_url=url, timeout=120) for url in urls]
        try:
            async def one(i: int) -> int:
                password = STAFF_PASS if i == right_at else f"guess number {i}"
                r = await clients[i % len(clients)].post("/dashboard/login", follow_redirects=False,
                                                         data={"name": "miyagi", "password": password})
                return r.status_code
            return list(await asyncio.gather(*(one(i) for i in range(n))))
        finally:
            for client in clients:
                await client.aclose()

    return asyncio.run(run())


def test_parallel_guesses_get_five_checks_and_the_right_password_among_them_is_not_let_in(dashboard_hq):
    statuses = storm([dashboard_hq.url], 200, 149)
    assert statuses.count(401) == 5 and statuses.count(429) == 195  # only five passwords were ever checked
    assert 303 not in statuses


def test_the_count_survives_a_restart(dashboard_hq):
    assert [login(dashboard_hq, f"guess {i}").status_code for i in range(5)] == [401] * 5
    dashboard_hq.stop()
    dashboard_hq.start()
    assert login(dashboard_hq, STAFF_PASS).status_code == 429


@pytest.fixture
def two_hqs(tmp_path) -> Iterator[list[HQProcess]]:
    """Two `kiosk-hq serve` processes on one PostgreSQL database and data directory, as the workers
    of `serve --workers 2` are (separate ports here, so that the test decides who gets which guess)."""
    if pg_bin() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = PostgresServer()
    server.start()
    db = server.create_database(f"hq_{uuid.uuid4().hex[:12]}")
    hqs = [HQProcess(tmp_path, db), HQProcess(tmp_path, db)]
    try:
        hqs[0].init_keys()
        add_staff(hqs[0], "miyagi", STAFF_PASS)
        for hq in hqs:
            hq.start()
        yield hqs
    finally:
        for hq in hqs:
            hq.stop()
        server.stop()


def test_guesses_spread_over_two_hq_processes_still_get_five_checks(two_hqs):
    # all wrong (sent at once, the right one could be among the five checked first, which is fair)
    statuses = storm([hq.url for hq in two_hqs], 60, -1)
    assert statuses.count(401) == 5 and statuses.count(429) == 55  # five checks in all, not five per process
    assert [login(hq, STAFF_PASS).status_code for hq in two_hqs] == [429, 429]


def test_two_throttles_on_one_database_share_one_count_and_the_lock_ends(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.sqlite'}")
    migrate(engine)
    now = [1_800_000_000.0]
    a, b = (LoginThrottle(sessions(engine), limit=3, window_s=60, lock_s=120, clock=lambda: now[0]) for _ in "ab")
    assert [a.begin("a", "c1"), b.begin("a", "c1")] == [0, 0]
    now[0] += 61  # the first two fell out of the window
    assert [a.begin("a", "c1"), b.begin("a", "c1"), a.begin("a", "c1")] == [0, 0, 0]
    assert b.begin("a", "c1") == 120
    assert a.begin("a", "c2") == 120  # the name is locked for every client, in every process
    now[0] += 121
    assert b.begin("a", "c1") == 0
    engine.dispose()


def test_one_client_cannot_spread_its_guesses_over_many_names(dashboard_hq):
    assert [login(dashboard_hq, "x" * 12, name=f"name{i}").status_code for i in range(5)] == [401] * 5
    assert login(dashboard_hq, STAFF_PASS).status_code == 429


def test_logout_and_password_reset_end_the_session_everywhere(dashboard_hq):
    cookie = login(dashboard_hq, STAFF_PASS).cookies["hq_session"]

    def page(c: str) -> int:
        return httpx.get(f"{dashboard_hq.url}/dashboard", cookies={"hq_session": c}, follow_redirects=False,
                         timeout=60).status_code

    assert page(cookie) == 200
    r = httpx.post(f"{dashboard_hq.url}/dashboard/logout", cookies={"hq_session": cookie},
                   headers={"origin": dashboard_hq.url}, follow_redirects=False, timeout=60)
    assert r.status_code == 303 and r.headers["location"] == "/dashboard/login"
    assert page(cookie) == 303  # a copy of the cookie kept after logout opens nothing
    fresh = login(dashboard_hq, STAFF_PASS).cookies["hq_session"]
    assert page(fresh) == 200
    add_staff(dashboard_hq, "miyagi", "a brand new password")
    assert page(fresh) == 303


def test_a_form_posted_from_another_site_is_refused(dashboard_hq):
    assert login(dashboard_hq, STAFF_PASS, origin="https://evil.example").status_code == 403
    cookie = login(dashboard_hq, STAFF_PASS, origin=dashboard_hq.url).cookies["hq_session"]
    r = httpx.post(f"{dashboard_hq.url}/dashboard/reports/2026-11-20/submitted", cookies={"hq_session": cookie},
                   headers={"origin": "https://evil.example"}, follow_redirects=False, timeout=60)
    assert r.status_code == 403
    assert not (dashboard_hq.data_dir / "submitted.json").exists()


def test_a_link_or_a_form_on_another_site_logs_nobody_out(dashboard_hq):
    cookie = {"hq_session": login(dashboard_hq, STAFF_PASS).cookies["hq_session"]}
    page = httpx.get(f"{dashboard_hq.url}/dashboard", cookies=cookie, timeout=60).text
    assert 'method="post" action="/dashboard/logout"' in page  # the page's logout is a form button
    # an <img src=…/logout> elsewhere: a GET, which changes nothing
    assert httpx.get(f"{dashboard_hq.url}/dashboard/logout", cookies=cookie, timeout=60).status_code == 405
    r = httpx.post(f"{dashboard_hq.url}/dashboard/logout", cookies=cookie, headers={"origin": "https://evil.example"},
                   follow_redirects=False, timeout=60)
    assert r.status_code == 403
    assert httpx.get(f"{dashboard_hq.url}/dashboard", cookies=cookie, follow_redirects=False,
                     timeout=60).status_code == 200  # still logged in


def test_download_names_and_as_of_are_checked_before_use(dashboard_hq):
    cookie = {"hq_session": login(dashboard_hq, STAFF_PASS).cookies["hq_session"]}

    def get(name: str) -> httpx.Response:
        return httpx.get(f"{dashboard_hq.url}/dashboard/download/daily/{name}", cookies=cookie, timeout=60)

    assert get('2026-11-20%22%3B%20filename%3D%22evil.xlsx').status_code == 404  # nothing reaches the header
    assert get("2026-11-20.xlsx").headers["content-disposition"] == 'attachment; filename="daily-2026-11-20.xlsx"'
    r = httpx.get(f"{dashboard_hq.url}/dashboard", params={"as_of": "garbage"}, cookies=cookie, timeout=60)
    assert r.status_code == 400 and "as_of must be a date" in r.text
    # found by `make fuzz` (Schemathesis): an id past the database's integer, a form that is not UTF-8
    r = httpx.post(f"{dashboard_hq.url}/dashboard/plans/14329731885540757504/delete", cookies=cookie, timeout=60)
    assert r.status_code == 422
    r = httpx.post(f"{dashboard_hq.url}/dashboard/login", content=b"name=\xff\xfe&password=x", timeout=60,
                   headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 401
