"""Planned sessions entered by staff in the dashboard, with a log of who added, changed or removed
what (plan_changes). They replace the hand-edited plan.json, which is read in once if present."""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.events import SESSION_KINDS
from kiosk.domain.report import ReportPeriodError, check_day
from kiosk.reports.labels import KIND_JA
from sync.hq.dashboard.page import _doc
from sync.hq.models import Plan, PlanChange

FIELDS = ("date", "venue", "municipality", "kind", "large_venue", "booth", "expected_visitors")
LEGACY_FILE = "plan.json"
EXPECTED_MAX = 100_000


class PlanError(ValueError):
    """Input a plan cannot take; the message is Japanese with English."""


def as_dict(plan: Plan) -> dict[str, Any]:
    return {k: getattr(plan, k) for k in FIELDS}


def parse_form(form: dict[str, list[str]]) -> dict[str, Any]:
    def text(key: str, limit: int, required: bool = True) -> str:
        value = form.get(key, [""])[0].strip()
        if required and not value:
            raise PlanError(f"{_LABEL[key]}を入力してください / {key} is required")
        if len(value) > limit:
            raise PlanError(f"{_LABEL[key]}は{limit}文字までです / {key} is longer than {limit} characters")
        return value

    try:
        day = check_day(text("date", 10))
    except ReportPeriodError:
        raise PlanError("日付は YYYY-MM-DD で入力してください / the date must be YYYY-MM-DD") from None
    kind = form.get("kind", [""])[0]
    if kind not in SESSION_KINDS:
        raise PlanError(f"種別が正しくありません / kind must be one of {', '.join(SESSION_KINDS)}")
    return {"date": day, "venue": text("venue", 200), "municipality": text("municipality", 100), "kind": kind,
            "large_venue": form.get("large_venue", [""])[0] in ("on", "1", "true"),
            "booth": text("booth", 200, required=False), "expected_visitors": _expected(form)}


def _expected(form: dict[str, list[str]]) -> int | None:
    """来場者見込み: optional; None when left empty (never guessed from the venue's size). NFKC so that
    full-width digits typed with a Japanese input method count, and a thousands comma is allowed."""
    raw = unicodedata.normalize("NFKC", form.get("expected_visitors", [""])[0]).strip().replace(",", "")
    if not raw:
        return None
    # the length first: int() of thousands of digits would raise rather than say so
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 6 or int(raw) > EXPECTED_MAX:
        raise PlanError(f"来場者見込みは 0〜{EXPECTED_MAX} の整数で入力してください（空欄可） / "
                        f"expected visitors must be a whole number from 0 to {EXPECTED_MAX}, or left empty")
    return int(raw)


_LABEL = {"date": "日付", "venue": "会場", "municipality": "市町村", "booth": "ブース"}


def _log(session: Session, staff: str, action: str, plan_id: int, before: dict | None, after: dict | None) -> None:
    session.add(PlanChange(at=datetime.now(UTC), staff=staff, action=action, plan_id=plan_id,
                           before=json.dumps(before, ensure_ascii=False) if before else None,
                           after=json.dumps(after, ensure_ascii=False) if after else None))


def add(session: Session, staff: str, values: dict[str, Any]) -> Plan:
    plan = Plan(**values)
    session.add(plan)
    session.flush()
    _log(session, staff, "add", plan.id, None, values)
    return plan


def _plan(session: Session, plan_id: int) -> Plan | None:
    return session.get(Plan, plan_id, with_for_update=True) if 0 < plan_id < 2**31 else None  # an INTEGER key


def edit(session: Session, staff: str, plan_id: int, values: dict[str, Any]) -> None:
    plan = _plan(session, plan_id)
    if plan is None:
        raise PlanError("その予定はもうありません / that plan no longer exists")
    before = as_dict(plan)
    if before == values:
        return
    for k, v in values.items():
        setattr(plan, k, v)
    _log(session, staff, "edit", plan_id, before, values)


def delete(session: Session, staff: str, plan_id: int) -> None:
    plan = _plan(session, plan_id)
    if plan is None:
        raise PlanError("その予定はもうありません / that plan no longer exists")
    _log(session, staff, "delete", plan_id, as_dict(plan), None)
    session.delete(plan)


def planned(session: Session) -> list[dict[str, Any]]:
    return [as_dict(p) for p in session.scalars(select(Plan).order_by(Plan.date, Plan.id))]


def import_legacy(session: Session, data_dir: Path) -> int:
    """plan.json's entries, once, into an empty plans table (logged as added by "plan.json")."""
    path = data_dir / LEGACY_FILE
    if not path.exists() or session.scalar(select(func.count()).select_from(Plan)):
        return 0
    entries = json.loads(path.read_text(encoding="utf-8"))
    for e in entries:
        add(session, LEGACY_FILE, {"date": e["date"], "venue": e["venue"], "municipality": e.get("municipality", ""),
                                   "kind": e.get("kind", "support"), "large_venue": bool(e.get("large_venue")),
                                   "booth": e.get("booth", "")})
    session.commit()
    return len(entries)


def _kind_select(current: str, form: str) -> str:
    options = "".join(f'<option value="{k}"{" selected" if k == current else ""}>{escape(KIND_JA.get(k, k))}</option>'
                      for k in SESSION_KINDS)
    return f'<select name="kind" form="{form}">{options}</select>'


def _inputs(values: dict[str, Any], form: str) -> str:
    """One plan's cells; the inputs belong to `form` (a form may not wrap table cells)."""
    def box(name: str, size: int, hint: str = "", extra: str = "") -> str:
        value = values.get(name)
        return (f'<td><input name="{name}" form="{form}" value="{escape("" if value is None else str(value))}" '
                f'size="{size}"{f" placeholder={chr(34)}{hint}{chr(34)}" if hint else ""}{extra}></td>')

    return (box("date", 10, "YYYY-MM-DD") + box("venue", 24) + box("municipality", 10)
            + f'<td>{_kind_select(values.get("kind", "support"), form)}</td>'
            + f'<td><input type="checkbox" name="large_venue" form="{form}"{" checked" if values.get("large_venue") else ""}>'
            + "</td>" + box("booth", 12)
            + box("expected_visitors", 6, "任意", ' inputmode="numeric" title="来場者見込み / expected visitors"'))


def plans_page(user: str, session: Session, error: str = "", entered: dict[str, Any] | None = None) -> str:
    rows = []
    for p in session.scalars(select(Plan).order_by(Plan.date, Plan.id)):
        rows.append(f'<tr id="plan-{p.id}">{_inputs(as_dict(p), f"edit-{p.id}")}<td class="l">'
                    f'<form id="edit-{p.id}" method="post" action="/dashboard/plans/{p.id}" style="display:inline">'
                    f'<button class="save">保存</button></form> '
                    f'<form method="post" action="/dashboard/plans/{p.id}/delete" style="display:inline">'
                    f'<button class="delete">削除</button></form></td></tr>')
    rows.append(f'<tr id="plan-new">{_inputs(entered or {}, "add")}<td class="l"><form id="add" method="post" '
                f'action="/dashboard/plans"><button id="add-plan">追加</button></form></td></tr>')
    head = ('<tr><th class="l">日付</th><th class="l">会場</th><th class="l">市町村</th><th class="l">種別</th>'
            '<th>100人規模</th><th class="l">ブース</th><th class="l">来場者見込み<br><small>expected visitors</small></th>'
            '<th></th></tr>')
    log_rows = [[c.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if c.at.tzinfo else c.at.strftime("%Y-%m-%d %H:%M UTC"),
                 c.staff, {"add": "追加", "edit": "変更", "delete": "削除"}[c.action], c.plan_id,
                 _describe(c.before), _describe(c.after)]
                for c in session.scalars(select(PlanChange).order_by(PlanChange.id.desc()).limit(100))]
    log_html = "".join("<tr>" + "".join(f'<td class="l">{escape(str(v))}</td>' for v in r) + "</tr>" for r in log_rows)
    err = f'<p class="late" id="error">{escape(error)}</p>' if error else ""
    return _doc("開催予定", f'<p><a href="/dashboard">進捗ダッシュボード</a>　<a href="/dashboard/board">ブースの状況</a></p>'
                f'<section><h2>開催予定（入力・変更）</h2>{err}<table id="plans">{head}{"".join(rows)}</table></section>'
                f'<section><h2>変更の記録</h2><table id="plan-log"><tr><th class="l">日時</th><th class="l">職員</th>'
                f'<th class="l">操作</th><th class="l">予定</th><th class="l">変更前</th><th class="l">変更後</th></tr>'
                f'{log_html}</table></section>', user)


def _describe(raw: str | None) -> str:
    if not raw:
        return ""
    v = json.loads(raw)
    size = "・100人規模" if v.get("large_venue") else ""
    booth = f"・{v['booth']}" if v.get("booth") else ""
    expected = f"・見込み{v['expected_visitors']}人" if v.get("expected_visitors") is not None else ""
    return (f'{v["date"]} {v["venue"]}（{v["municipality"]}・{KIND_JA.get(v["kind"], v["kind"])}{size}{booth}'
            f'{expected}）')
