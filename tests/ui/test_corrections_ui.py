"""By touch on the real store: a ticked step asks before anything is recorded again, 取り消す voids,
もう一件 counts a real second one, and a corrected age band moves the figures. Asserts on the report."""

from PySide6.QtCore import Qt

from kiosk.domain.report import daily_report
from kiosk.ui.labels import step_label
from tests.printing.conftest import cups_server, pdf_queue  # noqa: F401 (fixtures)
from tests.printing.test_print import sample_photo
from tests.ui.conftest import at_desk

LEFT = Qt.MouseButton.LeftButton


def report(window):
    return daily_report([e for _, e in window.booth.log.events()], window.booth.local_today())


def test_two_taps_give_one_event_and_undo_takes_it_out_of_tally_and_report(qtbot, operator):
    w = operator
    at_desk(w, ["smartphone_consult"], "30-39")
    jp = w.operator.journey
    qtbot.mouseClick(jp.step_buttons["smartphone_consult"], LEFT)
    qtbot.mouseClick(jp.step_buttons["smartphone_consult"], LEFT)  # the slip: asks, records nothing
    assert report(w)["smartphone_consult"] == 1 and jp.confirmation.yes_button.isVisible()
    assert not jp.confirmation.extra_button.isVisible()  # one consultation is one fact: no "one more"
    qtbot.mouseClick(jp.confirmation.no_button, LEFT)
    assert report(w)["smartphone_consult"] == 1 and "✔" in jp.step_buttons["smartphone_consult"].text()
    qtbot.mouseClick(jp.step_buttons["smartphone_consult"], LEFT)
    qtbot.mouseClick(jp.confirmation.yes_button, LEFT)
    assert report(w)["smartphone_consult"] == 0 and w.operator.tallies.figure("smartphone_consult") == 0
    assert "✔" not in jp.step_buttons["smartphone_consult"].text()
    assert [e.type for _, e in w.booth.log.events()][-2:] == ["smartphone_consult", "void"]


def test_one_more_paper_application_counts_two(qtbot, operator):
    w = operator
    at_desk(w, ["paper_application"], "40-49")
    jp = w.operator.journey
    qtbot.mouseClick(jp.step_buttons["paper_application"], LEFT)
    qtbot.mouseClick(jp.step_buttons["paper_application"], LEFT)
    assert jp.confirmation.extra_button.isVisible()
    qtbot.mouseClick(jp.confirmation.extra_button, LEFT)  # a family member's form
    assert report(w)["applications"]["paper"] == 2 and "✔×2" in jp.step_buttons["paper_application"].text()
    qtbot.mouseClick(jp.step_buttons["paper_application"], LEFT)
    qtbot.mouseClick(jp.confirmation.yes_button, LEFT)
    assert report(w)["applications"]["paper"] == 1 and w.operator.tallies.figure("paper") == 1


def test_correcting_the_age_band_moves_the_recorded_figures(qtbot, operator):
    w = operator
    at_desk(w, ["insurance_link"], "60-69")
    jp = w.operator.journey
    qtbot.mouseClick(jp.step_buttons["insurance_link"], LEFT)
    qtbot.mouseClick(jp.outcome_buttons["done"], LEFT)
    assert report(w)["assistance_by_age_band"] == {"insurance_link": {"60-69": 1}}
    qtbot.mouseClick(jp.age_buttons["70-79"], LEFT)
    assert report(w)["assistance_by_age_band"] == {"insurance_link": {"70-79": 1}}
    assert report(w)["insurance_link"] == 1 and w.operator.tallies.figure("insurance_link") == 1
    assert "1" in jp.message.text()


def test_finishing_with_a_requested_service_not_done_asks_and_lists_it(qtbot, operator):
    w = operator
    at_desk(w, ["photo", "smartphone_consult"], "30-39")
    jp = w.operator.journey
    qtbot.mouseClick(jp.step_buttons["smartphone_consult"], LEFT)
    qtbot.mouseClick(jp.end_button, LEFT)
    details = jp.confirmation.details.text()
    assert w.booth.current is not None
    assert step_label("photo") in details and step_label("smartphone_consult") not in details
    qtbot.mouseClick(jp.confirmation.no_button, LEFT)
    assert w.booth.current is not None
    qtbot.mouseClick(jp.end_button, LEFT)
    qtbot.mouseClick(jp.confirmation.yes_button, LEFT)
    assert w.booth.current is None and report(w)["smartphone_consult"] == 1


def test_quitting_the_app_asks_first(qtbot, operator, monkeypatch):
    w = operator
    quits = []
    monkeypatch.setattr(w, "quit_kiosk", lambda: quits.append(1))
    w.admin.quit_requested.disconnect()
    w.admin.quit_requested.connect(w.quit_kiosk)
    w.to_admin()
    qtbot.mouseClick(w.admin.quit_button, LEFT)
    assert quits == [] and w.admin.confirmation.isVisible()
    qtbot.mouseClick(w.admin.confirmation.no_button, LEFT)
    assert quits == []
    qtbot.mouseClick(w.admin.quit_button, LEFT)
    qtbot.mouseClick(w.admin.confirmation.yes_button, LEFT)
    assert quits == [1]


def test_idle_warns_with_a_countdown_continue_keeps_the_applicant_and_a_reset_tells_the_operator(qtbot, operator):
    w = operator
    at_desk(w, ["smartphone_consult", "survey"], "30-39")
    w.start_survey()  # the survey is handed to the attendee, who walks away
    assert w.mode == "attendee"
    w.idle.set_timeout(30)  # warns 15 s ahead
    w.idle.warn_timer.setInterval(50)
    w.idle.poke()
    qtbot.waitUntil(w.attendee.warning.isVisible, timeout=3000)
    first = w.attendee.seconds_left
    assert str(first) in w.attendee.warning_text.text() and abs(first - w.idle.seconds_left()) <= 1
    qtbot.waitUntil(lambda: w.attendee.seconds_left == first - 1, timeout=2500)  # counts down each second
    assert str(first - 1) in w.attendee.warning_text.text()
    qtbot.mouseClick(w.attendee.continue_button, LEFT)  # 続ける
    assert not w.attendee.warning.isVisible() and w.booth.current is not None
    assert w.idle.seconds_left() > 20
    with qtbot.waitSignal(w.applicant_cleared, timeout=3000):
        w.idle.timer.setInterval(100)
        w.idle.timer.start()
    assert w.booth.current is None and not w.attendee.warning.isVisible()
    dropped = w.operator.journey.message.text()
    assert step_label("survey") in dropped and step_label("smartphone_consult") in dropped and "1" in dropped
    assert report(w)["survey"]["responses"] == 0


def test_the_print_screen_is_fresh_for_the_next_applicant(qtbot, operator, pdf_queue):  # noqa: F811
    w = operator
    w.settings.printer = pdf_queue
    at_desk(w, ["photo"], "50-59")
    w.photo_jpeg = sample_photo()
    w._set_mode("operator", w.print_panel)
    panel = w.print_panel
    qtbot.mouseClick(panel.plus, LEFT)
    with qtbot.waitSignal(panel.printed, timeout=60000):
        qtbot.mouseClick(panel.print_button, LEFT)
    assert not panel.reprint_button.isHidden() and panel.status.text()
    qtbot.mouseClick(panel.back_button, LEFT)
    qtbot.mouseClick(w.operator.journey.end_button, LEFT)
    qtbot.mouseClick(w.operator.journey.confirmation.yes_button, LEFT)  # the photo step was not ticked
    w.booth.receive_visitor(["photo"])
    w.booth.call_next()
    w._set_mode("operator", w.print_panel)
    assert panel.reprint_button.isHidden() and panel.status.text() == "" and panel.copies == 1
    assert report(w)["printed_pages"] == 2


def test_a_report_made_on_screen_while_the_kiosk_runs_previews_and_saves_to_a_stick(qtbot, operator, tmp_path):
    from openpyxl import load_workbook

    w = operator
    stick = tmp_path / "USBSTICK"
    stick.mkdir()
    w.reports_screen.places = lambda: [stick, tmp_path / "reports"]
    at_desk(w, ["paper_application"], "60-69")
    jp = w.operator.journey
    qtbot.mouseClick(jp.step_buttons["paper_application"], LEFT)
    qtbot.mouseClick(jp.step_buttons["paper_application"], LEFT)
    qtbot.mouseClick(jp.confirmation.extra_button, LEFT)  # a family member's
    qtbot.mouseClick(jp.step_buttons["paper_application"], LEFT)
    qtbot.mouseClick(jp.confirmation.yes_button, LEFT)  # one was a slip
    qtbot.mouseClick(w.operator.reports.reports_button, LEFT)
    screen = w.reports_screen
    assert w.stack.currentWidget() is w.page_holders[screen]
    assert screen.period.currentText() == w.booth.local_today()
    assert not screen.save_buttons[stick].isEnabled()  # nothing made yet
    qtbot.mouseClick(screen.format_buttons["xlsx"], LEFT)
    qtbot.mouseClick(screen.make_button, LEFT)
    assert screen.preview_pages() >= 1
    qtbot.mouseClick(screen.save_buttons[stick], LEFT)
    saved = stick / f"日次報告書_{w.booth.local_today()}.xlsx"
    assert saved.exists() and str(saved) in screen.status.text()
    summary = {r[0]: r[1] for r in load_workbook(saved)["概要"].iter_rows(min_row=2, values_only=True)}
    assert summary["カード申請 合計"] == 1 == report(w)["applications"]["paper"]
    made = screen.made
    qtbot.mouseClick(screen.back_button, LEFT)
    assert w.mode == "operator" and not made.exists()  # the temporary copy is gone


def test_a_typo_in_the_venue_is_corrected_and_the_report_shows_the_correction(qtbot, operator):
    w = operator
    w.booth.open_session("県庁ロビ", "仙台市", "support", False)
    w.operator.refresh()
    sp = w.operator.session_panel
    qtbot.mouseClick(sp.correct_button, LEFT)
    assert sp.venue.text() == "県庁ロビ" and sp.stack.currentIndex() == 0
    sp.venue.setText("県庁ロビー")
    qtbot.mouseClick(sp.large_venue, LEFT)
    qtbot.mouseClick(sp.open_button, LEFT)
    assert sp.stack.currentIndex() == 1 and "県庁ロビー" in sp.info.text() and "県庁ロビー" in w.session_label.text()
    row = report(w)["sessions"][0]
    assert (row["venue"], row["large_venue"]) == ("県庁ロビー", True)
    assert [e.type for _, e in w.booth.log.events()] == ["session_open", "session_update"]


def test_a_double_tap_on_receive_is_cancelled_and_the_visitor_not_counted(qtbot, operator):
    w = operator
    w.booth.open_session("県庁", "仙台市", "support", False)
    w.operator.refresh()
    rp = w.operator.reception
    assert rp.cancel_button.isHidden()
    qtbot.mouseClick(rp.receive_button, LEFT)
    qtbot.mouseClick(rp.receive_button, LEFT)  # the slip: a second number
    assert report(w)["visitors"] == 2 and not rp.cancel_button.isHidden()
    qtbot.mouseClick(rp.cancel_button, LEFT)
    qtbot.mouseClick(rp.confirmation.yes_button, LEFT)
    assert report(w)["visitors"] == 1 and w.operator.tallies.figure("visitors") == 1
    assert [j.ticket for j in w.booth.queue] == [1] and rp.cancel_button.isHidden()


def test_an_open_question_is_withdrawn_when_the_screen_locks(qtbot, operator):
    w = operator
    at_desk(w, ["photo"], "30-39")
    jp = w.operator.journey
    qtbot.mouseClick(jp.end_button, LEFT)  # photo not done: asks
    answers = []
    jp.confirmation.finished.connect(answers.append)
    assert jp.confirmation.isVisible()
    w.idle.timer.setInterval(100)
    w.idle.timer.start()
    qtbot.waitUntil(lambda: w.mode == "locked", timeout=3000)
    assert answers == [0] and w.booth.current is not None  # withdrawn: nobody answered it for the operator
