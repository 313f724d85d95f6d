"""Print from the screen after the photo: the status goes to printed and the pages are counted."""

import json

from PySide6.QtCore import Qt

from hardware.printer import CupsPrinter
from kiosk.ui.printer_status import code_text
from tests.printing.conftest import (  # noqa: F401 (fixtures)
    cups_server,
    dnssd,
    epson_queue,
    escpr_ppds,
    everywhere_queue,
    output_of,
    pdf_queue,
    photo_mfp,
    spool_documents,
)
from tests.printing.test_print import sample_photo

LEFT = Qt.MouseButton.LeftButton


def test_print_from_the_panel_to_done_and_counted(qtbot, operator, pdf_queue, data_dir):  # noqa: F811
    w = operator
    w.settings.printer = pdf_queue
    w.booth.open_session("v", "m", "support", False)
    w.photo_jpeg = sample_photo()
    w._set_mode("operator", w.print_panel)
    panel = w.print_panel
    qtbot.mouseClick(panel.paper_buttons["hagaki"], LEFT)
    qtbot.mouseClick(panel.plus, LEFT)  # two sheets
    with qtbot.waitSignal(panel.printed, timeout=60000) as done:
        qtbot.mouseClick(panel.print_button, LEFT)
        qtbot.waitUntil(lambda: panel.job is not None, timeout=10000)  # sent from the worker thread
        # remembered while in flight: the job, its queue and sheet count (nothing of the applicant)
        assert json.loads((data_dir / "print_jobs.json").read_text()) == [
            {"job": panel.job, "queue": pdf_queue, "pages": 2, "kind": "sheet"}]
        job = panel.job
    assert done.args == [2]
    assert "Printed" in panel.status.text() or "印刷しました" in panel.status.text()
    assert w.booth.today().printed_pages == 2
    assert json.loads((data_dir / "print_jobs.json").read_text()) == []
    qtbot.waitUntil(lambda: not any(p.name.startswith(f"d{job:05d}-") for p in spool_documents()), timeout=5000)


def test_printing_without_a_photo_or_printer_says_why(qtbot, operator, cups_server):  # noqa: F811
    w = operator
    panel = w.print_panel
    w.photo_jpeg = None
    qtbot.mouseClick(panel.print_button, LEFT)
    assert panel.status.text() and panel.job is None
    w.photo_jpeg = b"\xff\xd8junk"
    w.settings.printer = "NoSuchQueue"
    qtbot.mouseClick(panel.print_button, LEFT)
    assert panel.status.text() == "写真を読み込めません（壊れた画像）。撮り直してください。"  # at once, in one language
    w.photo_jpeg = sample_photo()
    qtbot.mouseClick(panel.print_button, LEFT)
    qtbot.waitUntil(lambda: code_text("missing", "NoSuchQueue") in panel.status.text(), timeout=10000)
    assert "NoSuchQueue" in panel.status.text() and "not found" not in panel.status.text()  # one language
    assert panel.job is None and panel.print_button.isEnabled()


def test_out_of_paper_is_shown_and_resume_finishes_the_job(qtbot, operator):
    from hardware.fake_printer import TroubledPrinter

    w = operator
    w.booth.open_session("v", "m", "support", False)
    fake = TroubledPrinter(["media-empty-error"])
    panel = w.print_panel
    panel.printer = lambda: fake
    w.photo_jpeg = sample_photo()
    qtbot.mouseClick(panel.print_button, LEFT)
    qtbot.waitUntil(lambda: code_text("media-empty") in panel.status.text(), timeout=5000)  # the screen's language
    assert "load paper" not in panel.status.text()  # one language only: the screen's (Japanese here)
    assert not panel.resume_button.isHidden()
    assert fake.options[1]["MediaType"] == "photographic-glossy"  # photo paper, by the printer's own name
    with qtbot.waitSignal(panel.printed, timeout=5000):
        qtbot.mouseClick(panel.resume_button, LEFT)
    assert fake.resumed and w.booth.today().printed_pages == 1


def test_a_jam_can_be_cancelled(qtbot, operator):
    from hardware.fake_printer import TroubledPrinter

    fake = TroubledPrinter(["media-jam-error"])
    panel = operator.print_panel
    panel.printer = lambda: fake
    operator.photo_jpeg = sample_photo()
    qtbot.mouseClick(panel.print_button, LEFT)
    qtbot.waitUntil(lambda: code_text("media-jam") in panel.status.text(), timeout=5000)
    qtbot.mouseClick(panel.cancel_button, LEFT)
    qtbot.waitUntil(lambda: panel.job is None and panel.print_button.isEnabled(), timeout=5000)


def test_jobs_in_flight_are_picked_up_after_a_restart_and_counted(qtbot, data_dir, store, pdf_queue):  # noqa: F811
    from hardware.printer import CupsPrinter
    from kiosk.booth import Booth
    from kiosk.sheets.layout import layout
    from kiosk.sheets.pdf import sheet_pdf
    from kiosk.ui.app import build_window

    Booth(store, "booth-1").open_session("県庁", "仙台市", "support", False)  # the day's session, open
    printer = CupsPrinter()
    jobs = [printer.submit(pdf_queue, sheet_pdf(sample_photo(), layout("L")), "Custom.89x127mm") for _ in range(2)]
    # as a kiosk that died with two jobs in flight (2 sheets, then 1) left it
    (data_dir / "print_jobs.json").write_text(json.dumps(
        [{"job": jobs[0], "queue": pdf_queue, "pages": 2, "kind": "sheet"},
         {"job": jobs[1], "queue": pdf_queue, "pages": 1, "kind": "sheet"}]), encoding="utf-8")
    w = build_window(str(data_dir), store)  # the kiosk starts again
    qtbot.addWidget(w)
    assert w.print_panel.job == jobs[0]
    qtbot.waitUntil(lambda: w.booth.today().printed_pages == 3, timeout=60000)  # both followed and counted
    assert json.loads((data_dir / "print_jobs.json").read_text()) == [] and w.print_panel.job is None
    assert "<b>3</b>" in w.operator.tallies.labels["printed_pages"].text()
    w._allow_close = True


def test_a_stopped_printer_is_shown_at_once_and_resumed_with_one_tap(qtbot, operator, pdf_queue):  # noqa: F811
    import subprocess

    w = operator
    w.settings.printer = pdf_queue
    w.booth.open_session("v", "m", "support", False)
    w.photo_jpeg = sample_photo()
    subprocess.run(["cupsdisable", pdf_queue], check=True)
    w._set_mode("operator", w.print_panel)  # the screen opens: the problem shows before Print is pressed
    panel = w.print_panel
    qtbot.waitUntil(lambda: code_text("stopped") in panel.status.text() and not panel.resume_button.isHidden(),
                    timeout=5000)
    panel.status.clear()
    qtbot.mouseClick(panel.print_button, LEFT)  # pressing Print anyway: refused with the reason, nothing sent
    qtbot.waitUntil(lambda: code_text("stopped") in panel.status.text(), timeout=5000)
    assert panel.job is None
    qtbot.mouseClick(panel.resume_button, LEFT)
    qtbot.waitUntil(panel.resume_button.isHidden, timeout=5000)
    with qtbot.waitSignal(panel.printed, timeout=60000):
        qtbot.mouseClick(panel.print_button, LEFT)
    assert w.booth.today().printed_pages == 1


def test_a_cancelled_sheet_can_be_printed_again(qtbot, operator, pdf_queue):  # noqa: F811
    from hardware.fake_printer import TroubledPrinter

    w = operator
    w.booth.open_session("v", "m", "support", False)
    fake = TroubledPrinter(["media-jam-error"])
    panel = w.print_panel
    panel.printer = lambda: fake
    w.photo_jpeg = sample_photo()
    qtbot.mouseClick(panel.paper_buttons["2L"], LEFT)
    qtbot.mouseClick(panel.print_button, LEFT)
    qtbot.waitUntil(lambda: code_text("media-jam") in panel.status.text(), timeout=5000)
    qtbot.mouseClick(panel.cancel_button, LEFT)
    qtbot.waitUntil(lambda: panel.job is None and not panel.reprint_button.isHidden(), timeout=5000)
    assert panel.tr("Cancelled") in panel.status.text()
    assert w.booth.today().printed_pages == 0  # a cancelled sheet is not counted
    panel.printer = CupsPrinter  # the jam is cleared: the real (PDF) printer prints it again
    w.settings.printer = pdf_queue
    with qtbot.waitSignal(panel.printed, timeout=60000) as done:
        qtbot.mouseClick(panel.reprint_button, LEFT)
    assert done.args == [1] and w.booth.today().printed_pages == 1


def test_accepting_the_photo_on_the_review_screen_then_print_goes_to_printed(qtbot, operator, pdf_queue,  # noqa: F811
                                                                               monkeypatch):
    from tests.ui.conftest import at_desk

    monkeypatch.setattr("hardware.camera._webcams", lambda: [])  # no webcam here: the demo video
    w = operator
    w.settings.printer = pdf_queue
    at_desk(w, ["photo"], "50-59")
    qtbot.mouseClick(w.operator.journey.step_buttons["photo"], LEFT)
    step = w.photo_step
    qtbot.waitUntil(lambda: step.view.last is not None, timeout=10000)
    qtbot.mouseClick(step.shutter, LEFT)
    qtbot.waitUntil(lambda: step.result is not None, timeout=5000)  # the full-resolution still
    qtbot.mouseClick(step.accept_button, LEFT)  # the review screen: accept
    assert w.stack.currentWidget() is w.page_holders[w.print_panel]
    panel = w.print_panel
    with qtbot.waitSignal(panel.printed, timeout=60000) as done:
        qtbot.mouseClick(panel.print_button, LEFT)
        assert not panel.print_button.isEnabled()  # one tap sends one job
    assert done.args == [1]
    assert "Printed" in panel.status.text() or "印刷しました" in panel.status.text()
    assert w.booth.today().printed_pages == 1 and panel.print_button.isEnabled()


def test_the_sheet_preview_shows_the_photo_in_every_slot_and_leaves_with_the_screen(qtbot, operator):
    import cv2
    import numpy as np

    w = operator
    img = np.zeros((1063, 827, 3), np.uint8)
    img[:] = (0, 0, 255)  # a red photo: easy to find on the white paper
    w.photo_jpeg = cv2.imencode(".jpg", img)[1].tobytes()
    w._set_mode("operator", w.print_panel)
    panel = w.print_panel
    qtbot.mouseClick(panel.paper_buttons["hagaki"], LEFT)
    preview = panel.preview

    def red_slots():
        shot = preview.grab().toImage()
        page = preview.paper_rect()
        s = page.width() / preview.sheet.paper.width
        centres = [(page.x() + (x + 17.5) * s, page.y() + (y + 22.5) * s) for x, y in preview.sheet.slots]
        return sum(shot.pixelColor(int(cx), int(cy)).red() > 200 and shot.pixelColor(int(cx), int(cy)).blue() < 60
                   for cx, cy in centres)

    qtbot.waitUntil(lambda: preview.sheet is not None and preview.sheet.paper.name == "hagaki", timeout=2000)
    assert red_slots() == 6  # the postcard layout, the photo in each slot
    qtbot.mouseClick(panel.paper_buttons["L"], LEFT)
    assert preview.sheet.paper.name == "L" and red_slots() == 4
    page = preview.paper_rect()
    assert abs(page.width() / page.height() - 89 / 127) < 0.01  # the paper to scale
    qtbot.mouseClick(panel.back_button, LEFT)
    assert preview.photo is None and preview.sheet is None  # the face leaves the screen with it


def test_a_stopped_printer_shows_in_the_header_on_every_operator_screen(qtbot, operator, pdf_queue):  # noqa: F811
    import subprocess

    w = operator
    w.settings.printer = pdf_queue
    status = w.printer_status

    def check() -> None:  # the check runs on its own thread; the header changes when it answers
        with qtbot.waitSignal(status.changed, timeout=10000):
            status.check()

    check()
    assert not status.button.isVisible()  # all well: nothing in the way
    subprocess.run(["cupsdisable", pdf_queue], check=True)  # paper out, say: nobody is printing
    check()
    assert status.button.isVisible() and status.button.text() in ("プリンターを確認", "Printer: check it")
    w.to_attendee()
    assert not status.button.isVisible()  # not the attendee's business
    w._set_mode("operator", w.operator)
    assert status.button.isVisible()
    qtbot.mouseClick(status.button, LEFT)  # one tap to the print screen, where Resume is
    assert w.stack.currentWidget() is w.page_holders[w.print_panel]
    qtbot.waitUntil(lambda: not w.print_panel.resume_button.isHidden(), timeout=5000)
    qtbot.mouseClick(w.print_panel.resume_button, LEFT)
    qtbot.waitUntil(w.print_panel.resume_button.isHidden, timeout=5000)
    check()
    assert not status.button.isVisible()


def test_the_print_screen_says_an_empty_photo_tray_and_low_ink_before_printing(
        qtbot, operator, photo_mfp, everywhere_queue):  # noqa: F811
    uri, _kept = photo_mfp(photo_paper=False)
    w = operator
    w.settings.printer = everywhere_queue(uri)
    w.photo_jpeg = sample_photo()
    w._set_mode("operator", w.print_panel)  # the screen opens: nobody has pressed Print
    panel = w.print_panel
    qtbot.waitUntil(lambda: code_text("photo-tray-empty") in panel.status.text(), timeout=10000)
    assert "写真用紙トレイが空です" in panel.status.text()  # the operator's words (the screen is in Japanese)
    assert code_text("ink-low", "Magenta") in panel.status.text()


def test_a_job_that_cannot_reach_its_printer_shows_on_the_print_screen(qtbot, operator, epson_queue,  # noqa: F811
                                                                       monkeypatch):
    monkeypatch.setattr("kiosk.printing.service.STUCK_S", 2.0)  # the same rule, sooner
    w = operator
    w.settings.printer = epson_queue("EP-805A", "socket://127.0.0.1:9")  # the printer is switched off
    w.photo_jpeg = sample_photo()
    w._set_mode("operator", w.print_panel)
    panel = w.print_panel
    qtbot.mouseClick(panel.print_button, LEFT)
    qtbot.waitUntil(lambda: code_text("unreachable") in panel.status.text(), timeout=30000)
    qtbot.mouseClick(panel.cancel_button, LEFT)
    qtbot.waitUntil(lambda: panel.job is None and panel.print_button.isEnabled(), timeout=10000)


def test_settings_show_what_each_paper_is_sent_as_on_the_chosen_printer(qtbot, operator, epson_queue):  # noqa: F811
    queue = epson_queue("EP-807A")
    w = operator
    w.to_admin()
    w.admin.printer.setCurrentText(queue)
    text = w.admin.media_label.text
    qtbot.waitUntil(lambda: "Upper Cassette" in text(), timeout=10000)
    lines = text().splitlines()
    assert any(line.startswith("L判:") and "89 x 127 mm" in line and "EPSON Photo Paper-Quality" in line
               and "Upper Cassette" in line for line in lines), lines
    assert any(line.startswith("はがき:") and "ありません" in line for line in lines)  # this model has no postcard
    assert any(line.startswith("手続き案内:") and "Plain Paper" in line and "Lower Cassette" in line for line in lines)

