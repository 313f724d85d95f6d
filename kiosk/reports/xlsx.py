"""Reports as Excel workbooks (openpyxl), one sheet per section, ready to hand in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from kiosk.domain.age import AGE_BAND_LABELS_JA, AGE_BANDS

KIND_JA = {"support": "申請サポート", "mobile": "出張申請", "smartphone_class": "スマホ相談会"}
TITLES = {"daily": "日次報告書", "monthly": "月次報告書", "completion": "委託業務完了報告書"}


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list[Any]]) -> None:
    ws = wb.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for col in ws.columns:
        ws.column_dimensions[col[0].column_letter].width = max(12, *(len(str(c.value or "")) * 2 for c in col))


def write_xlsx(report: dict[str, Any], kind: str, out: Path) -> None:
    wb = Workbook()
    summary = wb.active
    summary.title = "概要"
    period = report.get("date") or f"{report.get('from')} 〜 {report.get('to')}"
    summary.append([TITLES[kind], period])
    summary["A1"].font = Font(bold=True, size=14)
    apps = report["applications"]
    for label, value in (("動員数（来場者）", report["visitors"]), ("カード申請 合計", apps["total"]),
                         ("　紙申請", apps["paper"]), ("　オンライン申請", apps["online"]),
                         ("健康保険証利用登録 補助", report["insurance_link"]),
                         ("公金受取口座登録 補助", report["public_funds_account"]),
                         ("スマホ相談", report["smartphone_consult"]), ("アンケート回答", report["survey"]["responses"]),
                         ("写真撮影", report["photos"]), ("印刷枚数", report["printed_pages"])):
        summary.append([label, value])
    summary.column_dimensions["A"].width = 30
    _sheet(wb, "開催", ["開催回", "日付", "会場", "市町村", "種別", "100人規模", "開始", "終了"],
           [[s["session"], s["date"], s["venue"], s["municipality"], KIND_JA.get(s["kind"], s["kind"]),
             "○" if s["large_venue"] else "", s["start"][11:16], (s["end"] or "")[11:16]] for s in report["sessions"]])
    _sheet(wb, "申請（年代別）", ["年代", "紙", "オンライン", "計"],
           [[AGE_BAND_LABELS_JA[b], v["paper"], v["online"], v["paper"] + v["online"]]
            for b in AGE_BANDS if (v := apps["by_age_band"].get(b))])
    assist = report.get("assistance_by_age_band", {})
    _sheet(wb, "保険証・公金口座", ["年代", "健康保険証利用登録", "公金受取口座登録", "スマホ相談"],
           [[AGE_BAND_LABELS_JA[b], *(assist.get(k, {}).get(b, 0) for k in
                                      ("insurance_link", "public_funds_account", "smartphone_consult"))]
            for b in AGE_BANDS])
    survey_rows = [[AGE_BAND_LABELS_JA[b], q, c, n] for b in AGE_BANDS
                   for q, choices in report["survey"]["by_age_band"].get(b, {}).items() for c, n in choices.items()]
    _sheet(wb, "アンケート（年代別）", ["年代", "設問", "選択肢", "回答数"], survey_rows)
    _sheet(wb, "その他対応", ["区分", "件数"], [[k, v] for k, v in report["other"].items()])
    if "progress" in report:
        _sheet(wb, "目標達成状況", ["目標", "実績", "目標値", "達成率", "残り", "必要ペース（週）"],
               [[k, r["done"], r["target"], r["ratio"], r["remaining"], r["needed_per_week"]]
                for k, r in report["progress"]["targets"].items()])
    wb.save(out)
