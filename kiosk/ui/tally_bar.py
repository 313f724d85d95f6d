"""Operator: today's figures, always in view (the numbers the daily report will carry), and how
many daily reports are still to hand in (the list with its buttons is kiosk/ui/report_status.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy

from kiosk.booth import Booth
from kiosk.ui.base import restyle


class TallyBar(QFrame):
    def __init__(self, booth: Booth, open_reports: Callable[[], list[dict[str, Any]]] = list) -> None:
        """open_reports: the daily reports still to hand in (ReportStatusWidget.rows)."""
        super().__init__()
        self.setObjectName("tallies")
        # one line that never widens the window (the figures come first; the tail may be cut on a narrow screen)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.booth = booth
        self.open_reports = open_reports
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
            "paper": self.tr("Paper"),
            "online": self.tr("Online"),
            "insurance_link": self.tr("Insurance"),
            "public_funds_account": self.tr("Public funds"),
            "smartphone_consult": self.tr("Smartphone"),
            "surveys": self.tr("Surveys"),
            "printed_pages": self.tr("Printed pages"),
        }

    def refresh(self) -> None:
        t = self.booth.today()
        for key, name in self.names().items():
            self.labels[key].setText(f"{name} <b>{getattr(t, key)}</b>")
        rows = self.open_reports()
        late = sum(1 for r in rows if r["state"] == "late")
        text = self.tr("Daily reports to hand in: %1").replace("%1", str(len(rows))) if rows else ""
        if late:
            text += " " + self.tr("(%1 late)").replace("%1", str(late))
        self.due.setText(text)
        self.due.setProperty("role", "error" if late else "")
        restyle(self.due)

    def figure(self, key: str) -> int:
        return getattr(self.booth.today(), key)
