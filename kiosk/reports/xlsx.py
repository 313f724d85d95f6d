"""Reports as Excel workbooks (openpyxl), one sheet per section, ready to hand in: Japanese labels,
figures as numbers (so the prefecture can sum them), totals rows, and nothing personal (survey
comments are counted, never copied)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from kiosk.domain.age import AGE_BAND_LABELS_JA, AGE_BANDS
from kiosk.domain.survey import Survey
from kiosk.reports.labels import (
    KIND_JA,
    TARGET_JA,
    TITLES,
    choice_label,
    choice_order,
    other_label,
    question_label,
    question_order,
)

__all__ = ["KIND_JA", "TITLES", "write_xlsx"]

BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DCE3F5")
ASSISTS = ("insurance_link", "public_funds_account", "smartphone_consult")
DAY_HEADER = ["来場者", "紙申請", "オンライン申請", "申請計", "健康保険証", "公金受取口座", "スマホ相談", "アンケート"]


def _header(ws: Worksheet, row: list[Any]) -> None:
    ws.append(row)
    for cell in ws[ws.max_row]:
        cell.font = BOLD
        cell.fill = HEAD_FILL


def _fit(ws: Worksheet) -> None:
    for col in ws.columns:
        width = max((len(str(c.value or "")) for c in col), default=4)
        ws.column_dimensions[col[0].column_letter].width = min(60, max(10, width * 2 + 2))


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list[Any]], total: bool = False) -> Worksheet:
    ws = wb.create_sheet(title)
    _header(ws, header)
    for row in rows:
        ws.append(row)
    if total and rows:
        ws.append(["計", *(sum(r[i] for r in rows) if all(isinstance(r[i], int) for r in rows) else None
                          for i in range(1, len(header)))])
        for cell in ws[ws.max_row]:
            cell.font = BOLD
    ws.freeze_panes = "A2"
    _fit(ws)
    return ws


def _day_figures(f: dict[str, Any]) -> list[int]:
    a = f["applications"]
    return [f["visitors"], a["paper"], a["online"], a["total"], *(f[k] for k in ASSISTS), f["survey"]["responses"]]


def _summary(wb: Workbook, report: dict[str, Any], kind: str) -> None:
    ws = wb.active
    ws.title = "概要"
    period = report.get("date") or f"{report.get('from')} 〜 {report.get('to')}"
    ws.append([TITLES[kind], period])
    ws["A1"].font = Font(bold=True, size=14)
    apps = report["applications"]
    for label, value in (("動員数（来場者）", report["visitors"]), ("カード申請 合計", apps["total"]),
                         ("　紙申請", apps["paper"]), ("　オンライン申請", apps["online"]),
                         ("健康保険証利用登録 補助", report["insurance_link"]),
                         ("公金受取口座登録 補助", report["public_funds_account"]),
                         ("スマホ相談", report["smartphone_consult"]), ("アンケート回答", report["survey"]["responses"]),
                         ("その他対応", sum(report["other"].values())),
                         ("写真撮影", report["photos"]), ("印刷枚数", report["printed_pages"])):
        ws.append([label, value])
    if "session_counts" in report:
        c = report["session_counts"]
        ws.append(["申請サポート 開催回数", c["booth_sessions"]])
        ws.append(["　うち100人規模会場", c["large_venue_sessions"]])
        ws.append(["スマホ相談会 開催回数", c["smartphone_sessions"]])
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 26


def _survey(wb: Workbook, report: dict[str, Any], survey: Survey | None) -> None:
    """Per question, a table of choices by age band (rows: choices, columns: bands that answered)."""
    ws = wb.create_sheet("アンケート（年代別）")
    by_band = report["survey"]["by_age_band"]
    bands = [b for b in AGE_BANDS if b in report["survey"]["responses_by_age_band"]]
    _header(ws, ["回答者数", *(AGE_BAND_LABELS_JA[b] for b in bands), "計"])
    counts = [report["survey"]["responses_by_age_band"][b] for b in bands]
    ws.append(["回答者", *counts, sum(counts)])
    ws.append(["うちコメントあり（内容は記載しません）", report["survey"]["comments"]])
    seen_q = {q for answers in by_band.values() for q in answers}
    for qid in question_order(survey, seen_q):
        ws.append([])
        _header(ws, [question_label(survey, qid), *(AGE_BAND_LABELS_JA[b] for b in bands), "計"])
        seen_c = {c for b in by_band.values() for c in b.get(qid, {})}
        for choice in choice_order(survey, qid, seen_c):
            row = [by_band.get(b, {}).get(qid, {}).get(choice, 0) for b in bands]
            ws.append([choice_label(survey, qid, choice), *row, sum(row)])
    _fit(ws)
    ws.column_dimensions["A"].width = 40


def _as_text(wb: Workbook) -> None:
    """Every string is written as text. openpyxl stores a string that starts with "=" as a formula,
    so a venue typed as =HYPERLINK(…) would run in the prefecture's Excel; no report has formulas."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.data_type == "f":
                    cell.data_type = "s"


def write_xlsx(report: dict[str, Any], kind: str, out: Path, survey: Survey | None = None) -> None:
    wb = Workbook()
    _summary(wb, report, kind)
    _sheet(wb, "開催", ["開催回", "日付", "会場", "市町村", "種別", "100人規模", "開始", "終了", "時間"],
           [[s["session"], s["date"], s["venue"], s["municipality"], KIND_JA.get(s["kind"], s["kind"]),
             "○" if s["large_venue"] else "", s["start"][11:16], (s["end"] or "")[11:16], s.get("hours")]
            for s in report["sessions"]])
    apps = report["applications"]["by_age_band"]
    _sheet(wb, "申請（年代別）", ["年代", "紙申請", "オンライン申請", "計"],
           [[AGE_BAND_LABELS_JA[b], apps.get(b, {}).get("paper", 0), apps.get(b, {}).get("online", 0),
             sum(apps.get(b, {}).values())] for b in AGE_BANDS], total=True)
    assist = report.get("assistance_by_age_band", {})
    _sheet(wb, "保険証・公金口座（年代別）", ["年代", "健康保険証利用登録", "公金受取口座登録", "スマホ相談"],
           [[AGE_BAND_LABELS_JA[b], *(assist.get(k, {}).get(b, 0) for k in ASSISTS)] for b in AGE_BANDS], total=True)
    _survey(wb, report, survey)
    _sheet(wb, "その他対応", ["区分", "件数", "コード"],
           [[other_label(k), v, k] for k, v in report["other"].items()])
    if "days" in report:
        _sheet(wb, "日別", ["日付", *DAY_HEADER], [[d["date"], *_day_figures(d)] for d in report["days"]], total=True)
    if "months" in report:
        _sheet(wb, "月別", ["月", "申請サポート回数", "うち100人規模", "スマホ相談会", *DAY_HEADER],
               [[m["month"], *m["session_counts"].values(), *_day_figures(m)] for m in report["months"]], total=True)
    if "progress" in report:
        ws = _sheet(wb, "目標達成状況", ["目標", "実績", "目標値", "達成率", "残り", "必要ペース（週あたり）", "達成"],
                    [[TARGET_JA.get(k, k), r["done"], r["target"], r["ratio"], r["remaining"], r["needed_per_week"],
                      "○" if r["met"] else ""] for k, r in report["progress"]["targets"].items()])
        for cell in ws["D"][1:]:
            cell.number_format = "0.0%"
        p = report["progress"]
        ws.append([])
        ws.append(["基準日", p["as_of"]])
        ws.append(["申請支援の終了目標", p["support_end"]])
        ws.append(["委託期間の終了", p["contract_end"]])
    _as_text(wb)
    wb.save(out)
