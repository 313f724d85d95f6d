"""The live booth board: one row per booth for today — last contact, open session, today's visitors
and applications against the day's plan (its expected visitors, when staff entered them), the wait
a newcomer has at the booth, sync backlog, printer and camera, late daily reports.
From the booths' signed statuses (wire/status.py), the records' arrival times, the plans and HQ's
aggregates; no decryption. The page reloads itself (meta refresh), so it needs no script."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime
from html import escape
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.events import JST
from kiosk.domain.report_due import HolidayPredicate, reports_due_for_days
from sync.hq.dashboard.page import _doc
from sync.hq.models import Device, DeviceSession, DeviceStatus, Plan, Record

STALE_MINUTES = 10  # a heartbeat comes every 3 minutes while a booth is online
STATE_JA = {"ok": "正常", "unknown": "不明", "none": "なし", "demo": "デモ映像"}


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo else t.replace(tzinfo=UTC)  # SQLite gives back naive UTC times


def board_rows(session: Session, now: datetime, submitted: set[str], is_holiday: HolidayPredicate
               ) -> tuple[list[dict[str, Any]], list[str]]:
    """A row per enrolled booth, and today's planned venues no enrolled booth is assigned to."""
    today = now.astimezone(JST).date().isoformat()
    statuses = {r.device_id: r for r in session.scalars(select(DeviceStatus))}
    last_record = dict(session.execute(  # the newest record of each device by its key (no scan of records)
        select(Device.id, Record.received_at).join(Record, (Record.device_id == Device.id)
                                                   & (Record.seq == Device.last_seq))).all())
    days: dict[str, set[str]] = defaultdict(set)
    for device_id, opened in session.execute(select(DeviceSession.device_id, DeviceSession.opened_at)):
        days[device_id].add(datetime.fromisoformat(opened).astimezone(JST).date().isoformat())
    plans: dict[str, list[Plan]] = defaultdict(list)
    for plan in session.scalars(select(Plan).where(Plan.date == today).order_by(Plan.id)):
        plans[plan.booth].append(plan)
    rows = []
    for device in session.scalars(select(Device).order_by(Device.booth, Device.id)):
        st = statuses.get(device.id)
        status = json.loads(st.status) if st else {}
        contacts = [_aware(t) for t in (st.received_at if st else None, last_record.get(device.id)) if t]
        last = max(contacts) if contacts else None
        minutes = int((now - last).total_seconds() // 60) if last else None
        late = [r["date"] for r in reports_due_for_days(days[device.id], today, submitted, is_holiday)
                if r["state"] == "late"]
        rows.append({
            "device": device.id, "booth": device.booth,
            "last_contact": last.astimezone(JST).strftime("%H:%M") if last and last.astimezone(JST).date().isoformat() == today
            else (last.astimezone(JST).strftime("%m-%d %H:%M") if last else None),
            "minutes_ago": minutes, "stale": minutes is None or minutes >= STALE_MINUTES,
            "session": status.get("session"), "visitors": status.get("visitors"),
            "applications": status.get("applications"), "backlog": status.get("backlog"),
            "printer": status.get("printer"), "camera": status.get("camera"),
            "wait_minutes": status.get("wait_minutes"),
            "plan": [p.venue for p in plans.get(device.booth, [])],
            "expected": _expected(plans.get(device.booth, [])),
            "late_reports": late,
        })
    booths = {r["booth"] for r in rows}
    return rows, [p.venue for booth, ps in plans.items() if booth not in booths for p in ps]


def _expected(plans: list[Plan]) -> int | None:
    """The day's expected visitors: the sum over the booth's plans that have a figure; None when none
    has (a 100-person venue without a figure entered says nothing about how many will come)."""
    figures = [p.expected_visitors for p in plans if p.expected_visitors is not None]
    return sum(figures) if figures else None


def _wait(minutes: int | None) -> str:
    if minutes is None:  # fewer than three journeys finished today, or an older kiosk
        return "—"
    return "待ちなし" if minutes == 0 else f"約{minutes}分"


# short cells never wrap (a wait of 約15分 on three lines is hard to read across a room); a long printer
# message wraps within its own width instead
BOARD_STYLE = ("<style>#board th,#board td.contact,#board td.figures,#board td.wait,#board td.backlog,"
               "#board td.camera{white-space:nowrap}#board td.printer{max-width:16em;font-size:14px}"
               "main{max-width:none}</style>")


def _cell(cls: str, text: str, alert: bool = False) -> str:
    return f'<td class="l {cls}{" late" if alert else ""}">{escape(text)}</td>'


def board_page(user: str, now: datetime, rows: list[dict[str, Any]], unplaced: list[str], refresh: int) -> str:
    body = []
    for r in rows:
        contact = "未接続" if r["last_contact"] is None else f'{r["last_contact"]}（{r["minutes_ago"]}分前）'
        s = r["session"]
        session = (f'{s["venue"]}（{datetime.fromisoformat(s["opened_at"]).astimezone(JST).strftime("%H:%M")}〜）'
                   if s else "—")
        figures = "—" if r["visitors"] is None else f'{r["visitors"]} / {r["applications"]}'
        if r["expected"] is not None:
            figures += f'（見込み {r["expected"]}）'
        plan = "・".join(r["plan"]) or "予定なし"
        printer = STATE_JA.get(r["printer"], r["printer"]) if r["printer"] else "—"
        camera = STATE_JA.get(r["camera"], r["camera"]) if r["camera"] else "—"
        late = f'{len(r["late_reports"])}件（{", ".join(r["late_reports"][:3])}）' if r["late_reports"] else "0"
        body.append(
            f'<tr id="booth-{escape(r["device"])}" class="{"stale" if r["stale"] else "live"}">'
            f'<td class="l booth">{escape(r["booth"])}<br><small>{escape(r["device"])}</small></td>'
            + _cell("contact", contact, r["stale"]) + _cell("session", session) + _cell("figures", figures)
            + _cell("wait", _wait(r["wait_minutes"])) + _cell("plan", plan) + _cell("backlog", "—" if r["backlog"] is None else str(r["backlog"]), bool(r["backlog"]))
            + _cell("printer", printer, r["printer"] not in (None, "ok", "unknown"))
            + _cell("camera", camera, r["camera"] == "none")
            + _cell("overdue", late, bool(r["late_reports"])) + "</tr>")
    extra = (f'<p id="unplaced">ブース未割当の予定: {escape("・".join(unplaced))}</p>' if unplaced else "")
    table = ('<table id="board"><tr><th class="l">ブース</th><th class="l">最終接続</th><th class="l">開催中</th>'
             '<th class="l">来場者 / 申請（本日）</th><th class="l">待ち時間</th><th class="l">本日の予定</th><th class="l">未送信</th>'
             '<th class="l">プリンター</th><th class="l">カメラ</th><th class="l">日次報告 期限超過</th></tr>'
             + "".join(body) + "</table>")
    head = (f'<meta http-equiv="refresh" content="{refresh}">{BOARD_STYLE}'
            f'<p><a href="/dashboard">進捗ダッシュボード</a>　<a href="/dashboard/plans">開催予定</a>　'
            f'{now.astimezone(JST).strftime("%Y-%m-%d %H:%M")} 更新（{refresh}秒ごとに自動更新）</p>')
    return _doc("ブースの状況（本日）", head + f"<section>{table}{extra}</section>", user)
