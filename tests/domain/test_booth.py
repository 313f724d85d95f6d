from datetime import UTC, datetime

import pytest

from kiosk.booth import Booth, BoothError
from kiosk.store.memory import MemoryEventLog


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 10, 5, 0, 0, tzinfo=UTC)  # 09:00 in Japan

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def booth():
    return Booth(MemoryEventLog(), "miyagi-1", clock=Clock())


def test_a_journey_becomes_events_and_tallies(booth):
    booth.open_session("県庁ロビー", "仙台市", "support", True)
    booth.receive_visitor(["photo", "paper_application"])
    booth.receive_visitor(["insurance_link"])
    first = booth.call_next()
    assert first.ticket == 1 and [j.ticket for j in booth.queue] == [2]
    booth.set_age_band("70-79")
    booth.complete_step("photo")
    booth.complete_step("paper_application")
    booth.complete_step("insurance_link", outcome="pin_locked")
    summary = booth.end_journey()
    assert summary == {"ticket": 1, "services": ["photo", "paper_application"],
                       "steps": ["photo", "paper_application", "insurance_link"]}
    assert booth.current is None
    t = booth.today()
    assert (t.visitors, t.paper, t.online, t.insurance_link, t.photos) == (2, 1, 0, 1, 1)
    types = [e.type for _, e in booth.log.events()]
    assert types == ["session_open", "visitor", "visitor", "photo", "application", "insurance_link"]
    app = next(e for _, e in booth.log.events() if e.type == "application")
    assert app.data == {"route": "paper", "age_band": "70-79"}


def test_steps_need_an_age_band_and_an_applicant(booth):
    booth.open_session("v", "m", "support", False)
    with pytest.raises(BoothError, match="no applicant"):
        booth.complete_step("photo")
    booth.receive_visitor([])
    booth.call_next()
    with pytest.raises(BoothError, match="age band"):
        booth.complete_step("photo")
    assert [e.type for _, e in booth.log.events()] == ["session_open", "visitor"]


def test_session_rules(booth):
    with pytest.raises(BoothError, match="no booth session"):
        booth.receive_visitor([])
    with pytest.raises(BoothError, match="venue"):
        booth.open_session(" ", "仙台市", "support", False)
    booth.open_session("v", "m", "mobile", False)
    with pytest.raises(BoothError, match="already open"):
        booth.open_session("v", "m", "mobile", False)
    booth.receive_visitor([])
    with pytest.raises(BoothError, match="waiting"):
        booth.close_session()
    booth.call_next()
    booth.end_journey()
    booth.close_session()
    assert booth.session is None


def test_restart_keeps_the_open_session_and_ticket_numbers():
    log = MemoryEventLog()
    first = Booth(log, "b", clock=Clock())
    session = first.open_session("v", "m", "support", False)
    first.receive_visitor([])
    first.receive_visitor([])
    again = Booth(log, "b", clock=Clock())
    assert again.session == session
    assert again.receive_visitor([]).ticket == 3


def test_second_session_of_the_day_gets_its_own_id(booth):
    a = booth.open_session("v", "m", "support", False)
    booth.close_session()
    b = booth.open_session("v2", "m", "smartphone_class", False)
    assert a.session == "miyagi-1-20241005-1" and b.session == "miyagi-1-20241005-2"


def test_two_kiosks_on_the_default_booth_id_never_share_a_session_id():
    from kiosk.store.memory import MemoryEventLog

    late_evening = Clock()
    late_evening.now = datetime(2024, 10, 5, 15, 30, tzinfo=UTC)  # 00:30 on the 6th in Japan
    a = Booth(MemoryEventLog("kiosk-0123456789ab"), "booth-1", clock=late_evening)
    b = Booth(MemoryEventLog("kiosk-ba9876543210"), "booth-1", clock=late_evening)
    sa, sb = a.open_session("v", "m", "support", False), b.open_session("v", "m", "support", False)
    assert sa.session == "booth-1.6789ab-20241006-1" and sb.session == "booth-1.543210-20241006-1"


def _report(booth):
    from kiosk.domain.report import daily_report

    return daily_report([e for _, e in booth.log.events()], booth.local_today())


def test_undo_voids_the_step_and_the_tally_and_report_drop_it(booth):
    booth.open_session("v", "m", "support", False)
    booth.receive_visitor([])
    booth.call_next()
    booth.set_age_band("30-39")
    consult = booth.complete_step("smartphone_consult")
    assert booth.today().smartphone_consult == 1
    void = booth.undo_step("smartphone_consult")
    assert void.data == {"voids": consult.id, "reason": "operator_undo"}
    assert booth.today().smartphone_consult == 0 and booth.current.done == []
    assert _report(booth)["smartphone_consult"] == 0
    with pytest.raises(BoothError) as caught:
        booth.undo_step("smartphone_consult")
    assert caught.value.code == "step_not_recorded" and caught.value.params == {"step": "smartphone_consult"}
    restarted = Booth(booth.log, "miyagi-1", clock=booth.clock)  # rebuilt from the log: still not counted
    assert restarted.today().smartphone_consult == 0


def test_a_second_paper_application_counts_and_undo_takes_back_one(booth):
    booth.open_session("v", "m", "support", False)
    booth.receive_visitor([])
    booth.call_next()
    booth.set_age_band("40-49")
    booth.complete_step("paper_application")
    booth.complete_step("paper_application")  # もう一件: a family member's
    assert _report(booth)["applications"]["paper"] == 2
    booth.undo_step("paper_application")
    assert booth.current.done == ["paper_application"] and _report(booth)["applications"]["paper"] == 1


def test_correcting_the_age_band_re_records_what_changes(booth):
    booth.open_session("v", "m", "support", False)
    booth.receive_visitor([])
    booth.call_next()
    booth.set_age_band("60-69")
    booth.complete_step("paper_application")
    booth.complete_step("other", category="copy")
    booth.complete_step("survey", age_band="50-59", answers={})  # the attendee's own answer
    redone = booth.set_age_band("70-79")
    assert [e.type for e in redone] == ["application"]  # "other" carries no band, the survey keeps its own
    report = _report(booth)
    assert report["applications"]["by_age_band"] == {"70-79": {"paper": 1, "online": 0}}
    assert booth.today().paper == 1 and booth.current.done == ["paper_application", "other", "survey"]
    assert report["survey"]["responses_by_age_band"] == {"50-59": 1}
    types = [e.type for _, e in booth.log.events()]
    assert types[-2:] == ["void", "application"]
