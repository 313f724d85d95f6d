"""The online-application step from the operator's journey: scan, refuse what is not a form, open
the locked browser, and record the route taken."""

from PySide6.QtCore import Qt

from tests.browser.test_online_browser import PHOTO, Site
from tests.ui.conftest import at_desk

LEFT = Qt.MouseButton.LeftButton
FORM = "https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do?id=12345678901234567890123"


def report(window):
    from kiosk.domain.report import daily_report

    return daily_report([e for _, e in window.booth.log.events()], window.booth.local_today())


def applications(store):
    return [e.data["route"] for _, e in store.events() if e.type == "application"]


def test_a_qr_that_is_not_a_form_is_refused_and_nothing_opens(qtbot, operator, store):
    at_desk(operator, ["online_application"], "40-49")
    qtbot.mouseClick(operator.operator.journey.step_buttons["online_application"], LEFT)
    step = operator.online
    assert operator.stack.currentWidget() is operator.page_holders[step]
    qtbot.keyClicks(step.code, "https://example.com/coupon")
    qtbot.keyClick(step.code, Qt.Key.Key_Return)
    assert step.error.text() == "申請書のQRコードではありません（別のサイト）。" and step.browser is None
    qtbot.keyClicks(step.code, FORM.replace("https", "http"))
    qtbot.keyClick(step.code, Qt.Key.Key_Return)
    assert "https" in step.error.text() and step.browser is None and step.code.text() == ""
    qtbot.mouseClick(step.cancel_button, LEFT)
    assert operator.mode == "operator" and applications(store) == []


def test_offline_falls_back_to_paper_and_records_it(qtbot, operator, store):
    at_desk(operator, ["online_application"], "40-49")
    operator.start_online()
    operator.online.extra_origins = ("http://127.0.0.1:9",)
    operator.online.open_browser("http://127.0.0.1:9/")  # nothing listens: like a dead network
    browser = operator.online.browser
    qtbot.waitUntil(lambda: not browser.paper_button.isHidden(), timeout=20000)
    qtbot.mouseClick(browser.paper_button, LEFT)
    assert applications(store) == ["paper"]
    # on to the print screen: the photo for the paper form, or the next-steps slip
    assert operator.stack.currentWidget() is operator.page_holders[operator.print_panel]
    assert browser.ended and operator.online.browser is None


def test_offline_not_sent_counts_nothing_and_finish_waits_for_the_site(qtbot, operator, store):
    at_desk(operator, ["online_application"], "40-49")
    operator.start_online()
    operator.online.extra_origins = ("http://127.0.0.1:9",)
    operator.online.open_browser("http://127.0.0.1:9/")
    browser = operator.online.browser
    assert not browser.done_button.isEnabled()  # nothing has loaded: nothing can have been sent
    qtbot.waitUntil(lambda: not browser.not_sent_button.isHidden(), timeout=20000)
    assert browser.done_button.isHidden()
    qtbot.mouseClick(browser.not_sent_button, LEFT)
    assert applications(store) == [] and operator.online.browser is None
    assert report(operator)["applications"]["total"] == 0


def test_a_browser_left_open_is_wiped_when_the_applicant_leaves(qtbot, operator, store):
    site = Site()
    try:
        at_desk(operator, ["online_application"], "40-49")
        operator.start_online()
        operator.online.extra_origins = (site.url,)
        operator.online.open_browser(site.url + "/")
        browser = operator.online.browser
        qtbot.waitUntil(lambda: browser.loaded, timeout=20000)
        operator.to_operator()  # the operator walks away from the step without finishing it
        qtbot.mouseClick(operator.operator.journey.end_button, LEFT)  # and ends the applicant's journey
        qtbot.mouseClick(operator.operator.journey.confirmation.yes_button, LEFT)  # online not done: confirmed
        assert browser.ended and operator.online.browser is None
        assert operator.online.browser_holder.findChildren(type(browser)) == []
        operator.booth.receive_visitor(["online_application"])  # the next applicant starts clean
        operator.booth.call_next()
        operator.booth.set_age_band("20-29")
        operator.start_online()
        assert operator.online.browser is None and operator.online.stack.currentIndex() == 0
        assert applications(store) == []  # nothing was sent: nothing recorded
    finally:
        site.stop()


def test_sent_online_is_recorded_with_the_photo_from_memory(qtbot, operator, store):
    site = Site()
    try:
        at_desk(operator, ["online_application"], "40-49")
        operator.photo_jpeg = PHOTO
        operator.start_online()
        operator.online.extra_origins = (site.url,)
        operator.online.open_browser(site.url + "/")
        browser = operator.online.browser
        qtbot.waitUntil(lambda: browser.loaded, timeout=20000)
        with qtbot.waitSignal(browser.photo_attached, timeout=10000) as attached:
            qtbot.mouseClick(browser.attach_button, LEFT)
        assert attached.args == [True]
        qtbot.mouseClick(browser.done_button, LEFT)
        assert applications(store) == []  # asked first: 申請を送信しましたか？
        qtbot.mouseClick(browser.confirmation.no_button, LEFT)
        assert applications(store) == [] and not browser.ended
        qtbot.mouseClick(browser.done_button, LEFT)
        qtbot.mouseClick(browser.confirmation.yes_button, LEFT)
        assert applications(store) == ["online"] and operator.online.browser is None
        assert report(operator)["applications"]["online"] == 1
        qtbot.mouseClick(operator.operator.journey.end_button, LEFT)
        assert operator.photo_jpeg is None
    finally:
        site.stop()


def _qr_video(path, payload):
    import random

    import cv2

    from bench.formgen import make_frame, render_form, zoom_on_qr

    rng = random.Random(5)
    form = zoom_on_qr(render_form(payload))
    out = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 15, (1280, 720))
    for _ in range(12):
        out.write(make_frame("tilted", rng, form))
    out.release()
    return str(path)


def test_form_held_up_to_the_camera_opens_the_application_site(qtbot, operator, tmp_path):
    at_desk(operator, ["online_application"], "40-49")
    operator.settings.camera = _qr_video(tmp_path / "form.mp4", FORM)
    qtbot.mouseClick(operator.operator.journey.step_buttons["online_application"], LEFT)
    qtbot.waitUntil(lambda: operator.online.browser is not None, timeout=15000)
    browser = operator.online.browser
    qtbot.waitUntil(lambda: browser.page.requestedUrl().toString() == FORM, timeout=15000)
    assert operator.online.camera.worker is None  # the camera is released once the code is read
    browser.finish(False)


def test_a_foreign_qr_held_up_to_the_camera_opens_nothing(qtbot, operator, tmp_path):
    at_desk(operator, ["online_application"], "40-49")
    operator.settings.camera = _qr_video(tmp_path / "coupon.mp4", "https://example.com/coupon")
    operator.start_online()
    qtbot.waitUntil(lambda: "別のサイト" in operator.online.error.text(), timeout=15000)
    assert operator.online.browser is None
