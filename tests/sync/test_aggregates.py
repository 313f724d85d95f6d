"""HQ's per-device day figures, kept at ingest, give exactly the domain's reports over the decrypted
events (SQLite and PostgreSQL); `kiosk-hq aggregates rebuild` recounts them from the raw records and
agrees; records that arrived while HQ's key was locked are counted before a report."""

from __future__ import annotations

import json
import random
import subprocess
from datetime import datetime, timedelta

import pytest
from sqlalchemy import update

from kiosk.domain.age import AGE_BANDS
from kiosk.domain.events import ASSIST_TYPES, JST, Event, make_event
from kiosk.domain.report import add_figures, figures
from kiosk.domain.report import progress as domain_progress
from kiosk.domain.report_due import submitted_days as domain_submitted
from kiosk.reports.config import load_targets
from kiosk.reports.render import compute
from sync.hq import figures as hq_figures
from sync.hq import keys
from sync.hq.aggregates import pending, submitted_days
from sync.hq.db import make_engine, sessions
from sync.hq.ingest import Ingestor
from sync.hq.models import DayFigures
from sync.hq.report import decrypted_events
from tests.sync.hqproc import PASSPHRASE, hq_env
from tests.sync.test_ingest import enrolled, push
from wire.envelope import sign_wrapped_key, wrap_data_key


def booth_days(rnd: random.Random, device: int, days: int) -> list[Event]:
    """A booth's days: sessions opened and closed, and every kind of event the reports count."""
    events: list[Event] = []
    start = datetime(2024, 10, 28, 9, 0, tzinfo=JST)
    for n in range(days):
        day = start + timedelta(days=n * rnd.randint(1, 3))
        session = f"S{n}" if rnd.random() < 0.5 else f"D{device}-{n}"  # some ids collide across devices
        events.append(make_event("session_open", session, at=day, venue=f"会場{rnd.randint(1, 4)}", municipality="石巻市",
                                 kind=rnd.choice(("support", "mobile", "smartphone_class")),
                                 large_venue=rnd.random() < 0.3))
        for i in range(rnd.randint(0, 25)):
            at, band = day + timedelta(minutes=5 * i + 1), rnd.choice(AGE_BANDS)
            kind = rnd.random()
            if kind < 0.3:
                events.append(make_event("visitor", session, at=at, services=["application"]))
            elif kind < 0.55:
                events.append(make_event("application", session, at=at, route=rnd.choice(("paper", "online")), age_band=band))
            elif kind < 0.7:
                events.append(make_event(rnd.choice(ASSIST_TYPES), session, at=at, age_band=band,
                                         outcome=rnd.choice(("done", "pin_locked", "other"))))
            elif kind < 0.8:
                events.append(make_event("survey", session, at=at, age_band=band, free_text=rnd.choice(("", "よかった")),
                                         answers={"heard": rnd.choice(("flyer", "web")),
                                                  "useful": rnd.sample(["a", "b", "c"], rnd.randint(1, 2))}))
            elif kind < 0.87:
                events.append(make_event("other", session, at=at, category=rnd.choice(("相談", "住所変更"))))
            elif kind < 0.93:
                events.append(make_event("photo", session, at=at, age_band=band))
            else:
                events.append(make_event("print", session, at=at, pages=rnd.randint(1, 3)))
        later = day + timedelta(hours=6)
        mistakes = [e for e in events if e.session == session and e.type in ("application", "visitor", "survey")]
        if mistakes and rnd.random() < 0.5:  # an operator takes back a tap (counted nowhere after)
            events.append(make_event("void", session, at=later, voids=rnd.choice(mistakes).id, reason="押し間違い"))
        if rnd.random() < 0.3:  # a typo in the venue corrected
            events.append(make_event("session_update", session, at=later, venue=f"訂正会場{n}"))
        if n and rnd.random() < 0.5:  # the day before's report handed in at the booth
            events.append(make_event("report_submitted", session, at=later, date=(day - timedelta(days=1)).date().isoformat()))
        if rnd.random() < 0.8:  # some sessions are never closed
            events.append(make_event("session_close", session, at=day + timedelta(hours=7)))
    return events


def test_figures_add_up_exactly():
    rnd = random.Random(7)
    events = booth_days(rnd, 0, 12)
    for cut in (0, 1, len(events) // 3, len(events) - 1, len(events)):
        assert add_figures(figures(events[:cut]), figures(events[cut:])) == figures(events)
        assert json.dumps(add_figures(figures(events[:cut]), figures(events[cut:]))["applications"]) == \
            json.dumps(figures(events)["applications"])  # the age bands in the domain's order too


def _send_in_random_batches(hq, rnd: random.Random, devices: int, days: int) -> None:
    sealers = [enrolled(hq, f"kiosk-{d}") for d in range(devices)]
    for d, sealer in enumerate(sealers):
        for e in booth_days(rnd, d, days):
            sealer.seal(e)
        sent = 0
        while sent < len(sealer.records):
            size = rnd.randint(1, 40)
            assert push(hq, sealer, sealer.records[sent:sent + size]).status_code == 200
            sent += size


def _domain_and_hq_reports(db_url: str, data_dir) -> list[tuple[dict, dict]]:
    engine = make_engine(db_url)
    try:
        with sessions(engine)() as session:
            events = decrypted_events(session, keys.private_key(data_dir, PASSPHRASE.encode()))
            held = hq_figures.load(session)
    finally:
        engine.dispose()
    targets = load_targets()
    days = sorted({e.local_date for e in events}) + ["2024-10-27"]  # and a day with nothing
    pairs = [(compute("daily", events, date=d), hq_figures.compute(held, "daily", targets, day=d)) for d in days]
    pairs += [(compute("monthly", events, month=m), hq_figures.compute(held, "monthly", targets, month=m))
              for m in sorted({d[:7] for d in days})]
    # the dashboard's first page: the completion report's figures and sessions, progress as of a day
    whole, as_of, figure_keys = compute("completion", events), days[len(days) // 2], set(figures([]))
    pairs.append(({"sessions": whole["sessions"], **{k: whole[k] for k in figure_keys},
                   "progress": domain_progress(events, targets, as_of)}, hq_figures.overview(held, targets, as_of)))
    pairs += [({k: v for k, v in compute("monthly", events, month=m).items() if k in figure_keys},
               hq_figures.month_figures(held, m)) for m in sorted({d[:7] for d in days})]
    pairs.append((compute("completion", events), hq_figures.compute(held, "completion", targets)))  # the last
    return pairs


def test_aggregates_kept_at_ingest_equal_the_domains_reports_and_a_rebuild(hq):
    _send_in_random_batches(hq, random.Random(11), devices=3, days=10)
    engine = make_engine(hq.db_url)
    try:
        with sessions(engine)() as session:
            assert pending(session) == 0  # serve holds the key: every batch was counted as it arrived
    finally:
        engine.dispose()
    pairs = _domain_and_hq_reports(hq.db_url, hq.data_dir)
    for domain, held in pairs:
        assert held == domain
    engine = make_engine(hq.db_url)
    try:
        with sessions(engine)() as session:
            events = decrypted_events(session, keys.private_key(hq.data_dir, PASSPHRASE.encode()))
            assert submitted_days(session) == domain_submitted(events) != set()  # the kiosks' hand-ins
    finally:
        engine.dispose()
    assert sum(d["applications"]["total"] for d, _ in pairs[:-4]) > 50  # the data is not trivially empty
    rebuilt = hq.cli("aggregates", "rebuild", "--db", hq.db_url)
    assert "identical" in rebuilt.stdout

    engine = make_engine(hq.db_url)  # an aggregate altered behind HQ's back: rebuild says so and repairs it
    try:
        with engine.begin() as conn:
            conn.execute(update(DayFigures).where(DayFigures.day == "2024-10-28", DayFigures.device_id == "kiosk-1")
                         .values(figures=json.dumps(figures([]))))
    finally:
        engine.dispose()
    differ = hq.cli("aggregates", "rebuild", "--db", hq.db_url, check=False)
    assert differ.returncode == 1 and "kiosk-1 2024-10-28" in differ.stderr
    assert hq.cli("aggregates", "rebuild", "--db", hq.db_url).returncode == 0


@pytest.mark.parametrize("hq_db_url", ["sqlite"], indirect=True)
def test_records_received_while_the_key_was_locked_are_counted_before_a_report(hq):
    sealer = enrolled(hq, "kiosk-L")
    for e in booth_days(random.Random(3), 0, 3):
        sealer.seal(e)
    hq.stop()
    engine = make_engine(hq.db_url)  # ingest as a serve without the passphrase does it: stored, not counted
    try:
        wrapped = wrap_data_key(sealer.hq_public_key, sealer.data_key)
        key_sig = sign_wrapped_key(sealer.signing_key, "kiosk-L", wrapped)
        Ingestor(sessions(engine)).ingest("kiosk-L", wrapped, sealer.records, "test", key_sig)
    finally:
        engine.dispose()
    secret = hq.data_dir / "passphrase"  # as a systemd credential hands it over (docs/deploy.md)
    secret.write_text(PASSPHRASE + "\n")
    env = {k: v for k, v in hq_env().items() if k != "KIOSK_HQ_PASSPHRASE"} | {"KIOSK_HQ_PASSPHRASE_FILE": str(secret)}
    out = subprocess.run([*hq.command, "--data-dir", str(hq.data_dir), "report", "completion", "--format", "json",
                          "--db", hq.db_url], env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                         check=True, timeout=120).stdout
    report = json.loads(out)
    assert report == json.loads(json.dumps(_domain_and_hq_reports(hq.db_url, hq.data_dir)[-1][0]))
    assert report["applications"]["total"] > 0


def test_an_hq_from_before_day_totals_is_upgraded_with_its_days_added_up(tmp_path):
    """Migration 0005 on a database that already holds device-days: each day's total is their sum,
    so the first page after the upgrade shows the same figures as before it."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import insert, select

    from sync.hq.db import MIGRATIONS, migrate
    from sync.hq.models import DayTotal, Device

    engine = make_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0004")
        rnd = random.Random(5)
        per_device = {f"kiosk-{k}": booth_days(rnd, k, 6) for k in range(3)}
        with engine.begin() as conn:
            for device_id, events in per_device.items():
                conn.execute(insert(Device).values(id=device_id, booth="B", public_key=b"k" * 32,
                                                   enrolled_at=datetime.now(JST), last_seq=0, aggregated_seq=0))
                for day in {e.local_date for e in events}:
                    conn.execute(insert(DayFigures).values(device_id=device_id, day=day, figures=json.dumps(
                        figures([e for e in events if e.local_date == day]))))
        migrate(engine)
        with engine.connect() as conn:
            totals = {d: json.loads(f) for d, f in conn.execute(select(DayTotal.day, DayTotal.figures))}
        every = [e for events in per_device.values() for e in events]
        assert totals == {d: figures([e for e in every if e.local_date == d]) for d in {e.local_date for e in every}}
        assert len(totals) > 6  # the devices' days overlap only in part
    finally:
        engine.dispose()
