"""The dashboard's login and session against a real `kiosk-hq serve`: guesses sent all at once,
logout, password reset and cross-site posts."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Iterator

import httpx
import pytest

from tests.sync.hqproc import HQProcess, hq_command, hq_env

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


def test_parallel_guesses_get_five_checks_and_the_right_password_among_them_is_not_let_in(dashboard_hq):
    async def storm() -> list[int]:
        async with httpx.AsyncClient(base_url=dashboard_hq.url, timeout=120) as client:
            async def one(i: int) -> int:
                password = STAFF_PASS if i == 149 else f"guess number {i}"
                r = await client.post("/dashboard/login", data={"name": "miyagi", "password": password},
                                      follow_redirects=False)
                return r.status_code
            return list(await asyncio.gather(*(one(i) for i in range(200))))

    statuses = asyncio.run(storm())
    assert statuses.count(401) == 5 and statuses.count(429) == 195  # only five passwords were ever checked
    assert 303 not in statuses


def test_one_client_cannot_spread_its_guesses_over_many_names(dashboard_hq):
    assert [login(dashboard_hq, "x" * 12, name=f"name{i}").status_code for i in range(5)] == [401] * 5
    assert login(dashboard_hq, STAFF_PASS).status_code == 429


def test_logout_and_password_reset_end_the_session_everywhere(dashboard_hq):
    cookie = login(dashboard_hq, STAFF_PASS).cookies["hq_session"]

    def page(c: str) -> int:
        return httpx.get(f"{dashboard_hq.url}/dashboard", cookies={"hq_session": c}, follow_redirects=False,
                         timeout=60).status_code

    assert page(cookie) == 200
    httpx.get(f"{dashboard_hq.url}/dashboard/logout", cookies={"hq_session": cookie}, timeout=60)
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
