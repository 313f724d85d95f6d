"""Reports as PDF (A4), ready to hand in: summary, sessions, bar charts by age band, survey results
by age band (labelled from the survey definition; comments counted, never shown), other cases,
days or months, and progress against the contract targets. Drawn with reportlab
(kiosk/reports/pdf_page.py) with a Japanese TrueType font embedded; no Qt, so HQ's server makes them too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
from kiosk.reports.pdf_page import WIDTH_MM, PdfPage

SHORT_BAND = {b: ("90+" if b == "90+" else ("<10" if b == "0-9" else f"{b.split('-')[0]}代")) for b in AGE_BANDS}


def _summary(page: PdfPage, report: dict[str, Any]) -> None:
    apps = report["applications"]
    rows: list[tuple[str, object]] = [
        ("動員数（来場者）", report["visitors"]),
        ("カード申請（紙 / オンライン）", f"{apps['total']}（{apps['paper']} / {apps['online']}）"),
        ("健康保険証利用登録 補助", report["insurance_link"]),
        ("公金受取口座登録 補助", report["public_funds_account"]),
        ("スマホ相談", report["smartphone_consult"]),
        ("アンケート回答", report["survey"]["responses"]),
        ("その他対応", sum(report["other"].values())),
    ]
    if "session_counts" in report:
        c = report["session_counts"]
        rows.append(("開催回数（申請サポート / うち100人規模 / スマホ相談会）",
                     f"{c['booth_sessions']} / {c['large_venue_sessions']} / {c['smartphone_sessions']}"))
    for label, value in rows:
        page.text(label, 10, advance=False)
        page.text(str(value), 10, bold=True, x=110)


def _sessions(page: PdfPage, sessions: list[dict[str, Any]]) -> None:
    page.heading(f"開催（{len(sessions)} 回）", 12)
    rows = [[s["date"], f"{s['start'][11:16]}–{(s['end'] or '')[11:16]}", s["venue"], s["municipality"],
             KIND_JA.get(s["kind"], s["kind"]), "○" if s["large_venue"] else ""] for s in sessions]
    page.table(["日付", "時間", "会場", "市町村", "種別", "100人規模"], rows, [22, 20, 62, 30, 28, 18])


def _survey(page: PdfPage, report: dict[str, Any], survey: Survey | None) -> None:
    s = report["survey"]
    page.heading(f"年代別 アンケート回答（{s['responses']} 件、うちコメントあり {s['comments']} 件・内容は記載しません）", 40)
    page.stacked_bars([(AGE_BAND_LABELS_JA[b], s["responses_by_age_band"].get(b, 0), 0) for b in AGE_BANDS],
                      ("回答者数", None))
    bands = [b for b in AGE_BANDS if b in s["responses_by_age_band"]]
    if not bands:
        return
    first = 56.0
    col = min(12.0, (WIDTH_MM - first) / (len(bands) + 1))
    seen_q = {q for answers in s["by_age_band"].values() for q in answers}
    for qid in question_order(survey, seen_q):
        seen_c = {c for b in s["by_age_band"].values() for c in b.get(qid, {})}
        choices = choice_order(survey, qid, seen_c)
        page.room(5 * (len(choices) + 2) + 6)
        page.text(question_label(survey, qid), 9, bold=True)
        rows = []
        for c in choices:
            counts = [s["by_age_band"].get(b, {}).get(qid, {}).get(c, 0) for b in bands]
            rows.append([choice_label(survey, qid, c), *counts, sum(counts)])
        page.table(["", *(SHORT_BAND[b] for b in bands), "計"], rows, [first, *([col] * len(bands)), col], heat=True)


def _progress(page: PdfPage, progress: dict[str, Any]) -> None:
    page.heading(f"目標達成状況（{progress['as_of']} 現在・申請支援の終了目標 {progress['support_end']}）", 30)
    for key, r in progress["targets"].items():
        if r["met"]:
            note = "達成"
        elif r["needed_per_week"] is None:
            note = f"残り {r['remaining']}（期限後）"
        else:
            note = f"残り {r['remaining']}・週 {r['needed_per_week']:g} 必要"
        page.progress_bar(TARGET_JA.get(key, key), r["done"], r["target"], note)


def _period_rows(page: PdfPage, title: str, rows: list[dict[str, Any]], key: str) -> None:
    page.heading(title, 15)
    body = [[r[key], r["visitors"], r["applications"]["paper"], r["applications"]["online"], r["insurance_link"],
             r["public_funds_account"], r["smartphone_consult"], r["survey"]["responses"]] for r in rows]
    page.table(["", "来場者", "紙申請", "オンライン", "保険証", "公金口座", "スマホ", "アンケート"], body,
               [26, *([22] * 7)])


def write_pdf(report: dict[str, Any], kind: str, out: Path, survey: Survey | None = None) -> None:
    page = PdfPage(out, TITLES[kind])
    try:
        period = report.get("date") or f"{report.get('from')} 〜 {report.get('to')}"
        page.text(f"{TITLES[kind]}　{period}", 16, bold=True)
        page.text("マイナンバーカード普及促進業務 申請サポート", 9)
        page.y += 2
        _summary(page, report)
        _sessions(page, report["sessions"])
        apps = report["applications"]["by_age_band"]
        page.heading("年代別 カード申請", 60)
        page.stacked_bars([(AGE_BAND_LABELS_JA[b], apps.get(b, {}).get("paper", 0), apps.get(b, {}).get("online", 0))
                           for b in AGE_BANDS], ("紙申請", "オンライン申請"))
        assist = report.get("assistance_by_age_band", {})
        page.heading("年代別 健康保険証利用登録・公金受取口座登録 補助", 60)
        page.stacked_bars([(AGE_BAND_LABELS_JA[b], assist.get("insurance_link", {}).get(b, 0),
                            assist.get("public_funds_account", {}).get(b, 0)) for b in AGE_BANDS],
                          ("健康保険証", "公金受取口座"))
        _survey(page, report, survey)
        page.heading("その他対応（区分別）", 10)
        page.table(["区分", "件数"], [[other_label(k), v] for k, v in report["other"].items()] or [["なし", 0]], [60, 20])
        if "months" in report:
            _period_rows(page, "月別", report["months"], "month")
        elif "days" in report:
            _period_rows(page, "日別", report["days"], "date")
        if "progress" in report:
            _progress(page, report["progress"])
    finally:
        page.close()
