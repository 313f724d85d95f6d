"""Voids and session corrections: the import rules (with the line they name) and the figures."""

from __future__ import annotations

import pytest

from kiosk.domain.corrections import counted, plan_import
from kiosk.domain.events import EventError, parse_event
from kiosk.domain.report import daily_report
from kiosk.domain.tally import tally

DAY = "2024-10-05"


def ev(etype: str, event_id: str = "", minute: int = 0, session: str = "S1", **fields):
    obj = {"type": etype, "at": f"{DAY}T09:{minute:02d}:00+09:00", "session": session, **fields}
    if event_id:
        obj["id"] = event_id
    return parse_event(obj)


OPEN = ev("session_open", "o1", venue="石巻市役所", municipality="石巻市", kind="support", large_venue=False)
APP1 = ev("application", "a1", 1, route="paper", age_band="60-69")
APP2 = ev("application", "a2", 2, route="paper", age_band="60-69")


def test_an_id_round_trips_and_is_not_a_data_field():
    assert APP1.id == "a1" and "id" not in APP1.data
    assert parse_event(APP1.to_dict()) == APP1
    with pytest.raises(EventError, match="'id'"):
        parse_event({**APP1.to_dict(), "id": ""})


def test_a_void_takes_its_event_out_of_the_tally_and_the_daily_report():
    void = ev("void", "v1", 3, voids="a2", reason="tapped twice")
    events = [OPEN, APP1, APP2, void]
    assert tally(events).paper == 1
    report = daily_report(events, DAY)
    assert report["applications"] == {"total": 1, "paper": 1, "online": 0,
                                      "by_age_band": {"60-69": {"paper": 1, "online": 0}}}
    assert counted(events) == [OPEN, APP1]


def test_a_session_update_corrects_the_reported_session_latest_wins():
    first = ev("session_update", "u1", 5, municipality="東松島市")
    second = ev("session_update", "u2", 6, venue="東松島市役所", large_venue=True)
    rows = daily_report([OPEN, second, first], DAY)["sessions"]  # out of order in the log: time decides
    assert rows[0]["venue"] == "東松島市役所" and rows[0]["municipality"] == "東松島市" and rows[0]["large_venue"]
    with pytest.raises(EventError, match="at least one"):
        ev("session_update", "u3", reason="nothing")


@pytest.mark.parametrize(("line", "stored", "message"), [
    (ev("void", "v1", voids="nope", reason="x"), [OPEN, APP1], "neither in the store nor earlier"),
    (ev("void", "v2", voids="a1", reason="x"), [OPEN, APP1, ev("void", "v1", voids="a1", reason="x")],
     "already voided"),
    (ev("void", "v2", voids="v1", reason="x"), [OPEN, APP1, ev("void", "v1", voids="a1", reason="x")],
     "a void cannot be voided"),
    (ev("void", "v1", voids="o1", reason="x"), [OPEN], "a session_open cannot be voided"),
    (ev("void", "v1", voids="a1", reason="x", session="S2"), [OPEN, APP1], "the void's session"),
    (ev("application", "a1", 9, route="online", age_band="60-69"), [OPEN, APP1], "other content"),
    (ev("session_update", "u1", session="S9", venue="x"), [OPEN], "never opened"),
])
def test_refused_lines_name_their_line(line, stored, message):
    with pytest.raises(EventError, match=message) as caught:
        plan_import([APP2, line], stored, [4, 7])
    assert "line 7" in str(caught.value)


def test_same_id_same_content_is_already_there_and_a_void_may_follow_in_the_file():
    void = ev("void", "v1", 3, voids="a2", reason="x")
    assert plan_import([APP1, APP2, void], [OPEN, APP1], [1, 2, 3]) == [False, True, True]
    with pytest.raises(EventError, match="already used on line 1"):
        plan_import([APP2, APP2], [OPEN], [1, 2])
    with pytest.raises(EventError, match="already voided"):
        plan_import([void, ev("void", "v2", 4, voids="a2", reason="x")], [OPEN, APP2], [1, 2])
