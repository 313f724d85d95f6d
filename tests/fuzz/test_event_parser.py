"""Hypothesis against the event parser and the importer: any line either becomes an event that the
store seals, the reports count and JSON round-trips, or is refused with an EventError — never any
other exception. Lines are arbitrary text, arbitrary JSON, and valid events with one field replaced
by anything JSON can hold."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kiosk.commands.events import parse_file
from kiosk.domain.events import Event, EventError, event_from_json
from kiosk.reports.render import ReportError, compute
from kiosk.store.encrypted import open_event_log
from tests.store.conftest import PASSPHRASE

VALID = [
    {"type": "session_open", "at": "2026-11-20T09:00:00+09:00", "session": "S1", "venue": "区民センター",
     "municipality": "渋谷区", "kind": "support", "large_venue": False},
    {"type": "visitor", "at": "2026-11-20T09:10:00+09:00", "session": "S1", "services": ["photo"]},
    {"type": "application", "at": "2026-11-20T09:20:00+09:00", "session": "S1", "route": "paper", "age_band": "60-69"},
    {"type": "survey", "at": "2026-11-20T09:30:00+09:00", "session": "S1", "age_band": "70-79",
     "answers": {"q1": "a", "q2": ["b", "c"]}, "free_text": "とても良い"},
    {"type": "print", "at": "2026-11-20T09:40:00+09:00", "session": "S1", "pages": 2},
    {"type": "session_close", "at": "2026-11-20T16:00:00+09:00", "session": "S1"},
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
times = st.datetimes(timezones=st.timezones()).map(lambda t: t.isoformat()) | st.text(max_size=40)


@st.composite
def mutated_event(draw: st.DrawFn) -> str:
    event = dict(draw(st.sampled_from(VALID)))
    key = draw(st.sampled_from([*event, "extra"]))
    event[key] = draw(times if key == "at" else json_values)
    return json.dumps(event, ensure_ascii=draw(st.booleans()))


KNOWN_BAD = [  # found by hand before the fuzzer existed; always tried, whatever Hypothesis draws
    '{"type":"visitor","at":"0001-01-01T00:00:00+14:00","session":"S1"}',
    '{"type":"visitor","at":"9999-12-31T23:59:59-14:00","session":"S1"}',
    "[" * 100_000 + "]" * 100_000,
    '{"type":"visitor","at":"2026-11-20T09:00:00+09:00","session":"S1","n":' + "9" * 5000 + "}",
    '{"type":"visitor","at":"2026-11-20T09:00:00+09:00","session":"S1","note":"\\ud800"}',
    '{"type":"visitor","at":"2026-11-20T09:00:00+09:00","session":"S1","n":NaN}',
]
lines = (mutated_event() | json_values.map(json.dumps) | st.text(max_size=200) | st.sampled_from(KNOWN_BAD))


def example_each(values: list[str]):  # noqa: ANN201 - a decorator
    def apply(test):  # noqa: ANN001, ANN202
        for v in values:
            test = example(line=v)(test)
        return test
    return apply


def check_event(event: Event) -> None:
    """What every part downstream does with an accepted event must work."""
    assert event_from_json(event.to_json()) == event
    event.to_json().encode("utf-8")
    assert "2020" <= event.local_date < "2101"


@given(line=lines)
@example_each(KNOWN_BAD)
def test_a_line_is_an_event_or_an_event_error(line: str) -> None:
    try:
        event = event_from_json(line)
    except EventError as exc:
        assert str(exc)  # a message, never empty
        return
    check_event(event)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    log = open_event_log(tmp_path_factory.mktemp("fuzz-store"), PASSPHRASE, create=True)
    yield log
    log.close()


@given(body=st.lists(lines, min_size=1, max_size=6), sep=st.sampled_from(["\n", "\r\n"]))
def test_a_file_imports_whole_or_is_refused_with_its_line(store, tmp_path_factory, body: list[str], sep: str) -> None:
    path: Path = tmp_path_factory.mktemp("jsonl") / "day.jsonl"
    path.write_text(sep.join(body), encoding="utf-8", errors="surrogatepass")
    try:
        numbered = parse_file(path)
        store.import_events([e for _, e in numbered], [n for n, _ in numbered])
    except EventError as exc:  # a bad line, or a rule on ids and voids: nothing recorded, the line named
        assert "line" in str(exc) or "cannot read" in str(exc), str(exc)
        return
    for kind, args in (("daily", {"date": "2026-11-20"}), ("completion", {})):
        with contextlib.suppress(ReportError):  # a report that cannot be made says why; anything else is a bug
            compute(kind, [e for _, e in store.events()], **args)
