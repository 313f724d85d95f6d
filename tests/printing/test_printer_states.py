"""Printer and job states through the real (private) CUPS: a held job, a stopped queue that keeps
its job and prints it after Resume, the retry-job policy, cancel, jobs remembered across a restart,
and the reason keywords a real CUPS cannot be driven into here, in the operator's words."""

import os
import subprocess
import uuid

import cups
import pytest

from hardware.printer import REASONS, CupsPrinter, InFlight, JobBook, PrintError, reason_text
from kiosk.sheets.layout import layout
from kiosk.sheets.pdf import sheet_pdf
from tests.printing.conftest import _pdfs, output_of
from tests.printing.test_print import sample_photo

HOLD = {"job-hold-until": "indefinite"}


def _sheet() -> bytes:
    return sheet_pdf(sample_photo(), layout("L"))


def test_submitting_sets_the_retry_job_error_policy(pdf_queue):
    printer = CupsPrinter()
    subprocess.run(["lpadmin", "-p", pdf_queue, "-o", "printer-error-policy=stop-printer"], check=True)
    job = printer.submit(pdf_queue, _sheet(), "Custom.89x127mm")
    assert printer.wait(job, 20).state == "completed"
    policy = cups.Connection().getPrinterAttributes(pdf_queue)["printer-error-policy"]
    assert policy == "retry-job"


def test_a_stopped_queue_keeps_its_job_and_prints_it_after_resume(pdf_queue):
    printer = CupsPrinter()
    title = f"held{uuid.uuid4().hex[:6]}"
    job = printer.submit(pdf_queue, _sheet(), "Custom.89x127mm", title=title, extra=HOLD)
    st = printer.status(job)
    assert st.state == "held" and "保留" in st.message and "held" in st.message and st.needs_operator
    subprocess.run(["cupsdisable", pdf_queue], check=True)  # the printer stops (as after a paper-out)
    printer.conn.setJobHoldUntil(job, "no-hold")  # released: now it waits in the stopped queue
    st = printer.status(job)
    assert st.state == "pending" and "停止" in st.message and "Resume" in st.message
    queue = printer.queue_status(pdf_queue)
    assert queue.needs_resume and queue.state == "stopped"
    with pytest.raises(PrintError) as refused:  # a new job is not sent into a stopped queue
        printer.submit(pdf_queue, _sheet(), "Custom.89x127mm")
    assert refused.value.kind == "stopped" and refused.value.resumable
    printer.resume(pdf_queue)  # one tap after fixing the printer: nothing was lost
    assert printer.wait(job, 20).state == "completed"
    assert output_of(title).stat().st_size > 0
    assert not printer.queue_status(pdf_queue).needs_resume


def test_resume_releases_a_held_job_and_accepts_again(pdf_queue):
    printer = CupsPrinter()
    job = printer.submit(pdf_queue, _sheet(), "Custom.89x127mm", extra=HOLD)
    subprocess.run(["cupsreject", pdf_queue], check=True)
    assert printer.queue_status(pdf_queue).needs_resume
    printer.resume(pdf_queue)
    assert printer.wait(job, 20).state == "completed"
    assert printer.queue_status(pdf_queue).accepting


def test_cancel_says_so_and_prints_nothing(pdf_queue):
    printer = CupsPrinter()
    title = f"cancel{uuid.uuid4().hex[:6]}"
    before = _pdfs()
    job = printer.submit(pdf_queue, _sheet(), "Custom.89x127mm", title=title, extra=HOLD)
    printer.cancel(job)
    st = printer.wait(job, 10)
    assert st.state == "canceled" and "取り消し" in st.message and "cancelled" in st.message
    printer.cancel(job)  # twice is harmless
    assert not [p for p in _pdfs() - before if p.name.startswith(title)]


def test_missing_queue_and_unknown_job(cups_server):
    printer = CupsPrinter()
    with pytest.raises(PrintError) as missing:
        printer.submit("NoSuchPrinter", _sheet(), "Custom.89x127mm")
    assert missing.value.kind == "missing" and "見つかりません" in str(missing.value)
    st = printer.status(987654)
    assert st.done and st.state == "aborted" and "print again" in st.message


def pdf_queue_ppd() -> str:
    from tests.printing.conftest import PPD

    return PPD


def test_the_pdf_printer_is_the_default_choice(pdf_queue):
    from hardware.printer import PDF_QUEUE
    from kiosk.printing.service import choose_queue

    printer = CupsPrinter()  # one policy for the screen and `kiosk print`
    assert choose_queue(printer, "MyMFP") == "MyMFP"  # the settings' queue, even one not set up yet
    assert PDF_QUEUE not in printer.queues()
    assert choose_queue(printer, "") == printer.default_queue()  # no PDF printer: CUPS's default
    subprocess.run(["lpadmin", "-p", PDF_QUEUE, "-v", "cups-pdf:/", "-E", "-m", pdf_queue_ppd()], check=True,
                   capture_output=True)
    try:
        assert choose_queue(printer, "") == PDF_QUEUE  # the embedded default
    finally:
        subprocess.run(["lpadmin", "-x", PDF_QUEUE], capture_output=True)


def test_jobs_in_flight_are_picked_up_by_a_new_process(pdf_queue, data_dir):
    printer = CupsPrinter()
    job = printer.submit(pdf_queue, _sheet(), "Custom.89x127mm", copies=2, extra=HOLD)
    JobBook(data_dir).add(InFlight(job, pdf_queue, 2, "sheet"))
    # the kiosk restarts: a new connection, the list read back from the data directory
    again = CupsPrinter()
    (entry,) = JobBook(data_dir).jobs()
    assert entry == InFlight(job, pdf_queue, 2, "sheet")
    assert again.status(entry.job).state == "held"
    again.resume(entry.queue)
    assert again.wait(entry.job, 20).state == "completed"
    JobBook(data_dir).remove(job)
    assert JobBook(data_dir).jobs() == []
    (data_dir / "print_jobs.json").write_text("{half a fi")  # damaged: treated as no jobs, not a crash
    assert JobBook(data_dir).jobs() == []


@pytest.mark.parametrize(("reasons", "ja", "en"), [
    (["media-empty-error"], "用紙を補充", "load paper"),
    (["media-needed"], "用紙を補充", "load paper"),
    (["media-jam-error"], "紙詰まり", "remove the jammed paper"),
    (["door-open-warning"], "閉じて", "close it"),
    (["toner-low-report"], "トナー", "toner is low"),
    (["marker-supply-empty-error"], "インク", "replace it"),
    (["offline-report"], "電源", "check power"),
    (["paused"], "再開", "press Resume"),
])
def test_printer_reasons_say_what_to_do_japanese_first(reasons, ja, en):
    text = reason_text(["none", *reasons])
    assert ja in text and en in text and text.index(ja) < text.index(en)


def test_several_reasons_are_all_told_once():
    text = reason_text(["media-jam-error", "door-open-error", "media-jam-warning", "com.vendor-xyz"])
    assert text.count(REASONS["media-jam"]) == 1 and REASONS["door-open"] in text


def test_nothing_of_the_sheet_stays_in_the_spool(pdf_queue):
    """CUPS's default keeps a printed document for a day; the kiosk has it purged when the job ends."""
    from tests.printing.conftest import spool_documents

    printer = CupsPrinter()
    job = printer.submit(pdf_queue, _sheet(), "Custom.89x127mm")
    assert printer.wait(job, 20).state == "completed"
    assert any(p.name.startswith(f"d{job:05d}-") for p in spool_documents())  # what a stock cupsd keeps
    printer.forget(job)
    assert not any(p.name.startswith(f"d{job:05d}-") for p in spool_documents())
    printer.forget(job)  # twice is harmless


def test_no_scheduler_is_a_clear_message_on_the_screen_too(cups_server, qtbot, tmp_path, monkeypatch):
    from kiosk.ui.print_panel import PrintPanel
    from kiosk.ui.printer_status import code_text
    from tests.printing.conftest import _free_port

    port = int(os.environ["CUPS_SERVER"].rsplit(":", 1)[1])
    dead = _free_port()
    cups.setPort(dead)  # nothing listens there: CUPS is down
    monkeypatch.setenv("CUPS_SERVER", f"127.0.0.1:{dead}")  # libcups' server is per thread: the worker's too
    try:
        with pytest.raises(PrintError) as down:
            CupsPrinter()
        assert down.value.kind == "cups" and "CUPS" in str(down.value)
        panel = PrintPanel(photo=sample_photo, printer=CupsPrinter, queue=lambda: "KioskPDF", data_dir=tmp_path)
        qtbot.addWidget(panel)
        panel.show()  # checks the printer at once (on the worker thread: the screen never waits for CUPS)
        qtbot.waitUntil(lambda: code_text("cups") in panel.status.text(), timeout=5000)
        panel.status.clear()
        panel.print_sheet()
        qtbot.waitUntil(lambda: code_text("cups") in panel.status.text(), timeout=5000)
        assert panel.job is None
    finally:
        cups.setPort(port)
