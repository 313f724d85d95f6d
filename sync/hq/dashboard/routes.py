"""The dashboard's routes on HQ's FastAPI app. Figures are computed per request from the decrypted
events (the same domain code as every report); plaintext lives only in this process's memory."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.atomic import atomic_write
from kiosk.domain.events import JST, Event
from kiosk.domain.report import completion_report, progress, reports_due
from kiosk.domain.report_due import submitted_days
from kiosk.reports.config import is_japanese_holiday, load_targets
from kiosk.reports.render import ReportError, compute, write
from sync.hq.config import HQError
from sync.hq.dashboard.page import dashboard_page, login_page
from sync.hq.dashboard.staff import LoginThrottle, StaffAccounts
from sync.hq.models import Device, Record
from sync.hq.report import decrypted_events

COOKIE = "hq_session"
SUBMITTED_FILE = "submitted.json"
PLAN_FILE = "plan.json"  # planned sessions: [{"date","venue","municipality","kind","large_venue"}]
STEMS = {"daily": re.compile(r"\d{4}-\d{2}-\d{2}"), "monthly": re.compile(r"\d{4}-\d{2}"),
         "completion": re.compile(r"all")}
MEDIA = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pdf": "application/pdf"}


def _json_file(path: Path, default: Any) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else default


def _same_origin(origin: str, request: Request) -> bool:
    parts = urlsplit(origin)
    # the host alone: behind a TLS proxy the scheme HQ sees is not the one the browser used
    return parts.netloc == request.headers.get("host", request.url.netloc)


def mount_dashboard(app: FastAPI, make_session: Callable[[], Session], data_dir: Path,
                    hq_key: X25519PrivateKey | None) -> None:
    staff = StaffAccounts(data_dir)
    throttle = LoginThrottle()

    def events() -> list[Event]:
        if hq_key is None:
            raise ReportError("本部鍵が開かれていません。KIOSK_HQ_PASSPHRASE を設定して serve を起動してください / "
                              "HQ's key is locked: start `kiosk-hq serve` with KIOSK_HQ_PASSPHRASE to show figures")
        with make_session() as session:
            try:
                return decrypted_events(session, hq_key)
            except HQError as exc:  # a record that does not decrypt: say so on the page, not a 500
                raise ReportError(str(exc)) from None

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
        form = parse_qs((await request.body()).decode("utf-8"))
        name, password = form.get("name", [""])[0], form.get("password", [""])[0]
        client = request.client.host if request.client else "?"
        wait = throttle.begin(name, client)  # counted now, before the password is checked
        if wait:
            minutes = int(wait // 60) + 1
            return HTMLResponse(login_page(f"失敗が続いたため、{minutes}分ほど待ってからもう一度 / too many wrong "
                                           f"passwords: try again in about {minutes} min"), status_code=429)
        if not await run_in_threadpool(staff.check, name, password):  # scrypt: off the event loop
            return HTMLResponse(login_page("名前またはパスワードが違います / wrong name or password"), status_code=401)
        throttle.succeeded(name, client)
        response = RedirectResponse("/dashboard", status_code=303)
        response.set_cookie(COOKIE, staff.token(name), httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", max_age=8 * 3600)
        return response

    @app.get("/dashboard/logout")
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
        try:
            evs = [e for e in events() if e.local_date <= today]
            error = ""
        except ReportError as exc:
            evs, error = [], str(exc)
        completion = completion_report(evs, targets)
        completion["progress"] = progress(evs, targets, today)
        # one list: the kiosks' 提出済み marks (report_submitted events, synced) and any marked here
        submitted = set(_json_file(data_dir / SUBMITTED_FILE, [])) | submitted_days(evs)
        due = reports_due(evs, today, submitted, is_japanese_holiday)
        months = sorted({e.local_date[:7] for e in evs})
        month_rows = []
        for m in months:
            figures = compute("monthly", evs, month=m)
            month_rows.append({"month": m, "paper": figures["applications"]["paper"],
                               "online": figures["applications"]["online"], "visitors": figures["visitors"],
                               "insurance_link": figures["insurance_link"],
                               "public_funds_account": figures["public_funds_account"]})
        with make_session() as session:
            rows = session.execute(
                select(Device.id, Device.booth, func.count(Record.seq), func.max(Record.received_at))
                .outerjoin(Record, Record.device_id == Device.id).group_by(Device.id, Device.booth).order_by(Device.id)
            ).all()
        kiosks = [{"device": d, "booth": b, "records": n,
                   "last_sync": t.astimezone(JST).strftime("%Y-%m-%d %H:%M") if t else None} for d, b, n, t in rows]
        planned = _json_file(data_dir / PLAN_FILE, [])
        return HTMLResponse(dashboard_page(who, today, completion, planned, due, kiosks, month_rows, error))

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
            report = compute(kind, events(), date=stem if kind == "daily" else None,
                             month=stem if kind == "monthly" else None)
        except ReportError as exc:
            return Response(str(exc), status_code=409)
        with tempfile.TemporaryDirectory() as tmp:  # the file is written, read back and removed at once
            out = Path(tmp) / f"report.{fmt}"
            write(report, kind, fmt, out)
            body = out.read_bytes()
        filename = f"{kind}-{stem}.{fmt}"
        return Response(body, media_type=MEDIA[fmt], headers={"Content-Disposition": f'attachment; filename="{filename}"'})
