"""What the operator sees about daily reports due and late, and marking one handed in."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from kiosk.booth import Booth
from kiosk.domain.report_due import business_days_left, open_reports
from kiosk.reports.config import is_japanese_holiday
from kiosk.reports.submitted import SubmittedReports
from kiosk.store.memory import MemoryEventLog
from kiosk.ui.report_status import ReportStatusWidget


class Clock:
    def __init__(self, iso):
        self.now = datetime.fromisoformat(iso)

    def __call__(self):
        return self.now


def booth_with_sessions(days):
    clock = Clock(f"{days[0]}T09:00:00+09:00")
    booth = Booth(MemoryEventLog(), "miyagi-1", clock=clock)
    for day in days:
        clock.now = datetime.fromisoformat(f"{day}T09:00:00+09:00")
        booth.open_session("県庁", "仙台市", "support", False)
        clock.now += timedelta(hours=6)
        booth.close_session()
    return booth, clock


def test_business_days_left_counts_like_the_due_date():
    # Fri 11 Oct 2024 session → Mon 14 is スポーツの日 → due Thu 17
    assert business_days_left("2024-10-11", "2024-10-17", is_japanese_holiday) == 3
    assert business_days_left("2024-10-17", "2024-10-17", is_japanese_holiday) == 0
    assert business_days_left("2024-10-21", "2024-10-17", is_japanese_holiday) == -2  # Fri 18, Mon 21
    rows = open_reports({"2024-10-11", "2024-10-04"}, "2024-10-15", {"2024-10-04"}, is_japanese_holiday)
    assert rows == [{"date": "2024-10-11", "due": "2024-10-17", "state": "due", "days_left": 2}]
    assert is_japanese_holiday(date(2024, 10, 14))


def test_operator_sees_due_and_late_reports_and_marks_one_handed_in(qtbot, data_dir):
    booth, clock = booth_with_sessions(["2024-10-04", "2024-10-11"])
    clock.now = datetime.fromisoformat("2024-10-15T10:00:00+09:00")
    book = SubmittedReports(data_dir)
    w = ReportStatusWidget(booth, book)
    qtbot.addWidget(w)
    # 4 Oct (Fri) was due 9 Oct: late; 11 Oct is due 17 Oct, two business days after today
    assert list(w.row_labels) == ["2024-10-04", "2024-10-11"]
    assert "10/09" in w.row_labels["2024-10-04"].text() and w.row_labels["2024-10-04"].property("role") == "error"
    assert "10/17" in w.row_labels["2024-10-11"].text() and "2" in w.row_labels["2024-10-11"].text()
    with qtbot.waitSignal(w.changed):
        qtbot.mouseClick(w.mark_buttons["2024-10-04"], Qt.MouseButton.LeftButton)
    assert list(w.row_labels) == ["2024-10-11"]
    assert Booth(booth.log, "miyagi-1", clock=clock).submitted_days == {"2024-10-04"}  # an event: kept, synced
    assert [e.data for _, e in booth.log.events() if e.type == "report_submitted"] == [{"date": "2024-10-04"}]
    # a session opened today appears at once
    booth.open_session("イオン", "名取市", "support", True)
    assert list(w.row_labels) == ["2024-10-11", "2024-10-15"]
    assert w.empty.isHidden()
    assert not w.mark_buttons["2024-10-15"].isEnabled()  # 提出済み only for a closed day
    w.mark("2024-10-15")
    assert list(w.row_labels) == ["2024-10-11", "2024-10-15"] and "still open" in w.empty.text()


def test_the_tally_bar_counts_open_and_late_reports(qtbot, data_dir):
    from kiosk.ui.tally_bar import TallyBar

    booth, clock = booth_with_sessions(["2024-10-04", "2024-10-11"])
    clock.now = datetime.fromisoformat("2024-10-15T10:00:00+09:00")
    w = ReportStatusWidget(booth, SubmittedReports(data_dir))
    bar = TallyBar(booth, w.rows)
    qtbot.addWidget(w)
    qtbot.addWidget(bar)
    assert "2" in bar.due.text() and "1 late" in bar.due.text() and bar.due.property("role") == "error"
    w.mark("2024-10-04")
    bar.refresh()
    assert "1" in bar.due.text() and "late" not in bar.due.text() and bar.due.property("role") == ""


def test_a_broken_submitted_file_means_nothing_submitted(data_dir):
    (data_dir / "reports-submitted.json").write_text("{not json", encoding="utf-8")
    book = SubmittedReports(data_dir)
    assert book.dates() == set()
    book.mark("2024-10-04")
    assert book.dates() == {"2024-10-04"}
