"""Broken and hostile input at the kiosk's command line: each gets one clear bilingual message and
a non-zero exit, never a traceback; a report never dies on one bad record."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest

from kiosk.domain.events import Event, make_event
from kiosk.store.encrypted import open_event_log, store_dir
from kiosk.store.errors import StoreCorrupt
from tests.store.conftest import PASSPHRASE, kiosk_cli

OPEN = {"type": "session_open", "at": "2026-11-20T09:00:00+09:00", "session": "S1", "venue": "区民センター",
        "municipality": "渋谷区", "kind": "support", "large_venue": False}


def no_traceback(result) -> None:
    assert "Traceback" not in result.stderr, result.stderr


def test_a_year_1_event_is_refused_at_import(data_dir, tmp_path):
    f = tmp_path / "y1.jsonl"
    f.write_text(json.dumps({"type": "visitor", "at": "0001-01-01T00:00:00+14:00", "session": "S1"}) + "\n")
    result = kiosk_cli(data_dir, "events", "import", str(f))
    assert result.returncode == 1 and "line 1" in result.stderr and "2020–2100" in result.stderr
    no_traceback(result)


def test_a_report_never_dies_on_one_bad_record(data_dir, tmp_path):
    """A year-1 event stored before the rule existed, and a record whose ciphertext was changed on disk."""
    with open_event_log(data_dir, PASSPHRASE, create=True) as log:
        log.append(make_event("session_open", "S1", at=datetime.fromisoformat(OPEN["at"]),
                              **{k: OPEN[k] for k in ("venue", "municipality", "kind", "large_venue")}))
        log.append(Event("visitor", datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))), "S1"))
        log.append(make_event("visitor", "S1", at=datetime.fromisoformat("2026-11-20T10:00:00+09:00")))
        log.append(make_event("visitor", "S1", at=datetime.fromisoformat("2026-11-20T10:05:00+09:00")))
    db = sqlite3.connect(store_dir(data_dir) / "events.sqlite")
    ct = bytearray(db.execute("select ct from records where seq = 4").fetchone()[0])
    ct[3] ^= 1
    db.execute("update records set ct = ? where seq = 4", (bytes(ct),))
    db.commit()
    db.close()
    out = tmp_path / "completion.json"
    result = kiosk_cli(data_dir, "report", "completion", "--format", "json", "--out", str(out))
    no_traceback(result)
    assert result.returncode == 1
    assert "record 2: 記録として読めません / not a valid event" in result.stderr
    assert "record 4: 復号できません / does not decrypt" in result.stderr
    assert json.loads(out.read_text())  # written from the readable records
    assert "区民センター" not in result.stderr  # the warnings name records, never their content
    daily = kiosk_cli(data_dir, "report", "daily", "--date", "2026-11-20", "--format", "json")
    assert json.loads(daily.stdout)["visitors"] == 1


def test_lines_split_only_at_newlines(data_dir, tmp_path):
    f = tmp_path / "seps.jsonl"
    lines = [json.dumps(OPEN, ensure_ascii=False)]
    for sep in ("\u2028", "\u0085", "\u000b", "\u001c"):
        lines.append(json.dumps({"type": "visitor", "at": "2026-11-20T10:00:00+09:00", "session": "S1",
                                 "note": f"a{sep}b"}, ensure_ascii=False))
    f.write_text("\r\n".join(lines) + "\n", encoding="utf-8")
    result = kiosk_cli(data_dir, "events", "import", str(f))
    assert result.returncode == 0 and "imported 5 events" in result.stdout, result.stderr
    with open_event_log(data_dir, PASSPHRASE) as log:
        notes = [e.data.get("note") for _, e in log.events()][1:]
    assert notes == ["a\u2028b", "a\u0085b", "a\u000bb", "a\u001cb"]


def closed_stdin(*cmd: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run with file descriptor 0 closed (`<&-`): Python then has sys.stdin = None."""
    return subprocess.run(list(cmd), env=env, capture_output=True,
                          text=True, timeout=120, preexec_fn=lambda: os.close(0))


@pytest.mark.parametrize("args", [("events", "verify"), ("report", "completion", "--format", "json"),
                                  ("wipe", "--yes-i-understand"), ("wipe",), ("sync",)])
def test_no_passphrase_and_stdin_closed_is_a_message(data_dir, args):
    open_event_log(data_dir, PASSPHRASE, create=True).close()
    env = {k: v for k, v in os.environ.items() if k != "KIOSK_PASSPHRASE"}
    result = closed_stdin(sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *args, env=env)
    no_traceback(result)
    assert result.returncode != 0 and " / " in result.stderr  # one bilingual message


def test_hq_keys_init_with_stdin_closed_is_a_message(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "KIOSK_HQ_PASSPHRASE"}
    result = closed_stdin(sys.executable, "-m", "sync.hq.cli", "--data-dir", str(tmp_path), "keys", "init", env=env)
    no_traceback(result)
    assert result.returncode == 1 and "KIOSK_HQ_PASSPHRASE" in result.stderr


def test_a_huge_scrypt_setting_in_keys_json_is_refused_at_once(data_dir):
    open_event_log(data_dir, PASSPHRASE, create=True).close()
    keys = store_dir(data_dir) / "keys.json"
    doc = json.loads(keys.read_text())
    doc["kdf"]["n"] = 2**27  # 16 GiB per unlock
    keys.write_text(json.dumps(doc))
    started = time.monotonic()
    with pytest.raises(StoreCorrupt, match="out of bounds"):
        open_event_log(data_dir, PASSPHRASE)
    assert time.monotonic() - started < 5  # refused before scrypt starts


def test_wipe_never_overwrites_a_file_hard_linked_from_outside(data_dir, tmp_path):
    open_event_log(data_dir, PASSPHRASE, create=True).close()
    outside = tmp_path / "someone-elses-file.txt"
    outside.write_text("keep me")
    os.link(outside, data_dir / "linked.txt")
    result = kiosk_cli(data_dir, "wipe", "--yes-i-understand")
    assert result.returncode == 0, result.stderr
    assert outside.read_text() == "keep me" and "hard-linked from elsewhere" in result.stderr
    assert list(data_dir.rglob("*")) == []


def test_wipe_runs_when_keys_json_is_damaged(data_dir):
    with open_event_log(data_dir, PASSPHRASE, create=True) as log:
        log.append(make_event("visitor", "S1"))
    (store_dir(data_dir) / "keys.json").write_text("{ not json")
    result = kiosk_cli(data_dir, "wipe", "--yes-i-understand")
    assert result.returncode == 0, result.stderr
    assert "keys.json was damaged" in result.stderr and list(data_dir.rglob("*")) == []
