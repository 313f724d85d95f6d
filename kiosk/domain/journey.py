"""An applicant's journey through the booth: reception number, the services asked for, the steps
done. Each completed step becomes one domain event; the journey holds nothing personal beyond the
age band, and is dropped when it ends. A step done is ticked: tapping it again takes it back (a void)
unless the operator says it is one more (REPEATABLE: a family member's second paper application)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.domain.events import Event

# The journey's steps in the order a booth usually does them, with the event each one records.
STEPS: tuple[str, ...] = (
    "photo",
    "paper_application",
    "online_application",
    "insurance_link",
    "public_funds_account",
    "smartphone_consult",
    "survey",
    "other",
)

STEP_EVENT: dict[str, tuple[str, dict[str, Any]]] = {
    "photo": ("photo", {}),
    "paper_application": ("application", {"route": "paper"}),
    "online_application": ("application", {"route": "online"}),
    "insurance_link": ("insurance_link", {}),
    "public_funds_account": ("public_funds_account", {}),
    "smartphone_consult": ("smartphone_consult", {}),
    "survey": ("survey", {}),
    "other": ("other", {}),
}

OTHER_CATEGORIES: tuple[str, ...] = (
    "inquiry",  # 一般的な問合せ
    "card_renewal",  # 更新・再交付の相談
    "address_change",  # 住所変更等
    "copy",  # コピー
    "referral",  # 行政機関等への案内
)


# Steps where a second one for the same applicant is real (もう一件), not a second tap on one fact
REPEATABLE: tuple[str, ...] = ("paper_application", "other")
# The reasons the kiosk writes in the voids it records itself
UNDO_REASON = "operator_undo"
AGE_BAND_REASON = "age_band_corrected"


class JourneyError(ValueError):
    pass


@dataclass
class Journey:
    ticket: int
    services: tuple[str, ...] = ()
    age_band: str | None = None
    recorded: list[tuple[str, Event]] = field(default_factory=list)  # (step, its event), not taken back
    visitor: Event | None = None  # the reception's visitor event (a reception made by mistake is voided)

    @property
    def done(self) -> list[str]:
        return [step for step, _ in self.recorded]

    def last_event(self, step: str) -> Event | None:
        return next((e for s, e in reversed(self.recorded) if s == step), None)

    def forget(self, event: Event) -> None:
        """The event was voided: the step is no longer done (once less, for a repeated one)."""
        self.recorded = [(s, e) for s, e in self.recorded if e.id != event.id]

    def event(self, step: str, **fields: Any) -> tuple[str, dict[str, Any]]:
        """The event (type, fields) for a completed step; raises when the step cannot be recorded.
        The booth adds the stored event with `recorded.append`."""
        if step not in STEP_EVENT:
            raise JourneyError(f"unknown step {step!r}")
        etype, base = STEP_EVENT[step]
        payload: dict[str, Any] = {**base, **fields}
        if etype != "other":
            band = payload.pop("age_band", None) or self.age_band
            if band is None:
                raise JourneyError("年代を選んでください / choose the applicant's age band first")
            payload["age_band"] = band
        return etype, payload

    def summary(self) -> dict[str, Any]:
        return {"ticket": self.ticket, "services": list(self.services), "steps": list(self.done)}
