"""How long a newcomer waits: today's median service time at this booth times the people before them.

A pure function so the welcome screen, the operator's reception panel and HQ's board (per booth) give
the same figure. No estimate until MIN_FINISHED journeys have finished today: one or two visits say
little about the next (a photo alone takes 3 minutes, an online application with a card 25)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median

MIN_FINISHED = 3


@dataclass(frozen=True)
class WaitEstimate:
    ahead: int  # people waiting, plus the one at the desk
    minutes: int | None  # None: not enough finished journeys today to say


def estimate_wait(service_seconds: list[float], waiting: int, at_desk: bool) -> WaitEstimate:
    """`service_seconds`: today's finished journeys (call to end). The one at the desk counts as half a
    journey still to go (on average they are half-way through)."""
    ahead = waiting + int(at_desk)
    if len(service_seconds) < MIN_FINISHED:
        return WaitEstimate(ahead, None)
    seconds = median(service_seconds) * (waiting + 0.5 * at_desk)
    return WaitEstimate(ahead, math.ceil(seconds / 60))
