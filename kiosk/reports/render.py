"""One entry for every report command (kiosk and HQ): compute from events, write in a format."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.domain.events import Event
from kiosk.domain.report import (
    ReportPeriodError,
    check_day,
    check_month,
    completion_report,
    daily_report,
    monthly_report,
)
from kiosk.domain.survey import Survey
from kiosk.reports.config import load_survey, load_targets

KINDS = ("daily", "monthly", "completion")
FORMATS = ("json", "xlsx", "pdf")


class ReportError(ValueError):
    """A report that cannot be made as asked; the message is bilingual and says what to change."""


def compute(kind: str, events: list[Event], date: str | None = None, month: str | None = None) -> dict[str, Any]:
    """The report of that kind over the events; ReportError when its date or month is missing or wrong."""
    try:
        return _compute(kind, events, date, month)
    except ReportPeriodError as exc:
        raise ReportError(str(exc)) from None


def _compute(kind: str, events: list[Event], date: str | None, month: str | None) -> dict[str, Any]:
    if kind == "daily":
        if not date:
            raise ReportError("--date YYYY-MM-DD が必要です / --date YYYY-MM-DD is required")
        return daily_report(events, date)
    if kind == "monthly":
        if not month:
            raise ReportError("--month YYYY-MM が必要です / --month YYYY-MM is required")
        return monthly_report(events, month, load_targets())
    return completion_report(events, load_targets())


def write(report: dict[str, Any], kind: str, fmt: str, out: Path | None, survey: Survey | None = None) -> None:
    """Write the report as JSON (stdout without `out`), XLSX or PDF. XLSX and PDF label survey
    answers from `survey` (default: the shipped definition)."""
    if fmt == "json":
        text = json.dumps(report, ensure_ascii=False, indent=2)
        if out is None:
            sys.stdout.write(text + "\n")
        else:
            out.write_text(text + "\n", encoding="utf-8")
        return
    if out is None:
        raise ReportError(f"{fmt} には --out FILE が必要です / --out FILE is required for {fmt}")
    survey = survey or load_survey()
    if fmt == "xlsx":
        from kiosk.reports.xlsx import write_xlsx

        write_xlsx(report, kind, out, survey)
    else:
        from kiosk.reports.pdf import write_pdf
        from kiosk.reports.pdf_page import FontMissingError

        try:
            write_pdf(report, kind, out, survey)
        except FontMissingError as exc:
            raise ReportError(str(exc)) from None


def check_args(kind: str, fmt: str, date: str | None, month: str | None, out: Path | None) -> None:
    """Refuse a missing or malformed --date/--month, or XLSX/PDF without --out, before any work."""
    try:
        if kind == "daily":
            if not date:
                raise ReportError("--date YYYY-MM-DD が必要です / --date YYYY-MM-DD is required")
            check_day(date)
        elif kind == "monthly":
            if not month:
                raise ReportError("--month YYYY-MM が必要です / --month YYYY-MM is required")
            check_month(month)
    except ReportPeriodError as exc:
        raise ReportError(str(exc)) from None
    if fmt != "json" and out is None:
        raise ReportError(f"{fmt} には --out FILE が必要です / --out FILE is required for {fmt}")


def add_report_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS, help="daily=日次報告書, monthly=月次報告書, completion=完了報告書 / "
                   "the daily, monthly or completion report")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="daily には必須: 日本時間の日付 / required for daily: the "
                   "Japan-local date")
    p.add_argument("--month", metavar="YYYY-MM", help="monthly には必須: 年月 / required for monthly: the month")
    p.add_argument("--format", choices=FORMATS, default="json", help="出力形式 / output format")
    p.add_argument("--out", type=Path, metavar="FILE", help="出力ファイル（xlsx・pdf には必須。json で省くと画面に出力） / "
                   "output file (required for xlsx and pdf; json without it prints to stdout)")
