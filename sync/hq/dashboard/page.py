"""The dashboard's HTML, built from report dicts (kiosk/domain/report.py). Plain HTML and CSS, no
script: it works in any browser a prefecture office has, and prints."""

from __future__ import annotations

from html import escape
from typing import Any

from kiosk.domain.age import AGE_BAND_LABELS_JA, AGE_BANDS
from kiosk.reports.config import load_survey
from kiosk.reports.labels import (
    KIND_JA,
    TARGET_JA,
    choice_label,
    choice_order,
    question_label,
    question_order,
)

SESSIONS_SHOWN = 200
STATE_JA = {"submitted": "提出済み", "due": "期限内", "late": "期限超過"}

STYLE = """
body{font-family:"Noto Sans CJK JP","Noto Sans JP",sans-serif;margin:0;color:#111;background:#f5f6fa}
header{background:#0b1f5c;color:#fff;padding:12px 24px;display:flex;justify-content:space-between;align-items:center}
header a{color:#fff} main{padding:16px 24px;max-width:1200px}
section{background:#fff;border:1px solid #ccd;border-radius:8px;padding:12px 18px;margin:12px 0}
h1{font-size:22px;margin:0} h2{font-size:18px;margin:4px 0 10px}
table{border-collapse:collapse} td,th{border:1px solid #ccd;padding:4px 10px;text-align:right}
th{background:#eef1f8} td.l,th.l{text-align:left}
.bar{background:#dde3f2;width:320px;height:16px;display:inline-block;vertical-align:middle}
.bar span{display:block;height:16px;background:#1f3a93}
.late{color:#a11d1d;font-weight:bold} .ok{color:#1b6e2a;font-weight:bold}
.login{max-width:360px;margin:80px auto} .login input{display:block;width:100%;font-size:18px;margin:6px 0 14px;padding:6px}
button{font-size:16px;padding:6px 16px} .logout{margin:0} .logout button{font-size:14px;padding:4px 12px}
"""


def _doc(title: str, body: str, user: str | None = None) -> str:
    # a form, not a link: logging out changes state, so it is a POST (same-origin checked like every form)
    who = (f'<form class="logout" method="post" action="/dashboard/logout"><span>{escape(user)}</span>　'
           f'<button type="submit" id="logout">ログアウト</button></form>') if user else ""
    return (f'<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{STYLE}</style></head><body><header><h1>{escape(title)}</h1>{who}</header>"
            f"<main>{body}</main></body></html>")


def login_page(error: str = "") -> str:
    err = f'<p class="late" id="error">{escape(error)}</p>' if error else ""
    return _doc("マイナンバーカード申請サポート 本部", f"""
<form class="login" method="post" action="/dashboard/login">
<h2>ログイン / Sign in</h2>{err}
<label>名前 / Name<input name="name" id="name" autocomplete="username"></label>
<label>パスワード / Password<input name="password" id="password" type="password" autocomplete="current-password"></label>
<button type="submit" id="submit">ログイン</button></form>""")


def _table(header: list[str], rows: list[list[Any]], first_left: bool = True) -> str:
    head = "".join(f'<th class="{"l" if i == 0 and first_left else ""}">{escape(h)}</th>' for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(f'<td class="{"l" if i == 0 and first_left else ""}">{escape(str(c))}</td>'
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _survey_rows(by_band: dict[str, dict[str, dict[str, int]]]) -> list[list[object]]:
    """年代 · 設問 · 選択肢 · 回答数, in the words and order of the survey definition (assets/survey.json)."""
    survey = load_survey()
    rows: list[list[object]] = []
    for band in AGE_BANDS:
        answers = by_band.get(band, {})
        for qid in question_order(survey, set(answers)):
            counts = answers.get(qid, {})
            rows += [[AGE_BAND_LABELS_JA[band], question_label(survey, qid), choice_label(survey, qid, c), counts[c]]
                     for c in choice_order(survey, qid, set(counts)) if counts.get(c)]
    return rows


def dashboard_page(user: str, as_of: str, completion: dict[str, Any], planned: list[dict[str, Any]],
                   due: list[dict[str, Any]], kiosks: list[dict[str, Any]], months: list[dict[str, Any]],
                   error: str = "") -> str:
    parts = [f'<p>{escape(as_of)} 時点（日本時間）　<a href="/dashboard/board" id="board-link">ブースの状況</a>　'
             '<a href="/dashboard/plans" id="plans-link">開催予定の入力</a></p>']
    if error:
        parts.append(f'<section><p class="late">{escape(error)}</p></section>')
    progress = completion["progress"]
    rows = []
    for key, t in progress["targets"].items():
        pct = min(t["ratio"], 1.0) * 100
        pace = "達成" if t["met"] else (f"あと {t['remaining']}（週 {t['needed_per_week']} ペース）"
                                          if t["needed_per_week"] is not None else f"あと {t['remaining']}（期限超過）")
        rows.append(f'<tr id="target-{key}"><td class="l">{TARGET_JA[key]}</td>'
                    f'<td class="done">{t["done"]}</td><td class="target">{t["target"]}</td>'
                    f'<td><span class="bar"><span style="width:{pct:.1f}%"></span></span> {t["ratio"] * 100:.1f}%</td>'
                    f'<td class="l {"ok" if t["met"] else ""}">{escape(pace)}</td></tr>')
    parts.append(f"""<section><h2>目標達成状況（申請支援は {escape(progress['support_end'])} までに概ね終了、
契約終了 {escape(progress['contract_end'])}）</h2><table><tr><th class="l">目標</th><th>実績</th><th>目標値</th>
<th>達成率</th><th class="l">必要なペース</th></tr>{''.join(rows)}</table></section>""")
    held = [[s["date"], s["venue"], s["municipality"], KIND_JA.get(s["kind"], s["kind"]), "○" if s["large_venue"] else "",
             ""] for s in completion["sessions"]]
    plan = [[p["date"], p["venue"], p.get("municipality", ""), KIND_JA.get(p.get("kind", ""), p.get("kind", "")),
             "○" if p.get("large_venue") else "",
             "" if p.get("expected_visitors") is None else p["expected_visitors"]] for p in planned if p["date"] > as_of]
    # a fleet holds thousands of sessions: the page lists the latest, every one is in the completion report
    shown = held[-SESSIONS_SHOWN:]
    more = (f'<p id="sessions-more">最新 {len(shown)} 回を表示しています。全 {len(held)} 回は委託業務完了報告書（XLSX）に'
            f'あります / the latest {len(shown)} of {len(held)} sessions; all are in the completion report</p>'
            if len(shown) < len(held) else "")
    parts.append(f'<section id="sessions"><h2>開催実績 {len(held)} 回・予定 {len(plan)} 回</h2>{more}'
                 + _table(["日付", "会場", "市町村", "種別", "100人規模", "来場者見込み"], shown + plan) + "</section>")
    apps = completion["applications"]
    parts.append('<section id="applications"><h2>カード申請（年代別・紙/オンライン別）</h2>' + _table(
        ["年代", "紙", "オンライン", "計"],
        [[AGE_BAND_LABELS_JA[b], v["paper"], v["online"], v["paper"] + v["online"]]
         for b in AGE_BANDS if (v := apps["by_age_band"].get(b))] + [["合計", apps["paper"], apps["online"], apps["total"]]])
        + "<h2>月別</h2>" + _table(["月", "紙", "オンライン", "来場者", "保険証", "公金口座"],
                                  [[m["month"], m["paper"], m["online"], m["visitors"], m["insurance_link"],
                                    m["public_funds_account"]] for m in months]) + "</section>")
    survey_rows = _survey_rows(completion["survey"]["by_age_band"])
    parts.append(f'<section id="survey"><h2>アンケート（年代別、回答 {completion["survey"]["responses"]} 件）</h2>'
                 + _table(["年代", "設問", "選択肢", "回答数"], survey_rows) + "</section>")
    due_rows = []
    for r in due:
        action = "" if r["state"] == "submitted" else (
            f'<form method="post" action="/dashboard/reports/{r["date"]}/submitted"><button>提出済みにする</button></form>')
        links = " ".join(f'<a href="/dashboard/download/daily/{r["date"]}.{fmt}">{fmt.upper()}</a>' for fmt in ("xlsx", "pdf"))
        due_rows.append(f'<tr><td class="l">{r["date"]}</td><td>{r["due"]}</td>'
                        f'<td class="l {"late" if r["state"] == "late" else ""}">{STATE_JA[r["state"]]}</td>'
                        f'<td class="l">{links}</td><td class="l">{action}</td></tr>')
    late = sum(1 for r in due if r["state"] == "late")
    parts.append(f'<section id="due"><h2>日次報告書（3営業日以内）: 期限超過 <span id="late-count">{late}</span> 件</h2>'
                 f'<table><tr><th class="l">開催日</th><th>提出期限</th><th class="l">状態</th><th class="l">ダウンロード</th>'
                 f'<th></th></tr>{"".join(due_rows)}</table></section>')
    parts.append('<section id="kiosks"><h2>端末ごとの最終同期</h2>' + _table(
        ["端末", "ブース", "受信件数", "最終同期"],
        [[k["device"], k["booth"], k["records"], k["last_sync"] or "未同期"] for k in kiosks]) + "</section>")
    month_links = " ".join(f'{m["month"]}: <a href="/dashboard/download/monthly/{m["month"]}.xlsx">XLSX</a> '
                           f'<a href="/dashboard/download/monthly/{m["month"]}.pdf">PDF</a>' for m in months)
    parts.append('<section id="downloads"><h2>報告書のダウンロード</h2>'
                 f'<p>月次報告書 {month_links}</p><p>委託業務完了報告書 '
                 '<a id="completion-xlsx" href="/dashboard/download/completion/all.xlsx">XLSX</a> '
                 '<a href="/dashboard/download/completion/all.pdf">PDF</a></p></section>')
    return _doc("マイナンバーカード申請サポート 進捗ダッシュボード", "".join(parts), user)
