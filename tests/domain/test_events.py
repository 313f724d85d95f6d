from datetime import UTC, datetime

import pytest

from kiosk.domain.age import AGE_BANDS, age_band_for
from kiosk.domain.events import EventError, event_from_json, make_event, parse_event


def test_round_trip_keeps_every_field():
    line = ('{"type":"application","at":"2024-10-05T08:30:00+09:00","session":"S1",'
            '"route":"online","age_band":"60-69"}')
    event = event_from_json(line)
    assert event.type == "application" and event.data == {"route": "online", "age_band": "60-69"}
    assert event_from_json(event.to_json()) == event


def test_report_date_is_the_japan_local_date():
    # 23:30 UTC on the 4th is 08:30 on the 5th in Japan
    event = make_event("visitor", "S1", at=datetime(2024, 10, 4, 23, 30, tzinfo=UTC))
    assert event.local_date == "2024-10-05"


@pytest.mark.parametrize(
    ("obj", "complaint"),
    [
        ({"type": "nope", "at": "2024-10-05T08:30:00+09:00", "session": "S1"}, "unknown event type"),
        ({"type": "visitor", "at": "2024-10-05T08:30:00", "session": "S1"}, "offset"),
        ({"type": "visitor", "at": "yesterday", "session": "S1"}, "ISO 8601"),
        ({"type": "visitor", "at": "2024-10-05T08:30:00+09:00"}, "session"),
        ({"type": "application", "at": "2024-10-05T08:30:00+09:00", "session": "S1", "route": "fax",
          "age_band": "60-69"}, "route"),
        ({"type": "application", "at": "2024-10-05T08:30:00+09:00", "session": "S1", "route": "paper",
          "age_band": "65"}, "age_band"),
        ({"type": "session_open", "at": "2024-10-05T08:30:00+09:00", "session": "S1", "venue": "v",
          "municipality": "m", "kind": "support", "large_venue": "yes"}, "large_venue"),
        ({"type": "print", "at": "2024-10-05T08:30:00+09:00", "session": "S1", "pages": 0}, "pages"),
        ({"type": "survey", "at": "2024-10-05T08:30:00+09:00", "session": "S1", "age_band": "20-29",
          "answers": {"q1": 3}}, "q1"),
    ],
)
def test_bad_events_say_what_is_wrong(obj, complaint):
    with pytest.raises(EventError, match=complaint):
        parse_event(obj)


def test_not_json_is_refused_with_a_reason():
    with pytest.raises(EventError, match="not valid JSON"):
        event_from_json('{"type": "visitor",')


def test_age_bands_cover_every_age():
    assert AGE_BANDS[0] == "0-9" and AGE_BANDS[-1] == "90+" and len(AGE_BANDS) == 10
    assert age_band_for(9) == "0-9" and age_band_for(10) == "10-19" and age_band_for(104) == "90+"
