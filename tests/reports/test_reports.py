"""Reports from a day built through the real store, checked against counts made here independently."""

import json
import random
import subprocess
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest
from openpyxl import load_workbook

from kiosk.booth import Booth
from kiosk.domain.age import AGE_BAND_LABELS_JA, AGE_BANDS
from kiosk.domain.events import make_event
from kiosk.domain.report import (
    Targets,
    completion_report,
    daily_report,
    due_date,
    monthly_report,
    reports_due,
)
from kiosk.reports.config import is_japanese_holiday, load_targets
from kiosk.reports.render import write
from kiosk.store.encrypted import open_event_log
from tests.store.conftest import PASSPHRASE, kiosk_cli

JST = timezone(timedelta(hours=9))


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=37)
        return self.now


def new_expected(day):
    """The daily report's contract items, counted here as the test drives the booth."""
    return {"date": day, "sessions": [], "visitors": 0,
            "applications": {"total": 0, "paper": 0, "online": 0, "by_age_band": {}},
            "insurance_link": 0, "public_funds_account": 0, "smartphone_consult": 0,
            "survey": {"responses": 0, "by_age_band": {}}, "other": {}}


def run_day(booth: Booth, clock: Clock, rng: random.Random, venue: str, large: bool, exp: dict) -> None:
    session = booth.open_session(venue, "仙台市", "support", large)
    for _ in range(rng.randint(15, 30)):
        booth.receive_visitor([])
        exp["visitors"] += 1
        booth.call_next()
        band = rng.choice(AGE_BANDS)
        booth.set_age_band(band)
        route = rng.choice(["paper", "online", None])
        if route:
            booth.complete_step("paper_application" if route == "paper" else "online_application")
            apps = exp["applications"]
            apps["total"] += 1
            apps[route] += 1
            apps["by_age_band"].setdefault(band, {"paper": 0, "online": 0})[route] += 1
        for step, share in (("insurance_link", 0.4), ("public_funds_account", 0.3), ("smartphone_consult", 0.15)):
            if rng.random() < share:
                booth.complete_step(step, outcome=rng.choice(["done", "pin_locked"]))
                exp[step] += 1
        if rng.random() < 0.5:
            answers = {"heard": rng.choice(["flyer", "newspaper", "friend"]),
                       "want": rng.sample(["insurance", "public_funds", "konbini", "etax"], rng.randint(1, 3))}
            if rng.random() < 0.7:
                answers["satisfaction"] = rng.choice(["very_good", "good"])
            extra = {"free_text": "SECRET-COMMENT-42"} if rng.random() < 0.5 else {}
            booth.complete_step("survey", answers=answers, **extra)
            exp["survey"]["responses"] += 1
            questions = exp["survey"]["by_age_band"].setdefault(band, {})
            for qid, answer in answers.items():
                for choice in answer if isinstance(answer, list) else [answer]:
                    questions.setdefault(qid, {}).setdefault(choice, 0)
                    questions[qid][choice] += 1
        if rng.random() < 0.25:
            category = rng.choice(["copy", "inquiry"])
            booth.complete_step("other", category=category)
            exp["other"][category] = exp["other"].get(category, 0) + 1
        booth.end_journey()
    booth.close_session()
    exp["sessions"].append({"session": session.session, "venue": venue, "municipality": "仙台市", "kind": "support",
                            "large_venue": large, "start": session.opened_at.astimezone(JST).isoformat(),
                            "end": clock.now.astimezone(JST).isoformat()})


def many_sessions(n):
    """n support sessions on consecutive days from 2024-07-01, 10 visitors and 8 applications each."""
    events = []
    for i in range(n):
        day = date(2024, 7, 1) + timedelta(days=i)
        at = datetime(day.year, day.month, day.day, 9, tzinfo=JST)
        sid = f"S{i}"
        events.append(make_event("session_open", sid, at, venue=f"会場{i}", municipality="仙台市", kind="support",
                                 large_venue=i % 3 == 0))
        for k in range(10):
            events.append(make_event("visitor", sid, at + timedelta(minutes=k)))
        for k in range(8):
            events.append(make_event("application", sid, at + timedelta(minutes=k), route=("paper", "online")[k % 2],
                                     age_band=AGE_BANDS[k]))
        events.append(make_event("session_close", sid, at + timedelta(hours=6)))
    return events


@pytest.fixture
def two_days(data_dir):
    """Two session days recorded through the booth into the real encrypted store, read back from it."""
    log = open_event_log(data_dir, PASSPHRASE, create=True)
    rng = random.Random(7)
    expected = {}
    for day, venue, large in (("2024-10-05", "県庁", True), ("2024-10-07", "イオン", False)):
        clock = Clock(datetime.fromisoformat(f"{day}T09:00:00+09:00"))
        expected[day] = new_expected(day)
        run_day(Booth(log, "miyagi-1", clock=clock), clock, rng, venue, large, expected[day])
    log.close()
    reopened = open_event_log(data_dir, PASSPHRASE)
    events = [e for _, e in reopened.events()]
    reopened.close()
    return events, expected


def test_daily_report_matches_independent_counts(two_days):
    events, expected = two_days
    for day, exp in expected.items():
        r = daily_report(events, day)
        for key, value in exp.items():
            if key == "sessions":
                assert [{k: s[k] for k in value[0]} for s in r["sessions"]] == value
                assert r["sessions"][0]["hours"] > 0
            elif key == "survey":
                assert {k: r["survey"][k] for k in value} == value
            else:
                assert r[key] == value, key
        assert exp["survey"]["responses"] > 0 and exp["other"] and exp["smartphone_consult"] > 0
        assert r["survey"]["comments"] == sum(1 for e in events if e.local_date == day and e.type == "survey"
                                              and e.data.get("free_text"))
        assert "SECRET-COMMENT" not in json.dumps(r, ensure_ascii=False)


def figures(report, prefix=()):
    """Every count in a report section, by its path (sessions and per-day lists left out)."""
    for key, value in report.items():
        if key in ("sessions", "days", "months", "progress", "session_counts", "date", "from", "to", "kind", "month"):
            continue
        if isinstance(value, dict):
            yield from figures(value, (*prefix, key))
        else:
            yield (*prefix, key), value


def test_monthly_and_completion_sum_the_dailies(two_days):
    events, _ = two_days
    targets = Targets(start="2024-06-01")
    month = monthly_report(events, "2024-10", targets)
    dailies = [daily_report(events, d) for d in ("2024-10-05", "2024-10-07")]
    summed = Counter()
    for d in dailies:
        summed.update(dict(figures(d)))
    assert dict(figures(month)) == dict(summed)
    assert [d["date"] for d in month["days"]] == ["2024-10-05", "2024-10-07"]
    assert month["sessions"] == [s for d in dailies for s in d["sessions"]]
    progress = month["progress"]["targets"]
    assert progress["booth_sessions"]["done"] == 2 and progress["large_venue_sessions"]["done"] == 1
    assert progress["applications"]["done"] == month["applications"]["total"]
    # 2,000 applications, 61 days from 31 Oct to 31 Dec: the pace per week still needed
    assert progress["applications"]["needed_per_week"] == round((2000 - month["applications"]["total"]) / (61 / 7), 2)
    done = completion_report(events, targets)
    assert dict(figures(done)) == dict(figures(month)) and done["session_counts"]["booth_sessions"] == 2
    assert [m["month"] for m in done["months"]] == ["2024-10"]
    assert dict(figures(done["months"][0])) == dict(figures(month))


def test_due_dates_skip_weekends_and_holidays():
    # Fri 2024-10-11 → Mon 14 is スポーツの日 → due Thu 17
    assert due_date("2024-10-11", is_japanese_holiday) == "2024-10-17"
    assert due_date("2024-10-07", is_japanese_holiday) == "2024-10-10"
    assert is_japanese_holiday(date(2024, 11, 4))  # 振替休日


def test_reports_due_and_late(two_days):
    events, _ = two_days
    rows = reports_due(events, "2024-10-10", submitted={"2024-10-05"}, is_holiday=is_japanese_holiday)
    # Sat 5 Oct → due Wed 9 Oct; Mon 7 Oct → due Thu 10 Oct
    assert rows == [{"date": "2024-10-05", "due": "2024-10-09", "state": "submitted"},
                    {"date": "2024-10-07", "due": "2024-10-10", "state": "due"}]
    late = reports_due(events, "2024-10-11", submitted=set(), is_holiday=is_japanese_holiday)
    assert [r["state"] for r in late] == ["late", "late"]


def test_targets_come_from_configuration():
    t = load_targets()
    assert (t.booth_sessions, t.large_venue_sessions, t.applications, t.smartphone_sessions) == (55, 15, 2000, 15)
    assert t.contract_end == "2025-03-07"


def test_xlsx_reads_back_with_the_figures(two_days, tmp_path):
    events, expected = two_days
    exp = expected["2024-10-05"]
    r = daily_report(events, "2024-10-05")
    out = tmp_path / "daily.xlsx"
    write(r, "daily", "xlsx", out)
    wb = load_workbook(out)
    assert {"概要", "開催", "申請（年代別）", "保険証・公金口座（年代別）", "アンケート（年代別）", "その他対応"} <= set(wb.sheetnames)
    summary = {row[0]: row[1] for row in wb["概要"].iter_rows(min_row=2, values_only=True)}
    assert summary["動員数（来場者）"] == exp["visitors"]
    assert summary["カード申請 合計"] == exp["applications"]["total"]
    assert summary["健康保険証利用登録 補助"] == exp["insurance_link"]
    assert summary["スマホ相談"] == exp["smartphone_consult"]
    assert wb["開催"]["C2"].value == "県庁" and wb["開催"]["F2"].value == "○"
    by_band = {row[0]: row[1:] for row in wb["申請（年代別）"].iter_rows(min_row=2, values_only=True)}
    for band, routes in exp["applications"]["by_age_band"].items():
        assert by_band[AGE_BAND_LABELS_JA[band]] == (routes["paper"], routes["online"], routes["paper"] + routes["online"])
    assert by_band["計"][2] == exp["applications"]["total"]
    # survey: one table per question, choices in Japanese, age bands across, a total column
    rows = list(wb["アンケート（年代別）"].iter_rows(values_only=True))
    header = next(row for row in rows if row[0] == "このブースを何で知りましたか？")
    flyer = next(row for row in rows if row[0] == "チラシ・ポスター")
    want_flyer = sum(q.get("heard", {}).get("flyer", 0) for q in exp["survey"]["by_age_band"].values())
    assert flyer[-1] == want_flyer and header[-1] == "計"
    for band, questions in exp["survey"]["by_age_band"].items():
        assert flyer[header.index(AGE_BAND_LABELS_JA[band])] == questions.get("heard", {}).get("flyer", 0)
    others = {row[2]: row[1] for row in wb["その他対応"].iter_rows(min_row=2, values_only=True)}
    assert others == exp["other"]
    assert wb["その他対応"]["A2"].value in ("コピー", "一般的な問合せ")
    cells = " ".join(str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row)
    assert "SECRET-COMMENT" not in cells


def pdf_text(path):
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


def first_page_png(pdf, tmp_path):
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    from PIL import Image

    return Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")


def test_pdf_has_japanese_text_charts_and_an_embedded_font(two_days, tmp_path):
    events, expected = two_days
    out = tmp_path / "monthly.pdf"
    report = monthly_report(events, "2024-10", Targets())
    write(report, "monthly", "pdf", out)
    text = pdf_text(out)
    for heading in ("月次報告書", "年代別 カード申請", "年代別 アンケート回答", "このブースを何で知りましたか?",
                    "目標達成状況", "その他対応", "日別", "県庁", "チラシ・ポスター", "コピー"):
        assert heading in text, heading
    assert "SECRET-COMMENT" not in text
    visitors = sum(e["visitors"] for e in expected.values())
    assert any(line.split()[:2] == ["動員数(来場者)", str(visitors)] for line in text.splitlines())
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all(r[-5] == "yes" for r in rows)  # every font embedded
    assert any("IPAexGothic" in r[0] for r in rows)
    img = first_page_png(out, tmp_path)
    colours = img.getcolors(1 << 16)
    assert img.convert("L").getextrema()[0] < 100  # not blank
    # the bar charts are drawn: the paper (blue) and online (orange) bars are on page 1
    assert any(abs(r - 0x1F) < 12 and abs(g - 0x3A) < 12 and abs(b - 0x93) < 12 and n > 200 for n, (r, g, b) in colours)
    assert any(abs(r - 0xE8) < 12 and abs(g - 0xA3) < 12 and abs(b - 0x3D) < 12 and n > 200 for n, (r, g, b) in colours)


def test_a_long_completion_pdf_and_xlsx(tmp_path):
    """A whole contract's worth of sessions: many pages, every month listed, figures agree."""
    events = many_sessions(60)
    targets = load_targets()
    report = completion_report(events, targets)
    write(report, "completion", "pdf", tmp_path / "c.pdf")
    write(report, "completion", "xlsx", tmp_path / "c.xlsx")
    text = pdf_text(tmp_path / "c.pdf")
    assert "委託業務完了報告書" in text and "月別" in text
    assert all(m["month"] in text for m in report["months"])
    pages = subprocess.run(["pdfinfo", str(tmp_path / "c.pdf")], capture_output=True, text=True, check=True).stdout
    assert int(next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:"))) >= 3
    wb = load_workbook(tmp_path / "c.xlsx")
    months = list(wb["月別"].iter_rows(min_row=2, values_only=True))
    assert months[-1][0] == "計" and months[-1][4] == report["visitors"] == 60 * 10
    progress = {row[0]: row for row in wb["目標達成状況"].iter_rows(min_row=2, values_only=True) if row and row[0]}
    assert progress["申請サポート 開催回数"][1:3] == (report["progress"]["targets"]["booth_sessions"]["done"], 55)


def test_report_command_reads_the_store(data_dir, tmp_path):
    lines = [
        {"type": "session_open", "at": "2024-10-05T08:30:00+09:00", "session": "S1", "venue": "県庁",
         "municipality": "仙台市", "kind": "support", "large_venue": True},
        {"type": "application", "at": "2024-10-05T09:10:00+09:00", "session": "S1", "route": "online", "age_band": "60-69"},
    ]
    f = tmp_path / "x.jsonl"
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    assert kiosk_cli(data_dir, "events", "import", str(f)).returncode == 0
    out = kiosk_cli(data_dir, "report", "daily", "--date", "2024-10-05", "--format", "json")
    report = json.loads(out.stdout)
    assert report["applications"] == {"total": 1, "paper": 0, "online": 1, "by_age_band": {"60-69": {"paper": 0, "online": 1}}}
    assert kiosk_cli(data_dir, "report", "monthly", "--month", "2024-10", "--format", "xlsx", "--out",
                     str(tmp_path / "m.xlsx")).returncode == 0
    missing = kiosk_cli(data_dir, "report", "daily", "--format", "json")
    assert missing.returncode == 2 and "--date" in missing.stderr


def test_report_command_checks_its_period_before_the_passphrase(data_dir, tmp_path):
    bad = kiosk_cli(data_dir, "report", "daily", "--date", "2024-13-01", passphrase=None)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    bad = kiosk_cli(data_dir, "report", "monthly", "--month", "2024/10", passphrase=None)
    assert bad.returncode == 2 and "YYYY-MM" in bad.stderr
    no_out = kiosk_cli(data_dir, "report", "completion", "--format", "pdf", passphrase=None)
    assert no_out.returncode == 2 and "--out" in no_out.stderr
    assert not list(data_dir.iterdir())  # nothing was created


def test_report_command_writes_a_pdf_from_the_store(data_dir, tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text("\n".join(e.to_json() for e in many_sessions(3)), encoding="utf-8")
    assert kiosk_cli(data_dir, "events", "import", str(f)).returncode == 0
    out = tmp_path / "d.pdf"
    done = kiosk_cli(data_dir, "report", "daily", "--date", "2024-07-02", "--format", "pdf", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "日次報告書" in text and "2024-07-02" in text and "会場1" in text and "会場0" not in text
    assert first_page_png(out, tmp_path).convert("L").getextrema()[0] < 100


def test_due_dates_with_a_fixed_calendar():
    # the domain takes any holiday predicate: a made-up holiday on Tuesday moves the due date
    made_up = {date(2024, 10, 8)}
    assert due_date("2024-10-04", lambda d: d in made_up) == "2024-10-10"  # Fri → Mon, (Tue off), Wed, Thu
    assert due_date("2024-10-04", lambda d: False) == "2024-10-09"
    # year end: 2024-12-27 (Fri) → 30, 31 are not holidays in the law; 1-3 Jan: 1 Jan is 元日
    assert due_date("2024-12-27", is_japanese_holiday) == "2025-01-02"
