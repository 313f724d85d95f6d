"""Operator: today's figures, always in view (the numbers the daily report will carry)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from kiosk.booth import Booth


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

    def figure(self, key: str) -> int:
        return getattr(self.booth.today(), key)
