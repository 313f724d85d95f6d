"""End to end with real processes: a kiosk data directory filled by `kiosk events import`, enrolled
with `kiosk enroll`, delivered with `kiosk sync` to a real `kiosk-hq serve`; HQ's report equals the
kiosk's. Also: the kiosk killed mid-sync, and a wrong TLS certificate."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.domain.events import event_from_json
from kiosk.domain.report import daily_report
from sync.hq.db import make_engine
from sync.hq.models import Record
from tests.sync.hqproc import HQProcess
from tests.sync.proxy import Fault, FaultProxy

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("kiosk.store.cli_support") is None, reason="the encrypted store (issue 3) is not there yet"
)

PASSPHRASE = "kiosk operator passphrase"


def kiosk(data_dir: Path, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_PASSPHRASE": PASSPHRASE}
    r = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *args], env=env,
                       capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    if check and r.returncode != 0:
        raise AssertionError(f"kiosk {' '.join(args)} exited {r.returncode}:\n{r.stdout}\n{r.stderr}")
    return r


def write_events(path: Path, n: int, day: str = "2026-11-20") -> list[str]:
    start = datetime.fromisoformat(f"{day}T09:00:00+09:00")
    lines = [json.dumps({"type": "session_open", "at": start.isoformat(), "session": "S1", "venue": "区民センター",
                         "municipality": "渋谷区", "kind": "support", "large_venue": False}, ensure_ascii=False)]
    for i in range(n):
        at = (start + timedelta(seconds=10 * i)).isoformat()
        if i % 3 == 0:
            lines.append(json.dumps({"type": "visitor", "at": at, "session": "S1"}))
        elif i % 3 == 1:
            lines.append(json.dumps({"type": "application", "at": at, "session": "S1", "route": "online", "age_band": "60-69"}))
        else:
            lines.append(json.dumps({"type": "survey", "at": at, "session": "S1", "age_band": "70-79",
                                     "answers": {"q1": "a"}}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def hq_records(hq: HQProcess) -> tuple[int, int]:
    engine = make_engine(hq.db_url)
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(select(func.count(), func.count(func.distinct(Record.seq)))).one())
    finally:
        engine.dispose()


def test_recorded_synced_and_hq_report_equals_the_kiosks(hq, data_dir, tmp_path):
    lines = write_events(tmp_path / "day.jsonl", 300)
    kiosk(data_dir, "events", "import", str(tmp_path / "day.jsonl"))
    not_enrolled = kiosk(data_dir, "sync", check=False)
    assert not_enrolled.returncode != 0 and "enroll" in not_enrolled.stderr
    kiosk(data_dir, "enroll", "--hq", hq.url, "--code", hq.enroll_code("渋谷区役所", via_cli=True))
    out = kiosk(data_dir, "sync")
    assert "All delivered" in out.stdout
    assert hq_records(hq) == (len(lines), len(lines))
    hq_report = json.loads(hq.cli("report", "daily", "--date", "2026-11-20", "--format", "json", "--db", hq.db_url).stdout)
    kiosk_report = kiosk(data_dir, "report", "daily", "--date", "2026-11-20", "--format", "json")
    assert hq_report == json.loads(kiosk_report.stdout)  # the same figures on both sides
    expected = daily_report([event_from_json(line) for line in lines], "2026-11-20")
    assert hq_report == json.loads(json.dumps(expected))
    assert hq_report["visitors"] == 100 and hq_report["applications"]["online"] == 100
    again = kiosk(data_dir, "sync")  # nothing new: still exit 0, nothing doubled
    assert "0 waiting" in again.stdout
    assert hq_records(hq) == (len(lines), len(lines))


def test_kiosk_killed_mid_sync_then_sync_again_delivers_exactly_once(sqlite_hq, proxy_factory, data_dir, tmp_path):
    lines = write_events(tmp_path / "day.jsonl", 5000)
    kiosk(data_dir, "events", "import", str(tmp_path / "day.jsonl"))
    kiosk(data_dir, "enroll", "--hq", sqlite_hq.url, "--code", sqlite_hq.enroll_code())
    proxy = FaultProxy(sqlite_hq.port)
    proxy_factory.append(proxy)
    proxy.plan(*[Fault(throttle=0.05)] * 5)  # a slow link, so the kill lands mid-sync
    env = {**os.environ, "KIOSK_PASSPHRASE": PASSPHRASE}
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "sync",
                             "--hq", f"http://127.0.0.1:{proxy.port}"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while hq_records(sqlite_hq)[0] == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    partial = hq_records(sqlite_hq)[0]
    assert 0 < partial < len(lines), "the kill should land mid-sync"
    out = kiosk(data_dir, "sync", "--hq", f"http://127.0.0.1:{proxy.port}")
    assert "All delivered" in out.stdout
    assert hq_records(sqlite_hq) == (len(lines), len(lines))


def test_sync_exits_non_zero_while_hq_is_unreachable(sqlite_hq, data_dir, tmp_path):
    write_events(tmp_path / "day.jsonl", 10)
    kiosk(data_dir, "events", "import", str(tmp_path / "day.jsonl"))
    kiosk(data_dir, "enroll", "--hq", sqlite_hq.url, "--code", sqlite_hq.enroll_code())
    sqlite_hq.stop()
    r = kiosk(data_dir, "sync", "--timeout", "2", check=False)
    assert r.returncode == 1
    assert "11 events still waiting" in r.stdout and "未送信 11 件" in r.stdout


def test_enroll_refuses_hq_with_a_certificate_from_another_ca(hq_dir, tls, tmp_path, data_dir):
    hq = HQProcess(hq_dir, f"sqlite:///{tmp_path / 'hq.sqlite3'}", cert=tls["cert"], key=tls["key"], ca=tls["ca"])
    hq.init_keys()
    hq.start()
    try:
        code = hq.enroll_code()
        bad = kiosk(data_dir, "enroll", "--hq", hq.url, "--code", code, "--ca", str(tls["other_ca"]), check=False)
        assert bad.returncode != 0 and "not trusted" in bad.stderr
        kiosk(data_dir, "enroll", "--hq", hq.url, "--code", code, "--ca", str(tls["ca"]))
        write_events(tmp_path / "day.jsonl", 20)
        kiosk(data_dir, "events", "import", str(tmp_path / "day.jsonl"))
        assert "All delivered" in kiosk(data_dir, "sync").stdout
        assert hq_records(hq) == (21, 21)
    finally:
        hq.stop()


def test_voids_and_session_corrections_reach_hqs_report(sqlite_hq, data_dir, tmp_path):
    day = "2026-11-20"
    lines = [
        {"type": "session_open", "at": f"{day}T09:00:00+09:00", "session": "S1", "id": "o1", "venue": "区民センタ",
         "municipality": "渋谷区", "kind": "support", "large_venue": False},
        *({"type": "application", "at": f"{day}T09:0{i}:00+09:00", "session": "S1", "id": f"a{i}",
           "route": "online", "age_band": "60-69"} for i in range(1, 4)),
        {"type": "void", "at": f"{day}T09:05:00+09:00", "session": "S1", "voids": "a3", "reason": "未送信"},
        {"type": "session_update", "at": f"{day}T09:06:00+09:00", "session": "S1", "venue": "区民センター",
         "reason": "誤記"},
    ]
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    kiosk(data_dir, "events", "import", str(path))
    kiosk(data_dir, "enroll", "--hq", sqlite_hq.url, "--code", sqlite_hq.enroll_code("渋谷区役所", via_cli=True))
    kiosk(data_dir, "sync")
    hq_report = json.loads(sqlite_hq.cli("report", "daily", "--date", day, "--format", "json",
                                         "--db", sqlite_hq.db_url).stdout)
    assert hq_report == json.loads(kiosk(data_dir, "report", "daily", "--date", day, "--format", "json").stdout)
    assert hq_report["applications"]["online"] == 2 and hq_report["sessions"][0]["venue"] == "区民センター"
