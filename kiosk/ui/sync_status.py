"""Operator header: HQ sync status (synced / N waiting / offline since HH:MM) and the end-of-day
"sync now" button with a progress bar and a plain final result. It only polls the SyncClient's
status snapshot, so the screen never waits on the network."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from kiosk.ui.base import Page, button, label
from sync.client.service import SyncClient, SyncStatus


class SyncStatusWidget(Page):
    def __init__(self, client: SyncClient, poll_ms: int = 500, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.client = client
        self._ticket: int | None = None  # the "sync now" run being watched
        self._result: str = ""
        self.status_label = label("status", wrap=False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)
        self.result_label = label("status", wrap=False)
        self.sync_button = button()
        self.sync_button.clicked.connect(self.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.status_label, self.progress, self.result_label, self.sync_button):
            layout.addWidget(w)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(poll_ms)
        self.retranslate()

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        self.refresh()

    def status_text(self, s: SyncStatus) -> str:
        if s.state == "synced":
            return self.tr("Synced")
        if s.state == "syncing" and s.progress:
            return self.tr("Sending {done}/{total}").format(done=s.progress[0], total=s.progress[1])
        if s.state == "offline":
            since = s.offline_since.strftime("%H:%M") if s.offline_since else "?"
            return self.tr("Offline since {time}, {n} waiting").format(time=since, n=s.waiting)
        if s.state == "refused":
            return self.tr("HQ refused, {n} waiting").format(n=s.waiting)
        if s.state == "starting":
            return self.tr("Preparing sync")
        return self.tr("{n} waiting").format(n=s.waiting)

    def sync_now(self) -> None:
        self._ticket = self.client.sync_now()
        self._result = ""
        self.sync_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first progress figures arrive
        self.progress.setVisible(True)
        self.refresh()

    def refresh(self) -> None:
        s = self.client.status()
        self.status_label.setText(self.status_text(s))
        if self._ticket is not None:
            if s.finished_ticket >= self._ticket:
                self._ticket = None
                self.progress.setVisible(False)
                self.sync_button.setEnabled(True)
                if s.last_result_ok:
                    self._result = self.tr("All delivered to HQ")
                else:
                    self._result = self.tr("Not delivered: {n} still waiting. The kiosk keeps trying.").format(n=s.waiting)
            elif s.progress and s.progress[1] > 0:
                self.progress.setRange(0, s.progress[1])
                self.progress.setValue(s.progress[0])
        self.result_label.setText(self._result)
