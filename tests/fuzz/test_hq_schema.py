"""Schemathesis against a real `kiosk-hq serve`: requests generated from HQ's own OpenAPI schema
(valid and invalid bodies, paths, queries, headers) never get a 500."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from hypothesis import given, settings

from sync.hq.app import create_app
from sync.hq.db import make_engine
from tests.fuzz.conftest import EXAMPLES
from tests.hq.test_dashboard_security import STAFF_PASS, add_staff
from tests.sync.hqproc import HQProcess

schemathesis = pytest.importorskip("schemathesis")


@pytest.fixture
def live_hq(tmp_path) -> Iterator[HQProcess]:
    hq = HQProcess(tmp_path, f"sqlite:///{tmp_path / 'hq.sqlite'}")
    hq.init_keys()
    add_staff(hq, "fuzzer", STAFF_PASS)
    hq.start()
    yield hq
    hq.stop()


def test_no_generated_request_gets_a_500(live_hq: HQProcess):
    engine = make_engine(live_hq.db_url)
    try:
        openapi = create_app(engine, live_hq.data_dir).openapi()  # the server itself publishes none
    finally:
        engine.dispose()
    schema = schemathesis.openapi.from_dict(openapi)
    cookie = httpx.post(f"{live_hq.url}/dashboard/login", data={"name": "fuzzer", "password": STAFF_PASS},
                        timeout=60).cookies["hq_session"]  # logged in, so the dashboard's own code is reached
    failures: list[str] = []
    calls = 0
    operations = [op for op in (result.ok() for result in schema.get_all_operations())
                  if op.path != "/dashboard/logout"]  # it would end the fuzzer's own session
    assert len(operations) >= 5
    for operation in operations:
        @settings(max_examples=max(5, EXAMPLES // len(operations)))
        @given(case=operation.as_strategy())
        def one(case) -> None:
            nonlocal calls
            calls += 1
            response = case.call(base_url=live_hq.url, timeout=30, cookies={"hq_session": cookie},
                                 allow_redirects=False)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:200]}")

        one()
    assert failures == [] and calls > len(operations)
