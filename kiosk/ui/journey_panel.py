"""Operator: the applicant at the desk — age band, the steps of their journey, and finishing up.

A step button records the step at once, or first asks a detail (the outcome of an assisted
registration, the category of another inquiry). Steps that need their own screen (photo, online
application, survey) are handed to the main window through `step_handlers`. A ticked step does not
record again: it asks 取り消す (a void) or, where a second one is real, もう一件."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.booth import Booth, BoothError
from kiosk.domain.age import AGE_BANDS
from kiosk.domain.events import ASSIST_OUTCOMES
from kiosk.domain.journey import OTHER_CATEGORIES, REPEATABLE, STEPS
from kiosk.ui.base import OnlyCurrentStack, Page, button, label, restyle, two_lines
from kiosk.ui.confirm import Confirm, confirm
from kiosk.ui.labels import age_band_label, joined, other_category_label, step_label
from kiosk.ui.messages import say

DETAIL_STEPS = {"insurance_link": "outcome", "public_funds_account": "outcome", "other": "category"}


class JourneyPanel(Page):
    recorded = Signal()  # a step was recorded
    ended = Signal(dict)  # the applicant left; carries the summary

    def __init__(self, booth: Booth) -> None:
        super().__init__()
        self.booth = booth
        self.step_handlers: dict[str, Callable[[], None]] = {}
        self.pending_step: str | None = None
        self.confirmation: Confirm | None = None
        self.title = label("title")
        self.age_title = label()
        self.age_group = QButtonGroup(self)
        self.age_buttons: dict[str, Any] = {}
        ages = QGridLayout()
        for i, band in enumerate(AGE_BANDS):
            b = button(checkable=True)
            b.clicked.connect(lambda _=False, bd=band: self.choose_age(bd))
            self.age_group.addButton(b)
            self.age_buttons[band] = b
            ages.addWidget(b, i // 5, i % 5)
        self.steps_title = label()
        self.step_buttons = {s: button() for s in STEPS}
        steps = QGridLayout()
        for i, (s, b) in enumerate(self.step_buttons.items()):
            b.clicked.connect(lambda _=False, st=s: self.request_step(st))
            steps.addWidget(b, i // 2, i % 2)
        # detail choices for the step being recorded
        self.detail_title = label()
        self.outcome_buttons = {o: button() for o in ASSIST_OUTCOMES}
        self.category_buttons = {c: button() for c in OTHER_CATEGORIES}
        self.details = OnlyCurrentStack()  # as tall as the choices shown, no gap
        for group, key in ((self.outcome_buttons, "outcome"), (self.category_buttons, "category")):
            page = QWidget()
            row = QGridLayout(page)
            row.setContentsMargins(0, 0, 0, 0)
            for i, (value, b) in enumerate(group.items()):
                b.clicked.connect(lambda _=False, k=key, v=value: self.finish_detail(k, v))
                row.addWidget(b, i // 3, i % 3)
            self.details.addWidget(page)
        self.detail_cancel = button()
        self.detail_cancel.clicked.connect(self.cancel_detail)
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.details, 1)
        detail_row.addWidget(self.detail_cancel)
        self.end_button = button("primary")
        self.end_button.clicked.connect(self.end_journey)
        self.message = label()
        self.error = label("error")
        self.body = QWidget()
        b = QVBoxLayout(self.body)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(self.age_title)
        b.addLayout(ages)
        b.addWidget(self.steps_title)
        b.addLayout(steps)
        b.addWidget(self.detail_title)
        b.addLayout(detail_row)
        b.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.age_title.setText(self.tr("Age band"))
        for band, b in self.age_buttons.items():
            b.setText(age_band_label(band))
        self.steps_title.setText(self.tr("Steps (● asked for; tap when done, tap ✔ to undo)"))
        outcome_names = {"done": self.tr("Completed"), "pin_locked": self.tr("PIN locked"), "other": self.tr("Other")}
        for o, b in self.outcome_buttons.items():
            b.setText(outcome_names[o])
        for c, b in self.category_buttons.items():
            b.setText(other_category_label(c))
        self.detail_cancel.setText(self.tr("Cancel"))
        self.end_button.setText(self.tr("Finish with this applicant"))
        self.refresh()

    def _done(self, step: str) -> bool:
        return self._times(step) > 0

    def _times(self, step: str) -> int:
        return self.booth.current.done.count(step) if self.booth.current is not None else 0

    def refresh(self) -> None:
        journey = self.booth.current
        self.body.setVisible(journey is not None)
        if journey is None:
            self.title.setText(self.tr("No applicant at the desk"))
            for b in self.age_buttons.values():
                self.age_group.setExclusive(False)
                b.setChecked(False)
                self.age_group.setExclusive(True)
        else:
            self.title.setText(self.tr("Applicant No. %1").replace("%1", str(journey.ticket)))
            for band, b in self.age_buttons.items():
                b.setChecked(band == journey.age_band)
        for s, b in self.step_buttons.items():
            times = self._times(s)
            wanted = not times and journey is not None and s in journey.services  # asked for at reception
            tick = "● " if wanted else "" if times == 0 else "✔ " if times == 1 else f"✔×{times} "
            b.setText(two_lines(tick + step_label(s), 34))  # one line: the column is wide enough
            b.setProperty("role", "done" if times else "wanted" if wanted else "")
            restyle(b)
        self._show_detail(None)

    def choose_age(self, band: str) -> None:
        try:
            redone = self.booth.set_age_band(band)
        except BoothError as exc:
            self.error.setText(say(exc))
            return
        if redone:  # steps already recorded with the old band were voided and recorded again
            self.message.setText(self.tr("Age band corrected; records re-recorded: %1").replace("%1", str(len(redone))))
            self.recorded.emit()

    def request_step(self, step: str) -> None:
        self.error.setText("")
        if self.booth.current is not None and self.booth.current.age_band is None and step != "other":
            self.error.setText(self.tr("Choose the applicant's age band first."))
            return
        if self._done(step):  # a second tap on one fact is not a second fact: ask
            self._ask_undo(step)
            return
        self._start(step)

    def _ask_undo(self, step: str) -> None:
        """Take the step back (a void), or, where a second one is real, record one more."""
        repeatable = step in REPEATABLE
        self._show_detail(None)
        self.confirmation = confirm(
            self, self.tr("%1 is already recorded").replace("%1", step_label(step)),
            self.tr("Undo it if it was tapped by mistake: it is then not counted.") + (
                "\n" + self.tr("One more: a second one for this applicant (e.g. a family member's form).")
                if repeatable else ""),
            self.tr("Undo (not done)"), self.tr("Back"), lambda: self.undo(step),
            extra=self.tr("One more") if repeatable else "", extra_then=lambda: self._start(step))

    def _start(self, step: str) -> None:
        if step in self.step_handlers:
            self.step_handlers[step]()
        elif step in DETAIL_STEPS:
            self._show_detail(step)
        else:
            self.record(step)

    def _show_detail(self, step: str | None) -> None:
        self.pending_step = step
        visible = step is not None
        self.details.setVisible(visible)
        self.detail_cancel.setVisible(visible)
        self.detail_title.setVisible(visible)
        if step is None:
            return
        self.details.setCurrentIndex(0 if DETAIL_STEPS[step] == "outcome" else 1)
        self.detail_title.setText(step_label(step) + " — " + (
            self.tr("result?") if DETAIL_STEPS[step] == "outcome" else self.tr("which kind?")))

    def undo(self, step: str) -> None:
        try:
            self.booth.undo_step(step)
        except BoothError as exc:
            self.error.setText(say(exc))
            return
        self.error.setText("")
        self.message.setText(self.tr("Undone: %1 (not counted)").replace("%1", step_label(step)))
        self.refresh()
        self.recorded.emit()


    def finish_detail(self, key: str, value: str) -> None:
        if self.pending_step is not None:
            self.record(self.pending_step, **{key: value})

    def cancel_detail(self) -> None:
        self._show_detail(None)

    def record(self, step: str, **fields: Any) -> bool:
        """Record a step for the applicant at the desk; True when it is durably stored."""
        try:
            self.booth.complete_step(step, **fields)
        except BoothError as exc:
            self.error.setText(say(exc))
            return False
        self.error.setText("")
        self.message.setText(self.tr("Recorded: %1").replace("%1", step_label(step)))
        self.refresh()
        self.recorded.emit()
        return True

    def end_journey(self) -> None:
        """Finish with the applicant; first ask when a service they came for was not done."""
        journey = self.booth.current
        missing = [s for s in journey.services if s not in journey.done] if journey is not None else []
        if not missing:
            self._end_journey()
            return
        self.confirmation = confirm(
            self, self.tr("Finish with No. %1?").replace("%1", str(journey.ticket)),
            self.tr("Not done of what they came for: %1").replace("%1", "、".join(step_label(s) for s in missing)),
            self.tr("Finish anyway"), self.tr("Back"), self._end_journey)

    def _end_journey(self) -> None:
        try:
            summary = self.booth.end_journey()
        except BoothError as exc:
            self.error.setText(say(exc))
            return
        steps = joined([step_label(s) for s in summary["steps"]]) or self.tr("nothing recorded")
        self.message.setText(self.tr("No. %1 finished: %2").replace("%1", str(summary["ticket"])).replace("%2", steps))
        self.refresh()
        self.ended.emit(summary)
