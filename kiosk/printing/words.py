"""Printer notices in Japanese with English, for the command line. The screens put the same codes in
their one language with tr() (kiosk/ui/printer_status.py)."""

from __future__ import annotations

from hardware.printer import REASONS
from hardware.supplies import Notice

TEXTS = {
    "ink-low": "{s} のインクが少なくなっています。交換の用意をしてください / {s} ink is low: have a new cartridge ready",
    "ink-empty": "{s} のインクがありません。交換してください / {s} ink is empty: replace it",
    "photo-tray-empty": "写真用紙トレイが空です。写真用紙を補充してください / the photo paper tray is empty: load photo paper",
    "tray-empty": "給紙トレイ「{s}」が空です。用紙を補充してください / tray {s} is empty: load paper",
    "media-low": "用紙が少なくなっています / paper is running low",
    "input-tray-missing": "給紙トレイが外れています。差し込んでください / a paper tray is out: put it back",
    "marker-waste-almost-full": "廃インク吸収パッドの交換時期が近づいています / the ink waste pad is almost full",
    "marker-waste-full": "廃インク吸収パッドが満杯です。修理を依頼してください / the ink waste pad is full: call for service",
    "timed-out": "プリンターが応答しません。電源とケーブルを確認してください / the printer does not answer: check power and cable",
    "unreachable": "プリンターに接続できません。電源・ケーブル・ネットワークを確認してください / "
                   "cannot reach the printer: check power, cable and network",
}


def notice_text(notice: Notice) -> str:
    text = TEXTS.get(notice.code) or REASONS.get(notice.code) or notice.code
    return text.format(s=notice.subject)
