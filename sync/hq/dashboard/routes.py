"""The dashboard's routes on HQ's FastAPI app. Figures come from HQ's aggregates (sync/hq/figures.py,
the domain's report code over per-device day figures); records not yet counted are counted first when
serve holds HQ's key, and the page says how many wait when it does not."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from html import escape
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlsplit

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import FastAPI, Request
from fastapi import Path as FastAPIPath
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.atomic import atomic_write
from kiosk.domain.events import JST
from kiosk.domain.report_due import reports_due_for_days
from kiosk.reports.config import is_japanese_holiday, load_targets
from kiosk.reports.render import ReportError, write
from sync.hq import figures as hq_figures
from sync.hq.aggregates import Aggregator, pending, submitted_days
from sync.hq.config import HQError
from sync.hq.dashboard import plans
from sync.hq.dashboard.board import board_page, board_rows
from sync.hq.dashboard.page import dashboard_page, login_page
from sync.hq.dashboard.staff import StaffAccounts
from sync.hq.dashboard.throttle import LoginThrottle
from sync.hq.figures import Held, load
from sync.hq.models import Device, Record

COOKIE = "hq_session"
SUBMITTED_FILE = "submitted.json"
STEMS = {"daily": re.compile(r"\d{4}-\d{2}-\d{2}"), "monthly": re.compile(r"\d{4}-\d{2}"),
         "completion": re.compile(r"all")}
MEDIA = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pdf": "application/pdf"}


def _json_file(path: Path, default: Any) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else default


PlanId = Annotated[int, FastAPIPath(ge=1, le=2**31 - 1)]  # larger overflows the database's integer: 422, not 500


def _same_origin(origin: str, request: Request) -> bool:
    parts = urlsplit(origin)
    # the host alone: behind a TLS proxy the scheme HQ sees is not the one the browser used
    return parts.netloc == request.headers.get("host", request.url.netloc)


def mount_dashboard(app: FastAPI, make_session: Callable[[], Session], data_dir: Path,
                    hq_key: X25519PrivateKey | None) -> None:
    staff = StaffAccounts(data_dir)
    throttle = LoginThrottle(make_session)  # in the database: one count for every worker process

    aggregator = Aggregator(hq_key) if hq_key is not None else None

    def held() -> tuple[Held, str]:
        """The aggregates, and what the page should say about records not counted in them."""
        note = ""
        if aggregator is not None:
            try:
                aggregator.catch_up(make_session)
            except HQError as exc:  # a record that does not decrypt: say so on the page, not a 500
                note = str(exc)
        with make_session() as session:
            waiting = pending(session)
            figures = load(session)
        if waiting and not note:
            note = (f"未集計の記録が {waiting} 件あります。KIOSK_HQ_PASSPHRASE を設定して serve を起動してください / "
                    f"{waiting} records are not counted yet: start `kiosk-hq serve` with KIOSK_HQ_PASSPHRASE")
        return figures, note

    def handed_in() -> set[str]:
        """One list of handed-in daily reports: the kiosks' marks (synced) and those made here."""
        with make_session() as session:
            return set(_json_file(data_dir / SUBMITTED_FILE, [])) | submitted_days(session)

    def user(request: Request) -> str | None:
        return staff.who(request.cookies.get(COOKIE))

    @app.middleware("http")
    async def same_origin_posts(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """A form posted from another site is refused (the cookie is SameSite=strict as well)."""
        if request.method not in ("GET", "HEAD", "OPTIONS") and request.url.path.startswith("/dashboard"):
            origin = request.headers.get("origin") or request.headers.get("referer")
            if origin and not _same_origin(origin, request):
                return Response("cross-site request refused", status_code=403)
        return await call_next(request)

    @app.get("/dashboard/login", response_class=HTMLResponse)
    def login_form() -> str:
        return login_page()

    @app.post("/dashboard/login", response_model=None)
    async def login(request: Request) -> Response:
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        name, password = form.get("name", [""])[0], form.get("password", [""])[0]
        client = request.client.host if request.client else "?"
        wait = await run_in_threadpool(throttle.begin, name, client)  # counted now, before the password is checked
        if wait:
            minutes = int(wait // 60) + 1
            return HTMLResponse(login_page(f"失敗が続いたため、{minutes}分ほど待ってからもう一度 / too many wrong "
                                           f"passwords: try again in about {minutes} min"), status_code=429)
        if not await run_in_threadpool(staff.check, name, password):  # scrypt: off the event loop
            return HTMLResponse(login_page("名前またはパスワードが違います / wrong name or password"), status_code=401)
        await run_in_threadpool(throttle.succeeded, name, client)
        response = RedirectResponse("/dashboard", status_code=303)
        response.set_cookie(COOKIE, staff.token(name), httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", max_age=8 * 3600)
        return response

    @app.post("/dashboard/logout")  # a POST: a link or image on another site cannot log anyone out
    def logout(request: Request) -> Response:
        staff.logout(request.cookies.get(COOKIE))  # a copied cookie must stop working too
        response = RedirectResponse("/dashboard/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    @app.get("/dashboard", response_model=None)
    def dashboard(request: Request, as_of: str | None = None) -> Response:
        who = user(request)
        if who is None:
            return RedirectResponse("/dashboard/login", status_code=303)
        today = datetime.now(JST).date().isoformat()
        if as_of:
            try:
                today = date.fromisoformat(as_of).isoformat()
            except ValueError:
                return HTMLResponse(f"as_of は日付（例 2026-11-20）です / as_of must be a date such as 2026-11-20: "
                                    f"{escape(as_of[:40])}", status_code=400)
        targets = load_targets()
        figures, error = held()
        figures = figures.until(today)
        completion = hq_figures.overview(figures, targets, today)
        # one list: the kiosks' 提出済み marks (report_submitted events, synced) and any marked here
        submitted = handed_in()
        due = reports_due_for_days({r["date"] for r in figures.sessions}, today, submitted, is_japanese_holiday)
        month_rows = []
        for m in sorted({d[:7] for d in figures.days}):
            monthly = hq_figures.month_figures(figures, m)
            month_rows.append({"month": m, "paper": monthly["applications"]["paper"],
                               "online": monthly["applications"]["online"], "visitors": monthly["visitors"],
                               "insurance_link": monthly["insurance_link"],
                               "public_funds_account": monthly["public_funds_account"]})
        with make_session() as session:
            rows = session.execute(  # a device's records are seq 1..last_seq: the last one by its key, no scan
                select(Device.id, Device.booth, Device.last_seq, Record.received_at)
                .outerjoin(Record, (Record.device_id == Device.id) & (Record.seq == Device.last_seq)).order_by(Device.id)
            ).all()
        kiosks = [{"device": d, "booth": b, "records": n,
                   "last_sync": t.astimezone(JST).strftime("%Y-%m-%d %H:%M") if t else None} for d, b, n, t in rows]
        with make_session() as session:
            planned = plans.planned(session)
        return HTMLResponse(dashboard_page(who, today, completion, planned, due, kiosks, month_rows, error))

    @app.get("/dashboard/board", response_model=None)
    def board(request: Request, refresh: int = 60) -> Response:
        who = user(request)
        if who is None:
            return RedirectResponse("/dashboard/login", status_code=303)
        now = datetime.now(UTC)
        submitted = handed_in()
        with make_session() as session:
            rows, unplaced = board_rows(session, now, submitted, is_japanese_holiday)
        return HTMLResponse(board_page(who, now, rows, unplaced, max(2, min(refresh, 600))))

    with make_session() as session:
        plans.import_legacy(session, data_dir)  # the hand-edited plan.json of earlier versions, once
        load(session)  # parse the aggregates now, not on the first page a person waits for

    @app.get("/dashboard/plans", response_model=None)
    def plan_list(request: Request) -> Response:
        who = user(request)
        if who is None:
            return RedirectResponse("/dashboard/login", status_code=303)
        with make_session() as session:
            return HTMLResponse(plans.plans_page(who, session))

    async def change_plans(request: Request, change: Callable[[Session, str, dict[str, list[str]]], None]) -> Response:
        who = user(request)
        if who is None:
            return RedirectResponse("/dashboard/login", status_code=303)
        form = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
        with make_session() as session:
            try:
                change(session, who, form)
                session.commit()
            except plans.PlanError as exc:  # nothing is changed; the page says what to fix
                session.rollback()
                entered = {k: v[0] for k, v in form.items()}
                entered["large_venue"] = form.get("large_venue", [""])[0] == "on"
                return HTMLResponse(plans.plans_page(who, session, str(exc), entered), status_code=400)
        return RedirectResponse("/dashboard/plans", status_code=303)

    @app.post("/dashboard/plans", response_model=None)
    async def plan_add(request: Request) -> Response:
        return await change_plans(request, lambda s, who, form: plans.add(s, who, plans.parse_form(form)) and None)

    @app.post("/dashboard/plans/{plan_id}", response_model=None)
    async def plan_edit(plan_id: PlanId, request: Request) -> Response:
        return await change_plans(request, lambda s, who, form: plans.edit(s, who, plan_id, plans.parse_form(form)))

    @app.post("/dashboard/plans/{plan_id}/delete", response_model=None)
    async def plan_delete(plan_id: PlanId, request: Request) -> Response:
        return await change_plans(request, lambda s, who, _form: plans.delete(s, who, plan_id))

    @app.post("/dashboard/reports/{day}/submitted", response_model=None)
    def mark_submitted(day: str, request: Request) -> Response:
        if user(request) is None:
            return RedirectResponse("/dashboard/login", status_code=303)
        try:
            day = date.fromisoformat(day).isoformat()
        except ValueError:
            return Response("not a date", status_code=400)
        done = set(_json_file(data_dir / SUBMITTED_FILE, []))
        done.add(day)
        atomic_write(data_dir / SUBMITTED_FILE, json.dumps(sorted(done)))
        return RedirectResponse("/dashboard", status_code=303)

    @app.get("/dashboard/download/{kind}/{name}", response_model=None)
    def download(kind: str, name: str, request: Request) -> Response:
        if user(request) is None:
            return RedirectResponse("/dashboard/login", status_code=303)
        stem, _, fmt = name.partition(".")
        if kind not in STEMS or not STEMS[kind].fullmatch(stem) or fmt not in MEDIA:
            # the stem goes into Content-Disposition: only a date, a month or "all", never a quote
            return Response("unknown report", status_code=404)
        try:
            report = hq_figures.compute(held()[0], kind, load_targets(), day=stem if kind == "daily" else None,
                                        month=stem if kind == "monthly" else None)
        except ReportError as exc:
            return Response(str(exc), status_code=409)
        with tempfile.TemporaryDirectory() as tmp:  # the file is written, read back and removed at once
            out = Path(tmp) / f"report.{fmt}"
            write(report, kind, fmt, out)
            body = out.read_bytes()
        filename = f"{kind}-{stem}.{fmt}"
        return Response(body, media_type=MEDIA[fmt], headers={"Content-Disposition": f'attachment; filename="{filename}"'})
