"""Corrections in an append-only log: a `void` takes one event out of every figure, a
`session_update` corrects a session's venue, municipality, kind or size (docs/events-format.md).

Nothing is ever deleted: the mistaken event stays in the signed chain, and every figure (the tallies
on screen, the kiosk's reports, HQ's reports and dashboard) is counted from `counted(events)`.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.domain.events import UNVOIDABLE, Event, EventError


def counted(events: Iterable[Event]) -> list[Event]:
    """The events the figures count: every voided event and the voids themselves left out.
    Ids are one store's (one device's): HQ applies this per device before merging kiosks."""
    events = list(events)
    voided = {e.data["voids"] for e in events if e.type == "void"}
    if not voided:
        return events
    return [e for e in events if e.type != "void" and e.id not in voided]


def _line(number: int | None) -> str:
    return f"{number}行目 / line {number}: " if number is not None else ""


def plan_import(events: list[Event], stored: list[Event], lines: list[int] | None = None) -> list[bool]:
    """Check a file's events against the store and each other; for each event, whether to add it
    (False: the same id with the same content is already stored, an idempotent re-import).

    Raises EventError naming the line for an id already used with other content, an id used twice
    in the file, a void of an id that is neither stored nor earlier in the file, a second void of an
    id, a void of a void or of a session's opening or closing, and a session_update of a session
    that was never opened."""
    numbers: list[int | None] = list(lines) if lines is not None else [None] * len(events)
    by_id = {e.id: e for e in stored if e.id}
    voided = {e.data["voids"] for e in stored if e.type == "void"}
    sessions = {e.session for e in stored if e.type == "session_open"}
    first_line: dict[str, int | None] = {}
    plan = []
    for event, number in zip(events, numbers, strict=True):
        where = _line(number)
        if event.id in first_line:
            raise EventError(f"{where}id {event.id!r} は {first_line[event.id]}行目でも使われています / "
                             f"id {event.id!r} is already used on line {first_line[event.id]}")
        if event.id:
            first_line[event.id] = number
        known = by_id.get(event.id) if event.id else None
        if known is not None:
            if known.to_json() != event.to_json():
                raise EventError(f"{where}id {event.id!r} は別の内容ですでに記録されています / id {event.id!r} is "
                                 "already recorded with other content")
            plan.append(False)
            continue
        if event.type == "void":
            _check_void(event, by_id, voided, where)
            voided.add(event.data["voids"])
        elif event.type == "session_update" and event.session not in sessions:
            raise EventError(f"{where}開催回 {event.session!r} は開始されていません / session {event.session!r} was "
                             "never opened (no session_open in the store or earlier in the file)")
        if event.type == "session_open":
            sessions.add(event.session)
        if event.id:
            by_id[event.id] = event
        plan.append(True)
    return plan


def _check_void(void: Event, by_id: dict[str, Event], voided: set[str], where: str) -> None:
    target_id = void.data["voids"]
    target = by_id.get(target_id)
    if target is None:
        raise EventError(f"{where}取り消す記録 {target_id!r} が記録にもファイルの前の行にもありません / voids "
                         f"{target_id!r}, which is neither in the store nor earlier in the file")
    if target_id in voided:
        raise EventError(f"{where}記録 {target_id!r} はすでに取り消されています / {target_id!r} is already voided")
    if target.type in UNVOIDABLE:
        raise EventError(f"{where}{target.type} は取り消せません（開催回の訂正は session_update） / a {target.type} "
                         "cannot be voided (correct a session with session_update)")
    if target.session != void.session:
        raise EventError(f"{where}取り消しの session が元の記録（{target.session}）と違います / the void's session "
                         f"must be that of the event it voids ({target.session!r})")
