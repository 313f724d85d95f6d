"""Domain events: the only facts the kiosk records, and the one format they are written in.

An event is what the reports count (a visitor, an application, an assisted registration …). Its
JSON form is the line format of `kiosk events import` (docs/events-format.md), so paper back-fills,
the encrypted store and HQ all speak the same language. Events never carry a My Number, a PIN, an
account number or the 申請書ID; only a survey's optional free text is personal, and it stays inside
the encrypted store.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import cached_property
from typing import Any

from kiosk.domain.age import AGE_BANDS, is_age_band

JST = timezone(timedelta(hours=9), "JST")

SESSION_KINDS = ("support", "mobile", "smartphone_class")
ROUTES = ("paper", "online")
ASSIST_TYPES = ("insurance_link", "public_funds_account", "smartphone_consult")
ASSIST_OUTCOMES = ("done", "pin_locked", "other")
EVENT_TYPES = (
    "session_open",
    "session_close",
    "visitor",
    "application",
    *ASSIST_TYPES,
    "survey",
    "other",
    "photo",
    "print",
    "void",
    "session_update",
    "report_submitted",
)
HEAD_COVERING_REASONS = ("religious", "medical")  # a `photo` accepted with a head covering, and why
# What a session_update may correct (a typo in the venue, the wrong municipality or kind …)
SESSION_FIELDS = ("venue", "municipality", "kind", "large_venue")
# Events a void may not take back: a session's opening and closing are corrected, never erased
UNVOIDABLE = ("void", "session_open", "session_close")


class EventError(ValueError):
    """An event that does not follow the format; the message says which field and why."""


@dataclass(frozen=True)
class Event:
    type: str
    at: datetime  # timezone-aware
    session: str
    data: dict[str, Any] = field(default_factory=dict)  # the type's own fields
    id: str = ""  # unique per store; "" only on events recorded before ids existed

    @cached_property  # asked for every event in every report; frozen dataclasses allow it
    def local_date(self) -> str:
        """The Japan local date the reports file this event under."""
        return self.at.astimezone(JST).date().isoformat()

    def to_dict(self) -> dict[str, Any]:
        head = {"type": self.type, "at": self.at.isoformat(), "session": self.session}
        return {**head, "id": self.id, **self.data} if self.id else {**head, **self.data}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _require_str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise EventError(f"'{key}' が空です / '{key}' must be a non-empty string")
    return value


def _require_choice(obj: dict[str, Any], key: str, choices: tuple[str, ...]) -> str:
    value = obj.get(key)
    if value not in choices:
        raise EventError(f"'{key}' は {', '.join(choices)} のいずれかです / '{key}' must be one of "
                         f"{', '.join(choices)} (got {value!r})")
    return value


def _parse_time(value: object) -> datetime:
    if not isinstance(value, str):
        raise EventError("'at' は時差付きの ISO 8601 時刻です（例 2024-10-05T08:30:00+09:00） / "
                         "'at' must be an ISO 8601 time with offset, e.g. 2024-10-05T08:30:00+09:00")
    try:
        at = datetime.fromisoformat(value)
    except ValueError as exc:
        raise EventError(f"'at' が時刻として読めません / 'at' is not an ISO 8601 time: {value!r}") from exc
    if at.tzinfo is None:
        raise EventError(f"'at' に時差（+09:00 など）がありません / 'at' needs a UTC offset such as +09:00: {value!r}")
    return _check_window(at, value)


EARLIEST, LATEST = datetime(2020, 1, 1, tzinfo=UTC), datetime(2101, 1, 1, tzinfo=UTC)


def _check_window(at: datetime, text: str) -> datetime:
    """A booth's events happen in this century: year 1 or 9999 is a typo, and near the ends of the
    calendar the date arithmetic every report does overflows."""
    try:
        inside = EARLIEST <= at.astimezone(UTC) < LATEST
    except OverflowError:
        inside = False
    if not inside:
        raise EventError(f"'at' が 2020〜2100年の範囲外です / 'at' must lie in 2020–2100: {text!r}")
    return at


def _validate_fields(etype: str, obj: dict[str, Any]) -> dict[str, Any]:
    """Check the type's own fields and return them (unknown extra keys are kept, forward-compatible)."""
    data = {k: v for k, v in obj.items() if k not in ("type", "at", "session", "id")}
    if etype == "session_open":
        _require_str(obj, "venue")
        _require_str(obj, "municipality")
        _require_choice(obj, "kind", SESSION_KINDS)
        if not isinstance(obj.get("large_venue"), bool):
            raise EventError("'large_venue' は true か false です / 'large_venue' must be true or false")
    elif etype == "application":
        _require_choice(obj, "route", ROUTES)
        _require_choice(obj, "age_band", AGE_BANDS)
    elif etype in ASSIST_TYPES:
        _require_choice(obj, "age_band", AGE_BANDS)
        if "outcome" in obj:
            _require_choice(obj, "outcome", ASSIST_OUTCOMES)
    elif etype == "survey":
        _require_choice(obj, "age_band", AGE_BANDS)
        answers = obj.get("answers")
        if not isinstance(answers, dict) or not all(isinstance(k, str) for k in answers):
            raise EventError("'answers' は 設問ID→選択肢ID の対応です / 'answers' must be an object of question_id to choice_id")
        for qid, choice in answers.items():
            ok = isinstance(choice, str) or (isinstance(choice, list) and all(isinstance(c, str) for c in choice))
            if not ok:
                raise EventError(f"設問 {qid!r} の回答は選択肢IDかその一覧です / answer to {qid!r} must be a choice id or a "
                                 "list of choice ids")
        if "free_text" in obj and not isinstance(obj["free_text"], str):
            raise EventError("'free_text' は文字列です / 'free_text' must be a string")
    elif etype == "photo":
        _require_choice(obj, "age_band", AGE_BANDS)
        if "head_covering" in obj:  # the operator accepted a head covering for this reason (a flag, no text)
            _require_choice(obj, "head_covering", HEAD_COVERING_REASONS)
    elif etype == "other":
        _require_str(obj, "category")
    elif etype == "print":
        pages = obj.get("pages")
        if not isinstance(pages, int) or isinstance(pages, bool) or pages < 1:
            raise EventError("'pages' は1以上の整数です / 'pages' must be a positive integer")
    elif etype == "void":
        _require_str(obj, "voids")
        _require_str(obj, "reason")
    elif etype == "session_update":
        _check_session_update(obj)
    elif etype == "report_submitted":
        _check_date(obj, "date")
    elif etype == "visitor":
        services = obj.get("services", [])
        if not isinstance(services, list) or not all(isinstance(s, str) for s in services):
            raise EventError("'services' は手続き名の一覧です / 'services' must be a list of service names")
    if "age_band" in obj and not is_age_band(obj["age_band"]):
        raise EventError(f"'age_band' は {', '.join(AGE_BANDS)} のいずれかです / 'age_band' must be one of "
                         f"{', '.join(AGE_BANDS)}")
    return data


def _check_date(obj: dict[str, Any], key: str) -> None:
    value = obj.get(key)
    try:
        if isinstance(value, str) and len(value) == 10 and datetime.fromisoformat(value).date().isoformat() == value:
            return
    except ValueError:
        pass
    raise EventError(f"'{key}' は YYYY-MM-DD の日付です / '{key}' must be a date YYYY-MM-DD (got {value!r})")


def _check_session_update(obj: dict[str, Any]) -> None:
    if not any(k in obj for k in SESSION_FIELDS):
        raise EventError(f"訂正する項目（{', '.join(SESSION_FIELDS)}）がありません / a session_update corrects at least "
                         f"one of {', '.join(SESSION_FIELDS)}")
    for key in ("venue", "municipality"):
        if key in obj:
            _require_str(obj, key)
    if "kind" in obj:
        _require_choice(obj, "kind", SESSION_KINDS)
    if "large_venue" in obj and not isinstance(obj["large_venue"], bool):
        raise EventError("'large_venue' は true か false です / 'large_venue' must be true or false")


def parse_event(obj: object) -> Event:
    """Build an Event from its JSON object form, or raise EventError saying what is wrong."""
    if not isinstance(obj, dict):
        raise EventError("1行に1つの JSON オブジェクトが必要です / an event must be a JSON object")
    etype = obj.get("type")
    if etype not in EVENT_TYPES:
        raise EventError(f"不明な種類 {etype!r} です / unknown event type {etype!r}")
    at = _parse_time(obj.get("at"))
    session = _require_str(obj, "session")
    event_id = obj.get("id", "")
    if "id" in obj:
        event_id = _require_str(obj, "id")
    return Event(etype, at, session, _validate_fields(etype, obj), event_id)


MAX_DEPTH = 8  # an event nests at most event → answers → list; deeper is not an event


def _refuse_constant(name: str) -> object:
    raise EventError(f"{name} は使えません / {name} is not a number an event can hold")


def _check_values(value: object, depth: int = 1) -> None:
    """Refuse what json.loads lets through but nothing downstream can store or count."""
    if depth > MAX_DEPTH:
        raise EventError(f"入れ子が深すぎます（{MAX_DEPTH}段まで） / nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise EventError("対になっていないサロゲート（\\ud800 など）があります / a lone surrogate such as "
                             "\\ud800 is not text") from None
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_values(k, depth)
            _check_values(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            _check_values(v, depth + 1)


def load_json(line: str) -> object:
    """json.loads for one untrusted line: every way it can fail is an EventError with a message."""
    try:
        obj = json.loads(line, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise EventError(f"JSON として読めません（{exc.colno}文字目） / not valid JSON: {exc.msg} (column {exc.colno})") from exc
    except EventError:
        raise
    except RecursionError:
        raise EventError(f"入れ子が深すぎます（{MAX_DEPTH}段まで） / nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise EventError(f"数値が大きすぎます / a number is too large: {str(exc)[:80]}") from None
    _check_values(obj)
    return obj


def event_from_json(line: str) -> Event:
    return parse_event(load_json(line))


def new_event_id() -> str:
    """A fresh id, unique across kiosks without asking anyone (a random UUID says nothing personal)."""
    return uuid.uuid4().hex


def make_event(etype: str, session: str, at: datetime | None = None, **fields: Any) -> Event:
    """Create a validated event with a new id, stamped now (UTC) unless a time is given."""
    stamp = at or datetime.now(UTC)
    fields.setdefault("id", new_event_id())
    return parse_event({"type": etype, "at": stamp.isoformat(), "session": session, **fields})
