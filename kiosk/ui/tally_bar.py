"""Operator: today's figures, always in view (the numbers the daily report will carry)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from kiosk.booth import Booth
from kiosk.domain.report import due_date
from kiosk.reports.config import is_japanese_holiday


class TallyBar(QFrame):
    def __init__(self, booth: Booth) -> None:
        super().__init__()
        self.setObjectName("tallies")
        self.booth = booth
        self.labels: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        for key in ("visitors", "paper", "online", "insurance_link", "public_funds_account",
                    "smartphone_consult", "surveys", "printed_pages"):
            self.labels[key] = QLabel()
            layout.addWidget(self.labels[key])
        self.due = QLabel()
        layout.addWidget(self.due)
        self.refresh()

    def names(self) -> dict[str, str]:
        return {
            "visitors": self.tr("Visitors"),
            "paper": self.tr("Paper applications"),
            "online": self.tr("Online applications"),
            "insurance_link": self.tr("Health insurance"),
            "public_funds_account": self.tr("Public funds"),
            "smartphone_consult": self.tr("Smartphone"),
            "surveys": self.tr("Surveys"),
            "printed_pages": self.tr("Printed pages"),
        }

    def refresh(self) -> None:
        t = self.booth.today()
        for key, name in self.names().items():
            self.labels[key].setText(f"{name} <b>{getattr(t, key)}</b>")
        today = self.booth.local_today()
        upcoming = sorted((due_date(day, is_japanese_holiday), day) for day in self.booth.session_days)
        upcoming = [(due, day) for due, day in upcoming if due >= today][:2]
        self.due.setText(" ".join(
            self.tr("Daily report for %1 due %2").replace("%1", day[5:].replace("-", "/")).replace("%2", due[5:].replace("-", "/"))
            for due, day in upcoming))

    def figure(self, key: str) -> int:
        return getattr(self.booth.today(), key)
