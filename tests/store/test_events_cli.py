import json
import sqlite3

from kiosk.store.encrypted import open_event_log, store_dir
from tests.store.conftest import PASSPHRASE, kiosk_cli

DAY = [
    {"type": "session_open", "at": "2024-10-05T08:30:00+09:00", "session": "S1", "venue": "石巻市役所",
     "municipality": "石巻市", "kind": "support", "large_venue": True},
    {"type": "visitor", "at": "2024-10-05T09:00:00+09:00", "session": "S1"},
    {"type": "visitor", "at": "2024-10-05T09:00:00+09:00", "session": "S1"},  # two people, same minute
    {"type": "application", "at": "2024-10-05T09:10:00+09:00", "session": "S1", "route": "paper", "age_band": "60-69"},
    {"type": "session_close", "at": "2024-10-05T16:00:00+09:00", "session": "S1"},
]


def write_jsonl(path, objs):
    path.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in objs) + "\n", encoding="utf-8")
    return path


def stored_types(data_dir):
    log = open_event_log(data_dir, PASSPHRASE)
    try:
        return [e.type for _, e in log.events()]
    finally:
        log.close()


def test_import_then_reimport_counts_nothing_twice(data_dir, tmp_path):
    f = write_jsonl(tmp_path / "day.jsonl", DAY)
    first = kiosk_cli(data_dir, "events", "import", str(f))
    assert first.returncode == 0, first.stderr
    assert "imported 5 events" in first.stdout and "created a new kiosk store" in first.stderr
    again = kiosk_cli(data_dir, "events", "import", str(f))
    assert again.returncode == 0 and "imported 0 events (5 already there)" in again.stdout
    assert stored_types(data_dir).count("visitor") == 2


def test_a_bad_line_names_its_number_and_imports_nothing(data_dir, tmp_path):
    bad = [*DAY[:3], {"type": "application", "at": "2024-10-05T09:10:00+09:00", "session": "S1", "route": "fax",
                      "age_band": "60-69"}, DAY[4]]
    result = kiosk_cli(data_dir, "events", "import", str(write_jsonl(tmp_path / "bad.jsonl", bad)))
    assert result.returncode == 1
    assert "line 4" in result.stderr and "route" in result.stderr and "nothing was imported" in result.stderr
    assert not store_dir(data_dir).exists() or stored_types(data_dir) == []


def test_verify_reports_the_first_broken_link(data_dir, tmp_path):
    kiosk_cli(data_dir, "events", "import", str(write_jsonl(tmp_path / "day.jsonl", DAY)))
    ok = kiosk_cli(data_dir, "events", "verify")
    assert ok.returncode == 0 and "all 5 records intact" in ok.stdout
    db = sqlite3.connect(store_dir(data_dir) / "events.sqlite")
    db.execute("UPDATE records SET sig = zeroblob(64) WHERE seq = 4")
    db.commit()
    db.close()
    broken = kiosk_cli(data_dir, "events", "verify")
    assert broken.returncode == 1 and "record 4" in broken.stderr and "signature" in broken.stderr


def test_wrong_passphrase_on_the_command_line(data_dir, tmp_path):
    kiosk_cli(data_dir, "events", "import", str(write_jsonl(tmp_path / "day.jsonl", DAY)))
    result = kiosk_cli(data_dir, "events", "verify", passphrase="guess guess guess")
    assert result.returncode == 1 and "wrong passphrase" in result.stderr


def test_passphrase_file_and_no_terminal(data_dir, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    f = write_jsonl(tmp_path / "day.jsonl", DAY)
    assert kiosk_cli(data_dir, "events", "import", str(f), "--passphrase-file", str(secret),
                     passphrase=None).returncode == 0
    none = kiosk_cli(data_dir, "events", "verify", passphrase=None)
    assert none.returncode == 1 and "KIOSK_PASSPHRASE" in none.stderr


def test_a_file_saved_with_a_bom_imports(data_dir, tmp_path):
    f = tmp_path / "excel.jsonl"
    f.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in DAY), encoding="utf-8-sig")
    result = kiosk_cli(data_dir, "events", "import", str(f))
    assert result.returncode == 0 and "imported 5 events" in result.stdout, result.stderr


def test_a_line_that_is_not_json_names_its_number(data_dir, tmp_path):
    f = tmp_path / "torn.jsonl"
    f.write_text(json.dumps(DAY[0], ensure_ascii=False) + "\n\n" + '{"type":"visitor","at":\n', encoding="utf-8")
    result = kiosk_cli(data_dir, "events", "import", str(f))
    assert result.returncode == 1 and "line 3" in result.stderr and "not valid JSON" in result.stderr


CORRECTED = [
    {**DAY[0], "id": "o1"},
    {"type": "application", "at": "2024-10-05T09:10:00+09:00", "session": "S1", "id": "a1", "route": "paper",
     "age_band": "60-69"},
    {"type": "application", "at": "2024-10-05T09:11:00+09:00", "session": "S1", "id": "a2", "route": "paper",
     "age_band": "60-69"},
    {"type": "smartphone_consult", "at": "2024-10-05T09:12:00+09:00", "session": "S1", "age_band": "30-39"},
    {"type": "void", "at": "2024-10-05T09:13:00+09:00", "session": "S1", "voids": "a2", "reason": "二重に記録"},
    {"type": "session_update", "at": "2024-10-05T09:14:00+09:00", "session": "S1", "venue": "石巻市役所 本庁舎",
     "reason": "会場名の誤記"},
]


def test_ids_and_voids_give_the_corrected_report_and_reimport_adds_nothing(data_dir, tmp_path):
    f = write_jsonl(tmp_path / "day.jsonl", CORRECTED)
    assert kiosk_cli(data_dir, "events", "import", str(f)).returncode == 0
    again = kiosk_cli(data_dir, "events", "import", str(f))
    assert again.returncode == 0 and "imported 0 events (6 already there)" in again.stdout
    report = json.loads(kiosk_cli(data_dir, "report", "daily", "--date", "2024-10-05", "--format", "json").stdout)
    assert report["applications"]["paper"] == 1 and report["smartphone_consult"] == 1
    assert report["sessions"][0]["venue"] == "石巻市役所 本庁舎"
    log = open_event_log(data_dir, PASSPHRASE)
    try:
        ids = [e.id for _, e in log.events()]
    finally:
        log.close()
    assert all(ids) and len(set(ids)) == 6  # lines without an id got one


def test_a_refused_void_names_its_line_and_records_nothing(data_dir, tmp_path):
    assert kiosk_cli(data_dir, "events", "import", str(write_jsonl(tmp_path / "a.jsonl", CORRECTED))).returncode == 0
    second = [DAY[1], {"type": "void", "at": "2024-10-05T10:00:00+09:00", "session": "S1", "voids": "a2",
                       "reason": "again"}]
    result = kiosk_cli(data_dir, "events", "import", str(write_jsonl(tmp_path / "b.jsonl", second)))
    assert result.returncode == 1 and "line 2" in result.stderr and "already voided" in result.stderr
    changed = [{**CORRECTED[1], "route": "online"}]
    result = kiosk_cli(data_dir, "events", "import", str(write_jsonl(tmp_path / "c.jsonl", changed)))
    assert result.returncode == 1 and "line 1" in result.stderr and "other content" in result.stderr
    assert len(stored_types(data_dir)) == 6
