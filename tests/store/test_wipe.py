from kiosk.domain.events import make_event
from kiosk.store.encrypted import open_event_log, store_exists
from tests.store.conftest import PASSPHRASE, kiosk_cli, raw_bytes_of


def test_wipe_leaves_nothing(data_dir, log):
    log.append(make_event("other", "S1", category="WIPE-MARKER-1234"))
    log.close()
    (data_dir / "browser").mkdir()
    (data_dir / "browser" / "Cookies").write_bytes(b"session=WIPE-MARKER-1234")
    (data_dir / "settings.toml").write_text('booth_id = "x"\n', encoding="utf-8")
    result = kiosk_cli(data_dir, "wipe", "--yes-i-understand")
    assert result.returncode == 0, result.stderr
    assert "no remnant" in result.stdout
    assert list(data_dir.rglob("*")) == [] and b"WIPE-MARKER" not in raw_bytes_of(data_dir)
    assert not store_exists(data_dir)


def test_wipe_needs_the_passphrase_and_changes_nothing_without_it(data_dir, log):
    log.append(make_event("visitor", "S1"))
    log.close()
    before = raw_bytes_of(data_dir)
    result = kiosk_cli(data_dir, "wipe", "--yes-i-understand", passphrase="not it at all")
    assert result.returncode == 1 and "nothing was wiped" in result.stderr
    assert raw_bytes_of(data_dir) == before


def test_wipe_asks_for_a_typed_confirmation(data_dir, log):
    log.close()
    result = kiosk_cli(data_dir, "wipe")  # no terminal, no flag
    assert result.returncode == 2 and store_exists(data_dir)
    open_event_log(data_dir, PASSPHRASE).close()
