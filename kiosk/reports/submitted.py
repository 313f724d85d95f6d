"""Which daily reports the booth has handed in: a small JSON list of Japan-local dates in the data
directory (reports-submitted.json). Dates only, nothing about any person, so it needs no encryption;
it is replaced atomically so a power cut leaves the old or the new list, never half of one."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.atomic import atomic_write
from kiosk.domain.report import check_day

SUBMITTED_FILE = "reports-submitted.json"


class SubmittedReports:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / SUBMITTED_FILE

    def dates(self) -> set[str]:
        """The submitted dates; an unreadable file counts as none submitted (reports then show as due)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return set()
        return {d for d in raw if isinstance(d, str)} if isinstance(raw, list) else set()

    def mark(self, day: str, submitted: bool = True) -> None:
        dates = self.dates()
        (dates.add if submitted else dates.discard)(check_day(day))
        atomic_write(self.path, json.dumps(sorted(dates)))
